/**
 * Every enumerated value the API server checks on the kinds stsplan reads, in one table. The shipped
 * OpenAPI documents carry no `enum`, so these checks cannot come from `schemas/`. Each entry names the
 * upstream function that checks it and the releases it applies to; validation runs on the object after
 * the API server's defaulting (an empty value that `SetDefaults_*` replaces never reaches these checks).
 */
import type { Path } from '../types.js';
import { type FieldSegment } from './values.js';
/** Where an entry's path starts: the object itself, or a pod spec (inside a StatefulSet's template). */
export type EnumScope = 'StatefulSet' | 'Service' | 'PersistentVolumeClaim' | 'StorageClass' | 'PodDisruptionBudget' | 'PodSpec';
/** One segment of an entry's path (values.ts FieldSegment): a name, '*' for every item, or any of several names. */
export type EnumSegment = FieldSegment;
export interface EnumField {
    scope: EnumScope;
    path: readonly EnumSegment[];
    values: readonly string[];
    /** The upstream function that rejects other values, e.g. 'core/validation validateContainerPorts'. */
    source: string;
    /** First and last minor release (1.x) the entry applies to; open-ended when absent. */
    since?: number;
    until?: number;
    /**
     * How upstream words the rejection: 'unsupported' (field.NotSupported, the default), or an
     * 'invalid' detail (field.Invalid with this text).
     */
    invalid?: string;
    /**
     * Value that `SetDefaults_*` puts in place of an empty one (a non-pointer field compared with ""):
     * the API server never validates "" there, so "" is accepted. Leave it out for pointer fields
     * (defaulted only when absent: "" is rejected) and for fields without defaulting.
     */
    default?: string;
    /**
     * The field path upstream names in its message when it differs from the value's path (it omits
     * the list index, e.g. `volumeMounts.mountPropagation`): the value's path with the index after
     * this segment removed.
     */
    messageDropsIndexAfter?: string;
    /** With messageDropsIndexAfter: upstream names the list itself (`resizePolicy`), not a field of its item. */
    messageNamesList?: boolean;
    /**
     * How upstream treats "" where no default replaces it: 'valid' (accepted as is, e.g. a toleration's
     * empty effect matches every effect), or `{ required }`, the detail of the field.Required it gives.
     * Absent: "" is an unsupported value like any other.
     */
    empty?: 'valid' | {
        required: string;
    };
    /** Upstream reports the rejected value at the parent field (validateOS: `spec.os`, not `spec.os.name`). */
    atParent?: boolean;
    /**
     * Upstream reports the value on the enclosing field (the path without its last segment), with
     * that field's whole value: apps/validation rejects an unknown `updateStrategy.type` as
     * `spec.updateStrategy: Invalid value: …`. The finding still points at the field itself.
     */
    reportOnParent?: boolean;
    /**
     * When upstream checks the field only on some objects (`externalTrafficPolicy` only on externally
     * accessible Services: elsewhere any value is a cross-field error instead). Absent: always.
     */
    applies?: (object: unknown) => boolean;
}
export declare const ENUMS: readonly EnumField[];
/** The values an entry allows on a release (for rules that word their own message, e.g. access modes). */
export declare function enumValues(scope: EnumScope, path: readonly EnumSegment[], minor: number): readonly string[] | undefined;
export interface EnumProblem {
    path: Path;
    /** The value the API server rejects. */
    value: string;
    entry: EnumField;
    /** With `reportOnParent`: the enclosing field's path and value, which the message names. */
    parent?: {
        path: Path;
        value: unknown;
    };
}
/** The enumerated fields of `object` (a `scope` object, or a pod spec at `base`) whose value is not allowed on `minor`. */
export declare function enumProblems(scope: EnumScope, object: unknown, base: Path, minor: number): EnumProblem[];
/**
 * The message upstream gives for one enum problem, with `field` the formatted path (of the parent,
 * for a `reportOnParent` entry: pass `fieldName(p.parent.path)`).
 */
export declare function enumMessage(p: EnumProblem, field: string): string;
