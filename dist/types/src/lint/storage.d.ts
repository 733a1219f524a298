/** Which StorageClass a claim gets, from the inputs first and the cluster profile second. */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path } from '../types.js';
import { type ClusterProfile, type StorageClassInfo } from '../k8s/profiles.js';
export declare const BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
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
export declare function storageClasses(index: ResourceIndex): {
    info: StorageClassInfo;
    resource: Resource;
}[];
/** The StorageClasses among the inputs that are marked default, sorted by name. */
export declare function inputDefaultClasses(index: ResourceIndex): {
    info: StorageClassInfo;
    resource: Resource;
}[];
/**
 * The default StorageClasses: the inputs', else the profile's. With several, the API server gives
 * a claim the most recently created one, which manifests do not tell: the last by name stands in
 * for it, so that the answer does not depend on the order of the files (default-storage-class
 * reports the clash).
 */
export declare function defaultClasses(index: ResourceIndex, cluster: ClusterProfile | undefined): {
    info: StorageClassInfo;
    resource?: Resource;
}[];
/**
 * `claim` is a PVC object or a claim template; `base` is the path of that claim inside its
 * resource ([] for a PVC, ['spec', 'volumeClaimTemplates', i] for a template).
 */
export declare function classOf(claim: PersistentVolumeClaim, base: Path, index: ResourceIndex, cluster: ClusterProfile | undefined): ClassLookup;
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
export declare function claimsOf(resources: {
    pvcs: Resource[];
    statefulSets: Resource[];
}, objectOf?: (r: Resource) => unknown): ClaimRef[];
