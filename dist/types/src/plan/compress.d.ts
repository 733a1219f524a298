/**
 * Bounded planning of huge StatefulSets. The controller treats ordinals that start out alike
 * (no pod, or the same pod and PVCs at the same revision) alike, one after the other: a
 * scale-up to 2147483647 replicas is the same few events for each new ordinal. So the planner
 * never simulates every ordinal of such a stretch. It
 *
 *  1. cuts the ordinals into segments: maximal ranges whose ordinals start out alike (same pod
 *     and PVC state) and lie on the same side of every boundary of the specs (start, end,
 *     partition, before and after);
 *  2. simulates a segment longer than `compressAbove` with only `keep` of its ordinals, the first
 *     and the last `keep / 2`, named as the real ones (every other is left out);
 *  3. finds in what the simulation did the block of events that each middle ordinal goes through
 *     (the same events modulo the ordinal, the same number of steps apart), and
 *  4. reports it as a run over all the real middle ordinals, with exact counts, moving what happens
 *     after it later by the steps the left-out ordinals take.
 *
 * Step 3 is checked, not assumed: every event of a middle ordinal must belong to such a block,
 * the middle ordinals must end in the same state, and the blocks must repeat with one stride. If
 * not, the planner simulates ordinal by ordinal when that is bounded (`directLimit`) and otherwise
 * says that it cannot plan the set.
 *
 * In the simulation, the ordinals of a compressed segment are written as tokens (NUL, the
 * simulated ordinal, NUL) so that names and messages can be rewritten for any real ordinal
 * without searching text for numbers.
 */
import type { PlanEvent } from './types.js';
export interface Bounds {
    /** Segments of alike ordinals longer than this are simulated with `keep` ordinals. */
    compressAbove: number;
    /** Ordinals simulated of a compressed segment (even): the first and the last `keep / 2`. */
    keep: number;
    /** When a plan cannot be summarised, sets of up to this many ordinals are simulated one by one. */
    directLimit: number;
    /** Lists of names and ordinals in a plan hold at most this many. */
    listLimit: number;
}
export declare const BOUNDS: Bounds;
/** A range of real ordinals [lo, hi) simulated as ordinals [slot, slot + slots). */
export interface Segment {
    lo: number;
    hi: number;
    slot: number;
    slots: number;
    compressed: boolean;
}
export declare class OrdinalMap {
    /** Sorted and adjacent; empty for the identity. */
    readonly segments: Segment[];
    /** Ordinals simulated per compressed segment before the gap (the rest are the segment's last). */
    readonly half: number;
    constructor(
    /** Sorted and adjacent; empty for the identity. */
    segments: Segment[], keep: number);
    static readonly identity: OrdinalMap;
    get compressed(): boolean;
    /** How many ordinals the simulation has (0 for the identity, which maps whatever it is given). */
    get simulated(): number;
    private bySlot;
    private byReal;
    /** Binary search of the ordered segments: `where` says whether the one sought is before (-1), after (1) or this (0). */
    private search;
    /** The compressed segment a simulated ordinal belongs to. */
    compressedSegment(slot: number): Segment | undefined;
    /** The real ordinal of a simulated one. */
    realOf(slot: number): number;
    /** The simulated ordinal of a real one, or null when the simulation leaves it out. */
    slotOf(real: number): number | null;
    /** The simulated ordinal for a boundary between segments (a start, an end, a partition). */
    boundary(real: number): number;
    /** How the simulation writes a simulated ordinal. */
    text(slot: number): string;
}
/** Rewrites the tokens in a simulation's text; `f` gets each token's simulated ordinal. */
export declare function detokenize(s: string, f: (slot: number) => string): string;
/** Whether text from the inputs could be mistaken for a token (it holds a NUL character). */
export declare const holdsTokenChar: (s: string) => boolean;
/**
 * Cuts the real ordinals into segments. `points` are the specs' boundaries; `signatures` gives each
 * ordinal that holds something (a pod, a PVC) the state it starts in, written so that alike
 * ordinals have equal signatures; ordinals in `forced` are kept as they are (something else
 * refers to them by name). `period` > 1 keeps each compressed segment's simulated size congruent
 * to its real size modulo `period` (maxUnavailable pods are replaced `period` at a time).
 */
export declare function buildMap(points: number[], signatures: Map<number, string>, forced: Iterable<number>, bounds: Bounds, period?: number): OrdinalMap;
/** A run as the plan reports it, in real ordinals and steps. */
export interface AssembledRun {
    /** The first repetition's events (real names and steps). */
    block: PlanEvent[];
    /** Their name, value and reason with `{N}` for the repetition's ordinal. */
    templates: {
        name: string;
        value?: string;
        reason: string;
    }[];
    count: number;
    first: number;
    dir: 1 | -1;
    stride: number;
}
export type Item = {
    event: PlanEvent;
} | {
    run: AssembledRun;
};
export interface Middle {
    seg: Segment;
    /** Simulated middle ordinals [x, y). */
    x: number;
    y: number;
    /** The real ordinals they stand for, [lo, hi). */
    lo: number;
    hi: number;
}
export interface Decomposition {
    items: Item[];
    middles: Middle[];
    /** Real ordinals a simulated one stands for: 1 outside middles, the whole middle for its first ordinal, 0 for the rest. */
    weight(slot: number): number;
    /** The real ordinals [first, last] a simulated ordinal stands for (first > last: none). */
    realRange(slot: number): [number, number];
    /** Real text for a simulation's text (names and messages). */
    real(s: string): string;
}
/**
 * Splits what the simulation did into events and runs over the middles of compressed segments,
 * or returns null when it is not made of such runs (then the plan cannot be summarised).
 * `shape(slot)` describes how an ordinal ends (its pod and PVCs, what it adds to the counts),
 * relative to the ordinal: a middle's ordinals must end alike too.
 */
export declare function decompose(events: PlanEvent[], map: OrdinalMap, shape: (slot: number) => string): Decomposition | null;
