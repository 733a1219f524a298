/** `stsplan plan --format text`: a timeline per StatefulSet, like `kubectl get pods -w` told in advance. */
import type { Plan } from '../types.js';
export declare function formatPlanText(plan: Plan): string;
