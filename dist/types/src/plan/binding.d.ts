/**
 * How a claim gets a volume (spec/statefulset-semantics.md §6, spec/provisioners.md): its
 * StorageClass, that class's binding mode and whether its provisioner runs on the target cluster.
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { Binding } from './sim/state.js';
import type { SourceLocation } from './types.js';
export declare function locationOf(resource: Resource, path: Path): SourceLocation;
export interface BindingResult {
    binding: Binding;
    /** An assumption the plan had to make (no cluster profile). */
    assumption?: string;
    /** Where the claim's class is set (binding.location, also when it was not computed). */
    locate(): SourceLocation;
}
/**
 * `claim` is a PVC or a claim template at `base` inside `resource`; `claimName` the PVC's name.
 * Without `located`, binding.location is left out: positions in a large cluster snapshot cost a
 * parse of the whole List, and the plan names positions in the manifests planned.
 */
export declare function bindingOf(claim: PersistentVolumeClaim, base: Path, resource: Resource, claimName: string, index: ResourceIndex, cluster: ClusterProfile | undefined, located?: boolean): BindingResult;
