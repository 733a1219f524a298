/**
 * The Helm template each document of `helm template` output was rendered from.
 *
 * Helm writes every rendered document as `---\n# Source: <name>\n<content>`: the manifests in
 * pkg/action/action.go (renderResources, also CRDs with --include-crds), the hooks in
 * cmd/helm/template.go (cmd/helm/app/template.go in later trees:
 * `fmt.Fprintf(&manifests, "---\n# Source: %s\n%s\n", m.Path, m.Manifest)`), and the same header
 * in each file `--output-dir` writes (writeToFile); `--show-only` matches them with
 * `# Source: [^/]+/(.+)`. `<name>` is the template's name in the engine:
 * `path.Join(c.ChartFullPath(), t.Name)` (pkg/engine/engine.go, recAllTpls),
 * where ChartFullPath is the chart's *name* (Chart.yaml `name`, not its directory) and, for a
 * subchart, `parent/charts/<sub name>` (pkg/chart/chart.go). So the path is relative to the
 * chart's parent directory only when the chart's directory is named as the chart; a subchart
 * packaged as charts/sub-1.2.3.tgz, or aliased, has no file at that path at all.
 *
 * The comment is input like any other: its text may hold `..`, an absolute path, control
 * characters or markup. It is kept as written (the formatters escape it as they escape every
 * manifest value) and `repoSafe` says whether it may be mapped onto a path in the repository.
 * kustomize (`buildMetadata: [originAnnotations]` in the kustomization) instead annotates each
 * object with `config.kubernetes.io/origin`, a YAML text of `path:` (relative to the directory
 * `kustomize build` was given: kustomize api/resource/origin.go, "rooted from the directory upon
 * which `kustomize build` was invoked") and, for a remote resource, `repo:` and `ref:`. A document
 * without `# Source:` that has it names that file the same way.
 *
 * Pure: no file system access here (the mapping onto files is the CLI's, src/cli/files.ts and
 * src/cli/render.ts).
 */
import { UNPRINTABLE } from '../text/printable.js';

/** One rendered document's template: the document spans [from, to) of the file, lines fromLine..toLine, its closing `---` line included. */
export interface HelmDocument {
  from: number;
  to: number;
  fromLine: number;
  toLine: number;
  /** The `# Source:` path as written. */
  template: string;
}

/** Longest `# Source:` path kept; longer ones are not Helm's (its names are file paths). */
const MAX_TEMPLATE = 1024;

const SOURCE = /^# Source: (.+?)[ \t]*$/;

/**
 * Reading a document's `metadata.annotations["config.kubernetes.io/origin"]` line by line, as
 * kustomize writes it: block style, keys at the indentation their parent's first child sets, the
 * value a literal block (`|`) of `path:`, `repo:`, `ref:` lines.
 */
interface OriginScan {
  state: 'top' | 'meta' | 'ann' | 'origin';
  metaIndent?: number;
  annIndent?: number;
  keyIndent?: number;
  fields: { path?: string; repo?: string; ref?: string };
}

const ORIGIN_KEY = /^config\.kubernetes\.io\/origin:[ \t]*\|[-+]?[ \t]*$/;
const ORIGIN_FIELD = /^(path|repo|ref):[ \t]*(.*?)[ \t]*$/;

/** A plain or simply quoted YAML scalar as written on one line, or undefined when it is anything else. */
function oneLineScalar(v: string): string | undefined {
  const m = /^(?:"([^"\\]*)"|'([^']*)'|([^\s"'#&*!|>%@`{}[\],][^#]*?))$/.exec(v);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function scanOrigin(s: OriginScan, l: string): void {
  const trimmed = l.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return;
  const indent = l.length - trimmed.length;
  if (s.state === 'origin') {
    if (indent > s.keyIndent!) {
      const m = ORIGIN_FIELD.exec(trimmed);
      const v = m ? oneLineScalar(m[2]!) : undefined;
      if (m && v !== undefined) s.fields[m[1] as 'path' | 'repo' | 'ref'] = v;
      return;
    }
    s.state = 'ann';
  }
  if (s.state === 'ann') {
    if (indent > s.metaIndent!) {
      s.annIndent ??= indent;
      if (indent === s.annIndent && ORIGIN_KEY.test(trimmed)) {
        s.state = 'origin';
        s.keyIndent = indent;
        s.fields = {};
      }
      return;
    }
    s.state = 'meta';
  }
  if (s.state === 'meta') {
    if (indent > 0) {
      s.metaIndent ??= indent;
      if (indent === s.metaIndent && /^annotations:[ \t]*$/.test(trimmed)) {
        s.state = 'ann';
        s.annIndent = undefined;
      }
      return;
    }
    s.state = 'top';
  }
  if (indent === 0 && /^metadata:[ \t]*$/.test(l)) {
    s.state = 'meta';
    s.metaIndent = undefined;
  }
}

/**
 * The file a kustomize origin annotation names: its `path` (relative to the kustomization
 * directory `kustomize build` was given), or `REPO//PATH?ref=REF` for a remote one (kustomize's
 * own spelling of a remote resource), as kustomize api/resource/origin.go Origin writes them.
 */
function originName(f: OriginScan['fields']): string | undefined {
  if (!f.path) return undefined;
  if (!f.repo) return f.path;
  return `${f.repo}//${f.path}${f.ref ? `?ref=${f.ref}` : ''}`;
}

/**
 * The template of every document that names one: its `# Source:` among its leading comment lines
 * (helm template), else its `config.kubernetes.io/origin` annotation (kustomize with
 * `buildMetadata: [originAnnotations]`); [] for a file that is neither.
 */
export function helmDocuments(text: string): HelmDocument[] {
  const helm = text.includes('# Source: ');
  const kustomize = text.includes('config.kubernetes.io/origin');
  if (!helm && !kustomize) return [];
  const out: HelmDocument[] = [];
  // Lines as src/load/source.ts counts them (LF, CRLF or a lone CR, as go-yaml reads them), so that a
  // comment never runs on past what the YAML reader takes as its end.
  const breaks = /\r\n?|\n/g;
  let offset = 0;
  let line = 1;
  /** The document being read: where it started, whether its content has begun, its template. */
  type Doc = { from: number; fromLine: number; content: boolean; template?: string; origin?: OriginScan };
  const fresh = (from: number, fromLine: number): Doc => ({ from, fromLine, content: false, ...(kustomize ? { origin: { state: 'top', fields: {} } } : {}) });
  let doc = fresh(0, 1);
  const close = (to: number, toLine: number): void => {
    const origin = doc.origin ? originName(doc.origin.fields) : undefined;
    const template = doc.template ?? (origin !== undefined && origin.length <= MAX_TEMPLATE ? origin : undefined);
    if (template !== undefined) out.push({ from: doc.from, to, fromLine: doc.fromLine, toLine, template });
  };
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const l = text.slice(offset, end);
    if (/^---(?:[ \t]|$)/.test(l)) {
      // The `---` line ends the document before it: the YAML reader reports an unclosed
      // collection or quote there, at the start of the separator. The next one starts below it.
      const next = m ? end + m[0].length : text.length;
      close(next, line);
      doc = fresh(next, line + 1);
    } else {
      if (!doc.content) {
        const source = helm ? SOURCE.exec(l) : null;
        if (source && doc.template === undefined && source[1]!.length <= MAX_TEMPLATE) doc.template = source[1]!;
        else if (!/^[ \t]*(?:#.*)?$/.test(l)) doc.content = true;
      }
      if (doc.content && doc.origin && doc.template === undefined) scanOrigin(doc.origin, l);
    }
    if (!m) break;
    offset = end + m[0].length;
    line++;
  }
  close(text.length, line);
  return out;
}

/** The template of the document that holds `offset`, or undefined. */
export function templateAtOffset(docs: readonly HelmDocument[] | undefined, offset: number): string | undefined {
  return docs?.find((d) => offset >= d.from && offset < Math.max(d.to, d.from + 1))?.template;
}

/**
 * True when `template` is a plain relative path that can name a file inside a chart: no absolute
 * path or drive, no `.`/`..`/empty segment, no backslash, no character a screen acts on. Anything
 * else is shown as text and never mapped onto a file (so never annotated).
 */
export function repoSafe(template: string): boolean {
  if (template.length === 0 || template.length > MAX_TEMPLATE) return false;
  if (UNPRINTABLE.test(template) || template.includes('\\') || /^[A-Za-z]:/.test(template)) return false;
  return template.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/**
 * Where a chart's templates are in the repository: `name` as Chart.yaml gives it (the first
 * segment of every `# Source:` path it renders), `dir` its directory relative to the repository
 * root, with forward slashes ('' for the root itself).
 */
export interface HelmChartDir {
  name: string;
  dir: string;
}

/**
 * The repository path of `template` when one of `charts` rendered it (its first segment is the
 * chart's name): `dir` + the rest. Undefined for an unsafe path or an unknown chart. Whether the
 * file exists is for the caller to check (a packaged or aliased subchart has none).
 */
export function templateRepoPath(template: string, charts: readonly HelmChartDir[]): string | undefined {
  if (!repoSafe(template)) return undefined;
  const slash = template.indexOf('/');
  if (slash < 0) return undefined;
  const name = template.slice(0, slash);
  const chart = charts.find((c) => c.name === name);
  if (!chart) return undefined;
  const rest = template.slice(slash + 1);
  return chart.dir ? `${chart.dir}/${rest}` : rest;
}

/** Maps a `# Source:` path onto a file of the repository (relative to its root, forward slashes), or undefined. */
export type TemplateResolver = (template: string) => string | undefined;

const cache = new WeakMap<object, HelmDocument[]>();

/** helmDocuments of a loaded file, found on first use (a file travels from a worker thread as its text). */
export function helmDocumentsOf(file: { text: string }): HelmDocument[] {
  let docs = cache.get(file);
  if (!docs) cache.set(file, (docs = helmDocuments(file.text)));
  return docs;
}
