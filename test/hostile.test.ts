/**
 * Hostile and broken input: every case gets a diagnostic with its file and position, the others
 * in the same run are still linted, and nothing throws. The CLI runs under a heap cap, so a case
 * that blew up memory would crash it and fail here; each test has a timeout, so one that hung
 * would fail rather than block the suite (no test asserts a duration).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type LintInput, type LintReport } from '../src/lint/engine.js';
import { CLI } from './helpers/paths.js';

const STS = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';
const BAD_REPLICAS = `${STS}spec:\n  replicas: "3"\n`;

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

interface Case {
  name: string;
  content: string | Uint8Array;
  /** The diagnostic the case must get: its rule (input for input errors), message and line. */
  expect: { ruleId: string; message: RegExp; line: number; column?: number }[];
  /** Exactly these diagnostics (by rule), when the case must get nothing else. */
  only?: boolean;
  /** No diagnostic's message may match these. */
  absent?: RegExp[];
}

const bomb = (levels: number): string => {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < levels; i++) text += `  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  return text;
};

const CASES: Case[] = [
  { name: 'alias bomb (billion laughs)', content: bomb(10), expect: [{ ruleId: 'input', message: /too many YAML alias expansions .*--max-aliases/, line: 1 }], only: true },
  { name: '10,000 nested flow sequences', content: `${STS}spec: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, expect: [{ ruleId: 'input', message: /nested .*--max-depth/, line: 5 }], only: true },
  { name: '10,000 nested flow maps', content: `${STS}spec: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, expect: [{ ruleId: 'input', message: /nested .*--max-depth/, line: 5 }], only: true },
  { name: '10,000 nested block sequences', content: `${STS}spec:\n  x:\n    ${'- '.repeat(10_000)}x\n`, expect: [{ ruleId: 'input', message: /nested .*--max-depth/, line: 7 }], only: true },
  {
    name: 'a 50 MB single scalar',
    content: `${STS}data:\n  x: "${'a'.repeat(50 * 1024 * 1024)}"\n---\n${BAD_REPLICAS}`,
    expect: [
      { ruleId: 'input', message: /document is \d+ bytes, over the limit of 4194304 \(--max-document-bytes\)/, line: 1, column: 1 },
      // The next document is still read, at its own lines.
      { ruleId: 'schema', message: /spec\.replicas: expected an integer/, line: 13, column: 13 },
    ],
  },
  {
    name: 'a 1 MB line',
    content: `${STS}  annotations:\n    long: "${'x'.repeat(1024 * 1024)}"\nspec:\n  replicas: "3"\n`,
    expect: [{ ruleId: 'schema', message: /spec\.replicas: expected an integer/, line: 8, column: 13 }],
  },
  {
    name: '100,000 document separators',
    content: `${'---\n'.repeat(100_000)}${BAD_REPLICAS}`,
    expect: [{ ruleId: 'schema', message: /spec\.replicas/, line: 100_006, column: 13 }],
  },
  { name: 'NUL bytes', content: Buffer.from('apiVersion: v1\u0000\nkind: Service\n'), expect: [{ ruleId: 'input', message: /binary file/, line: 1 }], only: true },
  { name: 'a PNG committed by mistake', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: [{ ruleId: 'input', message: /binary file/, line: 1 }], only: true },
  { name: 'UTF-16 LE with BOM', content: utf16(BAD_REPLICAS, false), expect: [{ ruleId: 'schema', message: /spec\.replicas/, line: 6, column: 13 }] },
  { name: 'UTF-16 BE with BOM', content: utf16(BAD_REPLICAS, true), expect: [{ ruleId: 'schema', message: /spec\.replicas/, line: 6, column: 13 }] },
  { name: 'UTF-8 BOM', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD_REPLICAS)]), expect: [{ ruleId: 'schema', message: /spec\.replicas/, line: 6, column: 13 }] },
  { name: 'invalid UTF-8', content: Buffer.from([...Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: '), 0xc3, 0x28, 0x0a]), expect: [{ ruleId: 'input', message: /not valid UTF-8/, line: 1 }], only: true },
  { name: 'CRLF line ends', content: BAD_REPLICAS.replace(/\n/g, '\r\n'), expect: [{ ruleId: 'schema', message: /spec\.replicas/, line: 6, column: 13 }] },
  { name: 'a tab as indentation', content: `${STS}spec:\n\treplicas: 3\n`, expect: [{ ruleId: 'input', message: /YAML syntax error: Tabs are not allowed/, line: 6 }], only: true },
  { name: 'duplicate keys', content: `${STS}spec:\n  replicas: 1\n  replicas: 2\n`, expect: [{ ruleId: 'duplicate-key', message: /key "replicas" appears 2 times/, line: 7, column: 3 }] },
  { name: 'merge keys', content: `${STS}x: &defaults {replicas: "2"}\nspec:\n  <<: *defaults\n`, expect: [{ ruleId: 'schema', message: /spec\.replicas: expected an integer, got string "2"/, line: 5, column: 25 }] },
  { name: 'a !!binary tag', content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  key: !!binary aGVsbG8=\n`, expect: [{ ruleId: 'yaml-custom-tag', message: /!!binary/, line: 6, column: 17 }] },
  { name: 'a CloudFormation !Ref tag', content: `${STS}spec:\n  serviceName: !Ref Web\n`, expect: [{ ruleId: 'yaml-custom-tag', message: /ignores the tag !Ref/, line: 6, column: 21 }] },
  {
    name: 'an alias to an anchor in an earlier document',
    content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: *m\n',
    expect: [{ ruleId: 'input', message: /alias \*m has no anchor &m before it in this document/, line: 8, column: 11 }],
    only: true,
  },
  {
    // Aborted the process (a V8 fatal error in the yaml library's composer, exit 134).
    name: 'nesting that overflowed the parser',
    content: '- : :\n---\na: ' + '['.repeat(20_000) + ']'.repeat(20_000),
    expect: [
      { ruleId: 'input', message: /YAML syntax error/, line: 1 },
      { ruleId: 'input', message: /nested deeper than 400 levels \(--max-depth\)/, line: 3, column: 403 },
    ],
    only: true,
  },
  { name: 'an anchor aliased inside itself', content: `${STS}spec: &x\n  template:\n    spec: *x\n`, expect: [{ ruleId: 'input', message: /alias \*x is inside the node anchored &x/, line: 7, column: 11 }], only: true },
  {
    name: 'an anchored list of 5,000 env vars aliased by 990 containers',
    content: `${STS}spec:\n  template:\n    spec:\n      containers:\n      - name: c0\n        env: &env\n${'        - {name: V, value: x}\n'.repeat(5000)}${'      - {name: c, env: *env}\n'.repeat(989)}`,
    expect: [{ ruleId: 'input', message: /document contains excessive aliasing: .*kubectl rejects it/, line: 5031 }],
    only: true,
  },
  { name: 'JSON with comments', content: '{\n  // the service\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": {"name": "s"}\n}\n', expect: [{ ruleId: 'input', message: /invalid JSON: comments are not allowed/, line: 2, column: 3 }], only: true },
  { name: 'lone CR line ends', content: BAD_REPLICAS.replace(/\n/g, '\r'), expect: [{ ruleId: 'schema', message: /spec\.replicas: expected an integer/, line: 6, column: 13 }] },
  {
    // kubectl splits documents at "---" lines after an LF only, and go-yaml reads the first document of what it gets.
    name: 'lone CR line ends, two documents',
    content: `${BAD_REPLICAS}---\n${BAD_REPLICAS.replace('web', 'web2')}`.replace(/\n/g, '\r') + `\n---\n${BAD_REPLICAS.replace('web', 'web3').replace(/\n/g, '\r')}`,
    expect: [
      { ruleId: 'schema', message: /StatefulSet web: spec\.replicas: expected an integer/, line: 6, column: 13 },
      { ruleId: 'input', message: /kubectl does not start a document at this "---": .*lone carriage return \(CR\)/, line: 7, column: 1 },
      { ruleId: 'schema', message: /StatefulSet web3: spec\.replicas: expected an integer/, line: 20, column: 13 },
    ],
    absent: [/StatefulSet web2/],
  },
  { name: 'a merge key of a scalar', content: `${STS}spec:\n  <<: 1\n  replicas: 2\n`, expect: [{ ruleId: 'input', message: /^merge key "<<" .*: kubectl fails with "map merge requires map or sequence of maps as the value"$/, line: 6, column: 7 }], only: true },
  { name: 'a merge key of a list holding a scalar', content: `${STS}x: &m {replicas: 2}\nspec:\n  <<: [*m, "a"]\n`, expect: [{ ruleId: 'input', message: /^merge key "<<" .*map merge requires map or sequence of maps/, line: 7, column: 12 }], only: true },
  {
    name: 'a NUL byte after the first 8 KB',
    content: Buffer.from(`${STS}data:\n${Array.from({ length: 400 }, (_, i) => `  k${i}: "${'x'.repeat(20)}"\n`).join('')}  late: "a\u0000b"\n---\n${BAD_REPLICAS}`),
    expect: [
      { ruleId: 'input', message: /^control character U\+0000: kubectl rejects a document that holds one \("yaml: control characters are not allowed"\); it was not read$/, line: 406, column: 11 },
      // The next document is still read.
      { ruleId: 'schema', message: /spec\.replicas: expected an integer/, line: 413, column: 13 },
    ],
  },
  {
    name: 'a BOM at the start of a later document',
    content: Buffer.from(`${BAD_REPLICAS}---\n\uFEFF${BAD_REPLICAS.replace('web', 'web2')}`),
    expect: [
      { ruleId: 'schema', message: /StatefulSet web: spec\.replicas: expected an integer/, line: 6, column: 13 },
      { ruleId: 'schema', message: /StatefulSet web2: spec\.replicas: expected an integer/, line: 13, column: 13 },
    ],
  },
  {
    name: 'a document of 1.5 million three-byte characters',
    content: `${STS}data:\n  x: "${'€'.repeat(1_500_000)}"\n---\n${BAD_REPLICAS}`,
    expect: [
      { ruleId: 'input', message: /^document is 4500074 bytes, over the limit of 4194304 \(--max-document-bytes\)/, line: 1, column: 1 },
      { ruleId: 'schema', message: /spec\.replicas: expected an integer/, line: 13, column: 13 },
    ],
  },
  { name: 'an empty file', content: '', expect: [], only: true },
  { name: 'a file of only comments', content: '# nothing here yet\n# TODO\n', expect: [], only: true },
];

const pathOf = (c: Case): string => `${c.name.replace(/[^a-z0-9]+/gi, '-')}${c.name.startsWith('JSON') ? '.json' : '.yaml'}`;
const GOOD: LintInput = { path: 'good.yaml', content: BAD_REPLICAS };

function check(report: LintReport): void {
  for (const c of CASES) {
    const file = report.files.find((f) => f.path === pathOf(c));
    const diags = file?.diagnostics ?? [];
    const shown = diags.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message.slice(0, 120)}`).join('\n');
    for (const e of c.expect) {
      const hit = diags.find((d) => d.ruleId === e.ruleId && e.message.test(d.message));
      assert.ok(hit, `${c.name}: no ${e.ruleId} diagnostic matching ${e.message}; got:\n${shown}`);
      assert.equal(hit.range.start.line, e.line, `${c.name}: line\n${shown}`);
      if (e.column !== undefined) assert.equal(hit.range.start.column, e.column, `${c.name}: column`);
      assert.ok(hit.range.end.offset >= hit.range.start.offset);
    }
    if (c.only) assert.equal(diags.length, c.expect.length, `${c.name}: unexpected diagnostics:\n${shown}`);
    for (const re of c.absent ?? []) assert.ok(!diags.some((d) => re.test(d.message)), `${c.name}: a diagnostic matches ${re}:\n${shown}`);
  }
  // Everything else in the run was still linted.
  const good = report.files.find((f) => f.path === 'good.yaml')!;
  assert.ok(good.diagnostics.some((d) => d.ruleId === 'schema' && /spec\.replicas/.test(d.message) && d.range.start.line === 6));
}

describe('hostile input', { timeout: 120_000 }, () => {
  it('gets a positioned diagnostic for each case and still lints the other files', async () => {
    const report = await lint([...CASES.map((c) => ({ path: pathOf(c), content: c.content })), GOOD]);
    check(report);
    const inputErrors = CASES.reduce((n, c) => n + c.expect.filter((e) => e.ruleId === 'input').length, 0);
    assert.equal(report.inputErrorCount, inputErrors);
  });

  it('the CLI: exit code 2, no stack trace, every file reported, under a 512 MB heap cap, inputs untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-hostile-'));
    try {
      for (const c of CASES) writeFileSync(join(dir, pathOf(c)), c.content);
      writeFileSync(join(dir, 'good.yaml'), GOOD.content);
      // A directory with a symlink loop and a link to nothing: reported, never followed forever.
      mkdirSync(join(dir, 'links'));
      symlinkSync('..', join(dir, 'links', 'loop'));
      symlinkSync(join(dir, 'missing.yaml'), join(dir, 'links', 'gone.yaml'));
      const before = new Map(readdirSync(dir).filter((f) => f !== 'links').map((f) => [f, { bytes: readFileSync(join(dir, f)), mtime: statSync(join(dir, f)).mtimeMs }]));
      const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr, '');
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; message: string; fatal?: boolean }[] }[];
      const names = results.map((x) => x.filePath.slice(dir.length + 1)).sort();
      for (const c of CASES.filter((x) => x.expect.length)) assert.ok(names.includes(pathOf(c)), `${c.name} missing from the report`);
      assert.ok(names.includes('good.yaml'));
      const gone = results.find((x) => x.filePath.endsWith('gone.yaml'));
      assert.match(gone?.messages[0]?.message ?? '', /cannot read/);
      for (const x of results) for (const m of x.messages) assert.ok(m.line >= 1 && m.column >= 1, `${x.filePath}: ${m.message}`);
      for (const [f, was] of before) {
        assert.deepEqual(readFileSync(join(dir, f)), was.bytes, `${f} was written`);
        assert.equal(statSync(join(dir, f)).mtimeMs, was.mtime, `${f} was touched`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each limit is configurable on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-limits-'));
    try {
      const file = join(dir, 'a.yaml');
      const run = (text: string, ...flags: string[]) => {
        writeFileSync(file, text);
        const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...flags, file], { encoding: 'utf8' });
        const messages = r.stdout ? (JSON.parse(r.stdout) as { messages: { message: string }[] }[])[0]!.messages.map((m) => m.message).join('\n') : '';
        return { status: r.status, messages, stderr: r.stderr };
      };
      const aliases = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  x: &x "1"\n  a: *x\n  b: *x\n  c: *x\n`;
      assert.doesNotMatch(run(aliases).messages, /alias/);
      assert.match(run(aliases, '--max-aliases', '2').messages, /over 2, --max-aliases/);
      const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nx: [[[[[[1]]]]]]\n`;
      assert.doesNotMatch(run(deep).messages, /nested/);
      assert.match(run(deep, '--max-depth', '4').messages, /--max-depth/);
      assert.match(run(BAD_REPLICAS, '--max-document-bytes', '20').messages, /over the limit of 20 \(--max-document-bytes\)/);
      assert.match(run(BAD_REPLICAS, '--max-file-bytes', '20').messages, /over the limit of 20 \(--max-file-bytes\)/);
      const bad = run(BAD_REPLICAS, '--max-depth=0');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /invalid --max-depth/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
