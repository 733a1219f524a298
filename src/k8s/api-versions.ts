/**
 * Which group/version serves which kind on a given Kubernetes minor version, for every kind of the
 * built-in API: what `kubectl apply` needs to map an object to a REST path before it sends it.
 *
 * Two sources:
 * - schemas/k8s/api-resources.ts, generated from the OpenAPI documents of 1.29–1.36: served,
 *   introduced and removed within that span (flowcontrol.apiserver.k8s.io/v1beta3: served in 1.31,
 *   not in 1.32, so removed in 1.32);
 * - REMOVED_BEFORE below, by hand, for the removals before the documents start.
 *
 * The OpenAPI documents describe an API server with every API enabled. A real one serves alpha
 * versions never by default and beta versions introduced after 1.24 only when enabled
 * (`--runtime-config`, KEP-3136), so those count as "off by default" here.
 *
 * Pure: the table is part of the module graph; it is parsed the first time an object of a built-in
 * group other than the kinds stsplan lints is looked up.
 */
import { API_GROUPS, API_MINORS, API_RESOURCES_JSON } from '../../schemas/k8s/api-resources.js';
import { groupOf, SERVED as LINTED } from './kinds.js';
import { editDistance } from '../text/did-you-mean.js';

export interface RemovedApi {
  apiVersion: string;
  kinds: readonly string[];
  /** First minor version (1.N) that no longer serves it. */
  removedIn: number;
  /** The apiVersion to use instead; null when the API has no successor. */
  replacement: string | null;
  /** What changed in the replacement, or what to do when there is none. */
  note?: string;
}

const SELECTOR = 'apps/v1 requires spec.selector, immutable after creation: use the template labels';

/**
 * Group/versions that stopped being served before 1.29, per the Kubernetes Deprecated API
 * Migration Guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/,
 * kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md), plus
 * ControllerRevision, which went with the rest of apps/v1beta1 and apps/v1beta2 in 1.16
 * (validation-rules.md §6). flowcontrol.apiserver.k8s.io/v1beta2 (1.29) is here too: the
 * documents start at 1.29, so they cannot show it served in 1.28.
 */
export const REMOVED_BEFORE: readonly RemovedApi[] = [
  // 1.16
  { apiVersion: 'apps/v1beta1', kinds: ['StatefulSet'], removedIn: 16, replacement: 'apps/v1', note: 'apps/v1 requires spec.selector and defaults updateStrategy to RollingUpdate (apps/v1beta1 defaulted to OnDelete)' },
  { apiVersion: 'apps/v1beta2', kinds: ['StatefulSet'], removedIn: 16, replacement: 'apps/v1', note: 'apps/v1 requires spec.selector' },
  { apiVersion: 'apps/v1beta1', kinds: ['ControllerRevision'], removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: ['ControllerRevision'], removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment'], removedIn: 16, replacement: 'apps/v1', note: `${SELECTOR}; revisionHistoryLimit defaults to 10 (was 2)` },
  { apiVersion: 'apps/v1beta2', kinds: ['Deployment'], removedIn: 16, replacement: 'apps/v1', note: SELECTOR },
  { apiVersion: 'apps/v1beta1', kinds: ['ReplicaSet'], removedIn: 16, replacement: 'apps/v1', note: SELECTOR },
  { apiVersion: 'apps/v1beta2', kinds: ['ReplicaSet', 'DaemonSet'], removedIn: 16, replacement: 'apps/v1', note: SELECTOR },
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment'], removedIn: 16, replacement: 'apps/v1', note: `${SELECTOR}; spec.rollbackTo is gone; progressDeadlineSeconds, revisionHistoryLimit, maxSurge and maxUnavailable get new defaults` },
  { apiVersion: 'extensions/v1beta1', kinds: ['DaemonSet'], removedIn: 16, replacement: 'apps/v1', note: `${SELECTOR}; spec.templateGeneration is gone; updateStrategy defaults to RollingUpdate (was OnDelete)` },
  { apiVersion: 'extensions/v1beta1', kinds: ['ReplicaSet'], removedIn: 16, replacement: 'apps/v1', note: SELECTOR },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: 16, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: 16, replacement: null, note: 'PodSecurityPolicy moved to policy/v1beta1, itself removed in 1.25: use Pod Security Admission or a third-party admission webhook' },
  // 1.22
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: 22, replacement: 'admissionregistration.k8s.io/v1', note: 'v1 requires webhooks[*].sideEffects and admissionReviewVersions, and defaults failurePolicy to Fail' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: 22, replacement: 'apiextensions.k8s.io/v1', note: 'v1 requires spec.scope and a structural spec.versions[*].schema.openAPIV3Schema; spec.version, validation, subresources and additionalPrinterColumns move into spec.versions[*]' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: 22, replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: 22, replacement: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview', 'SelfSubjectRulesReview'], removedIn: 22, replacement: 'authorization.k8s.io/v1', note: 'spec.group is renamed spec.groups' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: 22, replacement: 'certificates.k8s.io/v1', note: 'v1 requires spec.signerName and spec.usages' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: 22, replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: 22, replacement: 'networking.k8s.io/v1', note: 'spec.backend is renamed spec.defaultBackend, serviceName/servicePort become service.name and service.port.number or .name, and every path needs a pathType' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress'], removedIn: 22, replacement: 'networking.k8s.io/v1', note: 'spec.backend is renamed spec.defaultBackend, serviceName/servicePort become service.name and service.port.number or .name, and every path needs a pathType' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['IngressClass'], removedIn: 22, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], removedIn: 22, replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: 22, replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: 22, replacement: 'storage.k8s.io/v1' },
  // 1.25
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: 25, replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: 25, replacement: 'discovery.k8s.io/v1', note: 'use each endpoint\'s nodeName and zone instead of topology' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: 25, replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: 25, replacement: 'autoscaling/v2', note: 'targetAverageUtilization becomes target.averageUtilization with target.type: Utilization' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: 25, replacement: 'policy/v1', note: 'in policy/v1 an empty selector selects every pod in the namespace' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: 25, replacement: null, note: 'PodSecurityPolicy has no successor: use Pod Security Admission (pod-security.kubernetes.io labels on the namespace) or a third-party admission webhook' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: 25, replacement: 'node.k8s.io/v1' },
  // 1.26
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: 26, replacement: 'autoscaling/v2' },
  // 1.27
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: 27, replacement: 'storage.k8s.io/v1' },
  // 1.29
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1', note: 'spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares' },
];

/**
 * Beta resources served by default although introduced after 1.24: kube-apiserver's
 * `legacyBetaEnabledByDefaultResources` (pkg/controlplane/instance.go, 1.29–1.31: "deprecate in
 * 1.29, remove in 1.32"). From 1.32 the list is empty: every beta version is off by default.
 */
const LEGACY_BETA_ON: Readonly<Record<string, readonly string[]>> = {
  'flowcontrol.apiserver.k8s.io/v1beta3': ['FlowSchema', 'PriorityLevelConfiguration'],
};

export type Stage = 'ga' | 'beta' | 'alpha';

/** Another apiVersion that serves the kind on the target. */
export interface Alternative {
  apiVersion: string;
  enabledByDefault: boolean;
}

export type ApiStatus =
  /** Not a built-in group (a custom resource, an aggregated API): not stsplan's to judge. */
  | { status: 'custom' }
  /** Served, on by default, and not removed in a later version the table knows. */
  | { status: 'served' }
  /** Served by the target, but off by default (`offByDefault`) or removed in a later release (`removedIn`), or both. */
  | { status: 'deprecated'; offByDefault?: 'alpha' | 'beta'; removedIn?: number; alternative?: Alternative; note?: string }
  /** Served before the target and no longer: removed in `removedIn`. */
  | { status: 'removed'; removedIn: number; alternative?: Alternative; note?: string }
  /**
   * The group/version has no such kind on the target: a misspelt kind (`suggestion`), a kind of
   * another group/version (`alternative`), or a version that comes later (`firstServed`).
   */
  | { status: 'no-match'; suggestion?: { kind: string; apiVersion: string }; alternative?: Alternative; firstServed?: number };

type Table = Record<string, Record<string, [number, number]>>;

let table: Table | undefined;
let groups: Set<string> | undefined;

/** Parses the generated table, once. */
function resources(): Table {
  return (table ??= JSON.parse(API_RESOURCES_JSON) as Table);
}

function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

/** Whether a group belongs to the built-in API: in the OpenAPI documents, or removed before them (extensions). */
export function isBuiltinGroup(group: string): boolean {
  groups ??= new Set([...API_GROUPS, ...REMOVED_BEFORE.map((r) => groupOf(r.apiVersion))]);
  return groups.has(group);
}

export function stageOf(apiVersion: string): Stage {
  const v = versionOf(apiVersion);
  return /^v\d+alpha\d+$/.test(v) ? 'alpha' : /^v\d+beta\d+$/.test(v) ? 'beta' : 'ga';
}

/** Kubernetes' version priority (GA > beta > alpha, then higher numbers first), as a sort key. */
function priority(apiVersion: string): number {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(versionOf(apiVersion));
  if (!m) return 0;
  const stage = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
  return stage * 1_000_000 + Number(m[1]) * 1000 + Number(m[3] ?? 0);
}

function servedAt(range: [number, number] | undefined, minor: number): boolean {
  return range !== undefined && range[0] <= minor && minor <= range[1];
}

function enabledByDefault(apiVersion: string, kind: string): boolean {
  const stage = stageOf(apiVersion);
  return stage === 'ga' || (stage === 'beta' && (LEGACY_BETA_ON[apiVersion]?.includes(kind) ?? false));
}

/** The group/versions that serve a kind on a minor version. */
export function servingApiVersions(kind: string, minor: number): string[] {
  const t = resources();
  return Object.keys(t).filter((gv) => servedAt(t[gv]![kind], minor));
}

/**
 * The best other apiVersion for a kind on the target: the object's own group first, then one
 * served by default, then by version priority.
 */
export function alternativeFor(kind: string, minor: number, apiVersion: string): Alternative | undefined {
  const group = groupOf(apiVersion);
  const ranked = servingApiVersions(kind, minor)
    .filter((gv) => gv !== apiVersion)
    .map((gv) => ({ apiVersion: gv, enabledByDefault: enabledByDefault(gv, kind), same: groupOf(gv) === group }))
    .sort((a, b) => Number(b.same) - Number(a.same) || Number(b.enabledByDefault) - Number(a.enabledByDefault) || priority(b.apiVersion) - priority(a.apiVersion));
  const best = ranked[0];
  return best ? { apiVersion: best.apiVersion, enabledByDefault: best.enabledByDefault } : undefined;
}

/**
 * The served kind closest to a misspelt one (case-insensitive, at most a third of its length
 * away): among the kinds of its group/version when the target serves that, else of its group.
 */
function closestKind(apiVersion: string, kind: string, minor: number): { kind: string; apiVersion: string } | undefined {
  const t = resources();
  const own = Object.entries(t[apiVersion] ?? {}).filter(([, range]) => servedAt(range, minor));
  const group = groupOf(apiVersion);
  const candidates: { kind: string; apiVersion: string }[] = own.length
    ? own.map(([k]) => ({ kind: k, apiVersion }))
    : Object.keys(t)
        .filter((gv) => groupOf(gv) === group)
        .sort((a, b) => priority(b) - priority(a))
        .flatMap((gv) => Object.entries(t[gv]!).filter(([, range]) => servedAt(range, minor)).map(([k]) => ({ kind: k, apiVersion: gv })));
  const wanted = kind.toLowerCase();
  const limit = Math.max(1, Math.floor(kind.length / 3));
  let best: { kind: string; apiVersion: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(wanted, c.kind.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { ...c, distance };
  }
  return best && { kind: best.kind, apiVersion: best.apiVersion };
}

const SERVED: ApiStatus = { status: 'served' };
const CUSTOM: ApiStatus = { status: 'custom' };

/** What the target minor version's API server makes of an object's apiVersion and kind. */
export function apiStatus(apiVersion: string, kind: string, minor: number): ApiStatus {
  // The kinds stsplan lints, in the apiVersion it lints them in: GA and served by every version
  // the table covers (a test checks it), so they never need the table.
  if (LINTED[kind] === apiVersion) return SERVED;
  if (!isBuiltinGroup(groupOf(apiVersion))) return CUSTOM;
  // kubectl flattens lists (kind: List, ConfigMapList) before it maps anything; the loader does too
  // when they have items.
  if (kind.endsWith('List')) return SERVED;
  const range = resources()[apiVersion]?.[kind];
  const removed = REMOVED_BEFORE.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
  if (range && servedAt(range, minor)) {
    const stage = stageOf(apiVersion);
    const offByDefault = stage === 'ga' || enabledByDefault(apiVersion, kind) ? undefined : stage;
    const removedIn = range[1] < API_MINORS.last ? range[1] + 1 : undefined;
    if (offByDefault === undefined && removedIn === undefined) return SERVED;
    const alternative = alternativeFor(kind, minor, apiVersion);
    return {
      status: 'deprecated',
      ...(offByDefault ? { offByDefault } : {}),
      ...(removedIn !== undefined ? { removedIn } : {}),
      ...(alternative?.enabledByDefault ? { alternative } : {}),
    };
  }
  if (removed) {
    const extra = {
      ...(removed.replacement !== null ? { alternative: { apiVersion: removed.replacement, enabledByDefault: enabledByDefault(removed.replacement, kind) } } : {}),
      ...(removed.note ? { note: removed.note } : {}),
    };
    return { status: minor >= removed.removedIn ? 'removed' : 'deprecated', removedIn: removed.removedIn, ...extra };
  }
  const alternative = alternativeFor(kind, minor, apiVersion);
  if (range && range[1] < minor) return { status: 'removed', removedIn: range[1] + 1, ...(alternative ? { alternative } : {}) };
  if (range) return { status: 'no-match', firstServed: range[0], ...(alternative ? { alternative } : {}) };
  if (alternative) return { status: 'no-match', alternative };
  const suggestion = closestKind(apiVersion, kind, minor);
  return { status: 'no-match', ...(suggestion ? { suggestion } : {}) };
}
