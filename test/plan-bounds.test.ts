/**
 * Bounded plans of huge StatefulSets (src/plan/compress.ts): the planner simulates a long stretch
 * of alike ordinals with a few of them and reports the block each goes through as a run. Here the
 * bounds are shrunk so that sets of a few dozen ordinals are summarised, and every summarised plan
 * is compared, event by event, with the same plan simulated ordinal by ordinal. Then the real
 * bounds: replicas 2147483647, `--scale web=2147483647` and a 10,000-pod snapshot scaled to 3 finish
 * with a true summary under a small heap.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { planWithBounds } from '../src/plan/prepare.js';
import { planEvents, runEvents } from '../src/plan/runs.js';
import { NameList } from '../src/plan/blocked.js';
import type { Plan, PlanEvent } from '../src/plan/types.js';
import { BOUNDS, type Bounds } from '../src/plan/compress.js';
import { inputs, scenarioArb } from './helpers/plan-scenarios.js';
import { planOf, service, stack, web, type WebOptions } from './helpers/plan.js';
import { CLI } from './helpers/paths.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { formatPlanText } from '../src/plan/render/text.js';

/** Summarise stretches of more than 6 alike ordinals, simulating 6 of them; never fall back. */
const TINY: Bounds = { compressAbove: 6, keep: 6, directLimit: 0, listLimit: 1000 };
/** Never summarise. */
const FULL: Bounds = { ...BOUNDS, compressAbove: Number.MAX_SAFE_INTEGER, directLimit: Number.MAX_SAFE_INTEGER };

describe('summarised plans equal plans simulated ordinal by ordinal', { timeout: 600_000 }, () => {
  it('on generated sets, changes and snapshots', async () => {
    let summarised = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { current, desired, options } = inputs(s);
        const full = await planWithBounds(current, [{ path: 'web.yaml', content: desired }], options, FULL);
        const tiny = await planWithBounds(current, [{ path: 'web.yaml', content: desired }], options, TINY);
        assert.equal(full.runs, undefined);
        if (tiny.statefulSets.some((x) => x.unplanned)) {
          if (process.env.EXPLORE) console.log('UNPLANNED', JSON.stringify(s));
          return;
        }
        if (tiny.runs?.length) {
          summarised++;
          runs += tiny.runs.length;
        }
        // The library's planEvents: every event, runs expanded, as the plan simulated ordinal by ordinal lists them.
        assert.deepEqual([...planEvents(tiny)], full.events);
        assert.deepEqual(tiny.statefulSets, full.statefulSets);
        assert.deepEqual(tiny.blocked, full.blocked);
        assert.deepEqual(tiny.warnings, full.warnings);
        assert.deepEqual(tiny.summary, full.summary);
        assert.equal(tiny.ok, full.ok);
        assert.equal(tiny.changed, full.changed);
      }),
      { numRuns: Number(process.env.RUNS ?? 400), seed: Number(process.env.SEED ?? 14) },
    );
    // The comparison is about summarised plans: most of them must be.
    if (process.env.EXPLORE) console.log(`${summarised} summarised, ${runs} runs`);
    assert.ok(summarised > 150, `${summarised} of 400 plans summarised (${runs} runs)`);
  });
});

const MAX = 2147483647;

/** The stack at `replicas`, with web() options. */
const huge = (o: WebOptions): string => stack({ ...o });

describe('huge StatefulSets are planned in bounded time and memory, with exact counts', { timeout: 300_000 }, () => {
  it('replicas: 2147483647 from nothing: one run of the 9 events per ordinal', async () => {
    const p = await planOf(null, huge({ replicas: MAX }));
    assert.deepEqual(p.events, []);
    assert.equal(p.runs?.length, 1);
    const r = p.runs![0]!;
    assert.deepEqual([r.count, r.ordinals, r.stride, r.steps, r.events], [MAX, { first: 0, last: MAX - 1, step: 1 }, 5, { first: 1, last: 5 * MAX }, 9 * MAX]);
    assert.deepEqual(r.block.map((b) => `${b.event.step} ${b.event.action} ${b.name}`), ['1 create www-web-{N}', '1 create web-{N}', '2 bind www-web-{N}', '3 running web-{N}', '4 ready web-{N}', '5 add nginx.default.svc.cluster.local', '5 add web-{N}.nginx.default.svc.cluster.local', '5 add address of web-{N} (in-addr.arpa)', '5 add _web._tcp.nginx.default.svc.cluster.local']);
    // The last repetition is the real web-2147483646.
    const last = [...runEvents(r, MAX - 1)];
    assert.deepEqual(last.map((e) => `${e.step} ${e.name} ${e.value ?? ''}`), [`${5 * MAX - 4} www-web-${MAX - 1} `, `${5 * MAX - 4} web-${MAX - 1} `, `${5 * MAX - 3} www-web-${MAX - 1} `, `${5 * MAX - 2} web-${MAX - 1} `, `${5 * MAX - 1} web-${MAX - 1} `, `${5 * MAX} nginx.default.svc.cluster.local address of web-${MAX - 1}`, `${5 * MAX} web-${MAX - 1}.nginx.default.svc.cluster.local address of web-${MAX - 1}`, `${5 * MAX} address of web-${MAX - 1} (in-addr.arpa) web-${MAX - 1}.nginx.default.svc.cluster.local.`, `${5 * MAX} _web._tcp.nginx.default.svc.cluster.local 80 web-${MAX - 1}.nginx.default.svc.cluster.local.`]);
    assert.deepEqual([p.summary.podsCreated, p.summary.pvcsCreated, p.summary.dnsAdded], [MAX, MAX, 4 * MAX]);
    const s = p.statefulSets[0]!;
    assert.deepEqual([s.ordinals.to.length, s.ordinals.to[0], s.replicas.to], [1000, 0, MAX]);
    assert.ok(p.ok);
  });
  it('Parallel: each phase is one run in one step', async () => {
    const p = await planOf(null, huge({ replicas: MAX, policy: 'Parallel' }));
    assert.deepEqual(p.runs!.map((r) => `${r.steps.first}-${r.steps.last} ×${r.count} ${r.block.map((b) => `${b.event.action} ${b.event.kind}`).join(', ')}`), [
      `1-1 ×${MAX} create PersistentVolumeClaim, create Pod`,
      `2-2 ×${MAX} bind PersistentVolumeClaim`,
      `3-3 ×${MAX} running Pod`,
      `4-4 ×${MAX} ready Pod`,
      `5-5 ×${MAX} add DNSRecord, add DNSRecord, add DNSRecord, add DNSRecord`,
    ]);
  });
  it('scale down from 2147483647 to 3: every condemned PVC re-owned first, then highest ordinal first, one at a time', async () => {
    const p = await planOf(huge({ replicas: MAX }), huge({ replicas: 3, whenScaled: 'Delete' }));
    assert.deepEqual(p.runs!.map((x) => [x.count, x.stride, x.steps.first, x.block[0]!.event.action]), [[MAX - 3, 0, 1, 'update'], [MAX - 3, 1, 1, 'delete']]);
    const r = p.runs![1]!;
    assert.deepEqual([r.count, r.ordinals.first, r.ordinals.last, r.ordinals.step], [MAX - 3, MAX - 1, 3, -1]);
    assert.deepEqual(r.block.map((b) => `${b.event.action} ${b.event.kind} ${b.name}: ${b.reason}`).slice(0, 1), ['delete Pod web-{N}: scale down: ordinal {N} is outside 0..2']);
    assert.deepEqual([p.summary.podsDeleted, p.summary.pvcsDeleted, p.summary.dnsRemoved], [MAX - 3, MAX - 3, 4 * (MAX - 3)]);
    // The data fate names the PVCs whose data is lost as one range, without listing two billion of them.
    const fate = p.statefulSets[0]!.dataFate!;
    assert.match(fate.sentence, new RegExp(`^scaling web from ${MAX} to 3 deletes PVCs www-web-\\{3\\.\\.${MAX - 1}\\} \\(whenScaled: Delete\\)`));
    assert.deepEqual([fate.deletedCount, fate.deleted.length, fate.deleted[0], fate.keptCount], [MAX - 3, 1000, 'www-web-3', 0]);
  });
  it('a rolling update above a partition replaces the pods above it, highest first', async () => {
    const p = await planOf(huge({ replicas: MAX, partition: 1000000 }), huge({ replicas: MAX, partition: 1000000, image: 'nginx:1.28' }));
    assert.equal(p.summary.podsReplaced, MAX - 1000000);
    assert.deepEqual(p.runs!.map((r) => [r.ordinals.first, r.ordinals.last, r.block[0]!.event.action]), [[MAX - 1, 1000000, 'delete']]);
  });
  it('planEvents yields the events of a 2147483647-pod plan one at a time, as they happen, and a plan without runs its own events', async () => {
    const p = await planOf(null, huge({ replicas: MAX }));
    const first: PlanEvent[] = [];
    for (const e of planEvents(p)) {
      first.push(e);
      if (first.length === 12) break;
    }
    assert.deepEqual(first.map((e) => `${e.seq} ${e.step} ${e.action} ${e.name}`).slice(8), ['9 5 add _web._tcp.nginx.default.svc.cluster.local', '10 6 create www-web-1', '11 6 create web-1', '12 7 bind www-web-1']);
    const small = await planOf(null, huge({ replicas: 3 }));
    assert.equal(small.runs, undefined);
    const events = [...planEvents(small)];
    assert.equal(events.length, small.events.length);
    events.forEach((e, i) => assert.equal(e, small.events[i]));
  });
  it('a rollout blocked at the first pod names the pods never created without listing them all', async () => {
    const p = await planOf(null, huge({ replicas: MAX, storageClass: '""' }));
    assert.equal(p.blocked.length, 1);
    const b = p.blocked[0]!;
    assert.equal(b.pod, 'web-0');
    assert.deepEqual([b.notCreated.length, b.notCreated[0], b.notCreatedCount], [1000, 'web-1', MAX - 1]);
    assert.equal(p.ok, false);
  });
});

describe('what the planner cannot summarise', { timeout: 300_000 }, () => {
  it('maxUnavailable > 1 with its gate on over 2147483647 pods is not planned, and says why, instead of simulating them', async () => {
    const options = { featureGates: { MaxUnavailableStatefulSet: true } };
    const p = await planOf(huge({ replicas: MAX, policy: 'Parallel', maxUnavailable: 3 }), huge({ replicas: MAX, policy: 'Parallel', maxUnavailable: 3, image: 'nginx:1.28' }), options);
    assert.match(p.statefulSets[0]!.unplanned!, /spans 2147483647 ordinals, more than the 20000 the planner simulates one by one, and with the MaxUnavailableStatefulSet gate on, maxUnavailable 3 replaces pods in batches/);
    assert.deepEqual([p.events, p.runs, p.ok, p.summary.text], [[], undefined, false, '+0 pods, +0 PVCs, +0 DNS records, 0 deleted, 1 not planned']);
    // Below the limit it is simulated pod by pod, as before.
    const small = await planOf(huge({ replicas: 30, policy: 'Parallel', maxUnavailable: 3 }), huge({ replicas: 30, policy: 'Parallel', maxUnavailable: 3, image: 'nginx:1.28' }), options);
    assert.equal(small.statefulSets[0]!.unplanned, undefined);
    assert.equal(small.summary.podsReplaced, 30);
    assert.equal(small.events.filter((e) => e.kind === 'Pod' && e.action === 'delete' && e.step === 1).length, 3);
  });
});

describe('the most the planner simulates pod by pod', { timeout: 300_000 }, () => {
  it('20,000 pods replaced in batches of 3 (gate on) render in every format', async () => {
    const options = { featureGates: { MaxUnavailableStatefulSet: true } };
    const o = { replicas: 20000, policy: 'Parallel', maxUnavailable: 3 } as const;
    const p = await planOf(huge(o), huge({ ...o, image: 'nginx:1.28' }), options);
    assert.equal(p.statefulSets[0]!.unplanned, undefined);
    assert.equal(p.summary.podsReplaced, 20000);
    assert.equal(p.runs, undefined);
    const markdown = formatPlanMarkdown(p);
    assert.match(markdown, /web-19999/);
    assert.match(formatPlanText(p), /web-19999/);
    assert.equal(JSON.parse(formatPlanJson(p)).events.length, p.events.length);
  });
});

describe('a snapshot of pods spread thinly over a wide range', { timeout: 300_000 }, () => {
  it('is summarised between the pods it holds, not simulated ordinal by ordinal', async () => {
    const pods = Array.from({ length: 30 }, (_, k) => k * 900);
    const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { serviceName: 'nginx', replicas: 27000, podManagementPolicy: 'Parallel', selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } }, status: { currentRevision: 'web-abc', updateRevision: 'web-abc' } };
    const items = [sts, ...pods.map((i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, namespace: 'default', labels: { app: 'nginx', 'controller-revision-hash': 'web-abc' } }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }))];
    const p = await planOf({ snapshot: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }) }, stringify({ ...sts, status: undefined }));
    assert.equal(p.summary.podsCreated, 27000 - 30);
    // One run per gap and phase: the 29 gaps of 899 and the 899 after the last pod.
    assert.equal(p.runs!.filter((r) => r.block[0]!.event.action === 'create').length, 30);
    assert.equal(p.events.length, 0);
  });
});

describe('text from the inputs that looks like the planner\'s ordinal tokens', { timeout: 300_000 }, () => {
  it('is written as it is (a NUL in a snapshot pod\'s revision label)', async () => {
    const odd = 'web-\u00003\u0000x';
    const pod = (i: number, rev: string): object => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, namespace: 'default', labels: { app: 'nginx', 'controller-revision-hash': rev } }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
    const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { serviceName: 'nginx', replicas: 2000, selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } }, status: { currentRevision: 'web-abc', updateRevision: 'web-abc' } };
    const items = [sts, ...Array.from({ length: 2000 }, (_, i) => pod(i, i === 1999 ? odd : 'web-abc'))];
    const desired = stringify({ ...sts, status: undefined, spec: { ...sts.spec, template: { ...sts.spec.template, spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } } } });
    const p = await planOf({ snapshot: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }) }, desired);
    const deleted = [...planEvents(p)].find((e) => e.kind === 'Pod' && e.action === 'delete' && e.name === 'web-1999')!;
    assert.equal(deleted.reason, `rolling update: revision ${odd} → ${p.statefulSets[0]!.revision.update}`);
    assert.equal(p.summary.podsReplaced, 2000);
  });
});

describe('plan CLI on huge counts, under a 256 MB heap', { timeout: 300_000 }, () => {
  const run = (args: string[], cwd: string): { code: number; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stsplan-huge-'));
    writeFileSync(join(dir, 'max.yaml'), huge({ replicas: MAX }));
    writeFileSync(join(dir, 'two.yaml'), huge({ replicas: 2 }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('replicas: 2147483647 prints a true summary in every format', () => {
    const text = run(['plan', 'max.yaml'], dir);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /the same 9 events for each of web-0, web-1 … web-2147483646 \(2147483647\), in this order:/);
    assert.match(text.stdout, /create {2}Pod {2}web-\{0\.\.2147483646\}/);
    assert.match(text.stdout, /Plan: \+2147483647 pods, \+2147483647 PVCs, \+8589934588 DNS records, 0 deleted\./);
    assert.ok(text.stdout.length < 20_000);
    const json = run(['plan', 'max.yaml', '--format', 'json'], dir);
    assert.equal(json.code, 0, json.stderr);
    const plan = JSON.parse(json.stdout) as Plan;
    assert.equal(plan.runs![0]!.count, MAX);
    const md = run(['plan', 'max.yaml', '--format', 'markdown'], dir);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /\*\*×2147483647\*\*/);
    assert.match(md.stdout, /creates web-0, web-1 … web-2147483646 \(2147483647\)/);
  });
  it('a 10,000-pod snapshot (one List over --max-document-bytes) scaled to 3 is one run of scale-down events', () => {
    const n = 10000;
    const lines = ['apiVersion: v1', 'kind: List', 'items:'];
    const indent = (yaml: string): string => yaml.trimEnd().split('\n').map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n');
    lines.push(indent(service()), indent(`${web({ replicas: n })}status: {currentRevision: web-abc, updateRevision: web-abc}\n`));
    // kubectl lists objects by name: web-0, web-1, web-10, web-100 …
    for (const i of Array.from({ length: n }, (_, k) => k).sort((a, b) => String(a).localeCompare(String(b)))) {
      lines.push(`- {apiVersion: v1, kind: Pod, metadata: {name: web-${i}, namespace: default, uid: u${i}, labels: {app: nginx, controller-revision-hash: web-abc, statefulset.kubernetes.io/pod-name: web-${i}, apps.kubernetes.io/pod-index: "${i}"}, ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: web, uid: s}]}, status: {phase: Running, conditions: [{type: Ready, status: "True"}]}}`);
      lines.push(`- {apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: www-web-${i}, namespace: default}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}, status: {phase: Bound}}`);
    }
    const list = lines.join('\n') + '\n';
    assert.ok(list.length > 4 * 1024 * 1024, `${list.length} bytes`);
    writeFileSync(join(dir, 'state.yaml'), list);
    writeFileSync(join(dir, 'three.yaml'), huge({ replicas: 3 }));
    const r = spawnSync(process.execPath, ['--max-old-space-size=768', CLI, 'plan', 'three.yaml', '--state', 'state.yaml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /the same 6 events for each of web-9999, web-9998 … web-3 \(9997\), in this order:\n +delete {2}Pod {2}web-\{9999\.\.3\} +scale down: ordinal \{9999\.\.3\} is outside 0\.\.2/);
    assert.match(r.stdout, /Plan: \+0 pods, \+0 PVCs, \+0 DNS records, -9997 pods, -39988 DNS records, 9997 PVCs kept\./);
    assert.ok(r.stdout.length < 5_000, `${r.stdout.length} bytes of plan`);
  });
  it('--scale web=2147483647 plans the scale-up the same way', () => {
    const r = run(['plan', 'two.yaml', '--scale', 'web=2147483647'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /for each of web-2, web-3 … web-2147483646 \(2147483645\)/);
    assert.match(r.stdout, /Plan: \+2147483645 pods, \+2147483645 PVCs, \+8589934580 DNS records, 0 deleted\./);
  });
});

describe('NameList', () => {
  it('names the first two (as many as its limit keeps), the last and the count when it holds more than its limit', () => {
    const of = (limit: number, n: number): string => {
      const l = new NameList(limit);
      l.addRange(0, n - 1, (o) => `web-${o}`);
      return l.text();
    };
    assert.equal(of(5, 3), 'web-0, web-1, web-2');
    assert.equal(of(2, 5), 'web-0, web-1 … web-4 (5)');
    assert.equal(of(1, 5), 'web-0 … web-4 (5)');
    assert.equal(of(0, 5), '… web-4 (5)');
  });
});
