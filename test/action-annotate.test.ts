/**
 * The Action's annotations (annotate: changed | all | none): run as the runner runs the entry, on
 * a pull request that changes one file of a repository whose other files have findings already.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docs, service, stack, web } from './helpers/plan.js';
import { git } from './helpers/git.js';
import { runEntry } from './helpers/action.js';

/** A StatefulSet whose selector does not match its labels (an error) and whose Service is missing (a warning). */
function broken(name: string): string {
  return web({ name, serviceName: `svc-${name}` }).replace('      labels:\n        app: nginx', `      labels:\n        app: ${name}`);
}

const annotations = (stdout: string): string[] => stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));

describe('GitHub Action annotations', { timeout: 300_000 }, () => {
  let root: string;
  let origin: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'stsplan-annotate-'));
    origin = join(root, 'origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    mkdirSync(join(origin, 'k8s'));
    // Twelve old files with an error and a warning each, on the base branch.
    for (let i = 0; i < 12; i++) writeFileSync(join(origin, `k8s/old-${String(i).padStart(2, '0')}.yaml`), broken(`old${i}`));
    writeFileSync(join(origin, 'k8s/web.yaml'), stack({ replicas: 2 }));
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    git(origin, 'checkout', '-q', '-b', 'pr');
    // The pull request breaks web.yaml: its selector no longer matches (an error on a changed file).
    writeFileSync(join(origin, 'k8s/web.yaml'), docs(service(), broken('web')));
    git(origin, 'commit', '-q', '-am', 'break web');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function checkout(name: string, depth = ['--depth=1']): string {
    const ws = join(root, name);
    git(root, 'clone', '-q', ...depth, '--branch', 'pr', '--single-branch', `file://${origin}`, ws);
    return ws;
  }

  it('annotate: changed (the default) annotates the files the pull request changes only; the summary lists all findings', async () => {
    const ws = checkout('changed');
    const r = await runEntry(ws, { paths: 'k8s/', plan: 'false' });
    assert.equal(r.code, 1);
    const lines = annotations(r.stdout);
    assert.ok(lines.length >= 1);
    for (const l of lines) assert.match(l, /file=k8s\/web\.yaml,/);
    assert.ok(lines.some((l) => /^::error .*title=selector-mismatch::/.test(l)), lines.join('\n'));
    assert.equal(r.outputs.annotations, String(lines.length));
    assert.equal(r.outputs.errors, '13');
    // The findings of the old files are in the log (between stop-commands, as plain text) and the summary.
    assert.match(r.stdout, /^::stop-commands::([0-9a-f-]{36})\n[\s\S]*k8s\/old-11\.yaml[\s\S]*\n::\1::$/m);
    const found = Number(r.outputs.errors) + Number(r.outputs.warnings);
    assert.match(r.summary, new RegExp(`Annotated ${lines.length} of ${found} findings \\(${found - lines.length} on files this pull request does not change\\)`));
    for (let i = 0; i < 12; i++) assert.match(r.summary, new RegExp(`\`k8s/old-${String(i).padStart(2, '0')}\\.yaml:\\d+:\\d+\` \\| error \\| \`selector-mismatch\``));
  });

  it('annotate: all writes at most 10 errors and 10 warnings, errors first, and says so; none writes none', async () => {
    const ws = checkout('all');
    const all = await runEntry(ws, { paths: 'k8s/', plan: 'false', annotate: 'all' });
    const lines = annotations(all.stdout);
    assert.deepEqual(
      lines.map((l) => l.slice(2, l.indexOf(' '))),
      [...Array(10).fill('error'), ...Array(10).fill('warning')],
    );
    const found = Number(all.outputs.errors) + Number(all.outputs.warnings);
    assert.ok(found > 20);
    assert.match(all.summary, new RegExp(`Annotated 20 of ${found} findings \\(GitHub`));
    assert.match(all.summary, /\(GitHub shows at most 10 error and 10 warning annotations per step, errors first\)/);
    assert.equal(all.outputs.annotations, '20');
    const none = await runEntry(ws, { paths: 'k8s/', plan: 'false', annotate: 'none' });
    assert.deepEqual(annotations(none.stdout), []);
    assert.match(none.summary, new RegExp(`Annotated 0 of ${found} findings \\(annotate: none\\)`));
    assert.equal(none.code, 1);
  });

  it('on a push, changed means before..after when `before` was fetched, else all files', async () => {
    const full = checkout('push', []);
    const event = join(root, 'push-event.json');
    writeFileSync(event, JSON.stringify({ before: git(full, 'rev-parse', 'HEAD~1').trim(), after: git(full, 'rev-parse', 'HEAD').trim() }));
    const push = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: '', GITHUB_HEAD_REF: '' };
    const fetched = annotations((await runEntry(full, { paths: 'k8s/', plan: 'false' }, push)).stdout);
    assert.ok(fetched.length >= 1 && fetched.every((l) => l.includes('file=k8s/web.yaml,')), fetched.join('\n'));
    const shallow = checkout('push-shallow');
    const unfetched = annotations((await runEntry(shallow, { paths: 'k8s/', plan: 'false' }, push)).stdout);
    assert.equal(unfetched.length, 20);
  });
});
