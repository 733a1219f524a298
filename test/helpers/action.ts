/**
 * Runs the Action's entry as the runner runs a JavaScript action: `node <runs.main>` in the
 * workspace, every input of action.yml as `INPUT_<NAME>` (upper-cased, spaces to `_`, hyphens
 * kept, defaults filled in: actions/runner Handler.AddInputsToEnvironment), GITHUB_* variables,
 * temporary GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files. No npm ci, no build.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { repoPath } from './paths.js';

/** The entry action.yml runs (runs.main); the test of action.yml checks that it says so. */
export const ENTRY_PATH = 'dist/action.js';
export const ENTRY = repoPath(ENTRY_PATH);

export interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; steps?: unknown[] };
}
export const actionYml = parse(readFileSync(repoPath('action.yml'), 'utf8')) as ActionYml;

/** The environment the runner gives the entry for the given `with:` inputs. */
export function inputEnv(withInputs: Record<string, string>): Record<string, string> {
  const unknown = Object.keys(withInputs).filter((k) => !(k in actionYml.inputs));
  if (unknown.length) throw new Error(`not inputs of action.yml: ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = withInputs[name] ?? spec.default ?? '';
  return env;
}

export function outputsOf(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8').trim();
  if (!text) return {};
  return Object.fromEntries(text.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

export interface EntryRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs the entry (asynchronously: a test's HTTP server must answer while it runs). `env` adds to
 * or overrides the GITHUB_* variables of a pull_request event from branch `pr` into `main` (an empty value removes one).
 */
export function runEntry(workspace: string, withInputs: Record<string, string>, env: Record<string, string> = {}): Promise<EntryRun> {
  const summary = join(workspace, '..', `${basename(workspace)}-summary.md`);
  const output = join(workspace, '..', `${basename(workspace)}-output.txt`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const full: Record<string, string | undefined> = {
    ...process.env,
    ...inputEnv(withInputs),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'pr',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: join(workspace, '..'),
    ...env,
  };
  for (const [k, v] of Object.entries(env)) if (v === '') delete full[k];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ENTRY], { cwd: workspace, env: full as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr, summary: readFileSync(summary, 'utf8'), outputs: outputsOf(output) }));
  });
}
