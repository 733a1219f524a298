/**
 * What each pod has published in cluster DNS during a simulation: the records of pods whose
 * endpoint the governing Service publishes (dns.ts says which and what), and the records that
 * appear and go as pods change, reported as events. The indexes tell it which pods changed
 * (`touch`); it looks only at those.
 */
import { endpointRecords, publishes, type DnsRecord, type DnsService } from './dns.js';
import type { EventSink } from './events.js';
import type { SimPod, SimState } from './state.js';

/** The Service that governs the set, and where its records live. */
export interface DnsContext {
  service: DnsService | null;
  namespace: string;
  domain: string;
}

export class Publisher {
  /** The DNS records each pod that has an endpoint has published (pods without one are absent). */
  private readonly published = new Map<string, DnsRecord[]>();
  /** What was published when the simulation started, to count what it added and removed. */
  private readonly initiallyPublished: Map<string, DnsRecord[]>;
  /** Each pod's endpoint records under the current Service. */
  private readonly endpoints = new Map<string, DnsRecord[]>();
  /** Pods whose records may have changed since the last flush. */
  private readonly dirty = new Set<string>();

  constructor(
    private readonly state: SimState,
    private dns: DnsContext,
    private readonly log: EventSink,
    /** A quiet simulation only builds a state: records are computed from it when a simulation starts. */
    private readonly quiet: boolean,
  ) {
    for (const p of state.pods.values()) if (publishes(p, dns.service)) this.published.set(p.name, this.endpoint(p));
    this.initiallyPublished = new Map(this.published);
  }

  /** The pod (by name) may have changed sides: looked at by the next flush. */
  touch(name: string): void {
    this.dirty.add(name);
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
  flush(): void {
    this.emitChanges();
    this.log.endStep();
  }

  /** flush without ending the step: records that go with the step's own events (a deletion). */
  emitChanges(): void {
    if (this.quiet) {
      this.dirty.clear();
      return;
    }
    if (this.dirty.size === 0) return;
    const gone: { pod: string; ordinal: number; records: DnsRecord[] }[] = [];
    const came: SimPod[] = [];
    for (const name of this.dirty) {
      const pod = this.state.pods.get(name);
      const was = this.published.get(name);
      const is = !!pod && publishes(pod, this.dns.service);
      if (was && !is) gone.push({ pod: name, ordinal: was[0]!.ordinal, records: was });
      else if (!was && is) came.push(pod!);
    }
    this.dirty.clear();
    gone.sort((a, b) => a.ordinal - b.ordinal);
    came.sort((a, b) => a.ordinal - b.ordinal);
    for (const g of gone) {
      const pod = this.state.pods.get(g.pod);
      const [code, reason] = !pod ? (['PodGone', `${g.pod} is gone`] as const) : pod.terminating ? (['PodTerminating', `${g.pod} is terminating`] as const) : (['PodNotReady', `${g.pod} is not Ready`] as const);
      for (const r of g.records) this.log.emit({ kind: 'DNSRecord', action: 'remove', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code, reason });
      this.published.delete(g.pod);
    }
    for (const pod of came) {
      const early = this.dns.service?.publishNotReady && !pod.ready;
      const code = early ? 'PodRunningNotReady' : 'PodReady';
      const reason = early ? `${pod.name} is Running with an IP (publishNotReadyAddresses: true: published before it is Ready)` : `${pod.name} is Ready`;
      const records = this.endpoint(pod);
      for (const r of records) this.log.emit({ kind: 'DNSRecord', action: 'add', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code, reason });
      this.published.set(pod.name, records);
    }
  }

  /** How many DNS records exist at the end and did not at the start, and the reverse. */
  changes(): { added: number; removed: number } {
    let added = 0;
    let removed = 0;
    for (const c of this.changesByOrdinal().values()) {
      added += c.added;
      removed += c.removed;
    }
    return { added, removed };
  }

  /** changes per ordinal of the records' pods. */
  changesByOrdinal(): Map<number, { added: number; removed: number }> {
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

  /** Applies a change of the governing Service (created, deleted, changed) to the records, as one step. */
  changeService(service: DnsService | null, why: string): void {
    this.dns = { ...this.dns, service };
    this.endpoints.clear();
    this.dirty.clear();
    const before = [...this.published.values()].flat().sort((a, b) => a.ordinal - b.ordinal);
    const pods = [...this.state.pods.values()].sort((a, b) => a.ordinal - b.ordinal).filter((p) => publishes(p, service));
    const after = pods.flatMap((p) => this.endpoint(p));
    const keys = (rs: DnsRecord[]): Set<string> => new Set(rs.map((r) => r.key));
    const [had, has] = [keys(before), keys(after)];
    for (const r of before) if (!has.has(r.key)) this.log.emit({ kind: 'DNSRecord', action: 'remove', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code: 'ServiceChanged', reason: why });
    for (const r of after) if (!had.has(r.key)) this.log.emit({ kind: 'DNSRecord', action: 'add', name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code: 'ServiceChanged', reason: why });
    this.log.endStep();
    this.published.clear();
    for (const p of pods) this.published.set(p.name, this.endpoint(p));
  }
}
