/**
 * The limits that keep a hostile manifest from aborting or exhausting the run: nesting
 * (--max-depth) is measured before the `yaml` library composes a document, so that its recursive
 * composer never overflows the stack (a V8 fatal error that nothing can catch), and the same
 * document gets the same answer on every thread and in every JIT state.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type LintReport } from '../src/engine.js';
import { DEFAULT_LIMITS, MAX_DEPTH, loadSource } from '../src/loader.js';
import { PARALLEL_MIN_BYTES } from '../src/parallel.js';
import { CLI } from './helpers/paths.js';

const STS = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';
const BAD_REPLICAS = `${STS}spec:\n  replicas: "3"\n`;
/** The file of issue 14 that aborted the process (exit 134) every time. */
const ABORTS = '- : :\n---\na: ' + '['.repeat(20_000) + ']'.repeat(20_000);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

function cli(files: Record<string, string>, ...flags: string[]): { status: number | null; stderr: string; results: JsonResult[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stsplan-limits-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', CLI, 'lint', '--format', 'json', ...flags.map((f) => f.replace('$DIR', dir)), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const results = r.stdout ? (JSON.parse(r.stdout) as JsonResult[]) : [];
    for (const x of results) x.filePath = x.filePath.slice(dir.length + 1);
    return { status: r.status, stderr: r.stderr, results, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const messagesOf = (results: JsonResult[], file: string): JsonResult['messages'] => results.find((x) => x.filePath === file)?.messages ?? [];

/** Documents `levels` maps and lists deep at their deepest point (`levels` even). */
const SHAPES: Record<string, (levels: number) => string> = {
  'flow lists': (n) => `${STS}x: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`,
  'flow maps': (n) => `${STS}x: ${'{a: '.repeat(n - 1)}1${'}'.repeat(n - 1)}\n`,
  'flow pairs': (n) => `${STS}x: [${'[a: '.repeat((n - 2) / 2)}1${']'.repeat((n - 2) / 2)}]\n`,
  'block lists': (n) => `${STS}x:\n  ${'- '.repeat(n - 1)}x\n`,
  'block maps': (n) => `${STS}x:\n${Array.from({ length: n - 1 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}${' '.repeat(n)}v\n`,
  'block lists of maps': (n) => `${STS}x:\n${Array.from({ length: (n - 2) / 2 }, (_, i) => `${' '.repeat(2 * i)}- k:\n`).join('')}${' '.repeat(n - 2)}- v\n`,
};

describe('nesting (--max-depth)', { timeout: 300_000 }, () => {
  it('the file that aborted the process is an input error at its position; the sibling file is still linted, on one thread and on two', () => {
    // Padding takes the run over the size at which --concurrency starts worker threads; sorted
    // first, it stays on the main thread and the deep file goes to the worker.
    const padding = `# ${'x'.repeat(PARALLEL_MIN_BYTES + 1024)}\n${STS.replace('web', 'pad')}`;
    for (const concurrency of ['off', '2']) {
      const r = cli({ 'a-padding.yaml': padding, 'b-deep.yaml': ABORTS, 'c-clean.yaml': BAD_REPLICAS }, '--concurrency', concurrency);
      assert.equal(r.status, 2, `--concurrency ${concurrency}: ${r.stderr.slice(0, 400)}`);
      assert.equal(r.stderr, '');
      const deep = messagesOf(r.results, 'b-deep.yaml');
      const nested = deep.find((m) => /nested deeper than \d+ levels \(--max-depth\)/.test(m.message));
      assert.ok(nested, JSON.stringify(deep));
      assert.equal(nested.line, 3);
      assert.equal(nested.column, 3 + MAX_DEPTH);
      // The first document is read too (and is broken).
      assert.ok(deep.some((m) => m.line === 1 && /YAML syntax error/.test(m.message)), JSON.stringify(deep));
      assert.ok(messagesOf(r.results, 'c-clean.yaml').some((m) => m.ruleId === 'schema' && /spec\.replicas/.test(m.message) && m.line === 6));
    }
  });

  it('a deep file loaded as context does not abort the run that lints its sibling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-context-'));
    try {
      writeFileSync(join(dir, 'deep.yaml'), ABORTS);
      writeFileSync(join(dir, 'clean.yaml'), BAD_REPLICAS);
      const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--context', join(dir, 'deep.yaml'), join(dir, 'clean.yaml')], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr.slice(0, 400));
      const results = JSON.parse(r.stdout) as JsonResult[];
      assert.ok(results[0]!.messages.some((m) => /spec\.replicas/.test(m.message)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a document at the limit is read and one level over it is reported, in every shape, whatever was parsed before', async () => {
    const limit = DEFAULT_LIMITS.maxDepth;
    assert.equal(limit, MAX_DEPTH);
    const check = (report: LintReport, round: string): void => {
      for (const [shape] of Object.entries(SHAPES)) {
        const at = report.files.find((f) => f.path === `${shape}-at.yaml`)!;
        const over = report.files.find((f) => f.path === `${shape}-over.yaml`)!;
        assert.deepEqual(at.diagnostics.filter((d) => d.ruleId === 'input').map((d) => d.message), [], `${round}: ${shape} at the limit`);
        const deep = over.diagnostics.filter((d) => d.ruleId === 'input');
        assert.equal(deep.length, 1, `${round}: ${shape} over the limit: ${JSON.stringify(deep.map((d) => d.message))}`);
        assert.match(deep[0]!.message, new RegExp(`nested deeper than ${limit} levels \\(--max-depth\\)`));
        assert.ok(deep[0]!.range.start.line >= 5, `${round}: ${shape}: line ${deep[0]!.range.start.line}`);
      }
    };
    const inputs = Object.entries(SHAPES).flatMap(([shape, make]) => [
      { path: `${shape}-at.yaml`, content: make(limit) },
      { path: `${shape}-over.yaml`, content: make(limit + 2) },
    ]);
    // Twice: the second run has every function of the parser compiled (its frames differ).
    check(await lint([{ path: 'deep.yaml', content: ABORTS }, ...inputs]), 'cold');
    check(await lint(inputs), 'warm');
  });

  it('the same answers from the CLI on one thread and on two', () => {
    const files: Record<string, string> = { 'a-padding.yaml': `# ${'x'.repeat(PARALLEL_MIN_BYTES + 1024)}\n${STS}` };
    for (const [shape, make] of Object.entries(SHAPES)) {
      files[`${shape}-at.yaml`] = make(MAX_DEPTH);
      files[`${shape}-over.yaml`] = make(MAX_DEPTH + 2);
    }
    const off = cli(files, '--concurrency', 'off');
    const two = cli(files, '--concurrency', '2');
    assert.equal(off.status, 2, off.stderr.slice(0, 400));
    assert.deepEqual(two.results, off.results);
    for (const shape of Object.keys(SHAPES)) {
      assert.ok(!messagesOf(off.results, `${shape}-at.yaml`).some((m) => m.ruleId === null), shape);
      assert.ok(messagesOf(off.results, `${shape}-over.yaml`).some((m) => /--max-depth/.test(m.message)), shape);
    }
  });

  it('--max-depth is capped at what the YAML parser survives; a library caller over it gets the cap', () => {
    const r = cli({ 'a.yaml': BAD_REPLICAS }, '--max-depth', String(MAX_DEPTH + 1));
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`invalid --max-depth "${MAX_DEPTH + 1}": expected a positive integer up to ${MAX_DEPTH}`));
    assert.equal(cli({ 'a.yaml': BAD_REPLICAS }, '--max-depth', String(MAX_DEPTH)).status, 1);
    const loaded = loadSource('deep.yaml', ABORTS, { limits: { maxDepth: 1_000_000 } });
    assert.ok(loaded.errors.some((e) => e.message.includes(`nested deeper than ${MAX_DEPTH} levels`)), JSON.stringify(loaded.errors));
  });
});
