#!/usr/bin/env node
/**
 * The build, in three steps, each announced on stderr:
 *   1. tsc: src/, rules/, schemas/, test/, bench/ → build/ (what the tests and benchmarks run);
 *   2. the standalone ajv validators, a module per Kubernetes minor and one of what most share
 *      (build/schemas/validators/);
 *   3. esbuild: the shipped modules → dist/ (committed: the GitHub Action, the pre-commit hook and a
 *      checkout run them without installing or building anything). Every runtime dependency is
 *      bundled, so the published package has none; each entry is one file, in which what the
 *      common path does not need (the stylish formatter, globbing) runs only when used; the CLI
 *      (dist/cli-main.cjs, required by the launcher dist/cli.cjs) is CommonJS; the `yaml` library
 *      and eslint-rule-docs are files of their own, loaded when first required; the validators
 *      are copied beside them, each with a CommonJS copy for the CLI, and loaded for the target
 *      version only. The launcher gets the key of each CommonJS file for its compile cache (Node
 *      20, src/cli/compile-cache.ts), and the CLI's `import(` calls the cache's hook.
 * Then dist/build-inputs.sha256 records the hash of what the build read (scripts/inputs.mjs), so that
 * `prepare` can tell a current dist/ from a stale one without building.
 *
 * `node scripts/build.mjs --bundle-only` redoes step 3 from an existing build/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsHash, STAMP } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleOnly = process.argv.includes('--bundle-only');
const step = (n, what) => process.stderr.write(`stsplan build ${n}/3: ${what}\n`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!bundleOnly) {
  step(1, 'compiling TypeScript (tsc) into build/');
  rmSync(join(root, 'build'), { recursive: true, force: true });
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  step(2, 'compiling the schema validators');
  run(process.execPath, [join(root, 'build/schemas/compile.js')]);
}

/**
 * The licenses of the packages bundled into dist/ (MIT, ISC and Apache-2.0 ask that their notices
 * travel with the code): one file, from the packages esbuild actually read.
 */
function writeLicenses(metafiles) {
  const dirs = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) dirs.add(m[1]);
    }
  }
  const sections = [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const file = readdirSync(join(root, dir)).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
      const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : `License: ${pkg.license} (the package ships no license file)`;
      return { name: pkg.name, text: `${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n` };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const head = 'stsplan bundles these packages into dist/. Their licenses follow.\n';
  writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), [head, ...sections.map((s) => s.text)].join(`\n${'-'.repeat(80)}\n\n`));
}

step(3, 'bundling dist/ (esbuild)');
const { build } = await import('esbuild');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies require Node's built-ins; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);" },
  define: { STSPLAN_BUNDLE: 'true' },
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
};
const metafiles = [];
/**
 * What a start-up does not run stays out of the start-up's file. Two packages are bundled into
 * files of their own beside the bundles and loaded by the `require` that first needs them (a
 * relative require, which resolves beside the bundle): the `yaml` library (about 260 KB, needed
 * only to place a finding the fast reader cannot, src/load/yaml-lib.ts) and eslint-rule-docs (a
 * 196 KB table, see its shim). eslint-formatter-pretty's imports of string-width and
 * eslint-rule-docs go to shims (scripts/bundle-shims/) that answer what stsplan asks of them
 * without initialising those modules, and hand anything else to the real ones.
 */
const lazyFiles = { yaml: 'yaml.cjs', 'eslint-rule-docs': 'eslint-rule-docs.cjs' };
const shims = { 'string-width': 'scripts/bundle-shims/string-width.mjs', 'eslint-rule-docs': 'scripts/bundle-shims/eslint-rule-docs.mjs' };
const startUp = {
  name: 'stsplan-start-up',
  setup(b) {
    b.onResolve({ filter: /^(string-width|eslint-rule-docs|yaml)$/ }, (a) => {
      if (shims[a.path] && /node_modules[\\/]eslint-formatter-pretty[\\/]/.test(a.importer)) return { path: join(root, shims[a.path]) };
      if (lazyFiles[a.path] && a.kind === 'require-call') return { path: `./${lazyFiles[a.path]}`, external: true };
      return undefined;
    });
  },
};
/**
 * The CommonJS files the CLI loads (the launcher, the CLI, the lazy files, the validators' copies)
 * are minified: a start-up reads each whole and V8 holds its source, and at 2.2 MB unminified
 * against 1.4 MB the reading and copying measured 4 to 5% of a clean file's run (src/cli/bin.ts).
 * Names are kept (`keepNames`: functions' and classes' `.name`, which a dependency may read, and
 * the names in a `--debug` stack trace; 1 ms of a run). The library's files (index.js, the
 * validators' .js) stay as written.
 */
const minify = { minify: true, keepNames: true };
for (const [name, file] of Object.entries(lazyFiles)) {
  const stdin = { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, sourcefile: `${name}-entry.cjs` };
  metafiles.push((await build({ ...common, ...minify, banner: {}, format: 'cjs', stdin, outfile: join('dist', file) })).metafile);
}
// The CLI proper is CommonJS, required by the launcher (dist/cli.cjs): Node loads a CommonJS file
// without the ES module loader's steps (decoding the source apart, linking, evaluating as a graph),
// and its built-in modules (child_process, crypto…) are required where first used instead of
// imported when the file loads, as an ES module's imports must be.
// The launcher and the CLI: CommonJS, minified, `import.meta.url` as CommonJS knows it.
const commonjs = {
  ...common,
  ...minify,
  format: 'cjs',
  banner: { js: "'use strict';\nconst __stsplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__stsplanUrl' },
};
metafiles.push((await build({ ...commonjs, plugins: [startUp], entryPoints: ['build/src/cli/main.js'], outfile: 'dist/cli-main.cjs' })).metafile);

/**
 * The launcher loads the CommonJS files through its compile cache on Node without one of its own
 * (src/cli/compile-cache.ts), where a script cannot `import()`: each `import(` of the CLI bundle
 * (found by TypeScript's parser, not by text) calls the loader's hook instead, or `import()` itself
 * when Node's own require loaded the file (Node 22.1+: the `var` keeps the hook when it is given).
 */
const ts = (await import('typescript')).default;
function importCalls(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const at = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) at.push(node.expression.getStart(sf));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return at;
}
/**
 * Non-ASCII characters as \u escapes: esbuild escapes them in code but keeps comments as written, and
 * one such character makes V8 hold the whole 1 MB source in two bytes a character, decoded from
 * UTF-8, where an ASCII file is copied. An escape means the same character in a string, template,
 * regular expression or identifier, and is text in a comment.
 */
function ascii(file, text) {
  if (/[\u2028\u2029]/.test(text)) throw new Error(`${file}: a line separator character, which an escape would not keep a line break`);
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
{
  const file = join(dist, 'cli-main.cjs');
  let text = readFileSync(file, 'utf8');
  for (const at of importCalls(file, text).reverse()) text = `${text.slice(0, at)}__stsplanImport${text.slice(at + 'import'.length)}`;
  text = text.replace("'use strict';\n", "'use strict'; var __stsplanImport = __stsplanImport || ((specifier) => import(specifier));\n");
  writeFileSync(file, ascii(file, text));
}
for (const name of Object.values(lazyFiles)) {
  const file = join(dist, name);
  const text = readFileSync(file, 'utf8');
  if (importCalls(file, text).length) throw new Error(`${name}: import() in a file the compile cache loads, which has no hook for it`);
  writeFileSync(file, ascii(file, text));
}
// The validators: what schemas/compile.ts wrote, a module per Kubernetes minor plus the module of
// what most versions share. They import nothing (compile.ts fails otherwise), so they are copied as
// they are and loaded only for the target version.
const validators = join(root, 'build/schemas/validators');
mkdirSync(join(dist, 'validators'), { recursive: true });
// Beside each, its CommonJS copy (.cjs), which the CLI loads through the compile cache: an ES module
// cannot be compiled from V8's code cache on Node 20 (the library and the load worker import the .js).
const { transform } = await import('esbuild');
for (const f of readdirSync(validators).filter((f) => f.endsWith('.js'))) {
  cpSync(join(validators, f), join(dist, 'validators', f));
  const out = await transform(readFileSync(join(validators, f), 'utf8'), { ...minify, format: 'cjs', target: 'node20', banner: "'use strict';", sourcefile: f, logLevel: 'warning' });
  const code = out.code.replace(/require\("\.\/common\.js"\)/g, 'require("./common.cjs")');
  if (/require\((?!"\.\/common\.cjs"\))/.test(code) || importCalls(f, code).length) throw new Error(`validators/${f}: imports something besides ./common.js`);
  writeFileSync(join(dist, 'validators', f.replace(/\.js$/, '.cjs')), ascii(f, code));
}
/**
 * The launcher and its keys: each file the compile cache may load, with a hash of its bytes, so
 * that a cache written for other bytes of the same length is never read (V8 checks the length only).
 */
const cacheKeys = {};
for (const name of [...Object.values(lazyFiles), 'cli-main.cjs', ...readdirSync(join(dist, 'validators')).filter((f) => f.endsWith('.cjs')).map((f) => `validators/${f}`)]) {
  cacheKeys[name] = createHash('sha256').update(readFileSync(join(dist, name))).digest('hex').slice(0, 16);
}
// One self-contained file per entry: a start-up reads one module, not a dozen chunks. Dependencies
// and rarely used code inside it are initialised when first used, not when the file loads.
for (const [name, entry] of Object.entries({ 'load-worker': 'build/src/load/load-worker.js', index: 'build/src/index.js', action: 'build/src/cli/action.js' })) {
  metafiles.push((await build({ ...common, plugins: [startUp], entryPoints: { [name]: entry }, outdir: 'dist' })).metafile);
}
// The launcher, the package's bin, is CommonJS like the CLI it loads (src/cli/bin.ts says why).
metafiles.push((await build({ ...commonjs, define: { ...commonjs.define, STSPLAN_CACHE_KEYS: JSON.stringify(cacheKeys) }, entryPoints: ['build/src/cli/bin.js'], outfile: 'dist/cli.cjs' })).metafile);
writeLicenses(metafiles);
// The CLI is the package's bin (its source starts with the #! line, which esbuild keeps first).
chmodSync(join(dist, 'cli.cjs'), 0o755);
// The library's types: tsc's declarations of what index.ts reaches (src/, rules/).
for (const dir of ['src', 'rules']) cpSync(join(root, 'build', dir), join(dist, 'types', dir), { recursive: true, filter: (p) => !/\.js$/.test(p) });
writeFileSync(join(dist, STAMP), `${inputsHash(root)}\n`);
