/**
 * Replays the StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go,
 * updateStatefulSet, steps A–K of spec/statefulset-semantics.md §3) together with what happens
 * outside it — volume binding, scheduling and readiness, termination, the garbage collector and
 * cluster DNS — round by round until nothing changes: one controller sync, then one pass of the
 * outside world, as the recorded controller traces do.
 */
import { endpointRecords, publishes, type DnsRecord, type DnsService } from './dns.js';
import { OrdinalSet } from './ordinal-set.js';
import type { PlanEvent } from '../types.js';
import { claimName, IDENTITY_VIEW, podName, type ClaimOwner, type ClaimTemplate, type OrdinalView, type RawEvent, type SetSpec, type SimClaim, type SimPod, type SimState, type Wait } from './state.js';

type EventInput = Pick<PlanEvent, 'kind' | 'action' | 'name' | 'ordinal' | 'revision' | 'type' | 'value' | 'reason'>;

const runningReady = (p: SimPod): boolean => p.phase === 'Running' && p.ready;
const unavailable = (p: SimPod | undefined): boolean => !p || !runningReady(p) || p.terminating;

export class Simulation {
  readonly events: RawEvent[] = [];
  step = 0;
  /** Why the last controller sync stopped early, if it did. */
  lastWait: Wait | null = null;
  /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
  waitCounted = false;
  private stepOpen = false;
  private claimsSettled = false;
  /** The DNS records each pod that has an endpoint has published (pods without one are absent). */
  private readonly published = new Map<string, DnsRecord[]>();
  /** What was published when the simulation started, to count what it added and removed. */
  private readonly initiallyPublished: Map<string, DnsRecord[]>;
  /** Each pod's endpoint records under the current Service. */
  private readonly endpoints = new Map<string, DnsRecord[]>();
  /** Pods whose records may have changed since the last flush. */
  private readonly dnsDirty = new Set<string>();

  // Indexes over the state, built on the first round (the caller may still fill the state after
  // construction) and kept up to date by every change the simulation makes, so that a round costs
  // what changes in it rather than the size of the set. Changing `state` from outside once the
  // simulation has run is not supported.
  private indexed = false;
  /** Bumped by every change of pod phase, readiness, termination, claim phase or owner, and revision. */
  private version = 0;
  private nextSeq = 0;
  private readonly podSeq = new Map<SimPod, number>();
  private readonly claimSeq = new Map<string, number>();
  /** Replicas (ordinals in range) that exist, are Running and Ready and not terminating. */
  private available!: OrdinalSet;
  /** Replicas that exist and are not available (the "unhealthy" pods of the controller). */
  private sick!: OrdinalSet;
  /** Available replicas at the update revision. */
  private updated!: OrdinalSet;
  /** Replicas at another revision and not terminating: what a rolling update deletes. */
  private outdated!: OrdinalSet;
  /** Available replicas that a sync has processed since they last changed: step E has nothing to do for them. */
  private settled!: OrdinalSet;
  /** Pods outside the range, by ordinal ascending (removed pods are dropped lazily). */
  private condemned: SimPod[] = [];
  private condemnedOwnersFixed = false;
  private liveUpdated = 0;
  private runningReadyCount = 0;
  private readonly liveUids = new Set<number>();
  /** Pod uids gone since the garbage collector last looked, with claims that may have been owned by them. */
  private readonly goneUids = new Set<number>();
  private readonly claimsByOwner = new Map<number, Set<string>>();
  private orphanCandidates = new Set<string>();
  private readonly deletingClaims = new Set<string>();
  private readonly unbound = new Set<string>();
  private readonly pending = new Set<SimPod>();
  /** Pods Running with an IP that become Ready on their own (not stuck, not terminating). */
  private readonly starting = new Set<SimPod>();
  /**
   * PVCs the garbage collector deletes because their owner pod is gone. The collector works on
   * its own: its deletions are reported beside the controller's next sync, never as a step the
   * sequence waits for (they do not come before the next pod's deletion).
   */
  private readonly collected: { claim: SimClaim; reason: string }[] = [];
  private readonly terminating = new Set<SimPod>();
  private readonly podNames = new Map<number, string>();
  private readonly claimNames = new Map<number, string[]>();

  constructor(
    readonly state: SimState,
    readonly spec: SetSpec,
    public dns: { service: DnsService | null; namespace: string; domain: string },
    private readonly quiet = false,
    readonly view: OrdinalView = IDENTITY_VIEW,
  ) {
    for (const p of state.pods.values()) if (publishes(p, dns.service)) this.published.set(p.name, this.endpoint(p));
    this.initiallyPublished = new Map(this.published);
  }

  /** Records an event in the shape the plan reports (fields in that order, for the JSON output). */
  private emit(e: EventInput): void {
    if (!this.stepOpen) {
      this.step++;
      this.stepOpen = true;
    }
    if (this.quiet) return;
    const out: PlanEvent = { seq: 0, step: this.step, kind: e.kind, action: e.action, namespace: this.dns.namespace, name: e.name, statefulSet: this.spec.name, reason: e.reason };
    if (e.type) out.type = e.type;
    if (e.value) out.value = e.value;
    if (e.ordinal !== undefined) out.ordinal = e.ordinal;
    if (e.revision) out.revision = e.revision;
    this.events.push(out);
  }

  private endStep(): boolean {
    const had = this.stepOpen;
    this.stepOpen = false;
    return had;
  }

  /** The records of a pod's endpoint under the current Service, made once per pod. */
  private endpoint(pod: SimPod): DnsRecord[] {
    let records = this.endpoints.get(pod.name);
    if (!records) this.endpoints.set(pod.name, (records = endpointRecords(pod, this.dns.service!, this.dns.namespace, this.dns.domain)));
    return records;
  }

  /**
   * Emits, as one step, the DNS records that appeared or went since the last flush. A pod
   * publishes all of its records or none, so only pods that changed sides are looked at.
   */
  private flushDns(): void {
    this.emitDns();
    this.endStep();
  }

  /** flushDns without ending the step: records that go with the step's own events (a deletion). */
  private emitDns(): void {
    if (this.quiet) {
      // A quiet run only builds a state; records are computed from it when a simulation starts.
      this.dnsDirty.clear();
      return;
    }
    if (this.dnsDirty.size === 0) return;
    const gone: { pod: string; ordinal: number; records: DnsRecord[] }[] = [];
    const came: SimPod[] = [];
    for (const name of this.dnsDirty) {
      const pod = this.state.pods.get(name);
      const was = this.published.get(name);
      const is = !!pod && publishes(pod, this.dns.service);
      if (was && !is) gone.push({ pod: name, ordinal: was[0]!.ordinal, records: was });
      else if (!was && is) came.push(pod!);
    }
    this.dnsDirty.clear();
    gone.sort((a, b) => a.ordinal - b.ordinal);
    came.sort((a, b) => a.ordinal - b.ordinal);
    for (const g of gone) {
      const pod = this.state.pods.get(g.pod);
      const reason = !pod ? `${g.pod} is gone` : pod.terminating ? `${g.pod} is terminating` : `${g.pod} is not Ready`;
      for (const r of g.records) this.emit({ kind: 'DNSRecord', action: 'remove', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason });
      this.published.delete(g.pod);
    }
    for (const pod of came) {
      const reason = this.dns.service?.publishNotReady && !pod.ready ? `${pod.name} is Running with an IP (publishNotReadyAddresses: true: published before it is Ready)` : `${pod.name} is Ready`;
      const records = this.endpoint(pod);
      for (const r of records) this.emit({ kind: 'DNSRecord', action: 'add', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason });
      this.published.set(pod.name, records);
    }
  }

  /** How many DNS records exist at the end and did not at the start, and the reverse. */
  dnsChanges(): { added: number; removed: number } {
    let added = 0;
    let removed = 0;
    for (const c of this.dnsChangesByOrdinal().values()) {
      added += c.added;
      removed += c.removed;
    }
    return { added, removed };
  }

  /** dnsChanges per ordinal of the records' pods. */
  dnsChangesByOrdinal(): Map<number, { added: number; removed: number }> {
    const out = new Map<number, { added: number; removed: number }>();
    const missing = (from: Map<string, DnsRecord[]>, to: Map<string, DnsRecord[]>, field: 'added' | 'removed'): void => {
      for (const [pod, records] of from) {
        const other = to.get(pod);
        if (other === records) continue;
        const keys = new Set(other?.map((r) => r.key));
        for (const r of records) {
          if (keys.has(r.key)) continue;
          let c = out.get(r.ordinal);
          if (!c) out.set(r.ordinal, (c = { added: 0, removed: 0 }));
          c[field]++;
        }
      }
    };
    missing(this.published, this.initiallyPublished, 'added');
    missing(this.initiallyPublished, this.published, 'removed');
    return out;
  }

  /** Applies a change of the governing Service (created, deleted, changed) to the records. */
  changeService(service: DnsService | null, why: string): void {
    this.dns = { ...this.dns, service };
    this.endpoints.clear();
    this.dnsDirty.clear();
    const before = [...this.published.values()].flat().sort((a, b) => a.ordinal - b.ordinal);
    const pods = [...this.state.pods.values()].sort((a, b) => a.ordinal - b.ordinal).filter((p) => publishes(p, service));
    const after = pods.flatMap((p) => this.endpoint(p));
    const keys = (rs: DnsRecord[]): Set<string> => new Set(rs.map((r) => r.key));
    const [had, has] = [keys(before), keys(after)];
    for (const r of before) if (!has.has(r.key)) this.emit({ kind: 'DNSRecord', action: 'remove', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason: why });
    for (const r of after) if (!had.has(r.key)) this.emit({ kind: 'DNSRecord', action: 'add', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, reason: why });
    this.endStep();
    this.published.clear();
    for (const p of pods) this.published.set(p.name, this.endpoint(p));
  }

  // ---- indexes ----------------------------------------------------------------------------------

  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    const { start, replicas } = this.spec;
    this.available = new OrdinalSet(start, replicas);
    this.sick = new OrdinalSet(start, replicas);
    this.updated = new OrdinalSet(start, replicas);
    this.outdated = new OrdinalSet(start, replicas);
    this.settled = new OrdinalSet(start, replicas);
    for (const p of this.state.pods.values()) {
      this.podSeq.set(p, this.nextSeq++);
      this.track(p);
      if (!this.inRange(p.ordinal)) this.condemned.push(p);
    }
    this.condemned.sort((a, b) => a.ordinal - b.ordinal);
    for (const c of this.state.claims.values()) {
      this.claimSeq.set(c.name, this.nextSeq++);
      this.trackClaim(c);
      if (c.owner?.kind === 'Pod' && !this.liveUids.has(c.owner.uid)) this.orphanCandidates.add(c.name);
    }
  }

  /** Adds a pod's contribution to the indexes; `untrack` takes it away before the pod changes. */
  private track(p: SimPod): void {
    const update = this.spec.revision;
    const avail = !unavailable(p);
    // Only the pod named for its ordinal is that replica (a snapshot may hold web-01 beside web-1).
    if (p.name === this.nameOf(p.ordinal)) {
      this.available.set(p.ordinal, avail);
      this.sick.set(p.ordinal, !avail);
      this.updated.set(p.ordinal, avail && p.revision === update);
      this.outdated.set(p.ordinal, p.revision !== update && !p.terminating);
    }
    if (!p.terminating && p.revision === update) this.liveUpdated++;
    if (runningReady(p)) this.runningReadyCount++;
    this.liveUids.add(p.uid);
    // A terminating pod that is stuck (its node is lost) never goes away.
    if (p.terminating) {
      if (!p.held) this.terminating.add(p);
    } else if (p.phase === 'Pending' && !p.stuck) this.pending.add(p);
    else if (p.phase === 'Running' && !p.ready && !p.stuck) this.starting.add(p);
    this.dnsDirty.add(p.name);
  }

  private untrack(p: SimPod): void {
    if (p.name === this.nameOf(p.ordinal)) for (const s of [this.available, this.sick, this.updated, this.outdated, this.settled]) s.set(p.ordinal, false);
    if (!p.terminating && p.revision === this.spec.revision) this.liveUpdated--;
    if (runningReady(p)) this.runningReadyCount--;
    this.liveUids.delete(p.uid);
    this.terminating.delete(p);
    this.pending.delete(p);
    this.starting.delete(p);
    this.dnsDirty.add(p.name);
  }

  /** Changes a pod through `change`, keeping the indexes right. */
  private changePod(p: SimPod, change: (p: SimPod) => void): void {
    this.untrack(p);
    change(p);
    this.track(p);
    this.version++;
  }

  private trackClaim(c: SimClaim): void {
    if (c.owner?.kind === 'Pod') {
      let set = this.claimsByOwner.get(c.owner.uid);
      if (!set) this.claimsByOwner.set(c.owner.uid, (set = new Set()));
      set.add(c.name);
    }
    if (c.deleting) this.deletingClaims.add(c.name);
    if (c.phase !== 'Bound' && !c.deleting) this.unbound.add(c.name);
  }

  private untrackClaim(c: SimClaim): void {
    if (c.owner?.kind === 'Pod') this.claimsByOwner.get(c.owner.uid)?.delete(c.name);
    this.deletingClaims.delete(c.name);
    this.unbound.delete(c.name);
    this.settled.set(c.ordinal, false);
  }

  private setOwner(c: SimClaim, owner: ClaimOwner): void {
    if (c.owner?.kind === owner?.kind && (owner?.kind !== 'Pod' || (c.owner as { uid: number }).uid === owner.uid)) return;
    this.untrackClaim(c);
    if (c.owner?.kind !== owner?.kind) this.version++;
    c.owner = owner;
    this.trackClaim(c);
  }

  /** Orders a subset of the claims as the claims map does. */
  private inClaimOrder(names: Iterable<string>): SimClaim[] {
    const out: SimClaim[] = [];
    for (const n of names) {
      const c = this.state.claims.get(n);
      if (c) out.push(c);
    }
    return out.length < 2 ? out : out.sort((a, b) => this.claimSeq.get(a.name)! - this.claimSeq.get(b.name)!);
  }

  // ---- the controller -------------------------------------------------------------------------

  private newPod(ordinal: number, revision: string): SimPod {
    const pod: SimPod = {
      name: this.nameOf(ordinal),
      ordinal,
      revision,
      labels: this.state.revisionLabels.get(revision) ?? this.spec.labels,
      phase: 'Pending',
      ready: false,
      terminating: false,
      uid: this.state.nextUid++,
    };
    this.state.pods.set(pod.name, pod);
    this.podSeq.set(pod, this.nextSeq++);
    this.track(pod);
    this.version++;
    return pod;
  }

  private deletePod(pod: SimPod, reason: string): void {
    this.emit({ kind: 'Pod', action: 'delete', name: pod.name, ordinal: pod.ordinal, revision: pod.revision, reason });
    // API-server grace semantics: unscheduled or finished pods go at once, others terminate.
    if (pod.phase !== 'Running') this.removePod(pod);
    else this.changePod(pod, (p) => (p.terminating = true));
  }

  private removePod(pod: SimPod): void {
    this.untrack(pod);
    this.state.pods.delete(pod.name);
    this.podSeq.delete(pod);
    this.goneUids.add(pod.uid);
    this.version++;
  }

  private inRange(ordinal: number): boolean {
    return ordinal >= this.spec.start && ordinal < this.spec.start + this.spec.replicas;
  }

  /**
   * The pod's name for an ordinal, made once: every map lookup hashes the same string instead of
   * a freshly concatenated one (a large share of a 10,000-pod plan's time otherwise).
   */
  nameOf(ordinal: number): string {
    let name = this.podNames.get(ordinal);
    if (name === undefined) this.podNames.set(ordinal, (name = podName(this.spec.name, this.view.text(ordinal))));
    return name;
  }

  /** The ordinal's claim names, one per claim template in order (made once, as pod names are). */
  claimsOf(ordinal: number): string[] {
    let names = this.claimNames.get(ordinal);
    if (names === undefined) {
      const text = this.view.text(ordinal);
      this.claimNames.set(ordinal, (names = this.spec.templates.map((t) => claimName(t.name, this.spec.name, text))));
    }
    return names;
  }

  /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
  private fixOwners(ordinal: number, pod: SimPod | undefined, report = false): void {
    const condemned = !this.inRange(ordinal);
    for (const name of this.claimsOf(ordinal)) {
      const c = this.state.claims.get(name);
      if (!c || (c.owner?.kind === 'Pod' && !condemned)) continue;
      if (condemned && this.spec.whenScaled === 'Delete' && pod) {
        const owned = c.owner?.kind === 'Pod' && c.owner.uid === pod.uid;
        this.setOwner(c, { kind: 'Pod', uid: pod.uid });
        // UpdatePodClaimForRetentionPolicy: an update of the PVC (the traces' `update PersistentVolumeClaim`).
        if (report && !owned) this.emit({ kind: 'PersistentVolumeClaim', action: 'update', name, ordinal: c.ordinal, reason: `ownerReference → Pod ${pod.name} (whenScaled: Delete): the garbage collector deletes it once ${pod.name} is gone` });
      } else if (this.spec.whenDeleted === 'Delete') this.setOwner(c, { kind: 'StatefulSet' });
      else this.setOwner(c, null);
    }
  }

  private wait(pod: SimPod | null, ordinal: number, reason: string): Wait {
    return { pod: pod?.name ?? this.nameOf(ordinal), ordinal, reason };
  }

  /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
  private createMissingClaims(ordinal: number, why: (t: ClaimTemplate) => string): string[] {
    const reused: string[] = [];
    const names = this.claimsOf(ordinal);
    for (const [i, t] of this.spec.templates.entries()) {
      const claim = names[i]!;
      if (this.state.claims.has(claim)) {
        reused.push(claim);
        continue;
      }
      const c: SimClaim = { name: claim, ordinal, phase: 'Pending', deleting: false, owner: null, binding: t.binding, pendingReported: false };
      this.state.claims.set(claim, c);
      this.claimSeq.set(claim, this.nextSeq++);
      this.trackClaim(c);
      this.version++;
      this.emit({ kind: 'PersistentVolumeClaim', action: 'create', name: claim, ordinal, reason: why(t) });
    }
    return reused;
  }

  /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
  private processReplica(index: number, current: string, update: string): Wait | null {
    const s = this.spec;
    const ordinal = s.start + index;
    const name = this.nameOf(ordinal);
    let pod = this.state.pods.get(name);
    if (pod && (pod.phase === 'Failed' || pod.phase === 'Succeeded')) {
      if (!pod.terminating) this.deletePod(pod, `phase ${pod.phase}: the controller deletes it and creates it again`);
      return this.wait(pod, ordinal, `waiting for ${name} (${pod.phase}) to be deleted and created again`);
    }
    if (!pod) {
      const revision = s.strategy === 'RollingUpdate' && index < s.partition ? current : update;
      for (const claim of this.claimsOf(ordinal)) {
        const c = this.state.claims.get(claim);
        if (c?.owner?.kind === 'Pod' && s.whenScaled === 'Delete' && !this.liveUids.has(c.owner.uid)) {
          return this.wait(null, ordinal, `PVC ${claim} still belongs to an earlier ${name} (whenScaled: Delete): waiting for the garbage collector to delete it`);
        }
        if (c?.deleting) return this.wait(null, ordinal, `PVC ${claim} is being deleted: ${name} is not created until it is gone (FailedCreate)`);
      }
      const reused = this.createMissingClaims(ordinal, (t) => `from claim template ${t.name} (${t.summary})`);
      pod = this.newPod(ordinal, revision);
      const why = [revision === update ? `revision ${revision}` : `revision ${revision} (below partition ${this.view.partition ?? s.partition})`];
      if (reused.length) why.push(`reuses PVC ${reused.join(', ')}`);
      this.emit({ kind: 'Pod', action: 'create', name, ordinal, revision, reason: why.join('; ') });
      this.fixOwners(ordinal, pod);
      return this.wait(pod, ordinal, `waiting for ${name} to be Running and Ready`);
    }
    if (pod.phase === 'Pending') this.createMissingClaims(ordinal, (t) => `missing while ${name} is Pending: created again from claim template ${t.name}`);
    this.fixOwners(ordinal, pod);
    if (pod.terminating) return this.wait(pod, ordinal, pod.held ? `${name} ${pod.stuck}` : `waiting for ${name} to terminate`);
    if (!runningReady(pod)) return this.wait(pod, ordinal, pod.stuck ? `${name} ${pod.stuck}` : `waiting for ${name} to be Running and Ready`);
    // Running, Ready and its claims' owners right: until it or its claims change, step E has nothing to do here.
    this.settled.set(ordinal, true);
    return null;
  }

  /** One call of updateStatefulSet. */
  sync(): void {
    const s = this.spec;
    const st = this.state;
    this.lastWait = null;
    this.waitCounted = false;
    if (st.deleted) return;
    this.index();
    // The garbage collector's deletions since the last sync happen beside this one: the collector
    // works on its own, so they share the step of the controller's next actions (they are not a
    // step the rollout waits for); they come first in the step so that each pod's events stay
    // together (../compress.ts summarises a set's timeline ordinal by ordinal).
    this.emitCollected();
    // Revisions: the live template's revision becomes the update revision.
    if (st.updateRevision !== s.revision) {
      st.revisionLabels.set(s.revision, s.labels);
      st.updateRevision = s.revision;
      this.version++;
    }
    if (st.currentRevision === null) st.currentRevision = st.updateRevision;
    const current = st.currentRevision;
    const update = st.updateRevision;
    const first = s.start;
    const end = s.start + s.replicas;

    // Step E: every replica in order, skipping settled ones (Running, Ready, nothing to fix: a no-op).
    for (let o = this.settled.first(first, end, true); o !== null; o = this.settled.first(o + 1, end, true)) {
      const w = this.processReplica(o - s.start, current, update);
      if (w && s.monotonic) return this.finishSync(w);
      if (w && !this.lastWait) this.lastWait = w;
    }
    // Step F
    while (this.condemned.length && !st.pods.has(this.condemned[this.condemned.length - 1]!.name)) this.condemned.pop();
    const condemned = this.condemned.length ? this.condemned.filter((p) => st.pods.has(p.name)) : this.condemned;
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
      this.deletePod(p, `scale down: ordinal ${this.view.text(p.ordinal)} is outside ${this.rangeText()}`);
      if (s.monotonic) return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to terminate before scaling down further`));
    }
    // Step I
    if (s.strategy === 'OnDelete') return this.finishSync(null);
    const lowest = s.start + s.partition;
    // Step J
    if (!s.maxUnavailableGate) {
      // The highest replica at or above the partition that is not updated and available.
      const target = this.updated.last(lowest, end, true);
      if (target !== null) {
        const p = st.pods.get(this.nameOf(target));
        if (p && p.revision !== update && !p.terminating) {
          this.deletePod(p, `rolling update: revision ${p.revision} → ${update}`);
          return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to be updated`));
        }
        return this.finishSync(this.wait(p ?? null, target, `waiting for ${this.nameOf(target)} to be updated and Ready`));
      }
    } else {
      const unavailableCount = s.replicas - this.available.count(first, end);
      this.waitCounted = unavailableCount >= s.maxUnavailable;
      if (unavailableCount > s.maxUnavailable) return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} pods unavailable, more than maxUnavailable ${s.maxUnavailable}` });
      let budget = s.maxUnavailable - unavailableCount;
      let outdated = this.outdated.count(lowest, end);
      for (let hi = end; budget > 0; budget--) {
        const o = this.outdated.last(lowest, hi);
        if (o === null) break;
        const p = st.pods.get(this.nameOf(o))!;
        this.deletePod(p, `rolling update (maxUnavailable ${s.maxUnavailable}): revision ${p.revision} → ${update}`);
        outdated--;
        hi = o;
      }
      if (outdated > 0 && unavailableCount >= s.maxUnavailable) {
        return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} of maxUnavailable ${s.maxUnavailable} pods are unavailable: the rolling update deletes no further pod (kubernetes/kubernetes#137409)` });
      }
    }
    this.finishSync(null);
  }

  /** The controller's first unhealthy pod: the lowest replica that exists and is not available, else the lowest such condemned pod. */
  private firstUnhealthy(condemned: SimPod[]): SimPod | undefined {
    const o = this.sick.first(this.spec.start, this.spec.start + this.spec.replicas);
    if (o !== null) return this.state.pods.get(this.nameOf(o));
    return condemned.find((p) => unavailable(p));
  }

  private finishSync(wait: Wait | null): void {
    if (wait) this.lastWait = wait;
    // Step K: a finished rolling update makes the update revision current.
    const s = this.spec;
    const st = this.state;
    // completeRollingUpdate: updated == ready == replicas == spec.replicas (the older form omitted spec.replicas).
    if (s.strategy === 'RollingUpdate' && this.liveUpdated === s.replicas && this.runningReadyCount === s.replicas && st.pods.size === s.replicas && st.currentRevision !== st.updateRevision) {
      st.currentRevision = st.updateRevision;
      this.version++;
    }
    // A pod deleted in this sync is terminating: its records go in the same step (spec §13.3).
    this.emitDns();
    this.endStep();
  }

  /** The garbage collector's PVC deletions noticed since the last sync, beside this one's events. */
  private emitCollected(): void {
    for (const { claim, reason } of this.collected.splice(0)) if (this.state.claims.get(claim.name) === claim) this.claimGone(claim, reason);
  }

  rangeText(): string {
    const s = this.spec;
    return s.replicas === 0 ? 'an empty range (replicas: 0)' : `${this.view.text(s.start)}..${this.view.text(s.start + s.replicas - 1)}`;
  }

  // ---- the world outside the controller --------------------------------------------------------

  private claimGone(c: SimClaim, reason: string): void {
    this.untrackClaim(c);
    this.state.claims.delete(c.name);
    this.claimSeq.delete(c.name);
    this.version++;
    this.emit({ kind: 'PersistentVolumeClaim', action: 'delete', name: c.name, ordinal: c.ordinal, reason });
  }

  /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
  world(): boolean {
    const st = this.state;
    this.index();
    let changed: boolean;
    // Terminations finish; the garbage collector follows owners that are gone.
    const leaving = this.terminating.size ? [...this.terminating].sort((a, b) => this.podSeq.get(a)! - this.podSeq.get(b)!) : [];
    for (const p of leaving) this.removePod(p);
    if (!st.deleted) {
      for (const p of leaving) {
        if (this.inRange(p.ordinal)) continue;
        for (const name of this.claimsOf(p.ordinal)) {
          const c = st.claims.get(name);
          if (!c) continue;
          if (c.owner?.kind === 'Pod' && c.owner.uid === p.uid) this.collected.push({ claim: c, reason: `deleted by the garbage collector after ${p.name} is gone (whenScaled: Delete; asynchronous, not ordered with the controller's next steps)` });
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
    // Claims owned by pods that are gone, and claims that were being deleted once their pod is gone.
    const candidates = new Set<string>();
    for (const name of this.orphanCandidates) candidates.add(name);
    for (const name of this.deletingClaims) candidates.add(name);
    for (const uid of this.goneUids) for (const name of this.claimsByOwner.get(uid) ?? []) candidates.add(name);
    this.goneUids.clear();
    this.orphanCandidates.clear();
    for (const c of candidates.size ? this.inClaimOrder(candidates) : []) {
      if (c.owner?.kind === 'Pod' && !this.liveUids.has(c.owner.uid)) {
        if (!this.collected.some((x) => x.claim === c)) this.collected.push({ claim: c, reason: 'deleted by the garbage collector: the pod that owns it is gone (whenScaled: Delete; asynchronous)' });
      }
      else if (c.deleting && !st.pods.has(this.nameOf(c.ordinal))) this.claimGone(c, 'finishes deleting (it was already being deleted)');
    }
    // Records of pods that are gone (publishNotReadyAddresses kept them while they terminated).
    this.emitDns();
    changed = this.endStep() || leaving.length > 0 || this.collected.length > 0;
    if (st.deleted) return changed;

    // Volume binding.
    for (const c of this.inClaimOrder(this.unbound)) {
      const consumer = st.pods.get(this.nameOf(c.ordinal));
      if (c.binding.mode === 'Immediate') {
        this.bind(c);
        this.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, reason: c.binding.reason });
      } else if (c.binding.mode === 'WaitForFirstConsumer') {
        if (consumer && !consumer.terminating && !consumer.stuck) {
          this.bind(c);
          this.emit({ kind: 'PersistentVolumeClaim', action: 'bind', name: c.name, ordinal: c.ordinal, reason: `${c.binding.reason}; provisioned when ${consumer.name} is scheduled` });
        }
      } else if (!c.pendingReported) {
        c.pendingReported = true;
        this.emit({ kind: 'PersistentVolumeClaim', action: 'pending', name: c.name, ordinal: c.ordinal, reason: c.binding.reason });
      }
    }
    changed = this.endStep() || changed;

    // Scheduling and readiness.
    const pending = this.pending.size > 1 ? [...this.pending].sort((a, b) => a.ordinal - b.ordinal) : [...this.pending];
    for (const p of pending) {
      const unbound = this.claimsOf(p.ordinal)
        .map((n) => st.claims.get(n))
        .find((c) => !c || c.phase !== 'Bound');
      if (unbound && unbound.binding.mode === 'never') {
        this.staysPending(p, `PVC ${unbound.name} is never bound (${unbound.binding.reason})`, `PVC ${unbound.name} is not bound: ${unbound.binding.reason}`);
        changed = true;
        continue;
      }
      if (unbound) continue;
      const conflict = this.zoneConflict(p.ordinal);
      if (conflict) {
        this.staysPending(p, conflict, conflict);
        changed = true;
        continue;
      }
      this.changePod(p, (q) => {
        q.phase = 'Running';
        q.ready = false;
      });
      this.emit({ kind: 'Pod', action: 'running', name: p.name, ordinal: p.ordinal, revision: p.revision, reason: 'scheduled, containers started: Running with an IP, not Ready yet' });
    }
    changed = this.endStep() || changed;
    // publishNotReadyAddresses publishes a pod as soon as it has an IP, before it is Ready.
    this.flushDns();

    // Readiness.
    const starting = this.starting.size > 1 ? [...this.starting].sort((a, b) => a.ordinal - b.ordinal) : [...this.starting];
    for (const p of starting) {
      this.changePod(p, (q) => (q.ready = true));
      const wait = this.spec.minReadySeconds > 0 ? `; available after minReadySeconds (${this.spec.minReadySeconds}s)` : '';
      this.emit({ kind: 'Pod', action: 'ready', name: p.name, ordinal: p.ordinal, revision: p.revision, reason: `Ready${wait}` });
    }
    changed = this.endStep() || changed;
    this.flushDns();
    return changed;
  }

  /** A pod the scheduler never places: it stays Pending (`why`), reported once (`reason`). */
  private staysPending(p: SimPod, why: string, reason: string): void {
    p.stuck = `stays Pending: ${why}`;
    this.pending.delete(p);
    this.emit({ kind: 'Pod', action: 'pending', name: p.name, ordinal: p.ordinal, revision: p.revision, reason });
  }

  /**
   * The scheduler's VolumeBinding filter: a claim bound to a PV whose node affinity allows no zone
   * the pod template allows leaves the pod Pending ("volume node affinity conflict").
   */
  private zoneConflict(ordinal: number): string | undefined {
    const allowed = this.spec.zones;
    if (!allowed) return undefined;
    for (const n of this.claimsOf(ordinal)) {
      const v = this.state.claims.get(n)?.volume;
      if (!v || v.zones.some((z) => allowed.includes(z))) continue;
      return `volume node affinity conflict: PVC ${n} is bound to PV ${v.name} in zone ${v.zones.join(', ')}, and the pod template allows only ${allowed.join(', ')}; the scheduler never places the pod (move the data, or allow that zone)`;
    }
    return undefined;
  }

  private bind(c: SimClaim): void {
    this.untrackClaim(c);
    c.phase = 'Bound';
    this.trackClaim(c);
    this.version++;
  }

  /** Runs sync + world rounds until nothing changes. */
  run(maxRounds = 0): void {
    const limit = maxRounds || 50 + 10 * (this.spec.replicas + this.state.pods.size);
    for (let round = 0; round < limit; round++) {
      const before = this.step;
      const version = this.version;
      this.sync();
      const worldChanged = this.world();
      if (!worldChanged && this.step === before && version === this.version) return;
    }
  }

  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet(): void {
    const st = this.state;
    this.index();
    st.deleted = true;
    for (const c of st.claims.values()) if (c.owner?.kind !== 'Pod') this.setOwner(c, this.spec.whenDeleted === 'Delete' ? { kind: 'StatefulSet' } : null);
    for (const p of [...st.pods.values()].sort((a, b) => a.ordinal - b.ordinal)) {
      if (!p.terminating) this.deletePod(p, 'StatefulSet deleted: the garbage collector deletes its pods all at once, in no particular order');
    }
    this.flushDns();
    this.world();
    this.emitCollected();
    this.endStep();
  }
}
