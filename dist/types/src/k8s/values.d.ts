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
