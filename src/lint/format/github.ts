/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which the
 * runner turns into annotations on the pull request's lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { LintReport } from '../engine.js';
import { rootRelative } from './report-paths.js';
import { elsewhereText } from './related.js';
import { printable } from '../../text/printable.js';
import type { TemplateResolver } from '../../load/helm-source.js';

/** Escaping of a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Undoes escapeProperty (the Action reads the file of an annotation back). */
export function unescapeProperty(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[c]!);
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export interface GithubOptions {
  cwd: string;
  /** Paths are made relative to this (GITHUB_WORKSPACE, else cwd). */
  root: string;
  includeInfo: boolean;
  /**
   * Maps a Helm template named by a `# Source:` comment onto its file in the repository (relative
   * to root), when that file exists there (see helmTemplateResolver in src/cli/files.ts).
   */
  templates?: TemplateResolver;
}

export function formatGithub(report: LintReport, options: GithubOptions): string {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'info' && !options.includeInfo) continue;
      // A file at the --base revision (REF:path) is named as such: its lines are not the pull request's.
      const shown = (f: string): string => (report.revisions?.[f] ? f : rootRelative(f, options.cwd, options.root));
      const file = shown(d.file);
      const { start, end } = d.range;
      // The runner's log shows these lines and acts on terminal escapes: a path or message with ESC
      // or a bidi override is written with escapes, as in every human-readable format.
      const title = `title=${escapeProperty(d.ruleId === 'input' ? `stsplan: input ${d.severity}` : d.ruleId)}`;
      // In `helm template` output, the template the document was rendered from is the file to
      // change: annotate it when it is a file of the repository. Its own lines are not known (Helm
      // renders it), so the annotation is on its first line (the check run annotations API needs a
      // start_line: https://docs.github.com/rest/checks/runs#create-a-check-run) and the message
      // gives the place in the rendered output. A template that is no file here (a packaged or
      // aliased subchart, a forged path) is only named in the message: GitHub drops annotations on
      // files outside the repository.
      const template = d.template === undefined ? undefined : options.templates?.(d.template);
      const revision = report.revisions?.[d.file];
      const annotated = template ?? file;
      const props = revision ? [title] : template !== undefined ? [`file=${escapeProperty(printable(template))}`, 'line=1', title] : [`file=${escapeProperty(printable(file))}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, title];
      const where = revision || template !== undefined ? `${file}:${start.line}:${start.column}: ` : '';
      const from = d.template === undefined ? '' : ` (rendered from ${d.template}${template !== undefined ? `; ${start.line}:${start.column} is the line and column in the rendered output` : ''})`;
      const hint = 'hint' in d && d.hint ? `\nFix: ${printable(d.hint)}` : '';
      const related = 'related' in d ? (d.related ?? []).map((r) => ({ message: r.message, file: shown(r.file), line: r.range.start.line, column: r.range.start.column, template: r.template })) : [];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(printable(where + d.message + from + elsewhereText(related, annotated)) + hint)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
