/**
 * Issue 15 point 16: a standalone PersistentVolumeClaim whose update the API server rejects is a
 * plan rejection, with the API message (the same problems immutable-field-changed reports).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPlanText } from '../src/plan/render/text.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { docs, planOf, stack, storageClass } from './helpers/plan.js';

const pvc = (o: { storage?: string; modes?: string; cls?: string } = {}): string => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [${o.modes ?? 'ReadWriteOnce'}]
  storageClassName: ${o.cls ?? 'standard'}
  resources:
    requests:
      storage: ${o.storage ?? '10Gi'}
`;

describe('standalone PVC updates in the plan (point 16)', () => {
  const cases: [string, { expansion: boolean }, Parameters<typeof pvc>[0], RegExp, string[]][] = [
    ['growing a claim whose class lacks allowVolumeExpansion', { expansion: false }, { storage: '20Gi' }, /^persistentvolumeclaims "data" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize$/, ['spec.resources.requests.storage']],
    ['shrinking a claim', { expansion: true }, { storage: '5Gi' }, /^PersistentVolumeClaim "data" is invalid: spec\.resources\.requests\.storage: Forbidden: field can not be less than status\.capacity$/, ['spec.resources.requests.storage']],
    ['changing its access modes and class', { expansion: true }, { modes: 'ReadWriteMany', cls: 'other' }, /^PersistentVolumeClaim "data" is invalid: spec: Forbidden: spec is immutable after creation except resources\.requests and volumeAttributesClassName for bound claims$/, ['spec.accessModes[0]', 'spec.storageClassName']],
  ];
  for (const [what, cls, change, reason, fields] of cases) {
    it(`${what} is rejected with the API message`, async () => {
      const p = await planOf(docs(stack({ replicas: 1 }), storageClass(cls).replace(/^---\n?/, ''), pvc()), docs(stack({ replicas: 1 }), storageClass(cls).replace(/^---\n?/, ''), pvc(change)));
      assert.equal(p.claims?.length, 1, JSON.stringify(p.claims));
      const c = p.claims![0]!;
      assert.equal(`${c.namespace}/${c.name} ${c.change}`, 'default/data rejected');
      assert.match(c.rejection.reason, reason);
      assert.deepEqual(c.rejection.fields.map((f) => f.field), fields);
      assert.equal(p.ok, false);
      assert.equal(p.summary.rejected, 1);
      assert.match(formatPlanText(p), /^PersistentVolumeClaim default\/data: rejected: /m);
      assert.match(formatPlanMarkdown(p), /### ❌ PersistentVolumeClaim default\/data would be rejected/);
    });
  }
  it('growing a claim whose class allows expansion is no rejection, and the plan has no claims list', async () => {
    const p = await planOf(docs(stack({ replicas: 1 }), storageClass({ expansion: true }).replace(/^---\n?/, ''), pvc()), docs(stack({ replicas: 1 }), storageClass({ expansion: true }).replace(/^---\n?/, ''), pvc({ storage: '20Gi' })));
    assert.equal(p.claims, undefined);
    assert.equal(p.summary.rejected, 0);
  });
});
