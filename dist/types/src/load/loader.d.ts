/**
 * Turns file contents into Kubernetes resources that remember where every node came from.
 *
 * Values are read the way `kubectl` sends them: YAML 1.1 (go-yaml v2 via sigs.k8s.io/yaml), so
 * `yes`/`no`/`on`/`off` are booleans and `010` is octal; timestamps stay strings; merge keys `<<`
 * work; on a duplicate key the last one wins. Pure: no file system access here.
 *
 * Two readers: the fast one (js-yaml, src/load/yaml-fast.ts) gives values only; the `yaml` library
 * gives every node's position. Files are read fast when that reads them exactly; their YAML nodes
 * are parsed only when something needs a position (a finding, a rule that looks at YAML syntax).
 */
import type { Document, Node } from 'yaml';
import type { InputError, Path } from '../types.js';
import { type PosNode } from './yaml-positions.js';
import type { LoadLimits, Resource, SourceFile, SourceRole } from '../resource.js';
export declare function dirName(path: string): string;
/** `a/b/../c/./d.yaml` → `a/c/d.yaml` (POSIX rules on display paths; `..` past the start is kept). */
export declare function normalizePath(path: string): string;
/**
 * The deepest nesting --max-depth allows. The `yaml` library composes documents recursively: about
 * 780 levels of flow collections overflow the main thread's stack before its functions are
 * compiled (Node 20), and an overflow there is not an exception one can catch: the library catches
 * the RangeError, goes on running a regular expression with no stack left, and V8 aborts the whole
 * process when it compiles that expression. Half of that, so that callers' frames fit too.
 */
export declare const MAX_DEPTH = 400;
export declare const DEFAULT_LIMITS: LoadLimits;
export interface LoadedFile {
    file: SourceFile;
    resources: Resource[];
    errors: InputError[];
    /** Set for kustomize and Helm sources (see SourceRole): they have no resources and no errors. */
    role?: SourceRole;
    /**
     * True when the file parsed but none of its documents looks like a Kubernetes object (no
     * apiVersion and no kind anywhere): a CI workflow, a Helm values file, a package.json.
     */
    foreign?: boolean;
}
/** Decodes bytes as kubectl would accept them; returns an error message for binary or invalid text. */
export declare function decode(content: Uint8Array | string): {
    text: string;
} | {
    error: string;
};
/** The file's YAML documents with node positions, parsed on first use. */
export declare function documentsOf(file: SourceFile): Document.Parsed[];
/**
 * Document `index` of a file with node positions. A file the fast reader took is parsed one
 * document at a time when its `---` lines tell where documents start: a finding in one object of
 * a 2 MB install bundle then costs the parse of that object, not of the bundle.
 */
export declare function documentAt(file: SourceFile, index: number): Document.Parsed | undefined;
/**
 * js-yaml's node positions in document `index` of a file the fast reader took (src/load/yaml-positions.ts),
 * read on first use like documentAt, or null: then only documentAt places its nodes.
 */
export declare function positionTreeAt(file: SourceFile, index: number): PosNode | null;
/** The YAML document a resource came from. */
export declare function documentOf(resource: Resource): Document.Parsed;
export interface LoadSourceOptions {
    reportable?: boolean;
    shared?: boolean;
    limits?: Partial<LoadLimits>;
    /** False: read with the `yaml` library only, never the fast reader (tests compare the two). */
    fast?: boolean;
}
/**
 * Parses one file's contents. Never throws. An input error in a document of `helm template` output
 * names the template of that document (its `# Source:` comment, see src/load/helm-source.ts).
 */
export declare function loadSource(path: string, content: Uint8Array | string, options?: LoadSourceOptions): LoadedFile;
/**
 * Where a JSON file has a comment, or null. kubectl reads a stream that starts with "{" as JSON,
 * which has none; YAML would read `// x` as a plain scalar and report something else entirely.
 */
export declare function jsonComment(text: string): number | null;
export interface PathWalk {
    /** The deepest node reached. */
    node: unknown;
    /** The key of that node when it is a map value, else null. */
    keyNode: Node | null;
    /** How many path segments were followed (less than the path's length when it is missing). */
    depth: number;
}
/**
 * Follows `path` from a document's root through maps (the last of duplicate keys wins, as for
 * kubectl) and sequences, resolving aliases, and stops at the first segment that is missing.
 */
export declare function walkPath(doc: Document.Parsed, path: Path): PathWalk;
export interface TreeWalk {
    node: PosNode;
    keyNode: PosNode | null;
    depth: number;
}
/** walkPath on js-yaml's positions (src/load/yaml-positions.ts): the same steps, no aliases or merge keys to follow. */
export declare function walkTree(root: PosNode, path: Path): TreeWalk;
/** The YAML node at `path` inside a document, or null when the path does not exist. */
export declare function nodeAt(doc: Document.Parsed, path: Path): Node | null;
/** A map key as the JSON object key it becomes (`on:` becomes "true" under YAML 1.1). */
export declare function keyString(key: unknown): string;
