/**
 * validateContainers / validateInitContainers (pkg/apis/core/validation), one row per upstream check:
 * a StatefulSet whose pod template breaks the check must get exactly upstream's messages from
 * pod-template-invalid, and its valid twin none. The pods of such a set fail to create (FailedCreate).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../src/lint/engine.js';
import { envVarName } from '../src/k8s/validate-container.js';

type Spec = Record<string, unknown>;
interface Row {
  name: string;
  /** Fields merged into the first container (or the pod spec with `pod`). */
  bad: Spec;
  good: Spec;
  want: string[];
  pod?: boolean;
  version?: string;
}

const C = 'spec.template.spec.containers[0]';
const I = 'spec.template.spec.initContainers[0]';

function sts(patch: Spec, pod = false): string {
  const container = { name: 'app', image: 'nginx:1.27', ...(pod ? {} : patch) };
  const spec = { containers: [container], ...(pod ? patch : {}) };
  const o = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: { serviceName: 'web', replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec } },
  };
  return JSON.stringify(o);
}

async function messages(content: string, version = '1.36'): Promise<string[]> {
  const report = await lint([{ path: 'sts.json', content }], { kubeVersion: version });
  return report.files
    .flatMap((f) => f.diagnostics)
    .filter((d) => d.ruleId === 'pod-template-invalid')
    .map((d) => d.message.replace(/^StatefulSet web: pod template: /, '').replace(/ \((the StatefulSet is accepted|once the API server).*\)$/s, ''));
}

const probe = { httpGet: { path: '/', port: 80 } };
const init = (c: Spec): Spec => ({ initContainers: [{ name: 'init', image: 'busybox:1.36', ...c }] });

const rows: Row[] = [
  // ---- enums (the table's container entries) ----
  { name: 'imagePullPolicy', bad: { imagePullPolicy: 'always' }, good: { imagePullPolicy: 'Always' }, want: [`${C}.imagePullPolicy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"`] },
  { name: 'terminationMessagePolicy', bad: { terminationMessagePolicy: 'Log' }, good: { terminationMessagePolicy: 'FallbackToLogsOnError' }, want: [`${C}.terminationMessagePolicy: Unsupported value: "Log": supported values: "File", "FallbackToLogsOnError"`] },
  { name: 'port protocol', bad: { ports: [{ containerPort: 80, protocol: 'tcp' }] }, good: { ports: [{ containerPort: 80, protocol: 'TCP' }] }, want: [`${C}.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"`] },
  { name: 'probe httpGet scheme', bad: { readinessProbe: { httpGet: { port: 80, scheme: 'https' } } }, good: { readinessProbe: { httpGet: { port: 80, scheme: 'HTTPS' } } }, want: [`${C}.readinessProbe.httpGet.scheme: Unsupported value: "https": supported values: "HTTP", "HTTPS"`] },
  { name: 'lifecycle httpGet scheme', bad: { lifecycle: { preStop: { httpGet: { port: 80, scheme: 'FTP' } } } }, good: { lifecycle: { preStop: { httpGet: { port: 80 } } } }, want: [`${C}.lifecycle.preStop.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"`] },
  {
    name: 'mountPropagation (upstream names the list, not the item)',
    bad: { volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Shared' }] },
    good: { volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'HostToContainer' }] },
    want: [`${C}.volumeMounts.mountPropagation: Unsupported value: "Shared": supported values: "Bidirectional", "HostToContainer", "None"`],
  },
  {
    name: 'resizePolicy resourceName and restartPolicy',
    bad: { resizePolicy: [{ resourceName: 'gpu', restartPolicy: 'Never' }] },
    good: { resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] },
    want: [`${C}.resizePolicy: Unsupported value: "gpu": supported values: "cpu", "memory"`, `${C}.resizePolicy: Unsupported value: "Never": supported values: "NotRequired", "RestartContainer"`],
  },
  { name: 'procMount', bad: { securityContext: { procMount: 'Masked' } }, good: { securityContext: { procMount: 'Default' } }, want: [`${C}.securityContext.procMount: Unsupported value: "Masked": supported values: "Default", "Unmasked"`] },
  { name: 'seccompProfile type', bad: { securityContext: { seccompProfile: { type: 'runtime/default' } } }, good: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }, want: [`${C}.securityContext.seccompProfile.type: Unsupported value: "runtime/default": supported values: "Localhost", "RuntimeDefault", "Unconfined"`] },
  { name: 'seccompProfile empty type', bad: { securityContext: { seccompProfile: { type: '' } } }, good: { securityContext: { seccompProfile: { type: 'Unconfined' } } }, want: [`${C}.securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set`] },
  { name: 'appArmorProfile type', bad: { securityContext: { appArmorProfile: { type: 'Default' } } }, good: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }, want: [`${C}.securityContext.appArmorProfile.type: Unsupported value: "Default": supported values: "Localhost", "RuntimeDefault", "Unconfined"`] },
  { name: 'init container restartPolicy', pod: true, bad: init({ restartPolicy: 'OnFailure' }), good: init({ restartPolicy: 'Always' }), want: [`${I}.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"`] },
  { name: 'defaulted enums accept ""', bad: { imagePullPolicy: 'Sometimes' }, good: { imagePullPolicy: '', terminationMessagePolicy: '', ports: [{ containerPort: 80, protocol: '' }] }, want: [`${C}.imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`] },

  // ---- names, image ----
  { name: 'image padded with whitespace (validateContainerOnlyForPod)', bad: { image: ' nginx' }, good: { image: 'nginx' }, want: [`${C}.image: Invalid value: " nginx": must not have leading or trailing whitespace`] },
  {
    name: 'init container name duplicates a container name (reported on the init container)',
    pod: true,
    bad: init({ name: 'app' }),
    good: init({ name: 'setup' }),
    want: ['spec.template.spec.initContainers[0].name: Duplicate value: "app"'],
  },

  // ---- env ----
  { name: 'env name: relaxed from 1.32 (printable ASCII, no "=")', bad: { env: [{ name: 'A=B', value: 'x' }] }, good: { env: [{ name: '1 weird:name', value: 'x' }] }, want: [`${C}.env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`] },
  {
    name: 'env name: strict before 1.32',
    version: '1.31',
    bad: { env: [{ name: '1ABC', value: 'x' }] },
    good: { env: [{ name: 'my.env-name', value: 'x' }] },
    want: [`${C}.env[0].name: Invalid value: "1ABC": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name', or 'MY_ENV.NAME', or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`],
  },
  { name: 'env valueFrom without a source', bad: { env: [{ name: 'A', valueFrom: {} }] }, good: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }, want: [`${C}.env[0].valueFrom: Invalid value: "": must specify one of: \`fieldRef\`, \`resourceFieldRef\`, \`configMapKeyRef\` or \`secretKeyRef\``] },
  {
    name: 'env valueFrom with value',
    bad: { env: [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] },
    good: { env: [{ name: 'A', value: '', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] },
    want: [`${C}.env[0].valueFrom: Invalid value: "": may not be specified when \`value\` is not empty`],
  },
  {
    name: 'env valueFrom with two sources',
    bad: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }] },
    good: { env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] },
    want: [`${C}.env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time`],
  },
  {
    name: 'fieldRef path not supported for env',
    bad: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }] },
    good: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }] },
    want: [`${C}.env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"`],
  },
  {
    name: 'fieldRef label that does not exist',
    bad: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.nam' } } }] },
    good: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }] },
    want: [`${C}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.nam": error converting fieldPath: field label not supported: metadata.nam`],
  },
  {
    name: 'resourceFieldRef resource',
    bad: { env: [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } }] },
    good: { env: [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } }] },
    want: [`${C}.env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"`],
  },
  {
    name: 'resourceFieldRef cpu divisor',
    bad: { env: [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1Mi' } } }] },
    good: { env: [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } } }] },
    want: [`${C}.env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`],
  },
  {
    name: 'configMapKeyRef key',
    bad: { env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm', key: 'a/b' } } }] },
    good: { env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm', key: 'a.b' } } }] },
    want: [`${C}.env[0].valueFrom.configMapKeyRef.key: Invalid value: "a/b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`],
  },
  { name: 'envFrom without a source', bad: { envFrom: [{ prefix: 'P_' }] }, good: { envFrom: [{ prefix: 'P_', configMapRef: { name: 'cm' } }] }, want: [`${C}.envFrom: Invalid value: "": must specify one of: \`configMapRef\` or \`secretRef\``] },
  {
    name: 'envFrom with two sources',
    bad: { envFrom: [{ configMapRef: { name: 'cm' }, secretRef: { name: 's' } }] },
    good: { envFrom: [{ secretRef: { name: 's' } }] },
    want: [`${C}.envFrom: Invalid value: "": may not have more than one field specified at a time`],
  },
  { name: 'envFrom secretRef name', bad: { envFrom: [{ secretRef: { name: 'My_Secret' } }] }, good: { envFrom: [{ secretRef: { name: 'my-secret' } }] }, want: [`${C}.envFrom[0].secretRef.name: Invalid value: "My_Secret": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`] },

  // ---- resources ----
  { name: 'resource name not for containers', bad: { resources: { limits: { pods: '1' } } }, good: { resources: { limits: { cpu: '1' } } }, want: [`${C}.resources.limits[pods]: Invalid value: "pods": must be a standard resource for containers`] },
  { name: 'negative quantity', bad: { resources: { requests: { memory: '-1Gi' } } }, good: { resources: { requests: { memory: '1Gi' } } }, want: [`${C}.resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0`] },
  { name: 'requests above limits', bad: { resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }, good: { resources: { requests: { cpu: '500m' }, limits: { cpu: '1' } } }, want: [`${C}.resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`] },
  { name: 'extended resource: request without limit', bad: { resources: { requests: { 'nvidia.com/gpu': '1' } } }, good: { resources: { limits: { 'nvidia.com/gpu': '1' } } }, want: [`${C}.resources.limits: Required value: Limit must be set for non overcommitable resources`] },
  {
    name: 'extended resource: request differs from limit',
    bad: { resources: { requests: { 'nvidia.com/gpu': '1' }, limits: { 'nvidia.com/gpu': '2' } } },
    good: { resources: { requests: { 'nvidia.com/gpu': '2' }, limits: { 'nvidia.com/gpu': '2' } } },
    want: [`${C}.resources.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2`],
  },
  { name: 'extended resource: integer', bad: { resources: { limits: { 'example.com/dongle': '500m' } } }, good: { resources: { limits: { 'example.com/dongle': '1' } } }, want: [`${C}.resources.limits[example.com/dongle]: Invalid value: "500m": must be an integer`] },
  { name: 'hugepages require cpu or memory', bad: { resources: { limits: { 'hugepages-2Mi': '4Mi' } } }, good: { resources: { limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' } } }, want: [`${C}.resources: Forbidden: HugePages require cpu or memory`] },

  // ---- probes and lifecycle ----
  { name: 'liveness successThreshold must be 1', bad: { livenessProbe: { ...probe, successThreshold: 2 } }, good: { livenessProbe: { ...probe, successThreshold: 1 } }, want: [`${C}.livenessProbe.successThreshold: Invalid value: 2: must be 1`] },
  { name: 'probe negative number', bad: { readinessProbe: { ...probe, periodSeconds: -1 } }, good: { readinessProbe: { ...probe, periodSeconds: 5 } }, want: [`${C}.readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0`] },
  { name: 'probe terminationGracePeriodSeconds > 0', bad: { livenessProbe: { ...probe, terminationGracePeriodSeconds: 0 } }, good: { livenessProbe: { ...probe, terminationGracePeriodSeconds: 10 } }, want: [`${C}.livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0`] },
  { name: 'readiness terminationGracePeriodSeconds', bad: { readinessProbe: { ...probe, terminationGracePeriodSeconds: 10 } }, good: { readinessProbe: probe }, want: [`${C}.readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes`] },
  { name: 'exec without command', bad: { livenessProbe: { exec: {} } }, good: { livenessProbe: { exec: { command: ['true'] } } }, want: [`${C}.livenessProbe.exec.command: Required value`] },
  { name: 'lifecycle handler required', bad: { lifecycle: { preStop: {} } }, good: { lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } }, want: [`${C}.lifecycle.preStop: Required value: must specify a handler type`] },
  { name: 'sleep longer than the grace period', bad: { lifecycle: { preStop: { sleep: { seconds: 60 } } } }, good: { lifecycle: { preStop: { sleep: { seconds: 0 } } } }, want: [`${C}.lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)`] },
  {
    name: 'init container probe without restartPolicy Always',
    pod: true,
    bad: init({ readinessProbe: { ...probe, httpGet: { port: 80, scheme: 'bad' } } }),
    good: init({ restartPolicy: 'Always', readinessProbe: probe }),
    want: [`${I}.readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always`],
  },
  { name: 'restartPolicy on a regular container', version: '1.33', bad: { restartPolicy: 'Always' }, good: {}, want: [`${C}.restartPolicy: Forbidden: may not be set for non-init containers`] },

  // ---- ports ----
  { name: 'containerPort 0', bad: { ports: [{ containerPort: 0 }] }, good: { ports: [{ containerPort: 8080 }] }, want: [`${C}.ports[0].containerPort: Required value`] },
  {
    name: 'duplicate hostPort across containers',
    pod: true,
    bad: { containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'b', image: 'x', ports: [{ containerPort: 81, hostPort: 8080 }] }] },
    good: { containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'b', image: 'x', ports: [{ containerPort: 81, hostPort: 8080, protocol: 'UDP' }] }] },
    want: ['spec.template.spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'],
  },

  // ---- volume mounts and devices ----
  { name: 'subPath absolute', bad: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: '/etc' }] }, good: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'etc' }] }, want: [`${C}.volumeMounts.subPath: Invalid value: "/etc": must be a relative path`] },
  { name: 'subPath with ..', bad: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a/../b' }] }, good: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a/..b' }] }, want: [`${C}.volumeMounts.subPath: Invalid value: "a/../b": must not contain '..'`] },
  {
    name: 'subPath and subPathExpr',
    bad: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: 'a', subPathExpr: '$(POD)' }] },
    good: { volumeMounts: [{ name: 'data', mountPath: '/d', subPathExpr: '$(POD)' }] },
    want: [`${C}.volumeMounts[0].subPathExpr: Invalid value: "$(POD)": subPathExpr and subPath are mutually exclusive`],
  },
  {
    name: 'Bidirectional needs a privileged container',
    bad: { volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' }] },
    good: { volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' }], securityContext: { privileged: true } },
    want: [`${C}.volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers`],
  },
  {
    name: 'recursiveReadOnly needs readOnly',
    bad: { volumeMounts: [{ name: 'data', mountPath: '/d', recursiveReadOnly: 'Enabled' }] },
    good: { volumeMounts: [{ name: 'data', mountPath: '/d', recursiveReadOnly: 'Enabled', readOnly: true }] },
    want: [`${C}.volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true`],
  },
  {
    name: 'devicePath with backsteps',
    bad: { volumeDevices: [{ name: 'data', devicePath: '/dev/../xvda' }] },
    good: { volumeDevices: [{ name: 'data', devicePath: '/dev/xvda' }] },
    want: [`${C}.volumeDevices[0].devicePath: Invalid value: "/dev/../xvda": can not contain backsteps ('..')`],
  },

  // ---- security context ----
  {
    name: 'allowPrivilegeEscalation false with privileged',
    bad: { securityContext: { privileged: true, allowPrivilegeEscalation: false } },
    good: { securityContext: { privileged: true } },
    want: [`${C}.securityContext: Invalid value: {"privileged":true,"allowPrivilegeEscalation":false}: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`],
  },
  { name: 'runAsUser negative', bad: { securityContext: { runAsUser: -1 } }, good: { securityContext: { runAsUser: 0 } }, want: [`${C}.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive`] },
  {
    name: 'seccomp localhostProfile needs Localhost',
    bad: { securityContext: { seccompProfile: { type: 'Localhost' } } },
    good: { securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' } } },
    want: [`${C}.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost`],
  },
  {
    name: 'procMount Unmasked needs hostUsers false',
    bad: { securityContext: { procMount: 'Unmasked' } },
    good: { securityContext: { procMount: 'Default' } },
    want: [`${C}.securityContext.procMount: Invalid value: "Unmasked": \`hostUsers\` must be false to use \`Unmasked\``],
  },
];

describe('validateContainers / validateInitContainers: pod-template-invalid', () => {
  for (const row of rows) {
    it(`${row.name}: fires with upstream's message, its valid twin does not`, { timeout: 60_000 }, async () => {
      assert.deepEqual((await messages(sts(row.bad, row.pod), row.version)).sort(), [...row.want].sort());
      assert.deepEqual(await messages(sts(row.good, row.pod), row.version), []);
    });
  }
});

describe('release differences', () => {
  it('env names: relaxed rules from 1.32 (RelaxedEnvironmentVariableValidation beta), IsEnvVarName before', () => {
    assert.deepEqual(envVarName('1ABC', true), []);
    assert.equal(envVarName('1ABC', false).length, 1);
    assert.deepEqual(envVarName('..x', false), ["must not start with '..'"]);
    assert.deepEqual(envVarName('my.env-name', false), []);
    assert.deepEqual(envVarName('', true), ['environment variable name must be non-empty']);
  });

  it('gated enum fields are not checked before their gate is on', { timeout: 60_000 }, async () => {
    // ProcMountType on from 1.33, InPlacePodVerticalScaling from 1.33, RecursiveReadOnlyMounts from 1.31.
    const content = sts({ securityContext: { procMount: 'Masked' }, resizePolicy: [{ resourceName: 'gpu', restartPolicy: 'Never' }], volumeMounts: [{ name: 'd', mountPath: '/d', recursiveReadOnly: 'x' }] });
    assert.deepEqual(await messages(content, '1.30'), []);
    assert.equal((await messages(content, '1.33')).length, 4);
  });

  it('sleep 0 is rejected before 1.33 (PodLifecycleSleepActionAllowZero)', { timeout: 60_000 }, async () => {
    const content = sts({ lifecycle: { preStop: { sleep: { seconds: 0 } } } });
    assert.deepEqual(await messages(content, '1.32'), [
      `${C}.lifecycle.preStop.sleep: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
    ]);
    assert.deepEqual(await messages(content, '1.33'), []);
  });
});

describe('fix hints', () => {
  it("say the fix once, without the rule's FailedCreate context", { timeout: 60_000 }, async () => {
    const report = await lint([{ path: 'sts.json', content: sts({ resources: { requests: { 'example.com/gpu': '1' } } }) }], { kubeVersion: '1.36' });
    const [finding] = (report.files.flatMap((f) => f.diagnostics) as { hint?: string; message: string; ruleId: string }[]).filter((d) => d.ruleId === 'pod-template-invalid');
    assert.match(finding!.message, /FailedCreate/);
    assert.equal(finding!.hint, `add ${C}.resources.limits (Limit must be set for non overcommitable resources)`);
  });
});
