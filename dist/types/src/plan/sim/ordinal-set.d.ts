/**
 * A set of ordinals in [start, start + size) with order queries in O(log size): a Fenwick tree of
 * counts, searched by binary lifting. The simulation asks "the first replica that is not Ready",
 * "the highest replica not yet updated" once per controller sync; a scan would make a rollout of
 * n pods cost n² steps.
 */
export declare class OrdinalSet {
    readonly start: number;
    readonly size: number;
    private readonly tree;
    private readonly bits;
    /** The highest power of two not above size: where binary lifting starts. */
    private readonly top;
    constructor(start: number, size: number);
    has(ordinal: number): boolean;
    /** Adds (on) or removes an ordinal; ordinals outside the range are ignored. */
    set(ordinal: number, on: boolean): void;
    /** How many members are below relative index i. */
    private below;
    /** Members (or, with `absent`, non-members) in [lo, hi). */
    count(lo: number, hi: number, absent?: boolean): number;
    private clamp;
    /** Relative index of the k-th (1-based) member, or non-member with `absent`. */
    private select;
    private countBelow;
    /** The lowest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
    first(lo: number, hi: number, absent?: boolean): number | null;
    /** The highest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
    last(lo: number, hi: number, absent?: boolean): number | null;
}
