/**
 * From file contents to a plan: load both sides, find what the API server would reject on apply
 * (the rules whose errors mean exactly that), then hand the objects to the pure planner
 * (plan.ts planObjects). The library's plan() and the CLI's plan command come through here.
 */
import { loadAndValidate, lintLoaded, type LintInput } from '../lint/engine.js';
import { DEFAULT_LIMITS } from '../load/loader.js';
import { locate } from '../load/locate.js';
import type { Rule } from '../lint/rule.js';
import type { InputError } from '../types.js';
import type { LoadLimits } from '../resource.js';
import { rules as allRules } from '../../rules/index.js';
import { BOUNDS, type Bounds } from './compress.js';
import { planObjects, resolvePlanOptions, type ApiRejection, type PlanOptions } from './plan.js';
import type { Plan } from './types.js';

/**
 * The current state: nothing (a fresh cluster), earlier manifests (`--from`, `--base`), or a
 * cluster snapshot (`--state`, e.g. `kubectl get statefulsets,pvc,pods,services,storageclasses -A -o yaml`).
 */
export type CurrentState = LintInput[] | { manifests: LintInput[] } | { snapshot: LintInput[] } | null;

/** Options of a plan from contents: the planner's, and what only reading needs. */
export interface PrepareOptions extends PlanOptions {
  /** The loader's limits (alias expansions, nesting, file and document size). */
  limits?: Partial<LoadLimits>;
  /** What the caller could not read before there were contents to plan (a missing file): reported after the planner's own input errors. */
  readErrors?: readonly InputError[];
}

/**
 * The rules whose errors mean the apply fails: the API server rejects the object, or the pods and
 * PVCs the controller creates from it (a StatefulSet's rejection reads "… or the pods it creates").
 */
const API_RULES: readonly Rule[] = allRules.filter((r) => r.meta.category === 'rejected' || r.meta.category === 'failed-create');
/**
 * A snapshot's objects come from the API server, so a value of the wrong type means the snapshot
 * was altered: the loader's schema check left the value out, and the planner would read the
 * object without it. Say so where it is. (Missing required fields and unknown fields are not
 * reported: hand-made snapshots omit status fields, newer clusters add fields.)
 */
function snapshotSchemaErrors(loaded: Awaited<ReturnType<typeof loadAndValidate>>): InputError[] {
  const out: InputError[] = [];
  for (const [r, errors] of loaded.schemaErrors) {
    for (const e of errors) {
      if (e.required || e.key || !r.reportable) continue;
      out.push({ ruleId: 'input', severity: 'error', file: r.file.path, range: locate(r, e.path).range, message: `${r.kind} ${r.name}: ${e.message}; the plan reads the ${r.kind} as if it were not set` });
    }
  }
  return out;
}

function normalizeCurrent(current: CurrentState): { inputs: LintInput[]; snapshot: boolean } {
  if (!current) return { inputs: [], snapshot: false };
  if (Array.isArray(current)) return { inputs: current, snapshot: false };
  if ('snapshot' in current) return { inputs: current.snapshot, snapshot: true };
  return { inputs: current.manifests, snapshot: false };
}

/** Plans applying `desired` over `current`. Throws OptionsError for invalid options; never for bad input. */
export function plan(current: CurrentState, desired: LintInput[], options: PrepareOptions = {}): Promise<Plan> {
  return planWithBounds(current, desired, options, BOUNDS);
}

/** plan() with other bounds (compress.ts): for tests that compare summarised and full plans of small sets. */
export async function planWithBounds(current: CurrentState, desired: LintInput[], options: PrepareOptions, bounds: Bounds): Promise<Plan> {
  const { version, defaultNamespace } = resolvePlanOptions(options);
  const { inputs: currentInputs, snapshot } = normalizeCurrent(current);
  const desiredLoaded = await loadAndValidate(desired, version.schema, options.limits);
  // --max-document-bytes mirrors the API server's request limit; a snapshot is a List of many
  // objects read from the cluster, not a request, so only the file limit bounds it.
  const currentLimits = snapshot ? { ...options.limits, maxDocumentBytes: options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes } : options.limits;
  const currentLoaded = await loadAndValidate(currentInputs.map((i) => ({ ...i, reportable: i.reportable ?? true })), version.schema, currentLimits);
  const inputErrors: InputError[] = [...desiredLoaded.inputErrors, ...currentLoaded.inputErrors];
  if (snapshot) inputErrors.push(...snapshotSchemaErrors(currentLoaded));

  // What the API server would reject in the desired manifests.
  const report = await lintLoaded(desiredLoaded, { kubeVersion: version.text, featureGates: options.featureGates ?? {}, defaultNamespace, ...(options.cluster ? { cluster: options.cluster } : {}) }, API_RULES);
  const rejections: ApiRejection[] = [];
  for (const f of report.files.flatMap((x) => x.diagnostics)) {
    if (f.ruleId === 'input' || f.severity !== 'error' || !('object' in f) || !f.object) continue;
    rejections.push({ file: f.file, document: f.object.document ?? -1, kind: f.object.kind, name: f.object.name, message: `${f.message} (${f.file}:${f.range.start.line}:${f.range.start.column})` });
  }
  const { readErrors, limits, ...planOptions } = options;
  const result = planObjects({ desired: desiredLoaded.resources, current: currentInputs.length ? currentLoaded.resources : null, snapshot, rejections, inputErrors }, planOptions, bounds);
  if (readErrors?.length) result.inputErrors.push(...readErrors);
  return result;
}
