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
