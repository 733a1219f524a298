/**
 * `stsplan plan --format json`: the plan as the library returns it, `JSON.stringify(plan, null, 2)`
 * and a newline. A plan with many events is written in chunks (planJsonChunks) so that the whole
 * text never has to be one string: at 20,000 ordinals planned one by one it is 90 MB, and turning
 * a string that size into bytes for the write costs more than planning it.
 */
import type { Plan } from '../types.js';
export declare function formatPlanJson(plan: Plan): string;
/**
 * `formatPlanJson(plan)` in pieces of about 16K characters: the same text (joined, byte for byte),
 * made one event at a time, so that writing a plan holds one chunk of its text at a time.
 */
export declare function planJsonChunks(plan: Plan): Generator<string>;
