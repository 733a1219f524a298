/**
 * Which changes the API server rejects on update (ValidateStatefulSetUpdate in
 * pkg/apis/apps/validation/validation.go; ValidateServiceUpdate in pkg/apis/core/validation).
 * Shared by the `immutable-field-changed` rule and the planner.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { defaultClaim, defaultStatefulSetSpec } from './defaults.js';
import { isRecord } from './objects.js';
import { parseQuantity } from './quantity.js';

/** The spec fields an update may change; any other difference is rejected. */
export const MUTABLE_STATEFULSET_FIELDS = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

export const STATEFULSET_UPDATE_FORBIDDEN =
  "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

export interface FieldChange {
  /** Path inside the object, e.g. ['spec', 'serviceName']. */
  path: Path;
  from: unknown;
  to: unknown;
}

export interface StorageGrowth {
  /** Claim template name. */
  template: string;
  from: string;
  to: string;
}

export interface ImmutableChanges {
  changes: FieldChange[];
  /** Set when the only rejected changes are bigger storage requests in claim templates. */
  storageGrowth: StorageGrowth[] | null;
}

const MAX_CHANGES = 20;

/** Leaf paths where two JSON values differ (lists compared by index). */
export function diffLeaves(a: unknown, b: unknown, path: Path, out: FieldChange[]): void {
  if (out.length >= MAX_CHANGES) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffLeaves(a[i], b[i], [...path, i], out);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) diffLeaves(a[k], b[k], [...path, k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, from: a, to: b });
}

/** The differences between two StatefulSets that an update is not allowed to make. */
export function statefulSetImmutableChanges(before: StatefulSet, after: StatefulSet): ImmutableChanges {
  const a = defaultStatefulSetSpec(before.spec);
  const b = defaultStatefulSetSpec(after.spec);
  const changes: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (MUTABLE_STATEFULSET_FIELDS.includes(key)) continue;
    diffLeaves(a[key], b[key], ['spec', key], changes);
  }
  return { changes, storageGrowth: storageGrowthOnly(changes, b.volumeClaimTemplates as { metadata?: { name?: string } }[]) };
}

function storageGrowthOnly(changes: FieldChange[], templates: { metadata?: { name?: string } }[]): StorageGrowth[] | null {
  if (changes.length === 0) return null;
  const out: StorageGrowth[] = [];
  for (const c of changes) {
    const p = c.path;
    const isStorage = p.length === 7 && p[1] === 'volumeClaimTemplates' && p[3] === 'spec' && p[4] === 'resources' && p[5] === 'requests' && p[6] === 'storage';
    if (!isStorage) return null;
    const from = parseQuantity(c.from);
    const to = parseQuantity(c.to);
    if (from === undefined || to === undefined || to <= from) return null;
    out.push({ template: templates[p[2] as number]?.metadata?.name ?? String(p[2]), from: String(c.from), to: String(c.to) });
  }
  return out;
}

function clusterIPOf(s: Service): string | undefined {
  const ip = s.spec?.clusterIP ?? s.spec?.clusterIPs?.[0];
  return typeof ip === 'string' && ip !== '' ? ip : undefined;
}

/**
 * The Service the API server stores when `desired` updates `current`: a manifest that leaves out
 * clusterIP keeps the current one (patchAllocatedValues), so a headless Service stays headless.
 */
export function withAllocatedValues(desired: Service, current: Service | undefined): Service {
  if (!current || clusterIPOf(desired) !== undefined || clusterIPOf(current) === undefined) return desired;
  const type = (s: Service): string => s.spec?.type ?? 'ClusterIP';
  if (type(desired) === 'ExternalName' || type(current) === 'ExternalName') return desired;
  return { ...desired, spec: { ...desired.spec, clusterIP: clusterIPOf(current) } };
}

/** A Service update that changes an allocated or `None` clusterIP: rejected ("may not change once set"). */
export function serviceImmutableChanges(before: Service, after: Service): FieldChange[] {
  const from = clusterIPOf(before);
  const to = clusterIPOf(after);
  const type = (s: Service): string => s.spec?.type ?? 'ClusterIP';
  if (type(before) === 'ExternalName' || type(after) === 'ExternalName') return [];
  // Absent in the new manifest: the API server keeps what it had, an allocated address or None
  // (patchAllocatedValues in pkg/registry/core/service/storage: every type but ExternalName).
  if (to === undefined) return [];
  if (from === to) return [];
  if (from === undefined && to !== 'None') return []; // an allocated IP the manifest now pins: only the cluster knows
  return [{ path: ['spec', 'clusterIP'], from: from ?? '(allocated)', to }];
}

/** How the API server words the rejection of a PVC spec change (ValidatePersistentVolumeClaimUpdate). */
export const CLAIM_SPEC_IMMUTABLE = 'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';
/** PersistentVolumeClaimResize admission (plugin/pkg/admission/storage/persistentvolumeclaim/resize). */
export const CLAIM_RESIZE_FORBIDDEN = 'only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize';

export interface ClaimUpdateProblem {
  change: FieldChange;
  /** The API server's message (`field: Type: detail`, or the admission plugin's text). */
  message: string;
  kind: 'immutable' | 'shrink' | 'resize';
}

/**
 * What the API server rejects when a standalone PVC `before` is updated to `after`
 * (ValidatePersistentVolumeClaimUpdate in pkg/apis/core/validation; PersistentVolumeClaimResize
 * admission). A manifest does not say whether the claim is bound; the messages say what holds
 * either way. `expandable` tells whether the claim's StorageClass sets allowVolumeExpansion
 * (undefined: the class is not known).
 */
export function claimUpdateProblems(before: PersistentVolumeClaim, after: PersistentVolumeClaim, minor: number, expandable: boolean | undefined): ClaimUpdateProblem[] {
  const a = defaultClaim(before).spec as Record<string, unknown>;
  const b = defaultClaim(after).spec as Record<string, unknown>;
  const out: ClaimUpdateProblem[] = [];
  const changes: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    // volumeName may be set once (the binder does it); a class may be set where there was none
    // (retroactive default class, validateStorageClassUpgradeFromNil); volumeAttributesClassName
    // may change on a bound claim (ModifyVolume).
    if (key === 'volumeName' && (a.volumeName === undefined || a.volumeName === '')) continue;
    if (key === 'storageClassName' && a.storageClassName === undefined) continue;
    if (key === 'volumeAttributesClassName') continue;
    if (key === 'resources') {
      const ra = isRecord(a.resources) ? a.resources : {};
      const rb = isRecord(b.resources) ? b.resources : {};
      const reqA = isRecord(ra.requests) ? { ...ra.requests } : {};
      const reqB = isRecord(rb.requests) ? { ...rb.requests } : {};
      delete reqA.storage;
      delete reqB.storage;
      diffLeaves({ ...ra, requests: reqA }, { ...rb, requests: reqB }, ['spec', 'resources'], changes);
      continue;
    }
    diffLeaves(a[key], b[key], ['spec', key], changes);
  }
  for (const c of changes) out.push({ change: c, message: CLAIM_SPEC_IMMUTABLE, kind: 'immutable' });
  const from = parseQuantity(before.spec?.resources?.requests?.storage);
  const to = parseQuantity(after.spec?.resources?.requests?.storage);
  if (from !== undefined && to !== undefined && from !== to) {
    const change: FieldChange = { path: ['spec', 'resources', 'requests', 'storage'], from: before.spec?.resources?.requests?.storage, to: after.spec?.resources?.requests?.storage };
    if (to < from) {
      // RecoverVolumeExpansionFailure (beta, on from 1.32) lets a request go down, but not to or below
      // status.capacity, which is at least the size the claim was provisioned with.
      const detail = minor >= 32 ? 'field can not be less than status.capacity' : 'field can not be less than previous value';
      out.push({ change, message: `spec.resources.requests.storage: Forbidden: ${detail}`, kind: 'shrink' });
    } else if (expandable === false) {
      out.push({ change, message: CLAIM_RESIZE_FORBIDDEN, kind: 'resize' });
    }
  }
  return out;
}
