/**
 * The current state against the desired one: which revisions a live set has had, whether its
 * template changed, what an apply changes, and the changes the API server rejects.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Resource } from '../resource.js';
import { pathText } from '../types.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf, isRecord, replicasOf, startOrdinalOf } from '../k8s/objects.js';
import { revisionName } from '../k8s/revision.js';
import { statefulSetImmutableChanges, STATEFULSET_UPDATE_FORBIDDEN } from '../k8s/immutable.js';
import { canonicalQuantity } from '../k8s/quantity-canonical.js';
import { classOf } from '../lint/storage.js';
import { printable } from '../text/printable.js';
import { shellQuote } from '../text/shell-quote.js';
import { locationOf } from './binding.js';
import { claimName, type SetSpec } from './sim/state.js';
import type { SnapshotPods } from './state.js';
import type { Rejection } from './types.js';
import type { Ctx } from './context.js';
import { applyCommand, nsFlag } from './kubectl.js';

/** The snapshot's status and ControllerRevisions: which revisions the set has had. */
export function snapshotRevisions(live: Resource, pods: SnapshotPods, ctx: Ctx, ns: string): { known: Set<string>; current: string | null; update: string | null } {
  const known = new Set(pods.revisions);
  for (const r of ctx.current.inNamespace('ControllerRevision', ns)) if (r.name.startsWith(`${live.name}-`)) known.add(r.name);
  const status = asStatefulSet(live).status;
  const update = status?.updateRevision ?? null;
  const current = status?.currentRevision ?? update;
  if (update) known.add(update);
  if (current) known.add(current);
  return { known, current, update };
}

/** The live template equals the desired one: compare with what was last applied, or as a subset of the live object. */
export function sameTemplate(desired: StatefulSet, live: Resource): boolean {
  const lastApplied = (live.object as { metadata?: { annotations?: Record<string, string> } }).metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (lastApplied) {
    try {
      const applied = JSON.parse(lastApplied) as StatefulSet;
      return revisionName('x', applied.spec?.template) === revisionName('x', desired.spec?.template);
    } catch {
      // fall through to the subset comparison
    }
  }
  return isSubset(desired.spec?.template, asStatefulSet(live).spec?.template);
}

function isSubset(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => isSubset(x, b[i]));
  if (isRecord(a)) return isRecord(b) && Object.entries(a).every(([k, v]) => isSubset(v, b[k]));
  if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number') && String(a) !== String(b)) return canonicalQuantity(a) === canonicalQuantity(b) && /\d/.test(String(a));
  return a === b || String(a) === String(b);
}

export function describeChanges(before: StatefulSet | undefined, after: StatefulSet | undefined, spec: SetSpec | null, newRevision: boolean, rolledBack: boolean): string[] {
  const out: string[] = [];
  if (!before && after) out.push(`created with ${replicasOf(after)} replica${replicasOf(after) === 1 ? '' : 's'} at revision ${spec?.revision}`);
  if (before && !after) out.push('deleted');
  if (!before || !after) return out;
  const b = before.spec;
  const a = after.spec;
  if (replicasOf(before) !== replicasOf(after)) out.push(`replicas ${replicasOf(before)} → ${replicasOf(after)}`);
  if (startOrdinalOf(before) !== startOrdinalOf(after)) out.push(`ordinals.start ${startOrdinalOf(before)} → ${startOrdinalOf(after)}`);
  if (newRevision) out.push(rolledBack ? `pod template back to an earlier revision ${spec?.revision} (rollback)` : `pod template changed: new revision ${spec?.revision}`);
  const strat = (s: StatefulSet['spec']): string => `${s?.updateStrategy?.type ?? 'RollingUpdate'}${s?.updateStrategy?.rollingUpdate?.partition ? ` partition ${s.updateStrategy.rollingUpdate.partition}` : ''}${s?.updateStrategy?.rollingUpdate?.maxUnavailable !== undefined ? ` maxUnavailable ${s.updateStrategy.rollingUpdate.maxUnavailable}` : ''}`;
  if (strat(b) !== strat(a)) out.push(`updateStrategy ${strat(b)} → ${strat(a)}`);
  const ret = (s: StatefulSet['spec']): string => `whenScaled ${s?.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain'}, whenDeleted ${s?.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain'}`;
  if (ret(b) !== ret(a)) out.push(`persistentVolumeClaimRetentionPolicy ${ret(b)} → ${ret(a)}`);
  if ((b?.minReadySeconds ?? 0) !== (a?.minReadySeconds ?? 0)) out.push(`minReadySeconds ${b?.minReadySeconds ?? 0} → ${a?.minReadySeconds ?? 0}`);
  return out;
}

export function rejectionFor(r: Resource, before: StatefulSet, after: StatefulSet, ctx: Ctx): Rejection | null {
  const { changes, storageGrowth } = statefulSetImmutableChanges(before, after);
  if (changes.length === 0) return null;
  const n = nsFlag(ctx.desired.namespaceOf(r));
  // PVC expansion needs allowVolumeExpansion: true on the claims' class (admission plugin PersistentVolumeClaimResize).
  const blockers: string[] = [];
  for (const g of storageGrowth ?? []) {
    const found = claimTemplatesOf(after).find(([t]) => claimTemplateName(t) === g.template);
    if (!found) continue;
    const cls = classOf(found[0], ['spec', 'volumeClaimTemplates', found[1]], ctx.storage, ctx.options.cluster);
    if (cls.info && !cls.info.allowVolumeExpansion) blockers.push(`# StorageClass ${printable(cls.info.name)} does not set allowVolumeExpansion: true, so the PVCs of ${printable(g.template)} cannot grow in place: enable it on the class (if its provisioner supports expansion) or copy the data to new, bigger PVCs`);
    if (!cls.info) blockers.push(`# the StorageClass of ${printable(g.template)} is not known: check that it sets allowVolumeExpansion: true before patching the PVCs`);
  }
  const route = storageGrowth
    ? [
        ...blockers,
        ...storageGrowth.flatMap((g) => {
          const count = replicasOf(before);
          const start = startOrdinalOf(before);
          const patch = shellQuote(JSON.stringify({ spec: { resources: { requests: { storage: g.to } } } }));
          // One command per PVC, or a loop when there are too many to list.
          if (count > ctx.bounds.listLimit) return [`for i in $(seq ${start} ${start + count - 1}); do kubectl patch pvc ${shellQuote(claimName(g.template, r.name, ''))}"$i"${n} -p ${patch}; done`];
          return Array.from({ length: count }, (_, i) => `kubectl patch pvc ${shellQuote(claimName(g.template, r.name, start + i))}${n} -p ${patch}`);
        }),
        `kubectl delete statefulset ${shellQuote(r.name)}${n} --cascade=orphan`,
        applyCommand(r, ctx.desired.namespaceOf(r)),
      ]
    : [`kubectl delete statefulset ${shellQuote(r.name)}${n} --cascade=orphan`, applyCommand(r, ctx.desired.namespaceOf(r))];
  return {
    reason: `StatefulSet.apps "${r.name}" is invalid: ${STATEFULSET_UPDATE_FORBIDDEN}`,
    fields: changes.map((c) => ({ field: pathText(c.path), from: c.from, to: c.to, location: locationOf(r, c.path) })),
    route,
  };
}
