/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule in
 * `tool.driver.rules` with its documentation, every result with a full region (start and end line
 * and column) and `relatedLocations` where a finding has a second place.
 */
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result, Location } from 'sarif';
import type { LintReport } from '../engine.js';
import type { RuleMeta } from '../rule.js';
import { isStreamName, STDIN_NAME, type Range, type Severity } from '../../types.js';
import { rootRelative } from './report-paths.js';
import type { TemplateResolver } from '../../load/helm-source.js';
import { HOMEPAGE, packageVersion, ruleDocText } from '../../version.js';

export interface SarifOptions {
  cwd: string;
  /** Artifact URIs are relative to this (the repository root, e.g. GITHUB_WORKSPACE). */
  root: string;
  includeInfo: boolean;
  /** As GithubOptions.templates: a Helm template's file in the repository, relative to root. */
  templates?: TemplateResolver;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The pseudo-rule input errors are reported under (a file that cannot be read or parsed). */
const INPUT_RULE: Descriptor = { id: 'input', severity: 'error', description: 'Report input that cannot be read, parsed or recognised as a Kubernetes object', docs: { url: `${HOMEPAGE}#exit-codes` } };

/** What a SARIF rule descriptor is made of: a rule's metadata, or the input pseudo-rule's. */
type Descriptor = Pick<RuleMeta, 'id' | 'severity' | 'description' | 'docs'>;

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
}

/** Names for ids that are a single word (SARIF wants the name to differ from the id). */
const FRIENDLY: Record<string, string> = { input: 'InputError', schema: 'SchemaViolation' };

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function descriptor(meta: Descriptor): ReportingDescriptor {
  const doc = meta.id === 'input' ? undefined : ruleDocText(meta.id);
  const d: ReportingDescriptor = {
    id: meta.id,
    shortDescription: { text: sentence(meta.description) },
    fullDescription: { text: sentence(meta.description) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['kubernetes', 'statefulset'] },
  };
  // SARIF wants a name that differs from the id (SARIF1001), even by case.
  const name = FRIENDLY[meta.id] ?? pascal(meta.id);
  if (name.toLowerCase() !== meta.id.toLowerCase()) d.name = name;
  d.helpUri = meta.docs.url;
  d.help = doc ? { text: doc, markdown: doc } : { text: sentence(meta.description) };
  return d;
}

function region(r: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

const SRCROOT = '%SRCROOT%';

/** What RFC 3986 allows unencoded in a path segment (pchar), less ':', which in a first segment would read as a scheme. */
const SEGMENT_CHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=@]$/;

/**
 * A relative path (forward slashes) as a relative URI reference: every other byte of its UTF-8 is
 * percent-encoded (spaces, '#', '?', '%', ':', '\\', non-ASCII), so that resolving it against the
 * root gives back the file.
 */
export function relativeUri(path: string): string {
  const encoder = new TextEncoder();
  return path
    .split('/')
    .map((segment) => Array.from(encoder.encode(segment), (b) => (SEGMENT_CHAR.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join(''))
    .join('/');
}

/** ` (rendered from TEMPLATE)` for a place in `helm template` output, else ''. */
const rendered = (template: string | undefined): string => (template === undefined ? '' : ` (rendered from ${template})`);

export function toSarif(report: LintReport, options: SarifOptions): Log {
  const metas = [...report.rules, INPUT_RULE];
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  /** A place in the working tree, or at the --base revision: then the working tree's file, with the revision in `message`. */
  const location = (file: string, range: Range, message?: string, id?: number): Location => {
    const revision = report.revisions?.[file];
    const path = rootRelative(revision?.path ?? file, options.cwd, options.root);
    // A stream is no file of the repository: `stdin` or `render` (the output of a render command), with no base.
    const stream = isStreamName(path);
    const absolute = path.startsWith('/') || stream;
    const loc: Location = {
      physicalLocation: {
        artifactLocation: absolute ? { uri: stream ? (path === STDIN_NAME ? 'stdin' : 'render') : pathToFileURL(path).href } : { uri: relativeUri(path), uriBaseId: SRCROOT },
        region: region(range),
      },
    };
    if (id !== undefined) loc.id = id;
    if (message || revision) loc.message = { text: sentence(`${message ?? ''}${revision ? `${message ? ' ' : ''}(at revision ${revision.ref})` : ''}`) };
    return loc;
  };
  const results: Result[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'info' && !options.includeInfo) continue;
      const hint = 'hint' in d && d.hint ? ` Fix: ${sentence(d.hint)}` : '';
      const revision = report.revisions?.[d.file];
      const result: Result = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex.get(d.ruleId) ?? 0,
        level: LEVEL[d.severity as Severity],
        message: { text: (revision ? `In ${d.file} (the file at revision ${revision.ref}): ` : '') + sentence(d.message + rendered(d.template)) + hint },
        locations: [location(d.file, d.range)],
      };
      const related = 'related' in d ? (d.related ?? []).map((r, i) => location(r.file, r.range, r.message + rendered(r.template), i + 1)) : [];
      // In `helm template` output whose template is a file of the repository, that file is the
      // result's location (SARIF 2.1.0 §3.27.12: where the result was detected; the fix goes
      // there), and the rendered output's place, the only one with a known line, a related location
      // (§3.27.22). The template's region is its first line: §3.29.4 lets a physicalLocation without
      // region stand for the whole artifact, but GitHub code scanning needs region.startLine
      // (sarif-sdk rule GH1003, ProvideRequiredRegionProperties), and §3.28.5 lets the location's
      // message say what the line is.
      const template = d.template === undefined ? undefined : options.templates?.(d.template);
      if (template !== undefined) {
        const { start } = d.range;
        const place = `${d.file}:${start.line}:${start.column}`;
        result.locations = [
          {
            physicalLocation: { artifactLocation: { uri: relativeUri(template), uriBaseId: SRCROOT }, region: { startLine: 1 } },
            message: { text: `The template ${d.template} was rendered to ${place}, where the finding is; the line in the template is not known.` },
          },
        ];
        related.unshift(location(d.file, d.range, `Where the finding is in the output of helm template (rendered from ${d.template})`, related.length + 1));
      }
      if (related.length) result.relatedLocations = related;
      if ('object' in d && d.object) {
        const o = d.object;
        result.properties = { object: `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}` };
      }
      if (d.template !== undefined) result.properties = { ...result.properties, helmTemplate: d.template };
      results.push(result);
    }
  }
  const version = packageVersion();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stsplan',
            fullName: 'stsplan: StatefulSet linter and planner',
            version,
            semanticVersion: version,
            informationUri: HOMEPAGE,
            rules: metas.map(descriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.root.endsWith('/') ? options.root : `${options.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { kubeVersion: report.kubeVersion },
      },
    ],
  };
}

export function formatSarif(report: LintReport, options: SarifOptions): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
