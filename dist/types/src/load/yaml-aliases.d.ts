/**
 * What a document's aliases expand to, measured on its YAML nodes before any value is built. The
 * `yaml` library shares an anchored value among its aliases, but everything after it (pruning
 * nulls, schema validation, the worker threads' JSON) walks every path, so an anchored list of
 * 5,000 env vars aliased by 990 containers is 25 million nodes: 195 KB of text took 1.1 GB. The
 * alias count (--max-aliases) cannot see that; the size can.
 *
 * Nodes are counted as go-yaml v2 (kubectl, through sigs.k8s.io/yaml) counts its decode steps:
 * the document, every map, list and scalar, keys included, and every alias with what it expands
 * to; a merge key `<<` counts its sources only. go-yaml refuses a document once more than 100
 * nodes came from aliases, it has decoded over 1,000, and the share that came from aliases is over
 * 99% (tapering to 10% for documents of 400,000 to 4,000,000 nodes); checked at each node, in
 * order. This module finds the same refusal, and applies stsplan's own, tighter bound: expanded,
 * a document may have at most `maxExpansion` times the nodes written in it.
 *
 * The walk is iterative and visits each written node once: an alias adds what its anchor expands
 * to, computed when the anchor's node was done.
 */
import type { Document, Node } from 'yaml';
export type AliasProblem = 
/** An alias inside the node its anchor names: the value would contain itself. */
{
    kind: 'self';
    at: Node;
    name: string;
}
/** go-yaml v2's "document contains excessive aliasing". */
 | {
    kind: 'kubectl';
    at: Node;
    nodes: number;
    aliased: number;
}
/** More than maxExpansion times the written nodes. */
 | {
    kind: 'expansion';
    at: Node;
    written: number;
    expanded: number;
}
/** Aliases nest the value deeper than maxDepth. */
 | {
    kind: 'depth';
    at: Node;
};
/** The first problem with a document's aliases (see AliasProblem), or null. */
export declare function aliasProblem(doc: Document.Parsed, maxExpansion: number, maxDepth: number): AliasProblem | null;
