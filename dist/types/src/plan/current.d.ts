/**
 * The current state against the desired one: which revisions a live set has had, whether its
 * template changed, what an apply changes, and the changes the API server rejects.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Resource } from '../resource.js';
import { type SetSpec } from './sim/state.js';
import type { SnapshotPods } from './state.js';
import type { Rejection } from './types.js';
import type { Ctx } from './context.js';
/** The snapshot's status and ControllerRevisions: which revisions the set has had. */
export declare function snapshotRevisions(live: Resource, pods: SnapshotPods, ctx: Ctx, ns: string): {
    known: Set<string>;
    current: string | null;
    update: string | null;
};
/** The live template equals the desired one: compare with what was last applied, or as a subset of the live object. */
export declare function sameTemplate(desired: StatefulSet, live: Resource): boolean;
export declare function describeChanges(before: StatefulSet | undefined, after: StatefulSet | undefined, spec: SetSpec | null, newRevision: boolean, rolledBack: boolean): string[];
export declare function rejectionFor(r: Resource, before: StatefulSet, after: StatefulSet, ctx: Ctx): Rejection | null;
