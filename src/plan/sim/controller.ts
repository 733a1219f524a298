/**
 * The StatefulSet controller's sync: one call of updateStatefulSet
 * (pkg/controller/statefulset/stateful_set_control.go), steps A–K of
 * spec/statefulset-semantics.md §3. It reads the indexes instead of listing pods, changes the
 * state only through them, and asks the world outside it for what the controller does not do
 * itself: the API server's deletion of a pod, and the garbage collector's reports.
 */
import type { EventSink } from './events.js';
import { runningReady, unavailable, type Indexes } from './indexes.js';
import type { Names } from './names.js';
import type { Publisher } from './publish.js';
import type { ClaimTemplate, OrdinalView, SetSpec, SimClaim, SimPod, SimState, Wait } from './state.js';
import type { EventCode } from '../types.js';

/** What the controller reads of the indexes and the changes it makes through them. */
export type ControllerIndexes = Pick<Indexes, 'build' | 'changed' | 'available' | 'sick' | 'updated' | 'outdated' | 'settled' | 'condemned' | 'liveUpdated' | 'runningReadyCount' | 'liveUids' | 'addPod' | 'addClaim' | 'setOwner'>;

/** The world outside the controller, as the controller sees it. */
export interface Outside {
  /** Deletes a pod through the API server (reported with `code` and `reason`). */
  deletePod(pod: SimPod, code: EventCode, reason: string): void;
  /** Reports the garbage collector's deletions since the last sync, in the sync's step. */
  emitCollected(): void;
}

export class Controller {
  /** Why the last sync stopped early, if it did. */
  lastWait: Wait | null = null;
  /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
  waitCounted = false;
  private condemnedOwnersFixed = false;
  /** Ordinals whose pod this controller deleted to create it again (an update, a finished pod): their next pod is a Replacement. */
  private readonly replaced = new Set<number>();

  constructor(
    private readonly state: SimState,
    private readonly spec: SetSpec,
    private readonly view: OrdinalView,
    private readonly names: Names,
    private readonly idx: ControllerIndexes,
    private readonly log: EventSink,
    private readonly dns: Pick<Publisher, 'emitChanges'>,
    private readonly outside: Outside,
  ) {}

  /** One call of updateStatefulSet. */
  sync(): void {
    const s = this.spec;
    const st = this.state;
    this.lastWait = null;
    this.waitCounted = false;
    if (st.deleted) return;
    this.idx.build();
    // The garbage collector's deletions since the last sync happen beside this one: the collector
    // works on its own, so they share the step of the controller's next actions (they are not a
    // step the rollout waits for); they come first in the step so that each pod's events stay
    // together (../compress.ts summarises a set's timeline ordinal by ordinal).
    this.outside.emitCollected();
    // Revisions: the live template's revision becomes the update revision.
    if (st.updateRevision !== s.revision) {
      st.revisionLabels.set(s.revision, s.labels);
      st.updateRevision = s.revision;
      this.idx.changed();
    }
    if (st.currentRevision === null) st.currentRevision = st.updateRevision;
    const current = st.currentRevision;
    const update = st.updateRevision;
    const first = s.start;
    const end = s.start + s.replicas;
    const settled = this.idx.settled;

    // Step E: every replica in order, skipping settled ones (Running, Ready, nothing to fix: a no-op).
    for (let o = settled.first(first, end, true); o !== null; o = settled.first(o + 1, end, true)) {
      const w = this.processReplica(o - s.start, current, update);
      if (w && s.monotonic) return this.finishSync(w);
      if (w && !this.lastWait) this.lastWait = w;
    }
    // Step F
    const all = this.idx.condemned;
    while (all.length && !st.pods.has(all[all.length - 1]!.name)) all.pop();
    const condemned = all.length ? all.filter((p) => st.pods.has(p.name)) : all;
    if (!this.condemnedOwnersFixed) {
      // Step F (updateStatefulSet's fixPodClaim, run for every condemned pod before any is
      // deleted): with whenScaled: Delete each condemned pod becomes the owner of its PVCs.
      for (let i = condemned.length - 1; i >= 0; i--) this.fixOwners(condemned[i]!.ordinal, condemned[i], true);
      this.condemnedOwnersFixed = true;
    }
    // Step G, highest ordinal first
    for (let i = condemned.length - 1; i >= 0; i--) {
      const p = condemned[i]!;
      if (!st.pods.has(p.name)) continue;
      if (p.terminating) {
        if (s.monotonic) return this.finishSync(this.wait(p, p.ordinal, p.held ? `${p.name} ${p.stuck}` : `waiting for ${p.name} to terminate before scaling down further`));
        continue;
      }
      if (s.monotonic && unavailable(p) && p !== this.firstUnhealthy(condemned)) {
        return this.finishSync(this.wait(p, p.ordinal, `${p.name} is not Ready and a lower pod is unhealthy: scale-down waits`));
      }
      this.outside.deletePod(p, 'ScaleDown', `scale down: ordinal ${this.view.text(p.ordinal)} is outside ${this.names.rangeText()}`);
      if (s.monotonic) return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to terminate before scaling down further`));
    }
    // Step I
    if (s.strategy === 'OnDelete') return this.finishSync(null);
    const lowest = s.start + s.partition;
    // Step J
    if (!s.maxUnavailableGate) {
      // The highest replica at or above the partition that is not updated and available.
      const target = this.idx.updated.last(lowest, end, true);
      if (target !== null) {
        const p = st.pods.get(this.names.nameOf(target));
        if (p && p.revision !== update && !p.terminating) {
          this.replace(p, 'RollingUpdate', `rolling update: revision ${p.revision} → ${update}`);
          return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to be updated`));
        }
        return this.finishSync(this.wait(p ?? null, target, `waiting for ${this.names.nameOf(target)} to be updated and Ready`));
      }
    } else {
      const unavailableCount = s.replicas - this.idx.available.count(first, end);
      this.waitCounted = unavailableCount >= s.maxUnavailable;
      if (unavailableCount > s.maxUnavailable) return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} pods unavailable, more than maxUnavailable ${s.maxUnavailable}` });
      let budget = s.maxUnavailable - unavailableCount;
      let outdated = this.idx.outdated.count(lowest, end);
      for (let hi = end; budget > 0; budget--) {
        const o = this.idx.outdated.last(lowest, hi);
        if (o === null) break;
        const p = st.pods.get(this.names.nameOf(o))!;
        this.replace(p, 'RollingUpdate', `rolling update (maxUnavailable ${s.maxUnavailable}): revision ${p.revision} → ${update}`);
        outdated--;
        hi = o;
      }
      if (outdated > 0 && unavailableCount >= s.maxUnavailable) {
        return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} of maxUnavailable ${s.maxUnavailable} pods are unavailable: the rolling update deletes no further pod (kubernetes/kubernetes#137409)` });
      }
    }
    this.finishSync(null);
  }

  /** Deletes a pod the controller creates again: a rolling update's, or one that Failed or Succeeded. */
  private replace(pod: SimPod, code: 'RollingUpdate' | 'PodFailed', reason: string): void {
    this.replaced.add(pod.ordinal);
    this.outside.deletePod(pod, code, reason);
  }

  /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
  private processReplica(index: number, current: string, update: string): Wait | null {
    const s = this.spec;
    const ordinal = s.start + index;
    const name = this.names.nameOf(ordinal);
    let pod = this.state.pods.get(name);
    if (pod && (pod.phase === 'Failed' || pod.phase === 'Succeeded')) {
      if (!pod.terminating) this.replace(pod, 'PodFailed', `phase ${pod.phase}: the controller deletes it and creates it again`);
      return this.wait(pod, ordinal, `waiting for ${name} (${pod.phase}) to be deleted and created again`);
    }
    if (!pod) {
      const revision = s.strategy === 'RollingUpdate' && index < s.partition ? current : update;
      for (const claim of this.names.claimsOf(ordinal)) {
        const c = this.state.claims.get(claim);
        if (c?.owner?.kind === 'Pod' && s.whenScaled === 'Delete' && !this.idx.liveUids.has(c.owner.uid)) {
          return this.wait(null, ordinal, `PVC ${claim} still belongs to an earlier ${name} (whenScaled: Delete): waiting for the garbage collector to delete it`);
        }
        if (c?.deleting) return this.wait(null, ordinal, `PVC ${claim} is being deleted: ${name} is not created until it is gone (FailedCreate)`);
      }
      const reused = this.createMissingClaims(ordinal, 'ClaimTemplate', (t) => `from claim template ${t.name} (${t.summary})`);
      pod = this.newPod(ordinal, revision);
      const why = [revision === update ? `revision ${revision}` : `revision ${revision} (below partition ${this.view.partition ?? s.partition})`];
      if (reused.length) why.push(`reuses PVC ${reused.join(', ')}`);
      this.log.emit({ kind: 'Pod', action: 'create', name, ordinal, revision, code: this.replaced.delete(ordinal) ? 'Replacement' : 'MissingReplica', reason: why.join('; ') });
      this.fixOwners(ordinal, pod);
      return this.wait(pod, ordinal, `waiting for ${name} to be Running and Ready`);
    }
    if (pod.phase === 'Pending') this.createMissingClaims(ordinal, 'ClaimMissing', (t) => `missing while ${name} is Pending: created again from claim template ${t.name}`);
    this.fixOwners(ordinal, pod);
    if (pod.terminating) return this.wait(pod, ordinal, pod.held ? `${name} ${pod.stuck}` : `waiting for ${name} to terminate`);
    if (!runningReady(pod)) return this.wait(pod, ordinal, pod.stuck ? `${name} ${pod.stuck}` : `waiting for ${name} to be Running and Ready`);
    // Running, Ready and its claims' owners right: until it or its claims change, step E has nothing to do here.
    this.idx.settled.set(ordinal, true);
    return null;
  }

  private newPod(ordinal: number, revision: string): SimPod {
    const pod: SimPod = {
      name: this.names.nameOf(ordinal),
      ordinal,
      revision,
      labels: this.state.revisionLabels.get(revision) ?? this.spec.labels,
      phase: 'Pending',
      ready: false,
      terminating: false,
      uid: this.state.nextUid++,
    };
    this.idx.addPod(pod);
    return pod;
  }

  /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
  private createMissingClaims(ordinal: number, code: EventCode, why: (t: ClaimTemplate) => string): string[] {
    const reused: string[] = [];
    const names = this.names.claimsOf(ordinal);
    for (const [i, t] of this.spec.templates.entries()) {
      const claim = names[i]!;
      if (this.state.claims.has(claim)) {
        reused.push(claim);
        continue;
      }
      const c: SimClaim = { name: claim, ordinal, phase: 'Pending', deleting: false, owner: null, binding: t.binding, pendingReported: false };
      this.idx.addClaim(c);
      this.log.emit({ kind: 'PersistentVolumeClaim', action: 'create', name: claim, ordinal, code, reason: why(t) });
    }
    return reused;
  }

  /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
  private fixOwners(ordinal: number, pod: SimPod | undefined, report = false): void {
    const condemned = !this.names.inRange(ordinal);
    for (const name of this.names.claimsOf(ordinal)) {
      const c = this.state.claims.get(name);
      if (!c || (c.owner?.kind === 'Pod' && !condemned)) continue;
      if (condemned && this.spec.whenScaled === 'Delete' && pod) {
        const owned = c.owner?.kind === 'Pod' && c.owner.uid === pod.uid;
        this.idx.setOwner(c, { kind: 'Pod', uid: pod.uid });
        // UpdatePodClaimForRetentionPolicy: an update of the PVC (the traces' `update PersistentVolumeClaim`).
        if (report && !owned) this.log.emit({ kind: 'PersistentVolumeClaim', action: 'update', name, ordinal: c.ordinal, code: 'OwnedByPod', reason: `ownerReference → Pod ${pod.name} (whenScaled: Delete): the garbage collector deletes it once ${pod.name} is gone` });
      } else if (this.spec.whenDeleted === 'Delete') this.idx.setOwner(c, { kind: 'StatefulSet' });
      else this.idx.setOwner(c, null);
    }
  }

  /** The controller's first unhealthy pod: the lowest replica that exists and is not available, else the lowest such condemned pod. */
  private firstUnhealthy(condemned: SimPod[]): SimPod | undefined {
    const o = this.idx.sick.first(this.spec.start, this.spec.start + this.spec.replicas);
    if (o !== null) return this.state.pods.get(this.names.nameOf(o));
    return condemned.find((p) => unavailable(p));
  }

  private wait(pod: SimPod | null, ordinal: number, reason: string): Wait {
    return { pod: pod?.name ?? this.names.nameOf(ordinal), ordinal, reason };
  }

  private finishSync(wait: Wait | null): void {
    if (wait) this.lastWait = wait;
    // Step K: a finished rolling update makes the update revision current.
    const s = this.spec;
    const st = this.state;
    // completeRollingUpdate: updated == ready == replicas == spec.replicas (the older form omitted spec.replicas).
    if (s.strategy === 'RollingUpdate' && this.idx.liveUpdated === s.replicas && this.idx.runningReadyCount === s.replicas && st.pods.size === s.replicas && st.currentRevision !== st.updateRevision) {
      st.currentRevision = st.updateRevision;
      this.idx.changed();
    }
    // A pod deleted in this sync is terminating: its records go in the same step (spec §13.3).
    this.dns.emitChanges();
    this.log.endStep();
  }
}
