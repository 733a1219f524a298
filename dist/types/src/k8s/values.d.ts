/**
 * Reading plain JSON values of untrusted objects, and showing them in messages, for the validation
 * ports: a field of the wrong type reads as absent, never throws.
 */
import type { Path } from '../types.js';
/** A value as the API server's messages quote it: strings in quotes, numbers and booleans bare. */
export declare const show: (v: unknown) => string;
export declare const str: (v: unknown) => string;
export declare const num: (v: unknown) => number | undefined;
export declare const list: (v: unknown) => unknown[];
export declare const strings: (v: unknown) => string[];
/**
 * The API server's field.Error texts (`<field>: <Type>: <detail>`, as `kubectl apply` prints a
 * field.ErrorList): one place for every validation port; `field` is the path as upstream names it.
 */
export declare const fieldError: {
    invalid: (field: string, value: unknown, detail: string) => string;
    required: (field: string, detail?: string) => string;
    forbidden: (field: string, detail: string) => string;
    duplicate: (field: string, value: unknown) => string;
    unsupported: (field: string, value: unknown, supported: readonly string[]) => string;
};
/** One segment of a field pattern: a field name, '*' for every list item (or map value), or any of several names. */
export type FieldSegment = string | '*' | readonly string[];
/** [parent, key, path] of every field that `segs` names below `node` (a field that is present, of any value). */
export declare function fieldsAt(node: unknown, segs: readonly FieldSegment[], at?: Path): Generator<[Record<string | number, unknown>, string | number, Path]>;
/** A path as the API server names the field: `spec.template.spec.containers[0].name`. */
export declare const fieldName: (path: Path) => string;
/**
 * field.ErrorType by the message id the rules report it under, with its String() (k8s.io/apimachinery
 * pkg/util/validation/field/errors.go). ErrorTypeTypeInvalid is left out: its String() is "Invalid
 * value" too, so its texts read (and classify) as `invalid`; no validation port gives it.
 */
export declare const FIELD_ERROR_TYPES: {
    readonly notFound: "Not found";
    readonly required: "Required value";
    readonly duplicate: "Duplicate value";
    readonly invalid: "Invalid value";
    readonly notSupported: "Unsupported value";
    readonly forbidden: "Forbidden";
    readonly tooLong: "Too long";
    readonly tooMany: "Too many";
    readonly internal: "Internal error";
};
export type FieldErrorType = keyof typeof FIELD_ERROR_TYPES;
/**
 * A field.Error text in parts: `${field}: ${FIELD_ERROR_TYPES[type]}${detail}`. `field` is the field
 * as the message names it, with the context a check adds where it speaks of a derived object
 * (`PVC name "data-…": metadata.name`); `detail` is the rest of ErrorBody() as upstream appends it,
 * each part after ": " (the value, then the detail), or "" (`spec.selector: Required value`).
 */
export interface FieldErrorParts<T extends FieldErrorType = FieldErrorType> {
    type: T;
    field: string;
    detail: string;
}
/**
 * The parts of a validation port's message, its type one of `types` (a rule's declared message
 * ids). Every port writes its messages as field.Error texts (fieldError above); a text that is not
 * one, or of a type the rule does not declare, is a bug, and throws (the engine reports it as the
 * rule's internal error) rather than reporting under a wrong id.
 */
export declare function fieldErrorOf<T extends FieldErrorType>(message: string, types: readonly T[]): FieldErrorParts<T>;
/**
 * The message templates of field.Error types for a rule's `meta.messages`: `{{field}}: <Type>{{detail}}`,
 * inside the rule's own wording (`around`, which places the text, e.g. `pod template: $& ({{when}})`).
 */
export declare function fieldErrorMessages<T extends FieldErrorType>(types: readonly T[], around?: string): Record<T, string>;
