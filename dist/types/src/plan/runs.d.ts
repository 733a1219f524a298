/** Reading the runs of a plan (types.ts PlanRun): their names and their events, one repetition at a time. */
import type { Plan, PlanEvent, PlanRun } from './types.js';
/** A run's template (`www-web-{N}`, `{N+1}`) written for ordinal `n`. */
export declare function expandOrdinal(template: string, n: number): string;
/** The ordinal of repetition k. */
export declare const runOrdinal: (run: PlanRun, k: number) => number;
/**
 * The events of repetitions `from` up to (not including) `to`, as they happen; `seq` numbers them
 * from the run's first event as if no other StatefulSet's events came in between (exact for a
 * plan of one StatefulSet).
 */
export declare function runEvents(run: PlanRun, from?: number, to?: number): Generator<PlanEvent>;
/** One StatefulSet's events and runs as they come (by seq): the stretches of events before, between and after its runs, and the runs. */
export declare function inSeqOrder(events: PlanEvent[], runs: PlanRun[]): Generator<{
    events: PlanEvent[];
} | {
    run: PlanRun;
}>;
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
export declare function planEvents(plan: Plan): Generator<PlanEvent>;
