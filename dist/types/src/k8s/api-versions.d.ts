export interface RemovedApi {
    apiVersion: string;
    kinds: readonly string[];
    /** First minor version (1.N) that no longer serves it. */
    removedIn: number;
    /** The apiVersion to use instead; null when the API has no successor. */
    replacement: string | null;
    /** What changed in the replacement, or what to do when there is none. */
    note?: string;
}
/**
 * Group/versions that stopped being served before 1.29, per the Kubernetes Deprecated API
 * Migration Guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/,
 * kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md), plus
 * ControllerRevision, which went with the rest of apps/v1beta1 and apps/v1beta2 in 1.16
 * (validation-rules.md §6). flowcontrol.apiserver.k8s.io/v1beta2 (1.29) is here too: the
 * documents start at 1.29, so they cannot show it served in 1.28.
 */
export declare const REMOVED_BEFORE: readonly RemovedApi[];
export type Stage = 'ga' | 'beta' | 'alpha';
/** Another apiVersion that serves the kind on the target. */
export interface Alternative {
    apiVersion: string;
    enabledByDefault: boolean;
}
export type ApiStatus = 
/** Not a built-in group (a custom resource, an aggregated API): not stsplan's to judge. */
{
    status: 'custom';
}
/** Served, on by default, and not removed in a later version the table knows. */
 | {
    status: 'served';
}
/** Served by the target, but off by default (`offByDefault`) or removed in a later release (`removedIn`), or both. */
 | {
    status: 'deprecated';
    offByDefault?: 'alpha' | 'beta';
    removedIn?: number;
    alternative?: Alternative;
    note?: string;
}
/** Served before the target and no longer: removed in `removedIn`. */
 | {
    status: 'removed';
    removedIn: number;
    alternative?: Alternative;
    note?: string;
}
/**
 * The group/version has no such kind on the target: a misspelt kind (`suggestion`), a kind of
 * another group/version (`alternative`), or a version that comes later (`firstServed`).
 */
 | {
    status: 'no-match';
    suggestion?: {
        kind: string;
        apiVersion: string;
    };
    alternative?: Alternative;
    firstServed?: number;
};
/** Whether a group belongs to the built-in API: in the OpenAPI documents, or removed before them (extensions). */
export declare function isBuiltinGroup(group: string): boolean;
export declare function stageOf(apiVersion: string): Stage;
/** The group/versions that serve a kind on a minor version. */
export declare function servingApiVersions(kind: string, minor: number): string[];
/**
 * The best other apiVersion for a kind on the target: the object's own group first, then one
 * served by default, then by version priority.
 */
export declare function alternativeFor(kind: string, minor: number, apiVersion: string): Alternative | undefined;
/** What the target minor version's API server makes of an object's apiVersion and kind. */
export declare function apiStatus(apiVersion: string, kind: string, minor: number): ApiStatus;
