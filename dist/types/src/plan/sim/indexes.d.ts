/**
 * Indexes over the simulation's state, for speed only: ordinal sets and counters that answer the
 * controller's and the world's questions ("the first replica that is not Ready", "the pods that
 * are Pending") without a scan, so that a round costs what changes in it rather than the size of
 * the set. They are built on the first round (the caller may still fill the state after the
 * simulation is made) and kept up to date by routing every change of a pod or a claim through
 * here. Changing the state from outside once the simulation has run is not supported.
 */
import type { Names } from './names.js';
import { OrdinalSet } from './ordinal-set.js';
import type { ClaimOwner, SetSpec, SimClaim, SimPod, SimState } from './state.js';
export declare const runningReady: (p: SimPod) => boolean;
export declare const unavailable: (p: SimPod | undefined) => boolean;
/** Told about every pod that may have changed (DNS publishing looks at those only). */
export interface PodWatcher {
    touch(name: string): void;
}
export declare class Indexes {
    private readonly state;
    private readonly spec;
    private readonly names;
    private readonly watcher;
    private built;
    /** Bumped by every change of pod phase, readiness, termination, claim phase or owner, and revision. */
    private changes;
    private nextSeq;
    /** Creation order of the pods: the order the world handles terminations in. */
    readonly podSeq: Map<SimPod, number>;
    private readonly claimSeq;
    /** Replicas (ordinals in range) that exist, are Running and Ready and not terminating. */
    available: OrdinalSet;
    /** Replicas that exist and are not available (the "unhealthy" pods of the controller). */
    sick: OrdinalSet;
    /** Available replicas at the update revision. */
    updated: OrdinalSet;
    /** Replicas at another revision and not terminating: what a rolling update deletes. */
    outdated: OrdinalSet;
    /** Available replicas that a sync has processed since they last changed: step E has nothing to do for them. */
    settled: OrdinalSet;
    /** Pods outside the range, by ordinal ascending (removed pods are dropped lazily by the controller). */
    readonly condemned: SimPod[];
    /** Pods not terminating at the update revision. */
    liveUpdated: number;
    runningReadyCount: number;
    readonly liveUids: Set<number>;
    /** Pod uids gone since the garbage collector last looked, with claims that may have been owned by them. */
    readonly goneUids: Set<number>;
    readonly claimsByOwner: Map<number, Set<string>>;
    /** Claims owned by a pod that did not exist when the indexes were built. */
    readonly orphanCandidates: Set<string>;
    readonly deletingClaims: Set<string>;
    readonly unbound: Set<string>;
    readonly pending: Set<SimPod>;
    /** Pods Running with an IP that become Ready on their own (not stuck, not terminating). */
    readonly starting: Set<SimPod>;
    readonly terminating: Set<SimPod>;
    constructor(state: SimState, spec: SetSpec, names: Names, watcher: PodWatcher);
    /** Changes so far: a round that leaves it, the step count and the world alone has reached the end. */
    get version(): number;
    /** Counts a change made outside the pods and claims (a revision). */
    changed(): void;
    /** Builds the indexes from the state the first time it is called. */
    build(): void;
    /** Adds a pod's contribution to the indexes; `untrack` takes it away before the pod changes. */
    private track;
    private untrack;
    /** Adds a new pod to the state. */
    addPod(pod: SimPod): void;
    /** Changes a pod through `change`, keeping the indexes right. */
    changePod(p: SimPod, change: (p: SimPod) => void): void;
    /** A pod is gone from the state (its uid is noted for the garbage collector). */
    removePod(pod: SimPod): void;
    private trackClaim;
    private untrackClaim;
    /** Adds a new claim to the state. */
    addClaim(c: SimClaim): void;
    /** A claim is bound to a volume. */
    bind(c: SimClaim): void;
    /** Sets a claim's owner reference (a change only when the owner differs). */
    setOwner(c: SimClaim, owner: ClaimOwner): void;
    /** A claim is gone from the state. */
    removeClaim(c: SimClaim): void;
    /** Orders a subset of the claims as the claims map does. */
    inClaimOrder(names: Iterable<string>): SimClaim[];
}
