/**
 * Turns file contents into Kubernetes resources that remember where every node came from.
 *
 * Values are read the way `kubectl` sends them: YAML 1.1 (go-yaml v2 via sigs.k8s.io/yaml), so
 * `yes`/`no`/`on`/`off` are booleans and `010` is octal; timestamps stay strings; merge keys `<<`
 * work; on a duplicate key the last one wins. Pure: no file system access here.
 *
 * Two readers: the fast one (js-yaml, src/load/yaml-fast.ts) gives values only; the `yaml` library
 * gives every node's position. Files are read fast when that reads them exactly; their YAML nodes
 * are parsed only when something needs a position (a finding, a rule that looks at YAML syntax).
 */
import type { CST, Document, Node, ScalarTag, Tags } from 'yaml';
import type { InputError, Path, Range } from '../types.js';
import { lineEnd, rangeFromOffsets } from './source.js';
import { fastDepth, fastRead, separators } from './yaml-fast.js';
import { positionTrees, type PosNode } from './yaml-positions.js';
import { yamlLib } from './yaml-lib.js';
import { aliasProblem, type AliasProblem } from './yaml-aliases.js';
import { kubectlTakes, plainScalar } from '../k8s/plain-scalars.js';
import type { KubeObject, LoadLimits, Resource, SourceFile, SourceRole } from '../resource.js';
import { helmDocumentsOf, templateAtOffset } from './helm-source.js';


const KUSTOMIZATION_FILES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

function baseName(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const p = path.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** `a/b/../c/./d.yaml` → `a/c/d.yaml` (POSIX rules on display paths; `..` past the start is kept). */
export function normalizePath(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !abs) out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

/**
 * The deepest nesting --max-depth allows. The `yaml` library composes documents recursively: about
 * 780 levels of flow collections overflow the main thread's stack before its functions are
 * compiled (Node 20), and an overflow there is not an exception one can catch: the library catches
 * the RangeError, goes on running a regular expression with no stack left, and V8 aborts the whole
 * process when it compiles that expression. Half of that, so that callers' frames fit too.
 */
export const MAX_DEPTH = 400;

export const DEFAULT_LIMITS: LoadLimits = {
  maxAliasCount: 1000,
  maxAliasExpansion: 10,
  maxFileBytes: 64 * 1024 * 1024,
  maxDepth: MAX_DEPTH,
  maxDocumentBytes: 4 * 1024 * 1024,
};

export interface LoadedFile {
  file: SourceFile;
  resources: Resource[];
  errors: InputError[];
  /** Set for kustomize and Helm sources (see SourceRole): they have no resources and no errors. */
  role?: SourceRole;
  /**
   * True when the file parsed but none of its documents looks like a Kubernetes object (no
   * apiVersion and no kind anywhere): a CI workflow, a Helm values file, a package.json.
   */
  foreign?: boolean;
}

/** go-yaml v2 keeps timestamps as strings and knows neither sexagesimal numbers nor !!set/!!omap. */
const DROPPED_TAGS = new Set(['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:set', 'tag:yaml.org,2002:omap', 'tag:yaml.org,2002:pairs', 'tag:yaml.org,2002:binary']);
const SCALAR_NAMES = ['null', 'bool', 'int', 'float'] as const;
const SCALAR_TAGS = new Set<string>(SCALAR_NAMES.map((name) => `tag:yaml.org,2002:${name}`));

/**
 * go-yaml v2's null, bool, int and float (src/k8s/plain-scalars.ts) in place of the `yaml`
 * library's YAML 1.1 ones, which read `E0`, `.e2` and `.` as NaN and `0o17`, `0X1F` as strings.
 * The library picks a scalar's tag with `test.test(source)`; a regular expression with its own
 * `test` lets go-yaml's resolver decide, the same function the fast reader uses.
 */
const KUBECTL_SCALAR_TAGS: ScalarTag[] = SCALAR_NAMES.map((name) => ({
  tag: `tag:yaml.org,2002:${name}`,
  default: true,
  identify: (v: unknown) => (name === 'null' ? v === null : name === 'bool' ? typeof v === 'boolean' : typeof v === 'number'),
  test: Object.assign(/(?:)/, { test: (source: string) => kubectlTakes(name, plainScalar(source)) }),
  resolve: (source: string) => plainScalar(source)!.value,
}));

function kubectlTags(tags: Tags): Tags {
  const kept = tags.filter((t) =>
    typeof t === 'string'
      ? !['timestamp', 'set', 'omap', 'pairs', 'binary', 'floatTime', 'intTime'].includes(t)
      : !(DROPPED_TAGS.has(t.tag) || SCALAR_TAGS.has(t.tag) || (t as { format?: string }).format === 'TIME'),
  );
  return [...KUBECTL_SCALAR_TAGS, ...kept];
}

/** Decodes bytes as kubectl would accept them; returns an error message for binary or invalid text. */
export function decode(content: Uint8Array | string): { text: string } | { error: string } {
  if (typeof content === 'string') return { text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content };
  let bytes = content;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { error: 'binary file (contains NUL bytes); not a YAML or JSON manifest' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'file is not valid UTF-8 text' };
  }
}

const parsed = new WeakMap<SourceFile, Document.Parsed[]>();

/** The --max-depth each file was loaded with (parsed later, for positions, with the same). */
const depthLimit = new WeakMap<SourceFile, number>();
/** Offsets at which a document of the file went deeper than its limit; those were blanked out. */
const deepDocuments = new WeakMap<SourceFile, number[]>();

/** Thrown while parsing when the open maps and lists exceed the limit: nothing is composed. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deeply');
  }
}

/**
 * The `yaml` library's concrete syntax tokens of `text`, from its lexer and parser (both iterative),
 * throwing TooDeep as soon as more than `maxDepth` maps and lists are open: the parser's stack holds
 * the document, the open collections and at most one scalar on top. The parser recurses only when
 * it closes collections, at most as many as are open, so it never goes deeper than the limit.
 */
function* depthCheckedTokens(text: string, maxDepth: number): Generator<CST.Token> {
  const { Lexer, Parser } = yamlLib();
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    yield* parser.next(lexeme);
    const { stack } = parser;
    let open = stack.length;
    if (open > maxDepth) {
      if (stack[0]!.type === 'document') open--;
      if (!COLLECTIONS.has(stack[stack.length - 1]!.type)) open--;
      if (open > maxDepth) throw new TooDeep(offset);
    }
  }
  yield* parser.end();
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection', 'document']);

/** Where `text` (one document) goes deeper than `maxDepth`, or null. */
function tooDeepAt(text: string, maxDepth: number): number | null {
  try {
    for (const _ of depthCheckedTokens(text, maxDepth));
    return null;
  } catch (e) {
    if (e instanceof TooDeep) return e.offset;
    throw e;
  }
}

/**
 * Parses with the `yaml` library as kubectl reads YAML (see the top of this file). Documents nested
 * deeper than the file's --max-depth are found before anything is composed and blanked out (same
 * length, same lines; `file.blanked`), so that the composer never sees them; deepDocuments says where.
 */
function parseYaml(file: SourceFile): Document.Parsed[] {
  const maxDepth = depthLimit.get(file) ?? MAX_DEPTH;
  const text = file.blanked ?? file.text;
  try {
    return composeYaml(file, text, maxDepth);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
  }
  const deep: number[] = [];
  let rest = text;
  for (const [from, to] of documentExtents(text)) {
    const at = tooDeepAt(text.slice(from, to), maxDepth);
    if (at === null) continue;
    deep.push(from + at);
    // Keep the `---` line start, so that the other documents keep their numbers.
    const keep = text.startsWith('---', from) ? from + 3 : from;
    rest = rest.slice(0, keep) + blank(text.slice(keep, to)) + rest.slice(to);
  }
  // Documents split at `---` lines as the parser splits them; should one still be too deep, none is read.
  if (deep.length === 0) deep.push(0);
  deepDocuments.set(file, deep);
  file.blanked = rest;
  try {
    return composeYaml(file, rest, maxDepth);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    file.blanked = blank(text);
    return [];
  }
}

function composeYaml(file: SourceFile, text: string, maxDepth: number): Document.Parsed[] {
  const composer = new (yamlLib().Composer)({
    version: file.json ? '1.2' : '1.1',
    schema: file.json ? 'core' : 'yaml-1.1',
    customTags: file.json ? undefined : kubectlTags,
    uniqueKeys: false,
    merge: !file.json,
    prettyErrors: false,
    strict: false,
    // Warnings (such as "keys with collection values will be stringified") would go to
    // process.emitWarning, that is to the user's terminal; what matters is reported as findings.
    logLevel: 'error',
  });
  return Array.from(composer.compose(depthCheckedTokens(text, maxDepth))) as Document.Parsed[];
}

/** The file's YAML documents with node positions, parsed on first use. */
export function documentsOf(file: SourceFile): Document.Parsed[] {
  let docs = parsed.get(file);
  if (!docs) parsed.set(file, (docs = parseYaml(file)));
  return docs;
}

const parsedOne = new WeakMap<SourceFile, Map<number, Document.Parsed>>();

/**
 * Document `index` of a file with node positions. A file the fast reader took is parsed one
 * document at a time when its `---` lines tell where documents start: a finding in one object of
 * a 2 MB install bundle then costs the parse of that object, not of the bundle.
 */
export function documentAt(file: SourceFile, index: number): Document.Parsed | undefined {
  const starts = file.fast?.starts;
  if (!starts || parsed.has(file)) return documentsOf(file)[index];
  let docs = parsedOne.get(file);
  if (!docs) parsedOne.set(file, (docs = new Map()));
  let doc = docs.get(index);
  if (!doc) {
    const from = starts[index]!;
    const text = file.blanked ?? file.text;
    doc = parseYaml({ path: file.path, json: file.json, text: text.slice(from, starts[index + 1] ?? text.length) })[0]!;
    // Positions in the file, not in the slice.
    const shift = (r: [number, number, number] | undefined): [number, number, number] | undefined => r && [r[0] + from, r[1] + from, r[2] + from];
    yamlLib().visit(doc, {
      Node(_, node) {
        node.range = shift(node.range ?? undefined) ?? null;
      },
    });
    doc.range = shift(doc.range)!;
    docs.set(index, doc);
  }
  return doc;
}

const trees = new WeakMap<SourceFile, Map<number, PosNode | null>>();

/**
 * js-yaml's node positions in document `index` of a file the fast reader took (src/load/yaml-positions.ts),
 * read on first use like documentAt, or null: then only documentAt places its nodes.
 */
export function positionTreeAt(file: SourceFile, index: number): PosNode | null {
  if (!file.fast) return null;
  let cache = trees.get(file);
  if (!cache) trees.set(file, (cache = new Map()));
  const known = cache.get(index);
  if (known !== undefined) return known;
  const text = file.blanked ?? file.text;
  const maxDepth = fastDepth(depthLimit.get(file) ?? MAX_DEPTH);
  const { starts } = file.fast;
  if (starts) {
    const from = starts[index]!;
    const docs = positionTrees(text.slice(from, starts[index + 1] ?? text.length), file.json, maxDepth, from);
    cache.set(index, docs?.length === 1 ? docs[0]! : null);
  } else {
    const docs = positionTrees(text, file.json, maxDepth);
    docs?.forEach((tree, i) => cache.set(i, tree));
    if (!cache.has(index)) cache.set(index, null);
  }
  return cache.get(index)!;
}

/** The YAML document a resource came from. */
export function documentOf(resource: Resource): Document.Parsed {
  return documentAt(resource.file, resource.docIndex)!;
}

function inputError(file: SourceFile, message: string, range?: Range): InputError {
  return { ruleId: 'input', severity: 'error', message, file: file.path, range: range ?? rangeFromOffsets(file, 0, 0) };
}

function tooDeep(root: Node | null, maxDepth: number): Node | null {
  const { isMap, isSeq } = yamlLib();
  // Iterative, so that the check itself cannot overflow the stack.
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= maxDepth) return node as Node;
      for (const item of node.items as unknown[]) {
        if (isMap(node)) {
          const pair = item as { key: unknown; value: unknown };
          stack.push([pair.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export interface LoadSourceOptions {
  reportable?: boolean;
  shared?: boolean;
  limits?: Partial<LoadLimits>;
  /** False: read with the `yaml` library only, never the fast reader (tests compare the two). */
  fast?: boolean;
}

/**
 * Parses one file's contents. Never throws. An input error in a document of `helm template` output
 * names the template of that document (its `# Source:` comment, see src/load/helm-source.ts).
 */
export function loadSource(path: string, content: Uint8Array | string, options: LoadSourceOptions = {}): LoadedFile {
  const loaded = loadFile(path, content, options);
  if (loaded.errors.length > 0) {
    const docs = helmDocumentsOf(loaded.file);
    for (const e of loaded.errors) {
      const template = templateAtOffset(docs, e.range.start.offset);
      if (template !== undefined) e.template = template;
    }
  }
  return loaded;
}

function loadFile(path: string, content: Uint8Array | string, options: LoadSourceOptions): LoadedFile {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  limits.maxDepth = Math.min(limits.maxDepth, MAX_DEPTH);
  const json = /\.json$/i.test(path);
  const empty: SourceFile = { path, text: '', json };
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > limits.maxFileBytes) {
    return { file: empty, resources: [], errors: [inputError(empty, `file is ${size} bytes, over the limit of ${limits.maxFileBytes} (--max-file-bytes)`)] };
  }
  const decoded = decode(content);
  if ('error' in decoded) return { file: empty, resources: [], errors: [inputError(empty, decoded.error)] };
  const file: SourceFile = { path, text: decoded.text, json };
  depthLimit.set(file, limits.maxDepth);
  const errors: InputError[] = [];
  if (json) {
    const comment = jsonComment(file.text);
    if (comment !== null) {
      const err = inputError(file, 'invalid JSON: comments are not allowed (kubectl reads a file that starts with "{" as JSON and rejects it)', rangeFromOffsets(file, comment, comment + 2));
      // JSON with comments and no "apiVersion" or "kind" anywhere (tsconfig.json, .vscode/settings.json,
      // devcontainer.json) holds no Kubernetes object: foreign, so walking skips it; named, it is reported.
      return { file, resources: [], errors: [err], ...(/"(apiVersion|kind)"/.test(file.text) ? {} : { foreign: true }) };
    }
  }
  const text = unread(file, readable(file.text), limits, errors);
  if (text !== file.text) file.blanked = text;
  const role = sourceRole(file, options, limits);
  if (role) return { file, resources: [], errors: [], role };
  const loaded = loadText(file, options, limits, errors);
  // A Helm values file is configuration for templates, never a manifest: not an input error.
  if (/^values[^/]*\.ya?ml$/i.test(baseName(path)) && (loaded.errors.length > 0 || loaded.foreign)) return { file, resources: [], errors: [], foreign: true, role: { kind: 'helm-values' } };
  return loaded;
}

/** The first document's value, or undefined when the file does not parse (sources are never input errors). */
function firstValue(file: SourceFile, limits: LoadLimits): unknown {
  const fast = fastRead(file.blanked ?? file.text, file.json, limits.maxDepth);
  if (fast) return fast.docs[0];
  try {
    const doc = documentsOf(file)[0];
    if (!doc || doc.errors.length > 0) return undefined;
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return aliasProblem(doc, limits.maxAliasExpansion, limits.maxDepth) ? undefined : value;
  } catch {
    return undefined;
  }
}

function sourceRole(file: SourceFile, options: LoadSourceOptions, limits: LoadLimits): SourceRole | null {
  const name = baseName(file.path);
  const pseudo = (kind: string, object: KubeObject, resourceName: string): Resource => ({
    file,
    docIndex: 0,
    base: [],
    object,
    apiVersion: str(object.apiVersion) ?? '',
    kind,
    name: resourceName,
    namespace: undefined,
    reportable: options.reportable ?? true,
  });
  if (KUSTOMIZATION_FILES.includes(name)) {
    const value = firstValue(file, limits);
    const k = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as KubeObject;
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
    const paths: string[] = [];
    // patchesStrategicMerge entries are paths or inline patches; patches and patchesJson6902 entries name a path.
    for (const p of list(k.patchesStrategicMerge)) if (typeof p === 'string' && !p.includes('\n')) paths.push(p);
    for (const key of ['patches', 'patchesJson6902']) {
      for (const p of list(k[key])) if (typeof p === 'object' && p !== null && typeof (p as { path?: unknown }).path === 'string') paths.push((p as { path: string }).path);
    }
    const dir = dirName(file.path);
    const patches = paths.filter((p) => !/^[a-z]+:\/\//i.test(p)).map((p) => normalizePath(dir ? `${dir}/${p}` : p));
    return { kind: 'kustomization', patches, resource: pseudo('Kustomization', k, dir || '.') };
  }
  if (name === 'Chart.yaml') {
    const value = firstValue(file, limits);
    const chart = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as KubeObject;
    const dir = dirName(file.path);
    return { kind: 'helm-chart', dir, resource: pseudo('Helm chart', chart, str(chart.name) ?? (dir || '.')) };
  }
  // A Go template under a templates/ directory (`{{ .Values.x }}`): not YAML until Helm renders it.
  if (/(^|\/)templates\//.test(file.path.replace(/\\/g, '/')) && file.text.includes('{{')) {
    // The chart is the directory that holds templates/.
    const dir = dirName(file.path.replace(/\\/g, '/').replace(/(^|\/)templates\/.*$/, '$1templates'));
    return { kind: 'helm-template', dir, resource: pseudo('Helm template', {}, dir || '.') };
  }
  return null;
}

/**
 * Where a JSON file has a comment, or null. kubectl reads a stream that starts with "{" as JSON,
 * which has none; YAML would read `// x` as a plain scalar and report something else entirely.
 */
export function jsonComment(text: string): number | null {
  if (!/^\s*\{/.test(text) || !/\/[/*]/.test(text)) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    if (!at) return null;
    const i = Number(at[1]);
    return text.startsWith('//', i) || text.startsWith('/*', i) ? i : null;
  }
}

/**
 * The text as go-yaml reads it, at the same offsets. A lone CR is a line break to go-yaml (and to
 * js-yaml) but content to the `yaml` library: it becomes an LF. A BOM that starts a document
 * kubectl hands go-yaml on its own is skipped, as go-yaml skips a BOM at the start of its input:
 * it becomes an empty line.
 */
function readable(text: string): string {
  let out = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  if (out.includes('\uFEFF')) {
    const starts = kubectlChunkStarts(text);
    out = out.replace(/\uFEFF/g, (bom, at: number) => (starts.has(at) ? '\n' : bom));
  }
  return out;
}

/**
 * Offsets at which kubectl's document reader (apimachinery's YAMLReader) starts a document after a
 * `---` line. It reads lines up to LF; a line that starts with `---` ends the document collected so
 * far and is dropped, unless nothing has been collected, when it is kept as the first line of the
 * next one (so at the start of the file, and on every second of consecutive `---` lines).
 */
function kubectlChunkStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let collected = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    if (text.startsWith('---', at) && collected) {
      collected = false;
      starts.add(next);
    } else collected = true;
    at = next;
  }
  return starts;
}

/**
 * What go-yaml rejects wherever it is ("control characters are not allowed"): C0 controls but tab,
 * LF and CR, DEL, C1 controls but NEL, U+FFFE and U+FFFF. JSON rejects C0 controls but tab, LF, CR.
 */
// eslint-disable-next-line no-control-regex
const YAML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const JSON_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/**
 * Blanks out (same length, same lines) the documents kubectl would not read, each with an input
 * error, so that the parsers never see them and every offset in the file stays right: a document
 * after a `---` that kubectl does not split at, one with a control character, one over
 * --max-document-bytes.
 */
function unread(file: SourceFile, text: string, limits: LoadLimits, errors: InputError[]): string {
  const control = file.json ? JSON_CONTROL : YAML_CONTROL;
  control.lastIndex = 0;
  let nextControl = control.exec(text);
  // A UTF-16 code unit is at most three bytes of UTF-8: shorter text is under the limit unmeasured.
  const mayBeLarge = text.length * 3 > limits.maxDocumentBytes;
  if (!nextControl && !mayBeLarge && !/\r(?!\n)/.test(file.text)) return text;
  const skipped: [number, number][] = [];
  for (const [from, to] of documentExtents(text)) {
    while (nextControl && nextControl.index < from) nextControl = control.exec(text);
    if (from > 0 && file.text[from - 1] === '\r') {
      // kubectl's document reader splits at lines that start with `---`, reading lines up to LF:
      // this `---` is inside a line to it, so the whole stream from the last LF `---` on is one
      // document to it, of which go-yaml reads the first only.
      errors.push(inputError(file, 'kubectl does not start a document at this "---": it splits a stream only at "---" lines after a line feed (LF), and the line break before this one is a lone carriage return (CR); kubectl does not read this document (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (goesOnAfterCR(file.text, from)) {
      // The same reader rejects a `---` line with more than a comment after it.
      errors.push(inputError(file, 'kubectl rejects this "---" line ("invalid Yaml document separator"): it reads lines up to a line feed (LF), and this one goes on after a lone carriage return (CR); this document was not read (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (nextControl && nextControl.index < to) {
      const at = nextControl.index;
      const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
      const why = file.json ? "kubectl's JSON decoder rejects a file that holds one outside an escape" : 'kubectl rejects a document that holds one ("yaml: control characters are not allowed")';
      errors.push(inputError(file, `control character ${code}: ${why}; it was not read`, rangeFromOffsets(file, at, at + 1)));
    } else if (mayBeLarge && (to - from) * 3 > limits.maxDocumentBytes) {
      const bytes = Buffer.byteLength(file.text.slice(from, to));
      if (bytes <= limits.maxDocumentBytes) continue;
      errors.push(inputError(file, `document is ${bytes} bytes, over the limit of ${limits.maxDocumentBytes} (--max-document-bytes); it was not read (the API server rejects request bodies over 3 MiB)`, rangeFromOffsets(file, from, lineEnd(file.text, from))));
    } else continue;
    skipped.push([from, to]);
  }
  if (skipped.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [from, to] of skipped) {
    out += text.slice(last, from) + blank(text.slice(from, to));
    last = to;
  }
  return out + text.slice(last);
}

/** True when the `---` at `from` starts a line that, up to its LF, goes on after a lone CR with more than a comment. */
function goesOnAfterCR(text: string, from: number): boolean {
  if (!text.startsWith('---', from) || (from > 0 && text[from - 1] !== '\n')) return false;
  const nl = text.indexOf('\n', from);
  const line = text.slice(from + 3, nl < 0 ? text.length : nl).replace(/\r$/, '');
  if (!/\r/.test(line)) return false;
  const rest = line.trim();
  return rest !== '' && !rest.startsWith('#');
}

/** The same number of characters and lines, all blank. */
function blank(text: string): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

/** [start, end) of each YAML document, split at `---` lines. */
function documentExtents(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const at of separators(text)) {
    if (at > from) out.push([from, at]);
    from = at;
  }
  out.push([from, text.length]);
  return out;
}

function loadText(file: SourceFile, options: LoadSourceOptions, limits: LoadLimits, errors: InputError[]): LoadedFile {
  const resources: Resource[] = [];
  const { json } = file;
  /** Top-level documents that are not Kubernetes objects at all (no apiVersion, no kind). */
  let foreignDocs = 0;
  const pushObject = (obj: unknown, docIndex: number, base: Path): void => {
    const at = (): Range => {
      const tree = positionTreeAt(file, docIndex);
      const node = tree ? treeAt(tree, base) : nodeAt(documentAt(file, docIndex)!, base);
      const [from, to] = node ? ('kind' in node ? [node.start, node.end] : (node.range ?? [0, 0])) : [0, 0];
      return rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)));
    };
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      if (base.length === 0) foreignDocs++;
      errors.push(inputError(file, 'document is not a Kubernetes object (expected a mapping with apiVersion and kind)', at()));
      return;
    }
    const o = obj as KubeObject;
    const apiVersion = str(o.apiVersion);
    const kind = str(o.kind);
    if (!apiVersion || !kind) {
      if (base.length === 0 && o.apiVersion === undefined && o.kind === undefined) foreignDocs++;
      const missing = [!apiVersion && 'apiVersion', !kind && 'kind'].filter(Boolean).join(' and ');
      errors.push(inputError(file, `document is not a Kubernetes object: ${missing} missing`, at()));
      return;
    }
    if (/List$/.test(kind) && Array.isArray(o.items)) {
      o.items.forEach((item, i) => pushObject(item, docIndex, [...base, 'items', i]));
      return;
    }
    const meta = (typeof o.metadata === 'object' && o.metadata !== null ? o.metadata : {}) as Record<string, unknown>;
    resources.push({
      file,
      docIndex,
      base,
      object: o,
      apiVersion,
      kind,
      name: str(meta.name) ?? str(meta.generateName) ?? '',
      namespace: str(meta.namespace) || undefined,
      reportable: options.reportable ?? true,
      ...(options.shared ? { shared: true } : {}),
    });
  };

  const fast = options.fast === false ? null : fastRead(file.blanked ?? file.text, json, limits.maxDepth);
  if (fast) {
    file.fast = { yaml11: fast.yaml11, starts: fast.starts };
    fast.docs.forEach((value, docIndex) => {
      // `---` followed by nothing but comments, or an empty file.
      if (value !== null && value !== undefined) pushObject(value, docIndex, []);
    });
  } else {
    let docs: Document.Parsed[];
    try {
      docs = documentsOf(file);
    } catch (e) {
      return { file, resources, errors: [...errors, inputError(file, `could not parse: ${(e as Error).message}`)] };
    }
    for (const at of deepDocuments.get(file) ?? []) {
      errors.push(inputError(file, `document nested deeper than ${limits.maxDepth} levels (--max-depth)`, rangeFromOffsets(file, at, at)));
    }
    docs.forEach((doc, docIndex) => {
      if (doc.errors.length > 0) {
        for (const err of doc.errors.slice(0, 5)) {
          const [from, to] = err.pos;
          errors.push(inputError(file, `YAML syntax error: ${err.message.split('\n')[0]}`, rangeFromOffsets(file, from, Math.max(to, from))));
        }
        return;
      }
      if (doc.contents === null) return; // empty document, or only comments
      const deep = tooDeep(doc.contents, limits.maxDepth);
      if (deep) {
        const [from] = deep.range ?? [0];
        errors.push(inputError(file, `document nested deeper than ${limits.maxDepth} levels (--max-depth)`, rangeFromOffsets(file, from, from)));
        return;
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (e) {
        const msg = (e as Error).message ?? String(e);
        const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(msg);
        const merge = /^Merge sources must be maps/.test(msg) ? badMerge(doc) : null;
        let [from, to] = doc.contents.range ?? [0, 0];
        let text: string;
        if (merge) {
          [from, to] = merge.at.range ?? [from, to];
          text = `merge key "<<" needs a map, an alias of one or a list of them, not ${merge.what}: kubectl fails with "map merge requires map or sequence of maps as the value"`;
        } else if (unresolved) {
          const name = unresolved[1]!;
          const alias = findAlias(doc, name);
          if (alias?.range) [from, to] = alias.range;
          text = `alias *${name} has no anchor &${name} before it in this document (anchors do not carry over from one document to the next)`;
        } else if (/alias/i.test(msg)) {
          text = `too many YAML alias expansions (over ${limits.maxAliasCount}, --max-aliases): possible "billion laughs" document`;
        } else text = `could not read document: ${msg}`;
        errors.push(inputError(file, text, rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)))));
        return;
      }
      const problem = aliasProblem(doc, limits.maxAliasExpansion, limits.maxDepth);
      if (problem) {
        const [from, to] = problem.at.range ?? [0, 0];
        errors.push(inputError(file, aliasMessage(problem, limits), rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)))));
        return;
      }
      if (value === null || value === undefined) return; // `---` followed by nothing but comments
      pushObject(value, docIndex, []);
    });
  }
  // Foreign: no objects, and every error is a foreign document (no syntax, depth or alias problem).
  const foreign = foreignDocs > 0 && resources.length === 0 && errors.length === foreignDocs;
  return { file, resources, errors, ...(foreign ? { foreign } : {}) };
}

const count = (n: number): string => n.toLocaleString('en-US');

function aliasMessage(problem: AliasProblem, limits: LoadLimits): string {
  switch (problem.kind) {
    case 'self':
      return `alias *${problem.name} is inside the node anchored &${problem.name}: kubectl rejects it (anchor '${problem.name}' value contains itself)`;
    case 'kubectl':
      return `document contains excessive aliasing: aliases make ${count(problem.aliased)} of its ${count(problem.nodes)} nodes; kubectl rejects it (go-yaml v2 takes at most 99% of a document's nodes from aliases, down to 10% in documents of 400,000 to 4,000,000 nodes)`;
    case 'expansion':
      return `YAML aliases expand this document from ${count(problem.written)} to ${count(problem.expanded)} nodes, over ${limits.maxAliasExpansion} times its size (--max-alias-expansion)`;
    case 'depth':
      return `aliases nest this document deeper than ${limits.maxDepth} levels (--max-depth)`;
  }
}

/**
 * The first merge key source that go-yaml refuses (decode.go, merge): the value of a `<<` must be a
 * map, an alias of a map, or a list of maps and aliases of maps. Null when there is none.
 */
function badMerge(doc: Document.Parsed): { at: Node; what: string } | null {
  const { isAlias, isMap, isPair, isScalar, isSeq, visit } = yamlLib();
  const what = (node: unknown): string => {
    if (isAlias(node)) return `an alias of ${what(node.resolve(doc))}`;
    if (isSeq(node)) return 'a list';
    if (isScalar(node) && node.value !== null) return 'a scalar';
    if (isScalar(node) && node.range && node.range[0] < node.range[1]) return 'null';
    return 'an empty value';
  };
  const isMapSource = (node: unknown): boolean => isMap(node) || (isAlias(node) && isMap(node.resolve(doc)));
  let found: { at: Node; what: string } | null = null;
  visit(doc, {
    Pair(_, pair) {
      // A merge key is a plain `<<`, which the parser makes a symbol; a quoted "<<" is an ordinary key.
      if (!isPair(pair) || typeof (pair.key as { value?: unknown } | null)?.value !== 'symbol') return undefined;
      const { value } = pair;
      const bad = isSeq(value) ? value.items.find((item) => !isMapSource(item)) : isMapSource(value) ? undefined : (value ?? null);
      if (bad === undefined) return undefined;
      // `<<:` with nothing after it: point at the key.
      const node = bad as Node | null;
      const at = node?.range && node.range[0] < node.range[1] ? node : (pair.key as Node);
      found = { at, what: isSeq(value) ? `a list holding ${what(bad)}` : what(bad) };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first alias node `*name` of a document. */
function findAlias(doc: Document.Parsed, name: string): Node | null {
  let found: Node | null = null;
  yamlLib().visit(doc, {
    Alias(_, node) {
      if (node.source !== name) return undefined;
      found = node;
      return yamlLib().visit.BREAK;
    },
  });
  return found;
}

export interface PathWalk {
  /** The deepest node reached. */
  node: unknown;
  /** The key of that node when it is a map value, else null. */
  keyNode: Node | null;
  /** How many path segments were followed (less than the path's length when it is missing). */
  depth: number;
}

/**
 * Follows `path` from a document's root through maps (the last of duplicate keys wins, as for
 * kubectl) and sequences, resolving aliases, and stops at the first segment that is missing.
 */
export function walkPath(doc: Document.Parsed, path: Path): PathWalk {
  const { isAlias, isMap, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown = undefined;
    let nextKey: Node | null = null;
    if (isMap(node)) {
      const hit = mapEntry(doc, node, String(seg), 0);
      if (hit) {
        next = hit.value;
        nextKey = hit.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined) break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
}

type YamlMap = { items: { key: unknown; value: unknown }[] };

interface MapIndex {
  /** Entries by key, the last of duplicates winning. */
  keys: Map<string, { key: unknown; value: unknown }>;
  /** The values of its merge keys `<<`, in order. */
  merges: unknown[];
}

const mapIndexes = new WeakMap<YamlMap, MapIndex>();

/**
 * A map's entries by key, built on first use: locating each of 40,000 findings in one map then
 * costs a lookup, not a scan of the whole map.
 */
function indexOf(map: YamlMap): MapIndex {
  let index = mapIndexes.get(map);
  if (!index) {
    index = { keys: new Map(), merges: [] };
    for (const pair of map.items) {
      index.keys.set(keyString(pair.key), pair);
      // A merge key is a plain `<<`, which the parser makes a symbol; a quoted "<<" is an ordinary key.
      if (typeof (pair.key as { value?: unknown } | null)?.value === 'symbol') index.merges.push(pair.value);
    }
    mapIndexes.set(map, index);
  }
  return index;
}

/**
 * The entry for `key` in a map: its own last one (as kubectl keeps), else the first merge key
 * (`<<: *defaults`, `<<: [*a, *b]`) source that has it, which is where the value is written.
 */
function mapEntry(doc: Document.Parsed, map: YamlMap, key: string, depth: number): { key: Node; value: unknown } | null {
  const { isAlias, isMap, isSeq } = yamlLib();
  const { keys, merges } = indexOf(map);
  const found = keys.get(key);
  if (found) return { key: found.key as Node, value: found.value };
  if (depth > 20) return null;
  for (const merge of merges) {
    const sources = isSeq(merge) ? merge.items : [merge];
    for (let source of sources) {
      if (isAlias(source)) source = source.resolve(doc);
      if (!isMap(source)) continue;
      const hit = mapEntry(doc, source, key, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

export interface TreeWalk {
  node: PosNode;
  keyNode: PosNode | null;
  depth: number;
}

/** walkPath on js-yaml's positions (src/load/yaml-positions.ts): the same steps, no aliases or merge keys to follow. */
export function walkTree(root: PosNode, path: Path): TreeWalk {
  let node = root;
  let keyNode: PosNode | null = null;
  let depth = 0;
  for (const seg of path) {
    let next: PosNode | undefined;
    let nextKey: PosNode | null = null;
    if (node.entries) {
      const hit = node.entries.get(String(seg));
      if (hit) {
        next = hit.value;
        nextKey = hit.key;
      }
    } else if (node.items && typeof seg === 'number') next = node.items[seg];
    if (next === undefined) break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
}

function treeAt(root: PosNode, path: Path): PosNode | null {
  const { node, depth } = walkTree(root, path);
  return depth === path.length ? node : null;
}

/** The YAML node at `path` inside a document, or null when the path does not exist. */
export function nodeAt(doc: Document.Parsed, path: Path): Node | null {
  const { node, depth } = walkPath(doc, path);
  return depth === path.length ? ((node as Node) ?? null) : null;
}

/** A map key as the JSON object key it becomes (`on:` becomes "true" under YAML 1.1). */
export function keyString(key: unknown): string {
  if (key && typeof key === 'object' && 'value' in key) {
    const { value } = key as { value: unknown };
    // A merge key `<<` is a scalar whose value is a symbol.
    return typeof value === 'symbol' ? (value.description ?? '<<') : String(value);
  }
  return String(key);
}
