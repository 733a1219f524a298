/**
 * Loading one input: parse it, then validate each object against the target version's schema.
 * Kept apart from the engine (no rules imported), so that a worker thread loads only this.
 */
import { dirName, loadSource, normalizePath } from './loader.js';
import type { LoadLimits, Resource, SourceRole } from '../resource.js';
import { missingToCreate, patchShaped } from '../k8s/complete.js';
import { SERVED } from '../k8s/kinds.js';
import { stripNulls, validate, type loadValidators, type SchemaError } from './schema.js';
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
  revision?: { ref: string; path: string };
}

/** A kustomization, Helm chart or Helm template among the reported inputs (see SourceRole). */
export type Source = Exclude<SourceRole, { kind: 'helm-values' }>;

export interface Loaded {
  resources: Resource[];
  /** Kustomize and Helm sources among the inputs: rules say how to lint what they render. */
  sources: Source[];
  inputErrors: InputError[];
  schemaErrors: Map<Resource, SchemaError[]>;
  /** Every file's path with its reportability, in input order. */
  files: { path: string; reportable: boolean }[];
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
export function loadInput(input: LintInput, validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput {
  const reportable = input.reportable ?? true;
  const loaded = loadSource(input.path, input.content, { reportable, limits, ...(input.shared ? { shared: true } : {}) });
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
  return { path: input.path, reportable, ...(input.shared ? { shared: true } : {}), discovered: input.discovered ?? false, foreign: loaded.foreign ?? false, ...(loaded.role ? { role: loaded.role } : {}), errors: loaded.errors, resources, schemaErrors };
}

/** Loads and validates inputs one after another on this thread. */
export function loadInputs(inputs: LintInput[], validators: ValidatorModule, limits?: Partial<LoadLimits>): LoadedInput[] {
  return inputs.map((input) => loadInput(input, validators, limits));
}

/**
 * Gathers loaded inputs, in input order, into what the rules run on. Files with no Kubernetes
 * object are dropped when found by walking (LintInput.discovered), or all of them when
 * `ignoreNonKubernetes`. Files that a kustomization among the inputs lists as patches hold partial
 * objects: their missing required fields are not reported, and a JSON 6902 patch (a list of
 * operations) is not an input error.
 */
export function collectLoaded(inputs: Iterable<LoadedInput>, ignoreNonKubernetes = false): Loaded {
  const all = [...inputs];
  const patchFiles = new Set<string>();
  for (const one of all) if (one.role?.kind === 'kustomization') for (const p of one.role.patches) patchFiles.add(p);
  const loaded: Loaded = { resources: [], sources: [], inputErrors: [], schemaErrors: new Map(), files: [] };
  for (const one of all) {
    if (one.foreign && (ignoreNonKubernetes || one.discovered)) continue;
    loaded.files.push({ path: one.path, reportable: one.reportable });
    if (one.role && one.role.kind !== 'helm-values' && one.reportable) loaded.sources.push(one.role);
    const patch = patchFiles.has(normalizePath(one.path));
    if (one.reportable) loaded.inputErrors.push(...(patch ? one.errors.filter((e) => !e.message.startsWith('document is not a Kubernetes object')) : one.errors));
    one.resources.forEach((r, i) => {
      if (patch) r.partial = 'patch';
      loaded.resources.push(r);
      const errors = patch ? one.schemaErrors[i]?.filter((e) => !e.required) : one.schemaErrors[i];
      if (errors?.length) loaded.schemaErrors.set(r, errors);
    });
  }
  markProbablePatches(loaded);
  return loaded;
}

/**
 * An object that lacks what its kind needs at creation, has the shape of a patch (see patchShaped)
 * and whose kind and name another directory defines in full is most likely a patch of it whose
 * kustomization is not among the inputs (a repository of overlays whose kustomization files were
 * left out). It is checked as a partial object, and a rule says so. Same-directory twins do not
 * count: a kustomize overlay lives in its own directory, while a folder of test fixtures often
 * reuses names.
 */
function markProbablePatches(loaded: Loaded): void {
  const whole = new Map<string, Resource[]>();
  const key = (r: Resource): string => `${r.kind}\u0000${r.name}`;
  const incomplete: Resource[] = [];
  for (const r of loaded.resources) {
    if (r.partial || !r.name) continue;
    if (missingToCreate(r).length > 0) {
      if (patchShaped(r)) incomplete.push(r);
    }
    else {
      let list = whole.get(key(r));
      if (!list) whole.set(key(r), (list = []));
      list.push(r);
    }
  }
  for (const r of incomplete) {
    const dir = dirName(r.file.path);
    // The first by path, so that the order of the input files does not decide.
    const twin = whole
      .get(key(r))
      ?.filter((w) => dirName(w.file.path) !== dir && w.apiVersion === r.apiVersion && (w.namespace === undefined || r.namespace === undefined || w.namespace === r.namespace))
      .sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.docIndex - b.docIndex))[0];
    if (!twin) continue;
    r.partial = 'probable';
    r.patchOf = twin;
    const errors = loaded.schemaErrors.get(r)?.filter((e) => !e.required);
    if (errors?.length) loaded.schemaErrors.set(r, errors);
    else loaded.schemaErrors.delete(r);
  }
}

