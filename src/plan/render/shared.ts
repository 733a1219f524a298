/** Small projections of a plan shared by the plan renderers. */
import type { Blocked, PlanEvent, Plan, PlanRun, StatefulSetPlan, SourceLocation } from '../types.js';
import { expandOrdinal, inSeqOrder } from '../runs.js';

export const KIND_SHORT: Record<PlanEvent['kind'], string> = { PersistentVolumeClaim: 'PVC', Pod: 'Pod', DNSRecord: 'DNS' };

export function eventsOf(plan: Plan, s: { namespace: string; name: string }): PlanEvent[] {
  return plan.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}

/** The set's runs (huge sets: the same events for ordinal after ordinal). */
export function runsOf(plan: Plan, s: { namespace: string; name: string }): PlanRun[] {
  return (plan.runs ?? []).filter((r) => r.namespace === s.namespace && r.statefulSet === s.name);
}

/** How many events a set's timeline has, its runs' included. */
export const eventCount = (events: PlanEvent[], runs: PlanRun[]): number => runs.reduce((n, r) => n + r.events, events.length);

/** The last step of a set's timeline. */
export const lastStep = (events: PlanEvent[], runs: PlanRun[]): number | undefined => {
  let last = events.at(-1)?.step;
  for (const r of runs) last = last === undefined ? r.steps.last : Math.max(last, r.steps.last);
  return last;
};

/**
 * Appends `items` to `out`. A plan's lists (events, timeline entries, a diff's lines) can be longer
 * than a call takes arguments (about 120,000 here): `out.push(...items)` threw a RangeError
 * ("Maximum call stack size exceeded") for a Markdown plan of 20,000 pods replaced in batches.
 */
export function append<T>(out: T[], items: Iterable<T>): T[] {
  for (const x of items) out.push(x);
  return out;
}

/** `web-0` or `nginx.default.svc.cluster.local A (address of web-0)`. */
export function eventObject(e: PlanEvent): string {
  return e.kind === 'DNSRecord' ? `${e.name} ${e.type} ${e.value}` : e.name;
}

/**
 * `web.yaml:12:5`; in `helm template` output `<stdin>:12:5, rendered from mychart/templates/sts.yaml`:
 * the line is the rendered output's (what `kubectl apply -f` reads), the template names the file
 * to change. The template is the manifest's text: callers escape it as they escape the rest.
 */
export function where(l: SourceLocation | undefined): string {
  return l ? `${l.file}:${l.line}:${l.column}${renderedFrom(l.template, ', ')}` : '';
}

/** `, rendered from TEMPLATE` (with `sep` before it), or '' outside Helm output. */
export function renderedFrom(template: string | undefined, sep = ' '): string {
  return template === undefined ? '' : `${sep}rendered from ${template}`;
}

export function headline(s: StatefulSetPlan): string {
  if (s.change === 'unchanged') return 'no change';
  if (s.change === 'rejected') return 'rejected by the API server';
  return s.changes.join('; ') || s.change;
}

export const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));

/** A set's timelines longer than this are summarised: repeating runs become one entry. */
export const SUMMARISE_AFTER = 40;

/** Ordinals first, first + step, … last: `count` of them. */
export interface OrdinalRange {
  first: number;
  last: number;
  count: number;
  step: number;
}

/** One entry of a summarised timeline: an event, or a block of events repeated for successive pods. */
export type TimelineEntry =
  | { type: 'event'; event: PlanEvent }
  | {
      type: 'repeat';
      /** The first repetition, its names templated: `{N}` stands for the pod's ordinal. */
      block: { event: PlanEvent; name: string; value?: string; reason: string }[];
      /** Ordinals `{N}` stands for, one per repetition, in order (ascending or descending by 1). */
      ordinals: OrdinalRange;
      steps: { first: number; last: number };
      events: number;
    };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Summarises repeating runs: the same events for web-3, then web-4, then web-5… (scale-ups,
 * rolling updates) become one entry that names the ordinals. Runs shorter than `minRepeats`
 * repetitions stay as they are.
 */
export function compactTimeline(events: PlanEvent[], minRepeats = 3, maxPeriod = 16): TimelineEntry[] {
  /**
   * `s` with each pod name written relative to ordinal `base` (`web-{N}`, `web-{N+1}`), and in a
   * reason the event's own ordinal where it stands alone as a number (`scale down: ordinal {N} is
   * outside …`). Each repetition is compared with the first in this form, so a number that only
   * happens to equal the ordinal ends a run rather than being summarised wrongly.
   */
  const relative = (e: PlanEvent, s: string, base: number, reason = false): string => {
    const prefix = `${e.statefulSet}-`;
    const own = e.ordinal === undefined || !reason ? '' : String(e.ordinal);
    const rel = (o: number): string => {
      const off = o - base;
      return `{N${off === 0 ? '' : off > 0 ? `+${off}` : off}}`;
    };
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; ) {
      if (!isDigit(s.charCodeAt(i)) || (i > 0 && isDigit(s.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      const after = j < s.length ? s.charCodeAt(j) : -1;
      const namePrefix = i >= prefix.length && s.startsWith(prefix, i - prefix.length);
      // A pod name: the set's name and a number, not followed by more of a name.
      if (namePrefix && !(isDigit(after) || (after >= 97 && after <= 122))) {
        out += s.slice(from, i) + rel(Number(s.slice(i, j)));
        from = j;
      } else if (!namePrefix && own !== '' && s.slice(i, j) === own && (i === 0 || !isWordChar(s.charCodeAt(i - 1))) && s.charCodeAt(i - 1) !== 45 && !isWordChar(after)) {
        out += s.slice(from, i) + rel(e.ordinal!);
        from = j;
      }
      i = j;
    }
    return out + s.slice(from);
  };
  const key = (e: PlanEvent, base: number): string => [e.kind, e.action, e.type ?? '', relative(e, e.name, base), relative(e, e.value ?? '', base), relative(e, e.reason, base, true)].join('\u0000');
  // Each event is compared under a few bases at most (mostly its own ordinal's), while every
  // start and period is tried: its last key is kept, until the summary has passed it.
  const n = events.length;
  const keyBase = new Float64Array(n).fill(Number.NaN);
  const keys: (string | undefined)[] = new Array<string | undefined>(n);
  const keyAt = (j: number, base: number): string => {
    if (keyBase[j] !== base) {
      keys[j] = key(events[j]!, base);
      keyBase[j] = base;
    }
    return keys[j]!;
  };
  // The first event at or after j that has an ordinal (n: none).
  const withOrdinal = new Int32Array(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--) withOrdinal[j] = events[j]!.ordinal !== undefined ? j : withOrdinal[j + 1]!;
  /** The ordinal a block of events [from, from + p) is relative to: its first event's that has one. */
  const baseOf = (from: number, p: number): number | undefined => {
    const j = withOrdinal[from]!;
    return j < from + p ? events[j]!.ordinal : undefined;
  };

  const out: TimelineEntry[] = [];
  let i = 0;
  while (i < n) {
    let best: { period: number; times: number; delta: number } | undefined;
    for (let p = 1; p <= maxPeriod && i + p * minRepeats <= n; p++) {
      const b0 = baseOf(i, p);
      if (b0 === undefined) continue;
      const firstKeys: string[] = [];
      for (let k = 0; k < p; k++) firstKeys.push(keyAt(i + k, b0));
      let times = 1;
      let delta = 0;
      for (;;) {
        const at = i + times * p;
        if (at + p > n) break;
        const b = baseOf(at, p);
        if (b === undefined) break;
        // Successive repetitions move one ordinal up (scale-up) or down (rolling update, scale-down).
        if (times === 1) {
          if (Math.abs(b - b0) !== 1) break;
          delta = b - b0;
        } else if (b !== b0 + times * delta) break;
        let same = true;
        for (let k = 0; k < p && same; k++) same = keyAt(at + k, b) === firstKeys[k];
        if (!same) break;
        times++;
      }
      if (times >= minRepeats && (!best || times * p > best.times * best.period)) best = { period: p, times, delta };
    }
    if (!best) {
      out.push({ type: 'event', event: events[i]! });
      keys[i++] = undefined;
      continue;
    }
    const { period, times, delta } = best;
    const block = events.slice(i, i + period);
    const b0 = baseOf(i, period)!;
    const count = period * times;
    out.push({
      type: 'repeat',
      block: block.map((e) => ({ event: e, name: relative(e, e.name, b0), ...(e.value !== undefined ? { value: relative(e, e.value, b0) } : {}), reason: relative(e, e.reason, b0, true) })),
      ordinals: { first: b0, last: b0 + (times - 1) * delta, count: times, step: delta },
      steps: { first: events[i]!.step, last: events[i + count - 1]!.step },
      events: count,
    });
    for (const end = i + count; i < end; i++) keys[i] = undefined;
  }
  return out;
}

/**
 * A set's timeline as renderers show it: every event, or summarised when it is long. The
 * planner's runs (huge sets) are entries of their own, between the events around them.
 */
export function timeline(events: PlanEvent[], runs: PlanRun[] = []): TimelineEntry[] {
  const long = eventCount(events, runs) > SUMMARISE_AFTER;
  const stretch = (es: PlanEvent[]): TimelineEntry[] => (long ? compactTimeline(es) : es.map((event) => ({ type: 'event', event })));
  if (!runs.length) return stretch(events);
  const out: TimelineEntry[] = [];
  for (const part of inSeqOrder(events, runs)) {
    if (!('run' in part)) append(out, stretch(part.events));
    else {
      const r = part.run;
      out.push({ type: 'repeat', block: r.block, ordinals: { first: r.ordinals.first, last: r.ordinals.last, count: r.count, step: r.ordinals.step }, steps: r.steps, events: r.events });
    }
  }
  return out;
}

/** `{3..202}`-style text for a run of ordinals: `web-{N}` with N = 3..202 becomes `web-{3..202}`. */
export function expandTemplate(s: string, ordinals: OrdinalRange): string {
  const { first, last } = ordinals;
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

/** nameList for the pods of a range of ordinals, without listing them. */
export function ordinalNames(set: string, r: OrdinalRange, max = 6): string {
  const name = (k: number): string => `${set}-${r.first + k * r.step}`;
  if (r.count <= max) return Array.from({ length: r.count }, (_, k) => name(k)).join(', ');
  return `${name(0)}, ${name(1)} … ${name(r.count - 1)} (${r.count})`;
}

/** What a blocked rollout leaves undone: `never created: …`, `not updated: …`, `not deleted: …` (those that are not empty). */
export function blockedLists(b: Blocked, show: (n: string) => string = (n) => n): string[] {
  const parts: string[] = [];
  if (b.notCreated.length) parts.push(`never created: ${cutList(b.notCreated, b.notCreatedCount, show)}`);
  if (b.notUpdated.length) parts.push(`not updated: ${cutList(b.notUpdated, b.notUpdatedCount, show)}`);
  if (b.notDeleted.length) parts.push(`not deleted: ${cutList(b.notDeleted, b.notDeletedCount, show)}`);
  return parts;
}

/** A list the plan cut at its first names (`count` says how many there are). */
function cutList(names: string[], count: number | undefined, show: (n: string) => string = (n) => n): string {
  if (count === undefined || count <= names.length) return names.map(show).join(', ');
  return `${names.slice(0, 3).map(show).join(', ')} and ${count - Math.min(3, names.length)} more`;
}

/** A name in a narrative, or the names a run's template takes over its ordinals. */
interface Named {
  key: string;
  count: number;
  name(k: number): string;
}

/** `names` in the style of nameList: all of them when there are at most `max`. */
function namedList(items: Named[], max = 6): string {
  const total = items.reduce((n, i) => n + i.count, 0);
  const names = (limit: number): string[] => {
    const out: string[] = [];
    for (const i of items) for (let k = 0; k < i.count && out.length < limit; k++) out.push(i.name(k));
    return out;
  };
  if (total <= max) return names(max).join(', ');
  const last = items.at(-1)!;
  return `${names(2).join(', ')} … ${last.name(last.count - 1)} (${total})`;
}

/** What a reviewer wants in one line per StatefulSet: which pods, PVCs and DNS names come and go. */
export function narrative(events: PlanEvent[], runs: PlanRun[] = []): string[] {
  // Every event as a fact about a name (or a run's names), in the order of the timeline.
  const facts: { e: PlanEvent; n: Named }[] = [];
  const ordered = [...events.map((e) => ({ seq: e.seq, e })), ...runs.map((r) => ({ seq: r.seq, r }))].sort((a, b) => a.seq - b.seq);
  for (const x of ordered) {
    if ('e' in x) {
      const name = x.e.name;
      facts.push({ e: x.e, n: { key: name, count: 1, name: () => name } });
      continue;
    }
    const r = x.r;
    const lo = Math.min(r.ordinals.first, r.ordinals.last);
    const hi = Math.max(r.ordinals.first, r.ordinals.last);
    for (const b of r.block) facts.push({ e: b.event, n: { key: `${b.name}\u0000${lo}\u0000${hi}`, count: r.count, name: (k) => expandOrdinal(b.name, r.ordinals.first + k * r.ordinals.step) } });
  }
  const uniq = (xs: Named[]): Named[] => {
    const seen = new Set<string>();
    return xs.filter((x) => !seen.has(x.key) && !!seen.add(x.key));
  };
  const keys = (f: (x: { e: PlanEvent }) => boolean): Set<string> => new Set(facts.filter(f).map((x) => x.n.key));
  const pods = facts.filter((x) => x.e.kind === 'Pod');
  const deleted = keys((x) => x.e.kind === 'Pod' && x.e.action === 'delete');
  const created = keys((x) => x.e.kind === 'Pod' && x.e.action === 'create');
  const parts: string[] = [];
  const newPods = uniq(pods.filter((x) => x.e.action === 'create' && !deleted.has(x.n.key)).map((x) => x.n));
  const replaced = uniq(pods.filter((x) => x.e.action === 'create' && deleted.has(x.n.key)).map((x) => x.n));
  const gone = uniq(pods.filter((x) => x.e.action === 'delete' && !created.has(x.n.key)).map((x) => x.n));
  if (newPods.length) parts.push(`creates ${namedList(newPods)}`);
  if (replaced.length) parts.push(`replaces ${namedList(replaced)}`);
  if (gone.length) parts.push(`deletes ${namedList(gone)}`);
  const pvc = (action: PlanEvent['action']): Named[] => uniq(facts.filter((x) => x.e.kind === 'PersistentVolumeClaim' && x.e.action === action).map((x) => x.n));
  const count = (xs: Named[]): number => xs.reduce((n, x) => n + x.count, 0);
  const bound = pvc('bind');
  const boundKeys = new Set(bound.map((x) => x.key));
  const createdPvcs = pvc('create').filter((n) => !boundKeys.has(n.key));
  const line = (xs: Named[], what: string): void => {
    if (xs.length) parts.push(`PVC${count(xs) > 1 ? 's' : ''} ${namedList(xs)} ${what}`);
  };
  line(bound, 'bound');
  line(createdPvcs, 'created');
  line(pvc('pending'), 'stay Pending');
  line(pvc('delete'), 'deleted');
  line(pvc('retain'), 'kept');
  // Pod DNS names whose presence changes over the whole plan (a rolling update removes and re-adds).
  const net = new Map<string, { n: Named; net: number }>();
  for (const x of facts) {
    const e = x.e;
    if (e.kind !== 'DNSRecord' || (e.type !== 'A' && e.type !== 'AAAA') || e.name.startsWith(`${e.statefulSet}-`) === false) continue;
    const entry = net.get(x.n.key) ?? { n: x.n, net: 0 };
    entry.net += e.action === 'add' ? 1 : e.action === 'remove' ? -1 : 0;
    net.set(x.n.key, entry);
  }
  const added = [...net.values()].filter((v) => v.net > 0).map((v) => v.n);
  const removed = [...net.values()].filter((v) => v.net < 0).map((v) => v.n);
  if (added.length) parts.push(`DNS ${namedList(added, 3)} added`);
  if (removed.length) parts.push(`DNS ${namedList(removed, 3)} removed`);
  return parts;
}

/**
 * A blocked set's stuck pods (the forced-rollback trap), one line each: the pod, its revision and
 * status, why the controller does not replace it and the command that does; the first `max`, then
 * how many more.
 */
export function stuckPodLines(b: Blocked, max = 5): { pod: string; text: string; command: string }[] {
  const pods = b.stuckPods ?? [];
  const out = pods.slice(0, max).map((p) => ({
    pod: p.pod,
    text: `${p.pod} (${p.status}) stays at revision ${p.revision}, not the update revision ${p.updateRevision}: ${p.why}; run this and the controller creates it again at ${p.updateRevision}:`,
    command: p.command,
  }));
  const more = (b.stuckPodsCount ?? pods.length) - out.length;
  if (more > 0) out.push({ pod: '', text: `and ${more} more stuck pod${more === 1 ? '' : 's'} like these (see the JSON plan)`, command: '' });
  return out;
}
