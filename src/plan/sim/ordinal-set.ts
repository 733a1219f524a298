/**
 * A set of ordinals in [start, start + size) with order queries in O(log size): a Fenwick tree of
 * counts, searched by binary lifting. The simulation asks "the first replica that is not Ready",
 * "the highest replica not yet updated" once per controller sync; a scan would make a rollout of
 * n pods cost n² steps.
 */
export class OrdinalSet {
  private readonly tree: Int32Array;
  private readonly bits: Uint8Array;
  /** The highest power of two not above size: where binary lifting starts. */
  private readonly top: number;

  constructor(
    readonly start: number,
    readonly size: number,
  ) {
    this.tree = new Int32Array(size + 1);
    this.bits = new Uint8Array(size);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.top = size > 0 ? top : 0;
  }

  has(ordinal: number): boolean {
    const i = ordinal - this.start;
    return i >= 0 && i < this.size && this.bits[i] === 1;
  }

  /** Adds (on) or removes an ordinal; ordinals outside the range are ignored. */
  set(ordinal: number, on: boolean): void {
    const i = ordinal - this.start;
    if (i < 0 || i >= this.size || (this.bits[i] === 1) === on) return;
    this.bits[i] = on ? 1 : 0;
    const d = on ? 1 : -1;
    for (let j = i + 1; j <= this.size; j += j & -j) this.tree[j]! += d;
  }

  /** How many members are below relative index i. */
  private below(i: number): number {
    let sum = 0;
    for (let j = i; j > 0; j -= j & -j) sum += this.tree[j]!;
    return sum;
  }

  /** Members (or, with `absent`, non-members) in [lo, hi). */
  count(lo: number, hi: number, absent = false): number {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a) return 0;
    const n = this.below(b) - this.below(a);
    return absent ? b - a - n : n;
  }

  private clamp(ordinal: number): number {
    return Math.min(this.size, Math.max(0, ordinal - this.start));
  }

  /** Relative index of the k-th (1-based) member, or non-member with `absent`. */
  private select(k: number, absent: boolean): number {
    let pos = 0;
    let rest = k;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next > this.size) continue;
      const here = absent ? step - this.tree[next]! : this.tree[next]!;
      if (here < rest) {
        pos = next;
        rest -= here;
      }
    }
    return pos;
  }

  private countBelow(i: number, absent: boolean): number {
    return absent ? i - this.below(i) : this.below(i);
  }

  /** The lowest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
  first(lo: number, hi: number, absent = false): number | null {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a) return null;
    const i = this.select(this.countBelow(a, absent) + 1, absent);
    return i < b ? this.start + i : null;
  }

  /** The highest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
  last(lo: number, hi: number, absent = false): number | null {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a) return null;
    const k = this.countBelow(b, absent);
    if (k === this.countBelow(a, absent)) return null;
    return this.start + this.select(k, absent);
  }
}
