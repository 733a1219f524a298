/**
 * Kubernetes versions stsplan knows and the feature gates whose defaults change its answers
 * (statefulset-semantics.md §12, pkg/features/kube_features.go).
 */
import type { FieldSegment } from './values.js';
export declare const SUPPORTED_VERSIONS: readonly ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"];
export declare const DEFAULT_VERSION = "1.36";
export interface KubeVersion {
    minor: number;
    /** Patch release; undefined means "the latest patch of that minor". */
    patch: number | undefined;
    /** The minor version whose schemas are used, e.g. "1.36". */
    schema: string;
    text: string;
}
export declare function parseKubeVersion(input: string): KubeVersion | string;
export type FeatureGates = Record<string, boolean>;
/**
 * Gates that drop a field of the kinds stsplan reads when they are off, and the first release each
 * is on by default (pkg/features/kube_features.go, versioned feature specs); undefined: off in every
 * release stsplan knows. MaxUnavailableStatefulSet has its own history (defaultGates).
 */
export declare const FIELD_GATES: Record<string, number | undefined>;
export declare const KNOWN_GATES: readonly ["MaxUnavailableStatefulSet", "StatefulSetAutoDeletePVC", "StatefulSetStartOrdinal", "PodIndexLabel", ...string[]];
/** Default feature gates of a release, as the control plane starts without --feature-gates. */
export declare function defaultGates(v: KubeVersion): FeatureGates;
/**
 * Whether `gate` is on: as `--feature-gates` sets it, else its default on the release (the gates of
 * FIELD_GATES are not in defaultGates, whose set the plan reports print).
 */
export declare function gateEnabled(gates: FeatureGates, gate: string, v: KubeVersion): boolean;
/** Parses `Name=true,Other=false` as kube-apiserver's --feature-gates does. */
export declare function parseFeatureGates(input: string): FeatureGates | string;
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
/**
 * Fields the registry strategies drop before validation when their gate is off, unless the stored
 * object already uses them (on update): the API server then neither validates nor keeps them.
 */
export declare const GATED_FIELDS: readonly GatedField[];
