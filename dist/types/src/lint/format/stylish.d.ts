import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
export interface StylishOptions {
    cwd: string;
    /** The path to print for an absolute path: as the user gave it (report paths, resolved). */
    shown?: ReadonlyMap<string, string>;
    /** The terminal's width; findings are wrapped to it (default 100). */
    columns?: number;
    /** Whether colour codes may be written (inline `code` in bold). */
    colour?: boolean;
}
/** Words of `text` in lines of at most `width` characters; a longer word is cut. */
export declare function wrap(text: string, width: number): string[];
export declare function formatStylish(results: EslintResult[], rules: readonly RuleMeta[], options: StylishOptions): Promise<string>;
