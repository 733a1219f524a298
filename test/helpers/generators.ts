/**
 * fast-check generators of manifest sets for the property tests and the fuzz script: StatefulSets,
 * Services, PVCs, StorageClasses and PDBs whose fields are mostly valid and sometimes of the wrong
 * type or out of range, with names drawn from a small pool so that references sometimes resolve.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { LintInput, LintReport } from '../../src/lint/engine.js';
import type { Diagnostic } from '../../src/types.js';

const NAMES = ['web', 'db', 'cache'];
const weird = fc.constantFrom<unknown>('3', -1, null, true, [], {}, 'x'.repeat(70), 'Web_1', 2 ** 40);
const maybe = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: weird });
const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 3 });
const name = fc.constantFrom(...NAMES);
const labels = fc.dictionary(fc.constantFrom('app', 'tier', 'failure-domain.beta.kubernetes.io/zone'), maybe(name), { maxKeys: 2 });
const quantity = maybe(fc.constantFrom('1Gi', '10Gi', '500Mi', '1.5Gi', 'lots'));
const storageClassName = optional(maybe(fc.constantFrom('fast', 'standard', 'gp2', '')));

const claimTemplate = fc.record({
  metadata: fc.record({ name: maybe(fc.constantFrom('data', 'www', 'logs')) }),
  spec: fc.record(
    {
      accessModes: maybe(fc.subarray(['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany', 'ReadWriteOncePod', 'ReadWrite'], { minLength: 1 })),
      resources: fc.record({ requests: fc.record({ storage: quantity }) }),
      storageClassName,
    },
    { requiredKeys: ['accessModes', 'resources'] },
  ),
});

const container = fc.record(
  {
    name: maybe(fc.constantFrom('app', 'sidecar')),
    image: maybe(fc.constantFrom('nginx:1.27', 'postgres:16')),
    ports: optional(fc.array(fc.record({ containerPort: maybe(fc.integer({ min: 1, max: 65535 })), name: optional(maybe(fc.constantFrom('web', 'pg'))) }), { maxLength: 2 })),
    volumeMounts: optional(fc.array(fc.record({ name: maybe(fc.constantFrom('data', 'www', 'tmp')), mountPath: fc.constantFrom('/data', '/var/www') }), { maxLength: 2 })),
    readinessProbe: optional(fc.constant({ tcpSocket: { port: 80 } })),
  },
  { requiredKeys: ['name', 'image'] },
);

const statefulSet = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'apps/v1', 'apps/v1', 'apps/v1beta2'),
  kind: fc.constant('StatefulSet'),
  metadata: fc.record({ name, namespace: optional(fc.constantFrom('default', 'prod')), labels: optional(labels) }, { requiredKeys: ['name'] }),
  spec: fc.record(
    {
      replicas: optional(maybe(fc.integer({ min: 0, max: 12 }))),
      serviceName: optional(maybe(name)),
      podManagementPolicy: optional(maybe(fc.constantFrom('OrderedReady', 'Parallel'))),
      selector: maybe(fc.record({ matchLabels: labels })),
      updateStrategy: optional(
        fc.record({ type: maybe(fc.constantFrom('RollingUpdate', 'OnDelete')), rollingUpdate: optional(fc.record({ partition: optional(maybe(fc.integer({ min: 0, max: 15 }))), maxUnavailable: optional(maybe(fc.constantFrom(1, 2, '50%'))) })) }),
      ),
      persistentVolumeClaimRetentionPolicy: optional(fc.record({ whenScaled: maybe(fc.constantFrom('Retain', 'Delete')), whenDeleted: maybe(fc.constantFrom('Retain', 'Delete')) })),
      minReadySeconds: optional(maybe(fc.integer({ min: 0, max: 30 }))),
      template: maybe(fc.record({ metadata: fc.record({ labels }), spec: fc.record({ containers: maybe(fc.array(container, { minLength: 1, maxLength: 2 })) }) })),
      volumeClaimTemplates: optional(maybe(fc.array(claimTemplate, { maxLength: 2 }))),
    },
    { requiredKeys: ['selector', 'template'] },
  ),
});

const service = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Service'),
  metadata: fc.record({ name, namespace: optional(fc.constantFrom('default', 'prod')) }, { requiredKeys: ['name'] }),
  spec: fc.record(
    {
      clusterIP: optional(maybe(fc.constantFrom('None', '10.0.0.1'))),
      selector: optional(labels),
      ports: maybe(fc.array(fc.record({ port: maybe(fc.integer({ min: 1, max: 65535 })), name: optional(fc.constantFrom('web', 'pg')) }), { maxLength: 2 })),
      publishNotReadyAddresses: optional(maybe(fc.boolean())),
    },
    { requiredKeys: ['ports'] },
  ),
});

const claim = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('PersistentVolumeClaim'),
  metadata: fc.record({ name: fc.constantFrom('data-web-0', 'www-web-1', 'data-db-0') }),
  spec: claimTemplate.map((t) => t.spec),
});

const storageClass = fc.record({
  apiVersion: fc.constant('storage.k8s.io/v1'),
  kind: fc.constant('StorageClass'),
  metadata: fc.record({ name: fc.constantFrom('fast', 'standard', 'gp2'), annotations: optional(fc.constant({ 'storageclass.kubernetes.io/is-default-class': 'true' })) }, { requiredKeys: ['name'] }),
  provisioner: maybe(fc.constantFrom('ebs.csi.aws.com', 'kubernetes.io/aws-ebs', 'kubernetes.io/no-provisioner', 'example.com/custom')),
  volumeBindingMode: optional(maybe(fc.constantFrom('Immediate', 'WaitForFirstConsumer'))),
  reclaimPolicy: optional(maybe(fc.constantFrom('Retain', 'Delete'))),
});

const pdb = fc.record({
  apiVersion: fc.constant('policy/v1'),
  kind: fc.constant('PodDisruptionBudget'),
  metadata: fc.record({ name }),
  spec: fc.record({ selector: fc.record({ matchLabels: labels }), maxUnavailable: optional(maybe(fc.constantFrom(0, 1, '25%'))), minAvailable: optional(maybe(fc.constantFrom(1, '100%'))) }),
});

/** Something that is not quite a manifest. */
const noise = fc.oneof(fc.constant({ kind: 'StatefulSet' }), fc.constant({ apiVersion: 'v1' }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }));

const documentArb = fc.oneof({ weight: 4, arbitrary: statefulSet }, { weight: 3, arbitrary: service }, { weight: 1, arbitrary: claim }, { weight: 1, arbitrary: storageClass }, { weight: 1, arbitrary: pdb }, { weight: 1, arbitrary: noise });

export interface ManifestFile {
  name: string;
  docs: unknown[];
}

/** Files of documents; an object's kind, namespace (no namespace is "default") and name are unique across the set. */
export const manifestSetArb: fc.Arbitrary<ManifestFile[]> = fc.array(fc.array(documentArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((files) => {
  const seen = new Set<string>();
  return files.map((docs, i) => ({
    name: `f${i}.yaml`,
    docs: docs.map((d, j) => {
      const o = structuredClone(d) as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
      if (o.metadata && typeof o.metadata === 'object') {
        const ns = String(o.metadata.namespace ?? 'default');
        const key = `${String(o.kind)}/${ns}/${String(o.metadata.name)}`;
        if (seen.has(key)) o.metadata.name = `${String(o.metadata.name)}-${i}-${j}`;
        seen.add(`${String(o.kind)}/${ns}/${String(o.metadata.name)}`);
      }
      return o;
    }),
  }));
});

export function render(files: ManifestFile[]): LintInput[] {
  return files.map((f) => ({ path: f.name, content: f.docs.map((d) => stringify(d)).join('---\n') }));
}

/** Every diagnostic names a file of the run and a range inside it. */
export function checkLocations(report: LintReport, inputs: LintInput[]): void {
  checkRanges(report.files.flatMap((f) => f.diagnostics), inputs);
}

/** Each of these diagnostics (findings, or a plan's input errors) names a file of the inputs and a range inside it. */
export function checkRanges(diagnostics: readonly Pick<Diagnostic, 'ruleId' | 'file' | 'range'>[], inputs: LintInput[]): void {
  // The text as the loader decodes it: a leading byte order mark is not part of it.
  const texts = new Map(inputs.map((i) => [i.path, (typeof i.content === 'string' ? i.content : new TextDecoder().decode(i.content)).replace(/^\ufeff/, '')]));
  {
    for (const d of diagnostics) {
      const text = texts.get(d.file);
      assert.ok(text !== undefined, `finding in unknown file ${d.file}`);
      // Lines end with LF, CRLF or a lone CR, as go-yaml reads them.
      const lines = text.split(/\r\n?|\n/).length;
      const { start, end } = d.range;
      assert.ok(start.line >= 1 && start.line <= lines && end.line <= lines, `${d.ruleId} at line ${start.line} of a ${lines}-line file`);
      assert.ok(start.column >= 1 && end.column >= 1, `${d.ruleId}: column`);
      assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, `${d.ruleId}: offsets ${start.offset}-${end.offset} of ${text.length}`);
      let lineStart = 0;
      const breaks = /\r\n?|\n/g;
      for (let m = breaks.exec(text); m && m.index + m[0].length <= start.offset; m = breaks.exec(text)) lineStart = m.index + m[0].length;
      assert.equal(start.offset - lineStart + 1, start.column, `${d.ruleId}: column and offset disagree`);
    }
  }
}

/** Findings without their positions: what must not depend on order. */
export function findingKeys(report: LintReport): string[] {
  return report.files
    .flatMap((f) => f.diagnostics.map((d) => [d.file, d.ruleId, d.severity, d.message, 'object' in d && d.object ? `${d.object.kind}/${d.object.namespace ?? ''}/${d.object.name}` : '', 'path' in d ? JSON.stringify(d.path) : ''].join('|')))
    .sort();
}

// ---- cluster snapshots (`plan --state`) ------------------------------------------------------------

/** Shapes a snapshot field takes when someone edits a `kubectl get -o yaml` by hand, or the cluster is odd. */
const odd = fc.constantFrom<unknown>('x', 1, null, true, [], {}, [null], [1], ['x'], { kind: 'StatefulSet' });
const ordinalName = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 9 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('01', 'x', '-1', '2147483647', '2147483648', '99999999999999999999', '1e3', ' 1', '') },
);
const revision = fc.constantFrom('web-1111111111', 'web-2222222222', 'db-3333333333', '');

const snapshotPod = fc.record({
  set: name,
  ordinal: ordinalName,
  revision: maybe(revision),
  phase: maybe(fc.constantFrom('Running', 'Pending', 'Failed', 'Succeeded', 'Unknown')),
  ready: fc.constantFrom('True', 'False', 'Unknown'),
  terminating: fc.boolean(),
  owner: fc.oneof({ weight: 6, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constant('other' as const) }, { weight: 1, arbitrary: odd }),
  conditions: fc.oneof({ weight: 8, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: odd }),
  labels: fc.oneof({ weight: 8, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: odd }),
  status: fc.oneof({ weight: 8, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: odd }),
  uid: fc.constantFrom('u1', 'u2', 'u3'),
});

const snapshotClaim = fc.record({
  template: fc.constantFrom('data', 'www', 'logs'),
  set: name,
  ordinal: ordinalName,
  phase: maybe(fc.constantFrom('Bound', 'Pending', 'Lost')),
  owner: fc.oneof({ weight: 4, arbitrary: fc.constant('none' as const) }, { weight: 2, arbitrary: fc.constant('pod' as const) }, { weight: 2, arbitrary: fc.constant('set' as const) }, { weight: 1, arbitrary: odd }),
  terminating: fc.boolean(),
  status: fc.oneof({ weight: 8, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: odd }),
});

function podObject(p: typeof snapshotPod extends fc.Arbitrary<infer T> ? T : never): object {
  const name = `${p.set}-${p.ordinal}`;
  const owner = p.owner === 'ok' ? [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: p.set, uid: `sts-${p.set}`, controller: true }] : p.owner === 'none' ? undefined : p.owner === 'other' ? [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: p.set, uid: 'rs' }] : p.owner;
  const labels = p.labels === 'ok' ? { app: p.set, 'controller-revision-hash': p.revision, 'statefulset.kubernetes.io/pod-name': name } : p.labels;
  const conditions = p.conditions === 'ok' ? [{ type: 'Ready', status: p.ready }] : p.conditions;
  const status = p.status === 'ok' ? { phase: p.phase, conditions } : p.status;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: p.uid, labels, ...(owner === undefined ? {} : { ownerReferences: owner }), ...(p.terminating ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    spec: { containers: [{ name: 'app', image: 'nginx:1.26' }] },
    status,
  };
}

function claimObject(c: typeof snapshotClaim extends fc.Arbitrary<infer T> ? T : never): object {
  const owner = c.owner === 'none' ? undefined : c.owner === 'pod' ? [{ apiVersion: 'v1', kind: 'Pod', name: `${c.set}-${c.ordinal}`, uid: 'u1' }] : c.owner === 'set' ? [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: c.set, uid: `sts-${c.set}` }] : c.owner;
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `${c.template}-${c.set}-${c.ordinal}`, namespace: 'default', ...(owner === undefined ? {} : { ownerReferences: owner }), ...(c.terminating ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    status: c.status === 'ok' ? { phase: c.phase } : c.status,
  };
}

/**
 * A cluster snapshot as `kubectl get statefulsets,pods,pvc,services -o yaml` prints it: a List of
 * generated StatefulSets (with a status naming revisions), their pods and claims, and Services;
 * the pods and claims are sometimes malformed (an ownerReferences that is not a list, conditions
 * that are not objects, ordinals that do not parse), as hand-edited or odd snapshots are.
 */
export const snapshotArb: fc.Arbitrary<LintInput[]> = fc
  .record({
    sets: fc.uniqueArray(statefulSet, { maxLength: 2, selector: (s) => s.metadata.name }),
    status: fc.array(fc.record({ currentRevision: maybe(revision), updateRevision: maybe(revision), replicas: maybe(fc.integer({ min: 0, max: 9 })) }), { minLength: 2, maxLength: 2 }),
    pods: fc.array(snapshotPod, { maxLength: 10 }),
    claims: fc.array(snapshotClaim, { maxLength: 8 }),
    services: fc.uniqueArray(service, { maxLength: 2, selector: (s) => s.metadata.name }),
    asList: fc.boolean(),
  })
  .map(({ sets, status, pods, claims, services, asList }) => {
    const items: object[] = [
      ...sets.map((s, i) => ({ ...s, metadata: { ...s.metadata, namespace: 'default', uid: `sts-${s.metadata.name}` }, status: status[i] })),
      ...services.map((s) => ({ ...s, metadata: { ...s.metadata, namespace: 'default' } })),
      ...pods.map(podObject),
      ...claims.map(claimObject),
    ];
    const content = asList ? stringify({ apiVersion: 'v1', kind: 'List', items }) : items.map((d) => stringify(d)).join('---\n');
    return [{ path: 'state.yaml', content }];
  });

/** No rule threw: the engine turns a throwing rule into an "internal error" finding, which is a bug. */
export function checkNoInternalError(report: LintReport): void {
  for (const f of report.files) for (const d of f.diagnostics) assert.ok(!/internal error/i.test(d.message), `${d.ruleId} at ${d.file}:${d.range.start.line}: ${d.message}`);
}
