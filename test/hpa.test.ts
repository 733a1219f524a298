/**
 * Who owns a StatefulSet's replicas (issue 19): hpa-replicas-conflict across files and
 * directories, and the plan of an apply that resets the count a HorizontalPodAutoscaler set
 * (`--state`), of a manifest that leaves replicas out, and of one that drops it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { lint } from '../src/lint/engine.js';
import { plan } from '../src/plan/prepare.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import { formatPlanText } from '../src/plan/render/text.js';
import type { Plan } from '../src/plan/types.js';
import { docs, podOps, service, storageClass, web, type WebOptions } from './helpers/plan.js';
import { repoPath } from './helpers/paths.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(repoPath('schemas/plan.schema.json'), 'utf8')) as object);

function hpa(o: { name?: string; namespace?: string; apiVersion?: string; kind?: string; target?: string; min?: number; max?: number } = {}): string {
  return [
    `apiVersion: ${o.apiVersion ?? 'autoscaling/v2'}`,
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    `  name: ${o.name ?? 'web-hpa'}`,
    ...(o.namespace ? [`  namespace: ${o.namespace}`] : []),
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    `    kind: ${o.kind ?? 'StatefulSet'}`,
    `    name: ${o.target ?? 'web'}`,
    ...(o.min !== undefined ? [`  minReplicas: ${o.min}`] : []),
    `  maxReplicas: ${o.max ?? 8}`,
  ].join('\n') + '\n';
}

/** The example StatefulSet without spec.replicas. */
const webWithoutReplicas = (o: WebOptions = {}): string => web(o).replace(/^ {2}replicas: \d+\n/m, '');

/**
 * A cluster snapshot: StatefulSet web (from `manifest`) running `live` Ready pods with their bound
 * PVCs, its last applied configuration `lastApplied` (undefined: no annotation), and more objects.
 */
function snapshot(manifest: string, live: number, lastApplied: string | undefined, extra: string[] = []): string {
  const rev = 'web-1111111111';
  const sts = parseYaml(manifest) as { metadata: Record<string, unknown>; spec: Record<string, unknown>; status?: unknown };
  sts.metadata.namespace = 'default';
  if (lastApplied !== undefined) sts.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(parseYaml(lastApplied)) };
  sts.spec.replicas = live;
  sts.status = { replicas: live, currentRevision: rev, updateRevision: rev };
  const items: unknown[] = [sts, parseYaml(service()), parseYaml(storageClass()), ...extra.map((e) => parseYaml(e) as unknown)];
  for (let i = 0; i < live; i++) {
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${i}`, namespace: 'default', labels: { app: 'nginx', 'controller-revision-hash': rev } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    });
    items.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `www-web-${i}`, namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Bound' } });
  }
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}

const stackOf = (sts: string): string => docs(service(), storageClass(), sts);

async function planState(state: string, files: Record<string, string>): Promise<Plan> {
  const p = await plan({ snapshot: [{ path: 'state.yaml', content: state }] }, Object.entries(files).map(([path, content]) => ({ path, content })));
  assert.ok(validate(JSON.parse(formatPlanJson(p))), JSON.stringify(validate.errors?.slice(0, 3)));
  return p;
}

const hpaWarnings = (p: Plan): string[] => p.warnings.map((w) => w.message).filter((m) => /HorizontalPodAutoscaler|last applied configuration/.test(m));

describe('hpa-replicas-conflict across files', () => {
  const findings = async (files: Record<string, string>): Promise<string[]> => {
    const report = await lint(Object.entries(files).map(([path, content]) => ({ path, content })));
    return report.files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'hpa-replicas-conflict').map((d) => `${f.path}:${d.range.start.line} ${d.message}`));
  };

  it('names the autoscaler and its file when it is in another file of the application', async () => {
    const out = await findings({ 'app/web.yaml': stackOf(web({ replicas: 3 })), 'app/hpa.yaml': hpa() });
    assert.equal(out.length, 1);
    assert.match(out[0]!, /^app\/web\.yaml:\d+ StatefulSet web: replicas 3 is also set by HorizontalPodAutoscaler web-hpa \(in app\/hpa\.yaml\): every kubectl apply sets the live count back to 3/);
  });

  it('an overlay below the StatefulSet scales it; a sibling application does not', async () => {
    assert.equal((await findings({ 'base/web.yaml': stackOf(web({ replicas: 3 })), 'base/prod/hpa.yaml': hpa() })).length, 1);
    assert.deepEqual(await findings({ 'a/web.yaml': stackOf(web({ replicas: 3 })), 'b/hpa.yaml': hpa() }), []);
  });

  it('finds the same thing whatever the order of the files', async () => {
    const a = await findings({ 'app/web.yaml': stackOf(web({ replicas: 3 })), 'app/hpa-b.yaml': hpa({ name: 'b' }), 'app/hpa-a.yaml': hpa({ name: 'a' }) });
    const b = await findings({ 'app/hpa-a.yaml': hpa({ name: 'a' }), 'app/hpa-b.yaml': hpa({ name: 'b' }), 'app/web.yaml': stackOf(web({ replicas: 3 })) });
    assert.deepEqual(a, b);
    assert.match(a[0]!, /HorizontalPodAutoscaler a \(and 1 more\) \(in app\/hpa-a\.yaml\)/);
  });
});

describe('plan: an apply that resets the count a HorizontalPodAutoscaler set (--state)', () => {
  it('scales from the live count down to the manifest, deletes the highest ordinals and their PVCs, and warns', async () => {
    const manifest = web({ replicas: 2, whenScaled: 'Delete' });
    const p = await planState(snapshot(manifest, 5, manifest, [hpa({ min: 2 })]), { 'web.yaml': stackOf(manifest) });
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 5, to: 2 });
    assert.deepEqual(podOps(p), ['delete pod web-4', 'delete pvc www-web-4', 'delete pod web-3', 'delete pvc www-web-3', 'delete pod web-2', 'delete pvc www-web-2']);
    const [w] = hpaWarnings(p);
    assert.equal(
      w,
      'HorizontalPodAutoscaler web-hpa scales StatefulSet web, whose manifest sets spec.replicas 2: this apply sets replicas from the live 5 back to 2: the controller deletes web-2, web-3 and web-4 and, with whenScaled: Delete, their PVCs; the autoscaler then scales it again by its metrics. Remove spec.replicas from the manifest to leave the count to the autoscaler (run kubectl apply set-last-applied -f web.yaml with the edited manifest first, or that apply deletes the field and the count falls to 1)',
    );
    const at = p.warnings.find((x) => x.message === w)!.location!;
    assert.equal(stackOf(manifest).split('\n')[at.line - 1], '  replicas: 2');
    assert.match(formatPlanText(p), /HorizontalPodAutoscaler web-hpa scales StatefulSet web/);
  });

  it('warns with an autoscaler among the inputs and no snapshot, naming its file', async () => {
    const p = await plan(null, [{ path: 'k8s/web.yaml', content: stackOf(web({ replicas: 3 })) }, { path: 'k8s/hpa.yaml', content: hpa() }]);
    assert.match(hpaWarnings(p)[0]!, /^HorizontalPodAutoscaler web-hpa \(k8s\/hpa\.yaml\) scales StatefulSet web, whose manifest sets spec.replicas 3: every apply sets the live count back to 3, whatever the autoscaler scaled it to; when that was more, the controller deletes the highest ordinals; /);
  });

  it('a scale-up to the manifest and replicas 0 say what the autoscaler does next', async () => {
    const up = await planState(snapshot(web({ replicas: 4 }), 2, web({ replicas: 4 }), [hpa()]), { 'web.yaml': stackOf(web({ replicas: 4 })) });
    assert.match(hpaWarnings(up)[0]!, /this apply sets replicas from the live 2 to 4; the autoscaler then scales it again by its metrics\./);
    const zero = await planState(snapshot(web({ replicas: 0 }), 2, web({ replicas: 0 }), [hpa({ apiVersion: 'autoscaling/v1' })]), { 'web.yaml': stackOf(web({ replicas: 0 })) });
    assert.deepEqual(zero.statefulSets[0]!.replicas, { from: 2, to: 0 });
    assert.match(hpaWarnings(zero)[0]!, /the controller deletes web-0 and web-1; the autoscaler does not scale it up again: it leaves a target with 0 replicas alone while its minReplicas is 1\./);
  });

  it('no warning for autoscalers of other targets: a Deployment, another name, another namespace, a removed apiVersion', async () => {
    const manifest = web({ replicas: 2 });
    const others = [hpa({ kind: 'Deployment' }), hpa({ name: 'b', target: 'web-2' }), hpa({ name: 'c', namespace: 'staging' }), hpa({ name: 'd', apiVersion: 'autoscaling/v2beta2' })];
    const p = await planState(snapshot(manifest, 5, manifest, others), { 'web.yaml': stackOf(manifest), 'more.yaml': docs(...others) });
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 5, to: 2 });
    assert.deepEqual(hpaWarnings(p), []);
  });

  it('a malformed autoscaler in the snapshot is an input error at its line, and the rest is planned', async () => {
    const state = snapshot(web({ replicas: 2 }), 3, undefined, [hpa().replace('name: web\n', 'name: [web]\n')]);
    const p = await planState(state, { 'web.yaml': stackOf(web({ replicas: 2 })) });
    const e = p.inputErrors.find((x) => x.message.startsWith('HorizontalPodAutoscaler web-hpa: spec.scaleTargetRef.name: expected a string'));
    assert.ok(e, JSON.stringify(p.inputErrors));
    assert.match(state.split('\n')[e.range.start.line - 1]!, /^\s+(name:|- web)$/, 'the error is at the malformed field');
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 3, to: 2 });
  });
});

describe('plan: a manifest without spec.replicas (--state)', () => {
  const manifest = webWithoutReplicas();

  it('keeps the live count when the last applied configuration did not set replicas either', async () => {
    const p = await planState(snapshot(manifest, 5, manifest, [hpa()]), { 'web.yaml': stackOf(manifest) });
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 5, to: 5 });
    assert.deepEqual(p.events, []);
    assert.equal(p.statefulSets[0]!.diff, undefined, 'the live count is not shown as added to the manifest');
    assert.deepEqual(hpaWarnings(p), []);
  });

  it('keeps the live count of an object without last-applied-configuration', async () => {
    const p = await planState(snapshot(manifest, 4, undefined), { 'web.yaml': stackOf(manifest) });
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 4, to: 4 });
    assert.deepEqual(p.events, []);
  });

  it('falls to 1 when the last apply set replicas, and says how to avoid it', async () => {
    const p = await planState(snapshot(manifest, 5, web({ replicas: 3 }), [hpa()]), { 'web.yaml': stackOf(manifest) });
    assert.deepEqual(p.statefulSets[0]!.replicas, { from: 5, to: 1 });
    assert.deepEqual(podOps(p).filter((o) => o.startsWith('delete pod')), ['delete pod web-4', 'delete pod web-3', 'delete pod web-2', 'delete pod web-1']);
    assert.deepEqual(hpaWarnings(p), [
      'spec.replicas is in the last applied configuration of the live StatefulSet but not in the manifest: kubectl apply deletes the field and the API server sets it to 1 (replicas 5 → 1). To keep the live count, run kubectl apply set-last-applied -f web.yaml with this manifest before applying it',
    ]);
  });
});
