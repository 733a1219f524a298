/**
 * Offsets in a source file as lines and columns: what the loader needs to place a parse error and
 * what locate.ts needs to place a node, with no YAML library involved.
 */
import type { Range } from '../types.js';
import type { SourceFile } from '../resource.js';
/** The offset at which the line that holds `from` ends (before its line break). */
export declare function lineEnd(text: string, from: number): number;
export declare function rangeFromOffsets(file: SourceFile, from: number, to: number): Range;
