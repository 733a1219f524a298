/**
 * The one place that turns paths inside objects into line/column ranges. Rules report paths;
 * nothing else computes positions.
 */
import type { Node } from 'yaml';
import type { Position, Range, Path } from './types.js';
import type { Resource, SourceFile } from './resource.js';
import { documentOf, walkPath } from './loader.js';
import { yamlLib } from './yaml-lib.js';

const lineStarts = new WeakMap<SourceFile, number[]>();

/**
 * Offsets at which the file's lines start, found on first use. Lines end with LF, CRLF or a lone
 * CR, as go-yaml (and so kubectl) and editors read them.
 */
function linesOf(file: SourceFile): number[] {
  let starts = lineStarts.get(file);
  if (!starts) {
    starts = [0];
    const { text } = file;
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
    lineStarts.set(file, starts);
  }
  return starts;
}

/** The offset at which the line that holds `from` ends (before its line break). */
export function lineEnd(text: string, from: number): number {
  const nl = /[\r\n]/g;
  nl.lastIndex = from;
  const m = nl.exec(text);
  return m ? m.index : text.length;
}

function position(file: SourceFile, offset: number): Position {
  const starts = linesOf(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}

export function rangeFromOffsets(file: SourceFile, from: number, to: number): Range {
  // Parsers report errors at end of input one character past it: keep ranges inside the file.
  const end = file.text.length;
  const start = Math.min(Math.max(0, from), end);
  return { start: position(file, start), end: position(file, Math.min(Math.max(start, to), end)) };
}

function nodeRange(file: SourceFile, node: Node): Range {
  const { isMap, isSeq } = yamlLib();
  const [from, valueEnd] = node.range ?? [0, 0, 0];
  // Collections: point at their first line only, so a finding on a big map does not span a page.
  if (isMap(node) || isSeq(node)) {
    return rangeFromOffsets(file, from, trimEnd(file.text, from, Math.min(valueEnd, lineEnd(file.text, from))));
  }
  return rangeFromOffsets(file, from, valueEnd);
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
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const { file } = resource;
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

