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
import { yamlLib } from './yaml-lib.js';

export type AliasProblem =
  /** An alias inside the node its anchor names: the value would contain itself. */
  | { kind: 'self'; at: Node; name: string }
  /** go-yaml v2's "document contains excessive aliasing". */
  | { kind: 'kubectl'; at: Node; nodes: number; aliased: number }
  /** More than maxExpansion times the written nodes. */
  | { kind: 'expansion'; at: Node; written: number; expanded: number }
  /** Aliases nest the value deeper than maxDepth. */
  | { kind: 'depth'; at: Node };

/** go-yaml v2's allowedAliasRatio (decode.go). */
function allowedAliasRatio(nodes: number): number {
  if (nodes <= 400_000) return 0.99;
  if (nodes >= 4_000_000) return 0.1;
  return 0.99 - (0.89 * (nodes - 400_000)) / 3_600_000;
}

const excessive = (nodes: number, aliased: number): boolean => aliased > 100 && nodes > 1000 && aliased / nodes > allowedAliasRatio(nodes);

/** Below this many nodes from aliases, a document is never refused for its expansion. */
const EXPANSION_FLOOR = 1000;

interface Expanded {
  /** Nodes, aliases expanded. */
  size: number;
  /** Maps and lists nested, aliases expanded. */
  depth: number;
}

interface Frame {
  node: Node;
  /** The nodes go-yaml decodes for this one, in its order; null for an empty key or value. */
  children: (Node | null)[];
  next: number;
  size: number;
  depth: number;
}

/** The first problem with a document's aliases (see AliasProblem), or null. */
export function aliasProblem(doc: Document.Parsed, maxExpansion: number, maxDepth: number): AliasProblem | null {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yamlLib();
  if (doc.contents === null) return null;
  const anchors = new Map<string, Node>();
  const done = new Map<Node, Expanded>();
  /** go-yaml's counters: every decode step, and those inside an alias's expansion. */
  let nodes = 1; // the document
  let aliased = 0;
  let kubectl: AliasProblem | null = null;
  /** Each top-level alias with the nodes aliases had added once it was expanded. */
  const added: [Node, number][] = [];
  const stack: Frame[] = [];

  const childrenOf = (node: Node): (Node | null)[] => {
    if (isSeq(node)) return node.items as (Node | null)[];
    if (!isMap(node)) return [];
    const out: (Node | null)[] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      // A merge key: go-yaml decodes its sources, not the key (nor a list of sources, one node
      // more or less; the sources are counted in the order of the text, as anchors resolve).
      if (isScalar(key) && typeof key.value === 'symbol') out.push(value);
      else out.push(key, value);
    }
    return out;
  };

  /** Counts one node; returns what it adds to its parent, or null once a problem is found. */
  const visit = (node: Node | null): Expanded | 'open' | null => {
    nodes++;
    if (!kubectl && excessive(nodes, aliased)) kubectl = { kind: 'kubectl', at: node ?? stack[stack.length - 1]!.node, nodes, aliased };
    if (node === null) return { size: 1, depth: 0 };
    if (node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // No anchor before it: the `yaml` library reports that (an unresolved alias).
      if (!target) return { size: 1, depth: 0 };
      const expanded = done.get(target);
      if (!expanded) return null;
      nodes += expanded.size;
      aliased += expanded.size;
      if (!kubectl && excessive(nodes, aliased)) kubectl = { kind: 'kubectl', at: node, nodes, aliased };
      added.push([node, aliased]);
      return { size: 1 + expanded.size, depth: expanded.depth };
    }
    if (isCollection(node)) return 'open';
    if (node.anchor) done.set(node, { size: 1, depth: 0 });
    return { size: 1, depth: 0 };
  };

  const root = doc.contents as Node;
  const first = visit(root);
  if (first === 'open') stack.push({ node: root, children: childrenOf(root), next: 0, size: 1, depth: 0 });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++]!;
      const result = visit(child);
      if (result === null) return { kind: 'self', at: child, name: (child as Node & { source: string }).source };
      if (result === 'open') {
        stack.push({ node: child, children: childrenOf(child), next: 0, size: 1, depth: 0 });
        continue;
      }
      if (stack.length + result.depth > maxDepth) return { kind: 'depth', at: child };
      frame.size += result.size;
      frame.depth = Math.max(frame.depth, result.depth);
      continue;
    }
    stack.pop();
    const expanded = { size: frame.size, depth: frame.depth + 1 };
    if (frame.node.anchor) done.set(frame.node, expanded);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += expanded.size;
      parent.depth = Math.max(parent.depth, expanded.depth);
    }
  }
  if (kubectl) return kubectl;
  const written = nodes - aliased;
  if (aliased > EXPANSION_FLOOR && nodes > maxExpansion * written) {
    const over = added.find(([, sum]) => sum > EXPANSION_FLOOR && written + sum > maxExpansion * written)!;
    return { kind: 'expansion', at: over[0], written, expanded: nodes };
  }
  return null;
}
