/**
 * Schema validation with the standalone ajv validators compiled at build time
 * (schemas/compile.ts): nothing is compiled at start-up, and only the target version's modules
 * are loaded.
 */
import { type Path } from '../types.js';
/**
 * The kinds of schema error, by the ajv keyword that fails (the `schema` rule's message ids):
 * `other` for a keyword this module gives no wording of its own (none of the compiled validators
 * has one: test/validators.test.ts checks their keywords).
 */
export type SchemaErrorKind = 'unknownField' | 'required' | 'typeInvalid' | 'invalidQuantity' | 'outOfRange' | 'other';
/** The handled ajv keywords by the kind they give. */
export declare const SCHEMA_KEYWORDS: Readonly<Record<string, SchemaErrorKind>>;
export interface SchemaError {
    kind: SchemaErrorKind;
    /** The parts of `message`, by the placeholder names of the `schema` rule's message of `kind`. */
    data: Readonly<Record<string, string>>;
    path: Path;
    /** Point at the key (unknown fields) rather than the value. */
    key: boolean;
    message: string;
    hint?: string;
    /** A required field is missing (not reported on partial objects: they leave it to what they patch). */
    required?: true;
}
interface AjvError {
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
}
type Validator = ((data: unknown) => boolean) & {
    errors?: AjvError[] | null;
};
type ValidatorModule = Record<string, Validator>;
/**
 * The module of one Kubernetes minor version's validators, as schemas/compile.ts writes it (the
 * build copies them into dist/validators/). It imports the shared module of the definitions it
 * reaches (beside it), and nothing else.
 */
export declare const validatorUrl: (version: string) => URL;
/** Loads the validators of one Kubernetes minor version ("1.36"). */
export declare function loadValidators(version: string): Promise<ValidatorModule>;
/** Removes null map values, as the API server's decoder treats them as absent. */
export declare function stripNulls(v: unknown): unknown;
/**
 * Validates an object (nulls already stripped) and returns its problems plus a copy with every
 * invalid value removed, so that rules can trust the types of what is left.
 */
export declare function validate(validator: Validator, object: unknown): {
    errors: SchemaError[];
    pruned: unknown;
};
export {};
