/**
 * Which changes the API server rejects on update (ValidateStatefulSetUpdate in
 * pkg/apis/apps/validation/validation.go; ValidateServiceUpdate in pkg/apis/core/validation).
 * Shared by the `immutable-field-changed` rule and the planner.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
/** The spec fields an update may change; any other difference is rejected. */
export declare const MUTABLE_STATEFULSET_FIELDS: string[];
export declare const STATEFULSET_UPDATE_FORBIDDEN = "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
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
/** Leaf paths where two JSON values differ (lists compared by index). */
export declare function diffLeaves(a: unknown, b: unknown, path: Path, out: FieldChange[]): void;
/** The differences between two StatefulSets that an update is not allowed to make. */
export declare function statefulSetImmutableChanges(before: StatefulSet, after: StatefulSet): ImmutableChanges;
/**
 * The Service the API server stores when `desired` updates `current`: a manifest that leaves out
 * clusterIP keeps the current one (patchAllocatedValues), so a headless Service stays headless.
 */
export declare function withAllocatedValues(desired: Service, current: Service | undefined): Service;
/** A Service update that changes an allocated or `None` clusterIP: rejected ("may not change once set"). */
export declare function serviceImmutableChanges(before: Service, after: Service): FieldChange[];
/** How the API server words the rejection of a PVC spec change (ValidatePersistentVolumeClaimUpdate). */
export declare const CLAIM_SPEC_IMMUTABLE = "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";
/** PersistentVolumeClaimResize admission (plugin/pkg/admission/storage/persistentvolumeclaim/resize). */
export declare const CLAIM_RESIZE_FORBIDDEN = "only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize";
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
export declare function claimUpdateProblems(before: PersistentVolumeClaim, after: PersistentVolumeClaim, minor: number, expandable: boolean | undefined): ClaimUpdateProblem[];
