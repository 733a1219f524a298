/**
 * Issue 15 point 10: inputs shadow context. A sibling file or a --context file that defines the same
 * object (API group, kind, namespace, name) as an input is another variant of it (prod.yaml beside
 * staging.yaml), not a second object to use beside it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LintInput } from '../src/lint/engine.js';

const sts = (replicas: number, namespace?: string): string => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: zk${namespace ? `, namespace: ${namespace}` : ''}}
spec:
  serviceName: zk
  replicas: ${replicas}
  selector: {matchLabels: {app: zk}}
  template:
    metadata: {labels: {app: zk}}
    spec:
      containers: [{name: zk, image: "zk:3.9", readinessProbe: {tcpSocket: {port: 2181}}}]
`;
const pdb = (spec: string, selector: string): string => `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: zk}
spec: {${spec}, selector: {matchLabels: {${selector}}}}
`;

async function pdbFindings(inputs: LintInput[]): Promise<string[]> {
  const report = await lint(inputs);
  return report.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId.startsWith('pdb-')).map((d) => `${d.ruleId}: ${d.message}`);
}

describe('inputs shadow context (point 10)', () => {
  // A per-pod budget on zk-0 with maxUnavailable 1: counted against staging's 1 replica it allows
  // a disruption; counted with prod's 2 replicas of the "same" StatefulSet it seemed to block drains.
  const staging = sts(1) + pdb('maxUnavailable: 1', '"statefulset.kubernetes.io/pod-name": zk-0');

  for (const [what, prod] of [
    ['a sibling file', { path: 'env/prod.yaml', content: sts(2), reportable: false }],
    ['a --context file', { path: 'shared/prod.yaml', content: sts(2), reportable: false, shared: true }],
  ] as const) {
    it(`a StatefulSet of the same identity in ${what} gives no PDB warning the input alone does not`, async () => {
      const alone = await pdbFindings([{ path: 'env/staging.yaml', content: staging }]);
      assert.deepEqual(alone, []);
      assert.deepEqual(await pdbFindings([{ path: 'env/staging.yaml', content: staging }, prod]), alone);
    });
  }

  it('nor hides a warning the input alone gives', async () => {
    const blocking = sts(1) + pdb('minAvailable: 1', 'app: zk');
    const alone = await pdbFindings([{ path: 'env/staging.yaml', content: blocking }]);
    assert.equal(alone.length, 1, alone.join('\n'));
    assert.deepEqual(await pdbFindings([{ path: 'env/staging.yaml', content: blocking }, { path: 'env/prod.yaml', content: sts(5), reportable: false }]), alone);
  });

  it('an object of another namespace is not shadowed: it is another object', async () => {
    const blocking = sts(1) + pdb('minAvailable: 1', 'app: zk');
    // The PDB (default namespace) selects only the pods of its namespace: the other StatefulSet never counted.
    const withOther = await pdbFindings([{ path: 'env/staging.yaml', content: blocking }, { path: 'env/prod.yaml', content: sts(5, 'prod'), reportable: false }]);
    assert.equal(withOther.length, 1, withOther.join('\n'));
  });
});
