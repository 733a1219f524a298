/**
 * What the parts of the planner share while they plan one input: the indexes of both sides, the
 * options with their defaults, and the warnings and blocked rollouts found so far.
 */
import type { ResourceIndex } from '../load/resource-index.js';
import type { InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { FeatureGates } from '../k8s/versions.js';
import type { Bounds } from './compress.js';
import type { Blocked, Counts, PlanWarning } from './types.js';
export declare const ZERO: Counts;
export interface Ctx {
    /** What the parts read of the options, defaults filled in. */
    options: {
        cluster: ClusterProfile | undefined;
        clusterDomain: string;
        kubeVersion: string;
    };
    gates: FeatureGates;
    desired: ResourceIndex;
    current: ResourceIndex;
    /** Where claims look up StorageClasses and PersistentVolumes: desired, then current objects. */
    storage: ResourceIndex;
    snapshot: boolean;
    warnings: PlanWarning[];
    blocked: Blocked[];
    /** Malformed snapshot objects, reported where they are. */
    inputErrors: InputError[];
    bounds: Bounds;
    /** Warnings already given, to give each once. */
    warningKeys: Set<string>;
}
export declare const warningKey: (message: string, statefulSet: string | undefined, namespace: string | undefined) => string;
export declare function addWarning(ctx: Ctx, w: PlanWarning): void;
