/**
 * From file contents to a plan: load both sides, find what the API server would reject on apply
 * (the rules whose errors mean exactly that), then hand the objects to the pure planner
 * (plan.ts planObjects). The library's plan() and the CLI's plan command come through here.
 */
import { type LintInput } from '../lint/engine.js';
import type { InputError } from '../types.js';
import type { LoadLimits } from '../resource.js';
import { type Bounds } from './compress.js';
import { type PlanOptions } from './plan.js';
import type { Plan } from './types.js';
/**
 * The current state: nothing (a fresh cluster), earlier manifests (`--from`, `--base`), or a
 * cluster snapshot (`--state`, e.g. `kubectl get statefulsets,pvc,pods,services,storageclasses -A -o yaml`).
 */
export type CurrentState = LintInput[] | {
    manifests: LintInput[];
} | {
    snapshot: LintInput[];
} | null;
/** Options of a plan from contents: the planner's, and what only reading needs. */
export interface PrepareOptions extends PlanOptions {
    /** The loader's limits (alias expansions, nesting, file and document size). */
    limits?: Partial<LoadLimits>;
    /** What the caller could not read before there were contents to plan (a missing file): reported after the planner's own input errors. */
    readErrors?: readonly InputError[];
}
/** Plans applying `desired` over `current`. Throws OptionsError for invalid options; never for bad input. */
export declare function plan(current: CurrentState, desired: LintInput[], options?: PrepareOptions): Promise<Plan>;
/** plan() with other bounds (compress.ts): for tests that compare summarised and full plans of small sets. */
export declare function planWithBounds(current: CurrentState, desired: LintInput[], options: PrepareOptions, bounds: Bounds): Promise<Plan>;
