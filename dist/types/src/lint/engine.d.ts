/**
 * The lint pipeline: load → validate against the schemas → run every rule over the whole set of
 * resources → apply severities and suppressions. Pure: inputs are contents, not paths on disk.
 */
import type { LoadLimits } from '../resource.js';
import type { LintInput, Loaded } from '../load/input.js';
import type { Rule, RuleMeta } from './rule.js';
import { type Diagnostic, type InputError, type InputWarning, type ObjectRef, type SeveritySetting } from '../types.js';
import { type FeatureGates } from '../k8s/versions.js';
import type { ClusterProfile } from '../k8s/profiles.js';
export type { LintInput, Loaded } from '../load/input.js';
export interface LintOptions {
    /** "1.36" (default) or "1.35.2". */
    kubeVersion?: string;
    featureGates?: FeatureGates;
    cluster?: ClusterProfile;
    defaultNamespace?: string;
    /** Severity per rule id; "off" disables a rule. */
    rules?: Record<string, SeveritySetting>;
    limits?: Partial<LoadLimits>;
    /**
     * The earlier state (`--from`/`--base`), for rules such as immutable-field-changed. What in it
     * cannot be read or parsed is reported as input errors, under each input's path.
     */
    base?: LintInput[];
    /**
     * Skip files in which no document has apiVersion or kind (CI workflows, Helm values, package.json)
     * instead of reporting them as input errors: for hooks that get every YAML and JSON file. Inputs
     * marked `discovered` (found by walking a directory) are skipped so without this option.
     */
    ignoreNonKubernetes?: boolean;
    /**
     * Threads to parse and validate with, this one included (default 1). Worker threads are used
     * only when the input is large enough to pay for starting them (src/load/parallel.ts).
     */
    threads?: number;
    /**
     * What the caller met while reading the inputs, before there were contents to lint: a file that
     * does not exist, a glob that matches nothing (input errors, exit code 2), a link that leads out
     * of the paths given (input warnings). Reported after the files, each as an entry of its own, and
     * counted as the loader's own input errors and warnings are.
     */
    readProblems?: readonly (InputError | InputWarning)[];
}
export interface FileReport {
    path: string;
    diagnostics: Diagnostic[];
    /** The Kubernetes objects found in the file, in order (for per-object reports such as JUnit). */
    objects: ObjectRef[];
}
export interface LintReport {
    files: FileReport[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    /** Inputs that could not be read or parsed (exit code 2). */
    inputErrorCount: number;
    rules: RuleMeta[];
    kubeVersion: string;
    /**
     * The files of the earlier state read from git (`--base`, LintInput.revision), by the path shown
     * (`REF:path`): their revision and working-tree path, for formats that need a real path or URI.
     */
    revisions?: Record<string, {
        ref: string;
        path: string;
    }>;
}
/** Loads and schema-validates inputs on this thread; invalid values are pruned from the objects rules see. */
export declare function loadAndValidate(inputs: LintInput[], kubeVersion: string, limits?: Partial<LoadLimits>, ignoreNonKubernetes?: boolean): Promise<Loaded>;
export declare class OptionsError extends Error {
}
/** Lints a set of inputs. Throws OptionsError for invalid options; never for bad input. */
export declare function lint(inputs: LintInput[], options?: LintOptions, rules?: readonly Rule[]): Promise<LintReport>;
/** Lints inputs already loaded by loadAndValidate (for the same kubeVersion), without parsing them again. */
export declare function lintLoaded(loaded: Loaded, options?: LintOptions, rules?: readonly Rule[]): Promise<LintReport>;
