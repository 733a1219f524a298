/** Which StorageClass a claim gets, from the inputs first and the cluster profile second. */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path } from '../types.js';
import { storageClassInfo, type ClusterProfile, type StorageClassInfo } from '../k8s/profiles.js';

export const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

export interface ClassLookup {
  /** The class name the claim ends up with; undefined when no default class is known. */
  name: string | undefined;
  /** Where the name comes from inside the claim (for reporting). */
  path: Path;
  /** How the name was chosen. */
  via: 'field' | 'annotation' | 'default' | 'none' | 'static';
  info?: StorageClassInfo;
  /** The StorageClass object among the inputs, if defined there. */
  resource?: Resource;
  /** Where the class is defined. */
  origin: 'input' | 'profile' | 'missing';
}

export function storageClasses(index: ResourceIndex): { info: StorageClassInfo; resource: Resource }[] {
  return index.served('StorageClass').map((r) => ({ info: storageClassInfo(r.object as unknown as StorageClass), resource: r }));
}

/** The StorageClasses among the inputs that are marked default, sorted by name. */
export function inputDefaultClasses(index: ResourceIndex): { info: StorageClassInfo; resource: Resource }[] {
  return storageClasses(index)
    .filter((c) => c.info.isDefault)
    .sort((a, b) => (a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0));
}

/**
 * The default StorageClasses: the inputs', else the profile's. With several, the API server gives
 * a claim the most recently created one, which manifests do not tell: the last by name stands in
 * for it, so that the answer does not depend on the order of the files (default-storage-class
 * reports the clash).
 */
export function defaultClasses(index: ResourceIndex, cluster: ClusterProfile | undefined): { info: StorageClassInfo; resource?: Resource }[] {
  const fromInputs = inputDefaultClasses(index);
  if (fromInputs.length) return fromInputs;
  return (cluster?.storageClasses ?? []).filter((c) => c.isDefault).map((info) => ({ info }));
}

/**
 * `claim` is a PVC object or a claim template; `base` is the path of that claim inside its
 * resource ([] for a PVC, ['spec', 'volumeClaimTemplates', i] for a template).
 */
export function classOf(claim: PersistentVolumeClaim, base: Path, index: ResourceIndex, cluster: ClusterProfile | undefined): ClassLookup {
  const field = claim.spec?.storageClassName;
  const annotation = claim.metadata?.annotations?.[BETA_CLASS_ANNOTATION];
  let name: string | undefined;
  let path: Path;
  let via: ClassLookup['via'];
  if (typeof annotation === 'string' && annotation !== '') {
    // The beta annotation takes precedence over the field (pkg/apis/core/helper GetPersistentVolumeClaimClass).
    name = annotation;
    path = [...base, 'metadata', 'annotations', BETA_CLASS_ANNOTATION];
    via = 'annotation';
  } else if (typeof field === 'string') {
    if (field === '') return { name: '', path: [...base, 'spec', 'storageClassName'], via: 'static', origin: 'input' };
    name = field;
    path = [...base, 'spec', 'storageClassName'];
    via = 'field';
  } else {
    const defaults = defaultClasses(index, cluster);
    const chosen = defaults[defaults.length - 1];
    if (!chosen) return { name: undefined, path: [...base, 'spec'], via: 'none', origin: 'missing' };
    return { name: chosen.info.name, path: [...base, 'spec'], via: 'default', info: chosen.info, origin: chosen.resource ? 'input' : 'profile', ...(chosen.resource ? { resource: chosen.resource } : {}) };
  }
  const inInputs = storageClasses(index).filter((c) => c.info.name === name);
  const hit = inInputs[inInputs.length - 1];
  if (hit) return { name, path, via, info: hit.info, resource: hit.resource, origin: 'input' };
  const fromProfile = cluster?.storageClasses.find((c) => c.name === name);
  if (fromProfile) return { name, path, via, info: fromProfile, origin: 'profile' };
  return { name, path, via, origin: 'missing' };
}

/** Every claim stsplan checks: standalone PVCs and StatefulSet claim templates. */
export interface ClaimRef {
  resource: Resource;
  claim: PersistentVolumeClaim;
  /** Path of the claim inside the resource. */
  base: Path;
  /** "claim template www" for a StatefulSet's template; "" for a PVC (the finding names its object). */
  label: string;
  /** `label: `, or "" for a PVC: the start of a message about this claim. */
  prefix: string;
}

/**
 * `objectOf` gives the object to read for a resource: the manifest by default, or the copy the API
 * server validates (admitted.ts) for the rules that validate claims.
 */
export function claimsOf(resources: { pvcs: Resource[]; statefulSets: Resource[] }, objectOf: (r: Resource) => unknown = (r) => r.object): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const r of resources.pvcs) out.push({ resource: r, claim: objectOf(r) as PersistentVolumeClaim, base: [], label: '', prefix: '' });
  for (const r of resources.statefulSets) {
    const spec = (objectOf(r) as { spec?: { volumeClaimTemplates?: unknown } }).spec;
    const list = spec?.volumeClaimTemplates;
    if (!Array.isArray(list)) continue;
    list.forEach((t, i) => {
      if (typeof t !== 'object' || t === null) return;
      const claim = t as PersistentVolumeClaim;
      const label = `claim template ${claim.metadata?.name ?? i}`;
      out.push({ resource: r, claim, base: ['spec', 'volumeClaimTemplates', i], label, prefix: `${label}: ` });
    });
  }
  return out;
}
