/**
 * A Mermaid sequence diagram of one StatefulSet's rollout for the Markdown plan: the StatefulSet
 * controller and one lane per pod ordinal; what happens at the same moment is drawn in `par`
 * blocks. Long plans draw the first repetition of a repeating run and say what repeats.
 */
import type { PlanEvent, PlanRun, StatefulSetPlan } from '../types.js';
export declare function mermaidTimeline(s: StatefulSetPlan, events: PlanEvent[], runs?: PlanRun[]): string;
