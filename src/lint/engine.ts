/**
 * The lint pipeline: load → validate against the schemas → run every rule over the whole set of
 * resources → apply severities and suppressions. Pure: inputs are contents, not paths on disk.
 */
import type { LoadLimits, Resource } from '../resource.js';
import type { LintInput, Loaded } from '../load/input.js';
import { locate } from '../load/locate.js';
import { ResourceIndex, shadowContext } from '../load/resource-index.js';
import type { Report, Rule, EngineContext, RuleMeta, RuleOptions } from './rule.js';
import { isInputError, type Diagnostic, type Finding, type InputError, type InputWarning, type ObjectRef, type SeveritySetting } from '../types.js';
import { DEFAULT_VERSION, defaultGates, parseKubeVersion, type FeatureGates } from '../k8s/versions.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { rules as allRules } from '../../rules/index.js';
import { suppressedBy, commentSuppressions } from './suppress.js';
import { loadParallel } from '../load/parallel.js';
import { apiHint } from '../k8s/hints.js';
import { printable } from '../text/printable.js';
import { helmDocumentsOf, templateAtOffset } from '../load/helm-source.js';

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
  revisions?: Record<string, { ref: string; path: string }>;
}

/** Loads and schema-validates inputs on this thread; invalid values are pruned from the objects rules see. */
export function loadAndValidate(inputs: LintInput[], kubeVersion: string, limits?: Partial<LoadLimits>, ignoreNonKubernetes = false): Promise<Loaded> {
  return loadParallel(inputs, kubeVersion, { limits, ignoreNonKubernetes, threads: 1 });
}

function resolveOptions(options: LintOptions): { ruleOptions: RuleOptions; version: string } | string {
  const parsed = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION);
  if (typeof parsed === 'string') return parsed;
  return {
    version: parsed.schema,
    ruleOptions: {
      kubeVersion: parsed,
      featureGates: { ...defaultGates(parsed), ...options.featureGates },
      cluster: options.cluster,
      defaultNamespace: options.defaultNamespace ?? 'default',
    },
  };
}

export class OptionsError extends Error {}

/** Lints a set of inputs. Throws OptionsError for invalid options; never for bad input. */
export async function lint(inputs: LintInput[], options: LintOptions = {}, rules: readonly Rule[] = allRules): Promise<LintReport> {
  const resolved = resolveOptions(options);
  if (typeof resolved === 'string') throw new OptionsError(resolved);
  const loaded = await loadParallel(inputs, resolved.version, { limits: options.limits, ignoreNonKubernetes: options.ignoreNonKubernetes, threads: options.threads ?? 1 });
  return lintLoaded(loaded, options, rules);
}

/** Lints inputs already loaded by loadAndValidate (for the same kubeVersion), without parsing them again. */
export async function lintLoaded(loaded: Loaded, options: LintOptions = {}, rules: readonly Rule[] = allRules): Promise<LintReport> {
  const resolved = resolveOptions(options);
  if (typeof resolved === 'string') throw new OptionsError(resolved);
  const { ruleOptions, version } = resolved;
  for (const id of Object.keys(options.rules ?? {})) {
    if (!rules.some((r) => r.meta.id === id)) throw new OptionsError(`unknown rule "${id}" in the rule settings`);
  }
  // Inputs shadow context: a sibling or --context definition of an input object is not a second object.
  const index = new ResourceIndex(shadowContext(loaded.resources, ruleOptions.defaultNamespace), ruleOptions.defaultNamespace);
  // The earlier state is loaded as reported input, so that what cannot be read or parsed in it is an
  // input error (as for plan) instead of silently leaving its objects out of immutable-field-changed;
  // its objects are then marked as context, so that no rule reports on them.
  const baseLoaded = options.base ? await loadParallel(options.base.map((b) => ({ ...b, reportable: true })), version, { limits: options.limits, ignoreNonKubernetes: options.ignoreNonKubernetes, threads: options.threads ?? 1 }) : undefined;
  const base = baseLoaded ? new ResourceIndex(baseLoaded.resources.map((r) => ({ ...r, reportable: false })), ruleOptions.defaultNamespace) : undefined;
  const inputErrors = [...loaded.inputErrors];
  const errorKey = (e: InputError): string => `${e.file}\u0000${e.range.start.offset}\u0000${e.message}`;
  const headErrors = new Set(inputErrors.map(errorKey));
  // The same file given as the current and the earlier state (lint a.yaml --from a.yaml) has its errors once.
  for (const e of baseLoaded?.inputErrors ?? []) if (!headErrors.has(errorKey(e))) inputErrors.push(e);

  const findings: Finding[] = [];
  /** The object each finding was reported on: its annotation may suppress it. */
  const owners = new Map<Finding, Resource>();
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    if (rule.meta.requires === 'base' && !base) continue;
    const context: EngineContext = {
      index,
      base,
      options: ruleOptions,
      schemaErrors: (r) => loaded.schemaErrors.get(r) ?? [],
      sources: loaded.sources,
      targets: (kind) => index.served(kind).filter((r) => r.reportable),
      report: (rep: Report) => {
        if (!rep.resource.reportable) return;
        const finding = toFinding(rule.meta, rep, options.rules?.[rule.meta.id]);
        owners.set(finding, rep.resource);
        findings.push(finding);
      },
    };
    try {
      rule.check(context);
    } catch (e) {
      // A rule bug must not take the run down: say so, at the first reported file.
      const first = loaded.resources.find((r) => r.reportable);
      if (first) {
        findings.push({
          ruleId: rule.meta.id,
          severity: 'error',
          message: `internal error in rule ${rule.meta.id}: ${(e as Error).message}; please report this`,
          file: first.file.path,
          range: locate(first, []).range,
        });
      }
    }
  }

  const kept = dedupe(applySuppressions(findings, owners, loaded.resources));
  nameTemplates(kept, loaded.resources);
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of loaded.files) if (f.reportable && !byFile.has(f.path)) byFile.set(f.path, []);
  for (const d of [...inputErrors, ...kept]) {
    let list = byFile.get(d.file);
    if (!list) byFile.set(d.file, (list = []));
    list.push(d);
  }
  const objects = new Map<string, ObjectRef[]>();
  for (const r of loaded.resources) {
    if (!r.reportable) continue;
    let list = objects.get(r.file.path);
    if (!list) objects.set(r.file.path, (list = []));
    list.push(objectRef(r));
  }
  const files: FileReport[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const [path, diagnostics] of byFile) {
    diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    for (const d of diagnostics) {
      if (d.severity === 'error') errorCount++;
      else if (d.severity === 'warning') warningCount++;
      else infoCount++;
    }
    files.push({ path, diagnostics, objects: objects.get(path) ?? [] });
  }
  const report: LintReport = {
    files,
    errorCount,
    warningCount,
    infoCount,
    inputErrorCount: inputErrors.length,
    rules: rules.map((r) => r.meta),
    kubeVersion: ruleOptions.kubeVersion.text,
  };
  for (const p of options.readProblems ?? []) {
    report.files.push({ path: p.file, diagnostics: [p], objects: [] });
    if (isInputError(p)) {
      report.errorCount++;
      report.inputErrorCount++;
    } else report.warningCount++;
  }
  for (const b of options.base ?? []) if (b.revision) (report.revisions ??= {})[b.path] = b.revision;
  return report;
}

/**
 * Each finding, and each related location, in a document of `helm template` output names the
 * template of that document (its `# Source:` comment); input errors got theirs from the loader.
 */
function nameTemplates(findings: Finding[], resources: readonly Resource[]): void {
  const files = new Map<string, Resource['file']>();
  for (const r of resources) files.set(r.file.path, r.file);
  const at = (file: string, offset: number): string | undefined => {
    const f = files.get(file);
    return f ? templateAtOffset(helmDocumentsOf(f), offset) : undefined;
  };
  for (const f of findings) {
    const template = at(f.file, f.range.start.offset);
    if (template !== undefined) f.template = template;
    if (f.related) {
      f.related = f.related.map((r) => {
        const t = at(r.file, r.range.start.offset);
        return t === undefined ? r : { ...r, template: t };
      });
    }
  }
}

function objectRef(r: Resource): ObjectRef {
  return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, ...(r.namespace ? { namespace: r.namespace } : {}), document: r.docIndex };
}

/** "StatefulSet web", "StatefulSet kafka/web" when the object names its namespace: which object of a stream a finding is about. */
function objectLabel(r: Pick<Resource, 'kind' | 'name' | 'namespace'>): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name || '(no name)'}`;
}

function toFinding(meta: RuleMeta, rep: Report, setting: SeveritySetting | undefined): Finding {
  const { resource } = rep;
  const severity = setting && setting !== 'off' ? setting : (rep.severity ?? meta.severity);
  const hint = rep.hint ?? apiHint(rep.message);
  const finding: Finding = {
    ruleId: meta.id,
    severity,
    message: printable(`${objectLabel(resource)}: ${rep.message}`),
    messageId: rep.messageId,
    file: resource.file.path,
    range: locate(resource, rep.path, { key: rep.key }).range,
    object: objectRef(resource),
    path: rep.path,
  };
  if (hint) finding.hint = printable(hint);
  if (rep.related?.length) {
    finding.related = rep.related.map((r) => ({ message: printable(r.message), file: r.resource.file.path, range: locate(r.resource, r.path, { key: r.key }).range }));
  }
  return finding;
}

/** The same rule, object, position and message reported twice (by two paths to one node) is one finding. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.range.start.offset}\u0000${f.range.end.offset}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Drops the findings that a comment on their line suppresses, or the annotation of the object they
 * were reported on: that object's own document (or List item), not every object of its name.
 */
function applySuppressions(findings: Finding[], owners: Map<Finding, Resource>, resources: Resource[]): Finding[] {
  const comments = new Map<string, Map<number, Set<string>>>();
  for (const r of resources) {
    if (r.reportable && !comments.has(r.file.path)) comments.set(r.file.path, commentSuppressions(r.file));
  }
  return findings.filter((f) => {
    const lines = comments.get(f.file);
    const ids = lines?.get(f.range.start.line);
    if (ids && (ids.has(f.ruleId) || ids.has('all'))) return false;
    const owner = owners.get(f);
    return !(owner && suppressedBy(owner, f.ruleId));
  });
}
