/**
 * The pre-commit hook for real: Debian's `pre-commit` installs this repository (its working tree,
 * committed to a throwaway hook repository) as a `language: node` hook in a throwaway project, and
 * `git commit` runs it. A broken StatefulSet is refused with the finding printed; a clean one passes;
 * a Service in an unchanged file elsewhere satisfies service-not-found through `.stsplan.yaml`; a
 * commit large enough for pre-commit to split into parallel runs is linted in one run.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { REPO } from './helpers/paths.js';
import { readmeSnippet } from './helpers/readme.js';
import { GIT_ENV } from './helpers/git.js';


/** Debian's pre-commit, installed here when missing and allowed (as .ci/run does). */
function ensurePreCommit(): void {
  if (spawnSync('pre-commit', ['--version']).status === 0) return;
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (spawnSync('apt-get', ['install', '-y', '-q', 'pre-commit'], { env, stdio: 'ignore' }).status !== 0) {
      spawnSync('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
      spawnSync('apt-get', ['install', '-y', '-q', 'pre-commit'], { env, stdio: 'ignore' });
    }
  }
  assert.equal(spawnSync('pre-commit', ['--version']).status, 0, 'these tests need pre-commit: apt-get install pre-commit (or pip install pre-commit)');
}

/** A commit of this repository's working tree (tracked and new files, .gitignore respected), without touching its index or branches. */
function workingTreeCommit(scratch: string): string {
  const env = { ...process.env, ...GIT_ENV, GIT_INDEX_FILE: join(scratch, 'index') };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: REPO, env, encoding: 'utf8' }).trim();
  git('add', '-A', '.');
  return git('commit-tree', git('write-tree'), '-m', 'stsplan working tree under test');
}

const examples = parseAllDocuments(readFileSync(join(REPO, 'examples/clean/web.yaml'), 'utf8')).map((d) => d.toJS() as { kind: string });
const manifests = (kinds: string[]): string => examples.filter((o) => kinds.includes(o.kind)).map((o) => stringify(o)).join('---\n');
const PLATFORM = manifests(['Service', 'StorageClass']);
const APP = manifests(['StatefulSet', 'PodDisruptionBudget']);
/** A StatefulSet and its headless Service, for files in different directories. */
const statefulSet = (name: string): string =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n  serviceName: ${name}\n  replicas: 1\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n      - name: db\n        image: postgres:16\n        readinessProbe: {exec: {command: [pg_isready]}}\n`;
const headlessService = (name: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  clusterIP: None\n  selector: {app: ${name}}\n  ports:\n  - {name: pg, port: 5432}\n`;

const BROKEN_APP = APP.replace('mountPath: /usr/share/nginx/html', 'mountPath: /usr/share/nginx/html\n            - name: cache\n              mountPath: /cache');

describe('.pre-commit-hooks.yaml', () => {
  it('runs stsplan-lint once per commit (require_serial), since rules look across files', () => {
    const hooks = parseAllDocuments(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8'))[0]!.toJS() as { id: string; require_serial?: boolean }[];
    assert.equal(hooks.find((h) => h.id === 'stsplan-lint')?.require_serial, true);
  });
});

describe('pre-commit hook stsplan-lint', () => {
  let root: string;
  let project: string;
  const env = (): NodeJS.ProcessEnv => ({ ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(root, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' });
  const git = (...args: string[]): { code: number; out: string } => {
    const r = spawnSync('git', args, { cwd: project, env: env(), encoding: 'utf8' });
    return { code: r.status ?? -1, out: r.stdout + r.stderr };
  };
  const commits = (): number => Number(git('rev-list', '--count', 'HEAD').out.trim());

  before(() => {
    ensurePreCommit();
    root = mkdtempSync(join(tmpdir(), 'stsplan-pre-commit-'));
    const hookRepo = join(root, 'hook.git');
    execFileSync('git', ['init', '-q', '--bare', hookRepo]);
    const rev = workingTreeCommit(root);
    execFileSync('git', ['push', '-q', hookRepo, `${rev}:refs/heads/main`], { cwd: REPO });
    project = join(root, 'project');
    mkdirSync(join(project, 'platform'), { recursive: true });
    mkdirSync(join(project, 'apps'));
    mkdirSync(join(project, '.github/workflows'), { recursive: true });
    git('init', '-q');
    // The README's snippet, pointed at the working tree under test.
    const config = readmeSnippet('pre-commit-config');
    assert.match(config, /repo: https:\/\/github\.com\/stsplan\/stsplan\n\s+rev: v[\d.]+\n/);
    writeFileSync(join(project, '.pre-commit-config.yaml'), config.replace(/repo: \S+/, `repo: ${hookRepo}`).replace(/rev: \S+/, `rev: ${rev}`));
    writeFileSync(join(project, 'platform/nginx.yaml'), PLATFORM);
    // Not a manifest: the hook gets it (types yaml) and must let it through.
    writeFileSync(join(project, '.github/workflows/ci.yaml'), 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n');
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: project, env: env(), encoding: 'utf8' });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    git('add', '.');
    const first = git('commit', '-q', '-m', 'platform');
    assert.equal(first.code, 0, first.out);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('passes a commit of non-manifest YAML and clean manifests', () => {
    assert.equal(commits(), 1);
    assert.match(git('show', '--stat', 'HEAD').out, /platform\/nginx\.yaml/);
  });

  it('warns about a StatefulSet whose Service is in another directory tree until .stsplan.yaml names it as context', () => {
    writeFileSync(join(project, 'apps/web.yaml'), APP);
    git('add', 'apps/web.yaml');
    const run = (): { code: number; out: string } => {
      const r = spawnSync('pre-commit', ['run', '--verbose', '--files', 'apps/web.yaml'], { cwd: project, env: env(), encoding: 'utf8' });
      return { code: r.status ?? -1, out: r.stdout + r.stderr };
    };
    // A missing governing Service is a warning: the commit is not refused, the finding is shown.
    const warned = run();
    assert.equal(warned.code, 0, warned.out);
    assert.match(warned.out, /service-not-found/);
    // The Service lives in platform/, which this commit does not touch: the config makes it context.
    writeFileSync(join(project, '.stsplan.yaml'), readmeSnippet('stsplan-context'));
    git('add', '.stsplan.yaml', 'apps/web.yaml');
    const clean = run();
    assert.equal(clean.code, 0, clean.out);
    assert.doesNotMatch(clean.out, /service-not-found/);
    const passed = git('commit', '-m', 'app');
    assert.equal(passed.code, 0, passed.out);
    assert.match(passed.out, /stsplan lint\.+Passed/);
    assert.equal(commits(), 2);
  });

  it('passes a commit that pre-commit would split into parallel runs, with StatefulSets and their Services in different runs', () => {
    // Without require_serial, pre-commit shuffles the files and runs the hook on chunks of
    // max(4, ceil(files / CPUs)) files at once (pre_commit/xargs.py partition). Each Service is
    // alone in the directory above its StatefulSet: within the set's reach, but not a neighbour
    // that a run loads as context, so a run that has the set without its Service misses it.
    // This team makes a missing Service an error, so a false one would refuse the commit.
    writeFileSync(join(project, '.stsplan.yaml'), `${readmeSnippet('stsplan-context')}rules:\n  service-not-found: error\n`);
    const pairs = 12;
    const files = 2 * pairs;
    const chunk = Math.max(4, Math.ceil(files / cpus().length));
    if (cpus().length > 1) assert.ok(chunk < files, `${files} files in chunks of ${chunk}`);
    for (let i = 0; i < pairs; i++) {
      const name = `db-${String(i).padStart(2, '0')}`;
      mkdirSync(join(project, 'teams', name, 'set'), { recursive: true });
      writeFileSync(join(project, 'teams', name, 'set', 'statefulset.yaml'), statefulSet(name));
      writeFileSync(join(project, 'teams', name, 'service.yaml'), headlessService(name));
    }
    git('add', '.stsplan.yaml', 'teams');
    const before = commits();
    const r = git('commit', '-m', 'databases');
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /stsplan lint\.+Passed/);
    assert.equal(commits(), before + 1);
  });

  it('refuses a broken StatefulSet and prints file:line:column, the rule and the fix', () => {
    const before = commits();
    writeFileSync(join(project, 'apps/web.yaml'), BROKEN_APP);
    git('add', 'apps/web.yaml');
    const refused = git('commit', '-m', 'add a cache mount');
    assert.notEqual(refused.code, 0);
    const line = BROKEN_APP.split('\n').findIndex((l) => l.includes('- name: cache')) + 1;
    assert.match(refused.out, new RegExp(`apps/web\\.yaml:${line}:\\d+`));
    assert.match(refused.out, /volume-mount-unknown/);
    assert.match(refused.out, /Fix: /);
    assert.equal(commits(), before);
    // The staged change is still there for the author to fix.
    assert.match(git('diff', '--cached').out, /name: cache/);
  });
});
