/**
 * `--render CMD`, `--helm CHART`, `--kustomize DIR` as users run them: the built CLI, real git
 * history, real processes (kubectl kustomize, a node render script, a fake helm on PATH), and what
 * stays untouched (the working tree, the temporary directory).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { CLI } from './helpers/paths.js';
import { docs, service, stack, storageClass, web } from './helpers/plan.js';
import { git } from './helpers/git.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The tool `kubectl kustomize` or `kustomize build` needs: its directory on PATH. */
function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const r = spawnSync('test', ['-x', join(dir, name)]);
    if (dir && r.status === 0) return join(dir, name);
  }
  return undefined;
}

describe('render, then lint or plan (--render, --helm, --kustomize)', () => {
  let root: string;
  /**
   * The temporary directory the CLI is given (TMPDIR): the export of the base goes there, and must be
   * gone afterwards. The compile cache (Node's, or the launcher's on Node 20), which is meant to stay,
   * is kept apart (NODE_COMPILE_CACHE).
   */
  let scratch: string;

  const run = (args: string[], cwd: string, env: Record<string, string> = {}): Run => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', TMPDIR: scratch, NODE_COMPILE_CACHE: join(root, 'compile-cache'), ...env } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  /** A repository with the given files committed, then each later set of changes committed on top. */
  const repo = (name: string, ...commits: Record<string, string>[]): string => {
    const dir = join(root, name);
    git(root, 'init', '-q', '-b', 'main', dir);
    for (const [i, files] of commits.entries()) {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), text);
      }
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', `commit ${i}`);
    }
    return dir;
  };

  /** The working tree is as committed, and the base's export is gone. */
  const untouched = (dir: string): void => {
    assert.equal(git(dir, 'status', '--porcelain', '--ignored'), '');
    assert.deepEqual(readdirSync(scratch), []);
  };

  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'stsplan-render-test-')));
    scratch = join(root, 'tmp');
    mkdirSync(scratch);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  describe('--kustomize DIR --base REF (real kubectl kustomize or kustomize)', () => {
    let dir: string;
    before(() => {
      assert.ok(which('kubectl') ?? which('kustomize'), 'this test needs kubectl or kustomize on PATH');
      const overlay = (replicas?: number): string => `resources:\n- ../base\nbuildMetadata: [originAnnotations]\n${replicas ? `replicas:\n- name: web\n  count: ${replicas}\n` : ''}`;
      dir = repo('kustomize', { 'base/kustomization.yaml': 'resources:\n- app.yaml\n', 'base/app.yaml': stack({ replicas: 3 }), 'overlay/kustomization.yaml': overlay() }, { 'overlay/kustomization.yaml': overlay(5) });
    });

    it('plans base → head: replicas 3 → 5 creates web-3 and web-4, and the plan names the base file the objects came from', () => {
      const r = run(['plan', '--kustomize', 'overlay', '--base', 'HEAD~1'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^StatefulSet default\/web: replicas 3 → 5/m);
      const created = [...r.stdout.matchAll(/^\s+\d+\s+create\s+Pod\s+(\S+)/gm)].map((m) => m[1]);
      assert.deepEqual(created, ['web-3', 'web-4']);
      assert.match(r.stdout, /create\s+PVC\s+www-web-3/);
      assert.match(r.stdout, /Plan: \+2 pods, \+2 PVCs, \+\d+ DNS records, 0 deleted\./);
      untouched(dir);
    });

    it('json: locations are in <render> and name the origin file', () => {
      const r = run(['plan', '--kustomize', 'overlay', '--base', 'HEAD~1', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      const text = r.stdout;
      assert.match(text, /"file": ?"<render>"/);
      assert.match(text, /"template": ?"\.\.\/base\/app\.yaml"/);
      untouched(dir);
    });

    it('lint names the origin file: rendered from ../base/app.yaml, and the github format annotates base/app.yaml', () => {
      const stylish = run(['lint', '--kustomize', 'overlay'], dir);
      assert.equal(stylish.code, 0, stylish.stderr);
      assert.match(stylish.stdout, /<render>/);
      assert.match(stylish.stdout, /rendered from \.\.\/base\/app\.yaml/);
      const github = run(['lint', '--kustomize', 'overlay', '-f', 'github'], dir);
      assert.match(github.stdout, /^::warning file=base\/app\.yaml,line=1,title=/m);
      untouched(dir);
    });

    it('an overlay the change adds has an empty base: everything is created, and stderr says why', () => {
      const added = repo('kustomize-new', { 'base/kustomization.yaml': 'resources:\n- app.yaml\n', 'base/app.yaml': stack({ replicas: 2 }) }, { 'prod/kustomization.yaml': 'resources:\n- ../base\n' });
      const r = run(['plan', '--kustomize', 'prod', '--base', 'HEAD~1'], added);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /prod did not exist at HEAD~1: the base is empty/);
      assert.match(r.stdout, /StatefulSet default\/web: created with 2 replicas/);
      untouched(added);
    });
  });

  describe('--render CMD (a Helm-like render script printing # Source: comments)', () => {
    let dir: string;
    let script: string;
    before(() => {
      // Renders ./values.yaml's replicas into the stack, each document under its template's `# Source:`.
      script = join(root, 'render.mjs');
      const template = ['web/templates/service.yaml', 'web/templates/storageclass.yaml', 'web/templates/statefulset.yaml'].map((t, i) => `# Source: ${t}\n${[service(), storageClass(), web({ replicas: 999 })][i]}`);
      writeFileSync(script, `import { readFileSync } from 'node:fs';\nconst n = /replicas: (\\d+)/.exec(readFileSync('values.yaml', 'utf8'))[1];\nprocess.stdout.write(${JSON.stringify(`---\n${template.join('---\n')}`)}.replace('999', n));\n`);
      dir = repo('helm-like', { 'deploy/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'deploy/values.yaml': 'replicas: 2\n' }, { 'deploy/values.yaml': 'replicas: 4\n' });
    });

    it('runs in the same directory of the export of REF as in the working tree, and plans the difference', () => {
      const r = run(['plan', '--render', `node ${script}`, '--base', 'HEAD~1'], join(dir, 'deploy'));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^StatefulSet default\/web: replicas 2 → 4/m);
      assert.deepEqual([...r.stdout.matchAll(/^\s+\d+\s+create\s+Pod\s+(\S+)/gm)].map((m) => m[1]), ['web-2', 'web-3']);
      untouched(dir);
    });

    it('without --base, plans the rendered output from nothing; findings name their template', () => {
      const plan = run(['plan', '--render', `node ${script}`], join(dir, 'deploy'));
      assert.equal(plan.code, 0, plan.stderr);
      assert.match(plan.stdout, /StatefulSet default\/web: created with 4 replicas/);
      const lint = run(['lint', '--render', `node ${script}`], join(dir, 'deploy'));
      assert.equal(lint.code, 0, lint.stderr);
      assert.match(lint.stdout, /rendered from web\/templates\/statefulset\.yaml/);
      untouched(dir);
    });

    it('lint --base reads the earlier state rendered at REF: an immutable change is an error', () => {
      const changed = repo('helm-like-immutable', { 'values.yaml': 'replicas: 2\n' });
      // The export of the base has no .git: only the head's render grows the claim template.
      const r = run(['lint', '--render', `node ${script} | if [ -d .git ]; then sed "s/storage: 1Gi/storage: 5Gi/"; else cat; fi`, '--base', 'HEAD'], changed);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /immutable-field-changed/);
      untouched(changed);
    });
  });

  describe('--helm CHART (a fake helm on PATH)', () => {
    let dir: string;
    let bin: string;
    let log: string;
    before(() => {
      bin = join(root, 'bin');
      mkdirSync(bin);
      log = join(root, 'helm.log');
      // As `helm template RELEASE CHART --values F…`: logs its directory and arguments, renders the chart's replicas.
      writeFileSync(
        join(bin, 'helm'),
        `#!/bin/sh\necho "$(pwd) $*" >> "${log}"\nn=$(sed -n 's/^replicas: //p' "$3/values.yaml")\nfor f in "$@"; do case "$f" in *.yaml) m=$(sed -n 's/^replicas: //p' "$f"); [ -n "$m" ] && n=$m;; esac; done\necho '---'\necho '# Source: web/templates/sts.yaml'\ncat <<EOF\n${web({ replicas: 111 }).replace('111', '$n')}EOF\n`,
      );
      chmodSync(join(bin, 'helm'), 0o755);
      dir = repo('helm', { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'charts/web/values.yaml': 'replicas: 2\n', 'prod.yaml': 'replicas: 3\n' }, { 'prod.yaml': 'replicas: 5\n' });
    });

    it('runs helm template RELEASE CHART --values F… without a shell, at the base in the export, and plans the difference', () => {
      writeFileSync(log, '');
      const r = run(['plan', '--helm', 'charts/web', '--values', 'prod.yaml', '--values', join(dir, 'prod.yaml'), '--base', 'HEAD~1'], dir, { PATH: `${bin}${delimiter}${process.env.PATH}` });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^StatefulSet default\/web: replicas 3 → 5/m);
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      assert.equal(calls.length, 2);
      // The head in the working tree; the release is the chart directory's name.
      assert.equal(calls[0], `${dir} template web charts/web --values prod.yaml --values ${join(dir, 'prod.yaml')}`);
      // The base in an export under TMPDIR; an absolute path into the repository names the export's file.
      const m = /^(\S+) template web charts\/web --values prod\.yaml --values (\S+)$/.exec(calls[1]!);
      assert.ok(m, calls[1]);
      assert.ok(m[1]!.startsWith(`${scratch}/`), m[1]);
      assert.equal(m[2], join(m[1]!, 'prod.yaml'));
      untouched(dir);
    });

    it("--helm-release names the release; else it is the chart directory's name, the working directory's for --helm .", () => {
      const path = { PATH: `${bin}${delimiter}${process.env.PATH}` };
      writeFileSync(log, '');
      assert.equal(run(['plan', '--helm', 'charts/web', '--helm-release', 'shop'], dir, path).code, 0);
      assert.equal(run(['plan', '--helm', '.'], join(dir, 'charts/web'), path).code, 0);
      assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), [`${dir} template shop charts/web`, `${join(dir, 'charts/web')} template web .`]);
      const upper = run(['plan', '--helm', 'charts/web', '--helm-release', 'Web_1'], dir, path);
      assert.equal(upper.code, 2);
      assert.match(upper.stderr, /"Web_1" is no Helm release name/);
    });
    it('the chart of --helm is where github annotations go, as --helm-chart-dir (a directory not named as the chart)', () => {
      const path = { PATH: `${bin}${delimiter}${process.env.PATH}` };
      const shop = repo('helm-annotate', { 'deploy/shop-chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'deploy/shop-chart/values.yaml': 'replicas: 3\n', 'deploy/shop-chart/templates/sts.yaml': 'kind: StatefulSet\n' });
      const r = run(['lint', '--helm', 'deploy/shop-chart', '-f', 'github'], shop, path);
      assert.match(r.stdout, /^::warning file=deploy\/shop-chart\/templates\/sts\.yaml,line=1,title=pdb-missing::<render>:/m);
      // The same output read from stdin, with no chart given: the template is only named.
      const piped = spawnSync(process.execPath, [CLI, 'lint', '-', '-f', 'github'], { cwd: shop, input: spawnSync(join(bin, 'helm'), ['template', 'web', 'deploy/shop-chart'], { cwd: shop, encoding: 'utf8' }).stdout, encoding: 'utf8' });
      assert.match(piped.stdout, /^::warning file=<stdin>,line=\d+/m);
    });
  });

  describe('failures: exit 2 with a clear message and no stack trace', () => {
    let dir: string;
    before(() => {
      dir = repo('failures', { 'a.yaml': stack() });
    });

    it('a tool that is not on PATH is named', () => {
      const empty = join(root, 'empty-bin');
      mkdirSync(empty, { recursive: true });
      const helm = run(['plan', '--helm', 'chart'], dir, { PATH: empty });
      assert.equal(helm.code, 2);
      assert.match(helm.stderr, /^stsplan: --helm: helm is not on PATH/m);
      const kustomize = run(['lint', '--kustomize', 'overlay'], dir, { PATH: empty });
      assert.equal(kustomize.code, 2);
      assert.match(kustomize.stderr, /^stsplan: --kustomize: neither kubectl nor kustomize is on PATH/m);
      assert.doesNotMatch(helm.stderr + kustomize.stderr, /\n\s+at /);
    });

    it('a failing command: its exit status and its stderr, escaped (a hostile stderr cannot drive the terminal)', () => {
      const r = run(['plan', '--render', `printf 'no chart here\\n\\033]0;pwned\\007\\033[2J\\n' >&2; exit 3`], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /failed \(exit status 3\), its stderr:\n {2}no chart here\n {2}\\u001b\]0;pwned\\u0007\\u001b\[2J\n/);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('a failure at the base says it happened in the export of REF', () => {
      const r = run(['plan', '--render', 'if [ -d .git ]; then cat a.yaml; else echo broken >&2; exit 1; fi', '--base', 'HEAD'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /in an export of HEAD failed \(exit status 1\), its stderr:\n {2}broken/);
      untouched(dir);
    });

    it('--render-timeout stops the command, its children too', () => {
      const r = run(['lint', '--render', 'sleep 30 & sleep 30; cat a.yaml', '--render-timeout', '1'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /did not finish within 1 s \(--render-timeout\)/);
      for (const bad of ['0', '1.5', '2147484']) assert.equal(run(['plan', '--render', 'cat a.yaml', '--render-timeout', bad], dir).code, 2, bad);
    });

    it('output over --max-file-bytes is cut off, the command stopped', () => {
      const r = run(['plan', '--render', 'yes', '--max-file-bytes', '1000'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /printed more than 1000 bytes, over the limit of 1000 \(--max-file-bytes\)/);
    });

    it('command lines that mix what cannot go together are refused', () => {
      for (const [args, message] of [
        [['plan', '--render', 'cat a.yaml', 'a.yaml'], /--render reads what the command prints: give no paths/],
        [['lint', '--render', 'cat a.yaml', '-'], /give no paths/],
        [['plan', '--render', 'cat a.yaml', '--kustomize', 'x'], /give one of --render, --helm or --kustomize/],
        [['plan', '--values', 'v.yaml', 'a.yaml'], /--values goes with --helm CHART/],
        [['plan', 'a.yaml', '--render-timeout', '5'], /--render-timeout goes with --render, --helm or --kustomize/],
        [['plan', '--render', 'cat a.yaml', '--base=--output=x'], /a revision does not start with "-"/],
      ] as const) {
        const r = run([...args], dir);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message);
      }
      untouched(dir);
    });

    it('stdout is the input: a plan of cat a.yaml is the plan of a.yaml, with <render> for its name', () => {
      const rendered = run(['plan', '--render', 'cat a.yaml'], dir);
      const file = run(['plan', 'a.yaml'], dir);
      assert.equal(rendered.code, 0, rendered.stderr);
      assert.equal(rendered.stdout, file.stdout.replaceAll('a.yaml', '<render>'));
    });
  });

  describe('the rendered output is no file: it is named <render> and applied from stdin', () => {
    let dir: string;
    /** The stack with a negative replicas count, as the working tree renders it (an error to report). */
    const broken = `sed "s/replicas: 2/replicas: -1/" a.yaml`;
    before(() => {
      dir = repo('no-file', { 'a.yaml': docs(stack()) });
    });

    it("a rejected change's route applies the rendered output from stdin (kubectl apply -f -), not a file named <render>", () => {
      // Only the working tree (it has .git; the export of HEAD has not) renders a bigger claim template.
      const r = run(['plan', '--render', 'if [ -d .git ]; then sed "s/storage: 1Gi/storage: 5Gi/" a.yaml; else cat a.yaml; fi', '--base', 'HEAD'], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^\s+\d+\. kubectl apply -f -$/m);
      assert.doesNotMatch(r.stdout, /<render>'/);
    });

    it('json keeps <render> as the filePath (not a path under the working directory)', () => {
      const r = run(['lint', '--render', broken, '--format', 'json'], dir);
      assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), ['<render>']);
    });

    it('sarif names it as it names stdin: a uri of no file of the repository', () => {
      const r = run(['lint', '--render', broken, '--format', 'sarif'], dir);
      const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
      const where = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
      assert.ok(where.length > 0);
      for (const a of where) assert.deepEqual(a, { uri: 'render' });
    });
  });

  it('--base outside a git repository is exit 2', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'a.yaml'), docs(stack()));
    const r = run(['plan', '--render', 'cat a.yaml', '--base', 'HEAD'], plain, { GIT_CEILING_DIRECTORIES: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is not inside a git repository/);
  });
});
