/**
 * Data fate: one sentence per StatefulSet that the plan deletes or scales down, saying which PVCs
 * go and which stay, and whether the disks behind the deleted ones go with them.
 *
 * - The PVCs: the simulation's claim events (the garbage collector's deletions, the claims kept),
 *   which follow `persistentVolumeClaimRetentionPolicy` (statefulset-semantics.md §7: the controller
 *   sets ownerReferences, stateful_set_utils.go updateClaimOwnerRefForSetAndPod; the garbage
 *   collector deletes a claim whose owner is gone) and, with a cluster snapshot, the ownerReferences
 *   the snapshot's claims carry.
 * - The disks: a deleted PVC releases its PersistentVolume, which its reclaimPolicy then deletes or
 *   keeps. The PV's own `persistentVolumeReclaimPolicy` when the snapshot holds it, else the
 *   StorageClass's `reclaimPolicy` (copied to the PVs it provisions; Delete when the class was
 *   created without one, storage/v1 SetDefaults_StorageClass), else unknown, said so.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { claimTemplateName, claimTemplatesOf } from '../k8s/objects.js';
import { classOf } from '../lint/storage.js';
import type { Item } from './compress.js';
import type { Ctx } from './context.js';
import type { DataFate, PlanEvent } from './types.js';

/** Claims named `<prefix><ordinal>` for ordinals lo…hi, or one claim by its own name. */
type Claims = { prefix: string; lo: number; hi: number } | { name: string };

interface Disk {
  /** Delete, Retain, or unknown. */
  verdict: 'deleted' | 'kept' | 'unknown';
  /** Where the answer comes from: `class fast-ssd: reclaimPolicy Delete`. */
  source: string;
}

const claimCount = (cs: Claims[]): number => cs.reduce((n, c) => n + ('name' in c ? 1 : c.hi - c.lo + 1), 0);

/** The claims as ranges of ordinals per claim template, ascending and merged, then the claims named on their own. */
function merged(cs: Claims[]): { ranges: [string, number, number][]; singles: string[] } {
  const byPrefix = new Map<string, [number, number][]>();
  const singles: string[] = [];
  for (const c of cs) {
    if ('name' in c) singles.push(c.name);
    else {
      let list = byPrefix.get(c.prefix);
      if (!list) byPrefix.set(c.prefix, (list = []));
      list.push([c.lo, c.hi]);
    }
  }
  const ranges: [string, number, number][] = [];
  for (const [prefix, list] of byPrefix) {
    list.sort((a, b) => a[0] - b[0]);
    let cur: [string, number, number] | undefined;
    for (const [lo, hi] of list) {
      if (cur && lo <= cur[2] + 1) cur[2] = Math.max(cur[2], hi);
      else ranges.push((cur = [prefix, lo, hi]));
    }
  }
  return { ranges, singles: [...new Set(singles)] };
}

/** `www-web-{0..2}, data-web-1`: ranges of ordinals per claim template, merged; at most `max` parts. */
export function claimsText(cs: Claims[], max = 6): string {
  const { ranges, singles } = merged(cs);
  const parts = [...ranges.map(([prefix, lo, hi]) => (lo === hi ? `${prefix}${lo}` : `${prefix}{${lo}..${hi}}`)), ...singles];
  if (parts.length <= max) return parts.join(', ');
  return `${parts.slice(0, max - 1).join(', ')} … (${claimCount(cs)} PVCs)`;
}

/** The claims' names in the order claimsText lists them, at most `limit` of them. */
function claimNames(cs: Claims[], limit: number): string[] {
  const { ranges, singles } = merged(cs);
  const out: string[] = [];
  for (const [prefix, lo, hi] of ranges) for (let o = lo; o <= hi && out.length < limit; o++) out.push(`${prefix}${o}`);
  for (const n of singles) if (out.length < limit) out.push(n);
  return out;
}

/** The claim an event names: its template's range when it is `<template>-<set>-<ordinal>`. */
function claimOfEvent(e: PlanEvent, set: string): Claims {
  const suffix = e.ordinal === undefined ? '' : String(e.ordinal);
  if (suffix && e.name.endsWith(`-${set}-${suffix}`)) return { prefix: e.name.slice(0, e.name.length - suffix.length), lo: e.ordinal!, hi: e.ordinal! };
  return { name: e.name };
}

/** The PVCs the plan deletes and keeps for set `name` (claim events only: the garbage collector's deletions and the claims kept). */
function claimFates(items: Item[], name: string): { deleted: Claims[]; kept: Claims[] } {
  const deleted: Claims[] = [];
  const kept: Claims[] = [];
  const sort = (e: PlanEvent, c: Claims): void => {
    if (e.kind !== 'PersistentVolumeClaim') return;
    if (e.action === 'delete' && e.code === 'GarbageCollected') deleted.push(c);
    else if (e.action === 'retain') kept.push(c);
  };
  for (const item of items) {
    if ('event' in item) {
      sort(item.event, claimOfEvent(item.event, name));
      continue;
    }
    const r = item.run;
    const lo = Math.min(r.first, r.first + (r.count - 1) * r.dir);
    const hi = Math.max(r.first, r.first + (r.count - 1) * r.dir);
    r.block.forEach((e, k) => {
      const t = r.templates[k]!.name;
      const at = t.indexOf('{N}');
      // A name of the form <prefix>{N}: the run's claims are that prefix and its ordinals.
      const c: Claims = at >= 0 && at === t.length - 3 && !t.slice(0, at).includes('{N') ? { prefix: t.slice(0, at), lo, hi } : { name: e.name };
      sort(e, c);
    });
  }
  return { deleted, kept };
}

/** What a deleted claim's disk does, from the snapshot's PV, the claim's StorageClass, or its claim template's. */
function diskOf(c: Claims, set: string, ns: string, sts: StatefulSet | undefined, ctx: Ctx, volumes: () => Map<string, PersistentVolume>): Disk {
  const first = 'name' in c ? c.name : `${c.prefix}${c.lo}`;
  const live = ctx.current.get('PersistentVolumeClaim', ns, first);
  const pvc = live ? (live.object as unknown as PersistentVolumeClaim) : undefined;
  const volumeName = pvc?.spec?.volumeName;
  const pv = typeof volumeName === 'string' && volumeName !== '' ? volumes().get(volumeName) : undefined;
  const pvPolicy = pv?.spec?.persistentVolumeReclaimPolicy;
  if (typeof pvPolicy === 'string' && pvPolicy !== '') return verdictOf(pvPolicy, `PersistentVolume reclaimPolicy ${pvPolicy}`);
  let cls: ReturnType<typeof classOf> | undefined;
  if (pvc) cls = classOf(pvc, [], ctx.storage, ctx.options.cluster);
  else if ('prefix' in c && sts) {
    const found = claimTemplatesOf(sts).find(([t]) => `${claimTemplateName(t)}-${set}-` === c.prefix);
    if (found) cls = classOf(found[0], ['spec', 'volumeClaimTemplates', found[1]], ctx.storage, ctx.options.cluster);
  }
  if (!cls || cls.via === 'none') return { verdict: 'unknown', source: 'no StorageClass known' };
  if (cls.via === 'static') return { verdict: 'unknown', source: 'storageClassName "": a pre-created PersistentVolume' };
  const policy = cls.info?.reclaimPolicy;
  if (policy) return verdictOf(policy, `class ${cls.name}: reclaimPolicy ${policy}`);
  if (cls.info) return { verdict: 'unknown', source: `class ${cls.name}: its reclaimPolicy is not known on cluster profile ${ctx.options.cluster?.name ?? ''}`.trimEnd() };
  return { verdict: 'unknown', source: `class ${cls.name ?? '(default)'} is not in the inputs` };
}

function verdictOf(policy: string, source: string): Disk {
  return { verdict: policy === 'Delete' ? 'deleted' : policy === 'Retain' ? 'kept' : 'unknown', source };
}

export interface FateInput {
  name: string;
  ns: string;
  operation: 'delete' | 'scale-down';
  /** The set as it runs (its claim templates name the classes of claims the snapshot does not hold). */
  sts: StatefulSet | undefined;
  replicas: { from: number | null; to: number | null };
  whenScaled: 'Retain' | 'Delete';
  whenDeleted: 'Retain' | 'Delete';
  /** The StatefulSetAutoDeletePVC gate is off: the retention policy is dropped and ignored. */
  gateOff: boolean;
  limit: number;
}

/** The set's data fate, or null when no PVC of it is deleted or kept by the operation. */
export function dataFate(items: Item[], input: FateInput, ctx: Ctx): DataFate | null {
  const { name, ns, operation } = input;
  const { deleted, kept } = claimFates(items, name);
  const nDeleted = claimCount(deleted);
  const nKept = claimCount(kept);
  if (!nDeleted && !nKept) return null;
  let volumes: Map<string, PersistentVolume> | undefined;
  const volumeMap = (): Map<string, PersistentVolume> => {
    if (!volumes) {
      volumes = new Map();
      for (const v of ctx.storage.served('PersistentVolume')) volumes.set(v.name, v.object as unknown as PersistentVolume);
    }
    return volumes;
  };
  const policy = operation === 'delete' ? `whenDeleted: ${input.whenDeleted}` : `whenScaled: ${input.whenScaled}`;
  const gate = input.gateOff ? '; the StatefulSetAutoDeletePVC gate is off, so the retention policy is ignored' : '';
  const { from, to } = input.replicas;
  const subject = operation === 'delete' ? `deleting ${name}` : from !== null && to !== null && to < from ? `scaling ${name} from ${from} to ${to}` : `moving ${name}'s ordinals`;
  const plural = (n: number): string => (n === 1 ? 'PVC' : 'PVCs');
  const parts: string[] = [];
  let disks: DataFate['disks'];
  if (nDeleted) {
    const why = policy;
    const groups = new Map<string, { disk: Disk; claims: Claims[] }>();
    for (const c of deleted) {
      const disk = diskOf(c, name, ns, input.sts, ctx, volumeMap);
      const key = `${disk.verdict}\u0000${disk.source}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { disk, claims: [] }));
      g.claims.push(c);
    }
    const list = [...groups.values()];
    const verdicts = new Set(list.map((g) => g.disk.verdict));
    disks = verdicts.size > 1 ? 'mixed' : list[0]!.disk.verdict;
    const clause = (d: Disk, n: number): string => {
      const one = n === 1;
      if (d.verdict === 'deleted') return ` and ${one ? 'its disk' : 'their disks'} (${d.source})`;
      if (d.verdict === 'kept') return `; ${one ? 'its disk is' : 'their disks are'} kept (${d.source}): the PersistentVolume${one ? ' stays' : 's stay'}, Released`;
      return `; whether ${one ? 'its disk goes' : 'their disks go'} depends on the PersistentVolume's reclaimPolicy (${d.source})`;
    };
    if (list.length === 1) parts.push(`deletes ${plural(nDeleted)} ${claimsText(deleted)} (${why})${clause(list[0]!.disk, nDeleted)}`);
    else parts.push(`deletes ${plural(nDeleted)} (${why}): ${list.map((g) => `${claimsText(g.claims, 3)}${clause(g.disk, claimCount(g.claims))}`).join('; ')}`);
  }
  if (nKept) {
    parts.push(`keeps ${plural(nKept)} ${claimsText(kept)} and ${nKept === 1 ? 'its disk' : 'their disks'} (${policy}${gate})`);
  }
  return {
    operation,
    sentence: `${subject} ${parts.join('; ')}`,
    deleted: claimNames(deleted, input.limit),
    kept: claimNames(kept, input.limit),
    deletedCount: nDeleted,
    keptCount: nKept,
    ...(disks ? { disks } : {}),
  };
}
