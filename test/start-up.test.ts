/**
 * What dist/ does to start faster must not show in its output. The bundle (scripts/build.mjs) puts
 * the CLI in one CommonJS file, the `yaml` library and eslint-rule-docs in files of their own, and
 * shims (scripts/bundle-shims/) between eslint-formatter-pretty and string-width/eslint-rule-docs.
 * The default output is eslint-formatter-pretty's: the bundled CLI's stylish bytes are compared
 * with those of tsc's build (build/src/cli/bin.js), which imports eslint-formatter-pretty and its
 * dependencies from node_modules as they are, on reports with errors, warnings, info, input errors,
 * related locations, long messages and wide characters and emoji, with and without colour and
 * hyperlinks, at several terminal widths. The shims are compared with the packages they stand for.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CLI, repoPath } from './helpers/paths.js';

const UNBUNDLED = repoPath('build/src/cli/bin.js');

let work = '';
before(() => {
  work = mkdtempSync(join(tmpdir(), 'stsplan-start-up-'));
  // Wide characters and emoji in messages (the invalid name is quoted), an input error (no rule id),
  // a long message and related locations (the Service in another document).
  writeFileSync(
    join(work, 'wide.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: "数据库-🚀-ｄｂ"',
      'spec:',
      '  serviceName: svc',
      '  replicas: 3',
      '  selector: {matchLabels: {app: "é"}}',
      '  template:',
      '    metadata: {labels: {app: "e"}}',
      '    spec:',
      '      containers: [{name: "c", image: "x", volumeMounts: [{name: "データ", mountPath: /d}]}]',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: svc}',
      'spec: {selector: {app: "😀"}, ports: [{port: 80}]}',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, 'broken.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: [\n');
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a case: nothing of the calling terminal's, then the case's own variables. */
function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(FORCE_COLOR|NO_COLOR|FORCE_HYPERLINK|TERM_PROGRAM|TERM|CI|COLUMNS|VTE_VERSION|COLORTERM|GITHUB_ACTIONS|TF_BUILD)$/.test(k)) out[k] = v;
  return { ...out, ...vars };
}

function run(entry: string, args: string[], vars: Record<string, string>): { stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, [entry, 'lint', ...args], { cwd: repoPath('.'), env: env(vars), encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.stderr.includes('Error:'), false, r.stderr);
  return { stdout: r.stdout, status: r.status };
}

const CASES: { name: string; args: string[]; vars: Record<string, string>; all?: boolean }[] = [
  { name: 'no colour, every rule’s fixtures', args: ['--no-color'], vars: {}, all: true },
  { name: 'colour', args: [], vars: { FORCE_COLOR: '1' } },
  { name: 'colour, truecolor, hyperlinks', args: [], vars: { FORCE_COLOR: '3', FORCE_HYPERLINK: '1' } },
  { name: 'colour, hyperlinks, iTerm (no file link)', args: [], vars: { FORCE_COLOR: '2', FORCE_HYPERLINK: '1', TERM_PROGRAM: 'iTerm.app' } },
  { name: 'narrow terminal, verbose (info)', args: ['--verbose', '--no-color'], vars: { COLUMNS: '60' } },
  { name: 'wide terminal, verbose, colour', args: ['--verbose'], vars: { COLUMNS: '240', FORCE_COLOR: '1' } },
];

describe('the bundled CLI writes eslint-formatter-pretty’s bytes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const inputs = ['test/fixtures/corpus', ...(c.all ? ['test/fixtures/rules'] : []), 'examples', work];
      const bundled = run(CLI, [...inputs, ...c.args], c.vars);
      const reference = run(UNBUNDLED, [...inputs, ...c.args], c.vars);
      // A report with every severity: the comparison is of something.
      assert.match(bundled.stdout, /✖/);
      assert.match(bundled.stdout, /⚠/);
      assert.match(bundled.stdout, /数据库-🚀-ｄｂ/);
      if (c.args.includes('--verbose')) assert.match(bundled.stdout, /\d+ info/);
      if (c.vars['FORCE_HYPERLINK'] === '1') assert.ok(bundled.stdout.includes('\u001b]8;;https:'));
      assert.equal(bundled.stdout, reference.stdout);
      assert.equal(bundled.status, reference.status);
    });
  }
});

describe('the bundle’s shims answer as the packages they stand for', () => {
  // The shims call `require`, which esbuild bundles; here the packages from node_modules stand in.
  const load = async (): Promise<{ width: (s: string, o?: object) => number; docs: (id: unknown) => unknown; realWidth: (s: string, o?: object) => number; realDocs: (id: unknown) => unknown }> => {
    const requireHere = createRequire(import.meta.url);
    const realWidth = ((await import('string-width')) as { default: (s: string, o?: object) => number }).default;
    const realDocs = requireHere('eslint-rule-docs') as (id: unknown) => unknown;
    const packages: Record<string, unknown> = { 'string-width': { default: realWidth }, 'eslint-rule-docs': realDocs };
    (globalThis as { require?: (id: string) => unknown }).require = (id: string) => packages[id];
    const width = ((await import(pathToFileURL(repoPath('scripts/bundle-shims/string-width.mjs')).href)) as { default: (s: string, o?: object) => number }).default;
    const docs = ((await import(pathToFileURL(repoPath('scripts/bundle-shims/eslint-rule-docs.mjs')).href)) as { default: (id: unknown) => unknown }).default;
    return { width, docs, realWidth, realDocs };
  };

  it('string-width', async () => {
    const { width, realWidth } = await load();
    const strings = ['', 'a', 'STSPLANdeadbeefM000001000002', '12', ' ~', '\t', 'a\u0007b', '\u001b[1mbold\u001b[22m', 'é', 'e\u0301', '数据库', 'ｄｂ', '🚀', '👩‍👩‍👧', '1\u20e3', '한국어', '\u200b', '\u007f', 'x'.repeat(300)];
    for (const s of strings) {
      assert.equal(width(s), realWidth(s), JSON.stringify(s));
      assert.equal(width(s, { ambiguousIsNarrow: false }), realWidth(s, { ambiguousIsNarrow: false }), JSON.stringify(s));
    }
  });

  it('eslint-rule-docs', async () => {
    const { docs, realDocs } = await load();
    const outcome = (f: (id: unknown) => unknown, id: unknown): unknown => {
      try {
        return f(id);
      } catch (e) {
        return `throws ${(e as Error).constructor.name}`;
      }
    };
    for (const id of [null, undefined, 'service-not-headless', 'no-console', 'foo/', 'react/jsx-key', 'import/no-cycle', 'no-such-plugin-xyz/rule', '/x']) {
      assert.deepEqual(outcome(docs, id), outcome(realDocs, id), String(id));
    }
  });
});
