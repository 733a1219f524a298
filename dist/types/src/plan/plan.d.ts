import type { Resource } from '../resource.js';
import type { InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { type FeatureGates, type KubeVersion } from '../k8s/versions.js';
import { type Bounds } from './compress.js';
import type { Plan } from './types.js';
export interface PlanOptions {
    /** "1.36" (default) or "1.35.2". */
    kubeVersion?: string;
    featureGates?: FeatureGates;
    cluster?: ClusterProfile;
    /** Cluster DNS zone (default cluster.local). */
    clusterDomain?: string;
    /** Namespace of objects that set none (default "default"). */
    defaultNamespace?: string;
    /** `kubectl scale` instead of an apply: the desired manifests are what runs now. */
    scale?: {
        name: string;
        namespace?: string;
        replicas: number;
    }[];
}
/** What the planner plans from: both sides loaded, and what the API server would reject on apply. */
export interface PlanInput {
    /** The objects to apply. */
    desired: Resource[];
    /** What exists: earlier manifests, or the objects of a cluster snapshot (`snapshot`); null when no current state was given (a fresh cluster). */
    current: Resource[] | null;
    snapshot: boolean;
    /** The API server's rejections of desired objects (prepare.ts finds them with the rules of category `rejected`). */
    rejections: ApiRejection[];
    /** Inputs that could not be read or parsed, reported in the plan. */
    inputErrors: InputError[];
}
/** One error the API server would answer an apply of a desired object with. */
export interface ApiRejection {
    file: string;
    /** The object's document in its file, and its kind and name. */
    document: number;
    kind: string;
    name: string;
    /** The API server's message, with where in the manifest the field is. */
    message: string;
}
/** Checks the options that do not need the inputs; throws OptionsError. */
/** The options with their defaults filled in and checked; throws OptionsError for invalid ones. */
export declare function resolvePlanOptions(options: PlanOptions): {
    version: KubeVersion;
    gates: FeatureGates;
    defaultNamespace: string;
    clusterDomain: string;
};
/**
 * The planner: applying `input.desired` over `input.current`, as the StatefulSet controller, the
 * volume binder and cluster DNS carry it out. Pure and synchronous: no I/O, no loading, no rules.
 * Throws OptionsError for invalid options; never for bad input.
 */
export declare function planObjects(input: PlanInput, options?: PlanOptions, bounds?: Bounds): Plan;
