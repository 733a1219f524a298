/**
 * `plan(current, desired, options)`: what applying `desired` over `current` makes the cluster do.
 * Pure: inputs are file contents; nothing here touches a cluster, the disk or the network.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import { OptionsError } from '../lint/engine.js';
import type { Resource } from '../resource.js';
import { ResourceIndex } from '../load/resource-index.js';
import type { InputError } from '../types.js';
import { pathText } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { asLabels, type Labels } from '../k8s/selector.js';
import { asClaim, asService, asStatefulSet, claimTemplateName, claimTemplatesOf, isRecord, MAX_INT32, replicasOf, startOrdinalOf } from '../k8s/objects.js';
import { DEFAULT_VERSION, defaultGates, parseKubeVersion, type FeatureGates } from '../k8s/versions.js';
import { revisionName } from '../k8s/revision.js';
import { claimUpdateProblems, serviceImmutableChanges, statefulSetImmutableChanges, STATEFULSET_UPDATE_FORBIDDEN, withAllocatedValues } from '../k8s/immutable.js';
import { canonicalQuantity } from '../k8s/quantity-canonical.js';
import { classOf } from '../lint/storage.js';
import { printable } from '../text/printable.js';
import { shellQuote } from '../text/shell-quote.js';
import { bindingOf, locationOf } from './binding.js';
import { ordinalAfter, snapshotNodes } from './snapshot.js';
import { templateZones } from './zones.js';
import { dnsService, noDnsReason, type DnsService } from './sim/dns.js';
import { objectDiff } from './diff.js';
import { Simulation } from './sim/simulation.js';
import { claimName, emptyState, IDENTITY_VIEW, podName, type OrdinalView, type SetSpec, type SimPod, type SimState } from './sim/state.js';
import { BOUNDS, buildMap, decompose, detokenize, holdsTokenChar, OrdinalMap, type Bounds, type Decomposition, type Item } from './compress.js';
import { claimRecords, seedClaims, seedPods, signatures, snapshotPods, type Naming, type SnapshotPods } from './state.js';
import { mergeTimelines } from './timeline.js';
import { expandOrdinal } from './runs.js';
import type { Blocked, ClaimPlan, Counts, Plan, PlanEvent, PlanRun, PlanWarning, Rejection, ServicePlan, SourceLocation, StatefulSetPlan } from './types.js';

export interface PlanOptions {
  /** "1.36" (default) or "1.35.2". */
  kubeVersion?: string;
  featureGates?: FeatureGates;
  cluster?: ClusterProfile;
  /** Cluster DNS zone (default cluster.local). */
  clusterDomain?: string;
  /** Namespace of objects that set none (default "default"). */
  defaultNamespace?: string;
  /** `kubectl scale` instead of an apply: the desired manifests are what runs now. */
  scale?: { name: string; namespace?: string; replicas: number }[];
}

const ZERO: Counts = { podsCreated: 0, podsDeleted: 0, podsReplaced: 0, pvcsCreated: 0, pvcsDeleted: 0, pvcsRetained: 0, dnsAdded: 0, dnsRemoved: 0 };

interface Ctx {
  options: Required<Pick<PlanOptions, 'clusterDomain' | 'defaultNamespace'>> & PlanOptions;
  gates: FeatureGates;
  desired: ResourceIndex;
  current: ResourceIndex;
  /** Where claims look up StorageClasses and PersistentVolumes: desired, then current objects. */
  storage: ResourceIndex;
  snapshot: boolean;
  warnings: PlanWarning[];
  blocked: Blocked[];
  /** Malformed snapshot objects, reported where they are. */
  inputErrors: InputError[];
  bounds: Bounds;
  /** Warnings already given, to give each once. */
  warningKeys: Set<string>;
}

const key = (ns: string, name: string): string => `${ns}/${name}`;

function templateLabels(sts: StatefulSet): Labels {
  return asLabels(isRecord(sts.spec?.template?.metadata) ? sts.spec?.template?.metadata?.labels : undefined);
}

function resolveMaxUnavailable(v: unknown, replicas: number): number {
  let n = 1;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\d+%$/.test(v)) n = Math.floor((replicas * Number(v.slice(0, -1))) / 100);
  return Math.max(1, n);
}

function claimSummary(t: PersistentVolumeClaim, className: string | null): string {
  const size = t.spec?.resources?.requests?.storage;
  const parts = [size !== undefined ? String(size) : 'no size', (t.spec?.accessModes ?? []).join(',') || 'no access mode'];
  parts.push(className === null ? 'default class' : className === '' ? 'no class (static)' : `class ${className}`);
  return parts.join(', ');
}

/** The simulated spec of a StatefulSet; `snapshot` for the live one of a cluster snapshot (its positions are not needed). */
function setSpec(r: Resource, ctx: Ctx, snapshot = false): SetSpec {
  const sts = asStatefulSet(r);
  const spec = sts.spec;
  // The API server rejects a negative count (lint reports it): such a set has no pods.
  const replicas = Math.max(0, replicasOf(sts));
  const strategy = spec?.updateStrategy?.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const ns = ctx.desired.namespaceOf(r);
  const zones = templateZones(sts);
  const templates = claimTemplatesOf(sts).map(([t, i]) => {
    const name = claimTemplateName(t);
    const { binding, assumption, locate } = bindingOf(t, ['spec', 'volumeClaimTemplates', i], r, claimName(name, r.name, startOrdinalOf(sts)), ctx.storage, ctx.options.cluster, !snapshot);
    const message = `claim template ${name}: ${assumption}`;
    if (assumption && r.reportable && !ctx.warningKeys.has(warningKey(message, r.name, ns))) addWarning(ctx, { namespace: ns, statefulSet: r.name, message, location: locate() });
    return { name, binding, summary: claimSummary(t, binding.className) };
  });
  return {
    namespace: ns,
    name: r.name,
    replicas,
    start: startOrdinalOf(sts),
    monotonic: spec?.podManagementPolicy !== 'Parallel',
    strategy,
    partition: Math.max(0, spec?.updateStrategy?.rollingUpdate?.partition ?? 0),
    maxUnavailable: resolveMaxUnavailable(spec?.updateStrategy?.rollingUpdate?.maxUnavailable, replicas),
    maxUnavailableGate: ctx.gates.MaxUnavailableStatefulSet === true,
    minReadySeconds: spec?.minReadySeconds ?? 0,
    whenScaled: spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete' ? 'Delete' : 'Retain',
    whenDeleted: spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete' ? 'Delete' : 'Retain',
    templates,
    revision: revisionName(r.name, spec?.template),
    labels: templateLabels(sts),
    ...(zones ? { zones: [...zones].sort() } : {}),
  };
}

const warningKey = (message: string, statefulSet: string | undefined, namespace: string | undefined): string => JSON.stringify([message, statefulSet, namespace]);

function addWarning(ctx: Ctx, w: PlanWarning): void {
  const k = warningKey(w.message, w.statefulSet, w.namespace);
  if (ctx.warningKeys.has(k)) return;
  ctx.warningKeys.add(k);
  ctx.warnings.push(w);
}

function containerPorts(sts: StatefulSet | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of sts?.spec?.template?.spec?.containers ?? []) for (const p of c?.ports ?? []) if (p?.name && typeof p.containerPort === 'number') out.set(p.name, p.containerPort);
  return out;
}

function governing(index: ResourceIndex, ns: string, sts: StatefulSet | undefined): DnsService | null {
  const name = sts?.spec?.serviceName;
  if (!name) return null;
  const svc = index.get('Service', ns, name);
  return svc ? dnsService(asService(svc), containerPorts(sts)) : null;
}

// ---- the current state ----------------------------------------------------------------------------

/** The snapshot's status and ControllerRevisions: which revisions the set has had. */
function snapshotRevisions(live: Resource, pods: SnapshotPods, ctx: Ctx, ns: string): { known: Set<string>; current: string | null; update: string | null } {
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
function sameTemplate(desired: StatefulSet, live: Resource): boolean {
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

function describeChanges(before: StatefulSet | undefined, after: StatefulSet | undefined, spec: SetSpec | null, newRevision: boolean, rolledBack: boolean): string[] {
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

/**
 * ` -n NS` for an object outside the `default` namespace (one shell word), so that a pasted
 * command acts on the object the plan names and not on one of the kubectl context's namespace.
 */
function nsFlag(ns: string): string {
  return ns === 'default' ? '' : ` -n ${shellQuote(ns)}`;
}

/** `kubectl apply -f FILE` for the file `r` came from, its path one shell word; `-f -` for stdin; `-n NS` outside `default` (a manifest without metadata.namespace goes to the context's namespace otherwise). */
function applyCommand(r: Resource, ns: string): string {
  return `kubectl apply${nsFlag(ns)} -f ${r.file.path === '<stdin>' ? '-' : shellQuote(r.file.path)}`;
}

function rejectionFor(r: Resource, before: StatefulSet, after: StatefulSet, ctx: Ctx): Rejection | null {
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

// ---- per-set planning ------------------------------------------------------------------------------

interface SetResult {
  plan: StatefulSetPlan;
  /** The set's events and runs in the order they happen. */
  items: Item[];
}

/** Names in plan order, kept to `limit` (and the last one), with their number. */
class NameList {
  readonly names: string[] = [];
  count = 0;
  last: string | undefined;
  constructor(private readonly limit: number) {}
  add(name: string): void {
    if (this.names.length < this.limit) this.names.push(name);
    this.count++;
    this.last = name;
  }
  /** Names of ordinals first…last (descending when first > last), from `nameOf`. */
  addRange(first: number, last: number, nameOf: (o: number) => string): void {
    const step = first <= last ? 1 : -1;
    const n = Math.abs(last - first) + 1;
    for (let i = 0; i < n && this.names.length < this.limit; i++) this.names.push(nameOf(first + i * step));
    this.count += n;
    this.last = nameOf(last);
  }
  /** `a, b, c` or, when there are more than the limit, `a, b … z (n)`. */
  text(): string {
    if (this.count <= this.names.length) return this.names.join(', ');
    return `${this.names[0]}, ${this.names[1]} … ${this.last} (${this.count})`;
  }
}

/**
 * What does not get where the spec says, in real names. A simulated ordinal of a compressed
 * segment stands for the real ordinals `dec.realRange` gives (its middle for the middle's first);
 * names in messages are those of the simulated ordinals themselves (`realOf`).
 */
function blockedOf(sim: Simulation, spec: SetSpec, reduced: SetSpec, location: SourceLocation | undefined, dec: Decomposition | null, realOf: (slot: number) => number, limit: number): Blocked | null {
  const st = sim.state;
  const realName = (name: string): string => (dec ? dec.real(name) : name);
  const range = (slot: number): [number, number] => (dec ? dec.realRange(slot) : [slot, slot]);
  const named = (o: number): string => podName(spec.name, o);
  const notCreated = new NameList(limit);
  const notUpdated = new NameList(limit);
  let stuckPod: SimPod | undefined;
  let notReady = false;
  const end = reduced.start + reduced.replicas;
  for (let o = reduced.start; o < end; o++) {
    const p = st.pods.get(sim.nameOf(o));
    const [first, last] = range(o);
    // The rest of a middle: alike its first ordinal, which stands for all of it.
    if (first > last) continue;
    if (!p) notCreated.addRange(first, last, named);
    else {
      if (spec.strategy === 'RollingUpdate' && o >= reduced.start + reduced.partition && p.revision !== st.updateRevision) notUpdated.addRange(first, last, named);
      // A pod that stays terminating (its node is lost) is not done either.
      if (!(p.phase === 'Running' && p.ready) || p.held) {
        notReady = true;
        stuckPod ??= p;
      }
    }
  }
  const notDeleted = new NameList(limit);
  for (const p of [...st.pods.values()].filter((x) => x.ordinal < reduced.start || x.ordinal >= end).sort((a, b) => b.ordinal - a.ordinal)) {
    if (p.name !== sim.nameOf(p.ordinal)) notDeleted.add(p.name);
    else {
      const [first, last] = range(p.ordinal);
      if (first <= last) notDeleted.addRange(last, first, named);
    }
  }
  if (!notCreated.count && !notDeleted.count && !notUpdated.count && !notReady) return null;
  const wait = sim.lastWait;
  const reason = stuckPod?.stuck ? `${realName(stuckPod.name)} ${realName(stuckPod.stuck)}` : wait ? realName(wait.reason) : 'the rollout does not finish';
  const pod = stuckPod ? realName(stuckPod.name) : wait?.pod ? realName(wait.pod) : null;
  const ordinal = stuckPod ? realOf(stuckPod.ordinal) : wait?.ordinal !== null && wait?.ordinal !== undefined ? realOf(wait.ordinal) : null;
  const claimLocation = spec.templates.find((t) => t.binding.mode === 'never')?.binding.location;
  return {
    namespace: spec.namespace,
    statefulSet: spec.name,
    pod,
    ordinal,
    reason,
    notCreated: notCreated.names,
    notUpdated: notUpdated.names,
    notDeleted: notDeleted.names,
    ...(notCreated.count > notCreated.names.length ? { notCreatedCount: notCreated.count } : {}),
    ...(notUpdated.count > notUpdated.names.length ? { notUpdatedCount: notUpdated.count } : {}),
    ...(notDeleted.count > notDeleted.names.length ? { notDeletedCount: notDeleted.count } : {}),
    ...(stuckPod?.stuck?.includes('PVC') && claimLocation ? { location: claimLocation } : location ? { location } : {}),
  };
}

/** What each simulated ordinal adds to the counts. */
function countsByOrdinal(sim: Simulation, before: SimState | null): Map<number, Counts> {
  const out = new Map<number, Counts>();
  const at = (o: number): Counts => {
    let c = out.get(o);
    if (!c) out.set(o, (c = { ...ZERO }));
    return c;
  };
  const created = new Map<string, number>();
  const deleted = new Map<string, number>();
  for (const e of sim.events) {
    if (e.kind === 'Pod' && e.action === 'create') created.set(e.name, e.ordinal!);
    if (e.kind === 'Pod' && e.action === 'delete') deleted.set(e.name, e.ordinal!);
    if (e.kind === 'PersistentVolumeClaim') {
      if (e.action === 'create') at(e.ordinal!).pvcsCreated++;
      if (e.action === 'delete') at(e.ordinal!).pvcsDeleted++;
      if (e.action === 'retain') at(e.ordinal!).pvcsRetained++;
    }
  }
  const had = before?.pods ?? new Map();
  for (const [n, o] of created) if (!had.has(n)) at(o).podsCreated++;
  for (const [n, o] of deleted) if (!sim.state.pods.has(n) && !created.has(n)) at(o).podsDeleted++;
  for (const [n, o] of deleted) if (created.has(n) && had.has(n)) at(o).podsReplaced++;
  // DNS: records present at the end and not at the start, and the reverse.
  for (const [o, d] of sim.dnsChangesByOrdinal()) {
    at(o).dnsAdded += d.added;
    at(o).dnsRemoved += d.removed;
  }
  return out;
}

function cloneState(s: SimState): SimState {
  return {
    pods: new Map([...s.pods].map(([k, v]) => [k, { ...v }])),
    claims: new Map([...s.claims].map(([k, v]) => [k, { ...v }])),
    currentRevision: s.currentRevision,
    updateRevision: s.updateRevision,
    revisionLabels: new Map(s.revisionLabels),
    deleted: s.deleted,
    nextUid: s.nextUid,
  };
}

/** One simulation of a set: in all its ordinals, or in a compressed ordinal space. */
interface Outcome {
  sim: Simulation;
  /** The state before the simulation. */
  start: SimState;
  /** The simulated spec. */
  reduced: SetSpec;
  naming: Naming;
  /** Null when every ordinal was simulated. */
  dec: Decomposition | null;
  counts: Counts;
  items: Item[];
}

/** The set's state as each simulated ordinal ends it, written relative to the ordinal. */
function finalShape(sim: Simulation, slot: number): string {
  const rel = (s: string): string => detokenize(s, (t) => (t === slot ? '{N}' : `{${t}}`));
  const p = sim.state.pods.get(sim.nameOf(slot));
  const claims = sim.claimsOf(slot).map((n) => sim.state.claims.get(n));
  return JSON.stringify([
    p ? [p.revision, p.phase, p.ready, p.terminating, rel(p.stuck ?? ''), Object.entries(p.labels).map(([k, v]) => [k, rel(v)])] : null,
    claims.map((c) => (c ? [c.phase, c.deleting, c.owner?.kind ?? '', c.owner?.kind === 'Pod' ? c.owner.uid === p?.uid : '', c.pendingReported] : null)),
  ]);
}

function planSet(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): SetResult {
  const desired = desiredR ? asStatefulSet(desiredR) : undefined;
  const current = currentR ? asStatefulSet(currentR) : undefined;
  const location = desiredR ? locationOf(desiredR, []) : currentR && !ctx.snapshot ? locationOf(currentR, []) : undefined;
  const desiredSpec = desiredR ? setSpec(desiredR, ctx) : null;
  const currentSpec = currentR ? setSpec(currentR, ctx, ctx.snapshot) : null;
  const spec = (desiredSpec ?? currentSpec)!;
  const svcBefore = currentR ? governing(ctx.current, ns, current) : null;
  const svcAfter = desiredR ? governing(ctx.desired, ns, desired) : null;
  const serviceName = (desired ?? current)?.spec?.serviceName ?? '';
  const bounds = ctx.bounds;

  // What the ordinals start with, read once from the inputs.
  const snap = currentR && ctx.snapshot ? snapshotPods(currentR.name, ctx.current.inNamespace('Pod', ns), ctx.inputErrors, snapshotNodes(ctx.current.ofKind('Node'))) : null;
  const stage1 = currentR ? claimRecords(currentSpec!, ctx.current.inNamespace('PersistentVolumeClaim', ns), ctx.storage, ctx.options.cluster, !!snap) : [];
  // PVCs that exist already (a new set's names may hit them), and standalone PVCs in the
  // desired manifests, which exist by the time the controller runs.
  const existing = currentR ? [] : ctx.current.inNamespace('PersistentVolumeClaim', ns);
  const stage2 = desiredSpec ? claimRecords(desiredSpec, [...existing, ...ctx.desired.inNamespace('PersistentVolumeClaim', ns)], ctx.storage, ctx.options.cluster, ctx.snapshot && existing.length > 0) : [];
  const revs = snap ? snapshotRevisions(currentR!, snap, ctx, ns) : { known: new Set(currentSpec ? [currentSpec.revision] : []), current: null, update: null };

  // Which revision the desired template is.
  let newRevision = false;
  let rolledBack = false;
  if (desiredSpec && desired) {
    if (currentR && ctx.snapshot && revs.update) {
      if (desiredSpec.revision !== revs.update && sameTemplate(desired, currentR)) desiredSpec.revision = revs.update;
    }
    if (currentR) {
      newRevision = desiredSpec.revision !== (ctx.snapshot ? revs.update : currentSpec!.revision);
      rolledBack = newRevision && revs.known.has(desiredSpec.revision);
    }
  }

  const ordinalList = (s: SetSpec | null): number[] => (s ? Array.from({ length: Math.min(s.replicas, bounds.listLimit) }, (_, i) => s.start + i) : []);
  const plan: StatefulSetPlan = {
    namespace: ns,
    name,
    change: !currentR ? 'create' : !desiredR ? 'delete' : 'unchanged',
    changes: describeChanges(current, desired, desiredSpec, newRevision, rolledBack),
    ...(location ? { location } : {}),
    podManagementPolicy: spec.monotonic ? 'OrderedReady' : 'Parallel',
    updateStrategy: spec.strategy,
    replicas: { from: currentSpec ? currentSpec.replicas : null, to: desiredSpec ? desiredSpec.replicas : null },
    ordinals: { from: ordinalList(currentSpec), to: ordinalList(desiredSpec) },
    revision: { current: null, update: null, created: (newRevision && !rolledBack) || (!currentR && !!desiredR), rolledBack },
    service: { name: serviceName, dns: true },
    counts: { ...ZERO },
  };
  if (currentR && desiredR) {
    const d = objectDiff(currentR, desiredR, ctx.snapshot, ns);
    if (d) plan.diff = d;
  }
  const why = noDnsReason(svcAfter ?? svcBefore, serviceName, ns, spec.labels);
  if (why) plan.service = { name: serviceName, dns: false, why };

  // Rejected by the API server: nothing of this set changes (its Service may still).
  const errors = desiredR ? apiErrors.get(desiredR) : undefined;
  let rejection: Rejection | null = null;
  if (errors?.length) rejection = { reason: `the API server rejects StatefulSet ${name} or the pods it creates: ${errors.join('; ')}`, fields: [], route: ['fix the errors `stsplan lint` reports, then plan again'] };
  else if (currentR && desiredR) rejection = rejectionFor(desiredR, current!, desired!, ctx);
  const effective = rejection ? currentSpec : desiredSpec;
  if (rejection) {
    plan.change = 'rejected';
    plan.rejection = rejection;
  }
  const svcChange = serviceChangeText(svcBefore, svcAfter, desired?.spec?.serviceName ?? current?.spec?.serviceName ?? '');
  const dnsContext = { service: svcBefore, namespace: ns, domain: ctx.options.clusterDomain };

  /** Simulates the set with `map`; null when the result cannot be summarised. */
  const simulateWith = (map: OrdinalMap): Outcome | null => {
    const identity = !map.compressed;
    const naming: Naming = identity
      ? { pod: (o) => podName(name, o), claim: (t, o) => claimName(t, name, o), text: String, slotOf: (o) => o }
      : { pod: (o) => podName(name, map.text(o)), claim: (t, o) => claimName(t, name, map.text(o)), text: (o) => map.text(o), slotOf: (o) => map.slotOf(o) };
    const reduce = (s: SetSpec): SetSpec => {
      if (identity) return s;
      const start = map.boundary(s.start);
      return { ...s, start, replicas: map.boundary(s.start + s.replicas) - start, partition: map.boundary(s.start + Math.min(s.partition, s.replicas)) - start };
    };
    const view = (s: SetSpec): OrdinalView => (identity ? IDENTITY_VIEW : { text: (o) => map.text(o), partition: s.partition });
    const state = emptyState();
    if (snap) {
      const uids = seedPods(state, snap.pods, name, naming);
      for (const [k, v] of snap.revisionLabels) state.revisionLabels.set(k, v);
      seedClaims(state, stage1, name, naming, uids);
      state.updateRevision = revs.update;
      state.currentRevision = revs.current;
    } else if (currentR) {
      // The current manifests (--from, --base) describe a set that runs: its PVCs were bound when
      // its pods started, whatever the target cluster's classes are now (a class that lost its
      // default annotation, EKS from 1.30). Only ordinals the desired spec adds need a class.
      const running = reduce(currentSpec!);
      const bound = { ...running, templates: running.templates.map((t) => (t.binding.mode === 'never' ? { ...t, binding: { ...t.binding, mode: 'Immediate' as const, reason: 'bound when the running set created it' } } : t)) };
      const setup = new Simulation(state, bound, { ...dnsContext }, true, view(currentSpec!));
      seedClaims(state, stage1, name, naming, new Map());
      setup.run();
    }
    if (desiredSpec) seedClaims(state, stage2, name, naming, new Map());
    const start = cloneState(state);
    const simulated = effective ?? spec;
    const reduced = reduce(simulated);
    const sim = new Simulation(state, reduced, { ...dnsContext }, false, view(simulated));
    if (desiredR && svcChange) sim.changeService(svcAfter, svcChange);
    if (!desiredR) sim.deleteSet();
    else if (effective) sim.run();

    const perOrdinal = countsByOrdinal(sim, currentR ? start : null);
    let dec: Decomposition | null = null;
    if (!identity) {
      dec = decompose(sim.events, map, (o) => `${finalShape(sim, o)}${JSON.stringify(perOrdinal.get(o) ?? ZERO)}`);
      if (!dec) return null;
      // The rollout must not stop inside a middle, or on a count of simulated pods.
      const wait = sim.lastWait;
      if (sim.waitCounted) return null;
      for (const m of dec.middles) if (wait && wait.ordinal !== null && wait.ordinal > m.x && wait.ordinal < m.y - 1) return null;
    }
    const counts = { ...ZERO };
    for (const [o, c] of perOrdinal) {
      const w = dec ? dec.weight(o) : 1;
      for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += c[k] * w;
    }
    const items: Item[] = dec ? dec.items : sim.events.map((event) => ({ event }));
    return { sim, start, reduced, naming, dec, counts, items };
  };

  // Ordinals that start alike are simulated as a few when there are many (compress.ts).
  const points: number[] = [];
  for (const s of [currentSpec, desiredSpec]) if (s) points.push(s.start, s.start + s.replicas, s.start + Math.min(s.partition, s.replicas));
  const { signatures: sigs, forced } = signatures({ setName: name, pods: snap?.pods ?? [], claims: [stage1, stage2] });
  for (const svc of [svcBefore, svcAfter]) {
    for (const v of Object.values(svc?.selector ?? {})) {
      const o = ordinalAfter(v, name) ?? ordinalAfter(`x-${v}`, 'x');
      if (o !== null) forced.add(o);
    }
  }
  let lowest = Infinity;
  let highest = -Infinity;
  for (const o of points) [lowest, highest] = [Math.min(lowest, o), Math.max(highest, o)];
  for (const o of sigs.keys()) [lowest, highest] = [Math.min(lowest, o), Math.max(highest, o + 1)];
  const universe = highest > lowest ? highest - lowest : 0;
  // Text from the inputs that the simulation writes into events must not look like its tokens.
  const texts = [name, ns, ctx.options.clusterDomain, svcChange ?? '', ...(snap?.revisions ?? [])];
  for (const c of [...stage1, ...stage2]) texts.push(c.name, c.binding.reason, c.binding.className ?? '');
  // JSON writes a NUL as \u0000.
  const tokenFree = !texts.some(holdsTokenChar) && !JSON.stringify([svcBefore, svcAfter, desiredSpec, currentSpec]).includes('\\u0000');
  const gate = spec.maxUnavailableGate && (effective ?? spec).strategy === 'RollingUpdate' && (effective ?? spec).maxUnavailable > 1;
  // Summarised when it can be; else ordinal by ordinal while that is bounded (by directLimit, or
  // by the inputs when a snapshot holds more ordinals than that); else not planned. A universe of
  // many short stretches is cut finer to stay bounded.
  const limit = bounds.directLimit + 2 * sigs.size;
  let map = OrdinalMap.identity;
  let outcome: Outcome | null = null;
  if (tokenFree && !gate && universe > bounds.compressAbove) {
    map = buildMap(points, sigs, forced, bounds);
    // At most `keep` ordinals per stretch: as many as the inputs hold stretches.
    if ((map.compressed ? map.simulated : universe) > limit) map = buildMap(points, sigs, forced, { ...bounds, compressAbove: Math.min(bounds.keep, bounds.compressAbove) });
    outcome = simulateWith(map);
  }
  if (!outcome && universe <= Math.max(limit, bounds.compressAbove)) outcome = simulateWith((map = OrdinalMap.identity));
  if (!outcome) {
    const why = gate
      ? `with the MaxUnavailableStatefulSet gate on, maxUnavailable ${(effective ?? spec).maxUnavailable} replaces pods in batches whose size depends on how many are unavailable, which the planner does not summarise`
      : 'its pods do not go through the same events one after the other, so the planner cannot summarise them';
    plan.unplanned = `StatefulSet ${name} spans ${universe} ordinals, more than the ${limit} the planner simulates one by one, and ${why}: nothing of its rollout is planned`;
    if (plan.change === 'unchanged') plan.change = 'update';
    return { plan, items: [] };
  }
  const { sim, start, reduced, naming, dec, counts, items } = outcome;
  plan.revision.current = start.currentRevision;
  plan.revision.update = desiredSpec?.revision ?? start.updateRevision;
  plan.counts = counts;
  if (plan.change === 'unchanged' && (items.length > 0 || plan.changes.length > 0)) plan.change = 'update';
  if (plan.change !== 'rejected' && plan.change !== 'delete' && effective && desiredR) {
    const b = blockedOf(sim, effective, reduced, location, dec, (o) => (dec ? map.realOf(o) : o), bounds.listLimit);
    if (b) ctx.blocked.push(b);
  }
  const realName = (s: string): string => (dec ? dec.real(s) : s);
  /** The pods of the final state, in real names, those at ordinal o named `web-o`. */
  const finalPods = (filter: (p: SimPod) => boolean): NameList => {
    const list = new NameList(bounds.listLimit);
    for (const p of sim.state.pods.values()) {
      if (!filter(p)) continue;
      const [first, last] = dec && p.name === sim.nameOf(p.ordinal) ? dec.realRange(p.ordinal) : [0, 0];
      if (dec && p.name === sim.nameOf(p.ordinal)) {
        if (first <= last) list.addRange(first, last, (o) => podName(name, o));
      } else list.add(realName(p.name));
    }
    return list;
  };
  // Warnings.
  if (desiredSpec && plan.change !== 'rejected') {
    if (why && (plan.change === 'create' || svcChange)) addWarning(ctx, { namespace: ns, statefulSet: name, message: why, ...(location ? { location } : {}) });
    const ru = desired?.spec?.updateStrategy?.rollingUpdate;
    if (ru?.maxUnavailable !== undefined && !ctx.gates.MaxUnavailableStatefulSet) {
      addWarning(ctx, { namespace: ns, statefulSet: name, message: `rollingUpdate.maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off on Kubernetes ${ctx.options.kubeVersion ?? DEFAULT_VERSION}, so pods are replaced one at a time`, location: locationOf(desiredR!, ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']) });
    }
    if (newRevision && desiredSpec.strategy === 'OnDelete') {
      const old = finalPods((p) => p.revision !== desiredSpec.revision);
      if (old.count) addWarning(ctx, { namespace: ns, statefulSet: name, message: `updateStrategy OnDelete: no pod is replaced; ${old.text()} keep revision ${[...new Set([...sim.state.pods.values()].filter((p) => p.revision !== desiredSpec.revision).map((p) => p.revision))].join(', ')} until you delete them (each comes back at ${desiredSpec.revision})`, location: locationOf(desiredR!, ['spec', 'updateStrategy', 'type']) });
    }
    reusedClaimWarnings(ctx, desiredR!, desiredSpec, start, sim, naming, dec);
  }
  if (!desiredR && currentSpec) {
    addWarning(ctx, { namespace: ns, statefulSet: name, message: `deleting StatefulSet ${name} terminates its pods all at once, in no particular order; for an ordered shutdown run kubectl scale statefulset ${shellQuote(name)}${nsFlag(ns)} --replicas=0 first and wait for the pods to go`, ...(location ? { location } : {}) });
  }
  const lost = new NameList(bounds.listLimit);
  for (const item of items) {
    if ('event' in item) {
      if (item.event.kind === 'PersistentVolumeClaim' && item.event.action === 'delete') lost.add(item.event.name);
      continue;
    }
    const r = item.run;
    r.block.forEach((e, k) => {
      if (e.kind !== 'PersistentVolumeClaim' || e.action !== 'delete') return;
      const template = r.templates[k]!.name;
      lost.addRange(r.first, r.first + (r.count - 1) * r.dir, (o) => expandOrdinal(template, o));
    });
  }
  if (lost.count) addWarning(ctx, { namespace: ns, statefulSet: name, message: `PVC ${lost.text()} ${lost.count === 1 ? 'is' : 'are'} deleted by the retention policy: the data on ${lost.count === 1 ? 'its volume' : 'their volumes'} is lost unless the PersistentVolume's reclaimPolicy is Retain` });
  return { plan, items };
}

/** Warn when an existing PVC is reused although it differs from the claim template. */
function reusedClaimWarnings(ctx: Ctx, r: Resource, spec: SetSpec, start: SimState, sim: Simulation, naming: Naming, dec: Decomposition | null): void {
  const sts = asStatefulSet(r);
  const createdHere = new Set(sim.events.filter((e) => e.kind === 'PersistentVolumeClaim' && e.action === 'create').map((e) => e.name));
  const fromSnapshot = ctx.snapshot ? new Set(ctx.current.all) : null;
  const claims = [...ctx.current.inNamespace('PersistentVolumeClaim', spec.namespace), ...ctx.desired.inNamespace('PersistentVolumeClaim', spec.namespace)];
  for (const [t, i] of claimTemplatesOf(sts)) {
    const tname = claimTemplateName(t);
    const prefix = `${tname}-${spec.name}`;
    for (const pvcR of claims) {
      const ord = ordinalAfter(pvcR.name, prefix);
      if (ord === null || ord < spec.start || ord >= spec.start + spec.replicas) continue;
      // The claim as the simulation names it (a left-out ordinal is like its middle's first).
      const slot = naming.slotOf(ord) ?? dec?.middles.find((m) => ord >= m.lo && ord < m.hi)?.x;
      if (slot === undefined) continue;
      const simName = pvcR.name === claimName(tname, spec.name, ord) ? naming.claim(tname, slot) : pvcR.name;
      if (createdHere.has(simName) || !start.claims.has(simName)) continue;
      const pvc = pvcR.object as unknown as PersistentVolumeClaim;
      const diffs: string[] = [];
      const size = (c: PersistentVolumeClaim): string => String(c.spec?.resources?.requests?.storage ?? '(none)');
      if (canonicalQuantity(size(pvc)) !== canonicalQuantity(size(t))) diffs.push(`storage ${size(pvc)} (template: ${size(t)})`);
      const cls = (c: PersistentVolumeClaim): string => c.spec?.storageClassName ?? '(default)';
      if (t.spec?.storageClassName !== undefined && cls(pvc) !== cls(t)) diffs.push(`storageClassName ${cls(pvc)} (template: ${cls(t)})`);
      const modes = (c: PersistentVolumeClaim): string => (c.spec?.accessModes ?? []).join(',') || '(none)';
      if (modes(pvc) !== modes(t)) diffs.push(`accessModes ${modes(pvc)} (template: ${modes(t)})`);
      if (!diffs.length) continue;
      addWarning(ctx, {
        namespace: spec.namespace,
        statefulSet: spec.name,
        message: `PVC ${pvcR.name} already exists and is reused as it is, although it differs from claim template ${tname}: ${diffs.join(', ')}`,
        location: fromSnapshot?.has(pvcR) ? locationOf(r, ['spec', 'volumeClaimTemplates', i]) : locationOf(pvcR, []),
      });
    }
  }
}

function serviceChangeText(before: DnsService | null, after: DnsService | null, name: string): string | null {
  if (!before && !after) return null;
  if (!before) return `Service ${name} created${after!.headless ? ' (headless)' : ''}`;
  if (!after) return `Service ${name} deleted`;
  const parts: string[] = [];
  if (before.headless !== after.headless) parts.push(after.headless ? 'now headless' : 'no longer headless');
  if (JSON.stringify(before.selector) !== JSON.stringify(after.selector)) parts.push('selector changed');
  if (JSON.stringify(before.ports) !== JSON.stringify(after.ports)) parts.push('named ports changed');
  if (before.publishNotReady !== after.publishNotReady) parts.push(`publishNotReadyAddresses ${after.publishNotReady}`);
  if (JSON.stringify(before.families) !== JSON.stringify(after.families)) parts.push('IP families changed');
  return parts.length ? `Service ${name}: ${parts.join(', ')}` : null;
}

function planService(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): ServicePlan {
  const desired = desiredR ? asService(desiredR) : undefined;
  const current = currentR ? asService(currentR) : undefined;
  const headless = (s: Service | undefined): boolean | null => (s ? s.spec?.clusterIP === 'None' || s.spec?.clusterIPs?.[0] === 'None' : null);
  const plan: ServicePlan = {
    namespace: ns,
    name,
    change: !currentR ? 'create' : !desiredR ? 'delete' : 'unchanged',
    changes: [],
    headless: { from: headless(current), to: headless(desired) },
  };
  if (desiredR) plan.location = locationOf(desiredR, []);
  if (current && desired && currentR && desiredR) {
    const d = objectDiff(currentR, desiredR, ctx.snapshot, ns);
    if (d) {
      plan.diff = d;
      plan.change = 'update';
    }
    const rejected = serviceImmutableChanges(current, desired);
    if (rejected.length) {
      plan.change = 'rejected';
      plan.rejection = {
        reason: `Service "${name}" is invalid: spec.clusterIPs[0]: Invalid value: ${JSON.stringify(rejected[0]!.to)}: may not change once set`,
        fields: rejected.map((c) => ({ field: pathText(c.path), from: c.from, to: c.to, location: locationOf(desiredR, c.path) })),
        route: [`kubectl delete service ${shellQuote(name)}${nsFlag(ns)}`, applyCommand(desiredR, ns)],
      };
    }
    const a = dnsService(current, new Map());
    const b = dnsService(desired, new Map());
    const text = serviceChangeText(a, b, name);
    if (text) plan.changes.push(text.replace(`Service ${name}: `, ''));
  }
  const errors = desiredR ? apiErrors.get(desiredR) : undefined;
  if (errors?.length) {
    plan.change = 'rejected';
    plan.rejection = { reason: `the API server rejects Service ${name}: ${errors.join('; ')}`, fields: [], route: ['fix the errors `stsplan lint` reports, then plan again'] };
  }
  if (plan.change === 'create') plan.changes.push(headless(desired) ? 'created (headless)' : 'created');
  if (plan.change === 'delete') plan.changes.push('deleted');
  return plan;
}

// ---- the whole plan ---------------------------------------------------------------------------------

function summaryText(c: Counts, rejected: number, blocked: number, unplanned: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [`+${plural(c.podsCreated, 'pod')}`, `+${plural(c.pvcsCreated, 'PVC')}`, `+${plural(c.dnsAdded, 'DNS record')}`];
  if (c.podsReplaced) parts.push(`${plural(c.podsReplaced, 'pod')} replaced`);
  const removed = c.podsDeleted + c.pvcsDeleted + c.dnsRemoved;
  if (removed === 0) parts.push('0 deleted');
  else {
    if (c.podsDeleted) parts.push(`-${plural(c.podsDeleted, 'pod')}`);
    if (c.pvcsDeleted) parts.push(`-${plural(c.pvcsDeleted, 'PVC')}`);
    if (c.dnsRemoved) parts.push(`-${plural(c.dnsRemoved, 'DNS record')}`);
  }
  if (c.pvcsRetained) parts.push(`${plural(c.pvcsRetained, 'PVC')} kept`);
  if (rejected) parts.push(`${rejected} rejected`);
  if (blocked) parts.push(`${blocked} blocked`);
  if (unplanned) parts.push(`${unplanned} not planned`);
  return parts.join(', ');
}

function applyScale(resources: Resource[], scale: NonNullable<PlanOptions['scale']>, defaultNamespace: string): { resources: Resource[]; unknown: string[] } {
  const hit = new Set<number>();
  const out = resources.map((r) => {
    if (r.kind !== 'StatefulSet') return r;
    const i = scale.findIndex((s) => s.name === r.name && (s.namespace === undefined || s.namespace === (r.namespace ?? defaultNamespace)));
    if (i < 0) return r;
    hit.add(i);
    const spec = isRecord(r.object.spec) ? r.object.spec : {};
    return { ...r, object: { ...r.object, spec: { ...spec, replicas: scale[i]!.replicas } } };
  });
  return { resources: out, unknown: scale.filter((_, i) => !hit.has(i)).map((s) => (s.namespace ? `${s.namespace}/${s.name}` : s.name)) };
}

/** What the planner plans from: both sides loaded, and what the API server would reject on apply. */
export interface PlanInput {
  /** The objects to apply. */
  desired: Resource[];
  /** What exists: earlier manifests, or the objects of a cluster snapshot (`snapshot`); null when no current state was given (a fresh cluster). */
  current: Resource[] | null;
  snapshot: boolean;
  /** The API server's rejections of desired objects (prepare.ts finds them with the rules of category `rejected`). */
  rejections: ApiRejection[];
  /** Inputs that could not be read or parsed, reported in the plan. */
  inputErrors: InputError[];
}

/** One error the API server would answer an apply of a desired object with. */
export interface ApiRejection {
  file: string;
  /** The object's document in its file, and its kind and name. */
  document: number;
  kind: string;
  name: string;
  /** The API server's message, with where in the manifest the field is. */
  message: string;
}

/** Checks the options that do not need the inputs; throws OptionsError. */
export function checkPlanOptions(options: PlanOptions): void {
  const version = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION);
  if (typeof version === 'string') throw new OptionsError(version);
  const clusterDomain = options.clusterDomain ?? 'cluster.local';
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(clusterDomain)) throw new OptionsError(`invalid cluster domain "${clusterDomain}"`);
  for (const s of options.scale ?? []) {
    if (!Number.isInteger(s.replicas) || s.replicas < 0 || s.replicas > MAX_INT32) throw new OptionsError(`--scale ${s.name}=${s.replicas}: replicas must be an integer 0..${MAX_INT32} (spec.replicas is a 32-bit integer)`);
  }
}

/**
 * The planner: applying `input.desired` over `input.current`, as the StatefulSet controller, the
 * volume binder and cluster DNS carry it out. Pure and synchronous: no I/O, no loading, no rules.
 * Throws OptionsError for invalid options; never for bad input.
 */
export function planObjects(input: PlanInput, options: PlanOptions = {}, bounds: Bounds = BOUNDS): Plan {
  checkPlanOptions(options);
  const version = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION) as Exclude<ReturnType<typeof parseKubeVersion>, string>;
  const gates = { ...defaultGates(version), ...options.featureGates };
  const defaultNamespace = options.defaultNamespace ?? 'default';
  const clusterDomain = options.clusterDomain ?? 'cluster.local';
  const { snapshot, inputErrors } = input;
  let desiredResources = input.desired;
  let currentResources = input.current ?? [];
  const warnings: PlanWarning[] = [];
  if (options.scale?.length) {
    if (input.current === null) currentResources = desiredResources;
    const scaled = applyScale(desiredResources, options.scale, defaultNamespace);
    if (scaled.unknown.length) throw new OptionsError(`--scale: no StatefulSet ${scaled.unknown.join(', ')} in the given manifests`);
    desiredResources = scaled.resources;
  }
  const currentIndex = new ResourceIndex(currentResources, defaultNamespace);
  // A Service manifest without clusterIP keeps the current one (a headless Service stays headless).
  desiredResources = desiredResources.map((r) => {
    if (r.kind !== 'Service') return r;
    const before = currentIndex.get('Service', currentIndex.namespaceOf(r), r.name);
    const effective = withAllocatedValues(asService(r), before ? asService(before) : undefined);
    return effective === asService(r) ? r : { ...r, object: effective as unknown as Resource['object'] };
  });
  const desiredIndex = new ResourceIndex(desiredResources, defaultNamespace);
  const storageKinds = new Set(['StorageClass', 'PersistentVolume']);
  const ctx: Ctx = {
    options: { ...options, clusterDomain, defaultNamespace, kubeVersion: version.text },
    gates,
    desired: desiredIndex,
    current: currentIndex,
    storage: new ResourceIndex([...currentResources.filter((r) => storageKinds.has(r.kind)), ...desiredResources.filter((r) => storageKinds.has(r.kind))], defaultNamespace),
    snapshot,
    warnings,
    blocked: [],
    inputErrors,
    bounds,
    warningKeys: new Set(),
  };

  // What the API server would reject in the desired manifests.
  const apiErrors = new Map<Resource, string[]>();
  for (const f of input.rejections) {
    const r = desiredResources.find((x) => x.file.path === f.file && x.docIndex === f.document && x.kind === f.kind && x.name === f.name);
    if (!r) continue;
    const list = apiErrors.get(r) ?? [];
    list.push(f.message);
    apiErrors.set(r, list);
  }

  // StatefulSets: desired order first, then the ones only in the current state.
  const sets = new Map<string, { ns: string; name: string; desired?: Resource; current?: Resource }>();
  for (const r of desiredIndex.served('StatefulSet')) {
    const ns = desiredIndex.namespaceOf(r);
    sets.set(key(ns, r.name), { ns, name: r.name, desired: desiredIndex.get('StatefulSet', ns, r.name) });
  }
  for (const r of currentIndex.served('StatefulSet')) {
    const ns = currentIndex.namespaceOf(r);
    const k = key(ns, r.name);
    const live = currentIndex.get('StatefulSet', ns, r.name);
    const entry = sets.get(k);
    if (entry) entry.current = live;
    else if (!snapshot) sets.set(k, { ns, name: r.name, current: live });
  }
  const results: SetResult[] = [];
  for (const s of sets.values()) results.push(planSet(s.ns, s.name, s.desired, s.current, ctx, apiErrors));

  // Services: those in the desired manifests, and (from manifests) those removed.
  const services: ServicePlan[] = [];
  const seen = new Set<string>();
  for (const r of desiredIndex.served('Service')) {
    const ns = desiredIndex.namespaceOf(r);
    if (seen.has(key(ns, r.name))) continue;
    seen.add(key(ns, r.name));
    services.push(planService(ns, r.name, desiredIndex.get('Service', ns, r.name), currentIndex.get('Service', ns, r.name), ctx, apiErrors));
  }
  if (!snapshot) {
    for (const r of currentIndex.served('Service')) {
      const ns = currentIndex.namespaceOf(r);
      if (seen.has(key(ns, r.name))) continue;
      seen.add(key(ns, r.name));
      services.push(planService(ns, r.name, undefined, currentIndex.get('Service', ns, r.name), ctx, apiErrors));
    }
  }

  // Standalone PVCs: an update the API server rejects (issue 15 point 16). The rule
  // immutable-field-changed reports the same problems with their reasons.
  const claims: ClaimPlan[] = [];
  for (const r of desiredIndex.served('PersistentVolumeClaim')) {
    const ns = desiredIndex.namespaceOf(r);
    const before = currentIndex.get('PersistentVolumeClaim', ns, r.name);
    if (!before || !r.reportable) continue;
    const cls = classOf(asClaim(r), [], ctx.storage, ctx.options.cluster);
    const problems = claimUpdateProblems(asClaim(before), asClaim(r), version.minor, cls.info?.allowVolumeExpansion);
    if (problems.length === 0) continue;
    const first = problems[0]!;
    const resize = first.kind === 'resize';
    claims.push({
      namespace: ns,
      name: r.name,
      change: 'rejected',
      location: locationOf(r, []),
      rejection: {
        reason: resize ? `persistentvolumeclaims "${r.name}" is forbidden: ${first.message}` : `PersistentVolumeClaim "${r.name}" is invalid: ${problems.filter((p) => p.kind !== 'resize').map((p) => p.message).filter((m, i, all) => all.indexOf(m) === i).join(', ')}`,
        fields: problems.map((p) => ({ field: pathText(p.change.path), from: p.change.from, to: p.change.to, location: locationOf(r, p.change.path) })),
        route: resize
          ? [`kubectl patch storageclass ${shellQuote(cls.name ?? '')} -p '{"allowVolumeExpansion": true}'  # if its provisioner supports expansion`, applyCommand(r, ns)]
          : ['keep the earlier spec, or create a claim under a new name and copy the data to it'],
      },
    });
  }

  // One timeline: sets act at the same time, so a step number is shared across sets.
  // Each set's events are in step order already: a merge by (step, set), stable within a set.
  // The simulation made them in their final shape; here they only get their place in the plan.
  let events: PlanEvent[];
  let runs: PlanRun[] | undefined;
  if (results.some((r) => r.items.some((i) => 'run' in i))) {
    // Runs are placed by counting (timeline.ts); each set's steps are 1, 2, 3… already.
    ({ events, runs } = mergeTimelines(results.map((r) => ({ namespace: r.plan.namespace, name: r.plan.name, items: r.items }))));
  } else {
    const lists = results.map((r) => r.items.map((i) => (i as { event: PlanEvent }).event));
    if (lists.length === 1) events = lists[0]!;
    else {
      const tagged = lists.flatMap((list, set) => list.map((e) => ({ e, set })));
      tagged.sort((a, b) => a.e.step - b.e.step || a.set - b.set);
      events = tagged.map((t) => t.e);
    }
    events.forEach((e, i) => (e.seq = i + 1));
    // Renumber steps densely (1, 2, 3…) in timeline order.
    const stepMap = new Map<number, number>();
    for (const e of events) if (!stepMap.has(e.step)) stepMap.set(e.step, stepMap.size + 1);
    for (const e of events) e.step = stepMap.get(e.step)!;
  }

  const statefulSets = results.map((r) => r.plan);
  const totals = { ...ZERO };
  for (const p of statefulSets) for (const k of Object.keys(totals) as (keyof Counts)[]) totals[k] += p.counts[k];
  const blocked = ctx.blocked;
  const rejected = statefulSets.filter((s) => s.rejection).length + services.filter((s) => s.rejection).length + claims.length;
  const unplanned = statefulSets.filter((s) => s.unplanned).length;
  const changed = events.length > 0 || !!runs?.length || statefulSets.some((s) => s.change !== 'unchanged') || services.some((s) => s.change !== 'unchanged');
  return {
    formatVersion: 1,
    kubeVersion: version.text,
    featureGates: gates,
    clusterDomain,
    changed,
    ok: rejected === 0 && blocked.length === 0 && unplanned === 0,
    summary: { ...totals, rejected, blocked: blocked.length, text: summaryText(totals, rejected, blocked.length, unplanned) },
    statefulSets,
    services,
    ...(claims.length ? { claims } : {}),
    events,
    ...(runs ? { runs } : {}),
    warnings,
    blocked,
    inputErrors,
  };
}
