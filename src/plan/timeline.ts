/**
 * One timeline from the sets' own: sets act at the same time, so a step is shared across sets,
 * and `seq` numbers the events in the order of (step, set, the set's own order). Runs are
 * counted without being expanded: the events of set j before step t are its events before t plus
 * those of its runs' repetitions before t, so every event's `seq` is computed, not enumerated.
 */
import type { Item } from './compress.js';
import type { PlanEvent, PlanRun } from './types.js';

interface SetTimeline {
  namespace: string;
  name: string;
  items: Item[];
}

/** How many of a run's events happen before step t. */
function runBefore(r: Extract<Item, { run: unknown }>['run'], t: number): number {
  let n = 0;
  for (const e of r.block) {
    if (e.step >= t) continue;
    n += r.stride === 0 ? r.count : Math.min(r.count, Math.ceil((t - e.step) / r.stride));
  }
  return n;
}

export function mergeTimelines(sets: SetTimeline[]): { events: PlanEvent[]; runs: PlanRun[] } {
  const prepared = sets.map((s) => {
    const steps: number[] = [];
    const runs: Extract<Item, { run: unknown }>['run'][] = [];
    for (const item of s.items) {
      if ('event' in item) steps.push(item.event.step);
      else runs.push(item.run);
    }
    const before = (t: number): number => {
      // Explicit events are in step order: the first at t or later.
      let lo = 0;
      let hi = steps.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (steps[mid]! < t) lo = mid + 1;
        else hi = mid;
      }
      let n = lo;
      for (const r of runs) n += runBefore(r, t);
      return n;
    };
    return { ...s, before };
  });
  // The event at position `pos` of set j, at step t, comes after its own set's `pos` events, the
  // events of earlier sets up to step t and those of later sets before step t.
  const seqOf = (j: number, t: number, pos: number): number => {
    let seq = 1 + pos;
    for (let i = 0; i < prepared.length; i++) if (i !== j) seq += prepared[i]!.before(i < j ? t + 1 : t);
    return seq;
  };
  const events: PlanEvent[] = [];
  const runs: PlanRun[] = [];
  prepared.forEach((s, j) => {
    let pos = 0;
    for (const item of s.items) {
      if ('event' in item) {
        item.event.seq = seqOf(j, item.event.step, pos++);
        events.push(item.event);
        continue;
      }
      const r = item.run;
      r.block.forEach((e, k) => (e.seq = seqOf(j, e.step, pos + k)));
      pos += r.block.length * r.count;
      runs.push({
        namespace: s.namespace,
        statefulSet: s.name,
        seq: r.block[0]!.seq,
        block: r.block.map((event, k) => ({ event, name: r.templates[k]!.name, ...(r.templates[k]!.value !== undefined ? { value: r.templates[k]!.value } : {}), reason: r.templates[k]!.reason })),
        count: r.count,
        ordinals: { first: r.first, last: r.first + (r.count - 1) * r.dir, step: r.dir },
        stride: r.stride,
        steps: { first: r.block[0]!.step, last: r.block.at(-1)!.step + (r.count - 1) * r.stride },
        events: r.block.length * r.count,
      });
    }
  });
  events.sort((a, b) => a.seq - b.seq);
  runs.sort((a, b) => a.seq - b.seq);
  return { events, runs };
}
