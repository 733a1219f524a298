/** What does not get where the spec says when the simulation ends: the plan's blocked rollouts. */
import type { Simulation } from './sim/simulation.js';
import { podName, type SetSpec, type SimPod } from './sim/state.js';
import type { Decomposition } from './compress.js';
import type { Blocked, SourceLocation } from './types.js';

/** Names in plan order, kept to `limit` (and the last one), with their number. */
export class NameList {
  readonly names: string[] = [];
  count = 0;
  last: string | undefined;
  constructor(private readonly limit: number) {}
  add(name: string): void {
    if (this.names.length < this.limit) this.names.push(name);
    this.count++;
    this.last = name;
  }
  /** Names of ordinals first…last (descending when first > last), from `nameOf`. */
  addRange(first: number, last: number, nameOf: (o: number) => string): void {
    const step = first <= last ? 1 : -1;
    const n = Math.abs(last - first) + 1;
    for (let i = 0; i < n && this.names.length < this.limit; i++) this.names.push(nameOf(first + i * step));
    this.count += n;
    this.last = nameOf(last);
  }
  /** `a, b, c` or, when there are more than the limit, `a, b … z (n)` (as many of the first two as the limit keeps). */
  text(): string {
    if (this.count <= this.names.length) return this.names.join(', ');
    const head = this.names.slice(0, 2).join(', ');
    return `${head ? `${head} ` : ''}… ${this.last} (${this.count})`;
  }
}

/**
 * What does not get where the spec says, in real names. A simulated ordinal of a compressed
 * segment stands for the real ordinals `dec.realRange` gives (its middle for the middle's first);
 * names in messages are those of the simulated ordinals themselves (`realOf`).
 */
export function blockedOf(sim: Simulation, spec: SetSpec, reduced: SetSpec, location: SourceLocation | undefined, dec: Decomposition | null, realOf: (slot: number) => number, limit: number): Blocked | null {
  const st = sim.state;
  const realName = (name: string): string => (dec ? dec.real(name) : name);
  const range = (slot: number): [number, number] => (dec ? dec.realRange(slot) : [slot, slot]);
  const named = (o: number): string => podName(spec.name, o);
  const notCreated = new NameList(limit);
  const notUpdated = new NameList(limit);
  let stuckPod: SimPod | undefined;
  let notReady = false;
  const end = reduced.start + reduced.replicas;
  for (let o = reduced.start; o < end; o++) {
    const p = st.pods.get(sim.nameOf(o));
    const [first, last] = range(o);
    // The rest of a middle: alike its first ordinal, which stands for all of it.
    if (first > last) continue;
    if (!p) notCreated.addRange(first, last, named);
    else {
      if (spec.strategy === 'RollingUpdate' && o >= reduced.start + reduced.partition && p.revision !== st.updateRevision) notUpdated.addRange(first, last, named);
      // A pod that stays terminating (its node is lost) is not done either.
      if (!(p.phase === 'Running' && p.ready) || p.held) {
        notReady = true;
        stuckPod ??= p;
      }
    }
  }
  const notDeleted = new NameList(limit);
  for (const p of [...st.pods.values()].filter((x) => x.ordinal < reduced.start || x.ordinal >= end).sort((a, b) => b.ordinal - a.ordinal)) {
    if (p.name !== sim.nameOf(p.ordinal)) notDeleted.add(p.name);
    else {
      const [first, last] = range(p.ordinal);
      if (first <= last) notDeleted.addRange(last, first, named);
    }
  }
  if (!notCreated.count && !notDeleted.count && !notUpdated.count && !notReady) return null;
  const wait = sim.lastWait;
  const reason = stuckPod?.stuck ? `${realName(stuckPod.name)} ${realName(stuckPod.stuck)}` : wait ? realName(wait.reason) : 'the rollout does not finish';
  const pod = stuckPod ? realName(stuckPod.name) : wait?.pod ? realName(wait.pod) : null;
  const ordinal = stuckPod ? realOf(stuckPod.ordinal) : wait?.ordinal !== null && wait?.ordinal !== undefined ? realOf(wait.ordinal) : null;
  const claimLocation = spec.templates.find((t) => t.binding.mode === 'never')?.binding.location;
  return {
    namespace: spec.namespace,
    statefulSet: spec.name,
    pod,
    ordinal,
    reason,
    notCreated: notCreated.names,
    notUpdated: notUpdated.names,
    notDeleted: notDeleted.names,
    ...(notCreated.count > notCreated.names.length ? { notCreatedCount: notCreated.count } : {}),
    ...(notUpdated.count > notUpdated.names.length ? { notUpdatedCount: notUpdated.count } : {}),
    ...(notDeleted.count > notDeleted.names.length ? { notDeletedCount: notDeleted.count } : {}),
    ...(stuckPod?.stuck?.includes('PVC') && claimLocation ? { location: claimLocation } : location ? { location } : {}),
  };
}
