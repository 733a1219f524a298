/**
 * The fast reader: js-yaml turns a file into values about ten times faster than the `yaml`
 * library builds its node tree, but keeps no positions. Positions are needed only for the few
 * nodes that get a finding, so the loader reads every file this way and parses it again with
 * `yaml` only when a finding needs a line and column (src/load/loader.ts).
 *
 * The scalars are read as the `yaml` library reads them with the loader's settings: as go-yaml v2
 * resolves them for kubectl (src/k8s/plain-scalars.ts: `yes`/`on` are booleans, `010` is octal,
 * no timestamps, `E0` a string), the same function for both. Whatever the two could read differently goes to the `yaml`
 * library instead: anchors and aliases, merge keys, directives, complex and null keys, duplicate
 * keys, unknown tags and very deep nesting make this reader give up (return null), never guess.
 */
import type { FastReadFacts } from '../resource.js';
import { FAILSAFE_SCHEMA, loadAll, Type, type Schema } from 'js-yaml';
import { yaml11Ambiguity } from '../k8s/yaml11.js';
import { kubectlTakes, plainScalar, type PlainScalar } from '../k8s/plain-scalars.js';

/** Set while reading when a plain scalar is one that YAML 1.1 and 1.2 read differently. */
let sawYaml11 = false;

function int(source: string, offset: number, radix: number): number {
  const sign = source[0];
  const digits = source.substring(sign === '-' || sign === '+' ? offset + 1 : offset).replace(/_/g, '');
  const n = parseInt(digits, radix);
  return sign === '-' ? -1 * n : n;
}

/** A scalar type from (regular expression, value) pairs tried in order, as the `yaml` library's schema does. */
function scalarType(name: string, forms: [RegExp, (s: string) => unknown][]): Type {
  const form = (source: string): ((s: string) => unknown) | undefined => forms.find(([test]) => test.test(source))?.[1];
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (source: string) => form(source) !== undefined,
    construct: (source: string) => form(source)!(source),
  });
}

const float = (s: string): number => parseFloat(s.replace(/_/g, ''));

/**
 * plainScalar of the scalar js-yaml is resolving. js-yaml asks each implicit type in turn about
 * the same plain scalar (null, bool, int, float: four calls for a string) and then constructs it:
 * the scalar is read once.
 */
let lastSource: string | undefined;
let lastScalar: PlainScalar | null = null;
function scalarOf(source: string): PlainScalar | null {
  if (source !== lastSource) {
    lastScalar = plainScalar(source);
    lastSource = source;
  }
  return lastScalar;
}

/** go-yaml v2's scalars (src/k8s/plain-scalars.ts); an explicit !!float takes an integer too, as in go-yaml. */
const KUBECTL_SCALARS = (['null', 'bool', 'int', 'float'] as const).map(
  (name) =>
    new Type(`tag:yaml.org,2002:${name}`, {
      kind: 'scalar',
      resolve: (source: string) => kubectlTakes(name, scalarOf(source)),
      construct(source: string) {
        if (yaml11Ambiguity(source)) sawYaml11 = true;
        return scalarOf(source)!.value;
      },
    }),
);

/** The YAML 1.2 core scalars, for JSON files (the `yaml` library's core schema). */
const CORE_SCALARS = [
  scalarType('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
  scalarType('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
  scalarType('int', [
    [/^0o[0-7]+$/, (s) => int(s, 2, 8)],
    [/^[-+]?[0-9]+$/, (s) => int(s, 0, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => int(s, 2, 16)],
  ]),
  scalarType('float', [
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, float],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, float],
  ]),
];

const KUBECTL_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: KUBECTL_SCALARS });
const JSON_FILE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS });

/** The schema the fast reader reads a file with. */
export const fastSchema = (json: boolean): Schema => (json ? JSON_FILE_SCHEMA : KUBECTL_SCHEMA);

/**
 * What js-yaml reads differently from the `yaml` library, found in the text (a false alarm only
 * costs speed; the patterns look for the token where a node starts, so `&&` in a shell script or
 * a `<<EOF` heredoc do not count; no pattern may backtrack, they scan every byte of the input):
 * - aliases (`*name`): js-yaml shares the anchored value where `yaml` copies it, and counts nothing
 *   (--max-aliases); an alias without its anchor makes js-yaml throw, so anchors alone are fine
 * - merge keys (`<<:`), directives (`%YAML`)
 * - complex keys (`? key`, `[a, b]: c`) and null or empty keys (js-yaml makes them "null", `yaml` "")
 *
 * Each pattern is tried on the text after a line break. needsYaml() finds the same in one pass
 * (test/readers.test.ts holds the two equal); these stay as its specification.
 */
export const NEEDS_YAML = [
  /[\s[{,:?-]&(?!&)\S/,
  /[\s{,[?-]<<[ \t]*:/,
  /\n%/,
  /[\s[{,]\?(?:\s|$)/,
  /[\]}][ \t]*:(?:\s|$)/,
  /\n[ \t-]*(?::|(?:~|null|Null|NULL)[ \t]*:)(?:\s|$)/,
  /[{,[?][ \t]*(?::|(?:~|null|Null|NULL)[ \t]*:)(?:\s|$)/,
];

/** JavaScript's `\s`. */
function isWs(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SP = 0x20;
const TAB = 0x09;
const COLON = 0x3a;

/** `\s` or the end of the text. */
const wsOrEnd = (text: string, i: number): boolean => i >= text.length || isWs(text.charCodeAt(i));

/** From `i`: `(?::|(?:~|null|Null|NULL)[ \t]*:)(?:\s|$)`, an empty or null key. */
function nullKeyAt(text: string, i: number): boolean {
  let j = i;
  const c = text.charCodeAt(j);
  if (c !== COLON) {
    if (c === 0x7e /* ~ */) j++;
    else {
      // Most lines start with neither: no substring is made for them (one a line was a tenth of the scan).
      if (c !== 0x6e /* n */ && c !== 0x4e /* N */) return false;
      const word = text.substr(j, 4);
      if (word !== 'null' && word !== 'Null' && word !== 'NULL') return false;
      j += 4;
    }
    while (text.charCodeAt(j) === SP || text.charCodeAt(j) === TAB) j++;
    if (text.charCodeAt(j) !== COLON) return false;
  }
  return wsOrEnd(text, j + 1);
}

/** From `i`, after `[ \t]*` (and `-` when `dash`): the offset of the first other character. */
function skipBlanks(text: string, i: number, dash: boolean): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === SP || c === TAB || (dash && c === 0x2d)) j++;
    else return j;
  }
}

/** The characters at which a pattern of NEEDS_YAML can match after its first character. */
const TRIGGERS = new Uint8Array(128);
for (const c of '&<%?]}{,[\n') TRIGGERS[c.charCodeAt(0)] = 1;

/** NEEDS_YAML.some((re) => re.test('\n' + text)), in one pass over the text. */
export function needsYaml(text: string): boolean {
  // Pattern 6 at the line break put before the text.
  if (nullKeyAt(text, skipBlanks(text, 0, true))) return true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters start none of the patterns.
    if (c >= 0x80 || TRIGGERS[c] === 0) continue;
    const prev = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    switch (c) {
      case 0x26 /* & */: {
        if (!(isWs(prev) || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === COLON || prev === 0x3f || prev === 0x2d)) break;
        const next = text.charCodeAt(i + 1);
        if (i + 1 < text.length && next !== 0x26 && !isWs(next)) return true;
        break;
      }
      case 0x3c /* < */:
        if (text.charCodeAt(i + 1) === 0x3c && (isWs(prev) || prev === 0x7b || prev === 0x2c || prev === 0x5b || prev === 0x3f || prev === 0x2d) && text.charCodeAt(skipBlanks(text, i + 2, false)) === COLON) return true;
        break;
      case 0x25 /* % */:
        if (prev === 0x0a) return true;
        break;
      case 0x3f /* ? */:
        if ((isWs(prev) || prev === 0x5b || prev === 0x7b || prev === 0x2c) && wsOrEnd(text, i + 1)) return true;
        if (nullKeyAt(text, skipBlanks(text, i + 1, false))) return true;
        break;
      case 0x5d /* ] */:
      case 0x7d /* } */: {
        const j = skipBlanks(text, i + 1, false);
        if (text.charCodeAt(j) === COLON && wsOrEnd(text, j + 1)) return true;
        break;
      }
      case 0x7b /* { */:
      case 0x2c /* , */:
      case 0x5b /* [ */:
        if (nullKeyAt(text, skipBlanks(text, i + 1, false))) return true;
        break;
      case 0x0a /* LF */:
        if (nullKeyAt(text, skipBlanks(text, i + 1, true))) return true;
        break;
    }
  }
  return false;
}

/** Nesting the fast reader takes on; deeper files go to the `yaml` library and its --max-depth check. */
const FAST_MAX_DEPTH = 100;

/** The maxDepth option js-yaml reads with under the loader's --max-depth. */
export const fastDepth = (maxDepth: number): number => Math.max(1, Math.min(FAST_MAX_DEPTH, maxDepth - 2));

export interface FastRead extends FastReadFacts {
  /** One value per YAML document, in the order (and count) of the `yaml` library's documents. */
  docs: unknown[];
}

const hasContent = (text: string): boolean => /^[ \t]*[^\s#]/m.test(text);

/** The offset of every `---` line that starts a document. */
export function separators(text: string): number[] {
  const out: number[] = [];
  const marker = /^---(?=\s|$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) out.push(m.index);
  return out;
}

/** Where each of `count` documents starts, from the `---` lines; null if they do not tell. */
function documentStarts(text: string, count: number): number[] | null {
  if (/^\.\.\.(?:\s|$)/m.test(text)) return null;
  const starts: number[] = [];
  for (const at of separators(text)) {
    if (starts.length === 0 && hasContent(text.slice(0, at))) starts.push(0);
    starts.push(at);
  }
  if (starts.length === 0 && hasContent(text)) starts.push(0);
  return starts.length === count ? starts : null;
}

/** Reads a file's documents, or returns null when only the `yaml` library can read it exactly. */
export function fastRead(text: string, json: boolean, maxDepth: number): FastRead | null {
  if (needsYaml(text)) return null;
  sawYaml11 = false;
  try {
    const docs = loadAll(text, undefined, { schema: fastSchema(json), maxDepth: fastDepth(maxDepth) } as Parameters<typeof loadAll>[2]);
    return { docs, yaml11: sawYaml11, starts: documentStarts(text, docs.length) };
  } catch {
    return null;
  }
}
