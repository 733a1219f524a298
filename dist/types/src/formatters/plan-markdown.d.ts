/** `stsplan plan --format markdown`: a pull request comment. */
import type { Plan } from '../planner/types.js';
export declare function formatPlanMarkdown(plan: Plan): string;
