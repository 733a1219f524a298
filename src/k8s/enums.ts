/**
 * Every enumerated value the API server checks on the kinds stsplan reads, in one table. The shipped
 * OpenAPI documents carry no `enum`, so these checks cannot come from `schemas/`. Each entry names the
 * upstream function that checks it and the releases it applies to; validation runs on the object after
 * the API server's defaulting (an empty value that `SetDefaults_*` replaces never reaches these checks).
 */
import type { Path } from '../types.js';
import { externallyAccessible, valueAt } from './objects.js';
import { fieldError, fieldsAt, type FieldSegment } from './values.js';

/** Where an entry's path starts: the object itself, or a pod spec (inside a StatefulSet's template). */
export type EnumScope = 'StatefulSet' | 'Service' | 'PersistentVolumeClaim' | 'StorageClass' | 'PodDisruptionBudget' | 'PodSpec';

/** One segment of an entry's path (values.ts FieldSegment): a name, '*' for every item, or any of several names. */
export type EnumSegment = FieldSegment;

export interface EnumField {
  scope: EnumScope;
  path: readonly EnumSegment[];
  values: readonly string[];
  /** The upstream function that rejects other values, e.g. 'core/validation validateContainerPorts'. */
  source: string;
  /** First and last minor release (1.x) the entry applies to; open-ended when absent. */
  since?: number;
  until?: number;
  /**
   * How upstream words the rejection: 'unsupported' (field.NotSupported, the default), or an
   * 'invalid' detail (field.Invalid with this text).
   */
  invalid?: string;
  /**
   * Value that `SetDefaults_*` puts in place of an empty one (a non-pointer field compared with ""):
   * the API server never validates "" there, so "" is accepted. Leave it out for pointer fields
   * (defaulted only when absent: "" is rejected) and for fields without defaulting.
   */
  default?: string;
  /**
   * The field path upstream names in its message when it differs from the value's path (it omits
   * the list index, e.g. `volumeMounts.mountPropagation`): the value's path with the index after
   * this segment removed.
   */
  messageDropsIndexAfter?: string;
  /** With messageDropsIndexAfter: upstream names the list itself (`resizePolicy`), not a field of its item. */
  messageNamesList?: boolean;
  /**
   * How upstream treats "" where no default replaces it: 'valid' (accepted as is, e.g. a toleration's
   * empty effect matches every effect), or `{ required }`, the detail of the field.Required it gives.
   * Absent: "" is an unsupported value like any other.
   */
  empty?: 'valid' | { required: string };
  /** Upstream reports the rejected value at the parent field (validateOS: `spec.os`, not `spec.os.name`). */
  atParent?: boolean;
  /**
   * Upstream reports the value on the enclosing field (the path without its last segment), with
   * that field's whole value: apps/validation rejects an unknown `updateStrategy.type` as
   * `spec.updateStrategy: Invalid value: …`. The finding still points at the field itself.
   */
  reportOnParent?: boolean;
  /**
   * When upstream checks the field only on some objects (`externalTrafficPolicy` only on externally
   * accessible Services: elsewhere any value is a cross-field error instead). Absent: always.
   */
  applies?: (object: unknown) => boolean;
}

const CONTAINERS = ['containers', 'initContainers'] as const;

export const ENUMS: readonly EnumField[] = [
  // ---- StatefulSet (pkg/apis/apps/validation) ----
  { scope: 'StatefulSet', path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted'], values: ['Retain', 'Delete'], source: 'apps/validation ValidatePersistentVolumeClaimRetentionPolicyType', default: 'Retain' },
  { scope: 'StatefulSet', path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled'], values: ['Retain', 'Delete'], source: 'apps/validation ValidatePersistentVolumeClaimRetentionPolicyType', default: 'Retain' },
  { scope: 'StatefulSet', path: ['spec', 'podManagementPolicy'], values: ['OrderedReady', 'Parallel'], source: 'apps/validation ValidateStatefulSetSpec', invalid: "must be 'OrderedReady' or 'Parallel'", default: 'OrderedReady' },
  { scope: 'StatefulSet', path: ['spec', 'updateStrategy', 'type'], values: ['RollingUpdate', 'OnDelete'], source: 'apps/validation ValidateStatefulSetSpec', invalid: "must be 'RollingUpdate' or 'OnDelete'", default: 'RollingUpdate', reportOnParent: true },
  // The StatefulSet's own restartPolicy check (ValidatePodSpec's wider list is the pod section's).
  { scope: 'StatefulSet', path: ['spec', 'template', 'spec', 'restartPolicy'], values: ['Always'], source: 'apps/validation ValidateStatefulSetSpec', default: 'Always' },
  // ---- Service (pkg/apis/core/validation ValidateService) ----
  // NotSupported lists are sets.List(…), i.e. sorted.
  { scope: 'Service', path: ['spec', 'type'], values: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'], source: 'core/validation ValidateService', default: 'ClusterIP' },
  { scope: 'Service', path: ['spec', 'ports', '*', 'protocol'], values: ['SCTP', 'TCP', 'UDP'], source: 'core/validation validateServicePort', default: 'TCP' },
  { scope: 'Service', path: ['spec', 'sessionAffinity'], values: ['ClientIP', 'None'], source: 'core/validation ValidateService', default: 'None' },
  { scope: 'Service', path: ['spec', 'ipFamilies', '*'], values: ['IPv4', 'IPv6'], source: 'core/validation ValidateServiceClusterIPsRelatedFields' },
  { scope: 'Service', path: ['spec', 'ipFamilyPolicy'], values: ['PreferDualStack', 'RequireDualStack', 'SingleStack'], source: 'core/validation ValidateServiceClusterIPsRelatedFields' },
  // Only externally accessible Services (NodePort, LoadBalancer, ClusterIP with externalIPs); on the
  // others any value is "may only be set for externally-accessible services" (validate.ts).
  { scope: 'Service', path: ['spec', 'externalTrafficPolicy'], values: ['Cluster', 'Local'], source: 'core/validation validateServiceExternalTrafficPolicy', default: 'Cluster', applies: (svc) => externallyAccessible(svc) },
  { scope: 'Service', path: ['spec', 'internalTrafficPolicy'], values: ['Cluster', 'Local'], source: 'core/validation validateServiceInternalTrafficFieldsValue' },
  // ServiceTrafficDistribution: alpha (off, the field is dropped) in 1.30, beta on from 1.31.
  // PreferSameTrafficDistribution: alpha 1.33, beta on 1.34, GA 1.35 (pkg/features/kube_features.go).
  { scope: 'Service', path: ['spec', 'trafficDistribution'], values: ['PreferClose'], source: 'core/validation validateServiceTrafficDistribution', since: 31, until: 33 },
  { scope: 'Service', path: ['spec', 'trafficDistribution'], values: ['PreferClose', 'PreferSameNode', 'PreferSameZone'], source: 'core/validation validateServiceTrafficDistribution', since: 34 },
  // ---- PersistentVolumeClaim and claim templates (pkg/apis/core/validation ValidatePersistentVolumeClaimSpec) ----
  // Access modes are the access-mode-invalid rule, which reads this entry.
  { scope: 'PersistentVolumeClaim', path: ['spec', 'accessModes', '*'], values: ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'], source: 'core/validation ValidatePersistentVolumeClaimSpec' },
  { scope: 'PersistentVolumeClaim', path: ['spec', 'volumeMode'], values: ['Block', 'Filesystem'], source: 'core/validation ValidatePersistentVolumeClaimSpec' },
  // ---- StorageClass (pkg/apis/storage/validation) ----
  // A pointer, defaulted to Delete only when absent; validateReclaimPolicy checks only a non-empty value.
  { scope: 'StorageClass', path: ['reclaimPolicy'], values: ['Delete', 'Retain'], source: 'storage/validation validateReclaimPolicy', empty: 'valid' },
  { scope: 'StorageClass', path: ['volumeBindingMode'], values: ['Immediate', 'WaitForFirstConsumer'], source: 'storage/validation validateVolumeBindingMode' },
  // ---- PodDisruptionBudget (pkg/apis/policy/validation) ----
  { scope: 'PodDisruptionBudget', path: ['spec', 'unhealthyPodEvictionPolicy'], values: ['AlwaysAllow', 'IfHealthyBudget'], source: 'policy/validation ValidatePodDisruptionBudgetSpec' },
  // ---- Pod spec (pkg/apis/core/validation ValidatePodSpec and callees) ----
  // Containers (validate-container.ts reports the entries whose path starts with CONTAINERS,
  // 'containers' or 'initContainers'; pod-level entries never do). Lists are in upstream's message order.
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'ports', '*', 'protocol'], values: ['SCTP', 'TCP', 'UDP'], source: 'core/validation validateContainerPorts', default: 'TCP' },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'imagePullPolicy'], values: ['Always', 'IfNotPresent', 'Never'], source: 'core/validation validatePullPolicy', default: 'IfNotPresent' },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'terminationMessagePolicy'], values: ['File', 'FallbackToLogsOnError'], source: 'core/validation validateContainerCommon', default: 'File' },
  { scope: 'PodSpec', path: [CONTAINERS, '*', ['livenessProbe', 'readinessProbe', 'startupProbe'], 'httpGet', 'scheme'], values: ['HTTP', 'HTTPS'], source: 'core/validation validateHTTPGetAction', default: 'HTTP' },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'lifecycle', ['postStart', 'preStop'], 'httpGet', 'scheme'], values: ['HTTP', 'HTTPS'], source: 'core/validation validateHTTPGetAction', default: 'HTTP' },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'volumeMounts', '*', 'mountPropagation'], values: ['Bidirectional', 'HostToContainer', 'None'], source: 'core/validation validateMountPropagation', messageDropsIndexAfter: 'volumeMounts' },
  // RecursiveReadOnlyMounts: alpha (off) in 1.30, beta (on) from 1.31; a disabled gate drops the field.
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'volumeMounts', '*', 'recursiveReadOnly'], values: ['Disabled', 'Enabled', 'IfPossible'], source: 'core/validation validateMountRecursiveReadOnly', since: 31, messageDropsIndexAfter: 'volumeMounts' },
  // InPlacePodVerticalScaling: alpha (off, resizePolicy dropped) to 1.32, beta (on) from 1.33.
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'resizePolicy', '*', 'resourceName'], values: ['cpu', 'memory'], source: 'core/validation validateResizePolicy', since: 33, empty: { required: '' }, messageDropsIndexAfter: 'resizePolicy', messageNamesList: true },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'resizePolicy', '*', 'restartPolicy'], values: ['NotRequired', 'RestartContainer'], source: 'core/validation validateResizePolicy', since: 33, empty: { required: '' }, messageDropsIndexAfter: 'resizePolicy', messageNamesList: true },
  // ProcMountType: alpha/beta off (procMount dropped) to 1.32, on from 1.33.
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'securityContext', 'procMount'], values: ['Default', 'Unmasked'], source: 'core/validation ValidateProcMountType', since: 33 },
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'securityContext', 'seccompProfile', 'type'], values: ['Localhost', 'RuntimeDefault', 'Unconfined'], source: 'core/validation validateSeccompProfileType', empty: { required: 'type is required when seccompProfile is set' } },
  // AppArmor fields: GA from 1.30.
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'securityContext', 'appArmorProfile', 'type'], values: ['Localhost', 'RuntimeDefault', 'Unconfined'], source: 'core/validation ValidateAppArmorProfileField', since: 30, empty: { required: 'type is required when appArmorProfile is set' } },
  // SidecarContainers: beta (on) from 1.29, GA 1.33.
  { scope: 'PodSpec', path: ['initContainers', '*', 'restartPolicy'], values: ['Always'], source: 'core/validation validateInitContainerRestartPolicy' },
  // Pod level (validate-pod.ts reports these; the container entries start with [containers, initContainers]).
  { scope: 'PodSpec', path: ['dnsPolicy'], values: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'], source: 'core/validation validateDNSPolicy', default: 'ClusterFirst' },
  { scope: 'PodSpec', path: ['preemptionPolicy'], values: ['PreemptLowerPriority', 'Never'], source: 'core/validation ValidatePreemptionPolicy', empty: { required: '' } },
  { scope: 'PodSpec', path: ['tolerations', '*', 'operator'], values: ['Equal', 'Exists'], source: 'core/validation ValidateTolerations', empty: 'valid' },
  { scope: 'PodSpec', path: ['tolerations', '*', 'effect'], values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'], source: 'core/validation validateTaintEffect', empty: 'valid' },
  { scope: 'PodSpec', path: ['topologySpreadConstraints', '*', 'whenUnsatisfiable'], values: ['DoNotSchedule', 'ScheduleAnyway'], source: 'core/validation ValidateWhenUnsatisfiable' },
  { scope: 'PodSpec', path: ['topologySpreadConstraints', '*', 'nodeAffinityPolicy'], values: ['Honor', 'Ignore'], source: 'core/validation validateNodeInclusionPolicy' },
  { scope: 'PodSpec', path: ['topologySpreadConstraints', '*', 'nodeTaintsPolicy'], values: ['Honor', 'Ignore'], source: 'core/validation validateNodeInclusionPolicy' },
  { scope: 'PodSpec', path: ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', '*', 'matchExpressions', '*', 'operator'], values: ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'], source: 'core/validation ValidateNodeSelectorRequirement', invalid: 'not a valid selector operator' },
  { scope: 'PodSpec', path: ['affinity', 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', '*', 'preference', 'matchExpressions', '*', 'operator'], values: ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'], source: 'core/validation ValidateNodeSelectorRequirement', invalid: 'not a valid selector operator' },
  { scope: 'PodSpec', path: ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', '*', 'matchFields', '*', 'operator'], values: ['In', 'NotIn'], source: 'core/validation ValidateNodeFieldSelectorRequirement', invalid: 'not a valid selector operator' },
  { scope: 'PodSpec', path: ['affinity', 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', '*', 'preference', 'matchFields', '*', 'operator'], values: ['In', 'NotIn'], source: 'core/validation ValidateNodeFieldSelectorRequirement', invalid: 'not a valid selector operator' },
  { scope: 'PodSpec', path: ['securityContext', 'fsGroupChangePolicy'], values: ['Always', 'OnRootMismatch'], source: 'core/validation validateFSGroupChangePolicy' },
  { scope: 'PodSpec', path: ['securityContext', 'seccompProfile', 'type'], values: ['Localhost', 'RuntimeDefault', 'Unconfined'], source: 'core/validation validateSeccompProfileType', empty: { required: 'type is required when seccompProfile is set' } },
  { scope: 'PodSpec', path: ['securityContext', 'appArmorProfile', 'type'], values: ['Localhost', 'RuntimeDefault', 'Unconfined'], source: 'core/validation ValidateAppArmorProfileField', since: 30, empty: { required: 'type is required when appArmorProfile is set' } },
  // SupplementalGroupsPolicy and SELinuxChangePolicy: gates beta (on) from 1.33; before, the field is dropped.
  { scope: 'PodSpec', path: ['securityContext', 'supplementalGroupsPolicy'], values: ['Merge', 'Strict'], source: 'core/validation validateSupplementalGroupsPolicy', since: 33 },
  { scope: 'PodSpec', path: ['securityContext', 'seLinuxChangePolicy'], values: ['MountOption', 'Recursive'], source: 'core/validation validateSELinuxChangePolicy', since: 33 },
  // SetDefaults_HostPathVolumeSource puts "" (HostPathUnset) where type is absent; "" is a supported value.
  { scope: 'PodSpec', path: ['volumes', '*', 'hostPath', 'type'], values: ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'], source: 'core/validation validateHostPathType' },
  { scope: 'PodSpec', path: ['os', 'name'], values: ['linux', 'windows'], source: 'core/validation validateOS', empty: { required: 'cannot be empty' }, atParent: true },
];

/** The values an entry allows on a release (for rules that word their own message, e.g. access modes). */
export function enumValues(scope: EnumScope, path: readonly EnumSegment[], minor: number): readonly string[] | undefined {
  const key = JSON.stringify(path);
  return ENUMS.find((e) => e.scope === scope && JSON.stringify(e.path) === key && (e.since === undefined || minor >= e.since) && (e.until === undefined || minor <= e.until))?.values;
}

export interface EnumProblem {
  path: Path;
  /** The value the API server rejects. */
  value: string;
  entry: EnumField;
  /** With `reportOnParent`: the enclosing field's path and value, which the message names. */
  parent?: { path: Path; value: unknown };
}

/** The enumerated fields of `object` (a `scope` object, or a pod spec at `base`) whose value is not allowed on `minor`. */
export function enumProblems(scope: EnumScope, object: unknown, base: Path, minor: number): EnumProblem[] {
  const out: EnumProblem[] = [];
  for (const entry of ENUMS) {
    if (entry.scope !== scope || (entry.since !== undefined && minor < entry.since) || (entry.until !== undefined && minor > entry.until)) continue;
    if (entry.applies && !entry.applies(object)) continue;
    for (const [parent, key, at] of fieldsAt(object, entry.path)) {
      const value = parent[key];
      if (typeof value !== 'string' || entry.values.includes(value) || (value === '' && (entry.default !== undefined || entry.empty === 'valid'))) continue;
      const path = [...base, ...at];
      out.push(entry.reportOnParent ? { path, value, entry, parent: { path: path.slice(0, -1), value: valueAt(object, at.slice(0, -1)) } } : { path, value, entry });
    }
  }
  return out;
}

/**
 * The message upstream gives for one enum problem, with `field` the formatted path (of the parent,
 * for a `reportOnParent` entry: pass `fieldName(p.parent.path)`).
 */
export function enumMessage(p: EnumProblem, field: string): string {
  const empty = p.entry.empty;
  if (p.value === '' && typeof empty === 'object') return fieldError.required(field, empty.required);
  if (p.entry.invalid !== undefined) return fieldError.invalid(field, p.parent ? p.parent.value : p.value, p.entry.invalid);
  return fieldError.unsupported(field, p.value, p.entry.values);
}
