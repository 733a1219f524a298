/**
 * What walking a directory finds (src/cli/files.ts): .gitignore files as git reads them (checked against
 * git itself), the config's `ignore:` and --ignore-pattern, named paths, globs, context, Helm charts.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expandPaths, Ignores, readInput, siblingFiles, walkDirectory, type Expanded } from '../src/cli/files.js';
import { git } from './helpers/git.js';

let root: string;
/** A git work tree inside `root`, under a directory whose own .gitignore must not apply. */
let repo: string;

function write(base: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, name)), { recursive: true });
    writeFileSync(join(base, name), text);
  }
}

const rel = (from: string, files: string[]): string[] => files.map((f) => relative(from, f).split('\\').join('/')).sort();
const found = (e: Expanded, from = repo): string[] => rel(from, e.files);

const TREE: Record<string, string> = {
  '.gitignore': 'build/\n*.tmp.yaml\n/rooted.yaml\nlogs/*\n!logs/keep.yaml\n# a comment\n',
  'a/.gitignore': 'local.yaml\n!important.tmp.yaml\nsub/\n',
  'a/b/.gitignore': '!local.yaml\n',
  // git does not look into an excluded directory, so this cannot re-include anything
  'build/.gitignore': '!x.yaml\n',
  'x.yaml': '',
  'rooted.yaml': '',
  'a/rooted.yaml': '',
  'b.tmp.yaml': '',
  'a/important.tmp.yaml': '',
  'a/other.tmp.yaml': '',
  'build/x.yaml': '',
  'a/build/x.yaml': '',
  'logs/keep.yaml': '',
  'logs/drop.yaml': '',
  'local.yaml': '',
  'a/local.yaml': '',
  'a/b/local.yaml': '',
  'a/sub/x.yaml': '',
  'c/sub/x.yaml': '',
  'c/d/e.json': '{}',
  'notes.txt': '',
};

before(() => {
  root = mkdtempSync(join(tmpdir(), 'stsplan-files-'));
  // Above the work tree: not part of the repository, so git (and stsplan) do not read it.
  writeFileSync(join(root, '.gitignore'), '*.yaml\n*.json\n');
  repo = join(root, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  write(repo, TREE);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('walking a directory', () => {
  it('skips what git ignores: nested .gitignore files apply to their own subtree, negations work', async () => {
    const e = await expandPaths(['.'], repo, new Ignores({ cwd: repo }));
    const untracked = git(repo, '-c', 'core.excludesFile=/dev/null', 'ls-files', '--others', '--exclude-standard')
      .split('\n')
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort();
    assert.deepEqual(found(e), untracked);
    // What that means, spelled out.
    assert.deepEqual(found(e), ['a/b/local.yaml', 'a/important.tmp.yaml', 'a/rooted.yaml', 'c/d/e.json', 'c/sub/x.yaml', 'local.yaml', 'logs/keep.yaml', 'x.yaml']);
    assert.deepEqual(e.errors, []);
  });

  it('applies the .gitignore files of the directories above the one walked, up to the work tree top', async () => {
    const e = await expandPaths(['a'], repo, new Ignores({ cwd: repo }));
    assert.deepEqual(found(e), ['a/b/local.yaml', 'a/important.tmp.yaml', 'a/rooted.yaml']);
    // Walking from inside the subdirectory gives the same files.
    const inside = await expandPaths(['.'], join(repo, 'a'), new Ignores({ cwd: join(repo, 'a') }));
    assert.deepEqual(found(inside), found(e));
  });

  it('marks walked files as discovered, and a file that is also named as not', async () => {
    const e = await expandPaths(['.', 'x.yaml'], repo, new Ignores({ cwd: repo }));
    assert.ok(e.discovered.has(join(repo, 'local.yaml')));
    assert.ok(!e.discovered.has(join(repo, 'x.yaml')));
    assert.equal(e.files.filter((f) => f === join(repo, 'x.yaml')).length, 1);
  });

  it('skips .git/ and node_modules/ even when a .gitignore re-includes them', async () => {
    const d = join(root, 'skip');
    mkdirSync(d);
    git(d, 'init', '-q');
    write(d, { '.gitignore': '!node_modules/\n', 'node_modules/m/x.yaml': '', '.git/x.yaml': '', 'k.yaml': '' });
    assert.deepEqual(found(await expandPaths([d], root, new Ignores({ cwd: root })), d), ['k.yaml']);
  });

  it('judges a nested repository by its own .gitignore files only, as git does', async () => {
    const d = join(root, 'outer');
    mkdirSync(d);
    git(d, 'init', '-q');
    write(d, { '.gitignore': '*.gen.yaml\n', 'a.gen.yaml': '', 'vendor/lib/b.gen.yaml': '', 'vendor/lib/.gitignore': 'c.yaml\n', 'vendor/lib/c.yaml': '' });
    git(join(d, 'vendor/lib'), 'init', '-q');
    assert.deepEqual(found(await expandPaths(['.'], d, new Ignores({ cwd: d })), d), ['vendor/lib/b.gen.yaml']);
  });

  it('outside a git work tree, applies the .gitignore files from the walked directory down', async () => {
    const d = join(root, 'plain');
    write(d, { '.gitignore': 'gen/\n', 'gen/x.yaml': '', 'y.yaml': '', 'sub/.gitignore': 'z.yaml\n', 'sub/z.yaml': '', 'sub/w.yaml': '' });
    // root/.gitignore (*.yaml) is above the walked directory and no .git makes it part of a repository
    assert.deepEqual(found(await expandPaths([d], root, new Ignores({ cwd: root })), d), ['sub/w.yaml', 'y.yaml']);
  });
});

describe('ignore patterns', () => {
  it('--ignore-pattern is relative to the working directory', async () => {
    const fromRepo = await expandPaths(['.'], repo, new Ignores({ cwd: repo, patterns: ['/x.yaml', 'c/'] }));
    assert.deepEqual(found(fromRepo), ['a/b/local.yaml', 'a/important.tmp.yaml', 'a/rooted.yaml', 'local.yaml', 'logs/keep.yaml']);
    // The same pattern from inside a/ means a/rooted.yaml, not rooted.yaml at the top.
    const fromA = await expandPaths([repo], join(repo, 'a'), new Ignores({ cwd: join(repo, 'a'), patterns: ['/rooted.yaml'] }));
    assert.ok(!found(fromA).includes('a/rooted.yaml'));
    assert.ok(found(fromA).includes('x.yaml'));
  });

  it("the config's ignore: is relative to the config file's directory", async () => {
    const e = await expandPaths(['.'], join(repo, 'c'), new Ignores({ cwd: join(repo, 'c'), config: { dir: repo, patterns: ['/c/sub/', 'keep.yaml'] } }));
    assert.deepEqual(found(e), ['c/d/e.json']);
    assert.deepEqual(found(await expandPaths(['.'], repo, new Ignores({ cwd: repo, config: { dir: repo, patterns: ['keep.yaml'] } }))), [
      'a/b/local.yaml', 'a/important.tmp.yaml', 'a/rooted.yaml', 'c/d/e.json', 'c/sub/x.yaml', 'local.yaml', 'x.yaml',
    ]);
  });

  it('a negated --ignore-pattern re-includes what .gitignore excludes', async () => {
    const e = await expandPaths(['.'], repo, new Ignores({ cwd: repo, patterns: ['!build/', '!rooted.yaml'] }));
    assert.ok(found(e).includes('build/x.yaml'), found(e).join());
    assert.ok(found(e).includes('rooted.yaml'));
    assert.ok(found(e).includes('a/build/x.yaml'));
  });
});

describe('named paths, globs and context', () => {
  it('lints a named file even when it is ignored, and walks a named directory that is ignored itself', async () => {
    const e = await expandPaths(['build/x.yaml', 'rooted.yaml'], repo, new Ignores({ cwd: repo }));
    assert.deepEqual(found(e), ['build/x.yaml', 'rooted.yaml']);
    assert.equal(e.discovered.size, 0);
    // Named, build/ is walked; what .gitignore says about the files inside it still holds.
    write(repo, { 'build/y.tmp.yaml': '' });
    const dir = await expandPaths(['build'], repo, new Ignores({ cwd: repo }));
    assert.deepEqual(found(dir), ['build/x.yaml']);
    rmSync(join(repo, 'build/y.tmp.yaml'));
  });

  it('applies the ignores to the files a glob matches, and says so when it leaves none', async () => {
    const e = await expandPaths(['**/*.yaml'], repo, new Ignores({ cwd: repo }));
    assert.deepEqual(found(e), ['a/b/local.yaml', 'a/important.tmp.yaml', 'a/rooted.yaml', 'c/sub/x.yaml', 'local.yaml', 'logs/keep.yaml', 'x.yaml']);
    assert.ok([...e.discovered].length === e.files.length);
    const none = await expandPaths(['build/*.yaml'], repo, new Ignores({ cwd: repo }));
    assert.deepEqual(none.files, []);
    assert.equal(none.errors.length, 1);
    assert.match(none.errors[0]!.message, /all files matching "build\/\*\.yaml" are ignored/);
  });

  it('loads as context only the files beside a named one that are not ignored', async () => {
    const ctx = await siblingFiles([join(repo, 'x.yaml')], new Ignores({ cwd: repo, patterns: ['local.yaml'] }));
    assert.deepEqual(rel(repo, ctx), ['x.yaml']);
    // rooted.yaml and b.tmp.yaml are ignored by .gitignore, local.yaml by the pattern
    const a = await siblingFiles([join(repo, 'a/rooted.yaml')], new Ignores({ cwd: repo }));
    assert.deepEqual(rel(repo, a), ['a/important.tmp.yaml', 'a/rooted.yaml']);
    // The directory of a named file is named too: its files are context, unless ignored themselves.
    write(repo, { 'build/y.yaml': '', 'build/z.tmp.yaml': '' });
    const b = await siblingFiles([join(repo, 'build/x.yaml')], new Ignores({ cwd: repo }));
    assert.deepEqual(rel(repo, b), ['build/x.yaml', 'build/y.yaml']);
    rmSync(join(repo, 'build/y.yaml'));
    rmSync(join(repo, 'build/z.tmp.yaml'));
  });
});

describe('Helm charts', () => {
  const CHART = {
    'Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    'values.yaml': 'replicas: 3\n',
    'values-prod.yaml': 'replicas: 5\n',
    'values.schema.json': '{"type": "object"}',
    'templates/sts.yaml': 'replicas: {{ .Values.replicas }}\n',
    'templates/sub/svc.yaml': '{{- if .Values.svc }}\n',
    'crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n',
    'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.1.0\n',
    'charts/cache/values.yaml': 'x: 1\n',
    'charts/cache/templates/cm.yaml': '{{ .Values.x }}\n',
  };
  let d: string;
  before(() => {
    d = join(root, 'helm');
    write(join(d, 'deploy/db'), CHART);
    write(d, { 'k8s/sts.yaml': '', 'k8s/templates/keep.yaml': '' });
  });

  it('does not read a chart’s templates or values files when walking, reads its Chart.yaml (for one info per chart), and lists the charts', async () => {
    const e = await expandPaths(['.'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(e, d), ['deploy/db/Chart.yaml', 'deploy/db/charts/cache/Chart.yaml', 'deploy/db/crds/crd.yaml', 'k8s/sts.yaml', 'k8s/templates/keep.yaml']);
    assert.deepEqual(rel(d, e.charts), ['deploy/db', 'deploy/db/charts/cache']);
    // Walking the chart itself, or matching it with a glob, is the same.
    const chart = await expandPaths(['deploy/db'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(chart, d), ['deploy/db/Chart.yaml', 'deploy/db/charts/cache/Chart.yaml', 'deploy/db/crds/crd.yaml']);
    assert.deepEqual(rel(d, chart.charts), ['deploy/db', 'deploy/db/charts/cache']);
    const glob = await expandPaths(['deploy/**/*.yaml'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(glob, d), ['deploy/db/Chart.yaml', 'deploy/db/charts/cache/Chart.yaml', 'deploy/db/crds/crd.yaml']);
    assert.deepEqual(rel(d, glob.charts), ['deploy/db', 'deploy/db/charts/cache']);
  });

  it('still reads a chart file that is named', async () => {
    const e = await expandPaths(['deploy/db/templates/sts.yaml', 'deploy/db/values.yaml'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(e, d), ['deploy/db/templates/sts.yaml', 'deploy/db/values.yaml']);
    assert.equal(e.discovered.size, 0);
  });
});

describe('symbolic links and special files', () => {
  let d: string;
  before(() => {
    d = join(root, 'links');
    write(d, { 'a/web.yaml': '', 'b/db.yaml': '', 'outside/x.yaml': '', 'a/.gitignore': 'ignored\n' });
    symlinkSync('../b', join(d, 'a/to-b'));
    symlinkSync('../outside', join(d, 'a/to-outside'));
    symlinkSync('../outside/x.yaml', join(d, 'a/x.yaml'));
    symlinkSync('..', join(d, 'a/up'));
    symlinkSync('web.yaml', join(d, 'a/same.yaml'));
    symlinkSync('/dev/zero', join(d, 'a/zero.yaml'));
    symlinkSync('../outside', join(d, 'a/ignored'));
  });
  const warned = (e: { warnings: { file: string; severity: string }[] }): string[] => e.warnings.map((w) => `${relative(d, w.file)} ${w.severity}`).sort();

  it('follows links into the paths given, once, and reports those leading out of them', async () => {
    const one = await expandPaths(['a'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(one, d), ['a/web.yaml']);
    assert.deepEqual(warned(one), ['a/to-b warning', 'a/to-outside warning', 'a/up warning', 'a/x.yaml warning']);
    assert.deepEqual(one.errors, []);
    // With b/ given too, a/to-b leads into it: b is walked once, under its own name.
    const two = await expandPaths(['a', 'b'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(two, d), ['a/web.yaml', 'b/db.yaml']);
    assert.deepEqual(warned(two), ['a/to-outside warning', 'a/up warning', 'a/x.yaml warning']);
    // From the top, everything is inside: each file once, none through a link; the ignored link is not followed.
    const top = await expandPaths(['.'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(top, d), ['a/web.yaml', 'b/db.yaml', 'outside/x.yaml']);
    assert.deepEqual(top.warnings, []);
    // --context directories are walked the same way.
    const ctx = await walkDirectory(join(d, 'a'), new Ignores({ cwd: d }));
    assert.deepEqual(rel(d, ctx.files), ['a/web.yaml']);
    assert.equal(ctx.warnings.length, 4);
  });

  it('a link named on the command line is read wherever it leads', async () => {
    const e = await expandPaths(['a/x.yaml'], d, new Ignores({ cwd: d }));
    assert.deepEqual(found(e, d), ['a/x.yaml']);
    assert.deepEqual(e.warnings, []);
  });

  it('reads a device named on the command line up to the limit and no further', () => {
    const r = readInput('/dev/zero', 1000);
    assert.ok('error' in r);
    assert.match(r.error.message, /over the limit of 1000 \(--max-file-bytes\)/);
    const ok = readInput(join(d, 'a/web.yaml'), 0);
    assert.ok('content' in ok && ok.content.length === 0);
  });
});
