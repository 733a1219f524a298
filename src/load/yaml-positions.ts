/**
 * Node positions from js-yaml, for files the fast reader took: locate() places a finding with
 * them instead of parsing the document again with the `yaml` library (about seven times slower per
 * byte, and a module of its own to load and compile).
 *
 * js-yaml reports, through its `listener` option, when it starts and finishes composing each node
 * (`composeNode` in js-yaml's lib/loader.js calls `listener('open', state)` before it skips the
 * separation space in front of the node and `listener('close', state)` once `state.kind` and
 * `state.result` hold the node). The events nest as the nodes do: a map's children are its keys
 * and values in turn, a list's its items. Where js-yaml composes a node through a second call (a
 * list item read first as a possible map key), the outer call holds the inner one with the same
 * result and stands for it.
 *
 * Every tree is checked against the values js-yaml returned: each map's keys and values, each
 * list's items, in order and by identity. Anything else (an empty list item, a pair inside a flow
 * list, a tagged node) gives no tree: the `yaml` library places those, as before. The ranges are
 * those of the `yaml` library (test/readers.test.ts compares them on every key and value).
 */
import { loadAll } from 'js-yaml';
import { fastSchema } from './yaml-fast.js';

/** What locate() needs of a node: where it is, whether it is a flow collection, its children. */
export interface PosNode {
  kind: 'map' | 'seq' | 'scalar';
  /** The offset of its first character. */
  start: number;
  /**
   * Where its value ends, as the `yaml` library's `range[1]`: after a scalar's last character;
   * after a flow collection's closing bracket; for a block collection, somewhere after the end of
   * its first line (only its first line is ever shown).
   */
  end: number;
  flow: boolean;
  /** A map's entries by key, as the JSON object key (`on:` is "true"). */
  entries?: Map<string, { key: PosNode; value: PosNode }>;
  items?: PosNode[];
}

interface Frame {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** Thrown while building a tree that js-yaml's events do not describe exactly. */
class Irregular extends Error {}

/**
 * The tree of each document in `text` (one per document js-yaml reads, null for an empty one),
 * with offsets from `shift`; null when js-yaml cannot read it, or reads something a tree here
 * would not place exactly as the `yaml` library does.
 */
export function positionTrees(text: string, json: boolean, maxDepth: number, shift = 0): (PosNode | null)[] | null {
  // js-yaml drops a leading BOM, which would move every offset.
  if (text.charCodeAt(0) === 0xfeff) return null;
  const root: Frame = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack: Frame[] = [root];
  let docs: unknown[];
  try {
    docs = loadAll(text, undefined, {
      schema: fastSchema(json),
      maxDepth,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
        } else {
          const frame = stack.pop()!;
          frame.close = state.position;
          frame.kind = (state.kind as string | null) ?? null;
          frame.result = state.result as unknown;
          stack[stack.length - 1]!.children.push(frame);
        }
      },
    } as Parameters<typeof loadAll>[2]);
  } catch {
    return null;
  }
  if (root.children.length !== docs.length) return null;
  try {
    return root.children.map((frame, i) => (docs[i] === null || docs[i] === undefined ? null : build(text, frame, docs[i], shift)));
  } catch (e) {
    if (e instanceof Irregular) return null;
    throw e;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The first offset at or after `at` that is not separation space (blanks, line breaks, comments). */
function skipSeparation(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === 0x23 /* # */) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else return i;
  }
}

/** The frame that stands for the node: through calls that hold one inner call with the same result. */
function innermost(frame: Frame): Frame {
  let f = frame;
  while (f.children.length === 1 && f.children[0]!.kind === f.kind && Object.is(f.children[0]!.result, f.result)) f = f.children[0]!;
  return f;
}

function build(text: string, outer: Frame, value: unknown, shift: number): PosNode {
  const frame = innermost(outer);
  if (!Object.is(frame.result, value)) throw new Irregular();
  const start = skipSeparation(text, frame.open);
  const first = text[start];
  // Tags and anchors (the `yaml` library's node starts after them) and aliases.
  if (first === '!' || first === '&' || first === '*') throw new Irregular();
  if (frame.kind === 'scalar') {
    let end = frame.close;
    if (first === '|' || first === '>') end = blockScalarEnd(text, start, frame.close);
    else if (first !== '"' && first !== "'") while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return { kind: 'scalar', start: start + shift, end: end + shift, flow: false };
  }
  const flow = first === '{' || first === '[';
  if (frame.kind === 'mapping') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Irregular();
    const object = value as Record<string, unknown>;
    const children = frame.children;
    // A last call that found no further key (the map ends there) composes nothing.
    const count = children.length % 2 === 1 && children[children.length - 1]!.kind === null ? children.length - 1 : children.length;
    if (count !== 2 * Object.keys(object).length) throw new Irregular();
    const entries = new Map<string, { key: PosNode; value: PosNode }>();
    for (let i = 0; i < count; i += 2) {
      const keyFrame = innermost(children[i]!);
      if (keyFrame.kind !== 'scalar') throw new Irregular();
      const name = String(keyFrame.result);
      if (entries.has(name) || !Object.prototype.hasOwnProperty.call(object, name)) throw new Irregular();
      const key = build(text, keyFrame, keyFrame.result, shift);
      const valueFrame = innermost(children[i + 1]!);
      entries.set(name, { key, value: valueFrame.kind === null ? empty(valueFrame, object[name], shift) : build(text, valueFrame, object[name], shift) });
    }
    return { kind: 'map', start: start + shift, end: frame.close + shift, flow, entries };
  }
  if (frame.kind === 'sequence') {
    if (!Array.isArray(value) || frame.children.length !== value.length) throw new Irregular();
    const items = frame.children.map((child, i) => build(text, child, value[i], shift));
    return { kind: 'seq', start: start + shift, end: frame.close + shift, flow, items };
  }
  throw new Irregular();
}

/** `key:` with nothing after it: the `yaml` library's empty scalar, placed (by locate) at the key. */
function empty(frame: Frame, value: unknown, shift: number): PosNode {
  if (value !== null) throw new Irregular();
  return { kind: 'scalar', start: frame.open + shift, end: frame.open + shift, flow: false };
}

/**
 * Where a block scalar (`|`, `>-`…) ends for the `yaml` library: after the line break of its last
 * line with content (its lexer's parseBlockScalar, which drops the trailing lines of spaces that
 * are not more indented than the content). js-yaml's `close` is after those lines. Irregular:
 * keep chomping (`|+`, whose trailing lines count), an explicit indentation, tabs in the trailing
 * lines, a trailing line more indented than the content.
 */
function blockScalarEnd(text: string, start: number, close: number): number {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= close) return headerEnd < 0 ? text.length : headerEnd + 1;
  const header = text.slice(start, headerEnd).replace(/\s#.*$/, '');
  if (/[+0-9]/.test(header)) throw new Irregular();
  const body = headerEnd + 1;
  let last = close - 1;
  while (last >= body && isSpace(text.charCodeAt(last))) last--;
  if (last < body) return body;
  const lineBreak = text.indexOf('\n', last);
  const end = lineBreak < 0 ? text.length : lineBreak + 1;
  // The content's indentation: that of its first line with content.
  let first = body;
  while (isSpace(text.charCodeAt(first))) first++;
  const indent = first - (text.lastIndexOf('\n', first - 1) + 1);
  // Whole lines of blanks after the content, before close.
  const trailing = text.slice(end, text.lastIndexOf('\n', close - 1) + 1);
  for (const line of trailing.split('\n')) {
    const blanks = line.replace(/\r$/, '');
    if (blanks.includes('\t') || blanks.length > indent) throw new Irregular();
  }
  return end;
}
