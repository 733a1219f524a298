/**
 * Bounded planning of huge StatefulSets. The controller treats ordinals that start out alike
 * (no pod, or the same pod and PVCs at the same revision) alike, one after the other: a
 * scale-up to 2147483647 replicas is the same few events for each new ordinal. So the planner
 * never simulates every ordinal of such a stretch. It
 *
 *  1. cuts the ordinals into segments: maximal ranges whose ordinals start out alike (same pod
 *     and PVC state) and lie on the same side of every boundary of the specs (start, end,
 *     partition, before and after);
 *  2. simulates a segment longer than `compressAbove` with only `keep` of its ordinals, the first
 *     and the last `keep / 2`, named as the real ones (every other is left out);
 *  3. finds in what the simulation did the block of events that each middle ordinal goes through
 *     (the same events modulo the ordinal, the same number of steps apart), and
 *  4. reports it as a run over all the real middle ordinals, with exact counts, moving what happens
 *     after it later by the steps the left-out ordinals take.
 *
 * Step 3 is checked, not assumed: every event of a middle ordinal must belong to such a block,
 * the middle ordinals must end in the same state, and the blocks must repeat with one stride. If
 * not, the planner simulates ordinal by ordinal when that is bounded (`directLimit`) and otherwise
 * says that it cannot plan the set.
 *
 * In the simulation, the ordinals of a compressed segment are written as tokens (NUL, the
 * simulated ordinal, NUL) so that names and messages can be rewritten for any real ordinal
 * without searching text for numbers.
 */
import type { PlanEvent } from './types.js';

export interface Bounds {
  /** Segments of alike ordinals longer than this are simulated with `keep` ordinals. */
  compressAbove: number;
  /** Ordinals simulated of a compressed segment (even): the first and the last `keep / 2`. */
  keep: number;
  /** When a plan cannot be summarised, sets of up to this many ordinals are simulated one by one. */
  directLimit: number;
  /** Lists of names and ordinals in a plan hold at most this many. */
  listLimit: number;
}

export const BOUNDS: Bounds = { compressAbove: 1000, keep: 64, directLimit: 20000, listLimit: 1000 };

/** A range of real ordinals [lo, hi) simulated as ordinals [slot, slot + slots). */
export interface Segment {
  lo: number;
  hi: number;
  slot: number;
  slots: number;
  compressed: boolean;
}

const NUL = '\u0000';

export class OrdinalMap {
  /** Ordinals simulated per compressed segment before the gap (the rest are the segment's last). */
  readonly half: number;

  constructor(
    /** Sorted and adjacent; empty for the identity. */
    readonly segments: Segment[],
    keep: number,
  ) {
    this.half = keep / 2;
  }

  static readonly identity = new OrdinalMap([], 2);

  get compressed(): boolean {
    return this.segments.some((s) => s.compressed);
  }

  /** How many ordinals the simulation has (0 for the identity, which maps whatever it is given). */
  get simulated(): number {
    const last = this.segments.at(-1);
    return last ? last.slot + last.slots - this.segments[0]!.slot : 0;
  }

  private bySlot(slot: number): Segment | undefined {
    return this.search((s) => (slot < s.slot ? -1 : slot >= s.slot + s.slots ? 1 : 0));
  }

  private byReal(real: number): Segment | undefined {
    return this.search((s) => (real < s.lo ? -1 : real >= s.hi ? 1 : 0));
  }

  /** Binary search of the ordered segments: `where` says whether the one sought is before (-1), after (1) or this (0). */
  private search(where: (s: Segment) => number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid]!;
      const w = where(s);
      if (w < 0) hi = mid - 1;
      else if (w > 0) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The compressed segment a simulated ordinal belongs to. */
  compressedSegment(slot: number): Segment | undefined {
    const s = this.bySlot(slot);
    return s?.compressed ? s : undefined;
  }

  /** The real ordinal of a simulated one. */
  realOf(slot: number): number {
    const s = this.bySlot(slot);
    if (!s) {
      const last = this.segments.at(-1);
      return last && slot >= last.slot + last.slots ? slot - (last.slot + last.slots) + last.hi : slot;
    }
    const i = slot - s.slot;
    return !s.compressed || i < this.half ? s.lo + i : s.hi - (s.slots - i);
  }

  /** The simulated ordinal of a real one, or null when the simulation leaves it out. */
  slotOf(real: number): number | null {
    const s = this.byReal(real);
    if (!s) {
      const last = this.segments.at(-1);
      return last && real >= last.hi ? real - last.hi + last.slot + last.slots : real;
    }
    const i = real - s.lo;
    if (!s.compressed) return s.slot + i;
    if (i < this.half) return s.slot + i;
    const fromEnd = s.hi - real;
    return fromEnd <= s.slots - this.half ? s.slot + s.slots - fromEnd : null;
  }

  /** The simulated ordinal for a boundary between segments (a start, an end, a partition). */
  boundary(real: number): number {
    const s = this.byReal(real);
    if (s && real === s.lo) return s.slot;
    const slot = this.slotOf(real);
    if (slot === null) throw new Error(`ordinal ${real} is not a segment boundary`);
    return slot;
  }

  /** How the simulation writes a simulated ordinal. */
  text(slot: number): string {
    return this.compressedSegment(slot) ? `${NUL}${slot}${NUL}` : String(this.realOf(slot));
  }
}

/** Rewrites the tokens in a simulation's text; `f` gets each token's simulated ordinal. */
export function detokenize(s: string, f: (slot: number) => string): string {
  if (!s.includes(NUL)) return s;
  const parts = s.split(NUL);
  for (let i = 1; i < parts.length; i += 2) parts[i] = f(Number(parts[i]));
  return parts.join('');
}

/** Whether text from the inputs could be mistaken for a token (it holds a NUL character). */
export const holdsTokenChar = (s: string): boolean => s.includes(NUL);

/** True when every token in the text is well formed: an even number of NULs around digits. */
function wellFormed(s: string): boolean {
  if (!s.includes(NUL)) return true;
  const parts = s.split(NUL);
  if (parts.length % 2 === 0) return false;
  for (let i = 1; i < parts.length; i += 2) if (!/^\d+$/.test(parts[i]!)) return false;
  return true;
}

/**
 * Cuts the real ordinals into segments. `points` are the specs' boundaries; `signatures` gives each
 * ordinal that holds something (a pod, a PVC) the state it starts in, written so that alike
 * ordinals have equal signatures; ordinals in `forced` are kept as they are (something else
 * refers to them by name). `period` > 1 keeps each compressed segment's simulated size congruent
 * to its real size modulo `period` (maxUnavailable pods are replaced `period` at a time).
 */
export function buildMap(points: number[], signatures: Map<number, string>, forced: Iterable<number>, bounds: Bounds, period = 1): OrdinalMap {
  const cuts = new Set<number>(points);
  for (const o of forced) {
    cuts.add(o);
    cuts.add(o + 1);
  }
  for (const [o, sig] of signatures) {
    if ((signatures.get(o - 1) ?? '') !== sig) cuts.add(o);
    if ((signatures.get(o + 1) ?? '') !== sig) cuts.add(o + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length < 2) return OrdinalMap.identity;
  const segments: Segment[] = [];
  let slot = sorted[0]!;
  let any = false;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lo = sorted[i]!;
    const hi = sorted[i + 1]!;
    const length = hi - lo;
    let slots = length;
    const compressed = length > bounds.compressAbove;
    if (compressed) {
      any = true;
      slots = bounds.keep;
      if (period > 1) slots += (((length - slots) % period) + period) % period;
    }
    segments.push({ lo, hi, slot, slots, compressed });
    slot += slots;
  }
  return any ? new OrdinalMap(segments, bounds.keep) : OrdinalMap.identity;
}

// ---- finding the runs ---------------------------------------------------------------------------

/** A run in what the simulation did: `times` repetitions of `period` events, one ordinal apart. */
interface FoundRun {
  start: number;
  period: number;
  times: number;
  /** Steps between repetitions. */
  stride: number;
  /** +1: ordinals ascending, -1: descending. */
  dir: 1 | -1;
  seg: Segment;
  /** Simulated ordinal of repetition 0. */
  base: number;
}

/** A run as the plan reports it, in real ordinals and steps. */
export interface AssembledRun {
  /** The first repetition's events (real names and steps). */
  block: PlanEvent[];
  /** Their name, value and reason with `{N}` for the repetition's ordinal. */
  templates: { name: string; value?: string; reason: string }[];
  count: number;
  first: number;
  dir: 1 | -1;
  stride: number;
}

export type Item = { event: PlanEvent } | { run: AssembledRun };

export interface Middle {
  seg: Segment;
  /** Simulated middle ordinals [x, y). */
  x: number;
  y: number;
  /** The real ordinals they stand for, [lo, hi). */
  lo: number;
  hi: number;
}

export interface Decomposition {
  items: Item[];
  middles: Middle[];
  /** Real ordinals a simulated one stands for: 1 outside middles, the whole middle for its first ordinal, 0 for the rest. */
  weight(slot: number): number;
  /** The real ordinals [first, last] a simulated ordinal stands for (first > last: none). */
  realRange(slot: number): [number, number];
  /** Real text for a simulation's text (names and messages). */
  real(s: string): string;
}

/** Events per ordinal in a block (its claim templates and named ports make it longer). */
const MAX_PERIOD = 1024;

/**
 * Splits what the simulation did into events and runs over the middles of compressed segments,
 * or returns null when it is not made of such runs (then the plan cannot be summarised).
 * `shape(slot)` describes how an ordinal ends (its pod and PVCs, what it adds to the counts),
 * relative to the ordinal: a middle's ordinals must end alike too.
 */
export function decompose(events: PlanEvent[], map: OrdinalMap, shape: (slot: number) => string): Decomposition | null {
  for (const e of events) if (!wellFormed(e.name) || !wellFormed(e.reason) || (e.value !== undefined && !wellFormed(e.value))) return null;
  const n = events.length;
  const segOf: (Segment | undefined)[] = events.map((e) => (e.ordinal === undefined ? undefined : map.compressedSegment(e.ordinal)));
  const literal = (slot: number): string => String(map.realOf(slot));
  /** The event written relative to `base`: its segment's tokens as {N±k}, others as real ordinals. */
  const keyCache = new Map<string, string>();
  const template = (s: string, seg: Segment, base: number): string =>
    detokenize(s, (t) => {
      if (t < seg.slot || t >= seg.slot + seg.slots) return literal(t);
      const off = t - base;
      return `{N${off === 0 ? '' : off > 0 ? `+${off}` : off}}`;
    });
  const key = (i: number, seg: Segment, base: number): string => {
    const k = `${i}|${base}`;
    let v = keyCache.get(k);
    if (v === undefined) {
      const e = events[i]!;
      v = [e.kind, e.action, e.type ?? '', e.revision ?? '', (e.ordinal ?? 0) - base, template(e.name, seg, base), template(e.value ?? '', seg, base), template(e.reason, seg, base)].join(NUL);
      keyCache.set(k, v);
    }
    return v;
  };

  const found: FoundRun[] = [];
  let i = 0;
  while (i < n) {
    const seg = segOf[i];
    if (!seg) {
      i++;
      continue;
    }
    const base = events[i]!.ordinal!;
    let best: FoundRun | undefined;
    for (let p = 1; p <= MAX_PERIOD && i + 2 * p <= n; p++) {
      // A block is one ordinal's events: all of the segment, all of `base`.
      const last = events[i + p - 1]!;
      if (segOf[i + p - 1] !== seg || last.ordinal !== base) break;
      const stride = events[i + p]!.step - events[i]!.step;
      for (const dir of [1, -1] as const) {
        let times = 1;
        for (;;) {
          const at = i + times * p;
          if (at + p > n) break;
          const b = base + times * dir;
          let ok = true;
          for (let k = 0; k < p && ok; k++) {
            const e = events[at + k]!;
            ok = segOf[at + k] === seg && e.ordinal === b && e.step - events[i + k]!.step === times * stride && key(at + k, seg, b) === key(i + k, seg, base);
          }
          if (!ok) break;
          times++;
        }
        if (times >= 2 && (!best || times * p > best.times * best.period)) best = { start: i, period: p, times, stride, dir, seg, base };
      }
    }
    if (best) {
      found.push(best);
      i += best.times * best.period;
    } else i++;
  }

  // The middle of each compressed segment: the ordinals around the gap that have only run events,
  // all in the same runs.
  const inRun = new Array<FoundRun | undefined>(n);
  for (const r of found) for (let k = r.start; k < r.start + r.times * r.period; k++) inRun[k] = r;
  const middles: Middle[] = [];
  const segments = map.segments.filter((s) => s.compressed);
  const runsOf = new Map<number, Set<FoundRun>>();
  const explicitSlots = new Set<number>();
  for (let k = 0; k < n; k++) {
    const o = events[k]!.ordinal;
    if (o === undefined || !segOf[k]) continue;
    const r = inRun[k];
    if (!r) explicitSlots.add(o);
    else {
      let set = runsOf.get(o);
      if (!set) runsOf.set(o, (set = new Set()));
      set.add(r);
    }
  }
  const profile = (slot: number): string | null => {
    if (explicitSlots.has(slot)) return null;
    return `${[...(runsOf.get(slot) ?? [])].map((r) => found.indexOf(r)).sort((a, b) => a - b).join(',')}${NUL}${shape(slot)}`;
  };
  const middleOf = new Map<Segment, Middle>();
  for (const seg of segments) {
    const a = seg.slot + map.half - 1;
    const want = profile(a);
    if (want === null || profile(a + 1) !== want) return null;
    let x = a;
    while (x > seg.slot && profile(x - 1) === want) x--;
    let y = a + 2;
    while (y < seg.slot + seg.slots && profile(y) === want) y++;
    const m: Middle = { seg, x, y, lo: map.realOf(x), hi: map.realOf(y - 1) + 1 };
    middles.push(m);
    middleOf.set(seg, m);
  }

  // Assemble: events outside middles as they are (ordinals and names made real), each run's
  // middle repetitions as one run, everything after a run later by the steps it grew.
  const items: Item[] = [];
  const realText = (s: string): string => detokenize(s, literal);
  let shift = 0;
  const explicit = (e: PlanEvent): void => {
    const out: PlanEvent = { ...e, step: e.step + shift, name: realText(e.name), reason: realText(e.reason) };
    if (e.value !== undefined) out.value = realText(e.value);
    if (e.ordinal !== undefined) out.ordinal = map.realOf(e.ordinal);
    items.push({ event: out });
  };
  for (let k = 0; k < n; ) {
    const r = inRun[k];
    if (!r || r.start !== k) {
      explicit(events[k]!);
      k++;
      continue;
    }
    const m = middleOf.get(r.seg)!;
    const slotOf = (t: number): number => r.base + t * r.dir;
    const inMiddle = (t: number): boolean => slotOf(t) >= m.x && slotOf(t) < m.y;
    let t = 0;
    for (; t < r.times && !inMiddle(t); t++) for (let j = 0; j < r.period; j++) explicit(events[r.start + t * r.period + j]!);
    const first = t;
    while (t < r.times && inMiddle(t)) t++;
    const reps = t - first;
    if (reps > 0) {
      if (reps !== m.y - m.x) return null;
      const count = m.hi - m.lo;
      const startOrdinal = r.dir === 1 ? m.lo : m.hi - 1;
      const base = slotOf(first);
      const at = r.start + first * r.period;
      const block: PlanEvent[] = [];
      const templates: AssembledRun['templates'] = [];
      for (let j = 0; j < r.period; j++) {
        const e = events[at + j]!;
        const real = (s: string): string => detokenize(s, (x) => (x >= m.seg.slot && x < m.seg.slot + m.seg.slots ? String(startOrdinal + (x - base)) : literal(x)));
        const ev: PlanEvent = { ...e, step: e.step + shift, name: real(e.name), reason: real(e.reason) };
        if (e.value !== undefined) ev.value = real(e.value);
        ev.ordinal = startOrdinal + (e.ordinal! - base);
        block.push(ev);
        templates.push({ name: template(e.name, m.seg, base), ...(e.value !== undefined ? { value: template(e.value, m.seg, base) } : {}), reason: template(e.reason, m.seg, base) });
      }
      items.push({ run: { block, templates, count, first: startOrdinal, dir: r.dir, stride: r.stride } });
      shift += (count - reps) * r.stride;
    }
    for (; t < r.times; t++) {
      if (inMiddle(t)) return null;
      for (let j = 0; j < r.period; j++) explicit(events[r.start + t * r.period + j]!);
    }
    k = r.start + r.times * r.period;
  }

  const middleBySlot = (slot: number): Middle | undefined => {
    const seg = map.compressedSegment(slot);
    const m = seg && middleOf.get(seg);
    return m && slot >= m.x && slot < m.y ? m : undefined;
  };
  return {
    items,
    middles,
    weight: (slot) => {
      const m = middleBySlot(slot);
      return !m ? 1 : slot === m.x ? m.hi - m.lo : 0;
    },
    realRange: (slot) => {
      const m = middleBySlot(slot);
      if (!m) return [map.realOf(slot), map.realOf(slot)];
      return slot === m.x ? [m.lo, m.hi - 1] : [1, 0];
    },
    real: realText,
  };
}
