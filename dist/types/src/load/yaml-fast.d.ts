/**
 * The fast reader: js-yaml turns a file into values about ten times faster than the `yaml`
 * library builds its node tree, but keeps no positions. Positions are needed only for the few
 * nodes that get a finding, so the loader reads every file this way and parses it again with
 * `yaml` only when a finding needs a line and column (src/load/loader.ts).
 *
 * The scalars are read as the `yaml` library reads them with the loader's settings: as go-yaml v2
 * resolves them for kubectl (src/k8s/plain-scalars.ts: `yes`/`on` are booleans, `010` is octal,
 * no timestamps, `E0` a string), the same function for both. Whatever the two could read differently goes to the `yaml`
 * library instead: anchors and aliases, merge keys, directives, complex and null keys, duplicate
 * keys, unknown tags and very deep nesting make this reader give up (return null), never guess.
 */
import type { FastReadFacts } from '../resource.js';
import { type Schema } from 'js-yaml';
/** The schema the fast reader reads a file with. */
export declare const fastSchema: (json: boolean) => Schema;
/**
 * What js-yaml reads differently from the `yaml` library, found in the text (a false alarm only
 * costs speed; the patterns look for the token where a node starts, so `&&` in a shell script or
 * a `<<EOF` heredoc do not count; no pattern may backtrack, they scan every byte of the input):
 * - aliases (`*name`): js-yaml shares the anchored value where `yaml` copies it, and counts nothing
 *   (--max-aliases); an alias without its anchor makes js-yaml throw, so anchors alone are fine
 * - merge keys (`<<:`), directives (`%YAML`)
 * - complex keys (`? key`, `[a, b]: c`) and null or empty keys (js-yaml makes them "null", `yaml` "")
 *
 * Each pattern is tried on the text after a line break. needsYaml() finds the same in one pass
 * (test/readers.test.ts holds the two equal); these stay as its specification.
 */
export declare const NEEDS_YAML: RegExp[];
/** NEEDS_YAML.some((re) => re.test('\n' + text)), in one pass over the text. */
export declare function needsYaml(text: string): boolean;
/** The maxDepth option js-yaml reads with under the loader's --max-depth. */
export declare const fastDepth: (maxDepth: number) => number;
export interface FastRead extends FastReadFacts {
    /** One value per YAML document, in the order (and count) of the `yaml` library's documents. */
    docs: unknown[];
}
/** The offset of every `---` line that starts a document. */
export declare function separators(text: string): number[];
/** Reads a file's documents, or returns null when only the `yaml` library can read it exactly. */
export declare function fastRead(text: string, json: boolean, maxDepth: number): FastRead | null;
