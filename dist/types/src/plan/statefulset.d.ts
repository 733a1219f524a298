import type { Resource } from '../resource.js';
import { type Item } from './compress.js';
import type { StatefulSetPlan } from './types.js';
import { type Ctx } from './context.js';
export interface SetResult {
    plan: StatefulSetPlan;
    /** The set's events and runs in the order they happen. */
    items: Item[];
}
export declare function planSet(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): SetResult;
