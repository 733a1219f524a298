/** `stsplan plan --format json`: the plan as the library returns it. */
import type { Plan } from '../types.js';

export function formatPlanJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
