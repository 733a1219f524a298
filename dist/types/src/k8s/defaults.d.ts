/**
 * The API server's defaulting of what the planner compares and hashes
 * (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe,
 * SetDefaults_Volume …; pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet), on plain JSON.
 * It covers the fields manifests commonly set; a field it does not know keeps its value.
 */
import type { StatefulSetSpec } from 'kubernetes-types/apps/v1.js';
type Json = Record<string, unknown>;
/** A deep copy of plain JSON (manifest objects are plain JSON). */
export declare const clone: <T>(v: T) => T;
/** A pod template as the API server stores it (as read back through apps/v1). */
export declare function defaultPodTemplate(template: unknown): Json;
/** A claim template (or PVC) with its defaults and canonical quantities, for comparison. */
export declare function defaultClaim(claim: unknown): Json;
/** A StatefulSet spec with the defaults of SetDefaults_StatefulSet, for comparison. */
export declare function defaultStatefulSetSpec(spec: StatefulSetSpec | undefined): Json;
/**
 * The API server's defaulting of one object of the kinds stsplan reads, in place (SetDefaults_* of
 * core/v1, apps/v1, storage/v1; policy/v1 has none for PodDisruptionBudget): what validation then
 * sees. Values stay where they are (paths into the manifest stay valid); nothing is removed except
 * what defaulting itself clears (a Service's sessionAffinityConfig with sessionAffinity None).
 */
export declare function applyApiDefaults(kind: string, object: Json): void;
export {};
