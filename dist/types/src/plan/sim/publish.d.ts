/**
 * What each pod has published in cluster DNS during a simulation: the records of pods whose
 * endpoint the governing Service publishes (dns.ts says which and what), and the records that
 * appear and go as pods change, reported as events. The indexes tell it which pods changed
 * (`touch`); it looks only at those.
 */
import { type DnsService } from './dns.js';
import type { EventSink } from './events.js';
import type { SimState } from './state.js';
/** The Service that governs the set, and where its records live. */
export interface DnsContext {
    service: DnsService | null;
    namespace: string;
    domain: string;
}
export declare class Publisher {
    private readonly state;
    private dns;
    private readonly log;
    /** A quiet simulation only builds a state: records are computed from it when a simulation starts. */
    private readonly quiet;
    /** The DNS records each pod that has an endpoint has published (pods without one are absent). */
    private readonly published;
    /** What was published when the simulation started, to count what it added and removed. */
    private readonly initiallyPublished;
    /** Each pod's endpoint records under the current Service. */
    private readonly endpoints;
    /** Pods whose records may have changed since the last flush. */
    private readonly dirty;
    constructor(state: SimState, dns: DnsContext, log: EventSink, 
    /** A quiet simulation only builds a state: records are computed from it when a simulation starts. */
    quiet: boolean);
    /** The pod (by name) may have changed sides: looked at by the next flush. */
    touch(name: string): void;
    /** The records of a pod's endpoint under the current Service, made once per pod. */
    private endpoint;
    /**
     * Emits, as one step, the DNS records that appeared or went since the last flush. A pod
     * publishes all of its records or none, so only pods that changed sides are looked at.
     */
    flush(): void;
    /** flush without ending the step: records that go with the step's own events (a deletion). */
    emitChanges(): void;
    /** How many DNS records exist at the end and did not at the start, and the reverse. */
    changes(): {
        added: number;
        removed: number;
    };
    /** changes per ordinal of the records' pods. */
    changesByOrdinal(): Map<number, {
        added: number;
        removed: number;
    }>;
    /** Applies a change of the governing Service (created, deleted, changed) to the records, as one step. */
    changeService(service: DnsService | null, why: string): void;
}
