/**
 * Cluster DNS for StatefulSet pods (kubernetes/dns docs/specification.md §2.4; EndpointSlice
 * podToEndpoint and ShouldSetHostname): which records the governing headless Service publishes
 * for a set of pods. Records are recomputed from pod state; the simulation diffs them.
 */
import type { Service } from 'kubernetes-types/core/v1.js';
import { type Labels } from '../../k8s/selector.js';
import type { SimPod } from './state.js';
export interface DnsService {
    name: string;
    headless: boolean;
    /** null: no selector, so no automatic endpoints. */
    selector: Labels | null;
    /** Named ports only (unnamed ports give no SRV record). */
    ports: {
        name: string;
        protocol: string;
        port: number;
    }[];
    publishNotReady: boolean;
    families: ('IPv4' | 'IPv6')[];
}
export interface DnsRecord {
    key: string;
    name: string;
    type: 'A' | 'AAAA' | 'SRV' | 'PTR';
    value: string;
    pod: string;
    ordinal: number;
}
/** Reads what DNS needs from a Service; `containerPorts` resolves named targetPorts. */
export declare function dnsService(svc: Service, containerPorts: Map<string, number>): DnsService;
/** Why a Service gives the pods no per-pod DNS names, or null when it does. */
export declare function noDnsReason(svc: DnsService | null, serviceName: string, namespace: string, podLabels: Labels): string | null;
/** Whether a pod has an endpoint the Service publishes (all of its records, or none). */
export declare function publishes(pod: SimPod, svc: DnsService | null): boolean;
/** The records of one pod's endpoint (all records of a headless Service are per pod). */
export declare function endpointRecords(pod: {
    name: string;
    ordinal: number;
}, svc: DnsService, namespace: string, domain: string): DnsRecord[];
/** The records one pod contributes now. */
export declare function podRecords(pod: SimPod, svc: DnsService | null, namespace: string, domain: string): DnsRecord[];
