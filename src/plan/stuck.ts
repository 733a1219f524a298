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
import { podName, type SetSpec, type SimPod, type SimState } from './sim/state.js';
import type { Decomposition } from './compress.js';
import type { StuckPod } from './types.js';
import { shellQuote } from '../text/shell-quote.js';
import { nsFlag } from './kubectl.js';
import { NameList } from './blocked.js';

export interface StuckOutcome {
  /** Pods the controller never replaces, with the command that unblocks each (at most `limit`). */
  trapped: StuckPod[];
  trappedCount: number;
  /** Pods the controller replaces itself: one sentence per revision and status. */
  replaced: string[];
}

/** What a snapshot pod's status says: its waiting containers' reasons, or its phase. */
function statusOf(p: SimPod): string {
  return p.detail ?? (p.phase === 'Running' ? 'Running, not Ready' : 'Pending');
}

/**
 * Snapshot pods at ordinals the rolling update covers (at or above the partition) that are not
 * Ready at another revision than the update revision: those still there when the simulation ends
 * (and stuck for the snapshot's reason, not for another the simulation found, such as a claim that
 * never binds) are trapped; those it deleted were replaced by the controller.
 */
export function stuckPods(sim: Simulation, start: SimState, spec: SetSpec, reduced: SetSpec, dec: Decomposition | null, limit: number): StuckOutcome {
  const out: StuckOutcome = { trapped: [], trappedCount: 0, replaced: [] };
  const replaced = new Map<string, { list: NameList; revision: string; status: string }>();
  if (spec.strategy !== 'RollingUpdate') return out;
  const st = sim.state;
  const update = st.updateRevision;
  if (!update) return out;
  const realName = (name: string): string => (dec ? dec.real(name) : name);
  const end = reduced.start + reduced.replicas;
  for (let o = reduced.start + reduced.partition; o < end; o++) {
    const before = start.pods.get(sim.nameOf(o));
    if (!before?.stuck || before.held || before.terminating || before.revision === update) continue;
    if (before.phase !== 'Pending' && before.phase !== 'Running') continue;
    const after = st.pods.get(before.name);
    const [first, last] = dec ? dec.realRange(o) : [o, o];
    if (first > last) continue;
    // A simulated ordinal of a compressed stretch stands for the real ordinals first…last, all alike.
    const canonical = before.name === sim.nameOf(o);
    const nameOf = (k: number): string => (canonical ? podName(spec.name, k) : realName(before.name));
    if (after && after.uid === before.uid) {
      // Stuck for another reason the simulation found (a claim that never binds): deleting it does not help.
      if (after.stuck !== before.stuck) continue;
      const why = spec.monotonic
        ? 'under OrderedReady the controller waits for it to be Running and Ready before it goes on, so the rolling update never reaches it (kubernetes/kubernetes#67250)'
        : `the controller does not get to it: ${realName(sim.lastWait?.reason ?? 'it waits for a pod that does not become Ready')}`;
      out.trappedCount += last - first + 1;
      for (let k = first; k <= last && out.trapped.length < limit; k++) {
        const name = nameOf(k);
        out.trapped.push({ pod: name, ordinal: k, revision: before.revision, updateRevision: update, status: statusOf(before), why, command: `kubectl delete pod${nsFlag(spec.namespace)} ${shellQuote(name)}` });
      }
    } else {
      const key = JSON.stringify([before.revision, statusOf(before)]);
      let group = replaced.get(key);
      if (!group) replaced.set(key, (group = { list: new NameList(limit), revision: before.revision, status: statusOf(before) }));
      if (canonical) group.list.addRange(first, last, nameOf);
      else group.list.add(nameOf(first));
    }
  }
  const how = spec.maxUnavailableGate
    ? `under Parallel with the MaxUnavailableStatefulSet gate on, maxUnavailable ${spec.maxUnavailable} leaves room to delete $`
    : 'under Parallel a pod that is not Ready does not stop the rolling update, which deletes the highest pod not at the update revision';
  for (const g of replaced.values()) {
    const one = g.list.count === 1;
    out.replaced.push(`${g.list.text()} ${one ? 'is' : 'are'} not Ready at revision ${g.revision} (${g.status}), and the controller replaces ${one ? 'it' : 'them'} itself at ${update}: ${how.replace('$', one ? 'it' : 'them')}; no kubectl delete pod is needed`);
  }
  return out;
}
