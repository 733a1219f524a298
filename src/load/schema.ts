/**
 * Schema validation with the standalone ajv validators compiled at build time
 * (schemas/compile.ts): nothing is compiled at start-up, and only the target version's modules
 * are loaded.
 */
import { setOwn, type Path } from '../types.js';
import { DIST } from '../version.js';
import { fieldName } from '../k8s/values.js';
import { valueAt } from '../k8s/objects.js';
import { describe } from '../text/describe.js';

/**
 * The kinds of schema error, by the ajv keyword that fails (the `schema` rule's message ids):
 * `other` for a keyword this module gives no wording of its own (none of the compiled validators
 * has one: test/validators.test.ts checks their keywords).
 */
export type SchemaErrorKind = 'unknownField' | 'required' | 'typeInvalid' | 'invalidQuantity' | 'outOfRange' | 'other';

/** The handled ajv keywords by the kind they give. */
export const SCHEMA_KEYWORDS: Readonly<Record<string, SchemaErrorKind>> = {
  additionalProperties: 'unknownField',
  required: 'required',
  type: 'typeInvalid',
  pattern: 'invalidQuantity',
  minimum: 'outOfRange',
  maximum: 'outOfRange',
};

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

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
type ValidatorModule = Record<string, Validator>;

const modules = new Map<string, Promise<ValidatorModule>>();

/**
 * The module of one Kubernetes minor version's validators, as schemas/compile.ts writes it (the
 * build copies them into dist/validators/). It imports the shared module of the definitions it
 * reaches (beside it), and nothing else.
 */
export const validatorUrl = (version: string): URL => new URL(`validators/v${version}.js`, DIST);

/** Loads the validators of one Kubernetes minor version ("1.36"). */
export function loadValidators(version: string): Promise<ValidatorModule> {
  let m = modules.get(version);
  if (!m) {
    m = import(validatorUrl(version).href) as Promise<ValidatorModule>;
    modules.set(version, m);
  }
  return m;
}

/** Removes null map values, as the API server's decoder treats them as absent. */
export function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) if (val !== null) setOwn(out, k, stripNulls(val));
    return out;
  }
  return v;
}

function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(seg);
      path.push(i);
      node = node[i];
    } else {
      path.push(seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}

const TYPE_NAMES: Record<string, string> = { integer: 'an integer', string: 'a string', boolean: 'a boolean', object: 'a map', array: 'a list', number: 'a number' };

function typeText(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_NAMES[String(x)] ?? String(x)).join(' or ');
}

/**
 * Validates an object (nulls already stripped) and returns its problems plus a copy with every
 * invalid value removed, so that rules can trust the types of what is left.
 */
export function validate(validator: Validator, object: unknown): { errors: SchemaError[]; pruned: unknown } {
  if (validator(object)) return { errors: [], pruned: object };
  const errors: SchemaError[] = [];
  const prune: Path[] = [];
  const seen = new Set<string>();
  for (const e of validator.errors ?? []) {
    const path = pointerToPath(e.instancePath, object);
    const field = fieldName(path);
    const value = valueAt(object, path);
    let err: SchemaError | undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const name = String(e.params.additionalProperty);
        const full = fieldName([...path, name]);
        err = {
          kind: 'unknownField',
          data: { field: full },
          path: [...path, name],
          key: true,
          message: `unknown field "${full}"`,
          hint: 'check the spelling and the indentation; `kubectl apply` rejects unknown fields (strict field validation)',
        };
        prune.push([...path, name]);
        break;
      }
      case 'required': {
        const name = String(e.params.missingProperty);
        err = { kind: 'required', data: { field: fieldName([...path, name]) }, path, key: path.length > 0, message: `${fieldName([...path, name])}: Required value`, required: true };
        break;
      }
      case 'type':
        err = { kind: 'typeInvalid', data: { field, expected: typeText(e.params.type), actual: describe(value) }, path, key: false, message: `${field}: expected ${typeText(e.params.type)}, got ${describe(value)}` };
        if (typeof value === 'string' && e.params.type === 'integer' && /^\d+$/.test(value)) err.hint = `remove the quotes: ${field}: ${value}`;
        prune.push(path);
        break;
      case 'pattern':
        err = { kind: 'invalidQuantity', data: { field, value: String(JSON.stringify(value)) }, path, key: false, message: `${field}: invalid quantity ${JSON.stringify(value)}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`, hint: 'use a quantity such as 10Gi, 500Mi or 1' };
        prune.push(path);
        break;
      case 'minimum':
      case 'maximum':
        err = { kind: 'outOfRange', data: { field, value: String(value) }, path, key: false, message: `${field}: ${String(value)} is out of range for a 32-bit integer` };
        prune.push(path);
        break;
      default:
        // No compiled validator has another keyword (generated schemas carry no `enum`: the
        // enumerated fields are k8s/enums.ts's, in the API server's words).
        err = { kind: 'other', data: { field: field || '(root)', detail: e.message ?? e.keyword }, path, key: false, message: `${field || '(root)'}: ${e.message ?? e.keyword}` };
    }
    const k = `${fieldName(err.path)}|${err.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      errors.push(err);
    }
  }
  return { errors, pruned: prune.length ? pruneCopy(object, prune) : object };
}

function pruneCopy(object: unknown, paths: Path[]): unknown {
  const copy = structuredClone(object);
  // Deepest first. List items are set to undefined, not spliced out, so no removal shifts another
  // path and the order within a depth does not matter (comparing 40,000 keys by locale did cost).
  const sorted = [...paths].sort((a, b) => b.length - a.length);
  for (const path of sorted) {
    if (path.length === 0) return {};
    const parent = valueAt(copy, path.slice(0, -1));
    const last = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
    else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}
