/**
 * Issue 19: two StatefulSet traps the plan names. The forced-rollback trap (kubernetes/kubernetes#67250):
 * a snapshot pod not Ready at an older revision is not replaced by a fixed template under
 * OrderedReady (processReplica stops the sync at it), is replaced under Parallel, and with the
 * MaxUnavailableStatefulSet gate on only while maxUnavailable leaves room. And data fate: one
 * sentence per StatefulSet deleted or scaled down, saying which PVCs and disks go.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml, stringify } from 'yaml';
import { formatPlanText } from '../src/plan/render/text.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { revisionName } from '../src/k8s/revision.js';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { docs, planOf as planned, podOps, service, stack, storageClass, web, type WebOptions } from './helpers/plan.js';
import { repoPath } from './helpers/paths.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import type { Plan } from '../src/plan/types.js';

/** Every plan these tests make, checked against schemas/plan.schema.json at the end. */
const made: Plan[] = [];
const planOf = async (...args: Parameters<typeof planned>): Promise<Plan> => {
  const p = await planned(...args);
  made.push(p);
  return p;
};

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML test data

const BAD = 'nginx:9.99-typo';

/** The revision name of the set's template with `image`. */
const revisionOf = (o: WebOptions): string => revisionName(o.name ?? 'web', (parseYaml(web(o)) as Obj).spec.template);

interface PodState {
  /** ready; pull: Pending, ImagePullBackOff; crash: Running, not Ready, CrashLoopBackOff; failed: phase Failed. */
  state: 'ready' | 'pull' | 'crash' | 'failed';
  bad?: boolean;
}

/**
 * A snapshot of `web` whose live template is the bad one (its last rollout went to `BAD`), with the
 * given pods: `bad` pods carry the bad revision, the others the good one.
 */
function snapshot(o: WebOptions, pods: PodState[], extra: Obj[] = []): string {
  const good = revisionOf(o);
  const bad = revisionOf({ ...o, image: BAD });
  const live = parseYaml(web({ ...o, image: BAD })) as Obj;
  live.metadata.namespace = o.name === 'db' ? 'prod' : 'default';
  live.metadata.uid = 'set-uid';
  live.status = { currentRevision: good, updateRevision: bad };
  const ns = live.metadata.namespace as string;
  const items: Obj[] = [live, { ...(parseYaml(service()) as Obj), metadata: { name: 'nginx', namespace: ns } }, parseYaml(storageClass()) as Obj, ...extra];
  pods.forEach((p, i) => {
    const name = `${o.name ?? 'web'}-${i}`;
    const status: Obj =
      p.state === 'ready'
        ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }
        : p.state === 'failed'
          ? { phase: 'Failed', conditions: [{ type: 'Ready', status: 'False' }] }
          : p.state === 'pull'
            ? { phase: 'Pending', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [{ name: 'nginx', ready: false, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } } }] }
            : { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [{ name: 'nginx', ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } }] };
    items.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, uid: `uid-${i}`, labels: { app: 'nginx', 'controller-revision-hash': p.bad ? bad : good }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: o.name ?? 'web', uid: 'set-uid', controller: true }] }, spec: { containers: [{ name: 'nginx', image: 'x' }] }, status });
    items.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `www-${name}`, namespace: ns }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard', resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Bound' } });
  });
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}

/** The fixed manifests: the good template, in the namespace of the snapshot. */
const fixed = (o: WebOptions): string => {
  const sts = web(o).replace('metadata:\n', `metadata:\n  namespace: ${o.name === 'db' ? 'prod' : 'default'}\n`);
  const svc = service().replace('metadata:\n', `metadata:\n  namespace: ${o.name === 'db' ? 'prod' : 'default'}\n`);
  return docs(svc, storageClass(), sts);
};

const warningsOf = (p: Plan): string => p.warnings.map((w) => w.message).join('\n');

describe('the forced-rollback trap (kubernetes/kubernetes#67250)', () => {
  it('OrderedReady: a pod in ImagePullBackOff at the bad revision is never replaced by the fixed template; the plan says why and how to unblock', async () => {
    const o: WebOptions = { replicas: 3 };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'ready' }, { state: 'pull', bad: true }]) }, fixed(o));
    assert.deepEqual(podOps(p), []);
    assert.equal(p.ok, false, 'a stuck rollout is exit 1');
    assert.equal(p.blocked.length, 1);
    const b = p.blocked[0]!;
    assert.match(b.reason, /^web-2 is Pending in the cluster snapshot \(container nginx: ImagePullBackOff\)$/);
    assert.deepEqual(b.stuckPods, [
      {
        pod: 'web-2',
        ordinal: 2,
        revision: revisionOf({ ...o, image: BAD }),
        updateRevision: revisionOf(o),
        status: 'container nginx: ImagePullBackOff',
        why: 'under OrderedReady the controller waits for it to be Running and Ready before it goes on, so the rolling update never reaches it (kubernetes/kubernetes#67250)',
        command: 'kubectl delete pod web-2',
      },
    ]);
    const text = formatPlanText(p);
    assert.match(text, /^ {4}web-2 \(container nginx: ImagePullBackOff\) stays at revision web-\w+, not the update revision web-\w+: under OrderedReady/m);
    assert.match(text, /^ {6}kubectl delete pod web-2$/m);
    assert.match(formatPlanMarkdown(p), /`kubectl delete pod web-2`/);
  });

  it('the command names the namespace, quoted for the shell, and lists every stuck pod at an older revision', async () => {
    const o: WebOptions = { name: 'db', replicas: 3 };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'crash', bad: true }, { state: 'pull', bad: true }]) }, fixed(o));
    const b = p.blocked[0]!;
    assert.deepEqual(b.stuckPods!.map((s) => [s.command, s.status]), [
      ['kubectl delete pod -n prod db-1', 'container nginx: CrashLoopBackOff'],
      ['kubectl delete pod -n prod db-2', 'container nginx: ImagePullBackOff'],
    ]);
    assert.match(b.reason, /^db-1 is Running but not Ready in the cluster snapshot \(container nginx: CrashLoopBackOff\)/);
  });

  it('a stuck pod already at the update revision is blocked, but deleting it would not help: no command', async () => {
    const o: WebOptions = { replicas: 2, image: BAD };
    // The manifests keep the bad template: the pod is at the update revision.
    const snap = snapshot({ replicas: 2 }, [{ state: 'ready' }, { state: 'pull', bad: true }]);
    const p = await planOf({ snapshot: snap }, fixed(o));
    assert.equal(p.blocked.length, 1);
    assert.equal(p.blocked[0]!.stuckPods, undefined);
  });

  it('a Failed pod is not stuck: the controller deletes it and creates it again (processReplica)', async () => {
    const o: WebOptions = { replicas: 2 };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'failed', bad: true }]) }, fixed(o));
    assert.deepEqual(podOps(p), ['delete pod web-1', 'create pod web-1']);
    assert.equal(p.events.find((e) => e.kind === 'Pod' && e.action === 'delete')!.code, 'PodFailed');
    assert.deepEqual(p.blocked, []);
    assert.doesNotMatch(warningsOf(p), /kubectl delete pod/);
  });

  it('Parallel without the gate: the rolling update deletes the stuck pod itself; the plan says no command is needed', async () => {
    const o: WebOptions = { replicas: 3, policy: 'Parallel' };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'ready' }, { state: 'pull', bad: true }]) }, fixed(o));
    assert.deepEqual(podOps(p), ['delete pod web-2', 'create pod web-2']);
    assert.equal(p.ok, true);
    assert.deepEqual(p.blocked, []);
    assert.match(warningsOf(p), /^web-2 is not Ready at revision web-\w+ \(container nginx: ImagePullBackOff\), and the controller replaces it itself at web-\w+: under Parallel a pod that is not Ready does not stop the rolling update, which deletes the highest pod not at the update revision; no kubectl delete pod is needed$/m);
  });

  it('Parallel with the MaxUnavailableStatefulSet gate on (1.35.0–1.35.3): maxUnavailable 1 is used up by the stuck pod, so a command is needed', async () => {
    const o: WebOptions = { replicas: 3, policy: 'Parallel' };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'ready' }, { state: 'pull', bad: true }]) }, fixed(o), { kubeVersion: '1.35.2' });
    assert.equal(p.featureGates.MaxUnavailableStatefulSet, true);
    assert.deepEqual(podOps(p), []);
    const s = p.blocked[0]!.stuckPods!;
    assert.deepEqual(s.map((x) => x.command), ['kubectl delete pod web-2']);
    assert.match(s[0]!.why, /1 of maxUnavailable 1 pods are unavailable/);
  });

  it('Parallel with the gate and maxUnavailable 2: room for one more unavailable pod, so the controller replaces it itself', async () => {
    const o: WebOptions = { replicas: 3, policy: 'Parallel', maxUnavailable: 2 };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'ready' }, { state: 'pull', bad: true }]) }, fixed(o), { featureGates: { MaxUnavailableStatefulSet: true } });
    assert.deepEqual(podOps(p), ['delete pod web-2', 'create pod web-2']);
    assert.deepEqual(p.blocked, []);
    assert.match(warningsOf(p), /under Parallel with the MaxUnavailableStatefulSet gate on, maxUnavailable 2 leaves room to delete it; no kubectl delete pod is needed/);
  });

  it('OrderedReady with the gate on still waits at the stuck pod: processReplica stops the sync before the rolling update', async () => {
    const o: WebOptions = { replicas: 3, maxUnavailable: 2 };
    const p = await planOf({ snapshot: snapshot(o, [{ state: 'ready' }, { state: 'ready' }, { state: 'pull', bad: true }]) }, fixed(o), { featureGates: { MaxUnavailableStatefulSet: true } });
    assert.deepEqual(podOps(p), []);
    assert.deepEqual(p.blocked[0]!.stuckPods!.map((x) => x.command), ['kubectl delete pod web-2']);
  });

  it('a malformed container status is an input error at its line, and the pod is planned with the rest', async () => {
    const o: WebOptions = { replicas: 2 };
    const list = parseYaml(snapshot(o, [{ state: 'ready' }, { state: 'pull', bad: true }])) as { items: Obj[] };
    const pod = list.items.find((i) => i.kind === 'Pod' && i.metadata.name === 'web-1')!;
    pod.status.containerStatuses = [{ name: 'nginx', state: { waiting: { reason: 7 } } }, 'x'];
    pod.status.initContainerStatuses = 'none';
    const p = await planOf({ snapshot: stringify(list) }, fixed(o));
    assert.deepEqual(p.inputErrors.map((e) => e.message.replace(/; the plan.*/, '')), [
      'Pod web-1: status.initContainerStatuses: expected a list, got string "none"',
      'Pod web-1: status.containerStatuses[0].state.waiting.reason: expected a string, got number 7',
      'Pod web-1: status.containerStatuses[1]: expected a container status (a map), got string "x"',
    ]);
    assert.equal(p.blocked[0]!.stuckPods![0]!.status, 'Pending');
  });
});

/** A snapshot of a running set `web` (one replica per entry of `owners`) whose PVCs have those owners, and their PVs with `pvPolicy`. */
function liveSet(o: { owners: ('set' | 'none')[]; pvPolicy?: string }): string {
  const sts = parseYaml(web({ replicas: o.owners.length, storageClass: 'fast' })) as Obj;
  sts.metadata.namespace = 'default';
  sts.metadata.uid = 'set-uid';
  const rev = revisionName('web', sts.spec.template);
  sts.status = { currentRevision: rev, updateRevision: rev };
  const cls = parseYaml(storageClass({ name: 'fast' })) as Obj;
  const items: Obj[] = [sts, parseYaml(service()) as Obj, cls];
  o.owners.forEach((owner, i) => {
    items.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, namespace: 'default', uid: `uid-${i}`, labels: { app: 'nginx', 'controller-revision-hash': rev } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
    const refs = owner === 'set' ? [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'set-uid', controller: true }] : [];
    items.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `www-web-${i}`, namespace: 'default', ownerReferences: refs }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '1Gi' } }, volumeName: `pv-${i}` }, status: { phase: 'Bound' } });
    if (o.pvPolicy) items.push({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: `pv-${i}` }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'fast', persistentVolumeReclaimPolicy: o.pvPolicy, csi: { driver: 'x', volumeHandle: `h-${i}` } } });
  });
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}

describe('data fate: one sentence per StatefulSet deleted or scaled down', () => {
  const onlyService = service();
  const fateOf = (p: Plan): string | undefined => p.statefulSets[0]!.dataFate?.sentence;

  it('deleting a set with whenDeleted: Delete deletes its PVCs and, with the class reclaimPolicy Delete (the default), their disks', async () => {
    const cur = docs(service(), storageClass(), web({ replicas: 3, whenDeleted: 'Delete' }));
    const p = await planOf(cur, onlyService);
    assert.equal(fateOf(p), 'deleting web deletes PVCs www-web-{0..2} (whenDeleted: Delete) and their disks (class standard: reclaimPolicy Delete)');
    assert.deepEqual(p.statefulSets[0]!.dataFate, { operation: 'delete', sentence: fateOf(p), deleted: ['www-web-0', 'www-web-1', 'www-web-2'], kept: [], deletedCount: 3, keptCount: 0, disks: 'deleted' });
    assert.match(formatPlanText(p), /^ {2}data: deleting web deletes PVCs www-web-\{0\.\.2\}/m);
    assert.match(formatPlanMarkdown(p), /\*\*Data:\*\* deleting web deletes PVCs/);
    assert.doesNotMatch(warningsOf(p), /retention policy/, 'said once, not again as a warning');
  });

  it('a class with reclaimPolicy Retain keeps the disks of the deleted PVCs', async () => {
    const cls = storageClass() + 'reclaimPolicy: Retain\n';
    const p = await planOf(docs(service(), cls, web({ replicas: 2, whenDeleted: 'Delete' })), docs(onlyService, cls));
    assert.equal(fateOf(p), 'deleting web deletes PVCs www-web-{0..1} (whenDeleted: Delete); their disks are kept (class standard: reclaimPolicy Retain): the PersistentVolumes stay, Released');
    assert.equal(p.statefulSets[0]!.dataFate!.disks, 'kept');
  });

  it('whenDeleted: Retain (the default) keeps the PVCs and their disks', async () => {
    const p = await planOf(stack({ replicas: 2 }), onlyService);
    assert.equal(fateOf(p), 'deleting web keeps PVCs www-web-{0..1} and their disks (whenDeleted: Retain)');
  });

  it('a class the inputs do not hold: the disk fate is said to depend on the PersistentVolume', async () => {
    const p = await planOf(docs(service(), web({ replicas: 1, whenDeleted: 'Delete', storageClass: 'elsewhere' })), onlyService);
    assert.equal(fateOf(p), "deleting web deletes PVC www-web-0 (whenDeleted: Delete); whether its disk goes depends on the PersistentVolume's reclaimPolicy (class elsewhere is not in the inputs)");
    assert.equal(p.statefulSets[0]!.dataFate!.disks, 'unknown');
  });

  it('a built-in profile class: its reclaimPolicy is not claimed', async () => {
    const p = await planOf(docs(service(), web({ replicas: 1, whenDeleted: 'Delete', storageClass: 'standard-rwo' })), onlyService, { cluster: (await import('../src/k8s/profiles.js')).builtinProfile('gke', 36)! });
    assert.match(fateOf(p)!, /whether its disk goes depends on the PersistentVolume's reclaimPolicy \(class standard-rwo: its reclaimPolicy is not known on cluster profile gke\)$/);
  });

  it('a scale-down from a snapshot: the PersistentVolumes\' own reclaimPolicy decides the disks, over the class\'s', async () => {
    const desired = docs(service(), storageClass({ name: 'fast' }), web({ replicas: 1, whenScaled: 'Delete', storageClass: 'fast' }));
    const p = await planOf({ snapshot: liveSet({ owners: ['none', 'none', 'none'], pvPolicy: 'Retain' }) }, desired);
    assert.equal(fateOf(p), 'scaling web from 3 to 1 deletes PVCs www-web-{1..2} (whenScaled: Delete); their disks are kept (PersistentVolume reclaimPolicy Retain): the PersistentVolumes stay, Released');
    assert.deepEqual(podOps(p).filter((x) => x.includes('pvc')), ['delete pvc www-web-2', 'delete pvc www-web-1']);
    // Without the PVs, the class decides.
    const q = await planOf({ snapshot: liveSet({ owners: ['none', 'none', 'none'] }) }, desired);
    assert.match(fateOf(q)!, /and their disks \(class fast: reclaimPolicy Delete\)$/);
  });

  it('scaling down keeps the PVCs with whenScaled: Retain and deletes them with whenScaled: Delete', async () => {
    const kept = await planOf(stack({ replicas: 3 }), stack({ replicas: 1 }));
    assert.equal(fateOf(kept), 'scaling web from 3 to 1 keeps PVCs www-web-{1..2} and their disks (whenScaled: Retain)');
    const gone = await planOf(stack({ replicas: 3 }), stack({ replicas: 1, whenScaled: 'Delete' }));
    assert.equal(fateOf(gone), 'scaling web from 3 to 1 deletes PVCs www-web-{1..2} (whenScaled: Delete) and their disks (class standard: reclaimPolicy Delete)');
    const none = await planOf(stack({ replicas: 1 }), stack({ replicas: 3 }));
    assert.equal(none.statefulSets[0]!.dataFate, undefined, 'a scale-up has no data fate');
  });

  it('with the StatefulSetAutoDeletePVC gate off the policy is ignored: PVCs kept, and the sentence says why', async () => {
    const p = await planOf(stack({ replicas: 3 }), stack({ replicas: 1, whenScaled: 'Delete' }), { kubeVersion: '1.29', featureGates: { StatefulSetAutoDeletePVC: false } });
    assert.equal(fateOf(p), 'scaling web from 3 to 1 keeps PVCs www-web-{1..2} and their disks (whenScaled: Retain; the StatefulSetAutoDeletePVC gate is off, so the retention policy is ignored)');
  });
});

describe("the README's examples (test/fixtures/plan/traps)", () => {
  const fixture = (n: string): string => readFileSync(repoPath(`test/fixtures/plan/traps/${n}`), 'utf8');
  const clean = readFileSync(repoPath('examples/clean/web.yaml'), 'utf8');
  it('the stuck rollout blocks with the command; the scale-down and the deletion have their sentences', async () => {
    const stuck = await planOf({ snapshot: fixture('stuck-rollout.yaml') }, clean);
    assert.deepEqual(stuck.blocked[0]!.stuckPods!.map((x) => `${x.pod} ${x.status} ${x.command}`), ['web-2 container nginx: ImagePullBackOff kubectl delete pod web-2']);
    const scaled = await planOf(clean, fixture('web-scaled.yaml'));
    assert.equal(scaled.statefulSets[0]!.dataFate!.sentence, 'scaling web from 3 to 1 deletes PVCs www-web-{1..2} (whenScaled: Delete) and their disks (class fast-ssd: reclaimPolicy Delete)');
    const deleted = await planOf(clean, fixture('web-deleted.yaml'));
    assert.equal(deleted.statefulSets[0]!.dataFate!.sentence, 'deleting web keeps PVCs www-web-{0..2} and their disks (whenDeleted: Retain)');
  });
});

describe('the plans above', () => {
  it('validate against schemas/plan.schema.json (stuckPods and dataFate included)', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(repoPath('schemas/plan.schema.json'), 'utf8')) as object);
    assert.ok(made.some((p) => p.blocked.some((b) => b.stuckPods?.length)) && made.some((p) => p.statefulSets.some((x) => x.dataFate)));
    for (const p of made) assert.ok(validate(JSON.parse(formatPlanJson(p))), JSON.stringify(validate.errors?.slice(0, 3)));
  });
});
