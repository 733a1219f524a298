/**
 * The GitHub Action's entry point run as the runner runs it: a checkout of a pull request (the base
 * branch not fetched, as actions/checkout leaves it), GITHUB_* variables, the inputs as action.yml
 * maps them, and temporary GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files. Checks what it writes.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { stack } from './helpers/plan.js';
import { readmeSnippet } from './helpers/readme.js';
import { git } from './helpers/git.js';
import { actionYml, ENTRY_PATH, inputEnv, runEntry as run } from './helpers/action.js';

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { if?: string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
}

/** The `with:` of the README workflow's stsplan step, with the pull request's expressions filled in (no token: nothing to post to). */
function readmeWith(): Record<string, string> {
  const workflow = parse(readmeSnippet('workflow')) as Workflow;
  const step = Object.values(workflow.jobs)[0]!.steps.find((s) => s.uses?.startsWith('stsplan/stsplan@'))!;
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v).replace('${{ github.base_ref }}', 'main').replace('${{ github.token }}', '')]));
}

describe('GitHub Action', () => {
  let root: string;
  let origin: string;

  /** A pull request checkout: branch `pr` of origin, shallow, without origin/main. */
  function checkout(name: string): string {
    const ws = join(root, name);
    git(root, 'clone', '-q', '--depth=1', '--branch', 'pr', '--single-branch', `file://${origin}`, ws);
    return ws;
  }

  const runEntry = run;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'stsplan-action-'));
    origin = join(root, 'origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    mkdirSync(join(origin, 'k8s'));
    writeFileSync(join(origin, 'k8s/web.yaml'), stack({ replicas: 2 }));
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    git(origin, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(origin, 'k8s/web.yaml'), stack({ replicas: 4 }));
    git(origin, 'commit', '-q', '-am', 'scale to 4');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is a JavaScript action on node24 whose entry reads every input as the runner passes it and writes every output', async () => {
    assert.equal(actionYml.runs.using, 'node24');
    assert.equal(actionYml.runs.main, ENTRY_PATH);
    assert.equal(actionYml.runs.steps, undefined);
    // The runner keeps hyphens: INPUT_KUBE-VERSION, not INPUT_KUBE_VERSION.
    assert.equal(inputEnv({ 'kube-version': '1.31' })['INPUT_KUBE-VERSION'], '1.31');
    for (const o of Object.values(actionYml.outputs)) assert.equal(o.value, undefined);
    const ws = checkout('outputs');
    const r = await runEntry(ws, { 'kube-version': '1.31', 'sarif-file': 'out.sarif', 'cluster-domain': 'example.local', 'fail-on': 'never' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(Object.keys(r.outputs).sort(), Object.keys(actionYml.outputs).sort());
    assert.match(r.summary, /Kubernetes 1\.31, cluster domain `example\.local`/);
  });

  it("the README's workflow uses this action's inputs and outputs", () => {
    assert.deepEqual(Object.keys(readmeWith()).filter((k) => !(k in actionYml.inputs)), []);
    const workflow = readmeSnippet('workflow');
    for (const m of workflow.matchAll(/steps\.stsplan\.outputs\.([a-z-]+)/g)) assert.ok(m[1]! in actionYml.outputs, m[1]);
  });

  it("plans a clean pull request against origin/<base> with the README's inputs, and writes the summary and outputs", async () => {
    const ws = checkout('clean');
    const r = await runEntry(ws, readmeWith());
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /^::error/m);
    assert.match(r.summary, /\*\*stsplan lint:\*\* 0 errors, \d+ warnings?/);
    assert.match(r.summary, /## stsplan plan/);
    assert.match(r.summary, /creates web-2, web-3 · PVCs www-web-2, www-web-3 bound · DNS web-2\.nginx\.default\.svc\.cluster\.local, web-3\.nginx\.default\.svc\.cluster\.local added/);
    assert.match(r.summary, /```mermaid\nsequenceDiagram/);
    assert.equal(r.outputs.errors, '0');
    assert.equal(r.outputs['plan-changed'], 'true');
    assert.equal(r.outputs['plan-ok'], 'true');
    assert.equal(r.outputs['pods-created'], '2');
    assert.equal(r.outputs['pvcs-created'], '2');
    assert.equal(r.outputs['plan-summary'], '+2 pods, +2 PVCs, +8 DNS records, 0 deleted');
    assert.equal(readFileSync(r.outputs['plan-markdown-file']!, 'utf8'), r.summary.slice(r.summary.indexOf('## stsplan plan')));
    // The base branch was fetched (actions/checkout does not), and nothing else changed.
    assert.match(git(ws, 'rev-parse', 'origin/main'), /^[0-9a-f]{40}/);
    assert.equal(git(ws, 'status', '--porcelain'), '?? stsplan.sarif\n');
    assert.equal(r.outputs['sarif-file'], join(ws, 'stsplan.sarif'));
  });

  it('annotates findings on their lines, writes SARIF, fails on errors and on a rejected plan', async () => {
    const ws = checkout('broken');
    // An immutable change (storage size) and a mount of no volume.
    const text = stack({ replicas: 4, storage: '5Gi' }).replace('mountPath: /usr/share/nginx/html', 'mountPath: /usr/share/nginx/html\n        - name: cache\n          mountPath: /cache');
    writeFileSync(join(ws, 'k8s/web.yaml'), text);
    const r = await runEntry(ws, { paths: 'k8s/', 'sarif-file': 'results.sarif', 'kube-version': '1.35' });
    assert.equal(r.code, 1);
    const line = text.split('\n').findIndex((l) => l.includes('- name: cache')) + 1;
    assert.match(r.stdout, new RegExp(`^::error file=k8s\\/web\\.yaml,line=${line},col=\\d+,endLine=${line},endColumn=\\d+,title=volume-mount-unknown::`, 'm'));
    assert.match(r.stdout, /^::error title=stsplan plan::1 change\(s\) would be rejected by the API server/m);
    assert.ok(existsSync(join(ws, 'results.sarif')));
    const sarif = JSON.parse(readFileSync(join(ws, 'results.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.some((x) => x.ruleId === 'volume-mount-unknown' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'k8s/web.yaml'));
    assert.equal(r.outputs['plan-ok'], 'false');
    assert.equal(r.outputs['sarif-file'], join(ws, 'results.sarif'));
    assert.ok(Number(r.outputs.errors) >= 1);
    assert.match(r.summary, /would be rejected/);
    assert.match(r.summary, /Kubernetes 1\.35/);
  });

  it('passes with its default inputs (paths: .) on a repository with workflows, package.json, docker-compose, a Helm chart, values and git-ignored output', async () => {
    const repo = join(root, 'repo-origin');
    git(root, 'init', '-q', '-b', 'main', repo);
    const files: Record<string, string> = {
      '.gitignore': 'build/\n',
      '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/values.yaml': 'replicas: 3\n',
      'charts/web/templates/sts.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  replicas: {{ .Values.replicas }}\n',
      'values.yaml': 'image: nginx\n',
      'package.json': '{"name": "shop", "version": "1.0.0", "scripts": {"test": "node --test"}}\n',
      'package-lock.json': '{"name": "shop", "lockfileVersion": 3, "packages": {}}\n',
      'tsconfig.json': '{\n  // comments, as tsc allows\n  "compilerOptions": {"strict": true,},\n}\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n    volumes: [./html:/usr/share/nginx/html]\n',
      '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/stsplan/stsplan\n    rev: v0.1.0\n    hooks: [{id: stsplan-lint}]\n',
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: {interval: weekly}\n',
      'mkdocs.yml': 'site_name: shop\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n',
      'infra/cfn.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\n',
      'openapi.json': '{"openapi": "3.0.0", "info": {"title": "shop", "version": "1"}, "paths": {}}\n',
      'k8s/web.yaml': stack({ replicas: 2 }),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(repo, name, '..'), { recursive: true });
      writeFileSync(join(repo, name), text);
    }
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(repo, 'k8s/web.yaml'), stack({ replicas: 4 }));
    writeFileSync(join(repo, 'charts/web/templates/sts.yaml'), files['charts/web/templates/sts.yaml']!.replace('spec:', 'spec:\n  serviceName: {{ .Release.Name }}'));
    git(repo, 'commit', '-q', '-am', 'scale to 4');
    const ws = join(root, 'repo');
    git(root, 'clone', '-q', '--depth=1', '--branch', 'pr', '--single-branch', `file://${repo}`, ws);
    mkdirSync(join(ws, 'build'));
    writeFileSync(join(ws, 'build/broken.yaml'), 'apiVersion: v1\nkind: [\n');
    const r = await runEntry(ws, {});
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['input-errors'], '0');
    assert.equal(r.outputs['plan-ok'], 'true');
    assert.equal(r.outputs['pods-created'], '2');
    assert.doesNotMatch(r.stderr, /error/);
  });

  it('fail-on: never reports without failing; a bad fail-on, annotate or comment-key value is an error', async () => {
    const ws = checkout('never');
    writeFileSync(join(ws, 'k8s/web.yaml'), stack({ replicas: 4, storage: '5Gi' }));
    assert.equal((await runEntry(ws, { 'fail-on': 'never' })).code, 0);
    for (const [inputs, message] of [
      [{ 'fail-on': 'sometimes' }, /fail-on must be error, warning or never/],
      [{ annotate: 'some' }, /annotate must be changed, all or none/],
      [{ 'comment-key': 'a -->' }, /comment-key may hold only letters/],
    ] as const) {
      const bad = await runEntry(ws, inputs);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, message);
    }
  });
});
