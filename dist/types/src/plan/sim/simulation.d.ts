/**
 * Replays the StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go,
 * updateStatefulSet, steps A–K of spec/statefulset-semantics.md §3) together with what happens
 * outside it — volume binding, scheduling and readiness, termination, the garbage collector and
 * cluster DNS — round by round until nothing changes: one controller sync, then one pass of the
 * outside world, as the recorded controller traces do.
 *
 * The parts, each given only what it uses: the event log (events.ts), the indexes through which
 * every change of the state goes (indexes.ts), DNS publishing (publish.ts), the controller
 * (controller.ts) and the world (world.ts). This class wires them and is what the planner calls.
 */
import type { DnsService } from './dns.js';
import { type DnsContext } from './publish.js';
import { type OrdinalView, type RawEvent, type SetSpec, type SimState, type Wait } from './state.js';
export declare class Simulation {
    readonly state: SimState;
    readonly spec: SetSpec;
    readonly view: OrdinalView;
    readonly events: RawEvent[];
    private readonly log;
    private readonly names;
    private readonly dns;
    private readonly indexes;
    private readonly controller;
    private readonly world;
    constructor(state: SimState, spec: SetSpec, dns: DnsContext, quiet?: boolean, view?: OrdinalView);
    /** Why the last controller sync stopped early, if it did. */
    get lastWait(): Wait | null;
    /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
    get waitCounted(): boolean;
    /** Runs sync + world rounds until nothing changes. */
    run(maxRounds?: number): void;
    /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
    deleteSet(): void;
    /** Applies a change of the governing Service (created, deleted, changed) to the records. */
    changeService(service: DnsService | null, why: string): void;
    /** How many DNS records exist at the end and did not at the start, and the reverse. */
    dnsChanges(): {
        added: number;
        removed: number;
    };
    /** dnsChanges per ordinal of the records' pods. */
    dnsChangesByOrdinal(): Map<number, {
        added: number;
        removed: number;
    }>;
    /** The pod's name for an ordinal. */
    nameOf(ordinal: number): string;
    /** The ordinal's claim names, one per claim template in order. */
    claimsOf(ordinal: number): string[];
}
