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
