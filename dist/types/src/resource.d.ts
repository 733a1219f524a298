/**
 * What the load stage produces: source files, the resources read from them, and the limits on
 * reading. Types only, with no dependency on a YAML library, so that the library's published
 * types (a rule's context names Resource) need nothing but this package.
 */
import type { Path } from './types.js';
/** What the fast reader tells about a file it read (src/load/yaml-fast.ts). */
export interface FastReadFacts {
    /** Some plain scalar reads differently under YAML 1.1 and 1.2 (the yaml-1.1-ambiguity rule looks). */
    yaml11: boolean;
    /**
     * Offset at which each document starts, when the `---` lines tell unambiguously: a document's
     * YAML nodes can then be parsed on their own. Null when only the whole file can be.
     */
    starts: number[] | null;
}
export interface SourceFile {
    /** The path as given (or `<stdin>`). */
    path: string;
    text: string;
    /** True for JSON input: YAML 1.1 scalar rules do not apply. */
    json: boolean;
    /** Set when the fast reader read the file (so it has no duplicate keys, aliases or merge keys). */
    fast?: FastReadFacts;
    /**
     * What the parsers read, when it is not `text`: the same length and offsets, with line breaks
     * and BOMs as go-yaml reads them and the documents kubectl would not read blanked out (see
     * loadSource).
     */
    blanked?: string;
}
export type KubeObject = {
    apiVersion?: unknown;
    kind?: unknown;
    metadata?: unknown;
    [k: string]: unknown;
};
export interface Resource {
    file: SourceFile;
    docIndex: number;
    /** Path of the object inside its document: [] or ['items', i] for List members. */
    base: Path;
    /** The object as kubectl would send it. */
    object: KubeObject;
    apiVersion: string;
    kind: string;
    name: string;
    /** metadata.namespace as written; undefined when absent. */
    namespace: string | undefined;
    /** False for resources loaded only as context (cross-references), never reported on. */
    reportable: boolean;
    /**
     * True for shared context (`--context`, the config's `context`): references from every input may
     * resolve to it, not only from its own directory tree (see ResourceIndex.visibleFrom).
     */
    shared?: boolean;
    /**
     * Set on part of an object rather than a whole one: `patch` when a kustomization among the inputs
     * lists its file as a patch, `probable` when it lacks what the API server requires to create it
     * while another input defines the same object in full (`patchOf`). Partial objects are checked
     * for their fields, types and values only: required fields come from what they patch.
     */
    partial?: 'patch' | 'probable';
    /** For a probable patch: the whole object of the same identity it seems to patch. */
    patchOf?: Resource;
}
/**
 * Files that are sources of manifests rather than manifests: a kustomization (its patches are
 * partial objects), a Helm chart's Chart.yaml, templates (Go templates, not YAML until rendered) and
 * values files. None of them is an input error.
 */
export type SourceRole = {
    kind: 'kustomization';
    patches: string[];
    resource: Resource;
} | {
    kind: 'helm-chart';
    dir: string;
    resource: Resource;
} | {
    kind: 'helm-template';
    dir: string;
    resource: Resource;
} | {
    kind: 'helm-values';
};
export interface LoadLimits {
    /** Largest number of alias expansions per document (YAML bombs). */
    maxAliasCount: number;
    /**
     * How many times its written nodes a document may have once its aliases are expanded (an
     * anchored list aliased many times); see src/load/yaml-aliases.ts.
     */
    maxAliasExpansion: number;
    /** Largest input file, in bytes. */
    maxFileBytes: number;
    /** Deepest nesting of maps and sequences. */
    maxDepth: number;
    /**
     * Largest YAML document, in bytes (the API server takes request bodies of up to 3 MiB, etcd
     * objects of up to 1.5 MiB); a larger one is reported and skipped, the rest of its file read.
     */
    maxDocumentBytes: number;
}
