import { type LintInput } from '../lint/engine.js';
import type { LoadLimits } from '../resource.js';
import type { InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { type FeatureGates } from '../k8s/versions.js';
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
    /** The loader's limits (alias expansions, nesting, file and document size). */
    limits?: Partial<LoadLimits>;
    /** What the caller could not read before there were contents to plan (a missing file): reported after the planner's own input errors. */
    readErrors?: readonly InputError[];
}
/**
 * The current state: nothing (a fresh cluster), earlier manifests (`--from`, `--base`), or a
 * cluster snapshot (`--state`, e.g. `kubectl get statefulsets,pvc,pods,services,storageclasses -A -o yaml`).
 */
export type CurrentState = LintInput[] | {
    manifests: LintInput[];
} | {
    snapshot: LintInput[];
} | null;
/** Plans applying `desired` over `current`. Throws OptionsError for invalid options; never for bad input. */
export declare function plan(current: CurrentState, desired: LintInput[], options?: PlanOptions): Promise<Plan>;
/** plan() with other bounds (compress.ts): for tests that compare summarised and full plans of small sets. */
export declare function planWithBounds(current: CurrentState, desired: LintInput[], options: PlanOptions, bounds: Bounds): Promise<Plan>;
