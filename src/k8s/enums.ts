/**
 * Every enumerated value the API server checks on the kinds stsplan reads, in one table. The shipped
 * OpenAPI documents carry no `enum`, so these checks cannot come from `schemas/`. Each entry names the
 * upstream function that checks it and the releases it applies to; validation runs on the object after
 * the API server's defaulting (an empty value that `SetDefaults_*` replaces never reaches these checks).
 */
import type { Path } from '../types.js';
import { isRecord } from './objects.js';

/** Where an entry's path starts: the object itself, or a pod spec (inside a StatefulSet's template). */
export type EnumScope = 'StatefulSet' | 'Service' | 'PersistentVolumeClaim' | 'StorageClass' | 'PodDisruptionBudget' | 'PodSpec';

/**
 * One segment of an entry's path: a field name, '*' for every item of a list (or value of a map), or a
 * list of field names for "any of these fields" (containers and initContainers).
 */
export type EnumSegment = string | '*' | readonly string[];

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
}

const CONTAINERS = ['containers', 'initContainers'] as const;

export const ENUMS: readonly EnumField[] = [
  // ---- StatefulSet (pkg/apis/apps/validation) ----
  { scope: 'StatefulSet', path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted'], values: ['Retain', 'Delete'], source: 'apps/validation ValidatePersistentVolumeClaimRetentionPolicyType', default: 'Retain' },
  // ---- Service (pkg/apis/core/validation ValidateService) ----
  // ---- PersistentVolumeClaim and claim templates (pkg/apis/core/validation ValidatePersistentVolumeClaimSpec) ----
  // ---- StorageClass (pkg/apis/storage/validation) ----
  // ---- PodDisruptionBudget (pkg/apis/policy/validation) ----
  // ---- Pod spec (pkg/apis/core/validation ValidatePodSpec and callees) ----
  { scope: 'PodSpec', path: [CONTAINERS, '*', 'ports', '*', 'protocol'], values: ['TCP', 'UDP', 'SCTP'], source: 'core/validation validateContainerPorts', default: 'TCP' },
];

const show = (v: string): string => JSON.stringify(v);

function* walk(node: unknown, segs: readonly EnumSegment[], at: (string | number)[]): Generator<[string | number, unknown, (string | number)[]]> {
  if (segs.length === 0) return;
  const [seg, ...rest] = segs as [EnumSegment, ...EnumSegment[]];
  const step = function* (key: string | number, child: unknown): Generator<[string | number, unknown, (string | number)[]]> {
    if (rest.length === 0) yield [key, child, [...at, key]];
    else yield* walk(child, rest, [...at, key]);
  };
  if (seg === '*') {
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* step(i, node[i]);
    else if (isRecord(node)) for (const [k, v] of Object.entries(node)) yield* step(k, v);
  } else if (isRecord(node)) {
    for (const name of typeof seg === 'string' ? [seg] : seg) if (Object.hasOwn(node, name)) yield* step(name, node[name]);
  }
}

export interface EnumProblem {
  path: Path;
  /** The value the API server rejects. */
  value: string;
  entry: EnumField;
}

/** The enumerated fields of `object` (a `scope` object, or a pod spec at `base`) whose value is not allowed on `minor`. */
export function enumProblems(scope: EnumScope, object: unknown, base: Path, minor: number): EnumProblem[] {
  const out: EnumProblem[] = [];
  for (const entry of ENUMS) {
    if (entry.scope !== scope || (entry.since !== undefined && minor < entry.since) || (entry.until !== undefined && minor > entry.until)) continue;
    for (const [, value, at] of walk(object, entry.path, [])) {
      if (typeof value !== 'string' || entry.values.includes(value) || (value === '' && entry.default !== undefined)) continue;
      out.push({ path: [...base, ...at], value, entry });
    }
  }
  return out;
}

/** The message upstream gives for one enum problem, with `fieldName` formatting the path. */
export function enumMessage(p: EnumProblem, field: string): string {
  return p.entry.invalid !== undefined
    ? `${field}: Invalid value: ${show(p.value)}: ${p.entry.invalid}`
    : `${field}: Unsupported value: ${show(p.value)}: supported values: ${p.entry.values.map(show).join(', ')}`;
}
