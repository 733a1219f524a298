/**
 * Offsets in a source file as lines and columns: what the loader needs to place a parse error and
 * what locate.ts needs to place a node, with no YAML library involved.
 */
import type { Position, Range } from '../types.js';
import type { SourceFile } from '../resource.js';

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
