/**
 * Cluster DNS for StatefulSet pods (kubernetes/dns docs/specification.md §2.4; EndpointSlice
 * podToEndpoint and ShouldSetHostname): which records the governing headless Service publishes
 * for a set of pods. Records are recomputed from pod state; the simulation diffs them.
 */
import type { Service } from 'kubernetes-types/core/v1.js';
import { asLabels, mapSelectorMatches, type Labels } from '../../k8s/selector.js';
import type { SimPod } from './state.js';

export interface DnsService {
  name: string;
  headless: boolean;
  /** null: no selector, so no automatic endpoints. */
  selector: Labels | null;
  /** Named ports only (unnamed ports give no SRV record). */
  ports: { name: string; protocol: string; port: number }[];
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
export function dnsService(svc: Service, containerPorts: Map<string, number>): DnsService {
  const spec = svc.spec ?? {};
  const headless = spec.clusterIP === 'None' || spec.clusterIPs?.[0] === 'None';
  const selector = spec.selector && Object.keys(asLabels(spec.selector)).length ? asLabels(spec.selector) : null;
  const ports: DnsService['ports'] = [];
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
    if (!p || typeof p.name !== 'string' || p.name === '') continue;
    // Endpoint ports are target ports; a headless Service's SRV records carry them.
    let port = typeof p.port === 'number' ? p.port : 0;
    if (typeof p.targetPort === 'number') port = p.targetPort;
    else if (typeof p.targetPort === 'string' && containerPorts.has(p.targetPort)) port = containerPorts.get(p.targetPort)!;
    ports.push({ name: p.name, protocol: (p.protocol ?? 'TCP').toLowerCase(), port });
  }
  const fams = Array.isArray(spec.ipFamilies) ? spec.ipFamilies.filter((f): f is 'IPv4' | 'IPv6' => f === 'IPv4' || f === 'IPv6') : [];
  const families = fams.length === 0 ? (['IPv4'] as const) : spec.ipFamilyPolicy === 'SingleStack' || spec.ipFamilyPolicy === undefined ? [fams[0]!] : fams;
  return { name: svc.metadata?.name ?? '', headless, selector, ports, publishNotReady: spec.publishNotReadyAddresses === true, families: [...families] };
}

/** Why a Service gives the pods no per-pod DNS names, or null when it does. */
export function noDnsReason(svc: DnsService | null, serviceName: string, namespace: string, podLabels: Labels): string | null {
  if (serviceName === '') return 'spec.serviceName is empty: pods get no DNS names';
  if (!svc) return `Service ${serviceName} does not exist in namespace ${namespace}: pods get no DNS records`;
  if (!svc.headless) return `Service ${serviceName} is not headless (clusterIP is not None): only the Service's own address resolves, not <pod>.${serviceName}`;
  if (!svc.selector) return `Service ${serviceName} has no selector: no endpoints, so no DNS records`;
  if (!mapSelectorMatches(svc.selector, podLabels)) return `Service ${serviceName} does not select the pods (its selector does not match the pod template labels): no DNS records`;
  return null;
}

/** Whether a pod has an endpoint the Service publishes (all of its records, or none). */
export function publishes(pod: SimPod, svc: DnsService | null): boolean {
  if (!svc || !svc.headless || !svc.selector) return false;
  if (!mapSelectorMatches(svc.selector, pod.labels)) return false;
  // An endpoint needs an IP (a running pod); it is published when ready and not terminating,
  // or always with publishNotReadyAddresses (EndpointSlice podToEndpoint: ready =
  // publishNotReadyAddresses || (serving && !terminating); CoreDNS serves only ready endpoints).
  if (pod.phase !== 'Running') return false;
  return svc.publishNotReady || (pod.ready && !pod.terminating);
}

/** The records of one pod's endpoint (all records of a headless Service are per pod). */
export function endpointRecords(pod: { name: string; ordinal: number }, svc: DnsService, namespace: string, domain: string): DnsRecord[] {
  const zone = `${svc.name}.${namespace}.svc.${domain}`;
  const host = `${pod.name}.${zone}`;
  const out: DnsRecord[] = [];
  const add = (r: Omit<DnsRecord, 'key'>): void => {
    (r as DnsRecord).key = `${r.type}|${r.name}|${r.value}`;
    out.push(r as DnsRecord);
  };
  for (const f of svc.families) {
    const type = f === 'IPv6' ? 'AAAA' : 'A';
    add({ name: zone, type, value: `address of ${pod.name}`, pod: pod.name, ordinal: pod.ordinal });
    add({ name: host, type, value: `address of ${pod.name}`, pod: pod.name, ordinal: pod.ordinal });
    // The reverse record of the endpoint's address names its hostname (spec §13.2; CoreDNS
    // plugin/kubernetes/reverse.go serviceRecordForIP: <hostname>.<svc>.<ns>.svc.<zone> for an
    // endpoint address of a ready endpoint, as EndpointSliceToEndpoints keeps only those).
    add({ name: `address of ${pod.name} (${f === 'IPv6' ? 'ip6.arpa' : 'in-addr.arpa'})`, type: 'PTR', value: `${host}.`, pod: pod.name, ordinal: pod.ordinal });
  }
  for (const p of svc.ports) add({ name: `_${p.name}._${p.protocol}.${zone}`, type: 'SRV', value: `${p.port} ${host}.`, pod: pod.name, ordinal: pod.ordinal });
  return out;
}

/** The records one pod contributes now. */
export function podRecords(pod: SimPod, svc: DnsService | null, namespace: string, domain: string): DnsRecord[] {
  return svc && publishes(pod, svc) ? endpointRecords(pod, svc, namespace, domain) : [];
}
