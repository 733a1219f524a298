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
import { lint, type LintReport } from '../src/lint/engine.js';
import { DEFAULT_LIMITS, MAX_DEPTH, loadSource } from '../src/load/loader.js';
import { PARALLEL_MIN_BYTES } from '../src/load/parallel.js';
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
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, 'lint', '--format', 'json', ...flags.map((f) => f.replace('$DIR', dir)), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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

  it('a deep file loaded as context (the sibling of a named file, or --context) does not abort the run that lints its sibling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-context-'));
    try {
      writeFileSync(join(dir, 'deep.yaml'), ABORTS);
      writeFileSync(join(dir, 'clean.yaml'), BAD_REPLICAS);
      for (const flags of [[], ['--context', join(dir, 'deep.yaml')]]) {
        const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...flags, join(dir, 'clean.yaml')], { encoding: 'utf8' });
        assert.equal(r.status, 1, r.stderr.slice(0, 400));
        const results = JSON.parse(r.stdout) as JsonResult[];
        assert.ok(results[0]!.messages.some((m) => /spec\.replicas/.test(m.message)));
      }
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

/**
 * A StatefulSet whose first container anchors a list of `vars` env vars that `containers - 1`
 * more containers alias: the document of issue 14 (5,000 vars, 990 containers, 195 KB) made the
 * run take 1.1 GB and 20 s, though its 989 aliases are under --max-aliases.
 */
function amplified(containers: number, vars: number): string {
  let text = `${STS}spec:\n  serviceName: web\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: c0\n        image: nginx\n        env: &env\n`;
  for (let i = 0; i < vars; i++) text += `        - {name: V${i}, value: x}\n`;
  for (let i = 1; i < containers; i++) text += `      - {name: c${i}, image: nginx, env: *env}\n`;
  return text;
}
/** The line of container `i`'s alias in amplified(_, vars). */
const aliasLine = (vars: number, i: number): number => 14 + vars + i;

describe('alias expansion (--max-alias-expansion)', { timeout: 300_000 }, () => {
  it('the document of issue 14 is an input error at an alias, under a 256 MB heap; the sibling is still linted', () => {
    for (const concurrency of ['off', '2']) {
      const r = cli({ 'a-padding.yaml': `# ${'x'.repeat(PARALLEL_MIN_BYTES + 1024)}\n${STS}`, 'b-amplified.yaml': amplified(990, 5000), 'c-clean.yaml': BAD_REPLICAS }, '--concurrency', concurrency);
      assert.equal(r.status, 2, r.stderr.slice(0, 400));
      assert.equal(r.stderr, '');
      const messages = messagesOf(r.results, 'b-amplified.yaml');
      assert.equal(messages.length, 1, JSON.stringify(messages));
      // kubectl's go-yaml refuses it too, and says so first.
      assert.match(messages[0]!.message, /document contains excessive aliasing: .*kubectl rejects it/);
      assert.ok(messages[0]!.line > aliasLine(5000, 1) && messages[0]!.line < aliasLine(5000, 990), String(messages[0]!.line));
      assert.ok(messagesOf(r.results, 'c-clean.yaml').some((m) => /spec\.replicas/.test(m.message)));
    }
  });

  it('aliases may multiply a document by --max-alias-expansion (default 10), positioned at the alias that goes over', () => {
    // 100 vars (501 nodes each) in 13 containers: 623 nodes written, 6,012 more from 12 aliases.
    const text = amplified(13, 100);
    const errors = loadSource('a.yaml', text).errors;
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0]!.message, 'YAML aliases expand this document from 623 to 6,635 nodes, over 10 times its size (--max-alias-expansion)');
    // The 12th alias takes it over 10 times 623.
    const line = aliasLine(100, 12);
    assert.equal(errors[0]!.range.start.line, line);
    assert.equal(errors[0]!.range.start.column, text.split('\n')[line - 1]!.indexOf('*env') + 1);
    assert.deepEqual(loadSource('a.yaml', text, { limits: { maxAliasExpansion: 20 } }).errors, []);
    assert.deepEqual(loadSource('a.yaml', amplified(9, 100)).errors, []);
    // The CLI names the option, and takes it.
    assert.match(messagesOf(cli({ 'a.yaml': text }).results, 'a.yaml')[0]?.message ?? '', /--max-alias-expansion/);
    assert.equal(cli({ 'a.yaml': text }, '--max-alias-expansion', '20').results[0]?.messages.filter((m) => m.ruleId === null).length, 0);
    assert.match(cli({ 'a.yaml': text }, '--max-alias-expansion', '0').stderr, /invalid --max-alias-expansion "0"/);
  });

  it('what kubectl refuses is refused whatever --max-alias-expansion allows', () => {
    const errors = loadSource('a.yaml', amplified(150, 1000), { limits: { maxAliasExpansion: 1000 } }).errors;
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0]!.message, /^document contains excessive aliasing: aliases make [\d,]+ of its [\d,]+ nodes; kubectl rejects it \(go-yaml v2 takes at most 99% of a document's nodes from aliases, /);
  });

  it('an anchor that contains an alias to itself is an input error at the alias, not a stack overflow', () => {
    const text = `${STS}spec: &x\n  replicas: 1\n  template:\n    spec: *x\n`;
    const loaded = loadSource('a.yaml', text);
    assert.equal(loaded.errors.length, 1, JSON.stringify(loaded.errors));
    assert.match(loaded.errors[0]!.message, /^alias \*x is inside the node anchored &x: kubectl rejects it \(anchor 'x' value contains itself\)/);
    assert.equal(loaded.errors[0]!.range.start.line, 8);
    assert.equal(loaded.errors[0]!.range.start.column, 11);
    const r = cli({ 'a.yaml': text, 'b.yaml': BAD_REPLICAS });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(messagesOf(r.results, 'b.yaml').some((m) => /spec\.replicas/.test(m.message)));
  });

  it('aliases that nest a document deeper than --max-depth are an input error at the alias', () => {
    // Six anchors, each 100 levels deep around an alias of the one before: 600 levels expanded.
    let text = `${STS}x:\n`;
    for (let i = 0; i < 6; i++) text += `  a${i}: &a${i} ${'['.repeat(100)}${i ? `*a${i - 1}` : '1'}${']'.repeat(100)}\n`;
    const loaded = loadSource('a.yaml', text);
    assert.equal(loaded.errors.length, 1, JSON.stringify(loaded.errors));
    assert.match(loaded.errors[0]!.message, /^aliases nest this document deeper than 400 levels \(--max-depth\)/);
    assert.equal(loaded.errors[0]!.range.start.line, 9);
  });

  it('anchors and aliases as manifests use them are read, values expanded', () => {
    const text = `${STS}spec:\n  template:\n    spec:\n      containers:\n      - name: a\n        env: &env [{name: A, value: "1"}, {name: B, value: "2"}]\n        resources: &r {limits: {cpu: "1"}}\n      - name: b\n        env: *env\n        resources: *r\n      - name: c\n        env: *env\n        resources:\n          <<: *r\n`;
    const loaded = loadSource('a.yaml', text);
    assert.deepEqual(loaded.errors, []);
    const containers = ((loaded.resources[0]!.object.spec as { template: { spec: { containers: { env: unknown; resources: unknown }[] } } }).template.spec.containers);
    assert.deepEqual(containers[2]!.env, [{ name: 'A', value: '1' }, { name: 'B', value: '2' }]);
    assert.deepEqual(containers[2]!.resources, { limits: { cpu: '1' } });
  });
});
