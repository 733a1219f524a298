#!/usr/bin/env node
/**
 * The command line: parse arguments, read inputs, call the library, print, set the exit code.
 * Exit codes: 0 clean, 1 findings fail the run, 2 bad input or bad command line.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lint, OptionsError, type LintOptions } from './engine.js';
import { buildInputs, expandPaths, readStdin, siblingFiles, walk } from './files.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { toEslintResults } from './formatters/eslint.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import { resolveCluster } from './cluster.js';
import { parseFeatureGates } from './k8s/versions.js';
import type { InputError, SeveritySetting } from './types.js';
import { resolve } from 'node:path';

const USAGE = `Usage: stsplan <command> [options] [PATH...]

Commands:
  lint [PATH...]     check manifests (files, directories, globs, - for stdin)

Options for lint:
  -f, --format NAME        stylish (default) or json
  -o, --output FILE        also write the report in --format to FILE; stylish still goes to stdout
      --kube-version V     target Kubernetes version, 1.29 to 1.36 (default 1.36)
      --feature-gates G    e.g. MaxUnavailableStatefulSet=true
      --cluster NAME|FILE  cluster profile: eks, gke, aks, kind, minikube, or a StorageClass file
      --context PATH       load PATH for cross-references without reporting on it (repeatable)
      --namespace NS       namespace of objects that set none (default "default")
      --rule ID=SEVERITY   override a rule: off, info, warning, error (repeatable)
      --max-warnings N     fail when there are more than N warnings
      --config FILE        config file (default: .stsplan.yaml found upward)
      --no-config          ignore config files
      --verbose            show info-level findings
      --debug              show stack traces of internal errors
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 input that could not be read or parsed,
or a wrong command line.`;

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function runLint(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      'kube-version': { type: 'string' },
      'feature-gates': { type: 'string' },
      cluster: { type: 'string' },
      context: { type: 'string', multiple: true, default: [] },
      namespace: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  const cwd = process.cwd();
  const format = values.format!;
  if (!['stylish', 'json'].includes(format)) throw new UsageError(`unknown --format "${format}": use stylish or json`);
  let config: Config | undefined;
  if (!values['no-config']) {
    const path = values.config ? resolve(cwd, values.config) : findConfig(cwd);
    if (path) {
      const c = loadConfig(path);
      if (typeof c === 'string') throw new UsageError(c);
      config = c;
    }
  }
  const rules: Record<string, SeveritySetting> = { ...config?.rules };
  for (const r of values.rule!) {
    const m = /^([a-z0-9.-]+)=(off|info|warning|error)$/.exec(r);
    if (!m) throw new UsageError(`invalid --rule "${r}": expected ID=off|info|warning|error`);
    rules[m[1]!] = m[2] as SeveritySetting;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings must be a non-negative integer');
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

  const paths = positionals.length ? positionals : [];
  if (paths.length === 0) throw new UsageError('no input: give files, directories, globs, or - for stdin');
  const expanded = await expandPaths(paths, cwd);
  const contextFiles: string[] = siblingFiles(expanded.files);
  const ioErrors: InputError[] = [...expanded.errors];
  for (const c of [...(config?.context ?? []), ...values.context!.map((p) => resolve(cwd, p))]) {
    try {
      if (statSync(c).isDirectory()) contextFiles.push(...walk(c, []));
      else contextFiles.push(c);
    } catch {
      throw new UsageError(`--context ${c}: no such file or directory`);
    }
  }
  const stdin = expanded.stdin ? readStdin() : null;
  const { inputs, errors } = buildInputs(expanded.files, contextFiles, cwd, stdin);
  ioErrors.push(...errors);
  const options: LintOptions = { rules, featureGates };
  if (kubeVersion) options.kubeVersion = kubeVersion;
  if (cluster) options.cluster = cluster;
  if (values.namespace ?? config?.namespace) options.defaultNamespace = (values.namespace ?? config?.namespace)!;
  const report = await lint(inputs, options);
  for (const e of ioErrors) {
    report.files.push({ path: e.file, diagnostics: [e] });
    report.errorCount++;
    report.inputErrorCount++;
  }
  const results = toEslintResults(report, { cwd, includeInfo: format === 'json' || values.verbose! });
  const text = format === 'json' ? formatJson(results) : await formatStylish(results, report.rules);
  process.stdout.write(text);
  if (values.output) {
    writeFileSync(resolve(cwd, values.output), formatJson(results));
  }
  if (report.inputErrorCount > 0) return 2;
  if (report.errorCount > 0) return 1;
  if (maxWarnings >= 0 && report.warningCount > maxWarnings) return 1;
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      process.stdout.write(version() + '\n');
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (command === 'lint') return await runLint(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof OptionsError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`stsplan: ${(e as Error).message}\nRun "stsplan --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`stsplan: internal error: ${(e as Error).message ?? String(e)}\n`);
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
