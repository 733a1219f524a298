/** What locate() needs of a node: where it is, whether it is a flow collection, its children. */
export interface PosNode {
    kind: 'map' | 'seq' | 'scalar';
    /** The offset of its first character. */
    start: number;
    /**
     * Where its value ends, as the `yaml` library's `range[1]`: after a scalar's last character;
     * after a flow collection's closing bracket; for a block collection, somewhere after the end of
     * its first line (only its first line is ever shown).
     */
    end: number;
    flow: boolean;
    /** A map's entries by key, as the JSON object key (`on:` is "true"). */
    entries?: Map<string, {
        key: PosNode;
        value: PosNode;
    }>;
    items?: PosNode[];
}
/**
 * The tree of each document in `text` (one per document js-yaml reads, null for an empty one),
 * with offsets from `shift`; null when js-yaml cannot read it, or reads something a tree here
 * would not place exactly as the `yaml` library does.
 */
export declare function positionTrees(text: string, json: boolean, maxDepth: number, shift?: number): (PosNode | null)[] | null;
