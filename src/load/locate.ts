/**
 * The one place that turns paths inside objects into line/column ranges. Rules report paths;
 * nothing else computes positions.
 */
import type { Node } from 'yaml';
import type { Range, Path } from '../types.js';
import type { Resource, SourceFile } from '../resource.js';
import { documentOf, positionTreeAt, walkPath, walkTree } from './loader.js';
import type { PosNode } from './yaml-positions.js';
import { yamlLib } from './yaml-lib.js';
import { lineEnd, rangeFromOffsets } from './source.js';

/** A node's range; a collection's is its first line only, so a finding on a big map does not span a page. */
function spanRange(file: SourceFile, from: number, end: number, collection: boolean): Range {
  return rangeFromOffsets(file, from, collection ? trimEnd(file.text, from, Math.min(end, lineEnd(file.text, from))) : end);
}

/** The range of a node of the `yaml` library. */
function nodeRange(file: SourceFile, node: Node): Range {
  const { isMap, isSeq } = yamlLib();
  const [from, valueEnd] = node.range ?? [0, 0, 0];
  return spanRange(file, from, valueEnd, isMap(node) || isSeq(node));
}

/** The range of a node of js-yaml's positions. */
function treeRange(file: SourceFile, node: PosNode): Range {
  return spanRange(file, node.start, node.end, node.kind !== 'scalar');
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

export interface LocateOptions {
  /** Point at the key rather than the value (unknown fields, duplicate keys). */
  key?: boolean;
}

export interface Located {
  range: Range;
  /** False when the path does not exist and the range is that of its closest existing ancestor. */
  exact: boolean;
}

/**
 * The range of `path` inside a resource. A missing path resolves to its closest existing
 * ancestor (the key of the deepest map that exists), as Spectral's closest-range lookup does.
 */
export function locate(resource: Resource, path: Path, options: LocateOptions = {}): Located {
  const { file } = resource;
  const tree = positionTreeAt(file, resource.docIndex);
  if (tree) return locateInTree(file, tree, resource.base, path, options);
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const doc = documentOf(resource);
  const full = [...resource.base, ...path];
  const { node, keyNode, depth } = walkPath(doc, full);
  const exact = depth === full.length;
  if (!exact || options.key) {
    // Missing leaf: the key of the deepest existing map entry; the key itself when asked for.
    if (keyNode && depth > resource.base.length) return { range: nodeRange(file, keyNode), exact };
  }
  if (node === null || node === undefined) {
    // `key:` with no value: point at the key.
    if (keyNode) return { range: nodeRange(file, keyNode), exact };
    return { range: rangeFromOffsets(file, 0, 0), exact: false };
  }
  // A block map or sequence that is a key's value: the key is the clearer anchor.
  if ((isMap(node) || isSeq(node)) && !(node as { flow?: boolean }).flow && keyNode && depth > resource.base.length) {
    return { range: nodeRange(file, keyNode), exact };
  }
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) {
    // A value that is an empty scalar (`key:` then newline) has an empty range: use the key.
    const r = (node as Node).range;
    if (r && r[0] === r[1] && keyNode) return { range: nodeRange(file, keyNode), exact };
    return { range: nodeRange(file, node as Node), exact };
  }
  return { range: rangeFromOffsets(file, 0, 0), exact: false };
}


/** locate() on js-yaml's positions: the same choices, for the nodes a file the fast reader took can hold. */
function locateInTree(file: SourceFile, tree: PosNode, base: Path, path: Path, options: LocateOptions): Located {
  const full = [...base, ...path];
  const { node, keyNode, depth } = walkTree(tree, full);
  const exact = depth === full.length;
  const keyed = keyNode !== null && depth > base.length;
  if ((!exact || options.key) && keyed) return { range: treeRange(file, keyNode), exact };
  if (node.kind !== 'scalar' && !node.flow && keyed) return { range: treeRange(file, keyNode), exact };
  if (node.start === node.end && keyNode) return { range: treeRange(file, keyNode), exact };
  return { range: treeRange(file, node), exact };
}
