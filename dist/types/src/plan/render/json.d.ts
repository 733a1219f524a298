/** `stsplan plan --format json`: the plan as the library returns it. */
import type { Plan } from '../types.js';
export declare function formatPlanJson(plan: Plan): string;
