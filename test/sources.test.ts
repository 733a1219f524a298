/**
 * kustomize and Helm sources among the inputs (issue 13, point 10): never input errors; patches
 * are partial objects, checked for their fields but not for required ones; one info per
 * kustomization and per chart says how to lint the rendered output.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LintInput } from '../src/lint/engine.js';
import type { Finding } from '../src/types.js';

const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels: {app: kafka}
  template:
    metadata:
      labels: {app: kafka}
    spec:
      containers:
      - name: broker
        image: kafka:3.8
        readinessProbe: {tcpSocket: {port: 9092}}
---
apiVersion: v1
kind: Service
metadata:
  name: kafka
spec:
  clusterIP: None
  selector: {app: kafka}
  ports:
  - {name: broker, port: 9092}
`;

const run = async (files: Record<string, string>): Promise<{ findings: Finding[]; inputErrors: number }> => {
  const inputs: LintInput[] = Object.entries(files).map(([path, content]) => ({ path, content }));
  const report = await lint(inputs);
  return { findings: report.files.flatMap((f) => f.diagnostics) as Finding[], inputErrors: report.inputErrorCount };
};

describe('kustomize sources', () => {
  const overlay = {
    'base/kafka.yaml': STS,
    'base/kustomization.yaml': 'resources: [kafka.yaml]\n',
    'overlays/small/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../base]\npatches:\n- path: replicas.yaml\npatchesJson6902:\n- path: ops.yaml\n  target: {kind: StatefulSet, name: kafka}\npatchesStrategicMerge:\n- ./storage.yaml\n',
    'overlays/small/replicas.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  replicas: 1\n',
    'overlays/small/ops.yaml': '- op: replace\n  path: /spec/replicas\n  value: 1\n',
    'overlays/small/storage.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  replicaz: 1\n  template:\n    spec:\n      containers:\n      - name: broker\n        env: [{name: X, value: "1"}]\n',
  };

  it('is never an input error, with or without apiVersion and kind, and whatever its file name', async () => {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
      const { inputErrors, findings } = await run({ [name]: 'resources: [a.yaml]\n', 'a.yaml': STS });
      assert.equal(inputErrors, 0, name);
      assert.ok(findings.some((f) => f.ruleId === 'lint-rendered-output' && f.severity === 'info' && f.file === name), name);
    }
  });

  it('checks patches for their fields but not for what they leave to the base', async () => {
    const { findings, inputErrors } = await run(overlay);
    assert.equal(inputErrors, 0, 'a JSON 6902 patch (a list of operations) is not an input error');
    const inOverlay = findings.filter((f) => f.file.startsWith('overlays/'));
    // The misspelt field of a patch is still an error; nothing about required fields or the pod template.
    assert.deepEqual(inOverlay.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.ruleId} ${f.message}`), ['overlays/small/storage.yaml schema StatefulSet kafka: unknown field "spec.replicaz"']);
    assert.ok(!inOverlay.some((f) => /Required value/.test(f.message)));
    const info = findings.filter((f) => f.ruleId === 'lint-rendered-output');
    assert.deepEqual(info.map((f) => `${f.file} ${f.severity}`).sort(), ['base/kustomization.yaml info', 'overlays/small/kustomization.yaml info']);
    assert.match(info.find((f) => f.file.startsWith('overlays'))!.message, /the 3 patch files listed here as partial objects/);
    assert.equal(info.find((f) => f.file.startsWith('overlays'))!.hint, 'lint what is applied: kubectl kustomize overlays/small | stsplan lint -');
  });

  it('does not let a patch stand in for the object it patches', async () => {
    // The base Service is in another tree; the overlay's Service patch does not satisfy the StatefulSet.
    const { findings } = await run({
      'app/sts.yaml': STS.split('---')[0]!,
      'app/kustomization.yaml': 'resources: [sts.yaml]\npatches:\n- path: svc-patch.yaml\n',
      'app/svc-patch.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: kafka\n  labels: {team: a}\n',
    });
    assert.ok(findings.some((f) => f.ruleId === 'service-not-found'), findings.map((f) => f.message).join('\n'));
  });

  it('takes an overlay without its kustomization for a probable patch: a warning, not errors', async () => {
    const { findings } = await run({ 'base/kafka.yaml': STS, 'overlays/small/replicas.yaml': overlay['overlays/small/replicas.yaml'] });
    const patch = findings.filter((f) => f.file === 'overlays/small/replicas.yaml');
    assert.deepEqual(patch.map((f) => `${f.ruleId} ${f.severity}`), ['lint-rendered-output warning']);
    assert.match(patch[0]!.message, /lacks spec\.selector and spec\.template, which the API server requires to create it, so applied on its own it is rejected; it looks like a kustomize patch of the StatefulSet defined in full in base\/kafka\.yaml/);
  });

  it('keeps the errors of an incomplete object whose namesake is in the same directory (test fixtures)', async () => {
    const { findings } = await run({ 'tests/a.yaml': STS, 'tests/b.yaml': overlay['overlays/small/replicas.yaml'] });
    assert.ok(findings.some((f) => f.file === 'tests/b.yaml' && f.ruleId === 'schema' && f.severity === 'error' && /spec\.selector: Required value/.test(f.message)));
  });
});

describe('Helm sources', () => {
  const template = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "kafka.fullname" . }}\n  labels:\n    {{- include "kafka.labels" . | nindent 4 }}\n';
  it('reads neither templates nor values as manifests, and says once per chart how to render it', async () => {
    const { findings, inputErrors } = await run({
      'charts/kafka/Chart.yaml': 'apiVersion: v2\nname: kafka\nversion: 1.0.0\n',
      'charts/kafka/values.yaml': 'replicas: 3\nimage: {repository: kafka}\n',
      'charts/kafka/values-prod.yaml': 'replicas: [\n',
      'charts/kafka/templates/statefulset.yaml': template,
      'charts/kafka/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
    });
    assert.equal(inputErrors, 0);
    assert.deepEqual(findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`), ['charts/kafka/Chart.yaml lint-rendered-output info']);
    assert.match(findings[0]!.hint!, /^lint what is applied: helm template my-release charts\/kafka -f values\.yaml \| stsplan lint -$/);
  });
  it('says it on a template given without its Chart.yaml (a pre-commit hook passes changed files)', async () => {
    const { findings, inputErrors } = await run({ 'charts/kafka/templates/statefulset.yaml': template, 'charts/kafka/templates/svc.yaml': template });
    assert.equal(inputErrors, 0);
    assert.deepEqual(findings.map((f) => `${f.file} ${f.ruleId}`), ['charts/kafka/templates/statefulset.yaml lint-rendered-output']);
  });
});
