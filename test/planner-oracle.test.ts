/**
 * The planner against the recorded StatefulSet controller traces (test/fixtures/oracle/S*.json):
 * the order of PVC and pod creations and deletions in a plan must equal the trace's, within a
 * Parallel step as a set, and every pod must carry the trace's controller-revision-hash.
 *
 * Each trace is replayed twice where it can be: from manifests (`--from`: the set as it ran
 * before the user's change) and from a cluster snapshot (`--state`: pods and status as the trace
 * shows them at that step).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { plan } from '../src/plan/prepare.js';
import type { Plan } from '../src/plan/types.js';
import { repoPath } from './helpers/paths.js';

interface Action { verb: string; kind: string; name: string; detail?: Record<string, unknown> }
interface Step {
  step: number;
  phase: 'setup' | 'scenario';
  actor: 'controller' | 'kubelet' | 'user';
  actions: Action[];
  podsAfter: string[];
  statusAfter: { currentRevision?: string; updateRevision?: string };
}
interface Trace { id: string; description: string; input: string; steps: Step[]; featureGates: Record<string, boolean> }

const dir = repoPath('test/fixtures/oracle');
const traces: Trace[] = readdirSync(dir)
  .filter((f) => /^S\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Trace);

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML test data

/** The set's manifest after the user steps up to (and including) `upTo`. */
function manifestAt(t: Trace, upTo: number): Obj {
  const o = parse(t.input) as Obj;
  delete o.metadata.uid;
  for (const s of t.steps) {
    if (s.step > upTo || s.actor !== 'user') continue;
    for (const a of s.actions) {
      if (a.verb === 'scale') o.spec.replicas = Number(String(a.detail!.replicas).split('->')[1]);
      if (a.verb === 'update') o.spec.template.spec.containers[0].image = String(a.detail!.image).split('->')[1];
    }
  }
  return o;
}

const SERVICE = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80 }] } };
const CLASS = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer' };

const docs = (...objs: Obj[]): string => objs.map((o) => stringify(o)).join('---\n');

/** A `kubectl get … -o yaml` List of the cluster as the trace shows it after `step`. */
function snapshotAt(t: Trace, step: number): string {
  const s = t.steps.find((x) => x.step === step)!;
  const sts = manifestAt(t, step);
  sts.metadata.uid = 'web-uid';
  sts.status = { currentRevision: s.statusAfter.currentRevision, updateRevision: s.statusAfter.updateRevision };
  const pvcs = new Set<string>();
  for (const x of t.steps) if (x.step <= step) for (const a of x.actions) if (a.kind === 'PersistentVolumeClaim' && a.verb === 'create') pvcs.add(a.name);
  const items: Obj[] = [sts, SERVICE, CLASS];
  for (const p of s.podsAfter) {
    const m = /^(.+)\((\w+),(.+)\)$/.exec(p)!;
    const [, name, state, rev] = m as unknown as [string, string, string, string];
    const pod: Obj = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', uid: `${name}-uid`, labels: { app: 'nginx', 'controller-revision-hash': rev }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'web-uid', controller: true }] },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
      status: { phase: state === 'Pending' ? 'Pending' : 'Running', conditions: [{ type: 'Ready', status: state === 'Ready' ? 'True' : 'False' }] },
    };
    if (state === 'Terminating') pod.metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
    items.push(pod);
  }
  for (const name of pvcs) items.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Bound' } });
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}

/** Controller PVC/pod creations and deletions after `from` and up to `to`, grouped by sync. */
function expected(t: Trace, from: number, to = Infinity): { step: number; ops: string[]; revisions: Map<string, string> }[] {
  const out = [];
  for (const s of t.steps) {
    if (s.step <= from || s.step > to || s.actor !== 'controller') continue;
    const revisions = new Map<string, string>();
    const ops = s.actions
      .filter((a) => (a.kind === 'Pod' || a.kind === 'PersistentVolumeClaim') && (a.verb === 'create' || a.verb === 'delete'))
      .map((a) => {
        if (a.kind === 'Pod' && a.verb === 'create') revisions.set(a.name, String(a.detail!.revision));
        return `${a.verb} ${a.kind} ${a.name}`;
      });
    if (ops.length) out.push({ step: s.step, ops, revisions });
  }
  return out;
}

function actual(p: Plan): { step: number; ops: string[] }[] {
  const byStep = new Map<number, string[]>();
  for (const e of p.events) {
    if (e.kind === 'DNSRecord' || (e.action !== 'create' && e.action !== 'delete')) continue;
    if (e.kind === 'PersistentVolumeClaim' && e.action === 'delete') continue; // the garbage collector's, not simulated in the traces
    const list = byStep.get(e.step) ?? [];
    list.push(`${e.action} ${e.kind} ${e.name}`);
    byStep.set(e.step, list);
  }
  return [...byStep].map(([step, ops]) => ({ step, ops }));
}

function assertSameOrder(p: Plan, want: ReturnType<typeof expected>, parallel: boolean): void {
  const got = actual(p);
  const norm = (ops: string[]): string[] => (parallel ? [...ops].sort() : ops);
  assert.deepEqual(
    got.map((g) => norm(g.ops)),
    want.map((w) => norm(w.ops)),
    `plan:\n${p.events.map((e) => `  ${e.step} ${e.action} ${e.kind} ${e.name}`).join('\n')}`,
  );
  const revisions = new Map(want.flatMap((w) => [...w.revisions]));
  for (const e of p.events) if (e.kind === 'Pod' && e.action === 'create') assert.equal(e.revision, revisions.get(e.name), `revision of ${e.name}`);
}

const firstUser = (t: Trace): Step | undefined => t.steps.find((s) => s.actor === 'user');
const userSteps = (t: Trace): Step[] => t.steps.filter((s) => s.actor === 'user');
const options = { kubeVersion: '1.29' };

describe('planner against the controller traces', () => {
  it('has all fourteen traces', () => {
    assert.deepEqual(traces.map((t) => t.id).sort(), ['S1', 'S11', 'S12', 'S13', 'S15', 'S16', 'S17', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
  });
  for (const t of traces) {
    const parallel = /Parallel/.test(t.input);
    const users = userSteps(t);
    const edits = users.filter((s) => s.actions.some((a) => a.verb === 'scale' || a.verb === 'update'));
    const podDeletes = users.filter((s) => s.actions.some((a) => a.verb === 'delete' && a.kind === 'Pod'));
    const neverReady = t.steps.some((s) => s.actions.some((a) => a.verb === 'not-ready'));

    if (!firstUser(t) && !neverReady) {
      it(`${t.id} ${t.description}: from nothing`, async () => {
        const p = await plan(null, [{ path: 'web.yaml', content: docs(SERVICE, CLASS, manifestAt(t, 0)) }], options);
        assertSameOrder(p, expected(t, 0), parallel);
        assert.equal(p.ok, true);
      });
    }
    for (const edit of edits) {
      const next = users.find((s) => s.step > edit.step)?.step ?? Infinity;
      it(`${t.id} ${t.description}: from manifests (--from)`, async () => {
        const before = docs(SERVICE, CLASS, manifestAt(t, edit.step - 1));
        const after = docs(SERVICE, CLASS, manifestAt(t, edit.step));
        const p = await plan([{ path: 'before.yaml', content: before }], [{ path: 'web.yaml', content: after }], options);
        assertSameOrder(p, expected(t, edit.step, next), parallel);
      });
      it(`${t.id} ${t.description}: from a cluster snapshot (--state)`, async () => {
        const p = await plan({ snapshot: [{ path: 'state.yaml', content: snapshotAt(t, edit.step - 1) }] }, [{ path: 'web.yaml', content: docs(SERVICE, CLASS, manifestAt(t, edit.step)) }], options);
        assertSameOrder(p, expected(t, edit.step, next), parallel);
      });
    }
    for (const del of podDeletes) {
      it(`${t.id} ${t.description}: snapshot after the pod deletion`, async () => {
        const p = await plan({ snapshot: [{ path: 'state.yaml', content: snapshotAt(t, del.step) }] }, [{ path: 'web.yaml', content: docs(SERVICE, CLASS, manifestAt(t, del.step)) }], options);
        assertSameOrder(p, expected(t, del.step), parallel);
        assert.equal(p.ok, true);
      });
    }
    if (neverReady) {
      const cut = t.steps.find((s) => s.actions.some((a) => a.verb === 'not-ready'))!.step;
      it(`${t.id} ${t.description}: a pod that is not Ready blocks the rest`, async () => {
        const p = await plan({ snapshot: [{ path: 'state.yaml', content: snapshotAt(t, cut) }] }, [{ path: 'web.yaml', content: docs(SERVICE, CLASS, manifestAt(t, cut)) }], options);
        assertSameOrder(p, expected(t, cut), parallel);
        assert.equal(p.ok, false);
        assert.equal(p.blocked.length, 1);
        assert.equal(p.blocked[0]!.pod, 'web-0');
        assert.deepEqual(p.blocked[0]!.notCreated, ['web-1', 'web-2']);
      });
    }
  }
});
