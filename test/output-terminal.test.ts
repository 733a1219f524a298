/**
 * Terminals get no control characters from a manifest, a file name or an argument (issue 14,
 * point 13): the text plan, stylish, github annotations, the CLI's and the Action's own messages
 * write them as escapes, and a value cannot start a line of its own.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../src/cli/action.js';
import { formatPlanText } from '../src/plan/render/text.js';
import { CLI } from './helpers/paths.js';
import { stack } from './helpers/plan.js';
import { PAYLOADS, poison, richPlans, shapeTwin, TERMINAL_CONTROL } from './helpers/hostile.js';

describe('terminal output: no control characters from manifests or file names (issue 14, point 13)', { timeout: 120_000 }, () => {
  it('the text plan keeps one line per line of a benign plan, with the controls written as escapes', async () => {
    for (const base of await richPlans()) {
      for (const payload of PAYLOADS) {
        const benign = formatPlanText(poison(base, shapeTwin(payload))).split('\n').length;
        const text = formatPlanText(poison(base, payload));
        assert.doesNotMatch(text, TERMINAL_CONTROL, JSON.stringify(payload));
        assert.equal(text.split('\n').length, benign, `${JSON.stringify(payload)}\n${text}`);
      }
    }
    const text = formatPlanText(poison((await richPlans())[0]!, '\u001b[2J'));
    assert.match(text, /web\\u001b\[2J/);
  });

  const dir = (): string => mkdtempSync(join(tmpdir(), 'stsplan-escape-'));
  const run = (cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

  it('lint (stylish, github) and plan name a file whose name holds ESC, a newline and a bidi override without those characters', () => {
    const cwd = dir();
    try {
      const file = 'bad\u001b[2J\n\u202e.yaml';
      writeFileSync(join(cwd, file), 'a: [\n');
      writeFileSync(join(cwd, 'web.yaml'), stack().replace('name: web\n', 'name: "web\\u001b]0;title\\u0007"\n'));
      for (const args of [['lint', '.'], ['lint', '--format', 'github', '.'], ['plan', '.'], ['plan', '--format', 'markdown', '.']]) {
        const r = run(cwd, args);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        const out = r.stdout + r.stderr;
        assert.doesNotMatch(out, TERMINAL_CONTROL, `${args.join(' ')}: ${JSON.stringify(out)}`);
        assert.match(out, /bad\\u001b\[2J\\u000a\\u202e\.yaml/, args.join(' '));
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('the Action\'s own workflow commands carry a hostile input as data: one line, no command of its own', () => {
    const cwd = dir();
    try {
      let stderr = '';
      const r = runAction({ GITHUB_WORKSPACE: cwd, 'INPUT_FAIL-ON': 'never!\n::warning file=x::injected\u001b[2J 100%' }, { stdout: () => {}, stderr: (s) => (stderr += s) });
      assert.equal(r.exitCode, 2);
      assert.equal(stderr.split('\n').length, 2, stderr);
      assert.match(stderr, /^::error title=stsplan::fail-on must be error, warning or never, not "never!\\u000a::warning file=x::injected\\u001b\[2J 100%25"\n$/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('usage errors echo a hostile argument as escapes', () => {
    const cwd = dir();
    try {
      for (const args of [['lint', '--rule', 'x\u001b[2J=on', 'a.yaml'], ['plan', '--format', '\u001b]0;t\u0007', 'a.yaml'], ['\u001b[2Jcmd']]) {
        const r = run(cwd, args);
        assert.equal(r.status, 2);
        assert.doesNotMatch(r.stderr, TERMINAL_CONTROL, JSON.stringify(r.stderr));
        assert.match(r.stderr, /\\u001b/);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
