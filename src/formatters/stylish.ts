/** The default human format, through eslint-formatter-pretty (loaded only when used). */
import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
import { rulesMeta } from './eslint.js';
import { relative } from 'node:path';
import { elsewhereText } from './related.js';

export async function formatStylish(results: EslintResult[], rules: readonly RuleMeta[], cwd: string): Promise<string> {
  const withFindings = results.filter((r) => r.messages.length > 0);
  if (withFindings.length === 0) return '';
  const { default: pretty } = await import('eslint-formatter-pretty');
  // The formatter sorts in place; give it copies, with related objects in other files and the hint after the message.
  const shown = (file: string): string => (file === '<stdin>' ? file : relative(cwd, file) || file);
  const copies = withFindings.map((r) => ({
    ...r,
    messages: r.messages.map((m) => {
      const related = (m.relatedLocations ?? []).map((l) => ({ message: l.message, file: shown(l.filePath), line: l.line, column: l.column }));
      const message = m.message + elsewhereText(related, shown(r.filePath));
      return { ...m, message: m.hint ? `${message}. Fix: ${m.hint}` : message };
    }),
  }));
  type PrettyInput = Parameters<typeof pretty>[0];
  type PrettyData = Parameters<typeof pretty>[1];
  return pretty(copies as unknown as PrettyInput, { rulesMeta: rulesMeta(rules) } as unknown as PrettyData) + '\n';
}
