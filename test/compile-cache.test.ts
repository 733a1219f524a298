/**
 * The launcher's compile cache (src/cli/compile-cache.ts), on small CommonJS files of the test's
 * own: each run is a new process (the cache is written when a process exits), which loads a file
 * and prints what it got and which files came from the cache.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cacheDirectory, KEEP } from '../src/cli/compile-cache.js';
import { repoPath } from './helpers/paths.js';

let work = '';
let filesDir = '';
before(() => {
  work = mkdtempSync(join(tmpdir(), 'stsplan-cache-test-'));
  const files = (filesDir = join(work, 'files'));
  mkdirSync(join(files, 'validators'), { recursive: true });
  // main.cjs requires a sibling and, as the bundle does, imports through the hook: a validators
  // module (its CommonJS copy is loaded) and a built-in.
  writeFileSync(
    join(files, 'main.cjs'),
    [
      // The bundle's first line (scripts/build.mjs): import() itself where Node's require loaded the file.
      "'use strict'; var __stsplanImport = __stsplanImport || ((specifier) => import(specifier));",
      "const helper = require('./helper.cjs');",
      'module.exports = async () => {',
      "  const v = await __stsplanImport(require('node:url').pathToFileURL(__dirname + '/validators/v1.cjs'.replace('.cjs', '.js')).href);",
      "  const path = await __stsplanImport('node:path');",
      "  return [helper.twice(21), v.kind, path.basename('/a/b.txt')];",
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(join(files, 'helper.cjs'), "'use strict';\nexports.twice = (n) => n * 2;\n");
  writeFileSync(join(files, 'validators', 'v1.cjs'), "'use strict';\nexports.kind = 'commonjs copy';\n");
  writeFileSync(join(files, 'validators', 'v1.js'), "export const kind = 'es module';\n");
});
after(() => rmSync(work, { recursive: true, force: true }));

const KEYS = { 'main.cjs': 'k1', 'helper.cjs': 'k2', 'validators/v1.cjs': 'k3' };

/** One process: loads main.cjs through the cache in `dir`, prints the result and the cache hits, exits with `code`. */
function run(dir: string | null, opts: { keys?: Record<string, string>; code?: number; profile?: string; files?: string } = {}): { result: unknown[]; hits: string[] } {
  const files = opts.files ?? filesDir;
  const script = [
    `import { compileCache } from ${JSON.stringify(pathToFileURL(repoPath('build/src/cli/compile-cache.js')).href)};`,
    `const loader = compileCache({ dir: ${JSON.stringify(dir ?? undefined)}, keys: ${JSON.stringify(opts.keys ?? KEYS)}, profile: ${JSON.stringify(opts.profile ?? 'lint')} });`,
    `const result = await loader.load(${JSON.stringify(join(files, 'main.cjs'))})();`,
    `process.stdout.write(JSON.stringify({ result, hits: loader.hits.map((f) => f.slice(${JSON.stringify(files.length + 1)})) }));`,
    `process.exitCode = ${opts.code ?? 0};`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.status, opts.code ?? 0);
  return JSON.parse(r.stdout) as { result: unknown[]; hits: string[] };
}

const EXPECTED = [42, 'commonjs copy', 'b.txt'];

describe('the compile cache', () => {
  it('compiles from source on the first run and from the cache on the next, with the same results (import() included)', () => {
    const dir = join(work, 'c1');
    mkdirSync(dir);
    assert.deepEqual(run(dir), { result: EXPECTED, hits: [] });
    assert.equal(readdirSync(dir).length, 3);
    assert.deepEqual(run(dir), { result: EXPECTED, hits: ['main.cjs', 'helper.cjs', 'validators/v1.cjs'] });
    // Another command keeps a cache of its own.
    assert.deepEqual(run(dir, { profile: 'plan' }).hits, []);
    assert.deepEqual(run(dir, { profile: 'plan' }).hits.length, 3);
  });

  it('writes nothing after a run that exits 2, nor without a directory', () => {
    const dir = join(work, 'c2');
    mkdirSync(dir);
    assert.deepEqual(run(dir, { code: 2 }).result, EXPECTED);
    assert.deepEqual(readdirSync(dir), []);
    // Without a cache Node's require loads the file, and import() the module itself.
    assert.deepEqual(run(null), { result: [42, 'es module', 'b.txt'], hits: [] });
  });

  it('loads files the build did not name with require, and imports their .js as it is', () => {
    const dir = join(work, 'c3');
    mkdirSync(dir);
    const r = run(dir, { keys: { 'main.cjs': 'k1' } });
    assert.deepEqual(r.result, [42, 'es module', 'b.txt']);
    assert.deepEqual(readdirSync(dir).length, 1);
  });

  it('does not read a cache written for other bytes of the same length', () => {
    const dir = join(work, 'c4');
    mkdirSync(dir);
    run(dir);
    const helper = join(filesDir, 'helper.cjs');
    const before = statSync(helper);
    writeFileSync(helper, "'use strict';\nexports.twice = (n) => n * 3;\n");
    utimesSync(helper, before.atime, new Date(before.mtimeMs + 5000));
    try {
      // Same key (a hand edit the build did not see), other mtime: compiled from the new source.
      const r = run(dir);
      assert.deepEqual(r.result, [63, 'commonjs copy', 'b.txt']);
      assert.deepEqual(r.hits, ['main.cjs', 'validators/v1.cjs']);
    } finally {
      writeFileSync(helper, "'use strict';\nexports.twice = (n) => n * 2;\n");
    }
  });

  it('keeps the newest KEEP caches of a file and command when it writes one, and leaves everything else alone', () => {
    const dir = join(work, 'c5');
    mkdirSync(dir);
    const old = (name: string, daysAgo: number): string => {
      const path = join(dir, name);
      writeFileSync(path, 'stale');
      const t = new Date(Date.now() - daysAgo * 86_400_000);
      utimesSync(path, t, t);
      return name;
    };
    // Earlier versions of main.cjs (other keys, sizes, mtimes, Node versions) for lint, one for plan, and files not the loader's.
    const stale = [1, 2, 3, 4, 5].map((d) => old(`main.cjs-lint-k${d}old-${100 + d}-${1700000000000 + d}-v18.0.${d}-x64.v8cache`, d));
    const others = [old('main.cjs-plan-k9-100-1700000000000-v18.0.0-x64.v8cache', 30), old('helper.cjs.notes', 30), old('main.cjs-lint-k1-1-1-v1-x64.v8cache.tmp', 30), old('xmain.cjs-lint-k1-1-1-v1-x64.v8cache', 30)];
    run(dir);
    const left = readdirSync(dir);
    const mainLint = left.filter((f) => /^main\.cjs-lint-.*\.v8cache$/.test(f));
    assert.equal(mainLint.length, KEEP);
    // The one just written and the newest earlier ones.
    assert.ok(mainLint.some((f) => f.includes(process.version)));
    for (const f of stale.slice(0, KEEP - 1)) assert.ok(left.includes(f), f);
    for (const f of stale.slice(KEEP - 1)) assert.ok(!left.includes(f), f);
    for (const f of others) assert.ok(left.includes(f), f);
    // The cache written is read back.
    assert.deepEqual(run(dir).hits, ['main.cjs', 'helper.cjs', 'validators/v1.cjs']);
  });

  it('reads a file that is not ASCII as UTF-8, and a #! line as a comment, from source and from the cache', () => {
    const files = join(work, 'utf8');
    mkdirSync(files);
    writeFileSync(join(files, 'main.cjs'), "#!/usr/bin/env node\n'use strict';\nmodule.exports = async () => ['é → ü', '😀'.length, new Error('x').stack.split('\\n')[1].replace(/.*:(\\d+):\\d+\\)?$/, '$1')];\n");
    const dir = join(work, 'c6');
    mkdirSync(dir);
    const expected = ['é → ü', 2, '3'];
    assert.deepEqual(run(dir, { files, keys: { 'main.cjs': 'u1' } }), { result: expected, hits: [] });
    assert.deepEqual(run(dir, { files, keys: { 'main.cjs': 'u1' } }), { result: expected, hits: ['main.cjs'] });
  });

  it('uses a directory of the user’s own only', () => {
    assert.equal(cacheDirectory({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: join(work, 'd0') }), undefined);
    const fresh = join(work, 'd1', 'nested');
    assert.equal(cacheDirectory({ NODE_COMPILE_CACHE: fresh }), fresh);
    assert.equal(statSync(fresh).mode & 0o777, 0o700);
    const open = join(work, 'd2');
    mkdirSync(open);
    chmodSync(open, 0o777);
    assert.equal(cacheDirectory({ NODE_COMPILE_CACHE: open }), undefined);
    const file = join(work, 'd3');
    writeFileSync(file, '');
    assert.equal(cacheDirectory({ NODE_COMPILE_CACHE: file }), undefined);
  });
});
