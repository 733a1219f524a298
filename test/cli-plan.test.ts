/** `stsplan plan` and `lint --from/--base` as users run them: real processes, files, git and exit codes. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './helpers/paths.js';
import { stack } from './helpers/plan.js';
import { git as gitIn } from './helpers/git.js';


function run(args: string[], cwd: string, input = ''): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('stsplan plan (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stsplan-plan-'));
    writeFileSync(join(dir, 'v1.yaml'), stack({ replicas: 2 }));
    writeFileSync(join(dir, 'v2.yaml'), stack({ replicas: 3 }));
    writeFileSync(join(dir, 'rejected.yaml'), stack({ replicas: 2, policy: 'Parallel' }));
    writeFileSync(join(dir, 'broken.yaml'), 'kind: [\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a reader that stops early (| head) ends the run quietly, with no stack trace', () => {
    writeFileSync(join(dir, 'big.yaml'), stack({ replicas: 3000, policy: 'Parallel' }));
    // `| true` closes the pipe at once: the plan's writes fail with EPIPE.
    for (const format of ['text', 'json']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" plan big.yaml --format ${format} | true`], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.stderr, '', format);
    }
  });
  it('plans a create from nothing and exits 0', () => {
    const r = run(['plan', 'v1.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /StatefulSet default\/web: created with 2 replicas/);
    assert.match(r.stdout, /Plan: \+2 pods, \+2 PVCs, \+8 DNS records, 0 deleted\./);
  });
  it('--from plans the difference; --detailed-exitcode gives 2 for changes and 0 for none', () => {
    const r = run(['plan', 'v2.yaml', '--from', 'v1.yaml', '--detailed-exitcode'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /create {2}Pod {2}web-2/);
    const same = run(['plan', 'v1.yaml', '--from', 'v1.yaml', '--detailed-exitcode'], dir);
    assert.equal(same.code, 0, same.stdout);
    assert.match(same.stdout, /No changes\./);
  });
  it('a rejected change exits 1 (also with --detailed-exitcode) and prints the route', () => {
    const r = run(['plan', 'rejected.yaml', '--from', 'v1.yaml'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /rejected: StatefulSet.apps "web" is invalid/);
    assert.match(r.stdout, /kubectl delete statefulset web --cascade=orphan/);
    assert.equal(run(['plan', 'rejected.yaml', '--from', 'v1.yaml', '--detailed-exitcode'], dir).code, 1);
  });
  it('bad input exits 2 (1 with --detailed-exitcode), still plans the rest, and says where', () => {
    const r = run(['plan', 'v1.yaml', 'broken.yaml'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.yaml:\d+:\d+: error:/);
    assert.match(r.stdout, /created with 2 replicas/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
    assert.equal(run(['plan', 'v1.yaml', 'broken.yaml', '--detailed-exitcode'], dir).code, 1);
  });
  it('--format json and markdown carry the same plan; --output writes a file', () => {
    const j = run(['plan', 'v2.yaml', '--from', 'v1.yaml', '--format', 'json'], dir);
    const plan = JSON.parse(j.stdout) as { formatVersion: number; events: { seq: number; step: number; kind: string; action: string; name: string }[] };
    assert.equal(plan.formatVersion, 1);
    assert.deepEqual(plan.events.slice(0, 2).map((e) => `${e.seq} ${e.step} ${e.action} ${e.kind} ${e.name}`), ['1 1 create PersistentVolumeClaim www-web-2', '2 1 create Pod web-2']);
    const m = run(['plan', 'v2.yaml', '--from', 'v1.yaml', '--format', 'markdown', '--output', 'plan.md'], dir);
    assert.equal(m.code, 0);
    assert.equal(m.stdout, '');
    const md = readFileSync(join(dir, 'plan.md'), 'utf8');
    assert.match(md, /^## stsplan plan/);
    assert.match(md, /```diff\n--- StatefulSet\/web \(current\)\n\+\+\+ StatefulSet\/web \(desired\)/);
  });
  it('--scale plans kubectl scale over the given manifests', () => {
    const r = run(['plan', 'v1.yaml', '--scale', 'web=1', '--format', 'json'], dir);
    const plan = JSON.parse(r.stdout) as { events: { action: string; kind: string; name: string }[] };
    assert.deepEqual(plan.events.filter((e) => e.kind === 'Pod').map((e) => `${e.action} ${e.name}`), ['delete web-1']);
    assert.equal(run(['plan', 'v1.yaml', '--scale', 'web'], dir).code, 2);
  });
  it('--scale takes 0..2147483647 (spec.replicas is an int32); a larger count is a usage error, not an internal error', () => {
    for (const n of ['2147483648', '99999999999', '1e3', '-1', '00000000000000000000002147483648']) {
      const r = run(['plan', 'v1.yaml', '--scale', `web=${n}`], dir);
      assert.equal(r.code, 2, n);
      assert.doesNotMatch(r.stderr, /internal error/, n);
      assert.match(r.stderr, /invalid --scale/, n);
    }
    const r = run(['plan', 'v1.yaml', '--scale', 'web=0002', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { statefulSets: { replicas: { to: number } }[] }).statefulSets[0]!.replicas.to, 2);
  });
  it('--state plans against a cluster snapshot', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [] as unknown[] };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(list));
    const r = run(['plan', 'v1.yaml', '--state', 'state.json', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { statefulSets: { change: string }[] }).statefulSets[0]!.change, 'create');
  });
  it('a snapshot List is not held to --max-document-bytes (an API request limit), only to --max-file-bytes', () => {
    const pods = Array.from({ length: 40 }, (_, i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, namespace: 'default', labels: { app: 'nginx' } }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }));
    const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods });
    writeFileSync(join(dir, 'big-state.json'), list);
    const r = run(['plan', 'v1.yaml', '--state', 'big-state.json', '--max-document-bytes', '1000', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const plan = JSON.parse(r.stdout) as { events: { kind: string; action: string; name: string }[] };
    assert.ok(plan.events.length > 0);
    // The manifests planned are API requests: the limit still holds for them.
    assert.equal(run(['plan', 'v1.yaml', '--max-document-bytes', '100'], dir).code, 2);
    const tooBig = run(['plan', 'v1.yaml', '--state', 'big-state.json', '--max-file-bytes', '1000'], dir);
    assert.equal(tooBig.code, 2);
    assert.match(tooBig.stderr, /--max-file-bytes/);
  });
  it('refuses two current states and unknown formats', () => {
    assert.equal(run(['plan', 'v1.yaml', '--from', 'v1.yaml', '--state', 'v1.yaml'], dir).code, 2);
    assert.equal(run(['plan', 'v1.yaml', '--format', 'yaml'], dir).code, 2);
  });
});

describe('--base GIT_REF', () => {
  let repo: string;
  const git = (...args: string[]): string => gitIn(repo, ...args);
  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'stsplan-git-'));
    git('init', '-q');
    writeFileSync(join(repo, 'web.yaml'), stack({ replicas: 2 }));
    writeFileSync(join(repo, 'gone.yaml'), stack({ replicas: 1 }).replace('kind: StatefulSet\nmetadata:\n  name: web', 'kind: StatefulSet\nmetadata:\n  name: old'));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(repo, 'web.yaml'), stack({ replicas: 2, storage: '5Gi' }));
    rmSync(join(repo, 'gone.yaml'));
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('plan --base compares with the same paths at the revision, including deleted files', () => {
    const r = run(['plan', '.', '--base', 'HEAD', '--format', 'json'], repo);
    const plan = JSON.parse(r.stdout) as { statefulSets: { name: string; change: string }[] };
    assert.deepEqual(plan.statefulSets.map((s) => `${s.name} ${s.change}`).sort(), ['old delete', 'web rejected']);
    assert.equal(r.code, 1);
    // The working tree is left alone.
    assert.match(readFileSync(join(repo, 'web.yaml'), 'utf8'), /storage: 5Gi/);
  });
  it('lint --base reports immutable-field-changed at the changed line', () => {
    const r = run(['lint', 'web.yaml', '--base', 'HEAD', '--format', 'json'], repo);
    const res = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number }[] }[];
    const hits = res[0]!.messages.filter((m) => m.ruleId === 'immutable-field-changed');
    assert.equal(hits.length, 1);
    assert.match(stack({ replicas: 2, storage: '5Gi' }).split('\n')[hits[0]!.line - 1]!, /storage: 5Gi/);
    assert.equal(r.code, 1);
  });
  it('plan --base FILE sees a file renamed since the revision under its old name', () => {
    const moved = mkdtempSync(join(tmpdir(), 'stsplan-git-mv-'));
    const g = (...args: string[]): string => gitIn(moved, ...args);
    try {
      g('init', '-q');
      mkdirSync(join(moved, 'old'));
      writeFileSync(join(moved, 'old/web.yaml'), stack({ replicas: 2 }));
      g('add', '.');
      g('commit', '-q', '-m', 'base');
      mkdirSync(join(moved, 'apps'));
      g('mv', 'old/web.yaml', 'apps/web.yaml');
      writeFileSync(join(moved, 'apps/web.yaml'), stack({ replicas: 3 }));
      g('commit', '-q', '-am', 'move and scale');
      const r = run(['plan', 'apps/web.yaml', '--base', 'HEAD~1', '--format', 'json'], moved);
      assert.equal(r.code, 0, r.stderr);
      const plan = JSON.parse(r.stdout) as { statefulSets: { name: string; change: string }[]; events: { action: string; kind: string; name: string }[] };
      assert.deepEqual(plan.statefulSets.map((s) => `${s.name} ${s.change}`), ['web update']);
      assert.deepEqual(plan.events.filter((e) => e.kind === 'Pod' && e.action === 'create').map((e) => e.name), ['web-2']);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
  it('plan --base leaves out at the revision what walking leaves out now, so an ignored directory is not planned as deleted', () => {
    const d = mkdtempSync(join(tmpdir(), 'stsplan-git-ignore-'));
    const g = (...args: string[]): string => gitIn(d, ...args);
    try {
      g('init', '-q');
      mkdirSync(join(d, 'legacy'));
      writeFileSync(join(d, 'web.yaml'), stack({ replicas: 2 }));
      writeFileSync(join(d, 'legacy/db.yaml'), stack({ replicas: 1 }).replace('kind: StatefulSet\nmetadata:\n  name: web', 'kind: StatefulSet\nmetadata:\n  name: db'));
      g('add', '.');
      g('commit', '-q', '-m', 'base');
      const names = (args: string[]): string[] => {
        const r = run(['plan', '.', '--base', 'HEAD', '--format', 'json', ...args], d);
        assert.equal(r.code, 0, r.stderr);
        return (JSON.parse(r.stdout) as { statefulSets: { name: string }[] }).statefulSets.map((s) => s.name).sort();
      };
      assert.deepEqual(names([]), ['db', 'web']);
      assert.deepEqual(names(['--ignore-pattern', 'legacy/']), ['web']);
      writeFileSync(join(d, '.stsplan.yaml'), 'ignore: [legacy/]\n');
      assert.deepEqual(names([]), ['web']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('--base reads a symbolic link at the revision as walking reads it now: named, its target; found, only into the paths given', () => {
    const d = mkdtempSync(join(tmpdir(), 'stsplan-git-link-'));
    const g = (...args: string[]): string => gitIn(d, ...args);
    try {
      g('init', '-q');
      mkdirSync(join(d, 'common'));
      mkdirSync(join(d, 'k8s'));
      writeFileSync(join(d, 'common/web.yaml'), stack({ replicas: 2 }));
      symlinkSync('../common/web.yaml', join(d, 'k8s/web.yaml'));
      g('add', '.');
      g('commit', '-q', '-m', 'base');
      // git keeps the link's target text, not a manifest: read as one, it was an input error.
      const named = run(['plan', 'k8s/web.yaml', '--base', 'HEAD', '--format', 'json'], d);
      assert.equal(named.code, 0, named.stderr);
      assert.deepEqual((JSON.parse(named.stdout) as { statefulSets: { name: string; change: string }[] }).statefulSets.map((s) => `${s.name} ${s.change}`), ['web unchanged']);
      assert.equal(run(['lint', 'k8s/web.yaml', '--base', 'HEAD'], d).code, 0);
      // Walking k8s/ now, the link leads out of it and is not followed; at the revision neither.
      const walked = run(['plan', 'k8s', '--base', 'HEAD', '--format', 'json'], d);
      assert.equal(walked.code, 0, walked.stderr);
      assert.deepEqual((JSON.parse(walked.stdout) as { statefulSets: unknown[] }).statefulSets, []);
      assert.match(walked.stderr, /^k8s\/web\.yaml:1:1: warning: symbolic link to .* leads outside the paths given/m);
      // From the top, the file is read once, under its own path, now and at the revision.
      const top = run(['plan', '.', '--base', 'HEAD', '--format', 'json'], d);
      assert.equal(top.code, 0, top.stderr);
      assert.deepEqual((JSON.parse(top.stdout) as { statefulSets: { name: string; change: string }[] }).statefulSets.map((s) => `${s.name} ${s.change}`), ['web unchanged']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  it('an unknown revision is a usage error', () => {
    const r = run(['plan', '.', '--base', 'no-such-ref'], repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such git revision/);
  });
});

describe('an earlier state that cannot be read is an input error, as for plan', () => {
  interface Result { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[] }
  let d: string;
  before(() => {
    d = mkdtempSync(join(tmpdir(), 'stsplan-earlier-'));
    gitIn(d, 'init', '-q');
    // The earlier web.yaml does not parse; the current one changes an immutable field of it anyway.
    writeFileSync(join(d, 'web.yaml'), `${stack({ replicas: 2 })}  broken: [\n`);
    gitIn(d, 'add', '.');
    gitIn(d, 'commit', '-q', '-m', 'base');
    mkdirSync(join(d, 'old'));
    writeFileSync(join(d, 'old/before.yaml'), `${stack({ replicas: 2 })}  broken: [\n`);
    writeFileSync(join(d, 'web.yaml'), stack({ replicas: 2, storage: '5Gi' }));
  });
  after(() => rmSync(d, { recursive: true, force: true }));

  for (const [flag, value, shown] of [['--from', 'old/before.yaml', 'old/before.yaml'], ['--base', 'HEAD', 'HEAD:web.yaml']] as const) {
    it(`lint ${flag}: exit 2, the error at its file (${shown}), line and column, the current files still linted`, () => {
      const json = run(['lint', 'web.yaml', flag, value, '--format', 'json'], d);
      assert.equal(json.code, 2, json.stderr);
      const results = JSON.parse(json.stdout) as Result[];
      const earlier = results.find((r) => r.filePath.endsWith(shown));
      assert.ok(earlier, json.stdout);
      const m = earlier.messages[0]!;
      assert.equal(m.fatal, true);
      assert.ok(m.line > 1 && m.column >= 1, JSON.stringify(m));
      assert.ok(results.find((r) => r.filePath === join(d, 'web.yaml'))!.messages.some((x) => x.ruleId === 'pdb-missing'));
      const stylish = run(['lint', 'web.yaml', flag, value], d);
      assert.equal(stylish.code, 2);
      assert.match(stylish.stdout, new RegExp(`^  ${shown.replace('.', '\\.')}:${m.line}:${m.column}$`, 'm'));
      // plan says the same of it.
      const plan = run(['plan', 'web.yaml', flag, value], d);
      assert.equal(plan.code, 2);
      assert.match(plan.stderr, new RegExp(`^${shown.replace('.', '\\.')}:${m.line}:${m.column}: error:`, 'm'));
    });
  }
});
