import type { LoadLimits, Resource, SourceRole } from '../resource.js';
import { type loadValidators, type SchemaError } from './schema.js';
import type { InputError } from '../types.js';
export interface LintInput {
    path: string;
    content: string | Uint8Array;
    /** False for context files: loaded for cross-references, never reported on. Default true. */
    reportable?: boolean;
    /**
     * Shared context (`--context`, the config's `context`): references from every input may resolve to
     * its objects. Other inputs' objects are seen only from their own directory tree, so that a folder
     * of independent projects never matches one project's reference to another's object.
     */
    shared?: boolean;
    /**
     * True when the file was found, not named: by walking a directory or expanding a glob. A found
     * file with no Kubernetes object in it (a CI workflow, Helm values, a package.json) is dropped
     * silently, as LintOptions.ignoreNonKubernetes drops every such file; a named one is an input
     * error unless that option is set. Default false.
     */
    discovered?: boolean;
    /**
     * For an earlier state read from git (`--base`): the revision, and the file's path in the working
     * tree, absolute. `path` is then `REF:path` as shown to users; machine formats name the working
     * tree's file and say the revision in words (a `REF:` prefix is no path or URI).
     */
    revision?: {
        ref: string;
        path: string;
    };
}
/** A kustomization, Helm chart or Helm template among the reported inputs (see SourceRole). */
export type Source = Exclude<SourceRole, {
    kind: 'helm-values';
}>;
export interface Loaded {
    resources: Resource[];
    /** Kustomize and Helm sources among the inputs: rules say how to lint what they render. */
    sources: Source[];
    inputErrors: InputError[];
    schemaErrors: Map<Resource, SchemaError[]>;
    /** Every file's path with its reportability, in input order. */
    files: {
        path: string;
        reportable: boolean;
    }[];
}
export type ValidatorModule = Awaited<ReturnType<typeof loadValidators>>;
/** One input, loaded and validated: what a worker thread sends back (see src/load/parallel.ts). */
export interface LoadedInput {
    path: string;
    reportable: boolean;
    shared?: boolean;
    /** LintInput.discovered: dropped when foreign. */
    discovered: boolean;
    /** No document looks like Kubernetes (see LintOptions.ignoreNonKubernetes). */
    foreign: boolean;
    /** Set for kustomize and Helm sources. */
    role?: SourceRole;
    errors: InputError[];
    resources: Resource[];
    /** Parallel to resources. */
    schemaErrors: (SchemaError[] | undefined)[];
}
/** Loads and schema-validates one input; invalid values are pruned from the objects rules see. */
export declare function loadInput(input: LintInput, validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput;
/** Loads and validates inputs one after another on this thread. */
export declare function loadInputs(inputs: LintInput[], validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput[];
/**
 * Gathers loaded inputs, in input order, into what the rules run on. Files with no Kubernetes
 * object are dropped when found by walking (LintInput.discovered), or all of them when
 * `ignoreNonKubernetes`. Files that a kustomization among the inputs lists as patches hold partial
 * objects: their missing required fields are not reported, and a JSON 6902 patch (a list of
 * operations) is not an input error.
 */
export declare function collectLoaded(inputs: Iterable<LoadedInput>, ignoreNonKubernetes?: boolean): Loaded;
