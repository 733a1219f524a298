/**
 * One StatefulSet of the plan: its simulation (in all its ordinals, or compressed), its counts
 * and the warnings about it; blocked.ts says what does not finish.
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf } from '../k8s/objects.js';
import { canonicalQuantity } from '../k8s/quantity-canonical.js';
import { shellQuote } from '../text/shell-quote.js';
import { locationOf } from './binding.js';
import { ordinalAfter, snapshotNodes } from './snapshot.js';
import { noDnsReason } from './sim/dns.js';
import { objectDiff } from './diff.js';
import { Simulation } from './sim/simulation.js';
import { claimName, emptyState, IDENTITY_VIEW, podName, type OrdinalView, type SetSpec, type SimPod, type SimState } from './sim/state.js';
import { buildMap, decompose, detokenize, holdsTokenChar, OrdinalMap, type Decomposition, type Item } from './compress.js';
import { claimRecords, seedClaims, seedPods, signatures, snapshotPods, type Naming } from './state.js';
import type { Counts, Rejection, StatefulSetPlan } from './types.js';
import { addWarning, ZERO, type Ctx } from './context.js';
import { nsFlag } from './kubectl.js';
import { governing, setSpec } from './set-spec.js';
import { describeChanges, rejectionFor, sameTemplate, snapshotRevisions } from './current.js';
import { serviceChangeText } from './service.js';
import { blockedOf, NameList } from './blocked.js';
import { stuckPods } from './stuck.js';
import { dataFate } from './data-fate.js';

export interface SetResult {
  plan: StatefulSetPlan;
  /** The set's events and runs in the order they happen. */
  items: Item[];
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

export function planSet(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): SetResult {
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
  const texts = [name, ns, ctx.options.clusterDomain, svcChange ?? '', ...(snap?.revisions ?? []), ...(snap?.pods ?? []).map((p) => p.stuck ?? '')];
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
    // The forced-rollback trap: snapshot pods not Ready at an older revision.
    const stuck = snap ? stuckPods(sim, start, effective, reduced, dec, bounds.listLimit) : null;
    if (b && stuck?.trapped.length) {
      b.stuckPods = stuck.trapped;
      if (stuck.trappedCount > stuck.trapped.length) b.stuckPodsCount = stuck.trappedCount;
    }
    if (b) ctx.blocked.push(b);
    for (const message of stuck?.replaced ?? []) addWarning(ctx, { namespace: ns, statefulSet: name, message, ...(location ? { location } : {}) });
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
      addWarning(ctx, { namespace: ns, statefulSet: name, message: `rollingUpdate.maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off on Kubernetes ${ctx.options.kubeVersion}, so pods are replaced one at a time`, location: locationOf(desiredR!, ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']) });
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
  // Data fate: what deleting or scaling down the set does to its PVCs and their disks.
  if (currentSpec && plan.change !== 'rejected' && !plan.unplanned) {
    const operation = !desiredR ? 'delete' : 'scale-down';
    const fate = dataFate(items, { name, ns, operation, sts: current, replicas: plan.replicas, whenScaled: (effective ?? currentSpec).whenScaled, whenDeleted: currentSpec.whenDeleted, gateOff: ctx.gates.StatefulSetAutoDeletePVC === false, limit: bounds.listLimit }, ctx);
    if (fate) plan.dataFate = fate;
  }
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
