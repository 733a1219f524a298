/** Small projections of a plan shared by the plan renderers. */
import type { PlanEvent, Plan, StatefulSetPlan, SourceLocation } from '../planner/types.js';

export const KIND_SHORT: Record<PlanEvent['kind'], string> = { PersistentVolumeClaim: 'PVC', Pod: 'Pod', DNSRecord: 'DNS' };

export function eventsOf(plan: Plan, s: { namespace: string; name: string }): PlanEvent[] {
  return plan.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}

/** `web-0` or `nginx.default.svc.cluster.local A (address of web-0)`. */
export function eventObject(e: PlanEvent): string {
  return e.kind === 'DNSRecord' ? `${e.name} ${e.type} ${e.value}` : e.name;
}

export function where(l: SourceLocation | undefined): string {
  return l ? `${l.file}:${l.line}:${l.column}` : '';
}

export function headline(s: StatefulSetPlan): string {
  if (s.change === 'unchanged') return 'no change';
  if (s.change === 'rejected') return 'rejected by the API server';
  return s.changes.join('; ') || s.change;
}

export const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));

/** A set's timelines longer than this are summarised: repeating runs become one entry. */
export const SUMMARISE_AFTER = 40;

/** One entry of a summarised timeline: an event, or a block of events repeated for successive pods. */
export type TimelineEntry =
  | { type: 'event'; event: PlanEvent }
  | {
      type: 'repeat';
      /** The first repetition, its names templated: `{N}` stands for the pod's ordinal. */
      block: { event: PlanEvent; name: string; value?: string; reason: string }[];
      /** Ordinal `{N}` stands for in each repetition, in order (ascending or descending by 1). */
      ordinals: number[];
      steps: { first: number; last: number };
      events: number;
    };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Summarises repeating runs: the same events for web-3, then web-4, then web-5… (scale-ups,
 * rolling updates) become one entry that names the ordinals. Runs shorter than `minRepeats`
 * repetitions stay as they are.
 */
export function compactTimeline(events: PlanEvent[], minRepeats = 3, maxPeriod = 16): TimelineEntry[] {
  const podName = (e: PlanEvent): RegExp => new RegExp(`${escapeRe(e.statefulSet)}-(\\d+)(?![0-9a-z])`, 'g');
  /** `s` with each pod name written relative to ordinal `base`: `web-{N}`, `web-{N+1}`. */
  const relative = (e: PlanEvent, s: string, base: number): string =>
    s.replace(podName(e), (_, d: string) => {
      const off = Number(d) - base;
      return `${e.statefulSet}-{N${off === 0 ? '' : off > 0 ? `+${off}` : off}}`;
    });
  const key = (e: PlanEvent, base: number): string => [e.kind, e.action, e.type ?? '', relative(e, e.name, base), relative(e, e.value ?? '', base), relative(e, e.reason, base)].join('\u0000');
  const baseOf = (block: PlanEvent[]): number | undefined => block.find((e) => e.ordinal !== undefined)?.ordinal;

  const out: TimelineEntry[] = [];
  let i = 0;
  while (i < events.length) {
    let best: { period: number; times: number; delta: number } | undefined;
    for (let p = 1; p <= maxPeriod && i + p * minRepeats <= events.length; p++) {
      const first = events.slice(i, i + p);
      const b0 = baseOf(first);
      if (b0 === undefined) continue;
      const keys = first.map((e) => key(e, b0));
      let times = 1;
      let delta = 0;
      for (;;) {
        const next = events.slice(i + times * p, i + (times + 1) * p);
        const b = baseOf(next);
        if (next.length < p || b === undefined) break;
        // Successive repetitions move one ordinal up (scale-up) or down (rolling update, scale-down).
        if (times === 1) {
          if (Math.abs(b - b0) !== 1) break;
          delta = b - b0;
        } else if (b !== b0 + times * delta) break;
        if (!next.every((e, k) => key(e, b) === keys[k])) break;
        times++;
      }
      if (times >= minRepeats && (!best || times * p > best.times * best.period)) best = { period: p, times, delta };
    }
    if (!best) {
      out.push({ type: 'event', event: events[i]! });
      i++;
      continue;
    }
    const { period, times, delta } = best;
    const block = events.slice(i, i + period);
    const b0 = baseOf(block)!;
    const count = period * times;
    out.push({
      type: 'repeat',
      block: block.map((e) => ({ event: e, name: relative(e, e.name, b0), ...(e.value !== undefined ? { value: relative(e, e.value, b0) } : {}), reason: relative(e, e.reason, b0) })),
      ordinals: Array.from({ length: times }, (_, k) => b0 + k * delta),
      steps: { first: events[i]!.step, last: events[i + count - 1]!.step },
      events: count,
    });
    i += count;
  }
  return out;
}

/** A set's timeline as renderers show it: every event, or summarised when it is long. */
export function timeline(events: PlanEvent[]): TimelineEntry[] {
  return events.length > SUMMARISE_AFTER ? compactTimeline(events) : events.map((event) => ({ type: 'event', event }));
}

/** `{3..202}`-style text for a run of ordinals: `web-{N}` with N = 3..202 becomes `web-{3..202}`. */
export function expandTemplate(s: string, ordinals: number[]): string {
  const first = ordinals[0]!;
  const last = ordinals.at(-1)!;
  return s.replace(/\{N([+-]\d+)?\}/g, (_, off: string | undefined) => {
    const o = off ? Number(off) : 0;
    return `{${first + o}..${last + o}}`;
  });
}

/** `web-3, web-4` or `web-3 … web-202 (200)` for lists of names. */
export function nameList(names: string[], max = 6): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} … ${names.at(-1)} (${names.length})`;
}

/** What a reviewer wants in one line per StatefulSet: which pods, PVCs and DNS names come and go. */
export function narrative(events: PlanEvent[]): string[] {
  const podEvents = events.filter((e) => e.kind === 'Pod');
  const deleted = new Set(podEvents.filter((e) => e.action === 'delete').map((e) => e.name));
  const created = new Set(podEvents.filter((e) => e.action === 'create').map((e) => e.name));
  const uniq = (xs: string[]): string[] => [...new Set(xs)];
  const parts: string[] = [];
  const newPods = uniq(podEvents.filter((e) => e.action === 'create' && !deleted.has(e.name)).map((e) => e.name));
  const replaced = uniq(podEvents.filter((e) => e.action === 'create' && deleted.has(e.name)).map((e) => e.name));
  const gone = uniq(podEvents.filter((e) => e.action === 'delete' && !created.has(e.name)).map((e) => e.name));
  if (newPods.length) parts.push(`creates ${nameList(newPods)}`);
  if (replaced.length) parts.push(`replaces ${nameList(replaced)}`);
  if (gone.length) parts.push(`deletes ${nameList(gone)}`);
  const pvc = (action: PlanEvent['action']): string[] => uniq(events.filter((e) => e.kind === 'PersistentVolumeClaim' && e.action === action).map((e) => e.name));
  const bound = pvc('bind');
  const createdPvcs = pvc('create').filter((n) => !bound.includes(n));
  if (bound.length) parts.push(`PVC${bound.length > 1 ? 's' : ''} ${nameList(bound)} bound`);
  if (createdPvcs.length) parts.push(`PVC${createdPvcs.length > 1 ? 's' : ''} ${nameList(createdPvcs)} created`);
  if (pvc('pending').length) parts.push(`PVC${pvc('pending').length > 1 ? 's' : ''} ${nameList(pvc('pending'))} stay Pending`);
  if (pvc('delete').length) parts.push(`PVC${pvc('delete').length > 1 ? 's' : ''} ${nameList(pvc('delete'))} deleted`);
  if (pvc('retain').length) parts.push(`PVC${pvc('retain').length > 1 ? 's' : ''} ${nameList(pvc('retain'))} kept`);
  // Pod DNS names whose presence changes over the whole plan (a rolling update removes and re-adds).
  const net = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== 'DNSRecord' || (e.type !== 'A' && e.type !== 'AAAA') || e.name.startsWith(`${e.statefulSet}-`) === false) continue;
    net.set(e.name, (net.get(e.name) ?? 0) + (e.action === 'add' ? 1 : e.action === 'remove' ? -1 : 0));
  }
  const added = [...net].filter(([, n]) => n > 0).map(([k]) => k);
  const removed = [...net].filter(([, n]) => n < 0).map(([k]) => k);
  if (added.length) parts.push(`DNS ${nameList(added, 3)} added`);
  if (removed.length) parts.push(`DNS ${nameList(removed, 3)} removed`);
  return parts;
}
