/** The default human format, through eslint-formatter-pretty (loaded only when used). */
import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
import { rulesMeta } from './eslint.js';
import { relative } from 'node:path';
import { elsewhereText } from './related.js';
import { printable } from '../printable.js';

export async function formatStylish(results: EslintResult[], rules: readonly RuleMeta[], cwd: string): Promise<string> {
  const withFindings = results.filter((r) => r.messages.length > 0);
  if (withFindings.length === 0) return '';
  const { default: pretty } = await import('eslint-formatter-pretty');
  // The formatter sorts in place; give it copies, with related objects in other files and the hint after the message.
  const shown = (file: string): string => (file === '<stdin>' ? file : relative(cwd, file) || file);
  // Info findings (shown with --verbose) are counted as warnings for the formatter, which prints
  // nothing when it counts neither; the summary line is put right below.
  const infos = withFindings.reduce((n, r) => n + r.messages.filter((m) => m.level === 'info').length, 0);
  const warnings = withFindings.reduce((n, r) => n + r.warningCount, 0);
  // File paths and input errors' messages are printed as they are: escape what a terminal would act on.
  const copies = withFindings.map((r) => ({
    ...r,
    filePath: printable(r.filePath),
    warningCount: r.warningCount + r.messages.filter((m) => m.level === 'info').length,
    messages: r.messages.map((m) => {
      const related = (m.relatedLocations ?? []).map((l) => ({ message: l.message, file: shown(l.filePath), line: l.line, column: l.column, template: l.template }));
      const message = m.message + elsewhereText(related, shown(r.filePath)) + (m.template === undefined ? '' : ` (rendered from ${m.template})`);
      return { ...m, message: printable(m.hint ? `${message}. Fix: ${m.hint}` : message) };
    }),
  }));
  type PrettyInput = Parameters<typeof pretty>[0];
  type PrettyData = Parameters<typeof pretty>[1];
  let text = pretty(copies as unknown as PrettyInput, { rulesMeta: rulesMeta(rules) } as unknown as PrettyData);
  if (infos > 0) {
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    // The last count of warnings is the summary's; keep its colour codes around the new text.
    const at = text.lastIndexOf(plural(warnings + infos, 'warning'));
    if (at >= 0) text = text.slice(0, at) + (warnings > 0 ? `${plural(warnings, 'warning')}, ` : '') + `${infos} info` + text.slice(at + plural(warnings + infos, 'warning').length);
  }
  return text + '\n';
}
