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
 * Pure: no file system access here (the mapping onto files is the CLI's, src/cli/files.ts).
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

/** The `# Source:` of every document that has one among its leading comment lines; [] for a file that is not Helm output. */
export function helmDocuments(text: string): HelmDocument[] {
  if (!text.includes('# Source: ')) return [];
  const out: HelmDocument[] = [];
  // Lines as src/load/source.ts counts them (LF, CRLF or a lone CR, as go-yaml reads them), so that a
  // comment never runs on past what the YAML reader takes as its end.
  const breaks = /\r\n?|\n/g;
  let offset = 0;
  let line = 1;
  /** The document being read: where it started, whether its content has begun, its template. */
  let doc: { from: number; fromLine: number; content: boolean; template?: string } = { from: 0, fromLine: 1, content: false };
  const close = (to: number, toLine: number): void => {
    if (doc.template !== undefined) out.push({ from: doc.from, to, fromLine: doc.fromLine, toLine, template: doc.template });
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
      doc = { from: next, fromLine: line + 1, content: false };
    } else if (!doc.content) {
      const source = SOURCE.exec(l);
      if (source && doc.template === undefined && source[1]!.length <= MAX_TEMPLATE) doc.template = source[1]!;
      else if (!/^[ \t]*(?:#.*)?$/.test(l)) doc.content = true;
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
