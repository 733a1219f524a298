/**
 * The planner's controller simulation as first written: every round recomputes everything from
 * the whole state (O(pods) per controller sync, so O(pods²) for a rollout). Kept as the reference
 * model that the incremental src/plan/sim/simulation.ts must agree with event for event
 * (test/simulate-model.test.ts). Not used by stsplan itself.
 */
import { podRecords, type DnsRecord, type DnsService } from '../../src/plan/sim/dns.js';
import { claimName, podName, type ClaimTemplate, type SetSpec, type SimClaim, type SimPod, type SimState, type Wait } from '../../src/plan/sim/state.js';
import type { EventAction, EventKind } from '../../src/plan/types.js';

/** Every record of a set of pods, in ordinal order, keyed by type, name and value. */
function dnsRecords(pods: SimPod[], svc: DnsService | null, namespace: string, domain: string): Map<string, DnsRecord> {
  const out = new Map<string, DnsRecord>();
  for (const pod of [...pods].sort((a, b) => a.ordinal - b.ordinal)) for (const r of podRecords(pod, svc, namespace, domain)) out.set(r.key, r);
  return out;
}

export interface RawEvent {
  step: number;
  kind: EventKind;
  action: EventAction;
  name: string;
  ordinal?: number;
  revision?: string;
  type?: DnsRecord['type'];
  value?: string;
  reason: string;
}

const runningReady = (p: SimPod): boolean => p.phase === 'Running' && p.ready;
const unavailable = (p: SimPod | undefined): boolean => !p || !runningReady(p) || p.terminating;

export class ReferenceSimulation {
  readonly events: RawEvent[] = [];
  step = 0;
  /** Why the last controller sync stopped early, if it did. */
  lastWait: Wait | null = null;
  private stepOpen = false;
  private claimsSettled = false;
  /** The DNS records published so far. */
  private published: Map<string, DnsRecord>;
  /** PVC deletions the garbage collector owes, reported beside the next sync. */
  private collected: { claim: SimClaim; reason: string }[] = [];

  constructor(
    readonly state: SimState,
    public spec: SetSpec,
    public dns: { service: DnsService | null; namespace: string; domain: string },
    private readonly quiet = false,
  ) {
    this.published = this.records();
  }

  private emit(e: Omit<RawEvent, 'step'>): void {
    if (!this.stepOpen) {
      this.step++;
      this.stepOpen = true;
    }
    if (!this.quiet) this.events.push({ ...e, step: this.step });
  }

  private endStep(): boolean {
    const had = this.stepOpen;
    this.stepOpen = false;
    return had;
  }

  private records(): Map<string, DnsRecord> {
    return dnsRecords([...this.state.pods.values()], this.dns.service, this.dns.namespace, this.dns.domain);
  }

  /** Emits, as one step, the DNS records that appeared or went since the last flush. */
  private flushDns(why: (r: DnsRecord, added: boolean) => string = (r, added) => this.podWhy(r, added), end = true): void {
    const before = this.published;
    const after = this.records();
    for (const r of before.values()) if (!after.has(r.key)) this.emit({ kind: 'DNSRecord', action: 'remove', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason: why(r, false) });
    for (const r of after.values()) if (!before.has(r.key)) this.emit({ kind: 'DNSRecord', action: 'add', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason: why(r, true) });
    if (end) this.endStep();
    this.published = after;
  }

  /** The garbage collector's deletions owed, in the step that is open. */
  private emitCollected(): void {
    const owed = this.collected;
    this.collected = [];
    for (const { claim, reason } of owed) if (this.state.claims.get(claim.name) === claim) this.claimGone(claim, reason);
  }

  private collect(claim: SimClaim, reason: string): void {
    if (!this.collected.some((x) => x.claim === claim)) this.collected.push({ claim, reason });
  }

  private podWhy(r: DnsRecord, added: boolean): string {
    const pod = this.state.pods.get(r.pod);
    if (added) return this.dns.service?.publishNotReady && !pod?.ready ? `${r.pod} is Running with an IP (publishNotReadyAddresses: true: published before it is Ready)` : `${r.pod} is Ready`;
    if (!pod) return `${r.pod} is gone`;
    if (pod.terminating) return `${r.pod} is terminating`;
    return `${r.pod} is not Ready`;
  }

  /** Applies a change of the governing Service (created, deleted, changed) to the records. */
  changeService(service: DnsService | null, why: string): void {
    this.dns = { ...this.dns, service };
    this.flushDns(() => why);
  }

  // ---- the controller -------------------------------------------------------------------------

  private newPod(ordinal: number, revision: string): SimPod {
    const pod: SimPod = {
      name: podName(this.spec.name, ordinal),
      ordinal,
      revision,
      labels: this.state.revisionLabels.get(revision) ?? this.spec.labels,
      phase: 'Pending',
      ready: false,
      terminating: false,
      uid: this.state.nextUid++,
    };
    this.state.pods.set(pod.name, pod);
    return pod;
  }

  private deletePod(pod: SimPod, reason: string): void {
    this.emit({ kind: 'Pod', action: 'delete', name: pod.name, ordinal: pod.ordinal, revision: pod.revision, reason });
    // API-server grace semantics: unscheduled or finished pods go at once, others terminate.
    if (pod.phase !== 'Running') this.removePod(pod);
    else pod.terminating = true;
  }

  private removePod(pod: SimPod): void {
    this.state.pods.delete(pod.name);
  }

  private inRange(ordinal: number): boolean {
    return ordinal >= this.spec.start && ordinal < this.spec.start + this.spec.replicas;
  }

  private claimsOf(ordinal: number): string[] {
    return this.spec.templates.map((t) => claimName(t.name, this.spec.name, ordinal));
  }

  /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
  private fixOwners(ordinal: number, pod: SimPod | undefined, report = false): void {
    const condemned = !this.inRange(ordinal);
    for (const name of this.claimsOf(ordinal)) {
      const c = this.state.claims.get(name);
      if (!c || (c.owner?.kind === 'Pod' && !condemned)) continue;
      if (condemned && this.spec.whenScaled === 'Delete' && pod) {
        const owned = c.owner?.kind === 'Pod' && c.owner.uid === pod.uid;
        c.owner = { kind: 'Pod', uid: pod.uid };
        if (report && !owned) this.emit({ kind: 'PersistentVolumeClaim', action: 'update', name, ordinal: c.ordinal, reason: `ownerReference → Pod ${pod.name} (whenScaled: Delete): the garbage collector deletes it once ${pod.name} is gone` });
      } else if (this.spec.whenDeleted === 'Delete') c.owner = { kind: 'StatefulSet' };
      else c.owner = null;
    }
  }

  private wait(pod: SimPod | null, ordinal: number, reason: string): Wait {
    return { pod: pod?.name ?? podName(this.spec.name, ordinal), ordinal, reason };
  }

  /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
  private createMissingClaims(ordinal: number, why: (t: ClaimTemplate) => string): string[] {
    const reused: string[] = [];
    for (const t of this.spec.templates) {
      const claim = claimName(t.name, this.spec.name, ordinal);
      if (this.state.claims.has(claim)) {
        reused.push(claim);
        continue;
      }
      this.state.claims.set(claim, { name: claim, ordinal, phase: 'Pending', deleting: false, owner: null, binding: t.binding, pendingReported: false });
      this.emit({ kind: 'PersistentVolumeClaim', action: 'create', name: claim, ordinal, reason: why(t) });
    }
    return reused;
  }

  /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
  private processReplica(index: number, current: string, update: string): Wait | null {
    const s = this.spec;
    const ordinal = s.start + index;
    const name = podName(s.name, ordinal);
    let pod = this.state.pods.get(name);
    if (pod && (pod.phase === 'Failed' || pod.phase === 'Succeeded')) {
      if (!pod.terminating) this.deletePod(pod, `phase ${pod.phase}: the controller deletes it and creates it again`);
      return this.wait(pod, ordinal, `waiting for ${name} (${pod.phase}) to be deleted and created again`);
    }
    if (!pod) {
      const revision = s.strategy === 'RollingUpdate' && index < s.partition ? current : update;
      for (const claim of this.claimsOf(ordinal)) {
        const c = this.state.claims.get(claim);
        if (c?.owner?.kind === 'Pod' && s.whenScaled === 'Delete' && ![...this.state.pods.values()].some((p) => p.uid === (c.owner as { uid: number }).uid)) {
          return this.wait(null, ordinal, `PVC ${claim} still belongs to an earlier ${name} (whenScaled: Delete): waiting for the garbage collector to delete it`);
        }
        if (c?.deleting) return this.wait(null, ordinal, `PVC ${claim} is being deleted: ${name} is not created until it is gone (FailedCreate)`);
      }
      const reused = this.createMissingClaims(ordinal, (t) => `from claim template ${t.name} (${t.summary})`);
      pod = this.newPod(ordinal, revision);
      const why = [revision === update ? `revision ${revision}` : `revision ${revision} (below partition ${s.partition})`];
      if (reused.length) why.push(`reuses PVC ${reused.join(', ')}`);
      this.emit({ kind: 'Pod', action: 'create', name, ordinal, revision, reason: why.join('; ') });
      this.fixOwners(ordinal, pod);
      return this.wait(pod, ordinal, `waiting for ${name} to be Running and Ready`);
    }
    if (pod.phase === 'Pending') this.createMissingClaims(ordinal, (t) => `missing while ${name} is Pending: created again from claim template ${t.name}`);
    this.fixOwners(ordinal, pod);
    if (pod.terminating) return this.wait(pod, ordinal, `waiting for ${name} to terminate`);
    if (!runningReady(pod)) return this.wait(pod, ordinal, pod.stuck ? `${name} ${pod.stuck}` : `waiting for ${name} to be Running and Ready`);
    return null;
  }

  /** One call of updateStatefulSet. */
  sync(): void {
    const s = this.spec;
    const st = this.state;
    this.lastWait = null;
    if (st.deleted) return;
    // The garbage collector's deletions since the last sync happen beside this one: the collector
    // works on its own, so they share the step of the controller's next actions (they are not a
    // step the rollout waits for); they come first in the step so that each pod's events stay
    // together (compress.ts summarises a set's timeline ordinal by ordinal).
    this.emitCollected();
    // Revisions: the live template's revision becomes the update revision.
    if (st.updateRevision !== s.revision) {
      st.revisionLabels.set(s.revision, s.labels);
      st.updateRevision = s.revision;
    }
    if (st.currentRevision === null) st.currentRevision = st.updateRevision;
    const current = st.currentRevision;
    const update = st.updateRevision;

    const condemned = [...st.pods.values()].filter((p) => !this.inRange(p.ordinal)).sort((a, b) => b.ordinal - a.ordinal);
    const replicaAt = (i: number): SimPod | undefined => st.pods.get(podName(s.name, s.start + i));
    let firstUnhealthy: SimPod | undefined;
    for (let i = 0; i < s.replicas && !firstUnhealthy; i++) {
      const p = replicaAt(i);
      if (p && unavailable(p)) firstUnhealthy = p;
    }
    firstUnhealthy ??= condemned.slice().reverse().find((p) => unavailable(p));

    // Step E
    for (let i = 0; i < s.replicas; i++) {
      const w = this.processReplica(i, current, update);
      if (w && s.monotonic) return this.finishSync(w);
      if (w && !this.lastWait) this.lastWait = w;
    }
    // Step F
    for (const p of condemned) this.fixOwners(p.ordinal, p, true);
    // Step G
    for (const p of condemned) {
      if (!st.pods.has(p.name)) continue;
      if (p.terminating) {
        if (s.monotonic) return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to terminate before scaling down further`));
        continue;
      }
      if (s.monotonic && unavailable(p) && p !== firstUnhealthy) {
        return this.finishSync(this.wait(p, p.ordinal, `${p.name} is not Ready and a lower pod is unhealthy: scale-down waits`));
      }
      this.deletePod(p, `scale down: ordinal ${p.ordinal} is outside ${this.rangeText()}`);
      if (s.monotonic) return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to terminate before scaling down further`));
    }
    // Step I
    if (s.strategy === 'OnDelete') return this.finishSync(null);
    // Step J
    if (!s.maxUnavailableGate) {
      for (let target = s.replicas - 1; target >= s.partition; target--) {
        const p = replicaAt(target);
        if (p && p.revision !== update && !p.terminating) {
          this.deletePod(p, `rolling update: revision ${p.revision} → ${update}`);
          return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to be updated`));
        }
        if (unavailable(p)) return this.finishSync(this.wait(p ?? null, s.start + target, `waiting for ${podName(s.name, s.start + target)} to be updated and Ready`));
      }
    } else {
      let unavailableCount = 0;
      for (let i = 0; i < s.replicas; i++) if (unavailable(replicaAt(i))) unavailableCount++;
      if (unavailableCount > s.maxUnavailable) return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} pods unavailable, more than maxUnavailable ${s.maxUnavailable}` });
      let budget = s.maxUnavailable - unavailableCount;
      let outdated = 0;
      for (let target = s.replicas - 1; target >= s.partition; target--) {
        const p = replicaAt(target);
        if (!p || p.revision === update || p.terminating) continue;
        outdated++;
        if (budget <= 0) continue;
        this.deletePod(p, `rolling update (maxUnavailable ${s.maxUnavailable}): revision ${p.revision} → ${update}`);
        budget--;
        outdated--;
      }
      if (outdated > 0 && unavailableCount >= s.maxUnavailable) {
        return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} of maxUnavailable ${s.maxUnavailable} pods are unavailable: the rolling update deletes no further pod (kubernetes/kubernetes#137409)` });
      }
    }
    this.finishSync(null);
  }

  private finishSync(wait: Wait | null): void {
    if (wait) this.lastWait = wait;
    // Step K: a finished rolling update makes the update revision current.
    const s = this.spec;
    const pods = [...this.state.pods.values()];
    const live = pods.filter((p) => !p.terminating);
    const updated = live.filter((p) => p.revision === this.state.updateRevision).length;
    const ready = pods.filter(runningReady).length;
    // completeRollingUpdate: updated == ready == replicas == spec.replicas (the older form omitted spec.replicas).
    if (s.strategy === 'RollingUpdate' && updated === s.replicas && ready === s.replicas && pods.length === s.replicas) this.state.currentRevision = this.state.updateRevision;
    // Records of a pod deleted in this sync go in its step; the collector's deletions beside it.
    this.flushDns(undefined, false);
    this.endStep();
  }

  rangeText(): string {
    const s = this.spec;
    return s.replicas === 0 ? 'an empty range (replicas: 0)' : `${s.start}..${s.start + s.replicas - 1}`;
  }

  // ---- the world outside the controller --------------------------------------------------------

  private claimGone(c: SimClaim, reason: string): void {
    this.state.claims.delete(c.name);
    this.emit({ kind: 'PersistentVolumeClaim', action: 'delete', name: c.name, ordinal: c.ordinal, reason });
  }

  /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
  world(): boolean {
    const st = this.state;
    let changed: boolean;
    // Terminations finish; the garbage collector follows owners that are gone.
    const leaving = [...st.pods.values()].filter((p) => p.terminating && !p.held);
    for (const p of leaving) this.removePod(p);
    if (!st.deleted) {
      for (const p of leaving) {
        if (this.inRange(p.ordinal)) continue;
        for (const name of this.claimsOf(p.ordinal)) {
          const c = st.claims.get(name);
          if (!c) continue;
          if (c.owner?.kind === 'Pod' && c.owner.uid === p.uid) this.collect(c, `deleted by the garbage collector after ${p.name} is gone (whenScaled: Delete; asynchronous, not ordered with the controller's next steps)`);
          else this.emit({ kind: 'PersistentVolumeClaim', action: 'retain', name, ordinal: c.ordinal, reason: `kept (whenScaled: Retain): reused if the StatefulSet scales up to ${p.name} again` });
        }
      }
    } else if (st.pods.size === 0 && !this.claimsSettled) {
      this.claimsSettled = true;
      for (const c of [...st.claims.values()].sort((a, b) => a.ordinal - b.ordinal || a.name.localeCompare(b.name))) {
        if (c.owner?.kind === 'StatefulSet') this.claimGone(c, 'garbage-collected with the StatefulSet (whenDeleted: Delete)');
        else this.emit({ kind: 'PersistentVolumeClaim', action: 'retain', name: c.name, ordinal: c.ordinal, reason: 'kept (whenDeleted: Retain): a StatefulSet with the same name reuses it' });
      }
    }
    const uids = new Set([...st.pods.values()].map((p) => p.uid));
    for (const c of [...st.claims.values()]) {
      if (c.owner?.kind === 'Pod' && !uids.has(c.owner.uid)) this.collect(c, 'deleted by the garbage collector: the pod that owns it is gone (whenScaled: Delete; asynchronous)');
      else if (c.deleting && !st.pods.has(podName(this.spec.name, c.ordinal))) this.claimGone(c, 'finishes deleting (it was already being deleted)');
    }
    this.flushDns(undefined, false);
    changed = this.endStep() || leaving.length > 0 || this.collected.length > 0;
    if (st.deleted) return changed;

    // Volume binding.
    for (const c of st.claims.values()) {
      if (c.phase === 'Bound' || c.deleting) continue;
      const consumer = st.pods.get(podName(this.spec.name, c.ordinal));
      if (c.binding.mode === 'Immediate') {
        c.phase = 'Bound';
        this.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, reason: c.binding.reason });
      } else if (c.binding.mode === 'WaitForFirstConsumer') {
        if (consumer && !consumer.terminating && !consumer.stuck) {
          c.phase = 'Bound';
          this.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, reason: `${c.binding.reason}; provisioned when ${consumer.name} is scheduled` });
        }
      } else if (!c.pendingReported) {
        c.pendingReported = true;
        this.emit({ kind: 'PersistentVolumeClaim', action: 'pending', name: c.name, ordinal: c.ordinal, reason: c.binding.reason });
      }
    }
    changed = this.endStep() || changed;

    // Scheduling and readiness.
    const pending = [...st.pods.values()].filter((p) => p.phase === 'Pending' && !p.terminating && !p.stuck).sort((a, b) => a.ordinal - b.ordinal);
    for (const p of pending) {
      const unbound = this.claimsOf(p.ordinal)
        .map((n) => st.claims.get(n))
        .find((c) => !c || c.phase !== 'Bound');
      if (unbound && unbound.binding.mode === 'never') {
        p.stuck = `stays Pending: PVC ${unbound.name} is never bound (${unbound.binding.reason})`;
        this.emit({ kind: 'Pod', action: 'pending', name: p.name, ordinal: p.ordinal, revision: p.revision, reason: `PVC ${unbound.name} is not bound: ${unbound.binding.reason}` });
        changed = true;
        continue;
      }
      if (unbound) continue;
      p.phase = 'Running';
      p.ready = false;
      this.emit({ kind: 'Pod', action: 'running', name: p.name, ordinal: p.ordinal, revision: p.revision, reason: 'scheduled, containers started: Running with an IP, not Ready yet' });
    }
    changed = this.endStep() || changed;
    this.flushDns();

    // Readiness: every pod Running with an IP that is not held back becomes Ready.
    const starting = [...st.pods.values()].filter((p) => p.phase === 'Running' && !p.ready && !p.stuck && !p.terminating).sort((a, b) => a.ordinal - b.ordinal);
    for (const p of starting) {
      p.ready = true;
      const wait = this.spec.minReadySeconds > 0 ? `; available after minReadySeconds (${this.spec.minReadySeconds}s)` : '';
      this.emit({ kind: 'Pod', action: 'ready', name: p.name, ordinal: p.ordinal, revision: p.revision, reason: `Ready${wait}` });
    }
    changed = this.endStep() || changed;
    this.flushDns();
    return changed;
  }

  /** Runs sync + world rounds until nothing changes. */
  run(maxRounds = 0): void {
    const limit = maxRounds || 50 + 10 * (this.spec.replicas + this.state.pods.size);
    for (let round = 0; round < limit; round++) {
      const before = this.step;
      const snapshot = this.fingerprint();
      this.sync();
      const worldChanged = this.world();
      if (!worldChanged && this.step === before && snapshot === this.fingerprint()) return;
    }
  }

  private fingerprint(): string {
    const pods = [...this.state.pods.values()].map((p) => `${p.name}:${p.phase}:${p.ready}:${p.terminating}:${p.revision}`);
    const claims = [...this.state.claims.values()].map((c) => `${c.name}:${c.phase}:${c.owner?.kind ?? ''}`);
    return `${pods.join(',')}|${claims.join(',')}|${this.state.currentRevision}`;
  }

  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet(): void {
    const st = this.state;
    st.deleted = true;
    for (const c of st.claims.values()) if (c.owner?.kind !== 'Pod') c.owner = this.spec.whenDeleted === 'Delete' ? { kind: 'StatefulSet' } : null;
    for (const p of [...st.pods.values()].sort((a, b) => a.ordinal - b.ordinal)) {
      if (!p.terminating) this.deletePod(p, 'StatefulSet deleted: the garbage collector deletes its pods all at once, in no particular order');
    }
    this.flushDns();
    this.world();
    this.emitCollected();
    this.endStep();
  }
}
