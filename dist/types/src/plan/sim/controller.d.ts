/**
 * The StatefulSet controller's sync: one call of updateStatefulSet
 * (pkg/controller/statefulset/stateful_set_control.go), steps A–K of
 * spec/statefulset-semantics.md §3. It reads the indexes instead of listing pods, changes the
 * state only through them, and asks the world outside it for what the controller does not do
 * itself: the API server's deletion of a pod, and the garbage collector's reports.
 */
import type { EventSink } from './events.js';
import { type Indexes } from './indexes.js';
import type { Names } from './names.js';
import type { Publisher } from './publish.js';
import type { OrdinalView, SetSpec, SimPod, SimState, Wait } from './state.js';
import type { EventCode } from '../types.js';
/** What the controller reads of the indexes and the changes it makes through them. */
export type ControllerIndexes = Pick<Indexes, 'build' | 'changed' | 'available' | 'sick' | 'updated' | 'outdated' | 'settled' | 'condemned' | 'liveUpdated' | 'runningReadyCount' | 'liveUids' | 'addPod' | 'addClaim' | 'setOwner'>;
/** The world outside the controller, as the controller sees it. */
export interface Outside {
    /** Deletes a pod through the API server (reported with `code` and `reason`). */
    deletePod(pod: SimPod, code: EventCode, reason: string): void;
    /** Reports the garbage collector's deletions since the last sync, in the sync's step. */
    emitCollected(): void;
}
export declare class Controller {
    private readonly state;
    private readonly spec;
    private readonly view;
    private readonly names;
    private readonly idx;
    private readonly log;
    private readonly dns;
    private readonly outside;
    /** Why the last sync stopped early, if it did. */
    lastWait: Wait | null;
    /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
    waitCounted: boolean;
    private condemnedOwnersFixed;
    /** Ordinals whose pod this controller deleted to create it again (an update, a finished pod): their next pod is a Replacement. */
    private readonly replaced;
    constructor(state: SimState, spec: SetSpec, view: OrdinalView, names: Names, idx: ControllerIndexes, log: EventSink, dns: Pick<Publisher, 'emitChanges'>, outside: Outside);
    /** One call of updateStatefulSet. */
    sync(): void;
    /** Deletes a pod the controller creates again: a rolling update's, or one that Failed or Succeeded. */
    private replace;
    /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
    private processReplica;
    private newPod;
    /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
    private createMissingClaims;
    /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
    private fixOwners;
    /** The controller's first unhealthy pod: the lowest replica that exists and is not available, else the lowest such condemned pod. */
    private firstUnhealthy;
    private wait;
    private finishSync;
}
