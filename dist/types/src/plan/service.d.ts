import type { Resource } from '../resource.js';
import { type DnsService } from './sim/dns.js';
import type { ServicePlan, StatefulSetPlan } from './types.js';
import type { Item } from './compress.js';
import type { Ctx } from './context.js';
export declare function serviceChangeText(before: DnsService | null, after: DnsService | null, name: string): string | null;
/**
 * When the pods' own DNS names appear, said once for a set whose plan publishes the records of pods
 * it starts (DNS `add` events with the code PodReady or PodRunningNotReady; Publisher in
 * sim/publish.ts) where it matters: the Service publishes pods before they are Ready, or the pods
 * name their peers (`peer`, a name found in the containers). From the events, so it says what the
 * simulation did: the EndpointSlice controller marks a pod's endpoint ready when
 * `publishNotReadyAddresses || (serving && !terminating)` (podToEndpoint) and CoreDNS serves only
 * ready endpoints (object.EndpointSliceToEndpoints). A pod has an IP once its sandbox exists, while its
 * init containers run (ShouldPodBeInEndpoints asks only for an IP and a phase that is not terminal);
 * the simulation, which has no init containers, publishes it with its `running` event.
 */
export declare function dnsTiming(items: Item[], serviceName: string, peer: string | null): StatefulSetPlan['service']['timing'] | undefined;
/** The first peer name the set's pod template holds in its containers' command, args, env values or probes, or null. */
export declare function peerNamed(r: Resource | undefined, serviceName: string): string | null;
export declare function planService(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): ServicePlan;
