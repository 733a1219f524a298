/**
 * `stsplan plan --format json`: the plan as the library returns it, `JSON.stringify(plan, null, 2)`
 * and a newline. A plan with many events is written in chunks (planJsonChunks) so that the whole
 * text never has to be one string: at 20,000 ordinals planned one by one it is 90 MB, and turning
 * a string that size into bytes for the write costs more than planning it.
 */
import type { Plan } from '../types.js';

export function formatPlanJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

/**
 * Chunks are cut once they hold at least this many characters (one event is a few hundred). Kept
 * well under V8's large-object size (128 KB: 64K characters of a two-byte string, and reasons hold
 * `→`): chunks above it are allocated one by one outside the young generation, and joining them
 * measured 8× slower.
 */
const CHUNK = 1 << 14;

/**
 * Containers this deep (the plan 0, its fields 1) are written member by member; deeper values
 * whole, by JSON.stringify. The bound also keeps a cyclic value from recursing here: JSON.stringify
 * reports the cycle, as it would for the whole plan.
 */
const WALK_DEPTH = 2;

/** `JSON.stringify(value, null, 2)` written at `indent` (its line breaks are all between tokens: strings escape theirs). */
function whole(value: unknown, indent: string): string {
  const s = JSON.stringify(value, null, 2);
  return indent === '' ? s : s.replaceAll('\n', `\n${indent}`);
}

/** Arrays and objects of plain data (what a plan is made of) are walked; anything else is written whole. */
function walkable(v: unknown): v is unknown[] | Record<string, unknown> {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Collects text and hands it out in chunks of at least CHUNK characters. */
class Chunks {
  private parts: string[] = [];
  private size = 0;

  add(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  get full(): boolean {
    return this.size >= CHUNK;
  }

  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return s;
  }
}

/**
 * Adds `value`'s JSON at `indent` to `out`, yielding a chunk whenever one is full (joined, the
 * chunks and what is left in `out` are `whole(value, indent)`). Containers are walked while
 * `depth < WALK_DEPTH`, member by member as JSON.stringify writes them.
 */
function* write(value: unknown, indent: string, depth: number, out: Chunks): Generator<string> {
  if (depth >= WALK_DEPTH || !walkable(value)) {
    out.add(whole(value, indent));
    if (out.full) yield out.take();
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.add('[]');
      return;
    }
    const leaves = depth + 1 >= WALK_DEPTH;
    for (let i = 0; i < value.length; i++) {
      out.add(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      const v: unknown = value[i];
      if (omitted(v)) out.add('null');
      else if (leaves) out.add(whole(v, inner));
      else yield* write(v, inner, depth + 1, out);
      if (out.full) yield out.take();
    }
    out.add(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (omitted(v)) continue;
    out.add(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    yield* write(v, inner, depth + 1, out);
  }
  out.add(first ? '{}' : `\n${indent}}`);
}

/**
 * `formatPlanJson(plan)` in pieces of about 16K characters: the same text (joined, byte for byte),
 * made one event at a time, so that writing a plan holds one chunk of its text at a time.
 */
export function* planJsonChunks(plan: Plan): Generator<string> {
  const out = new Chunks();
  yield* write(plan, '', 0, out);
  out.add('\n');
  yield out.take();
}
