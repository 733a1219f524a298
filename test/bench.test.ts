/**
 * `npm run bench` (bench/): its pure parts (statistics, target verdicts, the table, where a peer is
 * found, the derived plan fixture) and one cheap run of the harness itself, with two fake peer
 * executables, so that every code path of a real run is taken. Nothing here asserts a time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { findPeer, markdownTable, ratio, stats, verdict, withReplicas, type Row } from '../bench/lib.js';
import { repoPath } from './helpers/paths.js';

describe('bench: statistics and targets', () => {
  it('takes the median of an odd and an even number of samples, whatever their order', () => {
    assert.deepEqual(stats([5, 1, 3]), { median: 3, min: 1, max: 5, n: 3 });
    assert.deepEqual(stats([4, 1, 3, 2]), { median: 2.5, min: 1, max: 4, n: 4 });
    assert.equal(stats([]), null);
  });

  it('divides medians, and has no ratio without both', () => {
    assert.equal(ratio(stats([3]), stats([2])), 1.5);
    assert.equal(ratio(null, stats([2])), null);
    assert.equal(ratio(stats([2]), stats([0])), null);
  });

  it('passes a row when every bound holds (the bound itself included), fails it otherwise', () => {
    assert.equal(verdict([]), '—');
    assert.equal(verdict([{ text: '≤ 2.0×', value: 2, max: 2 }]), 'pass');
    assert.equal(verdict([{ text: '≤ 2.0×', value: 2.01, max: 2 }]), 'fail');
    assert.equal(verdict([{ text: '≤ 3 s', value: 100, max: 3000 }, { text: '≤ 300 MB', value: 301, max: 300 }]), 'fail');
  });

  it('says "not measured" when a bound has no value (a peer not found), never pass', () => {
    assert.equal(verdict([{ text: '≤ 0.85× kube-score', value: null, max: 0.85 }]), 'not measured');
    assert.equal(verdict([{ text: '≤ 3 s', value: 1, max: 3000 }, { text: '≤ 300 MB', value: Number.NaN, max: 300 }]), 'not measured');
  });

  it('prints an aligned Markdown table with pipes in cells escaped', () => {
    assert.equal(markdownTable(['a', 'bb'], [['x|y', '1']]), ['| a    | bb  |', '| ---- | --- |', '| x\\|y | 1   |'].join('\n'));
  });

  it('sets the replicas of the plan fixture, and refuses a manifest without them', () => {
    const create = readFileSync(repoPath('test/fixtures/plan/web-1-create.yaml'), 'utf8');
    const at = withReplicas(create, 100000);
    assert.match(at, /^ {2}replicas: 100000$/m);
    assert.equal(at.replace('replicas: 100000', 'replicas: 2'), create);
    assert.throws(() => withReplicas('kind: Service\n', 3), /no `replicas:` line/);
  });
});

describe('bench: peers', () => {
  const fakePeers = (dir: string, log: string): void => {
    mkdirSync(dir, { recursive: true });
    for (const name of ['kube-score', 'kubeconform']) {
      const p = join(dir, name);
      // Each call leaves its name and arguments, so that the test sees what the harness ran.
      writeFileSync(p, `#!/bin/sh\necho "${name} $*" >> '${log}'\nexit 1\n`);
      chmodSync(p, 0o755);
    }
  };

  it('looks in $STSPLAN_BENCH_PEERS first, then on PATH, and only at executable files', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stsplan-bench-peers-'));
    try {
      const peers = join(tmp, 'peers');
      const path = join(tmp, 'bin');
      fakePeers(peers, join(tmp, 'log'));
      fakePeers(path, join(tmp, 'log'));
      writeFileSync(join(tmp, 'kube-linter'), '#!/bin/sh\n'); // not executable
      mkdirSync(join(tmp, 'polaris')); // a directory
      assert.equal(findPeer('kube-score', { STSPLAN_BENCH_PEERS: peers, PATH: path }), join(peers, 'kube-score'));
      assert.equal(findPeer('kube-score', { PATH: ['/nonexistent', path].join(delimiter) }), join(path, 'kube-score'));
      assert.equal(findPeer('kube-linter', { STSPLAN_BENCH_PEERS: tmp }), null);
      assert.equal(findPeer('polaris', { STSPLAN_BENCH_PEERS: tmp }), null);
      assert.equal(findPeer('kube-score', { PATH: '' }), null);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  const bench = (args: string[], env: NodeJS.ProcessEnv): { rows: Row[]; machine: Record<string, unknown>; stdout: string } => {
    const out = join(mkdtempSync(join(tmpdir(), 'stsplan-bench-out-')), 'results.json');
    const r = spawnSync(process.execPath, [repoPath('build/bench/bench.js'), '--runs', '1', '--warmup', '0', '--out', out, ...args], { env, encoding: 'utf8', timeout: 240_000 });
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[]; machine: Record<string, unknown> };
    rmSync(dirname(out), { recursive: true, force: true });
    return { ...results, stdout: r.stdout };
  };

  it('runs the peers found in $STSPLAN_BENCH_PEERS in the same loop, on the file with findings and on the corpus', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stsplan-bench-run-'));
    try {
      const log = join(tmp, 'log');
      fakePeers(join(tmp, 'peers'), log);
      const { rows, machine, stdout } = bench(['--only', 'startup,corpus,plan', '--corpus', repoPath('examples'), '--generated', '0', '--sizes', '10', '--pod-by-pod', '30'], {
        ...process.env,
        STSPLAN_BENCH_PEERS: join(tmp, 'peers'),
      });
      // The machine and the load around the run.
      for (const k of ['cpu', 'cores', 'node', 'loadBefore', 'loadAfter']) assert.ok(k in machine, k);
      assert.match(stdout, /load average \(1, 5, 15 min\) before [\d.]+, [\d.]+, [\d.]+, after/);
      // Extra CA certificates raise the floor of every start-up ratio: the run says whether they were set.
      assert.equal(machine.extraCaCerts, Boolean(process.env.NODE_EXTRA_CA_CERTS));
      assert.equal(/^NODE_EXTRA_CA_CERTS is set: /m.test(stdout), Boolean(process.env.NODE_EXTRA_CA_CERTS));
      const what = rows.map((r) => r.what);
      for (const w of [/^`node -e 0`/, /^lint db.yaml \(findings\), stylish$/, /^lint db.yaml \(findings\), json$/, /^lint web.yaml \(clean\), stylish$/, /^lint web.yaml \(clean\), json$/]) {
        assert.ok(what.some((x) => w.test(x)), `a row ${w}`);
      }
      // Every stsplan row has its three numbers and a ratio; the file with findings exits 1.
      for (const r of rows.filter((r) => !r.what.startsWith('kube'))) {
        assert.equal(r.measured.error, null, r.what);
        assert.ok(r.measured.wall && r.measured.cpu && r.measured.rssMB, `${r.what}: wall, CPU and RSS`);
      }
      const findings = rows.find((r) => r.what === 'lint db.yaml (findings), stylish')!;
      assert.equal(findings.extra?.exitCode, 1);
      assert.match(findings.ratio, /^\d+\.\d\d× \/ \d+\.\d\d× node -e 0$/);
      assert.deepEqual(findings.checks.map((c) => c.text), ['≤ 2.0× node -e 0']);
      assert.ok(['pass', 'fail'].includes(findings.verdict));
      // The peers ran, on the same inputs, and have rows with numbers.
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      assert.ok(calls.includes(`kube-score score -o json ${repoPath('examples/mistakes/db.yaml')}`), calls.join('\n'));
      assert.ok(calls.includes(`kubeconform -summary -ignore-missing-schemas ${repoPath('examples/mistakes/db.yaml')}`));
      assert.ok(calls.some((c) => c.startsWith('kube-score score -o json ') && c.includes(repoPath('examples/clean/web.yaml')) && c.includes(repoPath('examples/upgrade/web.yaml'))));
      for (const peer of ['kube-score, db.yaml', 'kubeconform, db.yaml', 'kube-score, examples', 'kubeconform, examples']) {
        const r = rows.find((x) => x.what === peer);
        assert.ok(r?.measured.wall, `${peer} measured`);
      }
      // The corpus bound is evaluated against the measured kube-score.
      const oneThread = rows.find((r) => r.group === 'corpus' && r.what.includes('one thread'))!;
      assert.ok(['pass', 'fail'].includes(oneThread.verdict));
      assert.match(oneThread.ratio, /× kube-score$/);
      // Plans: a scale-up, a rolling update and one planned pod by pod, in json, text and markdown, with output written.
      const plans = rows.filter((r) => r.group === 'plan');
      assert.deepEqual(
        plans.map((r) => /^plan (scale-up|rolling update) (?:0 → 10|of 10|of 30 in batches of 3 \(pod by pod\)), (json|text|markdown)$/.exec(r.what)?.slice(1).join(' ')),
        ['scale-up json', 'scale-up text', 'scale-up markdown', 'rolling update json', 'rolling update text', 'rolling update markdown', 'rolling update json', 'rolling update text', 'rolling update markdown'],
      );
      assert.match(plans[6]!.what, /in batches of 3 \(pod by pod\)/);
      for (const p of plans) assert.ok((p.extra?.outputBytes as number) > 0, p.what);
      // Each row's output is its own command's: the three formats of one plan differ in size.
      for (let i = 0; i < plans.length; i += 3) assert.equal(new Set(plans.slice(i, i + 3).map((p) => p.extra?.outputBytes)).size, 3, plans[i]!.what);
      assert.match(stdout, /\| what +\| wall median \(min–max\) +\| CPU user\+sys +\| peak RSS +\| ratio wall \/ CPU +\| target +\| result +\|/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('says "not measured" for a peer it cannot find, with no number', () => {
    // PATH holds only node's own directory: neither peer is there.
    const { rows } = bench(['--only', 'startup'], { ...process.env, STSPLAN_BENCH_PEERS: '', PATH: dirname(process.execPath) });
    for (const peer of ['kube-score', 'kubeconform']) {
      const r = rows.find((x) => x.what.startsWith(peer))!;
      assert.match(r.measured.error ?? '', /^not measured \(/);
      assert.deepEqual([r.measured.wall, r.measured.cpu, r.measured.rssMB], [null, null, null]);
    }
  });
});
