/**
 * The Action's plan comment: within its size budget on a plan of the whole corpus and on a huge
 * change, with its marker; posted or updated through GitHub's REST API (a local server here, by
 * GITHUB_API_URL), never with no token or from a fork. The entry runs as the runner runs it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { docs, service, stack, storageClass, web } from './helpers/plan.js';
import { git } from './helpers/git.js';
import { repoPath } from './helpers/paths.js';
import { readmeSnippet } from './helpers/readme.js';
import { runEntry } from './helpers/action.js';

const BUDGET = 60_000;

describe('GitHub Action plan comment', { timeout: 600_000 }, () => {
  let root: string;
  before(() => (root = mkdtempSync(join(tmpdir(), 'stsplan-comment-'))));
  after(() => rmSync(root, { recursive: true, force: true }));

  function assertBudgeted(comment: string, marker = '<!-- stsplan-plan -->'): void {
    assert.ok(comment.length <= BUDGET, `${comment.length} characters`);
    assert.ok(comment.startsWith(`${marker}\n`), comment.slice(0, 80));
    assert.match(comment, /\n## stsplan plan\n/);
    assert.match(comment, /_This comment is cut to fit GitHub's size limit for comments: [^_]+\. The whole plan is in the job summary of \[this run\]\(https:\/\/github\.example\/o\/r\/actions\/runs\/42\)\._\n$/);
    // Every fence and <details> is closed: nothing is cut mid-entry.
    assert.equal((comment.match(/^```/gm) ?? []).length % 2, 0);
    assert.equal((comment.match(/<details/g) ?? []).length, (comment.match(/<\/details>/g) ?? []).length);
  }
  const run = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' };

  it('keeps within the budget on a plan of the whole corpus (from an empty cluster), table first, the cut announced', async () => {
    const ws = join(root, 'corpus');
    mkdirSync(ws);
    const r = await runEntry(ws, { paths: repoPath('test/fixtures/corpus'), annotate: 'none', 'comment-key': 'corpus' }, { ...run, GITHUB_BASE_REF: '', GITHUB_EVENT_NAME: 'workflow_dispatch' });
    const full = readFileSync(r.outputs['plan-markdown-file']!, 'utf8');
    assert.ok(full.length > 100_000, `the whole plan is ${full.length} characters`);
    const comment = readFileSync(r.outputs['comment-file']!, 'utf8');
    assertBudgeted(comment, '<!-- stsplan-plan:corpus -->');
    assert.match(comment, /\| StatefulSet \| Change \| Pods \| PVCs \| DNS records \| Status \|/);
    // The whole plan is in the job summary.
    assert.ok(r.summary.includes(full.trimEnd()));
  });

  it('keeps within the budget on a huge change: blocked and rejected sets first, timelines cut', async () => {
    const origin = join(root, 'huge-origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    mkdirSync(join(origin, 'k8s'));
    const N = 150;
    const write = (f: (i: number) => string): void => {
      for (let i = 0; i < N; i++) writeFileSync(join(origin, `k8s/s${i}.yaml`), f(i));
    };
    write((i) => docs(service({ name: `svc${i}` }), web({ name: `s${i}`, serviceName: `svc${i}`, replicas: 3 })));
    writeFileSync(join(origin, 'k8s/sc.yaml'), storageClass());
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    git(origin, 'checkout', '-q', '-b', 'pr');
    // Every set scales to 30 and gets a new image; the last ten also change their storage (rejected).
    write((i) => docs(service({ name: `svc${i}` }), web({ name: `s${i}`, serviceName: `svc${i}`, replicas: 30, image: 'nginx:1.28', ...(i >= N - 10 ? { storage: '5Gi' } : {}) })));
    git(origin, 'commit', '-q', '-am', 'grow');
    const ws = join(root, 'huge');
    git(root, 'clone', '-q', '--depth=1', '--branch', 'pr', '--single-branch', `file://${origin}`, ws);
    const r = await runEntry(ws, { paths: 'k8s/', annotate: 'none' }, run);
    assert.equal(r.outputs['plan-ok'], 'false', r.stderr);
    const comment = readFileSync(r.outputs['comment-file']!, 'utf8');
    assertBudgeted(comment);
    assert.ok(readFileSync(r.outputs['plan-markdown-file']!, 'utf8').length > 4 * BUDGET);
    for (let i = N - 10; i < N; i++) assert.match(comment, new RegExp(`### ❌ StatefulSet default/s${i} would be rejected`));
    assert.match(comment, /timelines? shortened|part/);
  });

  describe('posting', () => {
    interface Call {
      method: string;
      url: string;
      body?: { body?: string };
    }
    let server: Server;
    let calls: Call[] = [];
    let existing: { id: number; body: string; user: { type: string } }[] = [];
    let api = '';
    before(async () => {
      server = createServer((req, res) => {
        let data = '';
        req.on('data', (c: Buffer) => (data += c.toString()));
        req.on('end', () => {
          calls.push({ method: req.method!, url: req.url!, ...(data ? { body: JSON.parse(data) as Call['body'] } : {}) });
          assert.equal(req.headers.authorization, 'Bearer t0ken');
          res.setHeader('Content-Type', 'application/json');
          if (req.method === 'GET') {
            const page = Number(new URL(req.url!, 'http://x').searchParams.get('page'));
            res.end(JSON.stringify(existing.slice((page - 1) * 100, page * 100)));
          } else res.end(JSON.stringify({ id: 1 }));
        });
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((done) => server.close(() => done())));

    function pullRequest(name: string, head = 'o/r'): { ws: string; env: Record<string, string> } {
      const ws = join(root, name);
      mkdirSync(join(ws, 'k8s'), { recursive: true });
      writeFileSync(join(ws, 'k8s/web.yaml'), stack({ replicas: 2 }));
      const event = join(root, `${name}-event.json`);
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: head } }, base: { repo: { full_name: 'o/r' } } } }));
      return { ws, env: { ...run, GITHUB_EVENT_PATH: event, GITHUB_API_URL: api, GITHUB_BASE_REF: '' } };
    }

    const table: { name: string; token: string; head?: string; existing: typeof existing; expect: (c: Call[]) => void; log?: RegExp }[] = [
      {
        name: 'creates the comment when none has the marker',
        token: 't0ken',
        existing: [{ id: 3, body: 'LGTM', user: { type: 'User' } }],
        expect: (c) => {
          assert.deepEqual(c.map((x) => `${x.method} ${x.url.replace(/\?.*/, '')}`), ['GET /repos/o/r/issues/7/comments', 'POST /repos/o/r/issues/7/comments']);
          assert.ok(c[1]!.body!.body!.startsWith('<!-- stsplan-plan -->\n'));
        },
        log: /posted the plan comment on #7/,
      },
      {
        name: "updates the bot's comment with the marker (on a later page), not a person's that quotes it",
        token: 't0ken',
        existing: [...Array.from({ length: 100 }, (_, i) => ({ id: 100 + i, body: i === 5 ? '<!-- stsplan-plan -->\nquoted' : 'x', user: { type: 'User' } })), { id: 555, body: '<!-- stsplan-plan -->\nold plan', user: { type: 'Bot' } }],
        expect: (c) => {
          assert.deepEqual(c.map((x) => `${x.method} ${x.url.replace(/\?.*/, '')}`), ['GET /repos/o/r/issues/7/comments', 'GET /repos/o/r/issues/7/comments', 'PATCH /repos/o/r/issues/comments/555']);
          assert.match(c[2]!.body!.body!, /^<!-- stsplan-plan -->\n[\s\S]*## stsplan plan/);
        },
        log: /updated the plan comment on #7/,
      },
      { name: 'sends nothing without a token', token: '', existing: [], expect: (c) => assert.deepEqual(c, []) },
      { name: 'sends nothing on a pull request from a fork', token: 't0ken', head: 'someone/r', existing: [], expect: (c) => assert.deepEqual(c, []), log: /^::notice title=stsplan::pull request from someone\/r: its token cannot comment/m },
    ];
    for (const t of table) {
      it(t.name, async () => {
        calls = [];
        existing = t.existing;
        const { ws, env } = pullRequest(t.name.replace(/\W+/g, '-'), t.head);
        const r = await runEntry(ws, { paths: 'k8s/', 'github-token': t.token }, env);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        t.expect(calls);
        if (t.log) assert.match(r.stdout, t.log);
        if (calls.some((c) => c.method !== 'GET')) assert.equal(calls.at(-1)!.body!.body, readFileSync(r.outputs['comment-file']!, 'utf8'));
      });
    }
  });

  it('the README names the current major of every action it uses (checked in their releases: see the report of issue 16)', () => {
    const current: Record<string, string> = { 'actions/checkout': 'v7', 'github/codeql-action/upload-sarif': 'v4', 'actions/upload-artifact': 'v7', 'actions/download-artifact': 'v8', 'actions/github-script': 'v9', 'stsplan/stsplan': 'v0' };
    for (const name of ['workflow', 'workflow-run']) {
      const wf = parse(readmeSnippet(name)) as { jobs: Record<string, { steps: { uses?: string }[] }> };
      for (const step of Object.values(wf.jobs).flatMap((j) => j.steps)) {
        if (!step.uses) continue;
        const [action, version] = step.uses.split('@') as [string, string];
        assert.equal(version, current[action], step.uses);
      }
    }
    // The workflow_run workflow never checks out or runs the pull request's code.
    assert.doesNotMatch(readmeSnippet('workflow-run'), /actions\/checkout|stsplan\/stsplan@|npm |npx /);
  });
});
