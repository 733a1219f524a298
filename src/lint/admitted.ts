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
import { applyApiDefaults, clone } from '../k8s/defaults.js';
import { fieldsAt } from '../k8s/values.js';
import { GATED_FIELDS, gateEnabled, type GatedField, type GatedSegment } from '../k8s/versions.js';

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

const memo = new WeakMap<RuleOptions, WeakMap<Resource, Admitted>>();

/** Where the gated fields of each scope sit in an object of `kind`. */
function scopeBases(kind: string): Partial<Record<GatedField['scope'], readonly GatedSegment[]>> {
  switch (kind) {
    case 'StatefulSet':
      return { StatefulSet: [], PodSpec: ['spec', 'template', 'spec'], Claim: ['spec', 'volumeClaimTemplates', '*'] };
    case 'Service':
      return { Service: [] };
    case 'PersistentVolumeClaim':
      return { Claim: [] };
    default:
      return {};
  }
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** Whether `object` uses the gate's fields anywhere (upstream's "…InUse(oldSpec)"). */
function inUse(object: unknown, kind: string, gate: string): boolean {
  const bases = scopeBases(kind);
  for (const e of GATED_FIELDS) {
    const base = bases[e.scope];
    if (e.gate !== gate || !base) continue;
    for (const [parent, key] of fieldsAt(object, [...base, ...e.path])) if (present((parent as Record<string | number, unknown>)[key])) return true;
  }
  return false;
}

/** The admitted copy of `r` (defaults applied, gate-disabled fields dropped) and what was dropped. */
export function admitted(r: Resource, ctx: AdmissionContext): Admitted {
  let perRun = memo.get(ctx.options);
  if (!perRun) memo.set(ctx.options, (perRun = new WeakMap()));
  let a = perRun.get(r);
  if (!a) perRun.set(r, (a = admit(r, ctx)));
  return a;
}

function admit(r: Resource, ctx: AdmissionContext): Admitted {
  const object = clone(r.object);
  applyApiDefaults(r.kind, object);
  const dropped: DroppedField[] = [];
  const bases = scopeBases(r.kind);
  // On update, a field the stored object already uses is kept (the strategies' "…InUse(old)").
  const stored = ctx.base?.get(r.kind, ctx.index.namespaceOf(r), r.name)?.object;
  for (const e of GATED_FIELDS) {
    const base = bases[e.scope];
    if (!base || (e.since !== undefined && ctx.options.kubeVersion.minor < e.since) || gateEnabled(ctx.options.featureGates, e.gate, ctx.options.kubeVersion)) continue;
    if (stored && inUse(stored, r.kind, e.gate)) continue;
    for (const [p, key, path] of [...fieldsAt(object, [...base, ...e.path])]) {
      if (!present(p[key])) continue;
      dropped.push({ path, value: p[key], entry: e });
      delete p[key];
    }
  }
  return { object, dropped };
}

/** The admitted copy's object, typed as the caller reads it. */
export function admittedAs<T>(r: Resource, ctx: AdmissionContext): T {
  return admitted(r, ctx).object as unknown as T;
}
