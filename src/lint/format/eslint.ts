/** Projects a LintReport onto ESLint's LintResult shape, so ESLint formatters and tooling work. */
import { resolve } from 'node:path';
import type { LintReport } from '../engine.js';
import type { RuleMeta } from '../rule.js';
import { isInputError, isStreamName } from '../../types.js';

export interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  /** The rule's message id, as in ESLint's LintMessage. */
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Present on info-level findings, which ESLint has no level for. */
  level?: 'info';
  /** True for input errors (unreadable or unparsable input), as ESLint marks parse errors. Input warnings keep ruleId null too. */
  fatal?: boolean;
  hint?: string;
  /**
   * In `helm template` output: the template the finding's document was rendered from, as its
   * `# Source:` comment names it. `line` and `column` stay those of the result's filePath (the
   * rendered output), which ESLint's consumers read them against.
   */
  template?: string;
  relatedLocations?: { message: string; filePath: string; line: number; column: number; endLine: number; endColumn: number; template?: string }[];
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  /** Info-level findings (not in warningCount). */
  infoCount: number;
}

export function rulesMeta(rules: readonly RuleMeta[]): Record<string, { docs: { description: string; url: string } }> {
  const out: Record<string, { docs: { description: string; url: string } }> = {};
  for (const r of rules) out[r.id] = { docs: { description: r.description, url: r.docs.url } };
  return out;
}

export function toEslintResults(report: LintReport, options: { cwd: string; includeInfo: boolean }): EslintResult[] {
  // stdin, and a file at the --base revision (REF:path), are no path on disk to resolve.
  const filePath = (file: string): string => (isStreamName(file) || report.revisions?.[file] ? file : resolve(options.cwd, file));
  return report.files.map((f) => {
    const messages: EslintMessage[] = [];
    let errorCount = 0;
    let warningCount = 0;
    let fatalErrorCount = 0;
    let infoCount = 0;
    for (const d of f.diagnostics) {
      if (d.severity === 'info') {
        infoCount++;
        if (!options.includeInfo) continue;
      } else if (d.severity === 'error') errorCount++;
      else warningCount++;
      // As ESLint's parse errors; a symbolic link not followed (an input warning) is not fatal.
      const fatal = isInputError(d);
      if (fatal) fatalErrorCount++;
      const m: EslintMessage = {
        ruleId: d.ruleId === 'input' ? null : d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
      };
      if ('messageId' in d && d.messageId !== undefined) m.messageId = d.messageId;
      if (d.severity === 'info') m.level = 'info';
      if (fatal) m.fatal = true;
      if ('hint' in d && d.hint) m.hint = d.hint;
      if (d.template !== undefined) m.template = d.template;
      if ('related' in d && d.related?.length) {
        m.relatedLocations = d.related.map((r) => ({
          message: r.message,
          filePath: filePath(r.file),
          line: r.range.start.line,
          column: r.range.start.column,
          endLine: r.range.end.line,
          endColumn: r.range.end.column,
          ...(r.template !== undefined ? { template: r.template } : {}),
        }));
      }
      messages.push(m);
    }
    return {
      filePath: filePath(f.path),
      messages,
      errorCount,
      warningCount,
      fatalErrorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      infoCount,
    };
  });
}
