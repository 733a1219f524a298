/**
 * Issue 15, objects: the enum table's StatefulSet/Service/PVC/StorageClass/PDB entries, ValidateService's
 * cross-field rules, claim templates as the PVCs and volumes they become, finalizers, StorageClass
 * topology terms, and the IP families a cluster profile decides. Each bad case must give the upstream
 * message at the right path; its valid twin must give nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { ENUMS } from '../src/k8s/enums.js';
import { claimSpec, claimTemplateMeta, objectMeta, pdbSpec, serviceClusterProblems, serviceSpec, statefulSetSpec, storageClass } from '../src/k8s/validate.js';
import { lintText } from './helpers/lint.js';

type Obj = Record<string, unknown>;
const sts = (spec: Obj): StatefulSet => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' },
  spec: { serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } }, ...spec },
} as StatefulSet);
const svc = (spec: Obj, metadata: Obj = {}): Service => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', ...metadata }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec } } as Service);
const pvc = (spec: Obj): PersistentVolumeClaim => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec } } as PersistentVolumeClaim);
const sc = (o: Obj): StorageClass => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'ebs.csi.aws.com', ...o } as StorageClass);
const pdb = (spec: Obj): PodDisruptionBudget => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } }, ...spec } } as PodDisruptionBudget);

interface Case {
  name: string;
  run: () => { path: readonly (string | number)[]; message: string }[];
  /** Expected [path, message] pairs; [] for a valid twin. */
  want: [string, string][];
}
const M = 36;
const cases: Case[] = [
  // ---- enum table: StatefulSet ----
  { name: 'podManagementPolicy: Invalid with the detail', run: () => statefulSetSpec(sts({ podManagementPolicy: 'Serial' }), M), want: [['spec.podManagementPolicy', `spec.podManagementPolicy: Invalid value: "Serial": must be 'OrderedReady' or 'Parallel'`]] },
  { name: 'podManagementPolicy: "" is defaulted', run: () => statefulSetSpec(sts({ podManagementPolicy: '' }), M), want: [] },
  { name: 'updateStrategy.type: named on updateStrategy with its value', run: () => statefulSetSpec(sts({ updateStrategy: { type: 'Rolling' } }), M), want: [['spec.updateStrategy.type', `spec.updateStrategy: Invalid value: {"type":"Rolling"}: must be 'RollingUpdate' or 'OnDelete'`]] },
  { name: 'updateStrategy.type OnDelete is valid', run: () => statefulSetSpec(sts({ updateStrategy: { type: 'OnDelete' } }), M), want: [] },
  { name: 'whenScaled: NotSupported in upstream order', run: () => statefulSetSpec(sts({ persistentVolumeClaimRetentionPolicy: { whenScaled: 'Keep' } }), M), want: [['spec.persistentVolumeClaimRetentionPolicy.whenScaled', 'spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: "Keep": supported values: "Retain", "Delete"']] },
  { name: 'template restartPolicy: only Always', run: () => statefulSetSpec(sts({ template: { metadata: { labels: { app: 'web' } }, spec: { restartPolicy: 'Never', containers: [] } } }), M), want: [['spec.template.spec.restartPolicy', 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']] },
  // metav1validation.ValidateLabelSelectorRequirement checks each value as a label value (AllowInvalidLabelValueInSelector is false on create).
  { name: 'selector matchExpressions value not a label value', run: () => statefulSetSpec(sts({ selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front end'] }] } }), M), want: [['spec.selector.matchExpressions.0.values.0', `spec.selector.matchExpressions[0].values[0]: Invalid value: "front end": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')`]] },
  { name: 'selector matchExpressions label values are valid', run: () => statefulSetSpec(sts({ selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front-end', 'back_end'] }] } }), M), want: [] },
  // ---- enum table: Service ----
  { name: 'Service type sorted list', run: () => serviceSpec(svc({ type: 'Headless' }), M), want: [['spec.type', 'spec.type: Unsupported value: "Headless": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']] },
  { name: 'port protocol', run: () => serviceSpec(svc({ ports: [{ port: 80, protocol: 'tcp' }] }), M), want: [['spec.ports.0.protocol', 'spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"']] },
  { name: 'sessionAffinity', run: () => serviceSpec(svc({ sessionAffinity: 'Sticky' }), M), want: [['spec.sessionAffinity', 'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"']] },
  { name: 'ipFamilies item', run: () => serviceSpec(svc({ ipFamilies: ['ipv4'] }), M), want: [['spec.ipFamilies.0', 'spec.ipFamilies[0]: Unsupported value: "ipv4": supported values: "IPv4", "IPv6"']] },
  { name: 'ipFamilyPolicy ("" is a pointer: rejected)', run: () => serviceSpec(svc({ ipFamilyPolicy: '' }), M), want: [['spec.ipFamilyPolicy', 'spec.ipFamilyPolicy: Unsupported value: "": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"']] },
  { name: 'externalTrafficPolicy value on a NodePort Service', run: () => serviceSpec(svc({ type: 'NodePort', externalTrafficPolicy: 'local' }), M), want: [['spec.externalTrafficPolicy', 'spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"']] },
  { name: 'internalTrafficPolicy', run: () => serviceSpec(svc({ internalTrafficPolicy: 'Node' }), M), want: [['spec.internalTrafficPolicy', 'spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"']] },
  { name: 'trafficDistribution PreferSameZone on 1.33 (gate alpha, off)', run: () => serviceSpec(svc({ trafficDistribution: 'PreferSameZone' }), 33), want: [['spec.trafficDistribution', 'spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"']] },
  { name: 'trafficDistribution PreferSameZone on 1.34', run: () => serviceSpec(svc({ trafficDistribution: 'PreferSameZone' }), 34), want: [] },
  { name: 'trafficDistribution anything on 1.30 (field dropped, gate off)', run: () => serviceSpec(svc({ trafficDistribution: 'Nearest' }), 30), want: [] },
  // ---- enum table: PVC, StorageClass, PDB ----
  { name: 'PVC volumeMode', run: () => claimSpec(pvc({ volumeMode: 'block' }), [], M), want: [['spec.volumeMode', 'spec.volumeMode: Unsupported value: "block": supported values: "Block", "Filesystem"']] },
  { name: 'claim template volumeMode at the template path', run: () => claimSpec(pvc({ volumeMode: 'Raw' }), ['spec', 'volumeClaimTemplates', 0], M), want: [['spec.volumeClaimTemplates.0.spec.volumeMode', 'spec.volumeClaimTemplates[0].spec.volumeMode: Unsupported value: "Raw": supported values: "Block", "Filesystem"']] },
  { name: 'PVC access modes are not claimSpec\'s (access-mode-invalid)', run: () => claimSpec(pvc({ accessModes: ['RWO'] }), [], M), want: [] },
  { name: 'StorageClass reclaimPolicy', run: () => storageClass(sc({ reclaimPolicy: 'Recycle' }), M), want: [['reclaimPolicy', 'reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"']] },
  { name: 'StorageClass reclaimPolicy "" (only a non-empty value is checked)', run: () => storageClass(sc({ reclaimPolicy: '' }), M), want: [] },
  { name: 'StorageClass volumeBindingMode', run: () => storageClass(sc({ volumeBindingMode: 'WaitForConsumer' }), M), want: [['volumeBindingMode', 'volumeBindingMode: Unsupported value: "WaitForConsumer": supported values: "Immediate", "WaitForFirstConsumer"']] },
  { name: 'PDB unhealthyPodEvictionPolicy', run: () => pdbSpec(pdb({ unhealthyPodEvictionPolicy: 'Always' }), M), want: [['spec.unhealthyPodEvictionPolicy', 'spec.unhealthyPodEvictionPolicy: Unsupported value: "Always": supported values: "AlwaysAllow", "IfHealthyBudget"']] },
  // ---- ValidateService cross-field ----
  { name: 'externalTrafficPolicy on a ClusterIP Service', run: () => serviceSpec(svc({ externalTrafficPolicy: 'Local' }), M), want: [['spec.externalTrafficPolicy', 'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services']] },
  { name: 'externalTrafficPolicy on a ClusterIP Service with externalIPs', run: () => serviceSpec(svc({ externalTrafficPolicy: 'Local', externalIPs: ['203.0.113.7'] }), M), want: [] },
  { name: 'healthCheckNodePort without LoadBalancer+Local', run: () => serviceSpec(svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Cluster', healthCheckNodePort: 30001 }), M), want: [['spec.healthCheckNodePort', "spec.healthCheckNodePort: Invalid value: 30001: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"]] },
  { name: 'healthCheckNodePort with LoadBalancer+Local', run: () => serviceSpec(svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30001 }), M), want: [] },
  { name: 'sessionAffinityConfig timeout out of range', run: () => serviceSpec(svc({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } }), M), want: [['spec.sessionAffinityConfig.clientIP.timeoutSeconds', 'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400']] },
  { name: 'sessionAffinityConfig beside None is cleared by SetDefaults_Service', run: () => serviceSpec(svc({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } } }), M), want: [] },
  { name: 'loadBalancerSourceRanges on a ClusterIP Service, and a bad CIDR', run: () => serviceSpec(svc({ loadBalancerSourceRanges: ['10.0.0.0/33'] }), M), want: [['spec.loadBalancerSourceRanges', "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"], ['spec.loadBalancerSourceRanges.0', 'spec.LoadBalancerSourceRanges[0]: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']] },
  { name: 'loadBalancerSourceRanges on a LoadBalancer (space-padded)', run: () => serviceSpec(svc({ type: 'LoadBalancer', loadBalancerSourceRanges: [' 10.0.0.0/8', '2001:db8::/64'] }), M), want: [] },
  { name: 'loadBalancerClass and allocateLoadBalancerNodePorts only for LoadBalancer', run: () => serviceSpec(svc({ type: 'NodePort', loadBalancerClass: 'x/y', allocateLoadBalancerNodePorts: false }), M), want: [['spec.allocateLoadBalancerNodePorts', "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"], ['spec.loadBalancerClass', "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"]] },
  { name: 'loadBalancerClass a qualified name on a LoadBalancer', run: () => serviceSpec(svc({ type: 'LoadBalancer', loadBalancerClass: 'example.com/internal' }), M), want: [] },
  { name: 'externalIPs: invalid and loopback', run: () => serviceSpec(svc({ externalIPs: ['1.2.3', '127.0.0.1'] }), M), want: [['spec.externalIPs.0', 'spec.externalIPs[0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'], ['spec.externalIPs.1', 'spec.externalIPs[1]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)']] },
  { name: 'externalName format (trailing dot allowed)', run: () => serviceSpec(svc({ type: 'ExternalName', externalName: 'db_primary.example.com' }), M), want: [['spec.externalName', `spec.externalName: Invalid value: "db_primary.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`]] },
  { name: 'externalName with a trailing dot', run: () => serviceSpec(svc({ type: 'ExternalName', externalName: 'db.example.com.', ports: [] }), M), want: [] },
  { name: 'ExternalName with ipFamilies and ipFamilyPolicy', run: () => serviceSpec(svc({ type: 'ExternalName', externalName: 'db.example.com', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' }), M), want: [['spec.ipFamilies', 'spec.ipFamilies: Forbidden: may not be set for ExternalName services'], ['spec.ipFamilyPolicy', 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services']] },
  { name: 'ipFamilies duplicate', run: () => serviceSpec(svc({ ipFamilies: ['IPv4', 'IPv4'], ipFamilyPolicy: 'PreferDualStack' }), M), want: [['spec.ipFamilies.1', 'spec.ipFamilies[1]: Duplicate value: "IPv4"']] },
  { name: 'SingleStack with two families', run: () => serviceSpec(svc({ ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'SingleStack' }), M), want: [['spec.ipFamilyPolicy', `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified`]] },
  { name: 'PreferDualStack with two families', run: () => serviceSpec(svc({ ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'PreferDualStack' }), M), want: [] },
  { name: 'clusterIPs of one family twice', run: () => serviceSpec(svc({ clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.10', '10.0.0.11'], ipFamilyPolicy: 'RequireDualStack' }), M), want: [['spec.clusterIPs', 'spec.clusterIPs: Invalid value: ["10.0.0.10","10.0.0.11"]: may specify no more than one IP for each IP family']] },
  { name: 'clusterIPs against ipFamilies', run: () => serviceSpec(svc({ clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.10'], ipFamilies: ['IPv6'] }), M), want: [['spec.clusterIPs.0', 'spec.clusterIPs[0]: Invalid value: "10.0.0.10": expected an IPv6 value as indicated by `ipFamilies[0]`']] },
  // netutils.ParseIPSloppy reads leading zeros as decimal (StrictIPCIDRValidation is alpha, off, from 1.33).
  { name: 'clusterIP with leading zeros (ParseIPSloppy)', run: () => serviceSpec(svc({ clusterIP: '10.096.0.010' }), M), want: [] },
  { name: 'externalIPs with leading zeros (ParseIPSloppy)', run: () => serviceSpec(svc({ type: 'NodePort', externalIPs: ['192.168.001.010'] }), M), want: [] },
  { name: 'clusterIP octet over 255', run: () => serviceSpec(svc({ clusterIP: '10.0.0.256' }), M), want: [['spec.clusterIP', `spec.clusterIP: Invalid value: "10.0.0.256": must be empty, 'None', or a valid IP address`]] },
  { name: 'dual-stack clusterIPs matching ipFamilies', run: () => serviceSpec(svc({ clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.10', 'fd00::10'], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' }), M), want: [] },
  { name: 'appProtocol a qualified name', run: () => serviceSpec(svc({ ports: [{ port: 80, appProtocol: 'kubernetes.io/h2c' }, { name: 'b', port: 81, appProtocol: 'http 2' }].map((p, i) => ({ name: `p${i}`, ...p })) }), M), want: [['spec.ports.1.appProtocol', `spec.ports[1].appProtocol: Invalid value: "http 2": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')`]] },
  { name: 'duplicate nodePort of a protocol', run: () => serviceSpec(svc({ type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 81, nodePort: 30080 }] }), M), want: [['spec.ports.1.nodePort', 'spec.ports[1].nodePort: Duplicate value: 30080']] },
  { name: 'same nodePort for TCP and UDP', run: () => serviceSpec(svc({ type: 'NodePort', ports: [{ name: 'a', port: 53, nodePort: 30053 }, { name: 'b', port: 53, protocol: 'UDP', nodePort: 30053 }] }), M), want: [] },
  { name: 'topology annotations disagree', run: () => serviceSpec(svc({}, { annotations: { 'service.kubernetes.io/topology-mode': 'Auto', 'service.kubernetes.io/topology-aware-hints': 'Disabled' } }), M), want: [['metadata.annotations.service.kubernetes.io/topology-mode', 'metadata.annotations[service.kubernetes.io/topology-mode]: Invalid value: "Auto": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified']] },
  { name: 'selector label value', run: () => serviceSpec(svc({ selector: { app: 'web server' } }), M), want: [['spec.selector.app', `spec.selector: Invalid value: "web server": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')`]] },
  // ---- claim templates as what they become ----
  { name: 'template name not a DNS label (a dot): the pod volume', run: () => claimTemplateMeta({ metadata: { name: 'data.v1' } }, ['spec', 'volumeClaimTemplates', 0]), want: [['spec.volumeClaimTemplates.0.metadata.name', `pod volume name: spec.volumes[].name: Invalid value: "data.v1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')`]] },
  { name: 'template name not a subdomain (upper case): the PVC', run: () => claimTemplateMeta({ metadata: { name: 'Data' } }, ['spec', 'volumeClaimTemplates', 0]), want: [['spec.volumeClaimTemplates.0.metadata.name', `PVC name "Data-…": metadata.name: Invalid value: "Data-…": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`]] },
  { name: 'template name of 70 characters is name-too-long\'s, not this', run: () => claimTemplateMeta({ metadata: { name: 'd'.repeat(70) } }, ['spec', 'volumeClaimTemplates', 0]), want: [] },
  // metav1validation.ValidateLabels / ValidateLabelName and ValidateAnnotations name the map, not the key.
  { name: 'label key, label value and annotation key: upstream names the map', run: () => objectMeta('Service', { metadata: { name: 'web', labels: { 'bad key': 'v', ok: 'bad value!' }, annotations: { 'a/b/c': 'x' } } }), want: [
    ['metadata.labels.bad key', `metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')`],
    ['metadata.labels.ok', `metadata.labels: Invalid value: "bad value!": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')`],
    ['metadata.annotations.a/b/c', `metadata.annotations: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`],
  ] },
  { name: 'template labels, annotations and finalizers are the PVC\'s', run: () => claimTemplateMeta({ metadata: { name: 'data', labels: { tier: 'hot data' }, finalizers: ['cleanup'] } }, ['spec', 'volumeClaimTemplates', 0]), want: [['spec.volumeClaimTemplates.0.metadata.labels.tier', `spec.volumeClaimTemplates[0].metadata.labels: Invalid value: "hot data": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')`], ['spec.volumeClaimTemplates.0.metadata.finalizers.0', 'spec.volumeClaimTemplates[0].metadata.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified']] },
  { name: 'valid template metadata', run: () => claimTemplateMeta({ metadata: { name: 'data', labels: { tier: 'hot' }, annotations: { 'example.com/x': 'y' }, finalizers: ['example.com/keep'] } }, ['spec', 'volumeClaimTemplates', 0]), want: [] },
  // ---- finalizers ----
  { name: 'finalizer: not a qualified name (reported on the list) and not standard', run: () => objectMeta('Service', { metadata: { name: 'web', finalizers: ['my finalizer'] } }), want: [['metadata.finalizers.0', `metadata.finalizers: Invalid value: "my finalizer": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')`], ['metadata.finalizers.0', 'metadata.finalizers[0]: Invalid value: "my finalizer": name is neither a standard finalizer name nor is it fully qualified']] },
  { name: 'finalizers orphan and foregroundDeletion together', run: () => objectMeta('StatefulSet', { metadata: { name: 'web', finalizers: ['orphan', 'foregroundDeletion'] } }), want: [['metadata.finalizers', 'metadata.finalizers: Invalid value: ["orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set']] },
  { name: 'standard and qualified finalizers, duplicates allowed', run: () => objectMeta('StatefulSet', { metadata: { name: 'web', finalizers: ['kubernetes', 'foregroundDeletion', 'example.com/x', 'example.com/x'] } }), want: [] },
  // ---- StorageClass topology terms ----
  { name: 'duplicate value and duplicate key in a term', run: () => storageClass(sc({ allowedTopologies: [{ matchLabelExpressions: [{ key: 'zone', values: ['a', 'a'] }, { key: 'zone', values: ['b'] }] }] }), M), want: [['allowedTopologies.0.matchLabelExpressions.0.values.1', 'allowedTopologies[0].matchLabelExpressions[0].values[1]: Duplicate value: "a"'], ['allowedTopologies.0.matchLabelExpressions.1.key', 'allowedTopologies[0].matchLabelExpressions[1].key: Duplicate value: "zone"']] },
  { name: 'terms with the same value sets in another order are duplicates', run: () => storageClass(sc({ allowedTopologies: [{ matchLabelExpressions: [{ key: 'zone', values: ['a', 'b'] }] }, { matchLabelExpressions: [{ key: 'zone', values: ['b', 'a'] }] }] }), M), want: [['allowedTopologies.1.matchLabelExpressions', 'allowedTopologies[1].matchLabelExpressions: Duplicate value: ""']] },
  { name: 'terms with different values are not', run: () => storageClass(sc({ allowedTopologies: [{ matchLabelExpressions: [{ key: 'zone', values: ['a'] }] }, { matchLabelExpressions: [{ key: 'zone', values: ['a', 'b'] }] }] }), M), want: [] },
];

describe('object validation (issue 15 points 1, 3, 4, 5, 6)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = c.run().map((p) => [p.path.join('.'), p.message]).sort();
      assert.deepEqual(got, [...c.want].sort());
    });
  }

  it('every object enum entry names its upstream function and a scope of this helper or the pod', () => {
    for (const e of ENUMS) {
      assert.match(e.source, /^(core|apps|storage|policy)\/validation \w+$/, JSON.stringify(e.path));
      assert.ok(e.values.length > 0);
    }
  });
});

describe('IP families a single-stack cluster refuses depend on the cluster profile', () => {
  const text = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector: {app: web}
  ipFamilyPolicy: RequireDualStack
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: {app: api}
  ipFamilies: [IPv6]
  ports: [{port: 80}]
`;
  const profile = (families: string | undefined): string => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: standard}
provisioner: rancher.io/local-path
---
apiVersion: stsplan.dev/v1alpha1
kind: ClusterProfile
${families ? `ipFamilies: ${families}` : ''}
`;
  const severities = async (clusterYaml?: string): Promise<string[]> =>
    (await lintText(text, clusterYaml ? { clusterYaml } : {}, 'service-spec-invalid')).map((f) => `${f.range.start.line}:${f.severity}`).sort();

  it('warns without a profile', async () => {
    assert.deepEqual(await severities(), ['17:warning', '8:warning']);
  });
  it('warns with a profile that does not name its families', async () => {
    assert.deepEqual(await severities(profile(undefined)), ['17:warning', '8:warning']);
  });
  it('is an error on a single-stack IPv4 profile, with the API server message', async () => {
    const f = await lintText(text, { clusterYaml: profile('[IPv4]') }, 'service-spec-invalid');
    assert.deepEqual(f.map((x) => `${x.range.start.line}:${x.severity}`).sort(), ['17:error', '8:error']);
    assert.ok(f.some((x) => x.message.endsWith('spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services')));
    assert.ok(f.some((x) => x.message.endsWith('spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster')));
  });
  it('is silent on a dual-stack profile', async () => {
    assert.deepEqual(await severities(profile('[IPv4, IPv6]')), []);
  });
  it('leaves a headless Service without selector alone (allocation exempts it)', () => {
    assert.deepEqual(serviceClusterProblems(svc({ clusterIP: 'None', selector: undefined, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv6'] }), ['IPv4']), []);
  });
  it('rejects a bad ipFamilies entry in a profile file', async () => {
    await assert.rejects(lintText(text, { clusterYaml: profile('[IPv5]') }), /ipFamilies must be/);
  });
});
