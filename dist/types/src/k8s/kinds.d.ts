/** The kinds stsplan reads, and facts about kinds and apiVersions that do not depend on a release. */
/**
 * apiVersions stsplan validates and checks, per kind. HorizontalPodAutoscalers (autoscaling/v2 and
 * v1) are read too, for hpa-replicas-conflict and the planner, but not schema-validated: k8s/hpa.ts
 * checks the few fields it reads by hand.
 */
export declare const SERVED: Record<string, string>;
export declare function isClusterScoped(kind: string): boolean;
/** The API group of an apiVersion: "apps/v1" → "apps", "v1" → "" (core). */
export declare function groupOf(apiVersion: string): string;
