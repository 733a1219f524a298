/**
 * Kubernetes versions stsplan knows and the feature gates whose defaults change its answers
 * (statefulset-semantics.md §12, pkg/features/kube_features.go).
 */
import type { FieldSegment } from './values.js';

export const SUPPORTED_VERSIONS = ['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const;
export const DEFAULT_VERSION = '1.36';

export interface KubeVersion {
  minor: number;
  /** Patch release; undefined means "the latest patch of that minor". */
  patch: number | undefined;
  /** The minor version whose schemas are used, e.g. "1.36". */
  schema: string;
  text: string;
}

export function parseKubeVersion(input: string): KubeVersion | string {
  const m = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!m) return `invalid Kubernetes version "${input}": expected 1.MINOR or 1.MINOR.PATCH, one of ${SUPPORTED_VERSIONS.join(', ')}`;
  const minor = Number(m[1]);
  const schema = `1.${minor}`;
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(schema)) {
    return `Kubernetes ${input} is not supported: stsplan ships schemas for ${SUPPORTED_VERSIONS[0]} to ${SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1]}`;
  }
  return { minor, patch: m[2] === undefined ? undefined : Number(m[2]), schema, text: input.replace(/^v/, '') };
}

export type FeatureGates = Record<string, boolean>;

/**
 * Gates that drop a field of the kinds stsplan reads when they are off, and the first release each
 * is on by default (pkg/features/kube_features.go, versioned feature specs); undefined: off in every
 * release stsplan knows. MaxUnavailableStatefulSet has its own history (defaultGates).
 */
export const FIELD_GATES: Record<string, number | undefined> = {
  VolumeAttributesClass: 34, // alpha 1.29, beta (off) 1.31, GA 1.34
  ServiceTrafficDistribution: 31, // alpha 1.30, beta 1.31, GA 1.33
  InPlacePodVerticalScaling: 33, // alpha 1.27, beta 1.33, GA 1.35
  PodLevelResources: 34, // alpha 1.32, beta 1.34
  UserNamespacesSupport: 33, // beta (off) 1.30, on 1.33
  SupplementalGroupsPolicy: 33, // alpha 1.31, beta 1.33, GA 1.35
  SELinuxChangePolicy: 33, // alpha 1.32, beta 1.33
  PodLifecycleSleepAction: 30, // alpha 1.29, beta 1.30, GA 1.34
  ContainerStopSignals: undefined, // alpha 1.33
  MatchLabelKeysInPodAffinity: 31, // alpha 1.29, beta 1.31, GA 1.33
  RecursiveReadOnlyMounts: 31, // alpha 1.30, beta 1.31, GA 1.33
  DynamicResourceAllocation: 34, // alpha 1.26, beta (off) 1.32, GA 1.34
  HostnameOverride: 35, // alpha 1.34, beta 1.35
  ContainerRestartRules: 35, // alpha 1.34, beta 1.35
  EnvFiles: 35, // alpha 1.34, beta 1.35
  ProcMountType: 33, // alpha 1.12, beta (off) 1.31, on 1.33
};

export const KNOWN_GATES = ['MaxUnavailableStatefulSet', 'StatefulSetAutoDeletePVC', 'StatefulSetStartOrdinal', 'PodIndexLabel', ...Object.keys(FIELD_GATES)] as const;

/** Default feature gates of a release, as the control plane starts without --feature-gates. */
export function defaultGates(v: KubeVersion): FeatureGates {
  // MaxUnavailableStatefulSet: alpha (off) to 1.34; beta on in 1.35.0–1.35.3; off again from
  // 1.35.4 and in 1.36 (kubernetes/kubernetes#137904); a bare "1.35" means its latest patch.
  const maxUnavailable = v.minor >= 37 || (v.minor === 35 && v.patch !== undefined && v.patch <= 3);
  return {
    MaxUnavailableStatefulSet: maxUnavailable,
    StatefulSetAutoDeletePVC: v.minor >= 27,
    StatefulSetStartOrdinal: v.minor >= 27,
    PodIndexLabel: v.minor >= 28,
  };
}

/**
 * Whether `gate` is on: as `--feature-gates` sets it, else its default on the release (the gates of
 * FIELD_GATES are not in defaultGates, whose set the plan reports print).
 */
export function gateEnabled(gates: FeatureGates, gate: string, v: KubeVersion): boolean {
  const set = gates[gate];
  if (set !== undefined) return set;
  const on = FIELD_GATES[gate];
  return on !== undefined && v.minor >= on;
}

/** Parses `Name=true,Other=false` as kube-apiserver's --feature-gates does. */
export function parseFeatureGates(input: string): FeatureGates | string {
  const out: FeatureGates = {};
  for (const part of input.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9]+)=(true|false)$/i.exec(part);
    if (!m) return `invalid --feature-gates entry "${part}": expected Name=true or Name=false`;
    const name = m[1]!;
    if (!(KNOWN_GATES as readonly string[]).includes(name)) {
      return `unknown feature gate "${name}": stsplan models ${KNOWN_GATES.join(', ')}`;
    }
    out[name] = m[2]!.toLowerCase() === 'true';
  }
  return out;
}

/** Where a gated field sits: in the object, in a pod spec (a StatefulSet's template), in a claim spec's parent (a PVC or claim template). */
export type GatedScope = 'StatefulSet' | 'Service' | 'PodSpec' | 'Claim';

/** One segment of a gated field's path: a name, '*' for every list item, or any of several names. */
export type GatedSegment = FieldSegment;

export interface GatedField {
  gate: string;
  scope: GatedScope;
  path: readonly GatedSegment[];
  /** The upstream function that drops the field when the gate is off (and the old object does not use it). */
  source: string;
  /**
   * First release that drops the field (the gate's alpha), where the field existed before its gate:
   * on earlier releases nothing drops it and validation sees it (a regular container's
   * restartPolicy is "may not be set for non-init containers" up to 1.33).
   */
  since?: number;
}

const CONTAINERS = ['containers', 'initContainers'] as const;
const POD_UTIL = 'pkg/api/pod/util.go dropDisabledPodFields (via DropDisabledTemplateFields for a StatefulSet template)';
const AFFINITY_TERMS = [
  ['requiredDuringSchedulingIgnoredDuringExecution', '*'],
  ['preferredDuringSchedulingIgnoredDuringExecution', '*', 'podAffinityTerm'],
] as const;

/**
 * Fields the registry strategies drop before validation when their gate is off, unless the stored
 * object already uses them (on update): the API server then neither validates nor keeps them.
 */
export const GATED_FIELDS: readonly GatedField[] = [
  { gate: 'MaxUnavailableStatefulSet', scope: 'StatefulSet', path: ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'], source: 'pkg/registry/apps/statefulset/strategy.go dropStatefulSetDisabledFields' },
  { gate: 'VolumeAttributesClass', scope: 'Claim', path: ['spec', 'volumeAttributesClassName'], source: 'pkg/api/persistentvolumeclaim/util.go DropDisabledFields' },
  { gate: 'ServiceTrafficDistribution', scope: 'Service', path: ['spec', 'trafficDistribution'], source: 'pkg/api/service/util.go DropDisabledSpecFields' },
  { gate: 'InPlacePodVerticalScaling', scope: 'PodSpec', path: [CONTAINERS, '*', 'resizePolicy'], source: POD_UTIL },
  { gate: 'PodLevelResources', scope: 'PodSpec', path: ['resources'], source: POD_UTIL },
  { gate: 'UserNamespacesSupport', scope: 'PodSpec', path: ['hostUsers'], source: POD_UTIL },
  { gate: 'SupplementalGroupsPolicy', scope: 'PodSpec', path: ['securityContext', 'supplementalGroupsPolicy'], source: POD_UTIL },
  { gate: 'SELinuxChangePolicy', scope: 'PodSpec', path: ['securityContext', 'seLinuxChangePolicy'], source: POD_UTIL },
  { gate: 'PodLifecycleSleepAction', scope: 'PodSpec', path: [CONTAINERS, '*', 'lifecycle', ['postStart', 'preStop'], 'sleep'], source: POD_UTIL },
  { gate: 'ContainerStopSignals', scope: 'PodSpec', path: [CONTAINERS, '*', 'lifecycle', 'stopSignal'], source: POD_UTIL },
  ...AFFINITY_TERMS.map((term): GatedField => ({ gate: 'MatchLabelKeysInPodAffinity', scope: 'PodSpec', path: ['affinity', ['podAffinity', 'podAntiAffinity'], ...term, ['matchLabelKeys', 'mismatchLabelKeys']], source: POD_UTIL })),
  { gate: 'ProcMountType', scope: 'PodSpec', path: [CONTAINERS, '*', 'securityContext', 'procMount'], source: POD_UTIL },
  { gate: 'RecursiveReadOnlyMounts', scope: 'PodSpec', path: [CONTAINERS, '*', 'volumeMounts', '*', 'recursiveReadOnly'], source: POD_UTIL },
  { gate: 'DynamicResourceAllocation', scope: 'PodSpec', path: ['resourceClaims'], source: POD_UTIL },
  { gate: 'DynamicResourceAllocation', scope: 'PodSpec', path: [CONTAINERS, '*', 'resources', 'claims'], source: POD_UTIL },
  { gate: 'HostnameOverride', scope: 'PodSpec', path: ['hostnameOverride'], source: POD_UTIL },
  // Only regular containers: an init container's restartPolicy (a sidecar) is SidecarContainers, on since 1.29.
  { gate: 'ContainerRestartRules', scope: 'PodSpec', path: ['containers', '*', 'restartPolicy'], source: POD_UTIL, since: 34 },
  { gate: 'ContainerRestartRules', scope: 'PodSpec', path: [CONTAINERS, '*', 'restartPolicyRules'], source: POD_UTIL },
  { gate: 'EnvFiles', scope: 'PodSpec', path: [CONTAINERS, '*', 'env', '*', 'valueFrom', 'fileKeyRef'], source: POD_UTIL },
];
