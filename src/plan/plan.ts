/**
 * `planObjects(input, options)`: what applying the desired objects over the current ones makes the
 * cluster do. Pure and synchronous: the objects are loaded already (prepare.ts reads contents and
 * finds the API server's rejections); nothing here touches a cluster, the disk or the network.
 * The parts: set-spec.ts (a set as simulated), current.ts (the current state against the desired
 * one), statefulset.ts (one set), service.ts, claims.ts (standalone PVCs); context.ts is what they share.
 */
import { OptionsError } from '../lint/engine.js';
import type { Resource } from '../resource.js';
import { ResourceIndex } from '../load/resource-index.js';
import type { InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import { asService, isRecord, MAX_INT32 } from '../k8s/objects.js';
import { DEFAULT_VERSION, defaultGates, parseKubeVersion, type FeatureGates, type KubeVersion } from '../k8s/versions.js';
import { withAllocatedValues } from '../k8s/immutable.js';
import { BOUNDS, type Bounds } from './compress.js';
import { mergeTimelines } from './timeline.js';
import type { Counts, Plan, PlanEvent, PlanRun, PlanWarning, ServicePlan } from './types.js';
import { ZERO, type Ctx } from './context.js';
import { planSet, type SetResult } from './statefulset.js';
import { dnsTiming, peerNamed, planService } from './service.js';
import { claimRejections } from './claims.js';
import { keepLiveReplicas, replicasWarnings } from './hpa.js';

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

const key = (ns: string, name: string): string => `${ns}/${name}`;

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
/** The options with their defaults filled in and checked; throws OptionsError for invalid ones. */
export function resolvePlanOptions(options: PlanOptions): { version: KubeVersion; gates: FeatureGates; defaultNamespace: string; clusterDomain: string } {
  const version = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION);
  if (typeof version === 'string') throw new OptionsError(version);
  const clusterDomain = options.clusterDomain ?? 'cluster.local';
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(clusterDomain)) throw new OptionsError(`invalid cluster domain "${clusterDomain}"`);
  for (const s of options.scale ?? []) {
    if (!Number.isInteger(s.replicas) || s.replicas < 0 || s.replicas > MAX_INT32) throw new OptionsError(`--scale ${s.name}=${s.replicas}: replicas must be an integer 0..${MAX_INT32} (spec.replicas is a 32-bit integer)`);
  }
  return { version, gates: { ...defaultGates(version), ...options.featureGates }, defaultNamespace: options.defaultNamespace ?? 'default', clusterDomain };
}

/**
 * The planner: applying `input.desired` over `input.current`, as the StatefulSet controller, the
 * volume binder and cluster DNS carry it out. Pure and synchronous: no I/O, no loading, no rules.
 * Throws OptionsError for invalid options; never for bad input.
 */
export function planObjects(input: PlanInput, options: PlanOptions = {}, bounds: Bounds = BOUNDS): Plan {
  const { version, gates, defaultNamespace, clusterDomain } = resolvePlanOptions(options);
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
  // A StatefulSet manifest without replicas keeps the live count, unless the last apply set it (hpa.ts).
  desiredResources = keepLiveReplicas(desiredResources, currentIndex, snapshot);
  const desiredIndex = new ResourceIndex(desiredResources, defaultNamespace);
  const storageKinds = new Set(['StorageClass', 'PersistentVolume']);
  const ctx: Ctx = {
    options: { cluster: options.cluster, clusterDomain, kubeVersion: version.text },
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
  for (const s of sets.values()) {
    const r = planSet(s.ns, s.name, s.desired, s.current, ctx, apiErrors);
    // When the pods' names appear in DNS, said once per set whose pods the plan publishes, where it matters.
    const timing = r.plan.service.dns ? dnsTiming(r.items, r.plan.service.name, peerNamed(s.desired ?? s.current, r.plan.service.name)) : undefined;
    if (timing) r.plan.service.timing = timing;
    results.push(r);
  }

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

  // Who owns replicas: a HorizontalPodAutoscaler, the last applied configuration (hpa.ts).
  // (`--scale` is kubectl scale, not an apply of the manifests' replicas.)
  if (!options.scale?.length) replicasWarnings(ctx, results.map((r) => r.plan));

  // Standalone PVCs: an update the API server rejects.
  const claims = claimRejections(ctx, version.minor);

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
