/**
 * Reading plain JSON values of untrusted objects, and showing them in messages, for the validation
 * ports: a field of the wrong type reads as absent, never throws.
 */
import type { Path } from '../types.js';
import { isRecord } from './objects.js';

/** A value as the API server's messages quote it: strings in quotes, numbers and booleans bare. */
export const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : (JSON.stringify(v) ?? String(v)));
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/**
 * The API server's field.Error texts (`<field>: <Type>: <detail>`, as `kubectl apply` prints a
 * field.ErrorList): one place for every validation port; `field` is the path as upstream names it.
 */
export const fieldError = {
  invalid: (field: string, value: unknown, detail: string): string => `${field}: Invalid value: ${show(value)}: ${detail}`,
  required: (field: string, detail?: string): string => `${field}: Required value${detail ? `: ${detail}` : ''}`,
  forbidden: (field: string, detail: string): string => `${field}: Forbidden: ${detail}`,
  duplicate: (field: string, value: unknown): string => `${field}: Duplicate value: ${show(value)}`,
  unsupported: (field: string, value: unknown, supported: readonly string[]): string => `${field}: Unsupported value: ${show(value)}: supported values: ${supported.map(show).join(', ')}`,
};

/** One segment of a field pattern: a field name, '*' for every list item (or map value), or any of several names. */
export type FieldSegment = string | '*' | readonly string[];

/** [parent, key, path] of every field that `segs` names below `node` (a field that is present, of any value). */
export function* fieldsAt(node: unknown, segs: readonly FieldSegment[], at: Path = []): Generator<[Record<string | number, unknown>, string | number, Path]> {
  const [seg, ...rest] = segs;
  if (seg === undefined) return;
  const keys: (string | number)[] = [];
  if (seg === '*') {
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) keys.push(i);
    else if (isRecord(node)) keys.push(...Object.keys(node));
  } else if (isRecord(node)) {
    for (const name of typeof seg === 'string' ? [seg] : seg) if (Object.hasOwn(node, name)) keys.push(name);
  }
  const parent = node as Record<string | number, unknown>;
  for (const k of keys) {
    if (rest.length === 0) yield [parent, k, [...at, k]];
    else yield* fieldsAt(parent[k], rest, [...at, k]);
  }
}

/** A path as the API server names the field: `spec.template.spec.containers[0].name`. */
export const fieldName = (path: Path): string =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

/**
 * field.ErrorType by the message id the rules report it under, with its String() (k8s.io/apimachinery
 * pkg/util/validation/field/errors.go). ErrorTypeTypeInvalid is left out: its String() is "Invalid
 * value" too, so its texts read (and classify) as `invalid`; no validation port gives it.
 */
export const FIELD_ERROR_TYPES = {
  notFound: 'Not found',
  required: 'Required value',
  duplicate: 'Duplicate value',
  invalid: 'Invalid value',
  notSupported: 'Unsupported value',
  forbidden: 'Forbidden',
  tooLong: 'Too long',
  tooMany: 'Too many',
  internal: 'Internal error',
} as const;

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

const TYPE_BY_TEXT = new Map<string, FieldErrorType>(Object.entries(FIELD_ERROR_TYPES).map(([id, text]) => [text, id as FieldErrorType]));
const FIELD_ERROR = new RegExp(`: (${Object.values(FIELD_ERROR_TYPES).join('|')})(?=: |$)`, 'u');

/**
 * The parts of a validation port's message, its type one of `types` (a rule's declared message
 * ids). Every port writes its messages as field.Error texts (fieldError above); a text that is not
 * one, or of a type the rule does not declare, is a bug, and throws (the engine reports it as the
 * rule's internal error) rather than reporting under a wrong id.
 */
export function fieldErrorOf<T extends FieldErrorType>(message: string, types: readonly T[]): FieldErrorParts<T> {
  const m = FIELD_ERROR.exec(message);
  const type = m ? TYPE_BY_TEXT.get(m[1]!) : undefined;
  if (!m || type === undefined) throw new Error(`not a field.Error message: ${JSON.stringify(message)}`);
  if (!(types as readonly FieldErrorType[]).includes(type)) throw new Error(`a field.Error of type ${type}, which the rule does not declare: ${JSON.stringify(message)}`);
  return { type: type as T, field: message.slice(0, m.index), detail: message.slice(m.index + m[0].length) };
}

/**
 * The message templates of field.Error types for a rule's `meta.messages`: `{{field}}: <Type>{{detail}}`,
 * inside the rule's own wording (`around`, which places the text, e.g. `pod template: $& ({{when}})`).
 */
export function fieldErrorMessages<T extends FieldErrorType>(types: readonly T[], around = '$&'): Record<T, string> {
  const out = {} as Record<T, string>;
  for (const t of types) out[t] = around.replace('$&', `{{field}}: ${FIELD_ERROR_TYPES[t]}{{detail}}`);
  return out;
}
