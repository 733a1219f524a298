/**
 * What a StatefulSet's ordinals start with: the pods of a cluster snapshot and the PVCs of the
 * snapshot or the manifests, read once per ordinal from the inputs, then written into a
 * simulation's state for the ordinals it simulates (compress.ts). Each ordinal's starting state
 * is also summarised as a signature: ordinals with equal signatures start out alike.
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { setOwn, type InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { Labels } from '../k8s/selector.js';
import { bindingOf } from './binding.js';
import { shellQuote } from '../text/shell-quote.js';
import { ordinalAfter, readSnapshotPod, type SnapshotNode } from './snapshot.js';
import { claimName, podName, type Binding, type ClaimOwner, type ClaimVolume, type SetSpec, type SimPod, type SimState } from './sim/state.js';
import { volumeZones } from './zones.js';
import type { PersistentVolume } from 'kubernetes-types/core/v1.js';

/** A snapshot pod as read, before the simulation numbers it: a SimPod without its uid. */
export interface PodRecord extends Omit<SimPod, 'uid'> {
  /** `name/uid`, as PVC owner references name it. */
  key: string;
}

export interface ClaimRecord {
  name: string;
  ordinal: number;
  template: string;
  phase: 'Pending' | 'Bound';
  deleting: boolean;
  owner: { kind: 'Pod'; key: string } | { kind: 'StatefulSet' } | null;
  binding: Binding;
  /** A snapshot claim's bound PV and its zones, when the snapshot holds the PV and it names zones. */
  volume?: ClaimVolume;
}

/** The pods of a live StatefulSet in a snapshot, sorted by ordinal and name. */
export interface SnapshotPods {
  pods: PodRecord[];
  revisions: Set<string>;
  /** Template labels per revision, from the first pod (in input order) at that revision. */
  revisionLabels: Map<string, Labels>;
}

/**
 * A snapshot pod's phase and readiness as the simulation takes them. A pod that is Pending, or
 * Running and not Ready, stays so (`stuck`), with what its status says of why (`detail`: a
 * container waiting in ImagePullBackOff, CrashLoopBackOff…, or not scheduled). A Failed or
 * Succeeded pod is not stuck: the controller deletes it and creates it again (processReplica).
 */
function podPhase(phase: string | undefined, ready: boolean, why: string[]): Pick<PodRecord, 'phase' | 'ready' | 'stuck' | 'held' | 'detail'> {
  const p = phase === 'Running' || phase === 'Failed' || phase === 'Succeeded' ? phase : 'Pending';
  const detail = why.length ? why.join(', ') : undefined;
  const because = detail ? ` (${detail})` : '';
  if (p === 'Running' && !ready) return { phase: p, ready, stuck: `is Running but not Ready in the cluster snapshot${because}`, ...(detail ? { detail } : {}) };
  if (p === 'Pending') return { phase: p, ready: false, stuck: `is Pending in the cluster snapshot${because}`, ...(detail ? { detail } : {}) };
  return { phase: p, ready };
}

/**
 * Why a terminating pod never goes away, or undefined when its termination finishes. The kubelet
 * of a lost or NotReady node never confirms the deletion, so the pod object stays and the
 * controller creates no replacement with its name (spec §4); the pod GC force-deletes it once the
 * node has the node.kubernetes.io/out-of-service taint (pkg/controller/podgc gcTerminating), and
 * deletes pods of nodes that no longer exist (gcOrphaned).
 */
function lostNode(name: string, namespace: string | undefined, nodeName: string | undefined, nodes: Map<string, SnapshotNode> | null): string | undefined {
  if (!nodes || !nodeName) return undefined;
  const node = nodes.get(nodeName);
  if (!node || node.ready === 'True' || node.outOfService) return undefined;
  return `is Terminating on node ${nodeName}, which is NotReady (Ready ${node.ready ?? 'not reported'}): it is never removed and no pod replaces it until it is force-deleted (kubectl delete pod ${shellQuote(name)}${namespace && namespace !== 'default' ? ` -n ${shellQuote(namespace)}` : ''} --grace-period=0 --force) or the node gets the node.kubernetes.io/out-of-service taint`;
}

export function snapshotPods(setName: string, candidates: Resource[], errors: InputError[], nodes: Map<string, SnapshotNode> | null = null): SnapshotPods {
  const pods: PodRecord[] = [];
  const revisions = new Set<string>();
  const revisionLabels = new Map<string, Labels>();
  for (const r of candidates) {
    const ordinal = ordinalAfter(r.name, setName);
    if (ordinal === null) continue;
    const pod = readSnapshotPod(r, errors);
    if (pod.owners.length && !pod.owners.some((o) => o.kind === 'StatefulSet' && o.name === setName)) continue;
    const labels = pod.labels;
    const revision = labels['controller-revision-hash'] ?? '';
    if (revision) {
      revisions.add(revision);
      if (!revisionLabels.has(revision)) {
        const { ['controller-revision-hash']: _h, ['statefulset.kubernetes.io/pod-name']: _n, ['apps.kubernetes.io/pod-index']: _i, ...rest } = labels;
        revisionLabels.set(revision, rest);
      }
    }
    const state = podPhase(pod.phase, pod.ready, pod.why);
    const lost = pod.terminating ? lostNode(r.name, r.namespace, pod.nodeName, nodes) : undefined;
    if (lost) Object.assign(state, { stuck: lost, held: true });
    pods.push({ name: r.name, ordinal, revision, labels, ...state, terminating: pod.terminating, key: `${r.name}/${pod.uid}` });
  }
  pods.sort((a, b) => a.ordinal - b.ordinal || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { pods, revisions, revisionLabels };
}

/**
 * Pre-existing PVCs (standalone manifests or snapshot objects) that the set's claim names hit,
 * sorted by ordinal and claim template, so that the simulation meets them in ordinal order
 * whatever order the inputs list them in.
 */
export function claimRecords(spec: SetSpec, sources: Resource[], storage: ResourceIndex, cluster: ClusterProfile | undefined, snapshot: boolean): ClaimRecord[] {
  const prefixes = spec.templates.map((t) => `${t.name}-${spec.name}`);
  const out: (ClaimRecord & { t: number })[] = [];
  let volumes: Map<string, PersistentVolume> | undefined;
  const volumeOf = (name: string): ClaimVolume | undefined => {
    if (!volumes) {
      volumes = new Map();
      for (const v of storage.served('PersistentVolume')) volumes.set(v.name, v.object as unknown as PersistentVolume);
    }
    const pv = volumes.get(name);
    const zones = pv ? volumeZones(pv) : undefined;
    return zones ? { name, zones: [...zones].sort() } : undefined;
  };
  for (const r of sources) {
    let ordinal: number | null = null;
    let t = 0;
    for (; t < prefixes.length; t++) if ((ordinal = ordinalAfter(r.name, prefixes[t]!)) !== null) break;
    if (ordinal === null) continue;
    const pvc = r.object as unknown as PersistentVolumeClaim;
    const { binding } = bindingOf(pvc, [], r, r.name, storage, cluster, !snapshot);
    const meta = pvc.metadata ?? {};
    let owner: ClaimRecord['owner'] = null;
    for (const ref of meta.ownerReferences ?? []) {
      if (ref?.kind === 'Pod') owner = { kind: 'Pod', key: `${ref.name}/${ref.uid}` };
      else if (ref?.kind === 'StatefulSet' && ref.name === spec.name) owner = { kind: 'StatefulSet' };
    }
    const phase = snapshot ? (pvc.status?.phase === 'Bound' ? 'Bound' : 'Pending') : binding.mode === 'never' ? 'Pending' : 'Bound';
    const volume = snapshot && phase === 'Bound' && typeof pvc.spec?.volumeName === 'string' && pvc.spec.volumeName !== '' ? volumeOf(pvc.spec.volumeName) : undefined;
    out.push({ name: r.name, ordinal, template: spec.templates[t]!.name, t, phase, deleting: !!meta.deletionTimestamp, owner, binding, ...(volume ? { volume } : {}) });
  }
  out.sort((a, b) => a.ordinal - b.ordinal || a.t - b.t || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.map(({ t: _t, ...c }) => c);
}

/** A label value written relative to its pod: its own name and ordinal are placeholders. */
const POD_NAME = '\u0000name';
const POD_ORDINAL = '\u0000ordinal';

function relativeLabels(labels: Labels, name: string, ordinal: number): Labels {
  const out: Labels = {};
  const o = String(ordinal);
  for (const k of Object.keys(labels).sort()) {
    const v = labels[k]!;
    setOwn(out, k, v === name ? POD_NAME : v === o ? POD_ORDINAL : v);
  }
  return out;
}

/** Claims in stage order: those of the current spec, then those only the desired spec's names hit. */
export interface Records {
  setName: string;
  pods: PodRecord[];
  claims: ClaimRecord[][];
}

/**
 * Each ordinal's starting state, written relative to the ordinal; and the ordinals that other
 * objects name (a PVC owned by another ordinal's pod), which must be simulated as themselves.
 */
export function signatures(records: Records): { signatures: Map<number, string>; forced: Set<number> } {
  const parts = new Map<number, unknown[]>();
  const forced = new Set<number>();
  const add = (o: number, v: unknown): void => {
    let list = parts.get(o);
    if (!list) parts.set(o, (list = []));
    list.push(v);
  };
  const byKey = new Map<string, PodRecord>();
  for (const p of records.pods) {
    byKey.set(p.key, p);
    const canonical = p.name === podName(records.setName, p.ordinal);
    add(p.ordinal, ['pod', canonical ? '' : p.name, p.revision, p.phase, p.ready, p.stuck ?? '', p.held === true, p.terminating, relativeLabels(p.labels, p.name, p.ordinal)]);
  }
  records.claims.forEach((stage, i) => {
    for (const c of stage) {
      const canonical = c.name === claimName(c.template, records.setName, c.ordinal);
      let owner: string = c.owner?.kind ?? '';
      if (c.owner?.kind === 'Pod') {
        const pod = i === 0 ? byKey.get(c.owner.key) : undefined;
        if (!pod) owner = 'stale';
        else if (pod.ordinal === c.ordinal && pod.name === podName(records.setName, pod.ordinal)) owner = 'own';
        else {
          owner = `pod ${pod.name}`;
          forced.add(pod.ordinal);
          forced.add(c.ordinal);
        }
      }
      add(c.ordinal, ['pvc', i, c.template, canonical ? '' : c.name, c.phase, c.deleting, owner, c.binding.mode, c.binding.className, c.binding.reason, c.volume ?? null]);
    }
  });
  const out = new Map<number, string>();
  for (const [o, list] of parts) out.set(o, JSON.stringify(list));
  return { signatures: out, forced };
}

/** How the simulation names an ordinal's pod and claims. */
export interface Naming {
  pod(ordinal: number): string;
  claim(template: string, ordinal: number): string;
  text(ordinal: number): string;
  /** The simulated ordinal of a real one, or null when it is left out. */
  slotOf(real: number): number | null;
}

/** Writes the snapshot's pods into a state; returns the uid each pod got, by `name/uid`. */
export function seedPods(state: SimState, pods: PodRecord[], setName: string, naming: Naming): Map<string, number> {
  const uids = new Map<string, number>();
  for (const p of pods) {
    const slot = naming.slotOf(p.ordinal);
    if (slot === null) continue;
    const canonical = p.name === podName(setName, p.ordinal);
    const name = canonical ? naming.pod(slot) : p.name;
    const labels: Labels = {};
    const rel = relativeLabels(p.labels, p.name, p.ordinal);
    for (const [k, v] of Object.entries(rel)) setOwn(labels, k, v === POD_NAME ? name : v === POD_ORDINAL ? naming.text(slot) : v);
    const uid = state.nextUid++;
    uids.set(p.key, uid);
    state.pods.set(name, { name, ordinal: slot, revision: p.revision, labels, phase: p.phase, ready: p.ready, ...(p.stuck ? { stuck: p.stuck } : {}), ...(p.detail ? { detail: p.detail } : {}), ...(p.held ? { held: true } : {}), terminating: p.terminating, uid });
  }
  return uids;
}

/** Writes claims into a state, leaving out those already there. */
export function seedClaims(state: SimState, claims: ClaimRecord[], setName: string, naming: Naming, podUids: Map<string, number>): void {
  for (const c of claims) {
    const slot = naming.slotOf(c.ordinal);
    if (slot === null) continue;
    const name = c.name === claimName(c.template, setName, c.ordinal) ? naming.claim(c.template, slot) : c.name;
    if (state.claims.has(name)) continue;
    const owner: ClaimOwner = c.owner?.kind === 'Pod' ? { kind: 'Pod', uid: podUids.get(c.owner.key) ?? -1 } : c.owner;
    state.claims.set(name, { name, ordinal: slot, phase: c.phase, deleting: c.deleting, owner, binding: c.binding, pendingReported: false, ...(c.volume ? { volume: c.volume } : {}) });
  }
}
