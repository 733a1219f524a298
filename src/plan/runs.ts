/** Reading the runs of a plan (types.ts PlanRun): their names and their events, one repetition at a time. */
import type { PlanEvent, PlanRun } from './types.js';

/** A run's template (`www-web-{N}`, `{N+1}`) written for ordinal `n`. */
export function expandOrdinal(template: string, n: number): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = template.indexOf('{N', i);
    if (at < 0) return out + template.slice(i);
    const close = template.indexOf('}', at);
    const inner = close < 0 ? '' : template.slice(at + 2, close);
    if (close < 0 || (inner !== '' && !/^[+-]\d+$/.test(inner))) {
      out += template.slice(i, at + 2);
      i = at + 2;
      continue;
    }
    out += template.slice(i, at) + String(n + (inner === '' ? 0 : Number(inner)));
    i = close + 1;
  }
}

/** The ordinal of repetition k. */
export const runOrdinal = (run: PlanRun, k: number): number => run.ordinals.first + k * run.ordinals.step;

/**
 * The events of repetitions `from` up to (not including) `to`, as they happen; `seq` numbers them
 * from the run's first event as if no other StatefulSet's events came in between (exact for a
 * plan of one StatefulSet).
 */
export function* runEvents(run: PlanRun, from = 0, to = run.count): Generator<PlanEvent> {
  const n = run.block.length;
  for (let k = Math.max(0, from); k < Math.min(to, run.count); k++) {
    const o = runOrdinal(run, k);
    for (let j = 0; j < n; j++) {
      const b = run.block[j]!;
      const e: PlanEvent = { ...b.event, seq: run.seq + k * n + j, step: b.event.step + k * run.stride, name: expandOrdinal(b.name, o), reason: expandOrdinal(b.reason, o) };
      if (b.value !== undefined) e.value = expandOrdinal(b.value, o);
      if (b.event.ordinal !== undefined) e.ordinal = b.event.ordinal + (o - run.ordinals.first);
      yield e;
    }
  }
}
