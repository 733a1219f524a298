/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which the
 * runner turns into annotations on the pull request's lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { LintReport } from '../engine.js';
import { rootRelative } from './report-paths.js';
import { elsewhereText } from './related.js';
import { printable } from '../printable.js';

/** Escaping of a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export interface GithubOptions {
  cwd: string;
  /** Paths are made relative to this (GITHUB_WORKSPACE, else cwd). */
  root: string;
  includeInfo: boolean;
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
      const props = report.revisions?.[d.file] ? [title] : [`file=${escapeProperty(printable(file))}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, title];
      const where = report.revisions?.[d.file] ? `${file}:${start.line}:${start.column}: ` : '';
      const hint = 'hint' in d && d.hint ? `\nFix: ${printable(d.hint)}` : '';
      const related = 'related' in d ? (d.related ?? []).map((r) => ({ message: r.message, file: shown(r.file), line: r.range.start.line, column: r.range.start.column })) : [];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(printable(where + d.message + elsewhereText(related, file)) + hint)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
