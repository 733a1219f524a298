/**
 * What users install, as they install it: the committed dist/ is the build of the committed
 * sources (the GitHub Action and the pre-commit hook run it without building); `npm pack` ships the
 * bundles and docs but no tests or benchmarks; the tarball installs with `--omit=dev` and without
 * the network, and its CLI, library and types work from there; the README's Quick start runs on a
 * fresh copy of the repository without building.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, REPO, repoPath } from './helpers/paths.js';
import { readmeSnippet } from './helpers/readme.js';

const inputs = (await import(pathToFileURL(repoPath('scripts/inputs.mjs')).href)) as { inputsHash(root: string): string; STAMP: string };

const git = (...args: string[]): { code: number; out: string } => {
  const r = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout };
};

/** What scripts/inputs.mjs hashes, as git pathspecs. */
const BUILD_INPUTS = ['src', 'rules', 'schemas', 'scripts', 'tsconfig.json', 'package-lock.json'];

describe('dist/', () => {
  it('was built from the sources beside it (its recorded inputs hash is theirs)', () => {
    assert.equal(readFileSync(repoPath(`dist/${inputs.STAMP}`), 'utf8').trim(), inputs.inputsHash(REPO), 'dist/ is stale: run npm run build');
  });

  it('is committed as the build of the committed sources', (t) => {
    // `npm test` has just rebuilt dist/. On a clean checkout of a commit (CI), the rebuild must
    // leave dist/ exactly as committed: otherwise the Action and the hook would run stale code.
    // With source changes not yet committed, the comparison is made when they are.
    const inputsChanged = git('status', '--porcelain', '--', ...BUILD_INPUTS).out !== '';
    if (inputsChanged) {
      t.diagnostic('sources differ from HEAD: dist/ is checked against HEAD once they are committed');
      assert.notEqual(git('status', '--porcelain', '--', ...BUILD_INPUTS).out, '');
      return;
    }
    assert.equal(git('status', '--porcelain', '--untracked-files=all', '--', 'dist').out, '', 'the committed dist/ differs from a fresh build: run npm run build and commit dist/');
  });
});

describe('the npm package', () => {
  let root: string;
  let project: string;
  let files: string[];
  const run = (cmd: string, args: string[], cwd = project): { code: number; out: string; err: string } => {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
    return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'stsplan-package-'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', root], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
    project = join(root, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    const install = run('npm', ['install', join(root, packed[0]!.filename), '--omit=dev', '--offline', '--no-audit', '--no-fund']);
    assert.equal(install.code, 0, install.out + install.err);
    cpSync(repoPath('examples'), join(project, 'k8s'), { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('ships the bundles, the types and the rule docs, and no sources, tests, benchmarks or build output', () => {
    for (const f of ['dist/cli.cjs', 'dist/index.js', 'dist/action.js', 'dist/types/src/index.d.ts', 'dist/validators/v1.36.js', 'dist/THIRD-PARTY-LICENSES.txt', 'rules/service-not-headless.md', 'schemas/stsplan-config.schema.json', 'schemas/plan.schema.json', 'README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(f), f);
    assert.deepEqual(files.filter((f) => /^(build|test|bench|src|scripts|examples)\//.test(f) || (f.startsWith('schemas/') && !['schemas/stsplan-config.schema.json', 'schemas/plan.schema.json'].includes(f))), []);
  });

  it('installs with --omit=dev and without the network, bringing nothing else', () => {
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((e) => !e.startsWith('.')), ['stsplan']);
  });

  it('runs `npx stsplan lint` and `npx stsplan plan` from there', () => {
    const lint = run('npm', ['exec', '--offline', '--', 'stsplan', 'lint', 'k8s/']);
    assert.equal(lint.code, 1, lint.err);
    assert.match(lint.out, /volume-mount-unknown/);
    assert.match(lint.out, /mistakes\/db\.yaml/);
    const plan = run('npm', ['exec', '--offline', '--', 'stsplan', 'plan', 'k8s/upgrade/web.yaml', '--from', 'k8s/clean/web.yaml']);
    assert.equal(plan.code, 0, plan.err);
    assert.match(plan.out, /Plan: \+1 pod, \+1 PVC/);
    // A Kubernetes version whose validators are another file of the package.
    const old = run('npm', ['exec', '--offline', '--', 'stsplan', 'lint', '--kube-version', '1.29', '--format', 'json', 'k8s/clean/']);
    assert.equal(old.code, 0, old.err);
    assert.deepEqual((JSON.parse(old.out) as { messages: unknown[] }[]).flatMap((r) => r.messages), []);
  });

  it('serves the library to `import` with types that a TypeScript consumer compiles against', () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { lint, plan, type LintReport } from 'stsplan';",
        "import type { StatefulSet } from 'kubernetes-types/apps/v1.js';",
        "import { readFileSync } from 'node:fs';",
        "const content = readFileSync('k8s/mistakes/db.yaml', 'utf8');",
        "const report: LintReport = await lint([{ path: 'web.yaml', content }]);",
        "const set: StatefulSet = { spec: { serviceName: 'web', selector: {}, template: {} } };",
        "const p = await plan(null, [{ path: 'web.yaml', content: readFileSync('k8s/clean/web.yaml', 'utf8') }]);",
        'console.log(JSON.stringify({ rules: report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)), created: p.summary.podsCreated, set: set.spec?.serviceName }));',
        '',
      ].join('\n'),
    );
    // kubernetes-types is an optional peer dependency: a TypeScript consumer has it; point at ours.
    const kt = dirname(repoPath('node_modules/kubernetes-types/package.json'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: false, outDir: 'out', types: ['node'], typeRoots: [repoPath('node_modules/@types')], paths: { 'kubernetes-types/*': [`${kt}/*`] } }, files: ['use.ts'] }),
    );
    const tsc = run(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', '.']);
    assert.equal(tsc.code, 0, tsc.out + tsc.err);
    const used = run(process.execPath, ['out/use.js']);
    assert.equal(used.code, 0, used.err);
    const result = JSON.parse(used.out) as { rules: string[]; created: number; set: string };
    assert.ok(result.rules.includes('volume-mount-unknown'), used.out);
    assert.equal(result.created, 3);
  });
});

describe('README Quick start', () => {
  it('runs its first line on a fresh copy of the repository without the network, printing findings and the plan', () => {
    const line = readmeSnippet('quick-start').split('\n')[0]!;
    assert.match(line, /^npm ci --omit=dev && /);
    const copy = mkdtempSync(join(tmpdir(), 'stsplan-quick-start-'));
    try {
      // What a clone has: the committed files (and new ones not yet committed), no node_modules, no build/.
      for (const f of git('ls-files', '-z', '--cached', '--others', '--exclude-standard').out.split('\0').filter(Boolean)) {
        try {
          cpSync(repoPath(f), join(copy, f));
        } catch {
          // listed but deleted in the working tree
        }
      }
      const r = spawnSync('bash', ['-c', line], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false' } });
      assert.match(r.stdout, /examples\/mistakes\/db\.yaml/, r.stderr);
      assert.match(r.stdout, /volume-mount-unknown/);
      assert.match(r.stdout, /Plan: \+1 pod, \+1 PVC, \+4 DNS records, 3 pods replaced, 0 deleted\./);
      assert.doesNotMatch(r.stderr, /stsplan build/, 'the Quick start must not build');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the stsplan command', () => {
  it("compiles from a cache from the second run on: Node's own (22.1+) or the launcher's (Node 20), and not when it is turned off", async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stsplan-compile-cache-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const lint = (vars: NodeJS.ProcessEnv) => spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', repoPath('examples/mistakes/db.yaml')], { encoding: 'utf8', env: vars });
      const listed = (dir: string): string[] => {
        try {
          return readdirSync(dir, { recursive: true }).map(String);
        } catch {
          return [];
        }
      };
      const off = lint({ ...env, NODE_DISABLE_COMPILE_CACHE: '1' });
      assert.equal(off.status, 1, off.stderr);
      assert.deepEqual(readdirSync(tmp), []);
      const first = lint(env);
      const second = lint(env);
      assert.equal(first.status, 1, first.stderr);
      assert.equal(second.status, 1, second.stderr);
      assert.equal(first.stdout, off.stdout);
      assert.equal(second.stdout, off.stdout);
      assert.equal(second.stderr, '');
      const hasApi = typeof ((await import('node:module')).default as { enableCompileCache?: unknown }).enableCompileCache === 'function';
      // module.enableCompileCache() without a directory writes under os.tmpdir()/node-compile-cache;
      // the launcher's cache (src/cli/compile-cache.ts) under os.tmpdir()/stsplan-compile-cache-UID.
      if (hasApi) assert.ok(listed(join(tmp, 'node-compile-cache')).length > 0, 'no compile cache written');
      else {
        const own = listed(join(tmp, `stsplan-compile-cache-${process.getuid?.() ?? 'user'}`));
        for (const f of ['cli-main.cjs', 'common.cjs', 'v1.36.cjs']) assert.ok(own.some((e) => e.startsWith(`${f}-lint-`) && /(-o[0-9a-f]+)?-v[\d.]+-\w+\.v8cache$/.test(e)), `${f}: ${own.join(', ')}`);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
