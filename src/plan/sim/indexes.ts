/**
 * Indexes over the simulation's state, for speed only: ordinal sets and counters that answer the
 * controller's and the world's questions ("the first replica that is not Ready", "the pods that
 * are Pending") without a scan, so that a round costs what changes in it rather than the size of
 * the set. They are built on the first round (the caller may still fill the state after the
 * simulation is made) and kept up to date by routing every change of a pod or a claim through
 * here. Changing the state from outside once the simulation has run is not supported.
 */
import type { Names } from './names.js';
import { OrdinalSet } from './ordinal-set.js';
import type { ClaimOwner, SetSpec, SimClaim, SimPod, SimState } from './state.js';

export const runningReady = (p: SimPod): boolean => p.phase === 'Running' && p.ready;
export const unavailable = (p: SimPod | undefined): boolean => !p || !runningReady(p) || p.terminating;

/** Told about every pod that may have changed (DNS publishing looks at those only). */
export interface PodWatcher {
  touch(name: string): void;
}

export class Indexes {
  private built = false;
  /** Bumped by every change of pod phase, readiness, termination, claim phase or owner, and revision. */
  private changes = 0;
  private nextSeq = 0;
  /** Creation order of the pods: the order the world handles terminations in. */
  readonly podSeq = new Map<SimPod, number>();
  private readonly claimSeq = new Map<string, number>();
  /** Replicas (ordinals in range) that exist, are Running and Ready and not terminating. */
  available!: OrdinalSet;
  /** Replicas that exist and are not available (the "unhealthy" pods of the controller). */
  sick!: OrdinalSet;
  /** Available replicas at the update revision. */
  updated!: OrdinalSet;
  /** Replicas at another revision and not terminating: what a rolling update deletes. */
  outdated!: OrdinalSet;
  /** Available replicas that a sync has processed since they last changed: step E has nothing to do for them. */
  settled!: OrdinalSet;
  /** Pods outside the range, by ordinal ascending (removed pods are dropped lazily by the controller). */
  readonly condemned: SimPod[] = [];
  /** Pods not terminating at the update revision. */
  liveUpdated = 0;
  runningReadyCount = 0;
  readonly liveUids = new Set<number>();
  /** Pod uids gone since the garbage collector last looked, with claims that may have been owned by them. */
  readonly goneUids = new Set<number>();
  readonly claimsByOwner = new Map<number, Set<string>>();
  /** Claims owned by a pod that did not exist when the indexes were built. */
  readonly orphanCandidates = new Set<string>();
  readonly deletingClaims = new Set<string>();
  readonly unbound = new Set<string>();
  readonly pending = new Set<SimPod>();
  /** Pods Running with an IP that become Ready on their own (not stuck, not terminating). */
  readonly starting = new Set<SimPod>();
  readonly terminating = new Set<SimPod>();

  constructor(
    private readonly state: SimState,
    private readonly spec: SetSpec,
    private readonly names: Names,
    private readonly watcher: PodWatcher,
  ) {}

  /** Changes so far: a round that leaves it, the step count and the world alone has reached the end. */
  get version(): number {
    return this.changes;
  }

  /** Counts a change made outside the pods and claims (a revision). */
  changed(): void {
    this.changes++;
  }

  /** Builds the indexes from the state the first time it is called. */
  build(): void {
    if (this.built) return;
    this.built = true;
    const { start, replicas } = this.spec;
    this.available = new OrdinalSet(start, replicas);
    this.sick = new OrdinalSet(start, replicas);
    this.updated = new OrdinalSet(start, replicas);
    this.outdated = new OrdinalSet(start, replicas);
    this.settled = new OrdinalSet(start, replicas);
    for (const p of this.state.pods.values()) {
      this.podSeq.set(p, this.nextSeq++);
      this.track(p);
      if (!this.names.inRange(p.ordinal)) this.condemned.push(p);
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
    if (p.name === this.names.nameOf(p.ordinal)) {
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
    this.watcher.touch(p.name);
  }

  private untrack(p: SimPod): void {
    if (p.name === this.names.nameOf(p.ordinal)) for (const s of [this.available, this.sick, this.updated, this.outdated, this.settled]) s.set(p.ordinal, false);
    if (!p.terminating && p.revision === this.spec.revision) this.liveUpdated--;
    if (runningReady(p)) this.runningReadyCount--;
    this.liveUids.delete(p.uid);
    this.terminating.delete(p);
    this.pending.delete(p);
    this.starting.delete(p);
    this.watcher.touch(p.name);
  }

  /** Adds a new pod to the state. */
  addPod(pod: SimPod): void {
    this.state.pods.set(pod.name, pod);
    this.podSeq.set(pod, this.nextSeq++);
    this.track(pod);
    this.changes++;
  }

  /** Changes a pod through `change`, keeping the indexes right. */
  changePod(p: SimPod, change: (p: SimPod) => void): void {
    this.untrack(p);
    change(p);
    this.track(p);
    this.changes++;
  }

  /** A pod is gone from the state (its uid is noted for the garbage collector). */
  removePod(pod: SimPod): void {
    this.untrack(pod);
    this.state.pods.delete(pod.name);
    this.podSeq.delete(pod);
    this.goneUids.add(pod.uid);
    this.changes++;
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

  /** Adds a new claim to the state. */
  addClaim(c: SimClaim): void {
    this.state.claims.set(c.name, c);
    this.claimSeq.set(c.name, this.nextSeq++);
    this.trackClaim(c);
    this.changes++;
  }

  /** A claim is bound to a volume. */
  bind(c: SimClaim): void {
    this.untrackClaim(c);
    c.phase = 'Bound';
    this.trackClaim(c);
    this.changes++;
  }

  /** Sets a claim's owner reference (a change only when the owner differs). */
  setOwner(c: SimClaim, owner: ClaimOwner): void {
    if (c.owner?.kind === owner?.kind && (owner?.kind !== 'Pod' || (c.owner as { uid: number }).uid === owner.uid)) return;
    this.untrackClaim(c);
    if (c.owner?.kind !== owner?.kind) this.changes++;
    c.owner = owner;
    this.trackClaim(c);
  }

  /** A claim is gone from the state. */
  removeClaim(c: SimClaim): void {
    this.untrackClaim(c);
    this.state.claims.delete(c.name);
    this.claimSeq.delete(c.name);
    this.changes++;
  }

  /** Orders a subset of the claims as the claims map does. */
  inClaimOrder(names: Iterable<string>): SimClaim[] {
    const out: SimClaim[] = [];
    for (const n of names) {
      const c = this.state.claims.get(n);
      if (c) out.push(c);
    }
    return out.length < 2 ? out : out.sort((a, b) => this.claimSeq.get(a.name)! - this.claimSeq.get(b.name)!);
  }
}
