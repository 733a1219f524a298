/** Small projections of a plan shared by the plan renderers. */
import type { Blocked, PlanEvent, Plan, PlanRun, StatefulSetPlan, SourceLocation } from '../types.js';
export declare const KIND_SHORT: Record<PlanEvent['kind'], string>;
export declare function eventsOf(plan: Plan, s: {
    namespace: string;
    name: string;
}): PlanEvent[];
/** The set's runs (huge sets: the same events for ordinal after ordinal). */
export declare function runsOf(plan: Plan, s: {
    namespace: string;
    name: string;
}): PlanRun[];
/** How many events a set's timeline has, its runs' included. */
export declare const eventCount: (events: PlanEvent[], runs: PlanRun[]) => number;
/** The last step of a set's timeline. */
export declare const lastStep: (events: PlanEvent[], runs: PlanRun[]) => number | undefined;
/**
 * Appends `items` to `out`. A plan's lists (events, timeline entries, a diff's lines) can be longer
 * than a call takes arguments (about 120,000 here): `out.push(...items)` threw a RangeError
 * ("Maximum call stack size exceeded") for a Markdown plan of 20,000 pods replaced in batches.
 */
export declare function append<T>(out: T[], items: Iterable<T>): T[];
/** `web-0` or `nginx.default.svc.cluster.local A (address of web-0)`. */
export declare function eventObject(e: PlanEvent): string;
/**
 * `web.yaml:12:5`; in `helm template` output `<stdin>:12:5, rendered from mychart/templates/sts.yaml`:
 * the line is the rendered output's (what `kubectl apply -f` reads), the template names the file
 * to change. The template is the manifest's text: callers escape it as they escape the rest.
 */
export declare function where(l: SourceLocation | undefined): string;
/** `, rendered from TEMPLATE` (with `sep` before it), or '' outside Helm output. */
export declare function renderedFrom(template: string | undefined, sep?: string): string;
export declare function headline(s: StatefulSetPlan): string;
export declare const show: (v: unknown) => string;
/** A set's timelines longer than this are summarised: repeating runs become one entry. */
export declare const SUMMARISE_AFTER = 40;
/** Ordinals first, first + step, … last: `count` of them. */
export interface OrdinalRange {
    first: number;
    last: number;
    count: number;
    step: number;
}
/** One entry of a summarised timeline: an event, or a block of events repeated for successive pods. */
export type TimelineEntry = {
    type: 'event';
    event: PlanEvent;
} | {
    type: 'repeat';
    /** The first repetition, its names templated: `{N}` stands for the pod's ordinal. */
    block: {
        event: PlanEvent;
        name: string;
        value?: string;
        reason: string;
    }[];
    /** Ordinals `{N}` stands for, one per repetition, in order (ascending or descending by 1). */
    ordinals: OrdinalRange;
    steps: {
        first: number;
        last: number;
    };
    events: number;
};
/**
 * Summarises repeating runs: the same events for web-3, then web-4, then web-5… (scale-ups,
 * rolling updates) become one entry that names the ordinals. Runs shorter than `minRepeats`
 * repetitions stay as they are.
 */
export declare function compactTimeline(events: PlanEvent[], minRepeats?: number, maxPeriod?: number): TimelineEntry[];
/**
 * A set's timeline as renderers show it: every event, or summarised when it is long. The
 * planner's runs (huge sets) are entries of their own, between the events around them.
 */
export declare function timeline(events: PlanEvent[], runs?: PlanRun[]): TimelineEntry[];
/** `{3..202}`-style text for a run of ordinals: `web-{N}` with N = 3..202 becomes `web-{3..202}`. */
export declare function expandTemplate(s: string, ordinals: OrdinalRange): string;
/** `web-3, web-4` or `web-3 … web-202 (200)` for lists of names. */
export declare function nameList(names: string[], max?: number): string;
/** nameList for the pods of a range of ordinals, without listing them. */
export declare function ordinalNames(set: string, r: OrdinalRange, max?: number): string;
/** What a blocked rollout leaves undone: `never created: …`, `not updated: …`, `not deleted: …` (those that are not empty). */
export declare function blockedLists(b: Blocked, show?: (n: string) => string): string[];
/** What a reviewer wants in one line per StatefulSet: which pods, PVCs and DNS names come and go. */
export declare function narrative(events: PlanEvent[], runs?: PlanRun[]): string[];
/**
 * A blocked set's stuck pods (the forced-rollback trap), one line each: the pod, its revision and
 * status, why the controller does not replace it and the command that does; the first `max`, then
 * how many more.
 */
export declare function stuckPodLines(b: Blocked, max?: number): {
    pod: string;
    text: string;
    command: string;
}[];
