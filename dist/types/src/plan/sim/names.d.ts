/**
 * How the simulated set names its pods and claims and which ordinals it keeps, as the
 * simulation's ordinal view writes them. Names are made once per ordinal: every map lookup then
 * hashes the same string instead of a freshly concatenated one.
 */
import { type OrdinalView, type SetSpec } from './state.js';
export declare class Names {
    private readonly spec;
    private readonly view;
    private readonly podNames;
    private readonly claimNames;
    constructor(spec: SetSpec, view: OrdinalView);
    /**
     * The pod's name for an ordinal, made once (a large share of a 10,000-pod plan's time
     * otherwise).
     */
    nameOf(ordinal: number): string;
    /** The ordinal's claim names, one per claim template in order (made once, as pod names are). */
    claimsOf(ordinal: number): string[];
    /** Whether the ordinal is a replica of the spec (not condemned). */
    inRange(ordinal: number): boolean;
    /** The spec's range of ordinals as messages write it. */
    rangeText(): string;
}
