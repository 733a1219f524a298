/**
 * The world outside the controller, one pass per round after the controller's sync: terminations
 * finish (kubelet) and the garbage collector follows owners that are gone, the volume binder binds
 * claims, the scheduler places pods and the kubelet makes them Ready. Also the API server's
 * deletion of a pod (its grace semantics) and `kubectl delete statefulset`.
 */
import type { Outside } from './controller.js';
import type { EventSink } from './events.js';
import type { Indexes } from './indexes.js';
import type { Names } from './names.js';
import type { Publisher } from './publish.js';
import type { SetSpec, SimClaim, SimPod, SimState } from './state.js';
import type { EventCode } from '../types.js';

/** What the world reads of the indexes and the changes it makes through them. */
export type WorldIndexes = Pick<Indexes, 'build' | 'podSeq' | 'terminating' | 'pending' | 'starting' | 'unbound' | 'liveUids' | 'goneUids' | 'claimsByOwner' | 'orphanCandidates' | 'deletingClaims' | 'inClaimOrder' | 'changePod' | 'removePod' | 'bind' | 'setOwner' | 'removeClaim'>;

export class World implements Outside {
  /**
   * PVCs the garbage collector deletes because their owner pod is gone. The collector works on
   * its own: its deletions are reported beside the controller's next sync, never as a step the
   * sequence waits for (they do not come before the next pod's deletion).
   */
  private readonly collected: { claim: SimClaim; code: EventCode; reason: string }[] = [];
  /** After the set is deleted, its claims' fate has been reported. */
  private claimsSettled = false;

  constructor(
    private readonly state: SimState,
    private readonly spec: SetSpec,
    private readonly names: Names,
    private readonly idx: WorldIndexes,
    private readonly log: EventSink,
    private readonly dns: Pick<Publisher, 'emitChanges' | 'flush'>,
  ) {}

  /** The API server deletes a pod: unscheduled or finished pods go at once, others terminate. */
  deletePod(pod: SimPod, code: EventCode, reason: string): void {
    this.log.emit({ kind: 'Pod', action: 'delete', name: pod.name, ordinal: pod.ordinal, revision: pod.revision, code, reason });
    if (pod.phase !== 'Running') this.idx.removePod(pod);
    else this.idx.changePod(pod, (p) => (p.terminating = true));
  }

  /** The garbage collector's PVC deletions noticed since the last sync, beside this one's events. */
  emitCollected(): void {
    for (const { claim, code, reason } of this.collected.splice(0)) if (this.state.claims.get(claim.name) === claim) this.claimGone(claim, code, reason);
  }

  private claimGone(c: SimClaim, code: EventCode, reason: string): void {
    this.idx.removeClaim(c);
    this.log.emit({ kind: 'PersistentVolumeClaim', action: 'delete', name: c.name, ordinal: c.ordinal, code, reason });
  }

  /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
  pass(): boolean {
    const st = this.state;
    const idx = this.idx;
    idx.build();
    let changed: boolean;
    // Terminations finish; the garbage collector follows owners that are gone.
    const leaving = idx.terminating.size ? [...idx.terminating].sort((a, b) => idx.podSeq.get(a)! - idx.podSeq.get(b)!) : [];
    for (const p of leaving) idx.removePod(p);
    if (!st.deleted) {
      for (const p of leaving) {
        if (this.names.inRange(p.ordinal)) continue;
        for (const name of this.names.claimsOf(p.ordinal)) {
          const c = st.claims.get(name);
          if (!c) continue;
          if (c.owner?.kind === 'Pod' && c.owner.uid === p.uid) this.collected.push({ claim: c, code: 'GarbageCollected', reason: `deleted by the garbage collector after ${p.name} is gone (whenScaled: Delete; asynchronous, not ordered with the controller's next steps)` });
          else this.log.emit({ kind: 'PersistentVolumeClaim', action: 'retain', name, ordinal: c.ordinal, code: 'RetainedOnScaleDown', reason: `kept (whenScaled: Retain): reused if the StatefulSet scales up to ${p.name} again` });
        }
      }
    } else if (st.pods.size === 0 && !this.claimsSettled) {
      this.claimsSettled = true;
      for (const c of [...st.claims.values()].sort((a, b) => a.ordinal - b.ordinal || a.name.localeCompare(b.name))) {
        if (c.owner?.kind === 'StatefulSet') this.claimGone(c, 'GarbageCollected', 'garbage-collected with the StatefulSet (whenDeleted: Delete)');
        else this.log.emit({ kind: 'PersistentVolumeClaim', action: 'retain', name: c.name, ordinal: c.ordinal, code: 'RetainedOnDelete', reason: 'kept (whenDeleted: Retain): a StatefulSet with the same name reuses it' });
      }
    }
    // Claims owned by pods that are gone, and claims that were being deleted once their pod is gone.
    const candidates = new Set<string>();
    for (const name of idx.orphanCandidates) candidates.add(name);
    for (const name of idx.deletingClaims) candidates.add(name);
    for (const uid of idx.goneUids) for (const name of idx.claimsByOwner.get(uid) ?? []) candidates.add(name);
    idx.goneUids.clear();
    idx.orphanCandidates.clear();
    for (const c of candidates.size ? idx.inClaimOrder(candidates) : []) {
      if (c.owner?.kind === 'Pod' && !idx.liveUids.has(c.owner.uid)) {
        if (!this.collected.some((x) => x.claim === c)) this.collected.push({ claim: c, code: 'GarbageCollected', reason: 'deleted by the garbage collector: the pod that owns it is gone (whenScaled: Delete; asynchronous)' });
      }
      else if (c.deleting && !st.pods.has(this.names.nameOf(c.ordinal))) this.claimGone(c, 'DeletionFinished', 'finishes deleting (it was already being deleted)');
    }
    // Records of pods that are gone (publishNotReadyAddresses kept them while they terminated).
    this.dns.emitChanges();
    changed = this.log.endStep() || leaving.length > 0 || this.collected.length > 0;
    if (st.deleted) return changed;

    // Volume binding.
    for (const c of idx.inClaimOrder(idx.unbound)) {
      const consumer = st.pods.get(this.names.nameOf(c.ordinal));
      if (c.binding.mode === 'Immediate') {
        idx.bind(c);
        this.log.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, code: 'Provisioned', reason: c.binding.reason });
      } else if (c.binding.mode === 'WaitForFirstConsumer') {
        if (consumer && !consumer.terminating && !consumer.stuck) {
          idx.bind(c);
          this.log.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, code: 'ProvisionedOnSchedule', reason: `${c.binding.reason}; provisioned when ${consumer.name} is scheduled` });
        }
      } else if (!c.pendingReported) {
        c.pendingReported = true;
        this.log.emit({ kind: 'PersistentVolumeClaim', action: 'pending', name: c.name, ordinal: c.ordinal, code: 'NeverBound', reason: c.binding.reason });
      }
    }
    changed = this.log.endStep() || changed;

    // Scheduling and readiness.
    const pending = idx.pending.size > 1 ? [...idx.pending].sort((a, b) => a.ordinal - b.ordinal) : [...idx.pending];
    for (const p of pending) {
      const unbound = this.names
        .claimsOf(p.ordinal)
        .map((n) => st.claims.get(n))
        .find((c) => !c || c.phase !== 'Bound');
      if (unbound && unbound.binding.mode === 'never') {
        this.staysPending(p, 'ClaimNeverBound', `PVC ${unbound.name} is never bound (${unbound.binding.reason})`, `PVC ${unbound.name} is not bound: ${unbound.binding.reason}`);
        changed = true;
        continue;
      }
      if (unbound) continue;
      const conflict = this.zoneConflict(p.ordinal);
      if (conflict) {
        this.staysPending(p, 'ZoneConflict', conflict, conflict);
        changed = true;
        continue;
      }
      idx.changePod(p, (q) => {
        q.phase = 'Running';
        q.ready = false;
      });
      this.log.emit({ kind: 'Pod', action: 'running', name: p.name, ordinal: p.ordinal, revision: p.revision, code: 'Started', reason: 'scheduled, containers started: Running with an IP, not Ready yet' });
    }
    changed = this.log.endStep() || changed;
    // publishNotReadyAddresses publishes a pod as soon as it has an IP, before it is Ready.
    this.dns.flush();

    // Readiness.
    const starting = idx.starting.size > 1 ? [...idx.starting].sort((a, b) => a.ordinal - b.ordinal) : [...idx.starting];
    for (const p of starting) {
      idx.changePod(p, (q) => (q.ready = true));
      const wait = this.spec.minReadySeconds > 0 ? `; available after minReadySeconds (${this.spec.minReadySeconds}s)` : '';
      this.log.emit({ kind: 'Pod', action: 'ready', name: p.name, ordinal: p.ordinal, revision: p.revision, code: 'Ready', reason: `Ready${wait}` });
    }
    changed = this.log.endStep() || changed;
    this.dns.flush();
    return changed;
  }

  /** A pod the scheduler never places: it stays Pending (`why`), reported once (`reason`). */
  private staysPending(p: SimPod, code: EventCode, why: string, reason: string): void {
    p.stuck = `stays Pending: ${why}`;
    this.idx.pending.delete(p);
    this.log.emit({ kind: 'Pod', action: 'pending', name: p.name, ordinal: p.ordinal, revision: p.revision, code, reason });
  }

  /**
   * The scheduler's VolumeBinding filter: a claim bound to a PV whose node affinity allows no zone
   * the pod template allows leaves the pod Pending ("volume node affinity conflict").
   */
  private zoneConflict(ordinal: number): string | undefined {
    const allowed = this.spec.zones;
    if (!allowed) return undefined;
    for (const n of this.names.claimsOf(ordinal)) {
      const v = this.state.claims.get(n)?.volume;
      if (!v || v.zones.some((z) => allowed.includes(z))) continue;
      return `volume node affinity conflict: PVC ${n} is bound to PV ${v.name} in zone ${v.zones.join(', ')}, and the pod template allows only ${allowed.join(', ')}; the scheduler never places the pod (move the data, or allow that zone)`;
    }
    return undefined;
  }

  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet(): void {
    const st = this.state;
    this.idx.build();
    st.deleted = true;
    for (const c of st.claims.values()) if (c.owner?.kind !== 'Pod') this.idx.setOwner(c, this.spec.whenDeleted === 'Delete' ? { kind: 'StatefulSet' } : null);
    for (const p of [...st.pods.values()].sort((a, b) => a.ordinal - b.ordinal)) {
      if (!p.terminating) this.deletePod(p, 'StatefulSetDeleted', 'StatefulSet deleted: the garbage collector deletes its pods all at once, in no particular order');
    }
    this.dns.flush();
    this.pass();
    this.emitCollected();
    this.log.endStep();
  }
}
