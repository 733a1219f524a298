/**
 * Replays the StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go,
 * updateStatefulSet, steps A–K of spec/statefulset-semantics.md §3) together with what happens
 * outside it — volume binding, scheduling and readiness, termination, the garbage collector and
 * cluster DNS — round by round until nothing changes: one controller sync, then one pass of the
 * outside world, as the recorded controller traces do.
 *
 * The parts, each given only what it uses: the event log (events.ts), the indexes through which
 * every change of the state goes (indexes.ts), DNS publishing (publish.ts), the controller
 * (controller.ts) and the world (world.ts). This class wires them and is what the planner calls.
 */
import type { DnsService } from './dns.js';
import { EventLog } from './events.js';
import { Controller } from './controller.js';
import { Indexes } from './indexes.js';
import { Names } from './names.js';
import { Publisher, type DnsContext } from './publish.js';
import { IDENTITY_VIEW, type OrdinalView, type RawEvent, type SetSpec, type SimState, type Wait } from './state.js';
import { World } from './world.js';

export class Simulation {
  readonly events: RawEvent[];
  private readonly log: EventLog;
  private readonly names: Names;
  private readonly dns: Publisher;
  private readonly indexes: Indexes;
  private readonly controller: Controller;
  private readonly world: World;

  constructor(
    readonly state: SimState,
    readonly spec: SetSpec,
    dns: DnsContext,
    quiet = false,
    readonly view: OrdinalView = IDENTITY_VIEW,
  ) {
    this.log = new EventLog(dns.namespace, spec.name, quiet);
    this.events = this.log.events;
    this.names = new Names(spec, view);
    this.dns = new Publisher(state, dns, this.log, quiet);
    this.indexes = new Indexes(state, spec, this.names, this.dns);
    this.world = new World(state, spec, this.names, this.indexes, this.log, this.dns);
    this.controller = new Controller(state, spec, view, this.names, this.indexes, this.log, this.dns, this.world);
  }

  /** Why the last controller sync stopped early, if it did. */
  get lastWait(): Wait | null {
    return this.controller.lastWait;
  }

  /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
  get waitCounted(): boolean {
    return this.controller.waitCounted;
  }

  /** Runs sync + world rounds until nothing changes. */
  run(maxRounds = 0): void {
    const limit = maxRounds || 50 + 10 * (this.spec.replicas + this.state.pods.size);
    for (let round = 0; round < limit; round++) {
      const before = this.log.step;
      const version = this.indexes.version;
      this.controller.sync();
      const worldChanged = this.world.pass();
      if (!worldChanged && this.log.step === before && version === this.indexes.version) return;
    }
  }

  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet(): void {
    this.world.deleteSet();
  }

  /** Applies a change of the governing Service (created, deleted, changed) to the records. */
  changeService(service: DnsService | null, why: string): void {
    this.dns.changeService(service, why);
  }

  /** How many DNS records exist at the end and did not at the start, and the reverse. */
  dnsChanges(): { added: number; removed: number } {
    return this.dns.changes();
  }

  /** dnsChanges per ordinal of the records' pods. */
  dnsChangesByOrdinal(): Map<number, { added: number; removed: number }> {
    return this.dns.changesByOrdinal();
  }

  /** The pod's name for an ordinal. */
  nameOf(ordinal: number): string {
    return this.names.nameOf(ordinal);
  }

  /** The ordinal's claim names, one per claim template in order. */
  claimsOf(ordinal: number): string[] {
    return this.names.claimsOf(ordinal);
  }
}
