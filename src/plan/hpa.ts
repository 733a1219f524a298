/**
 * Who owns a StatefulSet's `spec.replicas` (issue 19): what a client-side `kubectl apply` does to
 * the live count, and the warnings when a HorizontalPodAutoscaler scales the set too.
 *
 * `kubectl apply` sends a three-way patch (kubectl apply/patcher.go → strategicpatch
 * CreateThreeWayMergePatch): "the difference from current to modified without deletions, plus
 * deletions from original to modified", where original is the live object's
 * `kubectl.kubernetes.io/last-applied-configuration` (GetOriginalConfiguration: none without the
 * annotation). So a manifest that sets `replicas` sets the live count to it; one that leaves it out
 * keeps the live count, unless the last applied configuration set it: then the patch deletes the
 * field and the API server defaults it to 1 (pkg/apis/apps/v1/defaults.go, SetDefaults_StatefulSet).
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { asStatefulSet, isRecord, replicasOf, startOrdinalOf } from '../k8s/objects.js';
import { autoscalersScaling } from '../lint/autoscalers.js';
import { readAutoscaler, scalesStatefulSet, AUTOSCALING_VERSIONS, type Autoscaler, type FieldProblem } from '../k8s/hpa.js';
import { locate } from '../load/locate.js';
import { locationOf } from './binding.js';
import { addWarning, type Ctx } from './context.js';
import { fileFlag, nsFlag } from './kubectl.js';
import type { StatefulSetPlan } from './types.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Desired StatefulSets given the live count because the apply leaves it (see keepLiveReplicas). */
const kept = new WeakSet<object>();

/** Whether the planner gave this desired object the live `spec.replicas` (the manifest has none). */
export function keepsLiveReplicas(r: Resource): boolean {
  return kept.has(r.object);
}

/** What the live object's last applied configuration says of spec.replicas: a number, absent, or no annotation. */
function lastAppliedReplicas(live: Resource): 'set' | 'unset' | 'no-annotation' {
  const meta = live.object.metadata;
  const text = isRecord(meta) && isRecord(meta.annotations) ? meta.annotations[LAST_APPLIED] : undefined;
  if (typeof text !== 'string') return 'no-annotation';
  try {
    const applied = JSON.parse(text) as unknown;
    const spec = isRecord(applied) ? applied.spec : undefined;
    return isRecord(spec) && spec.replicas !== undefined && spec.replicas !== null ? 'set' : 'unset';
  } catch {
    // kubectl fails on an annotation that is not JSON; plan as if it set nothing.
    return 'no-annotation';
  }
}

/** Whether the manifest sets spec.replicas (not the live count keepLiveReplicas gave it). */
const setsReplicas = (r: Resource): boolean => {
  const spec = asStatefulSet(r).spec;
  return isRecord(spec) && typeof spec.replicas === 'number' && !kept.has(r.object);
};

/**
 * The desired objects as the apply leaves them: with a cluster snapshot, a StatefulSet manifest
 * without spec.replicas keeps the live count when the last applied configuration did not set it
 * either (the HPA setup done right). Where it did, the planner's default of 1 is what happens.
 */
export function keepLiveReplicas(desired: Resource[], current: ResourceIndex, snapshot: boolean): Resource[] {
  if (!snapshot) return desired;
  return desired.map((r) => {
    if (r.kind !== 'StatefulSet' || r.partial || setsReplicas(r)) return r;
    const live = current.get('StatefulSet', current.namespaceOf(r), r.name);
    if (!live || lastAppliedReplicas(live) === 'set') return r;
    const n = asStatefulSet(live).spec?.replicas;
    if (typeof n !== 'number') return r;
    const spec = isRecord(r.object.spec) ? r.object.spec : {};
    const object = { ...r.object, spec: { ...spec, replicas: n } };
    kept.add(object);
    return { ...r, object };
  });
}

/** `web-3`, `web-3 and web-4`, `web-3, web-4 and web-5`, `web-3 … web-9 (7 pods)`. */
function podsText(name: string, from: number, to: number): string {
  const n = to - from + 1;
  if (n <= 3) {
    const names = Array.from({ length: n }, (_, i) => `${name}-${from + i}`);
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${name}-${from} … ${name}-${to} (${n} pods)`;
}

/**
 * The served HPAs of a cluster snapshot that name a StatefulSet, by namespace and target name, read
 * once and checked field by field: a malformed field is an input error where it is, read as unset
 * (as for snapshot pods).
 */
function liveAutoscalers(ctx: Ctx): Map<string, Autoscaler[]> {
  const out = new Map<string, Autoscaler[]>();
  for (const h of ctx.current.ofKind('HorizontalPodAutoscaler')) {
    if (!AUTOSCALING_VERSIONS.includes(h.apiVersion)) continue;
    const problems: FieldProblem[] = [];
    const a = readAutoscaler(h, problems);
    for (const p of problems) {
      ctx.inputErrors.push({ ruleId: 'input', severity: 'error', file: h.file.path, range: locate(h, p.path).range, message: `HorizontalPodAutoscaler ${h.name}: ${p.path.join('.')}: ${p.message}; the plan reads the HorizontalPodAutoscaler as if it were not set` });
    }
    if (!a.target || !scalesStatefulSet(a, a.target.name)) continue;
    const key = `${ctx.current.namespaceOf(h)}\u0000${a.target.name}`;
    out.set(key, [...(out.get(key) ?? []), a]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.resource.name < b.resource.name ? -1 : a.resource.name > b.resource.name ? 1 : 0));
  return out;
}

/**
 * The plan's warnings about who owns replicas, for each StatefulSet the apply changes: an HPA
 * among the inputs or in the snapshot that scales a set whose manifest sets replicas (what this
 * apply does to the live count, and that the autoscaler scales again), and a manifest that drops
 * replicas the last apply set (the count falls to 1).
 */
export function replicasWarnings(ctx: Ctx, plans: readonly StatefulSetPlan[]): void {
  const live = ctx.snapshot ? liveAutoscalers(ctx) : new Map<string, Autoscaler[]>();
  for (const p of plans) {
    if (p.change === 'rejected' || p.change === 'delete' || p.unplanned) continue;
    const desiredR = ctx.desired.get('StatefulSet', p.namespace, p.name);
    if (!desiredR || !desiredR.reportable) continue;
    const liveSet = ctx.snapshot ? ctx.current.get('StatefulSet', p.namespace, p.name) : undefined;
    const ns = p.namespace;
    const sts: StatefulSet = asStatefulSet(desiredR);
    const setLastApplied = `kubectl apply set-last-applied${nsFlag(ns)} ${fileFlag(desiredR)}`;
    const liveCount = liveSet ? asStatefulSet(liveSet).spec?.replicas : undefined;

    if (!setsReplicas(desiredR)) {
      // The one-time trap of the fix: the last apply set replicas, this manifest does not.
      if (liveSet && typeof liveCount === 'number' && liveCount !== 1 && lastAppliedReplicas(liveSet) === 'set') {
        addWarning(ctx, {
          namespace: ns,
          statefulSet: p.name,
          message: `spec.replicas is in the last applied configuration of the live StatefulSet but not in the manifest: kubectl apply deletes the field and the API server sets it to 1 (replicas ${liveCount} → 1). To keep the live count, run ${setLastApplied} with this manifest before applying it`,
          location: locationOf(desiredR, ['spec']),
        });
      }
      continue;
    }
    const found = [...autoscalersScaling(ctx.desired, desiredR), ...(liveSet ? live.get(`${ns}\u0000${p.name}`) ?? [] : [])];
    // One per name: the same HPA in the manifests and in the snapshot.
    const byName = new Map<string, Autoscaler>();
    for (const a of found) if (!byName.has(a.resource.name)) byName.set(a.resource.name, a);
    const first = [...byName.values()][0];
    if (!first) continue;
    const h = first.resource;
    const hpa = `HorizontalPodAutoscaler ${h.name}${ctx.desired.all.includes(h) && h.file.path !== desiredR.file.path ? ` (${h.file.path})` : ''}`;
    const m = replicasOf(sts);
    const start = startOrdinalOf(sts);
    const fix = `Remove spec.replicas from the manifest to leave the count to the autoscaler (run ${setLastApplied} with the edited manifest first, or that apply deletes the field and the count falls to 1)`;
    const claims = sts.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete' ? ' and, with whenScaled: Delete, their PVCs' : '';
    const off = m === 0 && first.minReplicas !== 0;
    const after = off ? `; the autoscaler does not scale it up again: it leaves a target with 0 replicas alone while its minReplicas is ${first.minReplicas}` : '; the autoscaler then scales it again by its metrics';
    let what: string;
    if (typeof liveCount === 'number' && liveCount > m) what = `this apply sets replicas from the live ${liveCount} back to ${m}: the controller deletes ${podsText(p.name, start + m, start + liveCount - 1)}${claims}${after}`;
    else if (typeof liveCount === 'number' && liveCount < m) what = `this apply sets replicas from the live ${liveCount} to ${m}${after}`;
    else if (typeof liveCount === 'number') what = `the live count is ${m} now, but every apply sets it back to ${m} whatever the autoscaler scaled it to`;
    else what = `every apply sets the live count back to ${m}, whatever the autoscaler scaled it to${m < (first.maxReplicas ?? Infinity) ? `; when that was more, the controller deletes the highest ordinals${claims}` : ''}${after}`;
    addWarning(ctx, {
      namespace: ns,
      statefulSet: p.name,
      message: `${hpa} scales StatefulSet ${p.name}, whose manifest sets spec.replicas ${m}: ${what}. ${fix}`,
      location: locationOf(desiredR, ['spec', 'replicas']),
    });
  }
}
