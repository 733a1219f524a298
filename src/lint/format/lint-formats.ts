/** Every lint report format behind one function; heavier formatters are loaded only when used. */
import type { LintReport } from '../engine.js';
import { resolve } from 'node:path';
import { toEslintResults, rulesMeta } from './eslint.js';
import type { TemplateResolver } from '../../load/helm-source.js';
import { isStreamName } from '../../types.js';

export const BUILTIN_LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

export interface ReportContext {
  cwd: string;
  /** Repository root for the path-sensitive formats (sarif, github). */
  root: string;
  verbose: boolean;
  maxWarnings?: number;
  /** Maps a Helm template (`# Source:`) onto its file in the repository, relative to root (sarif, github). */
  templates?: TemplateResolver;
  /** The terminal's width, for stylish. */
  columns?: number;
  /** Whether stylish may write colour codes of its own. */
  colour?: boolean;
}

/** Absolute path → the path as the report names it (as the user gave it), for stylish. */
function shownPaths(report: LintReport, cwd: string): Map<string, string> {
  const shown = new Map<string, string>();
  const add = (p: string): void => {
    if (!isStreamName(p) && !report.revisions?.[p]) shown.set(resolve(cwd, p), p);
  };
  for (const f of report.files) {
    add(f.path);
    for (const d of f.diagnostics) for (const r of ('related' in d ? d.related : undefined) ?? []) add(r.file);
  }
  return shown;
}

/** Renders a report in a built-in format or through an ESLint formatter module named `format`. */
export async function formatReport(format: string, report: LintReport, ctx: ReportContext): Promise<string> {
  switch (format) {
    case 'stylish': {
      const { formatStylish } = await import('./stylish.js');
      return formatStylish(toEslintResults(report, { cwd: ctx.cwd, includeInfo: ctx.verbose }), report.rules, {
        cwd: ctx.cwd,
        shown: shownPaths(report, ctx.cwd),
        ...(ctx.columns ? { columns: ctx.columns } : {}),
        colour: ctx.colour ?? false,
      });
    }
    case 'json': {
      const { formatJson } = await import('./json.js');
      return formatJson(toEslintResults(report, { cwd: ctx.cwd, includeInfo: true }));
    }
    case 'sarif': {
      const { formatSarif } = await import('./sarif.js');
      return formatSarif(report, { cwd: ctx.cwd, root: ctx.root, includeInfo: true, ...(ctx.templates ? { templates: ctx.templates } : {}) });
    }
    case 'github': {
      const { formatGithub } = await import('./github.js');
      return formatGithub(report, { cwd: ctx.cwd, root: ctx.root, includeInfo: ctx.verbose, ...(ctx.templates ? { templates: ctx.templates } : {}) });
    }
    case 'junit': {
      const { formatJunit } = await import('./junit.js');
      return formatJunit(report, { includeInfo: ctx.verbose });
    }
    default: {
      const { loadFormatter } = await import('./module.js');
      const formatter = await loadFormatter(format, ctx.cwd);
      const results = toEslintResults(report, { cwd: ctx.cwd, includeInfo: ctx.verbose });
      const exceeded = ctx.maxWarnings !== undefined && ctx.maxWarnings >= 0 && report.warningCount > ctx.maxWarnings;
      const text = await formatter(results, {
        cwd: ctx.cwd,
        rulesMeta: rulesMeta(report.rules),
        ...(exceeded ? { maxWarningsExceeded: { maxWarnings: ctx.maxWarnings!, foundWarnings: report.warningCount } } : {}),
      });
      return typeof text === 'string' && text !== '' && !text.endsWith('\n') ? `${text}\n` : String(text ?? '');
    }
  }
}
