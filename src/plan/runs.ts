/** Reading the runs of a plan (types.ts PlanRun): their names and their events, one repetition at a time. */
import type { Plan, PlanEvent, PlanRun } from './types.js';

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

/** One StatefulSet's events and runs as they come (by seq): the stretches of events before, between and after its runs, and the runs. */
export function* inSeqOrder(events: PlanEvent[], runs: PlanRun[]): Generator<{ events: PlanEvent[] } | { run: PlanRun }> {
  let i = 0;
  for (const run of [...runs].sort((a, b) => a.seq - b.seq)) {
    const from = i;
    while (i < events.length && events[i]!.seq < run.seq) i++;
    yield { events: events.slice(from, i) };
    yield { run };
  }
  yield { events: events.slice(i) };
}

/**
 * Every event of a plan as it happens, the events of runs included: for a plan without runs its
 * own `events`, for one with runs the list a plan simulated ordinal by ordinal would hold, with
 * each event's `seq` its place in it. Made one event at a time: a plan of a huge set can hold more
 * events than an array can (a scale-up to 2,147,483,647 pods has 9 a pod).
 *
 * In a plan, each StatefulSet's events (its own and those of its runs, by seq) come in the order of
 * their steps; the sets' events are merged by step, and within a step by the set's place in
 * `plan.statefulSets`, as the planner numbers them.
 */
export function* planEvents(plan: Plan): Generator<PlanEvent> {
  const runs = plan.runs ?? [];
  if (!runs.length) {
    yield* plan.events;
    return;
  }
  const index = new Map(plan.statefulSets.map((s, i) => [`${s.namespace}/${s.name}`, i]));
  const own = plan.statefulSets.map(() => ({ events: [] as PlanEvent[], runs: [] as PlanRun[] }));
  const ownOf = (x: { namespace: string; statefulSet: string }): (typeof own)[number] => own[index.get(`${x.namespace}/${x.statefulSet}`) ?? -1] ?? own[0]!;
  for (const e of plan.events) ownOf(e).events.push(e);
  for (const r of runs) ownOf(r).runs.push(r);
  /** A set's events in its own order, its events and its runs' by seq; `made` for a run's (a new object). */
  function* inOrder(o: (typeof own)[number]): Generator<{ event: PlanEvent; made: boolean }> {
    for (const part of inSeqOrder(o.events, o.runs)) {
      if ('run' in part) for (const event of runEvents(part.run)) yield { event, made: true };
      else for (const event of part.events) yield { event, made: false };
    }
  }
  const heads = own.map((o) => inOrder(o)).map((it) => ({ it, next: it.next() }));
  let seq = 0;
  for (;;) {
    let at: (typeof heads)[number] | undefined;
    for (const h of heads) if (!h.next.done && (!at || h.next.value.event.step < (at.next.value as { event: PlanEvent }).event.step)) at = h;
    if (!at) return;
    const { event, made } = at.next.value as { event: PlanEvent; made: boolean };
    seq++;
    // A run's events are numbered here, as they come; the plan's own are as the planner numbered them.
    if (made) event.seq = seq;
    yield event;
    at.next = at.it.next();
  }
}
