/**
 * The served-API table (schemas/k8s/api-resources.ts, generated from the OpenAPI documents), the
 * hand table of earlier removals (src/k8s/api-versions.ts), and how deprecated-api-version and
 * schema split what they say about an object's apiVersion and kind.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { API_MINORS, API_RESOURCES_JSON } from '../schemas/k8s/api-resources.js';
import { REMOVED_BEFORE, apiStatus, isBuiltinGroup, servingApiVersions } from '../src/k8s/api-versions.js';
import { editDistance } from '../src/text/did-you-mean.js';
import { groupOf, SERVED } from '../src/k8s/kinds.js';
import { SUPPORTED_VERSIONS } from '../src/k8s/versions.js';
import { lintText } from './helpers/lint.js';
import type { Finding } from '../src/types.js';

const table = JSON.parse(API_RESOURCES_JSON) as Record<string, Record<string, [number, number]>>;
const MINORS: number[] = [];
for (let m = API_MINORS.first; m <= API_MINORS.last; m++) MINORS.push(m);

describe('served-API table', () => {
  it('covers exactly the Kubernetes versions stsplan supports', () => {
    assert.deepEqual(MINORS.map((m) => `1.${m}`), [...SUPPORTED_VERSIONS]);
  });

  it('serves the kinds stsplan lints in their apiVersion in every version (so the fast path needs no table)', () => {
    for (const [kind, apiVersion] of Object.entries(SERVED)) {
      for (const m of MINORS) assert.ok(servingApiVersions(kind, m).includes(apiVersion), `${kind} ${apiVersion} at 1.${m}`);
    }
  });

  it('knows no served kind of a version the hand table says was removed before 1.29', () => {
    for (const r of REMOVED_BEFORE) {
      for (const kind of r.kinds) assert.equal(table[r.apiVersion]?.[kind], undefined, `${kind} ${r.apiVersion}`);
    }
  });

  it('serves every replacement the hand table names, for each of its kinds, in every version', () => {
    for (const r of REMOVED_BEFORE) {
      if (r.replacement === null) continue;
      for (const kind of r.kinds) {
        for (const m of MINORS) assert.ok(servingApiVersions(kind, m).includes(r.replacement), `${kind} ${r.replacement} at 1.${m}`);
      }
    }
  });

  it('has the removals of the deprecation guide, with the release that removed them', () => {
    const removedIn = (apiVersion: string, kind: string): number | undefined => REMOVED_BEFORE.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind))?.removedIn;
    const guide: [string, string, number][] = [
      ['extensions/v1beta1', 'Deployment', 16], ['extensions/v1beta1', 'DaemonSet', 16], ['extensions/v1beta1', 'ReplicaSet', 16],
      ['extensions/v1beta1', 'NetworkPolicy', 16], ['extensions/v1beta1', 'PodSecurityPolicy', 16], ['apps/v1beta1', 'StatefulSet', 16],
      ['apps/v1beta2', 'DaemonSet', 16], ['extensions/v1beta1', 'Ingress', 22], ['networking.k8s.io/v1beta1', 'Ingress', 22],
      ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole', 22], ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', 22],
      ['storage.k8s.io/v1beta1', 'StorageClass', 22], ['batch/v1beta1', 'CronJob', 25], ['policy/v1beta1', 'PodSecurityPolicy', 25],
      ['policy/v1beta1', 'PodDisruptionBudget', 25], ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', 25],
      ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 26], ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', 26],
      ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', 27], ['flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', 29],
    ];
    for (const [apiVersion, kind, release] of guide) assert.equal(removedIn(apiVersion, kind), release, `${kind} ${apiVersion}`);
    assert.equal(REMOVED_BEFORE.find((r) => r.apiVersion === 'policy/v1beta1' && r.kinds.includes('PodSecurityPolicy'))?.replacement, null);
  });

  it('finds the removals within 1.29–1.36 in the documents themselves', () => {
    // The guide: flowcontrol.apiserver.k8s.io/v1beta3 is no longer served as of 1.32.
    for (const m of [29, 30, 31]) assert.deepEqual(apiStatus('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', m), { status: 'deprecated', removedIn: 32, alternative: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', enabledByDefault: true } });
    assert.equal(apiStatus('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', 32).status, 'removed');
    assert.deepEqual(apiStatus('resource.k8s.io/v1alpha2', 'ResourceClaim', 31), { status: 'removed', removedIn: 31, alternative: { apiVersion: 'resource.k8s.io/v1alpha3', enabledByDefault: false } });
  });

  it('counts the groups of the documents and the removed extensions group as built-in, and no other', () => {
    for (const g of ['', 'apps', 'batch', 'policy', 'autoscaling', 'rbac.authorization.k8s.io', 'networking.k8s.io', 'flowcontrol.apiserver.k8s.io', 'extensions']) assert.ok(isBuiltinGroup(g), g);
    for (const g of ['monitoring.coreos.com', 'kustomize.config.k8s.io', 'apps.kruise.io', 'gateway.networking.k8s.io', 'metrics.k8s.io']) assert.ok(!isBuiltinGroup(g), g);
  });
});

describe('apiStatus', () => {
  it('leaves kinds of other groups alone', () => {
    assert.deepEqual(apiStatus('monitoring.coreos.com/v1', 'ServiceMonitor', 36), { status: 'custom' });
    assert.deepEqual(apiStatus('apps.kruise.io/v1beta1', 'StatefulSet', 36), { status: 'custom' });
  });

  it('treats alpha versions and beta versions after 1.24 as off by default, and GA as on', () => {
    assert.deepEqual(apiStatus('networking.k8s.io/v1beta1', 'ServiceCIDR', 36), { status: 'deprecated', offByDefault: 'beta', alternative: { apiVersion: 'networking.k8s.io/v1', enabledByDefault: true } });
    assert.deepEqual(apiStatus('resource.k8s.io/v1beta1', 'DeviceClass', 33), { status: 'deprecated', offByDefault: 'beta' });
    assert.equal(apiStatus('internal.apiserver.k8s.io/v1alpha1', 'StorageVersion', 36).status, 'deprecated');
    assert.deepEqual(apiStatus('networking.k8s.io/v1', 'ServiceCIDR', 36), { status: 'served' });
    assert.deepEqual(apiStatus('v1', 'ConfigMap', 29), { status: 'served' });
  });

  it('says when a version comes later than the target', () => {
    assert.deepEqual(apiStatus('resource.k8s.io/v1', 'ResourceClaim', 33), { status: 'no-match', firstServed: 34, alternative: { apiVersion: 'resource.k8s.io/v1beta2', enabledByDefault: false } });
  });

  it('suggests the closest served kind for a misspelt one, case-insensitively, and nothing far off', () => {
    assert.deepEqual(apiStatus('apps/v1', 'StatefullSet', 36), { status: 'no-match', suggestion: { kind: 'StatefulSet', apiVersion: 'apps/v1' } });
    assert.deepEqual(apiStatus('apps/v1', 'statefulset', 36), { status: 'no-match', suggestion: { kind: 'StatefulSet', apiVersion: 'apps/v1' } });
    assert.deepEqual(apiStatus('v1', 'Sercet', 36), { status: 'no-match', suggestion: { kind: 'Secret', apiVersion: 'v1' } });
    assert.deepEqual(apiStatus('apps/v1beta3', 'Deploymnet', 36), { status: 'no-match', suggestion: { kind: 'Deployment', apiVersion: 'apps/v1' } });
    assert.deepEqual(apiStatus('v1', 'Foo', 36), { status: 'no-match' });
  });

  it('names the apiVersion that serves a kind written with another group', () => {
    assert.deepEqual(apiStatus('v1', 'StatefulSet', 36), { status: 'no-match', alternative: { apiVersion: 'apps/v1', enabledByDefault: true } });
    assert.deepEqual(apiStatus('extensions/v1beta1', 'StatefulSet', 36), { status: 'no-match', alternative: { apiVersion: 'apps/v1', enabledByDefault: true } });
    assert.deepEqual(apiStatus('apps/v1', 'CronJob', 36), { status: 'no-match', alternative: { apiVersion: 'batch/v1', enabledByDefault: true } });
  });

  it('measures edit distance with a transposition as one edit', () => {
    assert.equal(editDistance('sercet', 'secret'), 1);
    assert.equal(editDistance('statefullset', 'statefulset'), 1);
    assert.equal(editDistance('foo', 'pod'), 2);
    assert.equal(editDistance('', 'abc'), 3);
  });
});

/** Every (apiVersion, kind) pair the tables know, plus misspelt kinds and kinds in the wrong group. */
function pairs(): [string, string][] {
  const out: [string, string][] = [];
  for (const [gv, kinds] of Object.entries(table)) for (const kind of Object.keys(kinds)) out.push([gv, kind]);
  for (const r of REMOVED_BEFORE) for (const kind of r.kinds) out.push([r.apiVersion, kind]);
  out.push(['apps/v1', 'StatefullSet'], ['v1', 'StatefulSet'], ['extensions/v1beta1', 'StatefulSet'], ['apps/v1beta3', 'Deployment'], ['apps/v1', 'Service'], ['v1', 'Foo']);
  out.push(['monitoring.coreos.com/v1', 'ServiceMonitor'], ['kustomize.config.k8s.io/v1beta1', 'Kustomization'], ['apps.kruise.io/v1beta1', 'StatefulSet']);
  return out;
}

describe('deprecated-api-version and schema on every known apiVersion and kind', () => {
  const all = pairs();
  const text = all.map(([apiVersion, kind], i) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: o${i}\n`).join('---\n');

  for (const minor of MINORS) {
    it(`1.${minor}: one finding per object at most, an error exactly where the target serves no such kind`, async () => {
      // The schema rule's other findings (a StorageClass without a provisioner) are about the body.
      const findings = (await lintText(text, { kubeVersion: `1.${minor}` })).filter((f) => f.ruleId === 'deprecated-api-version' || (f.ruleId === 'schema' && f.message.includes(': no matches for kind')));
      const byObject = new Map<string, Finding[]>();
      for (const f of findings) {
        const key = f.object!.name;
        byObject.set(key, [...(byObject.get(key) ?? []), f]);
      }
      all.forEach(([apiVersion, kind], i) => {
        const got = byObject.get(`o${i}`) ?? [];
        const what = `${kind} ${apiVersion} at 1.${minor}: ${got.map((f) => `${f.ruleId} ${f.severity} ${f.message}`).join('; ')}`;
        assert.ok(got.length <= 1, what);
        const served = servingApiVersions(kind, minor).includes(apiVersion);
        if (!isBuiltinGroup(groupOf(apiVersion)) || (served && apiStatus(apiVersion, kind, minor).status === 'served')) assert.equal(got.length, 0, what);
        else if (served) assert.equal(got[0]?.severity, 'warning', what);
        else assert.equal(got[0]?.severity, 'error', what);
      });
    });
  }
});

describe('deprecated-api-version findings', () => {
  it('is an error where the target no longer serves the version, with the release and the replacement', async () => {
    const [f] = await lintText('apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: backup\n', { kubeVersion: '1.29' }, 'deprecated-api-version');
    assert.equal(f?.severity, 'error');
    assert.match(f!.message, /not served since Kubernetes 1\.25: `kubectl apply` fails: no matches for kind "CronJob" in version "batch\/v1beta1"/);
    assert.equal(f!.hint, 'use apiVersion: batch/v1');
  });

  it('is a warning while the target still serves a deprecated version, and an error once it does not', async () => {
    const doc = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: PriorityLevelConfiguration\nmetadata:\n  name: low\n';
    const [before] = await lintText(doc, { kubeVersion: '1.31' }, 'deprecated-api-version');
    assert.equal(before?.severity, 'warning');
    assert.match(before!.message, /deprecated: Kubernetes 1\.32 no longer serves it/);
    assert.equal(before!.hint, 'use apiVersion: flowcontrol.apiserver.k8s.io/v1');
    const [after] = await lintText(doc, { kubeVersion: '1.32' }, 'deprecated-api-version');
    assert.equal(after?.severity, 'error');
  });

  it('says when an API has no successor', async () => {
    const [f] = await lintText('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\n', {}, 'deprecated-api-version');
    assert.equal(f?.severity, 'error');
    assert.match(f!.hint ?? '', /no successor: use Pod Security Admission/);
  });

  it('warns about a beta version the target serves only when enabled', async () => {
    const [f] = await lintText('apiVersion: admissionregistration.k8s.io/v1beta1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: p\n', { kubeVersion: '1.30' }, 'deprecated-api-version');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /a beta API that Kubernetes 1\.30 serves only where the cluster enables it.*and Kubernetes 1\.34 no longer serves it/);
    assert.equal(f!.hint, 'use apiVersion: admissionregistration.k8s.io/v1');
  });

  it('keeps the notes on what changed for the kinds stsplan lints', async () => {
    const [sts] = await lintText('apiVersion: apps/v1beta1\nkind: StatefulSet\nmetadata:\n  name: web\n', {}, 'deprecated-api-version');
    assert.match(sts!.hint ?? '', /^use apiVersion: apps\/v1 \(apps\/v1 requires spec\.selector and defaults updateStrategy to RollingUpdate/);
    const [pdb] = await lintText('apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n', {}, 'deprecated-api-version');
    assert.match(pdb!.hint ?? '', /empty selector selects every pod/);
  });
});

describe('schema on kinds a group/version does not have', () => {
  it('points at a misspelt kind and suggests the served one', async () => {
    const [f] = await lintText('apiVersion: apps/v1\nkind: StatefullSet\nmetadata:\n  name: web\n', {}, 'schema');
    assert.equal(f?.message, 'StatefullSet web: no matches for kind "StatefullSet" in version "apps/v1"');
    assert.equal(f!.hint, 'did you mean StatefulSet?');
    assert.equal(f!.severity, 'error');
    assert.deepEqual([f!.range.start.line, f!.range.start.column], [2, 7]);
  });

  it('names the apiVersion of a built-in kind written with another one', async () => {
    const [f] = await lintText('apiVersion: v1\nkind: Deployment\nmetadata:\n  name: api\n', {}, 'schema');
    assert.equal(f?.message, 'Deployment api: no matches for kind "Deployment" in version "v1"');
    assert.equal(f!.hint, 'use apiVersion: apps/v1');
  });

  it('says from which release a version is served when the target is older', async () => {
    const [f] = await lintText('apiVersion: resource.k8s.io/v1\nkind: DeviceClass\nmetadata:\n  name: gpu\n', { kubeVersion: '1.33' }, 'schema');
    assert.equal(f?.message, 'DeviceClass gpu: no matches for kind "DeviceClass" in version "resource.k8s.io/v1"');
    assert.match(f!.hint ?? '', /from Kubernetes 1\.34 on \(the target is 1\.33\)/);
  });
});
