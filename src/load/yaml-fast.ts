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
import { kubectlTakes, plainScalar } from '../k8s/plain-scalars.js';

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

/** go-yaml v2's scalars (src/k8s/plain-scalars.ts); an explicit !!float takes an integer too, as in go-yaml. */
const KUBECTL_SCALARS = (['null', 'bool', 'int', 'float'] as const).map(
  (name) =>
    new Type(`tag:yaml.org,2002:${name}`, {
      kind: 'scalar',
      resolve: (source: string) => kubectlTakes(name, plainScalar(source)),
      construct(source: string) {
        if (yaml11Ambiguity(source)) sawYaml11 = true;
        return plainScalar(source)!.value;
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
 */
const NEEDS_YAML = [
  /[\s[{,:?-]&(?!&)\S/,
  /[\s{,[?-]<<[ \t]*:/,
  /\n%/,
  /[\s[{,]\?(?:\s|$)/,
  /[\]}][ \t]*:(?:\s|$)/,
  /\n[ \t-]*(?::|(?:~|null|Null|NULL)[ \t]*:)(?:\s|$)/,
  /[{,[?][ \t]*(?::|(?:~|null|Null|NULL)[ \t]*:)(?:\s|$)/,
];

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
  // Read as if after a line break, so that a pattern's "start of a line" covers the first line too.
  const lines = '\n' + text;
  if (NEEDS_YAML.some((re) => re.test(lines))) return null;
  sawYaml11 = false;
  try {
    const docs = loadAll(text, undefined, { schema: fastSchema(json), maxDepth: fastDepth(maxDepth) } as Parameters<typeof loadAll>[2]);
    return { docs, yaml11: sawYaml11, starts: documentStarts(text, docs.length) };
  } catch {
    return null;
  }
}
