/** Reading the runs of a plan (types.ts PlanRun): their names and their events, one repetition at a time. */
import type { PlanEvent, PlanRun } from './types.js';
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
