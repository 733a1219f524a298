#!/usr/bin/env node
/**
 * The command line: parse arguments, read inputs, call the library, print, set the exit code.
 * Exit codes: 0 clean, 1 findings fail the run, 2 bad input or bad command line.
 */
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { packageVersion, ruleDocText } from '../version.js';
import { didYouMean } from '../text/did-you-mean.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { lint, OptionsError, type LintOptions, type LintReport } from '../lint/engine.js';
import { buildInputs, displayPath, expandPaths, helmTemplateResolver, Ignores, readStdin, siblingFiles, walkDirectory } from './files.js';
import { findConfig, loadConfig, parseSeverity, RULE_IDS, SEVERITY_WORDS, type Config } from './config.js';
import { BUILTIN_LINT_FORMATS, formatReport } from '../lint/format/lint-formats.js';
import { FormatterError } from '../lint/format/module.js';
import { resolveCluster } from './cluster.js';
import { parseFeatureGates } from '../k8s/versions.js';
import { BUILTIN_PROFILES } from '../k8s/profiles.js';
import { MAX_INT32 } from '../k8s/objects.js';
import { printable } from '../text/printable.js';
import { isStreamName, type InputError, type InputWarning, type SeveritySetting } from '../types.js';
import { dirname, relative, resolve, sep } from 'node:path';
import type { LintInput } from '../lint/engine.js';
import type { PlanOptions } from '../plan/plan.js';
import type { CurrentState, PrepareOptions } from '../plan/prepare.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { DEFAULT_LIMITS, MAX_DEPTH } from '../load/loader.js';
import type { LoadLimits } from '../resource.js';
import type { FeatureGates } from '../k8s/versions.js';
import type { RenderOptions, RenderSpec } from './render.js';
import type { TemplateResolver } from '../load/helm-source.js';
import { stdout } from './stdout.js';

const GLOBAL_HELP = `Usage: stsplan <command> [options] [PATH...]

Commands:
  lint [PATH...]     check manifests (files, directories, globs, - for stdin)
  plan [PATH...]     print the pod, PVC and DNS events applying the manifests would cause
  rules              list the rules: id, default severity, description
  explain RULE       show a rule's documentation
  help [COMMAND]     show the help of a command

Options of every command:
      --color, --no-color  force colour on or off (default: on when stdout is a terminal;
                           NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show the help of the command
  -v, --version            show the version

Run "stsplan <command> --help" for the options of a command.

Exit codes: 0 success, 1 findings fail the run (lint) or the plan cannot be carried out (plan),
2 input that could not be read or parsed, or a wrong command line.`;

/** Rendering a chart or an overlay (src/cli/render.ts), worded once for lint and plan. */
const RENDER_OPTIONS = `Rendered manifests (instead of PATH; one of the three):
      --render CMD         read what CMD prints (run with sh -c in the working directory); with
                           --base, CMD also runs in an export of GIT_REF (git archive, never a
                           checkout), in the same directory there
      --helm CHART         run helm template RELEASE CHART (no shell); helm must be on PATH
      --values FILE        with --helm: a values file (repeatable)
      --helm-release NAME  with --helm: the release name (default: the chart directory's name)
      --kustomize DIR      run kubectl kustomize DIR (kustomize build DIR without kubectl)
      --render-timeout S   stop the command after S seconds (default 120); its output is
                           bounded by --max-file-bytes; it failing is exit 2, its stderr shown`;

/** Options lint and plan share, worded once. */
const SHARED_OPTIONS = `      --kube-version V     target Kubernetes version, 1.29 to 1.36 (default 1.36)
      --feature-gates G    e.g. MaxUnavailableStatefulSet=true
      --cluster NAME|FILE  cluster profile: eks, eks-auto, gke, gke-autopilot, aks, kind, minikube,
                           or a StorageClass file
      --namespace NS       namespace of objects that set none (default "default")
      --ignore-pattern P   skip what P matches when walking directories and globs: gitignore
                           syntax, relative to the working directory (repeatable); .gitignore
                           files and the config's ignore: apply too; named files are always read
      --config FILE        config file (default: .stsplan.yaml found upward)
      --no-config          ignore config files
      --max-aliases N      YAML alias expansions per document (default 1000; alias bombs)
      --max-alias-expansion N  times its written nodes a document may grow to when its YAML
                           aliases are expanded (default 10)
      --max-depth N        nesting of maps and lists (default and at most ${MAX_DEPTH})
      --max-file-bytes N   largest file read (default 67108864, 64 MiB)
      --max-document-bytes N  largest YAML document read (default 4194304, 4 MiB)
      --debug              show stack traces of internal errors
      --color, --no-color  force colour on or off (default: on when stdout is a terminal;
                           NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show this help`;

const LINT_HELP = `Usage: stsplan lint [options] PATH...
       stsplan lint [options] --render CMD | --helm CHART | --kustomize DIR

Check manifests: files, directories, globs, or - for stdin; or what a render command prints.

Options:
  -f, --format NAME        stylish (default), json, sarif, github (workflow annotations), junit,
                           or any ESLint formatter package or file (e.g. pretty, ./fmt.js)
  -o, --output FILE        write the --format report to FILE; stylish still goes to stdout
  -o, --output FORMAT:FILE write a FORMAT report to FILE, --format still goes to stdout
                           (repeatable: -f github -o sarif:lint.sarif -o junit:lint.xml)
      --from PATH          the earlier state, for immutable-field-changed (repeatable)
      --base GIT_REF       the earlier state is the same paths at GIT_REF (e.g. origin/main)
      --context PATH       load PATH for cross-references without reporting on it (repeatable)
      --rule ID=SEVERITY   override a rule: off, info, warn (or warning), error (repeatable)
      --quiet              report errors only: warnings and info are not shown, in any format,
                           but still count for --max-warnings (as ESLint's --quiet)
      --max-warnings N     fail when there are more than N warnings
      --verbose            show info-level findings
      --helm-chart-dir DIR the chart that \`helm template\` rendered: the github and sarif formats
                           annotate the template a finding's \`# Source:\` names (default: found
                           from the working directory)
      --concurrency N      threads that parse and validate inputs over 2 MB: a number, off, or
                           auto (default: half the cores, as ESLint's auto)
      --ignore-non-kubernetes  skip files with no apiVersion or kind in any document (CI
                           workflows, Helm values) instead of reporting them (pre-commit)
${SHARED_OPTIONS}

${RENDER_OPTIONS}

Exit codes: 0 no errors, 1 errors or too many warnings, 2 input that could not be read or
parsed, or a wrong command line. A run that finds no manifest says so on stderr and exits 0.`;

const PLAN_HELP = `Usage: stsplan plan [options] PATH...
       stsplan plan [options] --render CMD | --helm CHART | --kustomize DIR [--base GIT_REF]

Print the pod, PVC and DNS events applying the manifests would cause. The planner never
contacts a cluster; without --from, --base or --state, nothing exists yet.

Options:
  -f, --format NAME        text (default), markdown or json
  -o, --output FILE        write the plan to FILE instead of stdout
      --from PATH          the current state is these earlier manifests (repeatable)
      --base GIT_REF       the current state is the same paths at GIT_REF (e.g. origin/main)
      --state FILE         the current state is a cluster snapshot, e.g. the output of
                           kubectl get statefulsets,pvc,pods,services,storageclasses -A -o yaml
      --scale NAME=N       plan kubectl scale --replicas=N for StatefulSet NAME (or NS/NAME)
                           over the given manifests (repeatable)
      --cluster-domain D   cluster DNS domain (default cluster.local)
      --detailed-exitcode  0 no changes, 1 error, rejection or stuck rollout, 2 changes
${SHARED_OPTIONS}

${RENDER_OPTIONS}

Exit codes: 0 the plan can be carried out, 1 something is rejected or gets stuck, 2 bad input
or a wrong command line.`;

const RULES_HELP = `Usage: stsplan rules [--format table|json]

List every rule: its id, default severity and description.

Options:
  -f, --format NAME        table (default) or json
  -h, --help               show this help`;

const EXPLAIN_HELP = `Usage: stsplan explain RULE

Show a rule's documentation: what it checks, why, examples and how to fix.

Options:
  -h, --help               show this help`;

const COMMANDS = ['lint', 'plan', 'rules', 'explain', 'help'] as const;
const HELP: Record<string, string> = { lint: LINT_HELP, plan: PLAN_HELP, rules: RULES_HELP, explain: EXPLAIN_HELP, help: GLOBAL_HELP };

class UsageError extends Error {}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with positionals, and a mistyped option named with the closest one:
 * "Unknown option --formta. Did you mean --format?".
 */
function parse<O extends OptionSpec>(args: string[], options: O): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>> {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (e) {
    const m = /^Unknown option '([^']*)'/.exec((e as Error).message);
    if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) {
      const given = m[1]!.replace(/=.*$/, '');
      const names = [...Object.keys(options).map((k) => `--${k}`), '--help', '--color', '--no-color'];
      throw new UsageError(`Unknown option ${given}.${given.startsWith('--') ? didYouMean(given, names) : ''}`);
    }
    throw e;
  }
}

/** Where repository-relative paths start: the Actions workspace, else the git top level, else cwd. */
async function reportRoot(cwd: string): Promise<string> {
  if (process.env.GITHUB_WORKSPACE) return resolve(process.env.GITHUB_WORKSPACE);
  const { gitTopLevel } = await import('./git.js');
  return gitTopLevel(cwd) ?? cwd;
}

/** Maps a finding's template onto a file of the repository: a kustomize origin path (--kustomize), else a Helm template. */
async function templateResolver(root: string, cwd: string, chartDir: string | undefined, kustomizeDir: string | undefined): Promise<TemplateResolver> {
  const helm = helmTemplateResolver(root, cwd, chartDir);
  if (kustomizeDir === undefined) return helm;
  const { originResolver } = await import('./render.js');
  return originResolver(root, resolve(cwd, kustomizeDir), helm);
}

const COMMON = {
  'kube-version': { type: 'string' as const },
  'feature-gates': { type: 'string' as const },
  cluster: { type: 'string' as const },
  namespace: { type: 'string' as const },
  config: { type: 'string' as const },
  'no-config': { type: 'boolean' as const, default: false },
  'ignore-pattern': { type: 'string' as const, multiple: true as const, default: [] as string[] },
  from: { type: 'string' as const, multiple: true as const, default: [] as string[] },
  base: { type: 'string' as const },
  debug: { type: 'boolean' as const, default: false },
  'max-aliases': { type: 'string' as const },
  'max-alias-expansion': { type: 'string' as const },
  'max-depth': { type: 'string' as const },
  'max-file-bytes': { type: 'string' as const },
  'max-document-bytes': { type: 'string' as const },
  render: { type: 'string' as const },
  helm: { type: 'string' as const },
  values: { type: 'string' as const, multiple: true as const, default: [] as string[] },
  'helm-release': { type: 'string' as const },
  kustomize: { type: 'string' as const },
  'render-timeout': { type: 'string' as const },
};

/** A render command (--render, --helm or --kustomize) and how it runs here: in `cwd`, with its time limit and output bound. */
interface Rendering {
  spec: RenderSpec;
  options: RenderOptions;
}

/** The render command of --render, --helm or --kustomize (src/cli/render.ts), run in `cwd`; undefined without one. */
async function renderChoice(values: { render?: string; helm?: string; values?: string[]; 'helm-release'?: string; kustomize?: string; 'render-timeout'?: string }, positionals: string[], cwd: string, maxFileBytes: number | undefined): Promise<Rendering | undefined> {
  if (values.render === undefined && values.helm === undefined && values.kustomize === undefined && !values.values?.length && values['helm-release'] === undefined) {
    if (values['render-timeout'] !== undefined) throw new UsageError('--render-timeout goes with --render, --helm or --kustomize');
    return undefined;
  }
  const { renderSpec, DEFAULT_RENDER_TIMEOUT } = await import('./render.js');
  const spec = renderSpec({ render: values.render, helm: values.helm, values: values.values, helmRelease: values['helm-release'], kustomize: values.kustomize });
  if (!spec) return undefined;
  // The command decides what is read: paths beside it would be a second, unrelated input.
  if (positionals.length) throw new UsageError(`${spec.option} reads what the command prints: give no paths (got ${positionals.join(' ')}); lint or plan files in a run of their own`);
  const timeoutSeconds = values['render-timeout'] === undefined ? DEFAULT_RENDER_TIMEOUT : positiveInteger('render-timeout', values['render-timeout'], 'a positive number of seconds');
  // A timer's delay is a 32-bit number of milliseconds: a longer one would fire at once.
  if (timeoutSeconds > 2_147_483) throw new UsageError(`invalid --render-timeout "${values['render-timeout']}": at most 2147483 seconds`);
  return { spec, options: { cwd, timeoutSeconds, maxBytes: maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes } };
}

const LIMIT_FLAGS = [
  ['max-aliases', 'maxAliasCount'],
  ['max-alias-expansion', 'maxAliasExpansion'],
  ['max-depth', 'maxDepth'],
  ['max-file-bytes', 'maxFileBytes'],
  ['max-document-bytes', 'maxDocumentBytes'],
] as const;

/** The loader's limits from --max-aliases, --max-alias-expansion, --max-depth, --max-file-bytes, --max-document-bytes. */
function parseLimits(values: Partial<Record<(typeof LIMIT_FLAGS)[number][0], string>>): Partial<LoadLimits> {
  const limits: Partial<LoadLimits> = {};
  for (const [flag, key] of LIMIT_FLAGS) {
    const v = values[flag];
    if (v === undefined) continue;
    limits[key] = positiveInteger(flag, v);
    // Deeper nesting would overflow the stack of the YAML library's recursive composer (MAX_DEPTH).
    if (key === 'maxDepth' && limits[key] > MAX_DEPTH) throw new UsageError(`invalid --${flag} "${v}": expected a positive integer up to ${MAX_DEPTH}`);
  }
  return limits;
}

/** A flag's value as a positive integer, or a usage error naming the flag. */
function positiveInteger(flag: string, value: string, expected = 'a positive integer'): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`invalid --${flag} "${value}": expected ${expected}`);
  return n;
}

interface Common {
  cwd: string;
  config: Config | undefined;
  kubeVersion: string | undefined;
  featureGates: FeatureGates;
  cluster: ClusterProfile | undefined;
  namespace: string | undefined;
  limits: Partial<LoadLimits>;
  /** What walking skips: .gitignore, the config's ignore:, --ignore-pattern. */
  ignores: Ignores;
  /** Files read besides the manifests: the config file, a --cluster file. */
  files: string[];
}

function commonOptions(values: { 'kube-version'?: string; 'feature-gates'?: string; cluster?: string; namespace?: string; config?: string; 'no-config'?: boolean; 'ignore-pattern'?: string[] } & Parameters<typeof parseLimits>[0]): Common {
  const cwd = process.cwd();
  let config: Config | undefined;
  if (!values['no-config']) {
    const path = values.config ? resolve(cwd, values.config) : findConfig(cwd);
    if (path) {
      const c = loadConfig(path);
      if (typeof c === 'string') throw new UsageError(c);
      config = c;
    }
  }
  let featureGates = config?.featureGates ?? {};
  if (values['feature-gates']) {
    const g = parseFeatureGates(values['feature-gates']);
    if (typeof g === 'string') throw new UsageError(g);
    featureGates = { ...featureGates, ...g };
  }
  const kubeVersion = values['kube-version'] ?? config?.kubeVersion;
  const clusterArg = values.cluster ?? config?.cluster;
  const cluster = clusterArg ? resolveCluster(clusterArg, cwd, kubeVersion) : undefined;
  if (typeof cluster === 'string') throw new UsageError(cluster);
  const ignores = new Ignores({ cwd, patterns: values['ignore-pattern'] ?? [], ...(config?.ignore.length ? { config: { dir: dirname(config.path), patterns: config.ignore } } : {}) });
  const files = [...(config ? [config.path] : []), ...(clusterArg && !(BUILTIN_PROFILES as readonly string[]).includes(clusterArg) ? [resolve(cwd, clusterArg)] : [])];
  return { cwd, config, kubeVersion, featureGates, cluster, namespace: values.namespace ?? config?.namespace, limits: parseLimits(values), ignores, files };
}

/**
 * Refuses to write an output over an input of the run (`plan web.yaml -o web.yaml`), before
 * anything is written. Files are compared by device and inode, so that another spelling
 * (`./k8s/../web.yaml`), a symbolic link or a hard link to an input is that input too.
 */
function refuseInputs(outputs: string[], inputs: Iterable<string>, cwd: string): void {
  const ids = new Map<string, string>();
  for (const o of outputs) {
    try {
      const st = statSync(resolve(cwd, o));
      ids.set(`${st.dev}:${st.ino}`, o);
    } catch {
      // not there yet: not an input
    }
  }
  if (ids.size === 0) return;
  for (const f of inputs) {
    let id: string;
    try {
      const st = statSync(resolve(cwd, f));
      id = `${st.dev}:${st.ino}`;
    } catch {
      continue;
    }
    const o = ids.get(id);
    if (o !== undefined) throw new UsageError(`refusing to write ${o}: it is an input (${displayPath(resolve(cwd, f), cwd)}); give another --output file`);
  }
}

/** Writes an output file; a failure is the user's to fix (no such directory, a directory), not an internal error. */
function writeOutput(cwd: string, file: string, text: string): void {
  try {
    writeFileSync(resolve(cwd, file), text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

/** writeOutput for a text made in chunks: one chunk in memory at a time. */
function writeOutputChunks(cwd: string, file: string, chunks: Iterable<string>): void {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(cwd, file), 'w');
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The run's standard output (./stdout.ts: process.stdout only for a terminal). */
const out = stdout();

/** The files named on the command line (not found by walking), whose neighbours are context. */
function namedFiles(expanded: { files: string[]; discovered: Set<string> }): string[] {
  return expanded.files.filter((f) => !expanded.discovered.has(f));
}

/** Reads paths as the linter does; returns engine inputs and the errors of unreadable ones. */
async function readPaths(paths: string[], cwd: string, ignores: Ignores, maxFileBytes?: number): Promise<{ inputs: LintInput[]; errors: InputError[]; warnings: InputWarning[]; files: string[] }> {
  const expanded = await expandPaths(paths, cwd, ignores);
  const stdin = expanded.stdin ? await readStdin(maxFileBytes) : null;
  const { inputs, errors } = buildInputs(expanded, [], cwd, stdin, maxFileBytes);
  return { inputs, errors: [...expanded.errors, ...errors], warnings: expanded.warnings, files: expanded.files };
}

/** The earlier state from --from or --base, or null. */
async function earlierState(from: string[], base: string | undefined, positionals: string[], cwd: string, ignores: Ignores, maxFileBytes?: number, render?: Rendering): Promise<{ inputs: LintInput[]; errors: InputError[]; warnings: InputWarning[]; files?: string[]; revisions?: LintReport['revisions'] } | null> {
  if (from.length && base) throw new UsageError('give either --from or --base, not both');
  if (base && render) {
    // The same command, run in an export of the revision (never a checkout of this tree).
    const { renderBase } = await import('./render.js');
    const inputs = await renderBase(render.spec, base, render.options, (s) => process.stderr.write(s));
    return { inputs, errors: [], warnings: [] };
  }
  if (from.length) {
    const r = await readPaths(from, cwd, ignores, maxFileBytes);
    return { inputs: r.inputs.map((i) => ({ ...i, reportable: true })), errors: r.errors, warnings: r.warnings, files: r.files };
  }
  if (base) {
    if (positionals.includes('-')) throw new UsageError('--base cannot be used with stdin: give the paths');
    const { GitError, manifestsAtRevision } = await import('./git.js');
    try {
      await ignores.load();
      return { ...manifestsAtRevision(base, positionals, cwd, ignores, maxFileBytes), warnings: [] };
    } catch (e) {
      if (e instanceof GitError) throw new UsageError(e.message);
      throw e;
    }
  }
  return null;
}

/**
 * --concurrency, as ESLint's: a number of threads, off (this thread only) or auto. Auto is half
 * the cores, as in ESLint: V8's garbage collector and optimizing compiler already keep a second
 * core busy, and on 2 cores a worker thread measured no faster (see README, Performance).
 */
function parseConcurrency(value: string): number {
  if (value === 'off') return 1;
  if (value === 'auto') return Math.max(1, Math.floor(availableParallelism() / 2));
  return positiveInteger('concurrency', value, 'a positive integer, auto or off');
}

async function runLint(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
      ...COMMON,
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o', multiple: true, default: [] },
      context: { type: 'string', multiple: true, default: [] },
      rule: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'ignore-non-kubernetes': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: 'auto' },
      'helm-chart-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
  });
  const format = values.format!;
  const { cwd, config, kubeVersion, featureGates, cluster, namespace, limits, ignores, files: readFiles } = commonOptions(values);
  const hasChart = (dir: string): boolean => {
    try {
      return statSync(resolve(cwd, dir, 'Chart.yaml'), { throwIfNoEntry: false })?.isFile() === true;
    } catch {
      return false; // a file, not a directory (ENOTDIR)
    }
  };
  // --helm CHART is the chart `# Source:` paths are found in, unless --helm-chart-dir says otherwise.
  const chartDir = values['helm-chart-dir'] ?? (values.helm !== undefined && hasChart(values.helm) ? values.helm : undefined);
  if (chartDir !== undefined && !hasChart(chartDir)) throw new UsageError(`--helm-chart-dir ${chartDir}: no Chart.yaml there`);
  const rules: Record<string, SeveritySetting> = { ...config?.rules };
  for (const r of values.rule!) {
    const m = /^([a-z0-9.-]+)=([a-z]+)$/.exec(r);
    const severity = m ? parseSeverity(m[2]!) : undefined;
    if (!m || severity === undefined) throw new UsageError(`invalid --rule "${r}": expected ID=off|info|warn|error${m ? didYouMean(m[2]!, SEVERITY_WORDS) : ''}`);
    const known = RULE_IDS();
    if (!known.includes(m[1]!)) throw new UsageError(`unknown rule "${m[1]}" in --rule.${didYouMean(m[1]!, known)}`);
    rules[m[1]!] = severity;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings must be a non-negative integer');
  }

  const rendering = await renderChoice(values, positionals, cwd, limits.maxFileBytes);
  const paths = positionals.length ? positionals : [];
  if (paths.length === 0 && !rendering) throw new UsageError('no input: give files, directories, globs, or - for stdin (or --render CMD, --helm CHART, --kustomize DIR)');
  const expanded = rendering ? { files: [], discovered: new Set<string>(), charts: [], stdin: false, errors: [], warnings: [] } : await expandPaths(paths, cwd, ignores);
  const ioErrors: InputError[] = [...expanded.errors];
  const ioWarnings: InputWarning[] = [...expanded.warnings];
  // Explicit context is shared by every input; sibling files belong to their own directory's application.
  const shared: string[] = [];
  for (const c of [...(config?.context ?? []), ...values.context!.map((p) => resolve(cwd, p))]) {
    let isDir: boolean;
    try {
      isDir = statSync(c).isDirectory();
    } catch {
      throw new UsageError(`--context ${c}: no such file or directory`);
    }
    if (isDir) {
      const walked = await walkDirectory(c, ignores);
      shared.push(...walked.files);
      ioWarnings.push(...walked.warnings);
    } else shared.push(c);
  }
  const contextFiles: string[] = [...shared, ...(await siblingFiles(namedFiles(expanded), ignores))];
  const stdin = expanded.stdin ? await readStdin(limits.maxFileBytes) : null;
  const { inputs, errors } = buildInputs(expanded, contextFiles, cwd, stdin, limits.maxFileBytes, new Set(shared));
  ioErrors.push(...errors);
  if (rendering) inputs.unshift(await (await import('./render.js')).renderHead(rendering.spec, rendering.options));
  const options: LintOptions = { rules, featureGates, ignoreNonKubernetes: values['ignore-non-kubernetes']!, threads: parseConcurrency(values.concurrency!), limits };
  if (kubeVersion) options.kubeVersion = kubeVersion;
  if (cluster) options.cluster = cluster;
  if (namespace) options.defaultNamespace = namespace;
  const earlier = await earlierState(values.from!, values.base, paths, cwd, ignores, limits.maxFileBytes, rendering);
  if (earlier) {
    options.base = earlier.inputs;
    ioErrors.push(...earlier.errors);
    ioWarnings.push(...earlier.warnings);
  }
  // --output FILE writes --format to FILE (stylish stays on stdout); --output FORMAT:FILE writes
  // FORMAT to FILE (--format stays on stdout). Repeatable, as golangci-lint's outputs are.
  const outputs = values.output!.map((o) => {
    const m = /^([a-z]+):(.+)$/.exec(o);
    return m && (BUILTIN_LINT_FORMATS as readonly string[]).includes(m[1]!) ? { format: m[1]!, file: m[2]!, named: true } : { format, file: o, named: false };
  });
  refuseInputs(outputs.map((o) => o.file), [...expanded.files, ...contextFiles, ...(earlier?.files ?? []), ...readFiles], cwd);
  options.readProblems = [...ioErrors, ...ioWarnings.map((w) => ({ ...w, file: displayPath(w.file, cwd) }))];
  const report = await lint(inputs, options);
  // The revision of each --base file, also of those that could not be read (machine formats name the working tree's file).
  if (earlier?.revisions) report.revisions = { ...report.revisions, ...earlier.revisions };
  respell(report, givenSpelling(paths, cwd), cwd);
  // No manifest at all is worth a word (a mistyped directory, files all ignored), not a failure:
  // the Action and the hook run on repositories that may hold none yet. ESLint instead exits 2
  // with "No files matching the pattern" (errorOnUnmatchedPattern); kubeconform exits 0.
  if (report.inputErrorCount === 0 && report.files.every((f) => f.objects.length === 0) && !report.files.some((f) => f.diagnostics.length)) {
    if (rendering) process.stderr.write(`stsplan: no Kubernetes manifest found in what ${rendering.spec.option} printed (\`${printable(rendering.spec.display)}\`)\n`);
    else process.stderr.write(`stsplan: no Kubernetes manifest found in ${paths.map((p) => printable(p)).join(' ')} (looked for .yaml, .yml and .json files with apiVersion and kind)\n`);
  }
  const plainOutput = outputs.some((o) => !o.named);
  const stdoutFormat = plainOutput ? 'stylish' : format;
  const needsRoot = [stdoutFormat, ...outputs.map((o) => o.format)].some((f) => f === 'sarif' || f === 'github');
  const root = needsRoot ? await reportRoot(cwd) : cwd;
  const columns = out.terminal ? out.tty!.columns : Number(process.env.COLUMNS) || undefined;
  // Findings in `helm template` output annotate their template's file (src/load/helm-source.ts).
  const ctx = { cwd, root, verbose: values.verbose!, maxWarnings, colour: colour.stdout || colour.forced, ...(columns ? { columns } : {}), ...(needsRoot ? { templates: await templateResolver(root, cwd, chartDir, rendering?.spec.kustomizeDir) } : {}) };
  // --quiet, as ESLint's: the report shows errors only, in every format; the exit code and
  // --max-warnings count from the whole report (eslint/eslint lib/cli.js: resultsToPrint is
  // getErrorResults(results), countErrors(results) decides).
  const shownReport = values.quiet ? errorsOnly(report) : report;
  const rendered = new Map<string, string>();
  const render = async (f: string): Promise<string> => {
    let text = rendered.get(f);
    if (text === undefined) {
      try {
        text = await formatReport(f, shownReport, ctx);
      } catch (e) {
        if (e instanceof FormatterError) throw new UsageError(e.message);
        throw e;
      }
      rendered.set(f, text);
    }
    return text;
  };
  // Files are no terminal: colour codes only when forced (--color, FORCE_COLOR).
  for (const o of outputs) writeOutput(cwd, o.file, colour.forced ? await render(o.format) : stripEscapes(await render(o.format)));
  out.write(colour.stdout ? await render(stdoutFormat) : stripEscapes(await render(stdoutFormat)));
  if (report.inputErrorCount > 0) return 2;
  if (report.errorCount > 0) return 1;
  if (maxWarnings >= 0 && report.warningCount > maxWarnings) return 1;
  return 0;
}

/** The report with only its errors, counts to match (--quiet). */
function errorsOnly(report: LintReport): LintReport {
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })),
    warningCount: 0,
    infoCount: 0,
  };
}

/**
 * How the user spelled the paths: a file named on the command line is printed as written
 * (./k8s/web.yaml, ../x/web.yaml, /abs/web.yaml), a file found in a directory as the directory
 * was written joined with the rest (../x/web.yaml), except under "." (web.yaml, as before).
 * Returns undefined for files no argument names (globs, links out of the tree): they keep the
 * default, relative to the working directory.
 */
function givenSpelling(paths: string[], cwd: string): (abs: string) => string | undefined {
  const args = paths.filter((p) => p !== '-').map((p) => ({ given: p, abs: resolve(cwd, p) }));
  return (abs) => {
    for (const a of args) if (a.abs === abs) return a.given;
    let best: { given: string; abs: string } | undefined;
    for (const a of args) if (abs.startsWith(a.abs.endsWith(sep) ? a.abs : a.abs + sep) && (!best || a.abs.length > best.abs.length)) best = a;
    if (!best) return undefined;
    const rest = relative(best.abs, abs);
    if (best.abs === cwd) return rest;
    const dir = best.given.replace(/[/\\]+$/, '');
    return `${dir === '' ? '/' : `${dir}/`}${rest.split(sep).join('/')}`;
  };
}

/** Rewrites the report's file paths (files, diagnostics, related locations) as the user gave them. */
function respell(report: LintReport, spell: (abs: string) => string | undefined, cwd: string): void {
  const as = (p: string): string => (isStreamName(p) || report.revisions?.[p] ? p : (spell(resolve(cwd, p)) ?? p));
  for (const f of report.files) {
    f.path = as(f.path);
    for (const d of f.diagnostics) {
      if ('file' in d && typeof d.file === 'string') (d as { file: string }).file = as(d.file);
      for (const r of ('related' in d ? d.related : undefined) ?? []) r.file = as(r.file);
    }
  }
}

async function runPlan(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
      ...COMMON,
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      state: { type: 'string', multiple: true, default: [] },
      scale: { type: 'string', multiple: true, default: [] },
      'cluster-domain': { type: 'string' },
      'detailed-exitcode': { type: 'boolean', default: false },
  });
  const format = values.format!;
  if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`unknown --format "${format}": use text, markdown or json`);
  const { cwd, config, kubeVersion, featureGates, cluster, namespace, limits, ignores, files: readFiles } = commonOptions(values);
  const render = await renderChoice(values, positionals, cwd, limits.maxFileBytes);
  if (positionals.length === 0 && !render) throw new UsageError('no input: give the manifests to plan (files, directories, globs, or - for stdin; or --render CMD, --helm CHART, --kustomize DIR)');
  const scale: NonNullable<PlanOptions['scale']> = [];
  for (const s of values.scale!) {
    const m = /^(?:([a-z0-9-]+)\/)?([a-z0-9.-]+)=(\d+)$/.exec(s);
    if (!m) throw new UsageError(`invalid --scale "${s}": expected NAME=N or NAMESPACE/NAME=N`);
    // spec.replicas is an int32: kubectl scale refuses a negative count and the API server one above 2147483647.
    const replicas = Number(m[3]);
    if (replicas > MAX_INT32) throw new UsageError(`invalid --scale "${s}": N must be 0..${MAX_INT32} (spec.replicas is a 32-bit integer)`);
    scale.push({ name: m[2]!, replicas, ...(m[1] ? { namespace: m[1] } : {}) });
  }
  const sources = [values.from!.length > 0, values.base !== undefined, values.state!.length > 0].filter(Boolean).length;
  if (sources > 1) throw new UsageError('give one current state: --from, --base or --state');
  const desired = render ? { inputs: [await (await import('./render.js')).renderHead(render.spec, render.options)], errors: [], warnings: [], files: [] } : await readPaths(positionals, cwd, ignores, limits.maxFileBytes);
  const ioErrors = [...desired.errors];
  const ioWarnings = [...desired.warnings];
  const inputFiles = [...desired.files, ...readFiles];
  let current: CurrentState = null;
  if (values.state!.length) {
    const state = await readPaths(values.state!, cwd, ignores, limits.maxFileBytes);
    ioErrors.push(...state.errors);
    ioWarnings.push(...state.warnings);
    inputFiles.push(...state.files);
    current = { snapshot: state.inputs };
  } else {
    const earlier = await earlierState(values.from!, values.base, positionals, cwd, ignores, limits.maxFileBytes, render);
    if (earlier) {
      ioErrors.push(...earlier.errors);
      ioWarnings.push(...earlier.warnings);
      inputFiles.push(...(earlier.files ?? []));
      current = { manifests: earlier.inputs };
    }
  }
  if (values.output) refuseInputs([values.output], inputFiles, cwd);
  const options: PrepareOptions = { featureGates, limits };
  if (kubeVersion) options.kubeVersion = kubeVersion;
  if (cluster) options.cluster = cluster;
  if (namespace) options.defaultNamespace = namespace;
  const domain = values['cluster-domain'] ?? config?.clusterDomain;
  if (domain) options.clusterDomain = domain;
  if (scale.length) options.scale = scale;
  if (ioErrors.length) options.readErrors = ioErrors;
  const { plan } = await import('../plan/prepare.js');
  const result = await plan(current, desired.inputs, options);
  if (format === 'json') {
    // In chunks: a plan of many events is never one string (render/json.ts).
    const chunks = (await import('../plan/render/json.js')).planJsonChunks(result);
    if (values.output) writeOutputChunks(cwd, values.output, chunks);
    else await out.writeChunks(chunks);
  } else {
    const text = format === 'markdown' ? (await import('../plan/render/markdown.js')).formatPlanMarkdown(result) : (await import('../plan/render/text.js')).formatPlanText(result);
    if (values.output) writeOutput(cwd, values.output, text);
    else out.write(text);
  }
  for (const w of ioWarnings) process.stderr.write(`${printable(displayPath(w.file, cwd))}:${w.range.start.line}:${w.range.start.column}: warning: ${printable(w.message)}\n`);
  for (const e of result.inputErrors) process.stderr.write(`${printable(e.file)}:${e.range.start.line}:${e.range.start.column}: error: ${printable(e.message)}\n`);
  const detailed = values['detailed-exitcode']!;
  if (result.inputErrors.length) return detailed ? 1 : 2;
  if (!result.ok) return 1;
  if (detailed) return result.changed ? 2 : 0;
  return 0;
}

/**
 * Whether output gets colour, decided once for the whole run. In order: --color/--no-color (the
 * last given), FORCE_COLOR (0 or false: off; 1, 2, 3, true or empty: on at that level), NO_COLOR
 * (any non-empty value: off, https://no-color.org), else on when stdout is a terminal and TERM is
 * not dumb. FORCE_COLOR over NO_COLOR is Node's order (tty.WriteStream#getColorDepth).
 * `forced` is true when a flag or FORCE_COLOR turned colour on: output files get colour only then.
 */
export interface ColourChoice {
  stdout: boolean;
  forced: boolean;
  level: 1 | 2 | 3;
}

function decideColour(flag: boolean | undefined, env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean; getColorDepth?: () => number }): ColourChoice {
  const depth = stdout.isTTY && stdout.getColorDepth ? stdout.getColorDepth() : 4;
  const ttyLevel: 1 | 2 | 3 = depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
  const force = env.FORCE_COLOR;
  let forced: boolean | undefined = flag;
  let level = ttyLevel;
  if (forced === undefined && force !== undefined) {
    if (force === '0' || force === 'false') forced = false;
    else if (force === '' || force === 'true') forced = true;
    else if (/^[123]$/.test(force)) {
      forced = true;
      level = Number(force) as 1 | 2 | 3;
    }
  }
  if (forced !== undefined) return { stdout: forced, forced, level };
  if (env.NO_COLOR) return { stdout: false, forced: false, level };
  return { stdout: stdout.isTTY === true && env.TERM !== 'dumb', forced: false, level };
}

/**
 * Makes the terminal libraries the ESLint formatters use follow the decision: chalk
 * (supports-color) and yoctocolors (log-symbols) read FORCE_COLOR when they are first imported,
 * which is after this (eslint-formatter-pretty is imported when a report is rendered);
 * supports-hyperlinks reads FORCE_HYPERLINK. yoctocolors asks tty.WriteStream.prototype.hasColors(),
 * which looks at TERM and not at whether stdout is a terminal: without this, `stsplan lint | less`
 * got colour codes whenever TERM was set.
 */
function applyColour(c: ColourChoice): void {
  const on = c.stdout || c.forced;
  process.env.FORCE_COLOR = on ? String(c.level) : '0';
  if (!on || !c.stdout) process.env.FORCE_HYPERLINK = '0';
}

/** Removes what an ESLint formatter's terminal libraries write: SGR colour codes and OSC 8 hyperlinks. */
export function stripEscapes(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '');
}

/** --color and --no-color, before a `--`, taken out of the arguments; the last one given wins. */
function colourFlag(argv: string[]): { argv: string[]; flag: boolean | undefined } {
  let flag: boolean | undefined;
  const rest: string[] = [];
  let ended = false;
  for (const a of argv) {
    if (!ended && a === '--') ended = true;
    if (!ended && (a === '--color' || a === '--no-color')) flag = a === '--color';
    else rest.push(a);
  }
  return { argv: rest, flag };
}

let colour: ColourChoice = { stdout: false, forced: false, level: 1 };

/** -h or --help among the arguments, before a `--`. */
function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

function unknownCommand(command: string): UsageError {
  return new UsageError(`unknown command "${command}".${didYouMean(command, COMMANDS)}`);
}

async function runRules(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f', default: 'table' } });
  if (positionals.length) throw new UsageError(`stsplan rules takes no arguments; to read a rule's documentation: stsplan explain ${positionals[0]}`);
  const { rules } = await import('../../rules/index.js');
  const { formatRulesJson, formatRulesTable } = await import('../lint/format/rule-doc.js');
  const metas = rules.map((r) => r.meta);
  if (values.format === 'json') out.write(formatRulesJson(metas));
  else if (values.format === 'table') out.write(formatRulesTable(metas));
  else throw new UsageError(`unknown --format "${values.format}": use table or json.${didYouMean(String(values.format), ['table', 'json'])}`);
  return 0;
}

async function runExplain(argv: string[]): Promise<number> {
  const { positionals } = parse(argv, {});
  if (positionals.length !== 1) throw new UsageError('give one rule id: stsplan explain RULE (stsplan rules lists them)');
  const id = positionals[0]!;
  const { rules } = await import('../../rules/index.js');
  const ids = rules.map((r) => r.meta.id);
  if (!ids.includes(id)) throw new UsageError(`unknown rule "${id}".${didYouMean(id, ids)} ("stsplan rules" lists them)`);
  const text = ruleDocText(id) ?? '';
  const { renderRuleDoc } = await import('../lint/format/rule-doc.js');
  out.write(renderRuleDoc(text));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const flags = colourFlag(argv);
  colour = decideColour(flags.flag, process.env, out.tty ?? {});
  applyColour(colour);
  argv = flags.argv;
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (command === undefined || command === '-h' || command === '--help') {
      out.write(GLOBAL_HELP + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      if (topic !== undefined && !HELP[topic]) throw unknownCommand(topic);
      out.write((topic ? HELP[topic]! : GLOBAL_HELP) + '\n');
      return 0;
    }
    if (command === '-v' || command === '--version') {
      out.write(packageVersion() + '\n');
      return 0;
    }
    if (!HELP[command]) throw unknownCommand(command);
    if (wantsHelp(rest)) {
      out.write(HELP[command]! + '\n');
      return 0;
    }
    if (command === 'lint') return await runLint(rest);
    if (command === 'plan') return await runPlan(rest);
    if (command === 'rules') return await runRules(rest);
    return await runExplain(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof OptionsError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Messages echo arguments and paths: written with escapes for what a terminal would act on.
      const help = command && HELP[command] && command !== 'help' ? `stsplan ${command} --help` : 'stsplan --help';
      process.stderr.write(`stsplan: ${printable((e as Error).message)}\nRun "${help}" for usage.\n`);
      return 2;
    }
    if ((e as Error).name === 'RenderError') {
      // A render that failed (a missing tool, the command's exit status, a time-out): its message
      // holds the command's stderr, one escaped line each.
      process.stderr.write(`stsplan: ${(e as Error).message.split('\n').map(printable).join('\n')}\n`);
      return 2;
    }
    process.stderr.write(`stsplan: internal error: ${printable((e as Error).message ?? String(e))}\n`);
    if (debug) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    else process.stderr.write('Run with --debug for details, and please report this.\n');
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
