/**
 * Issue 15 points 8 and 9: rules validate the object the API server validates — after SetDefaults_*
 * (an empty value that defaulting replaces is never rejected) and after the strategies drop the
 * fields of disabled feature gates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENUMS, type EnumField, type EnumSegment } from '../src/k8s/enums.js';
import { applyApiDefaults } from '../src/k8s/defaults.js';
import type { Finding } from '../src/types.js';
import { lintText, type FixtureOptions } from './helpers/lint.js';

type Json = Record<string, unknown>;

/** A full, clean stack: every kind stsplan validates, each field an enum entry can name reachable. */
function stack(): Record<'StatefulSet' | 'Service' | 'PersistentVolumeClaim' | 'StorageClass' | 'PodDisruptionBudget', Json> {
  return {
    StatefulSet: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: {
        serviceName: 'nginx',
        replicas: 3,
        podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
        selector: { matchLabels: { app: 'nginx' } },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: {
            dnsPolicy: 'ClusterFirst',
            restartPolicy: 'Always',
            schedulerName: 'default-scheduler',
            // A keyed toleration: "" is a valid operator (Equal) and effect (all) only with a key.
            tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }],
            containers: [
              {
                name: 'nginx',
                image: 'nginx:1.27',
                imagePullPolicy: 'IfNotPresent',
                terminationMessagePath: '/dev/termination-log',
                terminationMessagePolicy: 'File',
                ports: [{ name: 'web', containerPort: 80, protocol: 'TCP' }],
                readinessProbe: { httpGet: { path: '/', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
                volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }],
              },
            ],
          },
        },
        volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '1Gi' } } } }],
      },
    },
    Service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'nginx' },
      spec: { type: 'ClusterIP', clusterIP: 'None', sessionAffinity: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80, targetPort: 80, protocol: 'TCP' }] },
    },
    PersistentVolumeClaim: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast', volumeMode: 'Filesystem', resources: { requests: { storage: '1Gi' } } },
    },
    StorageClass: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'fast' },
      provisioner: 'ebs.csi.aws.com',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    },
    PodDisruptionBudget: {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'web' },
      spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'nginx' } } },
    },
  };
}

const text = (objects: Json[]): string => objects.map((o) => JSON.stringify(o, null, 1)).join('\n---\n');

async function errors(objects: Json[], options: FixtureOptions = {}): Promise<Finding[]> {
  return (await lintText(text(objects), options)).filter((f) => f.severity === 'error');
}

const show = (fs: Finding[]): string => fs.map((f) => `${f.ruleId}: ${f.message}`).join('\n');

/** Sets `value` at `path` (enum-table segments), making what is missing: '*' is the first item, a list of names its first name. */
function setAt(root: Json, path: readonly EnumSegment[], value: unknown): (string | number)[] {
  let node: unknown = root;
  const at: (string | number)[] = [];
  path.forEach((seg, i) => {
    const last = i === path.length - 1;
    if (seg === '*') {
      const list = node as unknown[];
      if (list.length === 0) list.push({});
      at.push(0);
      if (last) list[0] = value;
      else node = list[0];
      return;
    }
    const name = typeof seg === 'string' ? seg : seg[0]!;
    const o = node as Json;
    at.push(name);
    if (last) {
      o[name] = value;
      return;
    }
    if (o[name] === undefined) o[name] = path[i + 1] === '*' ? [] : {};
    node = o[name];
  });
  return at;
}

const kinds = (s: ReturnType<typeof stack>): Json[] => [s.StatefulSet, s.Service, s.PersistentVolumeClaim, s.StorageClass, s.PodDisruptionBudget];

describe('admission: the fixture stack', () => {
  it('is clean, so that any error below comes from the field under test', async () => {
    const found = await errors(kinds(stack()));
    assert.deepEqual(found, [], show(found));
  });
});

/** Fields that SetDefaults_* replaces when empty (non-pointer): [kind, path, empty, wrong value or null when no check of this branch validates it]. */
const DEFAULTED: [keyof ReturnType<typeof stack>, (string | number)[], unknown, unknown][] = [
  ['StatefulSet', ['spec', 'podManagementPolicy'], '', 'Sometimes'],
  ['StatefulSet', ['spec', 'updateStrategy', 'type'], '', 'Rolling'],
  ['StatefulSet', ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted'], '', 'Keep'],
  ['StatefulSet', ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled'], '', 'Keep'],
  ['StatefulSet', ['spec', 'template', 'spec', 'restartPolicy'], '', 'Never'],
  ['StatefulSet', ['spec', 'template', 'spec', 'dnsPolicy'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'schedulerName'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicy'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'terminationMessagePolicy'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'terminationMessagePath'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'protocol'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'httpGet', 'path'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'httpGet', 'scheme'], '', null],
  ['StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'timeoutSeconds'], 0, null],
  ['Service', ['spec', 'type'], '', 'Internal'],
  ['Service', ['spec', 'sessionAffinity'], '', null],
  ['Service', ['spec', 'ports', 0, 'protocol'], '', 'HTTP'],
  ['Service', ['spec', 'ports', 0, 'targetPort'], '', 'not_a_name!'],
  ['Service', ['spec', 'ports', 0, 'targetPort'], 0, 70000],
];

function set(o: Json, path: (string | number)[], value: unknown): void {
  let node = o as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

describe('admission: values that SetDefaults_* replaces are valid (point 8)', () => {
  for (const [kind, path, empty, wrong] of DEFAULTED) {
    const field = `${kind} ${path.join('.')}`;
    it(`${field}: ${JSON.stringify(empty)} is accepted`, async () => {
      const s = stack();
      set(s[kind], path, empty);
      const found = await errors(kinds(s));
      assert.deepEqual(found, [], show(found));
    });
    if (wrong !== null) {
      it(`${field}: ${JSON.stringify(wrong)} is still rejected, at the field`, async () => {
        const s = stack();
        set(s[kind], path, wrong);
        const found = await errors(kinds(s));
        assert.ok(found.some((f) => JSON.stringify(f.path) === JSON.stringify(path)), show(found) || 'no error');
      });
    }
  }

  it('externalTrafficPolicy "" is accepted where it is defaulted (NodePort)', async () => {
    const s = stack();
    const spec = s.Service.spec as Json;
    delete spec.clusterIP;
    Object.assign(spec, { type: 'NodePort', externalTrafficPolicy: '' });
    const found = await errors(kinds(s));
    assert.deepEqual(found, [], show(found));
  });

  it('the admitted copy holds the default of every empty non-pointer field', () => {
    const s = stack();
    for (const [kind, path, empty] of DEFAULTED) if (kind === 'StatefulSet') set(s.StatefulSet, path, empty);
    applyApiDefaults('StatefulSet', s.StatefulSet);
    const spec = (s.StatefulSet.spec as Json);
    const pod = ((spec.template as Json).spec as Json);
    const c = (pod.containers as Json[])[0]!;
    assert.equal(spec.podManagementPolicy, 'OrderedReady');
    assert.deepEqual(spec.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    assert.deepEqual(spec.persistentVolumeClaimRetentionPolicy, { whenDeleted: 'Retain', whenScaled: 'Retain' });
    assert.deepEqual([pod.restartPolicy, pod.dnsPolicy, pod.schedulerName], ['Always', 'ClusterFirst', 'default-scheduler']);
    assert.deepEqual([c.imagePullPolicy, c.terminationMessagePolicy, c.terminationMessagePath], ['IfNotPresent', 'File', '/dev/termination-log']);
    assert.equal(((c.ports as Json[])[0]!).protocol, 'TCP');
    const probe = c.readinessProbe as Json;
    assert.deepEqual([(probe.httpGet as Json).path, (probe.httpGet as Json).scheme, probe.timeoutSeconds], ['/', 'HTTP', 1]);
    const svc = stack().Service;
    Object.assign(svc.spec as Json, { type: '', sessionAffinity: '' });
    applyApiDefaults('Service', svc);
    assert.deepEqual([(svc.spec as Json).type, (svc.spec as Json).sessionAffinity, (svc.spec as Json).internalTrafficPolicy], ['ClusterIP', 'None', 'Cluster']);
  });

  it('pointer fields are defaulted only when absent: "" stays and is rejected', async () => {
    for (const [kind, path] of [
      ['PersistentVolumeClaim', ['spec', 'volumeMode']],
      ['StorageClass', ['volumeBindingMode']],
    ] as const) {
      const s = stack();
      set(s[kind], [...path], '');
      const found = await errors(kinds(s));
      assert.ok(found.some((f) => JSON.stringify(f.path) === JSON.stringify(path)), `${kind} ${path.join('.')}: ${show(found) || 'no error'}`);
    }
  });
});

/** Where an enum entry's scope lives in the stack. */
function target(s: ReturnType<typeof stack>, entry: EnumField): { root: Json; base: (string | number)[] } {
  if (entry.scope === 'PodSpec') return { root: s.StatefulSet, base: ['spec', 'template', 'spec'] };
  return { root: s[entry.scope], base: [] };
}

describe('admission: every enum entry with a default, or whose "" upstream accepts, accepts "" (point 8)', () => {
  const withDefault = ENUMS.filter((e) => e.default !== undefined || e.empty === 'valid');
  it('the table has entries with a default', () => assert.ok(withDefault.length > 0));
  for (const entry of withDefault) {
    it(`${entry.scope} ${entry.path.map((p) => (typeof p === 'string' ? p : p.join('|'))).join('.')}`, async () => {
      if (entry.default !== undefined) assert.ok(entry.values.includes(entry.default), 'the default is one of the values');
      const s = stack();
      const { root, base } = target(s, entry);
      let node: unknown = root;
      for (const k of base) node = (node as Json)[k as string];
      const at = [...base, ...setAt(node as Json, entry.path, '')];
      const found = (await errors(kinds(s))).filter((f) => JSON.stringify(f.path) === JSON.stringify(at));
      assert.deepEqual(found, [], show(found));
    });
  }
});

describe('admission: fields dropped by a disabled gate are not validated (point 9)', () => {
  const withMaxUnavailable = (v: unknown): Json[] => {
    const s = stack();
    ((s.StatefulSet.spec as Json).updateStrategy as Json).rollingUpdate = { partition: 0, maxUnavailable: v };
    return kinds(s);
  };
  const at = ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'];

  it('maxUnavailable 0 is not rejected where the gate is off (dropped), and is where it is on', async () => {
    const off = await errors(withMaxUnavailable(0), { kubeVersion: '1.36' });
    assert.deepEqual(off, [], show(off));
    const on = await errors(withMaxUnavailable(0), { kubeVersion: '1.36', featureGates: { MaxUnavailableStatefulSet: true } });
    assert.ok(on.some((f) => f.ruleId === 'statefulset-spec-invalid' && JSON.stringify(f.path) === JSON.stringify(at)), show(on));
  });

  it('on update, a field the stored object already has is kept: validated, and no warning that it is dropped', async () => {
    const base = text(withMaxUnavailable(1));
    const all = await lintText(text(withMaxUnavailable(0)), { kubeVersion: '1.36', base });
    assert.ok(all.some((f) => f.ruleId === 'statefulset-spec-invalid' && JSON.stringify(f.path) === JSON.stringify(at)), show(all));
    assert.ok(!all.some((f) => f.ruleId === 'max-unavailable-ignored'), show(all));
    const fresh = await lintText(text(withMaxUnavailable(1)), { kubeVersion: '1.36' });
    assert.ok(fresh.some((f) => f.ruleId === 'max-unavailable-ignored'), show(fresh));
  });

  it('a pod-template field of a disabled gate is dropped before the pod is validated', async () => {
    // UserNamespacesSupport is beta but off by default until 1.33: hostUsers is dropped on 1.32.
    const s = stack();
    ((s.StatefulSet.spec as Json).template as Json as { spec: Json }).spec.hostUsers = false;
    const warned = (await lintText(text(kinds(s)), { kubeVersion: '1.32' })).filter((f) => f.ruleId === 'field-dropped');
    assert.deepEqual(warned.map((f) => f.path), [['spec', 'template', 'spec', 'hostUsers']]);
    const on = (await lintText(text(kinds(s)), { kubeVersion: '1.33' })).filter((f) => f.ruleId === 'field-dropped');
    assert.deepEqual(on, []);
  });

  it('a container procMount is dropped while ProcMountType is off (beta, off by default, until 1.33)', async () => {
    const s = stack();
    const container = (((s.StatefulSet.spec as Json).template as Json as { spec: Json }).spec.containers as Json[])[0]!;
    container.securityContext = { procMount: 'Unmasked' };
    const at = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'procMount'];
    const off = await lintText(text(kinds(s)), { kubeVersion: '1.32' });
    assert.deepEqual(off.filter((f) => f.ruleId === 'field-dropped').map((f) => f.path), [at]);
    assert.deepEqual(off.filter((f) => f.severity === 'error'), []);
    // On 1.33 it is kept and validated: Unmasked needs hostUsers: false.
    const on = await lintText(text(kinds(s)), { kubeVersion: '1.33' });
    assert.deepEqual(on.filter((f) => f.ruleId === 'field-dropped'), []);
    assert.ok(on.some((f) => f.ruleId === 'pod-template-invalid' && JSON.stringify(f.path) === JSON.stringify(at)), show(on));
  });
});
