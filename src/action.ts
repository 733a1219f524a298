/**
 * The GitHub Action's entry point (action.yml runs it): lint with workflow annotations and an
 * optional SARIF file, plan against the pull request's base, write both to the job summary, set
 * the outputs. A thin shell around the CLI, which it runs as a child process so the action behaves
 * exactly as `stsplan` does on a laptop.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeData } from './formatters/github.js';
import { formatPlanMarkdown } from './formatters/plan-markdown.js';
import { printable } from './printable.js';
import type { Plan } from './planner/types.js';
import { DIST } from './version.js';

const CLI = fileURLToPath(new URL('cli.js', DIST));

interface Env {
  [name: string]: string | undefined;
}

/** An input as the runner passes it (`INPUT_KUBE-VERSION`), or as action.yml's env maps it (`INPUT_KUBE_VERSION`). */
function input(env: Env, name: string): string {
  const upper = name.toUpperCase();
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

function setOutput(env: Env, values: Record<string, string | number | boolean>): void {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(values).map(([k, v]) => `${k}=${String(v)}\n`).join(''));
}

function summary(env: Env, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** `origin/main` exists, or is fetched (a shallow fetch of the one commit is all `--base` reads). */
function ensureRevision(ref: string, cwd: string, log: (s: string) => void): void {
  const has = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd }).status === 0;
  if (has) return;
  const m = /^([^/]+)\/(.+)$/.exec(ref);
  if (!m) return;
  log(`stsplan: fetching ${ref} for the plan`);
  spawnSync('git', ['fetch', '--no-tags', '--depth=1', m[1]!, `+refs/heads/${m[2]}:refs/remotes/${m[1]}/${m[2]}`], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface ActionResult {
  exitCode: number;
}

export function runAction(env: Env, io: { stdout: (s: string) => void; stderr: (s: string) => void }): ActionResult {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = input(env, 'paths').split(/\s+/).filter(Boolean);
  if (!paths.length) paths.push('.');
  const common: string[] = [];
  for (const [name, flag] of [['kube-version', '--kube-version'], ['cluster', '--cluster'], ['feature-gates', '--feature-gates'], ['config', '--config']] as const) {
    const v = input(env, name);
    if (v) common.push(flag, v);
  }
  const failOn = input(env, 'fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) {
    io.stderr(`::error title=stsplan::${escapeData(printable(`fail-on must be error, warning or never, not "${failOn}"`))}\n`);
    return { exitCode: 2 };
  }
  const sarifFile = input(env, 'sarif-file');
  const scratch = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'stsplan-'));
  const runCli = (args: string[]): { status: number; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env, FORCE_COLOR: '0' } as NodeJS.ProcessEnv });
    return { status: r.status ?? 2, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  try {
    // Lint: annotations on stdout (the runner turns them into PR annotations), JSON for the counts.
    const lintJson = join(scratch, 'lint.json');
    const lintArgs = ['lint', ...paths, ...common, '--format', 'github', '--output', `json:${lintJson}`];
    if (sarifFile) lintArgs.push('--output', `sarif:${resolve(cwd, sarifFile)}`);
    if (input(env, 'ignore-non-kubernetes') === 'true') lintArgs.push('--ignore-non-kubernetes');
    const lint = runCli(lintArgs);
    io.stdout(lint.stdout);
    io.stderr(lint.stderr);
    let errors = 0;
    let warnings = 0;
    let inputErrors = 0;
    try {
      const results = JSON.parse(readFileSync(lintJson, 'utf8')) as { errorCount: number; warningCount: number; fatalErrorCount: number; messages: { level?: string }[] }[];
      for (const r of results) {
        errors += r.errorCount;
        warnings += r.warningCount;
        inputErrors += r.fatalErrorCount;
      }
    } catch {
      io.stderr(`::error title=stsplan::${escapeData(printable(`stsplan lint did not run: ${lint.stderr.split('\n')[0]}`))}\n`);
      return { exitCode: 2 };
    }
    const lintLine = `**stsplan lint:** ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${inputErrors ? ` (${inputErrors} input error${inputErrors === 1 ? '' : 's'})` : ''}`;
    summary(env, `${lintLine}\n`);

    // Plan: against the given base, else the pull request's base branch.
    const wantPlan = (input(env, 'plan') || 'true') === 'true';
    const base = input(env, 'base-ref') || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '');
    let planOk = true;
    const outputs: Record<string, string | number | boolean> = { errors, warnings, 'input-errors': inputErrors };
    if (wantPlan) {
      if (base) ensureRevision(base, cwd, (s) => io.stderr(`${s}\n`));
      const planJson = join(scratch, 'plan.json');
      const planArgs = ['plan', ...paths, ...common, '--format', 'json', '--output', planJson, ...(base ? ['--base', base] : [])];
      const domain = input(env, 'cluster-domain');
      if (domain) planArgs.push('--cluster-domain', domain);
      const planned = runCli(planArgs);
      io.stderr(planned.stderr);
      let plan: Plan | undefined;
      try {
        plan = JSON.parse(readFileSync(planJson, 'utf8')) as Plan;
      } catch {
        io.stderr(`::error title=stsplan plan::${escapeData(printable(planned.stderr.split('\n')[0] || 'the plan did not run'))}\n`);
        planOk = false;
      }
      if (plan) {
        const markdown = formatPlanMarkdown(plan);
        const planFile = join(scratch, 'plan.md');
        writeFileSync(planFile, markdown);
        summary(env, `\n${base ? '' : '_No base revision: planned from an empty cluster._\n\n'}${markdown}`);
        planOk = plan.ok;
        const s = plan.summary;
        Object.assign(outputs, {
          'plan-changed': plan.changed,
          'plan-ok': plan.ok,
          'plan-summary': s.text,
          'pods-created': s.podsCreated,
          'pods-deleted': s.podsDeleted,
          'pods-replaced': s.podsReplaced,
          'pvcs-created': s.pvcsCreated,
          'pvcs-deleted': s.pvcsDeleted,
          'plan-markdown-file': planFile,
        });
        if (!plan.ok) io.stdout(`::error title=stsplan plan::${plan.summary.rejected ? `${plan.summary.rejected} change(s) would be rejected by the API server` : 'a rollout would get stuck'}; see the job summary\n`);
      }
    }
    if (sarifFile) outputs['sarif-file'] = resolve(cwd, sarifFile);
    setOutput(env, outputs);
    if (inputErrors > 0) return { exitCode: 2 };
    if (failOn === 'never') return { exitCode: 0 };
    if (errors > 0 || !planOk || (failOn === 'warning' && warnings > 0)) return { exitCode: 1 };
    return { exitCode: 0 };
  } finally {
    // The plan Markdown stays for later steps (a PR comment); the rest goes.
    rmSync(join(scratch, 'lint.json'), { force: true });
    rmSync(join(scratch, 'plan.json'), { force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { exitCode } = runAction(process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
  process.exitCode = exitCode;
}
