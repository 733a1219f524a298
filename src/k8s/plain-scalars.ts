/**
 * What a plain (unquoted, untagged) YAML scalar is to kubectl: kubectl reads manifests with go-yaml
 * v2 (through sigs.k8s.io/yaml), whose resolver (resolve.go) decides by the first character:
 * - a sign or a digit: underscores are dropped, then an integer as Go's strconv.ParseInt with base
 *   0 reads it (0x, 0o, 0b in either case, a leading 0 for octal), else one beyond int64 as
 *   ParseUint, else a float if it has the form [-+]?(.D+|D+(.D*)?)([eE][-+]?D+)? and is finite,
 *   else an integer beyond uint64 (no sign) as math/big reads it, else a string. (A date-like
 *   scalar, 2001-12-14, is a timestamp that decoding into JSON keeps as its string.)
 * - a dot: a float as strconv.ParseFloat reads the scalar as written (underscores only between
 *   digits), or one of .inf .Inf .INF .nan .NaN .NAN, else a string
 * - one of yYnNtTfFoO~ or nothing: only the exact words y Y yes Yes YES true True TRUE on On ON
 *   (true), n N no No NO false False FALSE off Off OFF (false), ~ null Null NULL and the empty
 *   scalar (null), and +.inf -.inf in three cases each; anything else is a string
 * - any other first character: a string.
 * No sexagesimal numbers (1:30), no E0 or .e2 floats: both stay strings.
 */
export type PlainScalar = { tag: 'null'; value: null } | { tag: 'bool'; value: boolean } | { tag: 'int' | 'float'; value: number };

const WORDS = new Map<string, PlainScalar>();
for (const [words, scalar] of [
  ['y Y yes Yes YES true True TRUE on On ON', { tag: 'bool', value: true }],
  ['n N no No NO false False FALSE off Off OFF', { tag: 'bool', value: false }],
  ['~ null Null NULL', { tag: 'null', value: null }],
  ['.nan .NaN .NAN', { tag: 'float', value: NaN }],
  ['.inf .Inf .INF +.inf +.Inf +.INF', { tag: 'float', value: Infinity }],
  ['-.inf -.Inf -.INF', { tag: 'float', value: -Infinity }],
] as const) {
  for (const word of words.split(' ')) WORDS.set(word, scalar);
}
WORDS.set('', { tag: 'null', value: null });

/** strconv.ParseInt/ParseUint with base 0, once underscores are gone. */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;
/** resolve.go's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat of a scalar starting with a dot: digits, underscores only between digits. */
const DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;

const INT64_MIN = -(2n ** 63n);
const UINT64_END = 2n ** 64n;

/** The value of a GO_INT match. */
function goInt(s: string): bigint {
  const negative = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  const prefix = body.slice(0, 2).toLowerCase();
  let n: bigint;
  if (prefix === '0x' || prefix === '0b' || prefix === '0o') n = BigInt(`0${prefix[1]}${body.slice(2)}`);
  else if (body.length > 1 && body[0] === '0') n = BigInt(`0o${body.slice(1)}`);
  else n = BigInt(body);
  return negative ? -n : n;
}

function finite(s: string): PlainScalar | null {
  const value = Number(s);
  return Number.isFinite(value) ? { tag: 'float', value } : null;
}

/** The value kubectl gives a plain scalar, or null when it stays a string. */
export function plainScalar(source: string): PlainScalar | null {
  const word = WORDS.get(source);
  if (word) return word;
  const first = source[0]!;
  if (first === '.') return DOT_FLOAT.test(source) ? finite(source.replace(/_/g, '')) : null;
  if (first !== '-' && first !== '+' && (first < '0' || first > '9')) return null;
  const plain = source.replace(/_/g, '');
  let beyondUint64 = false;
  if (GO_INT.test(plain)) {
    const n = goInt(plain);
    // ParseInt takes int64; ParseUint, which takes no sign, the rest of uint64.
    if (n >= INT64_MIN && (n < -INT64_MIN || (n < UINT64_END && !/^[-+]/.test(plain)))) return { tag: 'int', value: Number(n) };
    beyondUint64 = !/^[-+]/.test(plain);
  }
  if (YAML_STYLE_FLOAT.test(plain)) {
    const float = finite(plain);
    if (float) return float;
  }
  // big.Int's SetString, for what overflowed ParseUint (only then: a sign makes ParseUint fail otherwise).
  return beyondUint64 ? { tag: 'int', value: Number(goInt(plain)) } : null;
}

/** Whether go-yaml takes `scalar` as a value of the tag `name`: an explicit !!float takes an integer too. */
export function kubectlTakes(name: PlainScalar['tag'], scalar: PlainScalar | null): boolean {
  return scalar !== null && (scalar.tag === name || (name === 'float' && scalar.tag === 'int'));
}
