/**
 * The world outside the controller, one pass per round after the controller's sync: terminations
 * finish (kubelet) and the garbage collector follows owners that are gone, the volume binder binds
 * claims, the scheduler places pods and the kubelet makes them Ready. Also the API server's
 * deletion of a pod (its grace semantics) and `kubectl delete statefulset`.
 */
import type { Outside } from './controller.js';
import type { EventSink } from './events.js';
import type { Indexes } from './indexes.js';
import type { Names } from './names.js';
import type { Publisher } from './publish.js';
import type { SetSpec, SimPod, SimState } from './state.js';
import type { EventCode } from '../types.js';
/** What the world reads of the indexes and the changes it makes through them. */
export type WorldIndexes = Pick<Indexes, 'build' | 'podSeq' | 'terminating' | 'pending' | 'starting' | 'unbound' | 'liveUids' | 'goneUids' | 'claimsByOwner' | 'orphanCandidates' | 'deletingClaims' | 'inClaimOrder' | 'changePod' | 'removePod' | 'bind' | 'setOwner' | 'removeClaim'>;
export declare class World implements Outside {
    private readonly state;
    private readonly spec;
    private readonly names;
    private readonly idx;
    private readonly log;
    private readonly dns;
    /**
     * PVCs the garbage collector deletes because their owner pod is gone. The collector works on
     * its own: its deletions are reported beside the controller's next sync, never as a step the
     * sequence waits for (they do not come before the next pod's deletion).
     */
    private readonly collected;
    /** After the set is deleted, its claims' fate has been reported. */
    private claimsSettled;
    constructor(state: SimState, spec: SetSpec, names: Names, idx: WorldIndexes, log: EventSink, dns: Pick<Publisher, 'emitChanges' | 'flush'>);
    /** The API server deletes a pod: unscheduled or finished pods go at once, others terminate. */
    deletePod(pod: SimPod, code: EventCode, reason: string): void;
    /** The garbage collector's PVC deletions noticed since the last sync, beside this one's events. */
    emitCollected(): void;
    private claimGone;
    /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
    pass(): boolean;
    /** A pod the scheduler never places: it stays Pending (`why`), reported once (`reason`). */
    private staysPending;
    /**
     * The scheduler's VolumeBinding filter: a claim bound to a PV whose node affinity allows no zone
     * the pod template allows leaves the pod Pending ("volume node affinity conflict").
     */
    private zoneConflict;
    /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
    deleteSet(): void;
}
