/**
 * Replays the StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go,
 * updateStatefulSet, steps A–K of spec/statefulset-semantics.md §3) together with what happens
 * outside it — volume binding, scheduling and readiness, termination, the garbage collector and
 * cluster DNS — round by round until nothing changes: one controller sync, then one pass of the
 * outside world, as the recorded controller traces do.
 */
import { type DnsService } from './dns.js';
import { type OrdinalView, type RawEvent, type SetSpec, type SimState, type Wait } from './state.js';
export declare class Simulation {
    readonly state: SimState;
    readonly spec: SetSpec;
    dns: {
        service: DnsService | null;
        namespace: string;
        domain: string;
    };
    private readonly quiet;
    readonly view: OrdinalView;
    readonly events: RawEvent[];
    step: number;
    /** Why the last controller sync stopped early, if it did. */
    lastWait: Wait | null;
    /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
    waitCounted: boolean;
    private stepOpen;
    private claimsSettled;
    /** The DNS records each pod that has an endpoint has published (pods without one are absent). */
    private readonly published;
    /** What was published when the simulation started, to count what it added and removed. */
    private readonly initiallyPublished;
    /** Each pod's endpoint records under the current Service. */
    private readonly endpoints;
    /** Pods whose records may have changed since the last flush. */
    private readonly dnsDirty;
    private indexed;
    /** Bumped by every change of pod phase, readiness, termination, claim phase or owner, and revision. */
    private version;
    private nextSeq;
    private readonly podSeq;
    private readonly claimSeq;
    /** Replicas (ordinals in range) that exist, are Running and Ready and not terminating. */
    private available;
    /** Replicas that exist and are not available (the "unhealthy" pods of the controller). */
    private sick;
    /** Available replicas at the update revision. */
    private updated;
    /** Replicas at another revision and not terminating: what a rolling update deletes. */
    private outdated;
    /** Available replicas that a sync has processed since they last changed: step E has nothing to do for them. */
    private settled;
    /** Pods outside the range, by ordinal ascending (removed pods are dropped lazily). */
    private condemned;
    private condemnedOwnersFixed;
    private liveUpdated;
    private runningReadyCount;
    private readonly liveUids;
    /** Pod uids gone since the garbage collector last looked, with claims that may have been owned by them. */
    private readonly goneUids;
    private readonly claimsByOwner;
    private orphanCandidates;
    private readonly deletingClaims;
    private readonly unbound;
    private readonly pending;
    /** Pods Running with an IP that become Ready on their own (not stuck, not terminating). */
    private readonly starting;
    /**
     * PVCs the garbage collector deletes because their owner pod is gone. The collector works on
     * its own: its deletions are reported beside the controller's next sync, never as a step the
     * sequence waits for (they do not come before the next pod's deletion).
     */
    private readonly collected;
    private readonly terminating;
    private readonly podNames;
    private readonly claimNames;
    constructor(state: SimState, spec: SetSpec, dns: {
        service: DnsService | null;
        namespace: string;
        domain: string;
    }, quiet?: boolean, view?: OrdinalView);
    /** Records an event in the shape the plan reports (fields in that order, for the JSON output). */
    private emit;
    private endStep;
    /** The records of a pod's endpoint under the current Service, made once per pod. */
    private endpoint;
    /**
     * Emits, as one step, the DNS records that appeared or went since the last flush. A pod
     * publishes all of its records or none, so only pods that changed sides are looked at.
     */
    private flushDns;
    /** flushDns without ending the step: records that go with the step's own events (a deletion). */
    private emitDns;
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
    /** Applies a change of the governing Service (created, deleted, changed) to the records. */
    changeService(service: DnsService | null, why: string): void;
    private index;
    /** Adds a pod's contribution to the indexes; `untrack` takes it away before the pod changes. */
    private track;
    private untrack;
    /** Changes a pod through `change`, keeping the indexes right. */
    private changePod;
    private trackClaim;
    private untrackClaim;
    private setOwner;
    /** Orders a subset of the claims as the claims map does. */
    private inClaimOrder;
    private newPod;
    private deletePod;
    private removePod;
    private inRange;
    /**
     * The pod's name for an ordinal, made once: every map lookup hashes the same string instead of
     * a freshly concatenated one (a large share of a 10,000-pod plan's time otherwise).
     */
    nameOf(ordinal: number): string;
    /** The ordinal's claim names, one per claim template in order (made once, as pod names are). */
    claimsOf(ordinal: number): string[];
    /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
    private fixOwners;
    private wait;
    /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
    private createMissingClaims;
    /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
    private processReplica;
    /** One call of updateStatefulSet. */
    sync(): void;
    /** The controller's first unhealthy pod: the lowest replica that exists and is not available, else the lowest such condemned pod. */
    private firstUnhealthy;
    private finishSync;
    /** The garbage collector's PVC deletions noticed since the last sync, beside this one's events. */
    private emitCollected;
    rangeText(): string;
    private claimGone;
    /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
    world(): boolean;
    /** A pod the scheduler never places: it stays Pending (`why`), reported once (`reason`). */
    private staysPending;
    /**
     * The scheduler's VolumeBinding filter: a claim bound to a PV whose node affinity allows no zone
     * the pod template allows leaves the pod Pending ("volume node affinity conflict").
     */
    private zoneConflict;
    private bind;
    /** Runs sync + world rounds until nothing changes. */
    run(maxRounds?: number): void;
    /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
    deleteSet(): void;
}
