/**
 * Invariants of the planner over generated StatefulSets and changes (fast-check), from the
 * StatefulSet controller's contract: OrderedReady creates new ordinals in increasing order, each
 * after the one before is Ready; scale-down deletes from the highest ordinal; no PVC is deleted
 * unless a retention policy says so; each pod gets exactly the claims its templates imply; the
 * state the events lead to is the desired one; planning a state against itself changes nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { plan } from '../src/plan/prepare.js';
import type { Plan, PlanEvent } from '../src/plan/types.js';
import type { LintInput } from '../src/lint/engine.js';
import { checkRanges, manifestSetArb, render, snapshotArb } from './helpers/generators.js';

interface SetArgs {
  replicas: number;
  image: string;
  policy: 'OrderedReady' | 'Parallel';
  whenScaled: 'Retain' | 'Delete';
  templates: string[];
}

function manifest(s: SetArgs): string {
  const claims = s.templates.length
    ? `  volumeClaimTemplates:\n${s.templates.map((t) => `  - metadata: {name: ${t}}\n    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n`).join('')}`
    : '';
  const mounts = s.templates.length ? `, volumeMounts: [${s.templates.map((t) => `{name: ${t}, mountPath: /${t}}`).join(', ')}]` : '';
  return `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: ${s.replicas}
  podManagementPolicy: ${s.policy}
  persistentVolumeClaimRetentionPolicy: {whenScaled: ${s.whenScaled}, whenDeleted: Retain}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: c, image: "${s.image}", readinessProbe: {tcpSocket: {port: 80}}${mounts}}]
${claims}---
apiVersion: v1
kind: Service
metadata: {name: nginx}
spec: {clusterIP: None, selector: {app: web}, ports: [{port: 80, name: web}]}
`;
}

const changeArb = fc
  .record({
    fresh: fc.boolean(),
    from: fc.integer({ min: 0, max: 7 }),
    to: fc.integer({ min: 0, max: 7 }),
    newImage: fc.boolean(),
    policy: fc.constantFrom('OrderedReady' as const, 'Parallel' as const),
    whenScaled: fc.constantFrom('Retain' as const, 'Delete' as const),
    templates: fc.subarray(['data', 'logs']),
  })
  .map((c) => ({
    ...c,
    before: { replicas: c.from, image: 'nginx:1.26', policy: c.policy, whenScaled: c.whenScaled, templates: c.templates },
    after: { replicas: c.to, image: c.newImage ? 'nginx:1.27' : 'nginx:1.26', policy: c.policy, whenScaled: c.whenScaled, templates: c.templates },
  }));

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const pods = (events: PlanEvent[], action: string): PlanEvent[] => events.filter((e) => e.kind === 'Pod' && e.action === action);

describe('planner invariants', () => {
  it('hold for generated StatefulSets and changes', async () => {
    await fc.assert(
      fc.asyncProperty(changeArb, async (c) => {
        const current = c.fresh ? null : [{ path: 'web.yaml', content: manifest(c.before) }];
        const p = await plan(current, [{ path: 'web.yaml', content: manifest(c.after) }]);
        assert.deepEqual(p.inputErrors, []);
        assert.ok(p.ok, `blocked: ${JSON.stringify(p.blocked)}`);
        const existing = c.fresh ? 0 : c.from;
        const want = c.to;

        // The state the events lead to is the desired one.
        const live = new Set(range(existing));
        for (const e of p.events) {
          if (e.kind !== 'Pod') continue;
          if (e.action === 'create') live.add(e.ordinal!);
          if (e.action === 'delete') live.delete(e.ordinal!);
        }
        assert.deepEqual([...live].sort((a, b) => a - b), range(want));
        assert.deepEqual(p.statefulSets[0]!.ordinals.to, range(want));

        // New ordinals: increasing, and under OrderedReady each after its predecessor is Ready.
        const added = pods(p.events, 'create').filter((e) => e.ordinal! >= existing);
        assert.deepEqual(added.map((e) => e.ordinal), range(Math.max(0, want - existing)).map((i) => existing + i));
        if (c.policy === 'OrderedReady') {
          for (const e of added) {
            // A pod that was already there counts as Ready; one created in this plan must become so.
            if (e.ordinal === existing) continue;
            const ready = p.events.find((r) => r.kind === 'Pod' && r.action === 'ready' && r.ordinal === e.ordinal! - 1);
            assert.ok(ready && ready.seq < e.seq, `web-${e.ordinal} created before web-${e.ordinal! - 1} is Ready`);
          }
        }

        // Scale-down deletes strictly from the highest ordinal.
        const removed = pods(p.events, 'delete').filter((e) => e.ordinal! >= want);
        assert.deepEqual(removed.map((e) => e.ordinal), range(Math.max(0, existing - want)).map((i) => existing - 1 - i));

        // No PVC is deleted unless whenScaled: Delete, and then only those of removed ordinals.
        const deletedClaims = p.events.filter((e) => e.kind === 'PersistentVolumeClaim' && e.action === 'delete');
        if (c.whenScaled === 'Retain') assert.deepEqual(deletedClaims, []);
        else assert.deepEqual(deletedClaims.map((e) => e.name).sort(), removed.flatMap((e) => c.templates.map((t) => `${t}-web-${e.ordinal}`)).sort());

        // Each new pod gets exactly the claims its templates imply, and no other claim is made.
        const createdClaims = p.events.filter((e) => e.kind === 'PersistentVolumeClaim' && e.action === 'create').map((e) => e.name).sort();
        assert.deepEqual(createdClaims, added.flatMap((e) => c.templates.map((t) => `${t}-web-${e.ordinal}`)).sort());

        // A state planned against itself changes nothing.
        const same = await plan([{ path: 'web.yaml', content: manifest(c.after) }], [{ path: 'web.yaml', content: manifest(c.after) }]);
        assert.deepEqual(same.events, []);
        assert.equal(same.changed, false);
      }),
      { numRuns: 200 },
    );
  });
});

/** What every plan must satisfy, whatever its inputs: input errors inside their files, counts that match the events. */
function checkPlan(p: Plan, inputs: LintInput[]): void {
  checkRanges(p.inputErrors, inputs);
  const text = JSON.stringify(p);
  assert.ok(!/internal error/i.test(text), 'the plan reports an internal error');
  for (const s of p.statefulSets) {
    const events = p.events.filter((e) => e.statefulSet === s.name && e.namespace === s.namespace);
    const count = (kind: string, action: string) => events.filter((e) => e.kind === kind && e.action === action).length;
    assert.equal(s.counts.pvcsCreated, count('PersistentVolumeClaim', 'create'), `${s.name}: pvcsCreated`);
    assert.equal(s.counts.dnsAdded, count('DNSRecord', 'add'), `${s.name}: dnsAdded`);
  }
}

describe('planner robustness', () => {
  // Every plan mode on generated inputs: the planner never throws, and what it reports is well formed.
  it('plans generated manifests against nothing, against earlier manifests (--from) and after a scale', async () => {
    await fc.assert(
      fc.asyncProperty(manifestSetArb, manifestSetArb, fc.integer({ min: 0, max: 12 }), async (before, after, replicas) => {
        const current = render(before).map((i) => ({ ...i, path: `before/${i.path}` }));
        const desired = render(after);
        checkPlan(await plan(null, desired), desired);
        checkPlan(await plan({ manifests: current }, desired), [...current, ...desired]);
        const set = after.flatMap((f) => f.docs).find((d) => (d as { kind?: unknown }).kind === 'StatefulSet' && typeof (d as { metadata?: { name?: unknown } }).metadata?.name === 'string');
        if (set) checkPlan(await plan(null, desired, { scale: [{ name: (set as { metadata: { name: string } }).metadata.name, replicas }] }), desired);
      }),
      { numRuns: 100 },
    );
  });

  it('plans generated manifests against generated cluster snapshots (--state), malformed objects included', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, manifestSetArb, async (state, after) => {
        const desired = render(after);
        checkPlan(await plan({ snapshot: state }, desired), [...state, ...desired]);
      }),
      { numRuns: 200 },
    );
  });
});
