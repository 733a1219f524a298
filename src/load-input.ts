/**
 * Loading one input: parse it, then validate each object against the target version's schema.
 * Kept apart from the engine (no rules imported), so that a worker thread loads only this.
 */
import { loadSource, type LoadLimits, type Resource } from './loader.js';
import { SERVED } from './resource-index.js';
import { stripNulls, validate, type loadValidators, type SchemaError } from './schema.js';
import type { InputError } from './types.js';

export interface LintInput {
  path: string;
  content: string | Uint8Array;
  /** False for context files: loaded for cross-references, never reported on. Default true. */
  reportable?: boolean;
  /**
   * True when the file was found, not named: by walking a directory or expanding a glob. A found
   * file with no Kubernetes object in it (a CI workflow, Helm values, a package.json) is dropped
   * silently, as LintOptions.ignoreNonKubernetes drops every such file; a named one is an input
   * error unless that option is set. Default false.
   */
  discovered?: boolean;
}

export interface Loaded {
  resources: Resource[];
  inputErrors: InputError[];
  schemaErrors: Map<Resource, SchemaError[]>;
  /** Every file's path with its reportability, in input order. */
  files: { path: string; reportable: boolean }[];
}

export type ValidatorModule = Awaited<ReturnType<typeof loadValidators>>;

/** One input, loaded and validated: what a worker thread sends back (see src/parallel.ts). */
export interface LoadedInput {
  path: string;
  reportable: boolean;
  /** LintInput.discovered: dropped when foreign. */
  discovered: boolean;
  /** No document looks like Kubernetes (see LintOptions.ignoreNonKubernetes). */
  foreign: boolean;
  errors: InputError[];
  resources: Resource[];
  /** Parallel to resources. */
  schemaErrors: (SchemaError[] | undefined)[];
}

/** Loads and schema-validates one input; invalid values are pruned from the objects rules see. */
export function loadInput(input: LintInput, validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput {
  const reportable = input.reportable ?? true;
  const loaded = loadSource(input.path, input.content, { reportable, limits });
  const resources: Resource[] = [];
  const schemaErrors: (SchemaError[] | undefined)[] = [];
  for (const r of loaded.resources) {
    const validator = SERVED[r.kind] === r.apiVersion ? validators[r.kind] : undefined;
    if (!validator) {
      resources.push(r);
      schemaErrors.push(undefined);
      continue;
    }
    const clean = stripNulls(r.object);
    const { errors, pruned } = validate(validator, clean);
    resources.push({ ...r, object: pruned as Resource['object'] });
    schemaErrors.push(errors.length ? errors : undefined);
  }
  return { path: input.path, reportable, discovered: input.discovered ?? false, foreign: loaded.foreign ?? false, errors: loaded.errors, resources, schemaErrors };
}

/** Loads and validates inputs one after another on this thread. */
export function loadInputs(inputs: LintInput[], validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput[] {
  return inputs.map((input) => loadInput(input, validators, limits));
}

/**
 * Gathers loaded inputs, in input order, into what the rules run on. Files with no Kubernetes
 * object are dropped when found by walking (LintInput.discovered), or all of them when
 * `ignoreNonKubernetes`.
 */
export function collectLoaded(inputs: Iterable<LoadedInput>, ignoreNonKubernetes = false): Loaded {
  const loaded: Loaded = { resources: [], inputErrors: [], schemaErrors: new Map(), files: [] };
  for (const one of inputs) {
    if (one.foreign && (ignoreNonKubernetes || one.discovered)) continue;
    loaded.files.push({ path: one.path, reportable: one.reportable });
    if (one.reportable) loaded.inputErrors.push(...one.errors);
    one.resources.forEach((r, i) => {
      loaded.resources.push(r);
      const errors = one.schemaErrors[i];
      if (errors) loaded.schemaErrors.set(r, errors);
    });
  }
  return loaded;
}

