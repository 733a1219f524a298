/**
 * One timeline from the sets' own: sets act at the same time, so a step is shared across sets,
 * and `seq` numbers the events in the order of (step, set, the set's own order). Runs are
 * counted without being expanded: the events of set j before step t are its events before t plus
 * those of its runs' repetitions before t, so every event's `seq` is computed, not enumerated.
 */
import type { Item } from './compress.js';
import type { PlanEvent, PlanRun } from './types.js';
interface SetTimeline {
    namespace: string;
    name: string;
    items: Item[];
}
export declare function mergeTimelines(sets: SetTimeline[]): {
    events: PlanEvent[];
    runs: PlanRun[];
};
export {};
