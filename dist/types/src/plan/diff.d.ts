import type { Resource } from '../resource.js';
/**
 * The unified diff of one object, or undefined when the two are the same. `namespace` is where
 * objects that name none land: both sides are compared as the API server stores them.
 */
export declare function objectDiff(before: Resource, after: Resource, beforeIsLive: boolean, namespace?: string): string | undefined;
