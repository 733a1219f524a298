/**
 * How a claim gets a volume (spec/statefulset-semantics.md §6, spec/provisioners.md): its
 * StorageClass, that class's binding mode and whether its provisioner runs on the target cluster.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import { locate } from '../load/locate.js';
import { helmDocumentsOf, templateAtOffset } from '../load/helm-source.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { classOf } from '../lint/storage.js';
import type { Binding } from './sim/state.js';
import type { SourceLocation } from './types.js';

export function locationOf(resource: Resource, path: Path): SourceLocation {
  const { range } = locate(resource, path);
  const template = templateAtOffset(helmDocumentsOf(resource.file), range.start.offset);
  return { file: resource.file.path, line: range.start.line, column: range.start.column, ...(template !== undefined ? { template } : {}) };
}

export interface BindingResult {
  binding: Binding;
  /** An assumption the plan had to make (no cluster profile). */
  assumption?: string;
  /** Where the claim's class is set (binding.location, also when it was not computed). */
  locate(): SourceLocation;
}

function staticVolume(index: ResourceIndex, className: string, claimName: string): string | undefined {
  for (const r of index.served('PersistentVolume')) {
    const pv = r.object as unknown as PersistentVolume;
    const cls = pv.spec?.storageClassName ?? '';
    const ref = pv.spec?.claimRef;
    if (ref?.name && ref.name !== claimName) continue;
    if (cls === className) return r.name;
  }
  return undefined;
}

/**
 * `claim` is a PVC or a claim template at `base` inside `resource`; `claimName` the PVC's name.
 * Without `located`, binding.location is left out: positions in a large cluster snapshot cost a
 * parse of the whole List, and the plan names positions in the manifests planned.
 */
export function bindingOf(claim: PersistentVolumeClaim, base: Path, resource: Resource, claimName: string, index: ResourceIndex, cluster: ClusterProfile | undefined, located = true): BindingResult {
  const r = bindingAt(claim, base, resource, claimName, index, cluster, located);
  return { ...r, locate: () => r.binding.location ?? locationOf(resource, classOf(claim, base, index, cluster).path) };
}

function bindingAt(claim: PersistentVolumeClaim, base: Path, resource: Resource, claimName: string, index: ResourceIndex, cluster: ClusterProfile | undefined, located: boolean): Omit<BindingResult, 'locate'> {
  const cls = classOf(claim, base, index, cluster);
  const location = located ? locationOf(resource, cls.path) : undefined;
  if (cls.via === 'static') {
    const pv = staticVolume(index, '', claimName);
    if (pv) return { binding: { mode: 'Immediate', className: '', reason: `bound to the pre-created PersistentVolume ${pv} (storageClassName: "")`, ...(location ? { location } : {}) } };
    return { binding: { mode: 'never', className: '', reason: 'storageClassName "" asks for a pre-created PersistentVolume and none in the inputs matches', ...(location ? { location } : {}) } };
  }
  if (cls.via === 'none') {
    if (cluster) return { binding: { mode: 'never', className: null, reason: `no storageClassName and cluster profile "${cluster.name}" has no default StorageClass`, ...(location ? { location } : {}) } };
    return {
      binding: { mode: 'Immediate', className: null, reason: "bound by the cluster's default StorageClass (assumed)", ...(location ? { location } : {}) },
      assumption: 'no storageClassName and no default StorageClass in the inputs: the plan assumes the cluster has a default class that binds at once (pass --cluster to know)',
    };
  }
  const name = cls.name!;
  if (!cls.info) {
    if (cluster) return { binding: { mode: 'never', className: name, reason: `StorageClass ${name} does not exist on cluster profile "${cluster.name}" or in the inputs`, ...(location ? { location } : {}) } };
    return {
      binding: { mode: 'Immediate', className: name, reason: `bound (StorageClass ${name}, assumed to exist)`, ...(location ? { location } : {}) },
      assumption: `StorageClass ${name} is not in the inputs: the plan assumes the cluster has it and that it binds at once (pass --cluster or add the StorageClass to know)`,
    };
  }
  const info = cls.info;
  if (info.provisioner === 'kubernetes.io/no-provisioner') {
    const pv = staticVolume(index, name, claimName);
    if (pv) return { binding: { mode: 'WaitForFirstConsumer', className: name, reason: `bound to the local PersistentVolume ${pv} (StorageClass ${name})`, ...(location ? { location } : {}) } };
    return { binding: { mode: 'never', className: name, reason: `StorageClass ${name} has no provisioner (kubernetes.io/no-provisioner) and no PersistentVolume of that class is in the inputs`, ...(location ? { location } : {}) } };
  }
  if (cluster && info.provisioner !== '' && !cluster.provisioners.includes(info.provisioner)) {
    return { binding: { mode: 'never', className: name, reason: `the provisioner ${info.provisioner} of StorageClass ${name} does not run on cluster profile "${cluster.name}"`, ...(location ? { location } : {}) } };
  }
  if (info.volumeBindingMode === 'WaitForFirstConsumer') return { binding: { mode: 'WaitForFirstConsumer', className: name, reason: `StorageClass ${name}, volumeBindingMode WaitForFirstConsumer`, ...(location ? { location } : {}) } };
  return { binding: { mode: 'Immediate', className: name, reason: `provisioned and bound at once (StorageClass ${name}, volumeBindingMode Immediate)`, ...(location ? { location } : {}) } };
}
