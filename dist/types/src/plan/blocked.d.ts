/** What does not get where the spec says when the simulation ends: the plan's blocked rollouts. */
import type { Simulation } from './sim/simulation.js';
import { type SetSpec } from './sim/state.js';
import type { Decomposition } from './compress.js';
import type { Blocked, SourceLocation } from './types.js';
/** Names in plan order, kept to `limit` (and the last one), with their number. */
export declare class NameList {
    private readonly limit;
    readonly names: string[];
    count: number;
    last: string | undefined;
    constructor(limit: number);
    add(name: string): void;
    /** Names of ordinals first…last (descending when first > last), from `nameOf`. */
    addRange(first: number, last: number, nameOf: (o: number) => string): void;
    /** `a, b, c` or, when there are more than the limit, `a, b … z (n)` (as many of the first two as the limit keeps). */
    text(): string;
}
/**
 * What does not get where the spec says, in real names. A simulated ordinal of a compressed
 * segment stands for the real ordinals `dec.realRange` gives (its middle for the middle's first);
 * names in messages are those of the simulated ordinals themselves (`realOf`).
 */
export declare function blockedOf(sim: Simulation, spec: SetSpec, reduced: SetSpec, location: SourceLocation | undefined, dec: Decomposition | null, realOf: (slot: number) => number, limit: number): Blocked | null;
