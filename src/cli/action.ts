/**
 * The GitHub Action's entry point (action.yml: `runs: using: node24`): lint with workflow
 * annotations (on the pull request's changed files by default) and an optional SARIF file, plan
 * against the pull request's base, write findings and plan to the job summary, write the plan
 * comment (within GitHub's size limit, with a marker) and post or update it when given a token,
 * set the outputs. A thin shell around the CLI, which it runs as a child process so the action
 * behaves exactly as `stsplan` does on a laptop.
 *
 * Inputs come as the runner passes them to a JavaScript action: `INPUT_` and the name upper-cased
 * with spaces as `_` and hyphens kept (`INPUT_KUBE-VERSION`), every input of action.yml with its
 * default filled in (actions/runner Handler.AddInputsToEnvironment; actions/toolkit core.getInput).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { escapeData, unescapeProperty } from '../lint/format/github.js';
import { formatPlanMarkdown, formatPlanMarkdownComment } from '../plan/render/markdown.js';
import { mdCell, mdCode, mdText } from '../text/markdown-escape.js';
import { printable } from '../text/printable.js';
import type { Plan } from '../plan/types.js';
import { DIST } from '../version.js';
import { isStreamName } from '../types.js';

const CLI = fileURLToPath(new URL('cli.cjs', DIST));

interface Env {
  [name: string]: string | undefined;
}

/** An input as the runner passes it to a JavaScript action (`INPUT_KUBE-VERSION`), as core.getInput reads it. */
function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
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

/** What GitHub shows of a step's annotations: 10 errors and 10 warnings (notices are not written). */
export const ANNOTATION_LIMIT = 10;
/** The comment's size budget, under GitHub's 65,536 characters for a comment body. */
export const COMMENT_BUDGET = 60_000;
/** A step summary over 1 MiB is not uploaded at all (actions/runner: "$GITHUB_STEP_SUMMARY upload aborted"). */
const SUMMARY_LIMIT = 1024 * 1024;

function git(args: string[], cwd: string): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return r.status === 0 ? r.stdout : undefined;
}

function readEvent(env: Env): Record<string, unknown> | undefined {
  try {
    return env.GITHUB_EVENT_PATH ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files a pull request or push changes, relative to the repository's top level, or undefined
 * for "all" (another event, no git, a revision not fetched). A pull request: the diff from the
 * merge base of `base` and HEAD (`base...HEAD`); when the checkout is too shallow for a merge base,
 * the plain diff `base HEAD`, exact for the merge commit actions/checkout checks out and a superset
 * otherwise. A push: `before..after` when `before` was fetched (fetch-depth 2 or more), else all.
 * Files changed in the working tree or untracked (written by an earlier step) count as changed.
 */
function changedFiles(env: Env, cwd: string, base: string): Set<string> | undefined {
  const top = git(['rev-parse', '--show-toplevel'], cwd)?.trim();
  if (!top) return undefined;
  let range: string[] | undefined;
  if (env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target') {
    if (!base) return undefined;
    range = git(['merge-base', base, 'HEAD'], cwd) !== undefined ? [`${base}...HEAD`] : [base, 'HEAD'];
  } else if (env.GITHUB_EVENT_NAME === 'push') {
    const event = readEvent(env);
    const before = typeof event?.before === 'string' ? event.before : '';
    if (!/^[0-9a-f]{40,64}$/.test(before) || /^0+$/.test(before) || git(['cat-file', '-e', `${before}^{commit}`], cwd) === undefined) return undefined;
    range = [before, 'HEAD'];
  } else return undefined;
  const committed = git(['diff', '--name-only', '-z', ...range, '--'], cwd);
  if (committed === undefined) return undefined;
  const local = (git(['diff', '--name-only', '-z', 'HEAD', '--'], cwd) ?? '') + (git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], top) ?? '');
  const names = (committed + local).split('\0').filter(Boolean);
  // The annotations name files relative to GITHUB_WORKSPACE (the cwd): git's names are from the top level.
  return new Set(names.map((n) => relative(cwd, join(top, n)).split(sep).join('/')));
}

export interface Annotations {
  lines: string[];
  found: { error: number; warning: number };
  shown: { error: number; warning: number };
  /** Findings left out because their file is not among the changed files. */
  unchanged: number;
}

/**
 * Chooses the `::error`/`::warning` lines of the github format to write: with a set of changed
 * files only those on them (a line without a file, e.g. about the run, always counts), errors
 * before warnings, at most ANNOTATION_LIMIT of each, since GitHub shows no more per step.
 */
export function chooseAnnotations(github: string, changed: Set<string> | undefined, mode: 'changed' | 'all' | 'none'): Annotations {
  const result: Annotations = { lines: [], found: { error: 0, warning: 0 }, shown: { error: 0, warning: 0 }, unchanged: 0 };
  const kept: { error: string[]; warning: string[] } = { error: [], warning: [] };
  for (const line of github.split('\n')) {
    const m = /^::(error|warning) ([^:]*)::/.exec(line);
    if (!m) continue;
    const level = m[1] as 'error' | 'warning';
    result.found[level]++;
    if (mode === 'none') continue;
    const file = /(?:^|,)file=([^,]*)/.exec(m[2]!)?.[1];
    // A place in rendered output (`<render>`) is no file of the change: kept, as a line without a file.
    if (mode === 'changed' && changed && file !== undefined && !isStreamName(unescapeProperty(file)) && !changed.has(unescapeProperty(file))) {
      result.unchanged++;
      continue;
    }
    kept[level].push(line);
  }
  for (const level of ['error', 'warning'] as const) {
    const lines = kept[level].slice(0, ANNOTATION_LIMIT);
    result.lines.push(...lines);
    result.shown[level] = lines.length;
  }
  return result;
}

interface LintFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  messages: { ruleId: string | null; severity: number; message: string; line?: number; column?: number; hint?: string }[];
}

/** Every finding as a table row of the job summary, up to `limit` bytes; the rest is counted. */
function findingsTable(results: LintFile[], cwd: string, limit: number): string {
  const rows: string[] = [];
  let size = 0;
  let left = 0;
  for (const f of results) {
    const file = relative(cwd, f.filePath).split(sep).join('/') || f.filePath;
    for (const m of f.messages) {
      const row = `| ${mdCell(mdCode(`${file}:${m.line ?? 1}:${m.column ?? 1}`))} | ${m.severity === 2 ? 'error' : m.severity === 1 ? 'warning' : 'info'} | ${m.ruleId ? mdCell(mdCode(m.ruleId)) : 'input'} | ${mdCell(mdText(m.message))}${m.hint ? `<br>Fix: ${mdCell(mdText(m.hint))}` : ''} |`;
      if (size + Buffer.byteLength(row) + 1 > limit) {
        left++;
        continue;
      }
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
  }
  if (!rows.length && !left) return '';
  const table = ['<details><summary>Findings</summary>', '', '| Where | Severity | Rule | Message |', '|---|---|---|---|', ...rows, ''];
  if (left) table.push(`_… and ${left} more: see the SARIF file or the log._`, '');
  table.push('</details>', '');
  return table.join('\n');
}

/** The comment's hidden first line; `key` tells apart the comments of several jobs on one pull request. */
export function commentMarker(key: string): string {
  return key ? `<!-- stsplan-plan:${key} -->` : '<!-- stsplan-plan -->';
}

export interface ActionResult {
  exitCode: number;
  /** The comment to post, when a token was given and the event allows it. */
  post?: { body: string; marker: string; token: string };
}

export function runAction(env: Env, io: { stdout: (s: string) => void; stderr: (s: string) => void }): ActionResult {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = input(env, 'paths').split(/\s+/).filter(Boolean);
  if (!paths.length) paths.push('.');
  // `render`: lint and plan what the command prints (stsplan --render), at the head and, for the
  // plan, in an export of the base revision; `paths` is then not read. The command comes from the
  // workflow file, as a `run:` step's does.
  const render = input(env, 'render');
  const source = render ? ['--render', render] : paths;
  const common: string[] = [];
  for (const [name, flag] of [['kube-version', '--kube-version'], ['cluster', '--cluster'], ['feature-gates', '--feature-gates'], ['config', '--config']] as const) {
    const v = input(env, name);
    if (v) common.push(flag, v);
  }
  const usage = (message: string): ActionResult => {
    io.stderr(`::error title=stsplan::${escapeData(printable(message))}\n`);
    return { exitCode: 2 };
  };
  const failOn = input(env, 'fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) return usage(`fail-on must be error, warning or never, not "${failOn}"`);
  const annotate = input(env, 'annotate') || 'changed';
  if (annotate !== 'changed' && annotate !== 'all' && annotate !== 'none') return usage(`annotate must be changed, all or none, not "${annotate}"`);
  const key = input(env, 'comment-key');
  if (!/^[A-Za-z0-9._-]*$/.test(key)) return usage(`comment-key may hold only letters, digits, ".", "_" and "-", not "${key}"`);
  const sarifFile = input(env, 'sarif-file');
  const scratch = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'stsplan-'));
  const runCli = (args: string[]): { status: number; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env, FORCE_COLOR: '0' } as NodeJS.ProcessEnv });
    return { status: r.status ?? 2, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  try {
    // Lint: the findings for the log (between stop-commands, so that no text from a manifest acts
    // as a workflow command), the github format and JSON to files; the annotations are chosen below.
    const lintJson = join(scratch, 'lint.json');
    const lintGithub = join(scratch, 'lint.github');
    const lintArgs = ['lint', ...source, ...common, '--format', 'stylish', '--output', `github:${lintGithub}`, '--output', `json:${lintJson}`];
    if (sarifFile) lintArgs.push('--output', `sarif:${resolve(cwd, sarifFile)}`);
    if (input(env, 'ignore-non-kubernetes') === 'true') lintArgs.push('--ignore-non-kubernetes');
    const lint = runCli(lintArgs);
    if (lint.stdout) {
      const stop = randomUUID();
      io.stdout(`::stop-commands::${stop}\n${lint.stdout}${lint.stdout.endsWith('\n') ? '' : '\n'}::${stop}::\n`);
    }
    io.stderr(lint.stderr);
    let errors = 0;
    let warnings = 0;
    let inputErrors = 0;
    let results: LintFile[];
    let github: string;
    try {
      results = JSON.parse(readFileSync(lintJson, 'utf8')) as LintFile[];
      github = readFileSync(lintGithub, 'utf8');
    } catch {
      io.stderr(`::error title=stsplan::${escapeData(printable(`stsplan lint did not run: ${lint.stderr.split('\n')[0]}`))}\n`);
      return { exitCode: 2 };
    }
    for (const r of results) {
      errors += r.errorCount;
      warnings += r.warningCount;
      inputErrors += r.fatalErrorCount;
    }
    const wantPlan = (input(env, 'plan') || 'true') === 'true';
    const base = input(env, 'base-ref') || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '');
    if (base && (wantPlan || annotate === 'changed')) ensureRevision(base, cwd, (s) => io.stderr(`${s}\n`));

    const changed = annotate === 'changed' ? changedFiles(env, cwd, base) : undefined;
    const chosen = chooseAnnotations(github, changed, annotate);
    if (chosen.lines.length) io.stdout(`${chosen.lines.join('\n')}\n`);
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const lintLine = `**stsplan lint:** ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${inputErrors ? ` (${plural(inputErrors, 'input error')})` : ''}`;
    const found = chosen.found.error + chosen.found.warning;
    const shown = chosen.shown.error + chosen.shown.warning;
    const why: string[] = [];
    if (annotate === 'none') why.push('annotate: none');
    if (chosen.unchanged) why.push(`${chosen.unchanged} on files this ${env.GITHUB_EVENT_NAME === 'push' ? 'push' : 'pull request'} does not change`);
    if (shown < found - chosen.unchanged && annotate !== 'none') why.push(`GitHub shows at most ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step, errors first`);
    const annotatedLine = found ? `  \nAnnotated ${shown} of ${plural(found, 'finding')}${why.length ? ` (${why.join('; ')})` : ''}; all of them are below${sarifFile ? ' and in the SARIF file' : ''}.` : '';
    let summaryText = `${lintLine}${annotatedLine}\n\n${findingsTable(results, cwd, SUMMARY_LIMIT / 4)}`;

    // Plan: against the given base, else the pull request's base branch.
    let planOk = true;
    let post: ActionResult['post'];
    const outputs: Record<string, string | number | boolean> = { errors, warnings, 'input-errors': inputErrors, annotations: shown };
    if (wantPlan) {
      const planJson = join(scratch, 'plan.json');
      const planArgs = ['plan', ...source, ...common, '--format', 'json', '--output', planJson, ...(base ? ['--base', base] : [])];
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
        const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : '';
        const fullPlan = runUrl ? `The whole plan is in the job summary of [this run](${runUrl}).` : 'The whole plan is in the job summary of this run.';
        const noBase = base ? '' : '_No base revision: planned from an empty cluster._\n\n';
        // The whole plan in the job summary, unless it would pass the summary's 1 MiB: then cut as the comment is.
        let markdown = formatPlanMarkdown(plan);
        const room = SUMMARY_LIMIT - Buffer.byteLength(summaryText) - Buffer.byteLength(noBase) - 1024;
        for (let budget = room; Buffer.byteLength(markdown) > room; budget = Math.floor(budget / 2)) {
          markdown = formatPlanMarkdownComment(plan, { budget, marker: '', fullPlan: 'The plan is too large for a job summary: run `stsplan plan` for all of it.' }).replace(/^\n+/, '');
        }
        const planFile = join(scratch, 'plan.md');
        writeFileSync(planFile, markdown);
        summaryText += `\n${noBase}${markdown}`;
        const marker = commentMarker(key);
        const comment = formatPlanMarkdownComment(plan, { budget: COMMENT_BUDGET, marker, fullPlan });
        const commentFile = join(scratch, 'comment.md');
        writeFileSync(commentFile, comment);
        const token = input(env, 'github-token');
        if (token) post = { body: comment, marker, token };
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
          'comment-file': commentFile,
        });
        if (!plan.ok) io.stdout(`::error title=stsplan plan::${plan.summary.rejected ? `${plan.summary.rejected} change(s) would be rejected by the API server` : 'a rollout would get stuck'}; see the job summary\n`);
      }
    }
    summary(env, summaryText);
    if (sarifFile) outputs['sarif-file'] = resolve(cwd, sarifFile);
    setOutput(env, outputs);
    const exitCode = inputErrors > 0 ? 2 : failOn === 'never' ? 0 : errors > 0 || !planOk || (failOn === 'warning' && warnings > 0) ? 1 : 0;
    return { exitCode, ...(post ? { post } : {}) };
  } finally {
    // The plan and comment Markdown stay for later steps; the rest goes.
    for (const f of ['lint.json', 'lint.github', 'plan.json']) rmSync(join(scratch, f), { force: true });
  }
}

interface Comment {
  id: number;
  body?: string;
  user?: { type?: string } | null;
}

/**
 * Posts the plan comment on the pull request, or updates the one this action posted before (a
 * bot's comment starting with the marker): GitHub's REST API (list issue comments, then PATCH
 * /issues/comments/{id} or POST /issues/{n}/comments). Only on a pull_request event from this
 * repository: a pull request from a fork gets a read-only token, so nothing is sent and the log
 * says how to post from a workflow_run workflow instead. A failure is a warning, not a failed step.
 */
export async function postComment(env: Env, post: NonNullable<ActionResult['post']>, log: (s: string) => void): Promise<'created' | 'updated' | 'skipped' | 'failed'> {
  const event = readEvent(env);
  const pr = event?.pull_request as { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined;
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!pr?.number || !repo || (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target')) {
    log('stsplan: not a pull request event: the plan comment is not posted (see the comment-file output)\n');
    return 'skipped';
  }
  const head = pr.head?.repo?.full_name;
  if (head !== (pr.base?.repo?.full_name ?? repo)) {
    log(`::notice title=stsplan::${escapeData(printable(`pull request from ${head ?? 'a deleted fork'}: its token cannot comment; upload the comment-file output as an artifact and post it from a workflow_run workflow (see the README)`))}\n`);
    return 'skipped';
  }
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const headers = { Accept: 'application/vnd.github+json', Authorization: `Bearer ${post.token}`, 'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'stsplan-action', 'Content-Type': 'application/json' };
  const call = async (method: string, url: string, body?: unknown): Promise<unknown> => {
    const r = await fetch(url, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!r.ok) throw new Error(`${method} ${url.slice(api.length)}: HTTP ${r.status} ${(await r.text()).slice(0, 200)}`);
    return r.json();
  };
  try {
    let mine: Comment | undefined;
    for (let page = 1; !mine; page++) {
      const comments = (await call('GET', `${api}/repos/${repo}/issues/${pr.number}/comments?per_page=100&page=${page}`)) as Comment[];
      mine = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(post.marker));
      if (comments.length < 100) break;
    }
    if (mine) {
      await call('PATCH', `${api}/repos/${repo}/issues/comments/${mine.id}`, { body: post.body });
      log(`stsplan: updated the plan comment on #${pr.number}\n`);
      return 'updated';
    }
    await call('POST', `${api}/repos/${repo}/issues/${pr.number}/comments`, { body: post.body });
    log(`stsplan: posted the plan comment on #${pr.number}\n`);
    return 'created';
  } catch (e) {
    log(`::warning title=stsplan::${escapeData(printable(`could not post the plan comment: ${(e as Error).message}`))}\n`);
    return 'failed';
  }
}

export async function main(env: Env, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const result = runAction(env, io);
  if (result.post) await postComment(env, result.post, io.stdout);
  return result.exitCode;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
}
