import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { type Ctx } from './context.js';
import type { StatefulSetPlan } from './types.js';
/** Whether the planner gave this desired object the live `spec.replicas` (the manifest has none). */
export declare function keepsLiveReplicas(r: Resource): boolean;
/**
 * The desired objects as the apply leaves them: with a cluster snapshot, a StatefulSet manifest
 * without spec.replicas keeps the live count when the last applied configuration did not set it
 * either (the HPA setup done right). Where it did, the planner's default of 1 is what happens.
 */
export declare function keepLiveReplicas(desired: Resource[], current: ResourceIndex, snapshot: boolean): Resource[];
/**
 * The plan's warnings about who owns replicas, for each StatefulSet the apply changes: an HPA
 * among the inputs or in the snapshot that scales a set whose manifest sets replicas (what this
 * apply does to the live count, and that the autoscaler scales again), and a manifest that drops
 * replicas the last apply set (the count falls to 1).
 */
export declare function replicasWarnings(ctx: Ctx, plans: readonly StatefulSetPlan[]): void;
