/** The kinds stsplan reads, and facts about kinds and apiVersions that do not depend on a release. */
/** apiVersions stsplan validates and checks, per kind. */
export declare const SERVED: Record<string, string>;
export declare function isClusterScoped(kind: string): boolean;
/** The API group of an apiVersion: "apps/v1" → "apps", "v1" → "" (core). */
export declare function groupOf(apiVersion: string): string;
