/**
 * The severity contract (README, "What the severities mean") on the cases where the severity depends
 * on the cluster or on what the finding is sure of, and the claims those messages make.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../src/lint/engine.js';
import type { Finding } from '../src/types.js';
import { lintText } from './helpers/lint.js';

const STS = (serviceName: string, extra = ''): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: ${serviceName}
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27${extra}
`;
const SVC = (name: string, spec: string): string => `---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
${spec}`;
const CLUSTER_IP = SVC('web', '  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n');

const one = async (text: string, rule: string, options = {}): Promise<Finding> => {
  const findings = await lintText(text, options, rule);
  assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
  return findings[0]!;
};

describe('service-not-headless: the cluster DNS server decides', () => {
  it('is a warning without a profile, and says what CoreDNS and kube-dns do', async () => {
    const f = await one(STS('web') + CLUSTER_IP, 'service-not-headless');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^StatefulSet web: Service "web" has a cluster IP/);
    assert.match(f.message, /CoreDNS .* still answers web-0\.web\.default\.svc with the pod's address, kube-dns \(GKE's default\) does not/);
  });
  it('is a warning on a CoreDNS profile', async () => {
    const f = await one(STS('web') + CLUSTER_IP, 'service-not-headless', { cluster: 'eks' });
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /CoreDNS, the DNS server of cluster profile "eks", still answers web-0\.web\.default\.svc/);
  });
  it('is an error on a kube-dns profile, where the per-pod names do not resolve', async () => {
    const f = await one(STS('web') + CLUSTER_IP, 'service-not-headless', { cluster: 'gke' });
    assert.equal(f.severity, 'error');
    assert.match(f.message, /kube-dns, the DNS server of cluster profile "gke", publishes per-pod names only for headless Services, so web-0\.web\.default\.svc does not resolve/);
  });
  it('is a warning on a profile file that does not name its DNS server, and an error on one that says kube-dns', async () => {
    const classes = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\nprovisioner: ebs.csi.aws.com\n';
    assert.equal((await one(STS('web') + CLUSTER_IP, 'service-not-headless', { clusterYaml: classes })).severity, 'warning');
    const kubeDns = `${classes}---\napiVersion: stsplan.dev/v1alpha1\nkind: ClusterProfile\ndns: kube-dns\n`;
    assert.equal((await one(STS('web') + CLUSTER_IP, 'service-not-headless', { clusterYaml: kubeDns })).severity, 'error');
  });
});

describe('the other serviceName rules are warnings or info: the controller does not need the Service', () => {
  it('service-not-found', async () => {
    const f = await one(STS('web'), 'service-not-found');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /the pods are created, but names like web-0\.web\.default\.svc resolve only once that Service exists/);
  });
  it('service-selector-mismatch: a warning for a selector that misses the pods, an info without a selector', async () => {
    const miss = await one(STS('web') + SVC('web', '  clusterIP: None\n  selector: {app: other}\n'), 'service-selector-mismatch');
    assert.equal(miss.severity, 'warning');
    const none = await one(STS('web') + SVC('web', '  clusterIP: None\n  ports:\n  - {name: pg, port: 5432}\n'), 'service-selector-mismatch');
    assert.equal(none.severity, 'info');
    assert.match(none.message, /whatever the program that writes them publishes/);
  });
});

describe('storage: a built-in profile is a fresh cluster, a profile file is the cluster', () => {
  const claim = (cls: string): string => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  storageClassName: ${cls}\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n`;
  const FILE_PROFILE = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: gp3}\nprovisioner: ebs.csi.aws.com\n';
  it('storage-class-not-found: a warning without a profile and with a built-in one, an error with a profile file', async () => {
    assert.equal((await one(claim('gold'), 'storage-class-not-found')).severity, 'warning');
    const builtin = await one(claim('gold'), 'storage-class-not-found', { cluster: 'eks' });
    assert.equal(builtin.severity, 'warning');
    assert.match(builtin.message, /one of the classes a fresh "eks" cluster has: unless someone created it/);
    assert.equal((await one(claim('gold'), 'storage-class-not-found', { clusterYaml: FILE_PROFILE })).severity, 'error');
  });
  it("provisioner-unavailable: an error for another cloud's storage or against a profile file, a warning for a driver a team may install", async () => {
    const sc = (p: string): string => `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: x}\nprovisioner: ${p}\n`;
    const gcpOnAws = await one(sc('pd.csi.storage.gke.io'), 'provisioner-unavailable', { cluster: 'eks' });
    assert.equal(gcpOnAws.severity, 'error');
    assert.match(gcpOnAws.message, /Google Cloud's own storage and does not run on cluster profile "eks"/);
    assert.equal((await one(sc('driver.longhorn.io'), 'provisioner-unavailable', { cluster: 'eks' })).severity, 'warning');
    assert.equal((await one(sc('efs.csi.aws.com'), 'provisioner-unavailable', { cluster: 'eks' })).severity, 'warning');
    assert.equal((await one(sc('driver.longhorn.io'), 'provisioner-unavailable', { clusterYaml: FILE_PROFILE })).severity, 'error');
  });
});

describe('storage: what a provisioner does decides', () => {
  const sc = (name: string, p: string, mode = 'WaitForFirstConsumer'): string => `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: ${name}}\nprovisioner: ${p}\nvolumeBindingMode: ${mode}\n---\n`;
  const claim = (cls: string, mode: string): string => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  storageClassName: ${cls}\n  accessModes: [${mode}]\n  resources: {requests: {storage: 1Gi}}\n`;
  it('access-mode-unsupported: an error where the driver cannot, a warning where only its configuration (not in manifests) decides', async () => {
    assert.equal((await one(sc('ebs', 'ebs.csi.aws.com') + claim('ebs', 'ReadWriteMany'), 'access-mode-unsupported')).severity, 'error');
    const local = await one(sc('local', 'rancher.io/local-path') + claim('local', 'ReadWriteMany'), 'access-mode-unsupported');
    assert.equal(local.severity, 'warning');
    assert.match(local.message, /only where its config sets a sharedFileSystemPath/);
  });
  it('immediate-binding-zonal: an error for a provisioner that needs the pod\'s node, a warning for a zonal one', async () => {
    const local = await one(sc('local', 'rancher.io/local-path', 'Immediate'), 'immediate-binding-zonal');
    assert.equal(local.severity, 'error');
    assert.match(local.message, /no node was specified/);
    assert.equal((await one(sc('ebs', 'ebs.csi.aws.com', 'Immediate'), 'immediate-binding-zonal')).severity, 'warning');
  });
  it('default-storage-class: an error against a profile file without a default class, a warning against a fresh cluster without one', async () => {
    const noClass = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n';
    assert.equal((await one(noClass, 'default-storage-class', { cluster: 'eks-auto' })).severity, 'warning');
    assert.equal((await one(noClass, 'default-storage-class', { clusterYaml: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: gp3}\nprovisioner: ebs.csi.aws.com\n' })).severity, 'error');
  });
});

describe('findings', () => {
  it('pod-template-invalid says when the API server rejects the StatefulSet itself (template labels) and when only its pods fail', async () => {
    const badLabel = await lintText(STS('web').replace('      labels: {app: web}', '      labels: {app: web, "bad key!": x}').replace('    matchLabels: {app: web}', '    matchLabels: {app: web}'), {}, 'pod-template-invalid');
    assert.ok(badLabel.some((f) => /the API server rejects the StatefulSet: it validates the template's labels and annotations/.test(f.message)), badLabel.map((f) => f.message).join('\n'));
    const noImage = await lintText(STS('web').replace('        image: nginx:1.27', ''), {}, 'pod-template-invalid');
    assert.match(noImage[0]!.message, /the StatefulSet is accepted, then every pod fails to create: FailedCreate/);
  });
  it('name their object and carry a hint, API validation included', async () => {
    const text = STS('web').replace('  selector:\n    matchLabels: {app: web}\n', '') + SVC('web', '  selector: {app: web}\n');
    const findings = await lintText(text);
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.match(f.message, /^(StatefulSet|Service) web: /, f.message);
      assert.ok(f.hint && f.hint.length > 0, `${f.ruleId}: ${f.message}`);
    }
    const selector = findings.find((f) => f.ruleId === 'schema' && /spec\.selector: Required value/.test(f.message));
    assert.match(selector?.hint ?? '', /add spec\.selector\.matchLabels/);
  });
  it('write the control characters of a manifest as escapes, never as terminal commands', async () => {
    const evil = STS('x').replace('name: web', 'name: "web\\u001b[2J\\u001b]0;title\\u0007"');
    const findings = await lintText(evil);
    assert.ok(findings.length > 0);
    for (const f of findings) {
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(`${f.message} ${f.hint ?? ''} ${(f.related ?? []).map((r) => r.message).join(' ')}`, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, f.message);
    }
    assert.ok(findings.some((f) => f.message.includes('web\\u001b[2J')));
  });
  it('are reported once when a rule reports the same thing twice', async () => {
    // Two identical per-pod Services: one finding each, never two at the same place.
    const text = STS('web') + SVC('web', '  clusterIP: None\n  selector: {app: web}\n');
    const report = await lint([{ path: 'a.yaml', content: text }]);
    const keys = report.files.flatMap((f) => f.diagnostics).map((d) => `${d.ruleId} ${d.range.start.offset} ${d.message}`);
    assert.equal(new Set(keys).size, keys.length);
  });
  it('duplicate-resource is a warning: kubectl applies both definitions', async () => {
    const f = await one(SVC('web', '  clusterIP: None\n').slice(4) + SVC('web', '  clusterIP: None\n'), 'duplicate-resource');
    assert.equal(f.severity, 'warning');
  });
});

describe('cross-references stay within one application', () => {
  const sts = STS('web', '\n        readinessProbe: {httpGet: {path: /, port: 80}}');
  const svc = SVC('web', '  clusterIP: None\n  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n').slice(4);
  const run = async (files: Record<string, string>, shared: string[] = []): Promise<Finding[]> => {
    const report = await lint(Object.entries(files).map(([path, content]) => ({ path, content, ...(shared.includes(path) ? { shared: true, reportable: false } : {}) })));
    return report.files.flatMap((f) => f.diagnostics) as Finding[];
  };
  it('resolves in the same file, directory and its parents', async () => {
    for (const svcPath of ['app/svc.yaml', 'svc.yaml', 'app/sts.yaml']) {
      const files = svcPath === 'app/sts.yaml' ? { 'app/sts.yaml': `${sts}---\n${svc}` } : { 'app/sts.yaml': sts, [svcPath]: svc };
      const findings = await run(files);
      assert.ok(!findings.some((f) => f.ruleId === 'service-not-found'), svcPath);
    }
  });
  it('not in a subdirectory: a bundle at the top is not the application of the variants below it', async () => {
    const clusterIpSvc = SVC('web', '  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n').slice(4);
    const findings = await run({ 'install.yaml': sts, 'variants/deployment/svc.yaml': clusterIpSvc });
    assert.ok(!findings.some((f) => f.ruleId === 'service-not-headless'));
    assert.ok(findings.some((f) => f.ruleId === 'service-not-found'));
  });
  it('never in a sibling subtree, and says where the other one is', async () => {
    const findings = await run({ 'project-a/sts.yaml': sts, 'project-b/svc.yaml': svc });
    const f = findings.find((x) => x.ruleId === 'service-not-found');
    assert.ok(f, 'a Service in another project does not count');
    assert.match(f.message, /a Service "web" is defined in project-b\/svc\.yaml, in another directory tree/);
    assert.equal(f.related?.[0]?.file, 'project-b/svc.yaml');
  });
  it('in shared context (--context, the config context) from everywhere', async () => {
    const findings = await run({ 'project-a/sts.yaml': sts, 'platform/svc.yaml': svc }, ['platform/svc.yaml']);
    assert.ok(!findings.some((f) => f.ruleId === 'service-not-found'));
  });
  it("prefers the nearest definition: a sibling project's Service of the same name is never checked", async () => {
    const clusterIpSvc = SVC('web', '  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n').slice(4);
    const findings = await run({ 'a/sts.yaml': sts, 'a/svc.yaml': svc, 'b/svc.yaml': clusterIpSvc });
    assert.ok(!findings.some((f) => f.ruleId === 'service-not-headless'), findings.map((f) => f.message).join('\n'));
  });
});
