/**
 * The forced-rollback trap (kubernetes/kubernetes#67250, statefulset-semantics.md §3 Step J): a
 * pod of a cluster snapshot that is not Ready at an older revision (its image does not pull, it
 * crash-loops, it is not scheduled) is not replaced by applying a fixed template when the
 * controller waits for it first. Under OrderedReady processReplica stops the sync at the first
 * replica that is not Running and Ready, so the rolling update below it is never reached; under
 * Parallel the sync goes on and the rolling update deletes the highest pod not at the update
 * revision, that one included; with the MaxUnavailableStatefulSet gate on, only while fewer pods
 * than maxUnavailable are unavailable (updateStatefulSetAfterInvariantEstablished). The simulation
 * plays these rules; this module reads its outcome: which such pods stay, and which it replaced.
 */
import type { Simulation } from './sim/simulation.js';
import { type SetSpec, type SimState } from './sim/state.js';
import type { Decomposition } from './compress.js';
import type { StuckPod } from './types.js';
export interface StuckOutcome {
    /** Pods the controller never replaces, with the command that unblocks each (at most `limit`). */
    trapped: StuckPod[];
    trappedCount: number;
    /** Pods the controller replaces itself: one sentence per revision and status. */
    replaced: string[];
}
/**
 * Snapshot pods at ordinals the rolling update covers (at or above the partition) that are not
 * Ready at another revision than the update revision: those still there when the simulation ends
 * (and stuck for the snapshot's reason, not for another the simulation found, such as a claim that
 * never binds) are trapped; those it deleted were replaced by the controller.
 */
export declare function stuckPods(sim: Simulation, start: SimState, spec: SetSpec, reduced: SetSpec, dec: Decomposition | null, limit: number): StuckOutcome;
