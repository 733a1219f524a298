/**
 * The object as the API server validates it: a copy with the defaults of SetDefaults_* applied
 * (defaults.ts applyApiDefaults: an empty value that defaulting replaces is never validated) and the
 * fields of disabled feature gates dropped (what the registry strategies' PrepareForCreate /
 * PrepareForUpdate do before validation, versions.ts GATED_FIELDS). Values stay at their paths, so a
 * problem found in the copy points into the manifest. Made once per resource and run (several rules
 * validate the same object).
 */
import type { KubeObject, Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { RuleOptions } from './rule.js';
import type { Path } from '../types.js';
import { type GatedField } from '../k8s/versions.js';
export interface DroppedField {
    /** Path of the dropped field inside the object. */
    path: Path;
    value: unknown;
    entry: GatedField;
}
export interface Admitted {
    object: KubeObject;
    /** Fields the API server drops (gate off, not in use in the stored object): no effect, not validated. */
    dropped: DroppedField[];
}
/** What admission depends on besides the object: the release and gates, and the stored objects (`--from`/`--base`). */
export interface AdmissionContext {
    readonly options: RuleOptions;
    readonly base: ResourceIndex | undefined;
    readonly index: ResourceIndex;
}
/** The admitted copy of `r` (defaults applied, gate-disabled fields dropped) and what was dropped. */
export declare function admitted(r: Resource, ctx: AdmissionContext): Admitted;
/** The admitted copy's object, typed as the caller reads it. */
export declare function admittedAs<T>(r: Resource, ctx: AdmissionContext): T;
