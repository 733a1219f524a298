/**
 * The API server's validation rules that a JSON Schema cannot express
 * (pkg/apis/apps/validation, pkg/apis/core/validation, pkg/apis/storage/validation,
 * pkg/apis/policy/validation; spec/validation-rules.md). Each function returns problems with the
 * path inside the object and the message in the API's `field: Type: detail` form.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Path } from '../types.js';
import { type EnumScope } from './enums.js';
import { type IPFamily } from './ip.js';
export interface Problem {
    path: Path;
    message: string;
    hint?: string;
    key?: boolean;
}
export declare const invalid: (path: Path, value: unknown, detail: string, hint?: string) => Problem;
export declare const required: (path: Path, detail?: string, at?: Path) => Problem;
export declare const forbidden: (path: Path, detail: string, hint?: string) => Problem;
export declare const duplicate: (path: Path, value: unknown) => Problem;
export declare function names(path: Path, value: string, check: (v: string) => string[]): Problem[];
/** The enumerated fields of the table (enums.ts) that `object` gets wrong on `minor`. */
export declare function enumChecks(scope: EnumScope, object: unknown, base: Path, minor: number): Problem[];
/** metav1validation.ValidateLabelSelector. */
export declare function labelSelector(sel: LabelSelector | undefined, path: Path): Problem[];
/**
 * The values an `In`/`NotIn`/`Exists`/`DoesNotExist` requirement needs (metav1validation
 * ValidateLabelSelectorRequirement, core ValidateNodeSelectorRequirement), at requirement `p`;
 * undefined for another operator, which each caller judges itself.
 */
export declare function operatorValueCount(operator: unknown, values: readonly unknown[], p: Path): Problem[] | undefined;
/**
 * metav1validation.ValidateLabels, for every label map (object labels, a selector's matchLabels, a
 * Service's selector, a pod's nodeSelector): keys are qualified names, values label values. Upstream
 * names the map, not the key; the finding points at the key or the value.
 */
export declare function labelMap(labels: unknown, at: Path): Problem[];
declare function labelsAndAnnotations(meta: unknown, path: Path): Problem[];
/** The finalizers core/validation calls standard: the only names allowed without a `/`. */
export declare const STANDARD_FINALIZERS: readonly ["kubernetes", "orphan", "foregroundDeletion"];
/**
 * apimachinery ValidateFinalizers (each a qualified name, reported on the list; `orphan` and
 * `foregroundDeletion` not both) and core/validation validateKubeFinalizerName (a name without a
 * prefix must be a standard one, reported on the item). Duplicates are not checked upstream.
 */
export declare function finalizers(meta: unknown, path: Path): Problem[];
/** Object metadata: the name grammar of the kind, namespace, labels and annotations. */
export declare function objectMeta(kind: string, object: {
    metadata?: unknown;
}): Problem[];
/** ValidateStatefulSetSpec. */
export declare function statefulSetSpec(sts: StatefulSet, minor: number): Problem[];
/**
 * core/validation ValidateService on the created object (after SetDefaults_Service and the
 * registry's PrepareForCreate: `type`, `sessionAffinity`, port `protocol` and
 * `externalTrafficPolicy` are defaulted; a `sessionAffinityConfig` beside `sessionAffinity: None`
 * is cleared; `clusterIPs` follows `clusterIP`). What depends on the cluster's IP families is
 * `serviceClusterProblems`.
 */
export declare function serviceSpec(svc: Service, minor: number): Problem[];
/** A problem that depends on the cluster's Service IP families; `cluster` says whether the profile knew them. */
export interface ClusterProblem extends Problem {
    /** True when the cluster profile states its IP families (the problem is certain there). */
    known: boolean;
    /** Which allocation check: RequireDualStack on a single-stack cluster, or a family the cluster does not serve. */
    check: 'dualStack' | 'family';
    /** The API server's field.Error (the message itself where `known`). */
    apiMessage: string;
    /** The family a `family` check rejects. */
    family?: IPFamily;
}
/**
 * The registry's IP family allocation (pkg/registry/core/service/storage alloc.go
 * initIPFamilyFields) on a cluster serving `clusterFamilies` (undefined: not known). A headless
 * Service without selector is exempt upstream. Without the cluster's families, the checks become
 * "fails on a cluster that …" findings (`known: false`).
 */
export declare function serviceClusterProblems(svc: Service, clusterFamilies: readonly IPFamily[] | undefined): ClusterProblem[];
/** ValidatePersistentVolumeClaimSpec (access modes are the access-mode-invalid rule). */
export declare function claimSpec(claim: PersistentVolumeClaim, base: Path, minor: number): Problem[];
/**
 * A claim template as what it becomes (apps/validation checks only its spec, since 1.34:
 * claimSpec): its name is a pod volume name (core/validation validateVolumes: a DNS-1123 label) and
 * the start of each PVC name `<template>-<statefulset>-<ordinal>` (a DNS subdomain); its metadata is
 * the PVC's (ValidateObjectMeta: labels, annotations, finalizers). Lengths are name-too-long's.
 * `base` is the template's path.
 */
export declare function claimTemplateMeta(template: PersistentVolumeClaim, base: Path): Problem[];
/** ValidateStorageClass. */
export declare function storageClass(sc: StorageClass, minor: number): Problem[];
/** ValidatePodDisruptionBudgetSpec. */
export declare function pdbSpec(pdb: PodDisruptionBudget, minor: number): Problem[];
export { labelsAndAnnotations };
