/** The default human format, through eslint-formatter-pretty (loaded only when used). */
import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
import { rulesMeta } from './eslint.js';

export async function formatStylish(results: EslintResult[], rules: readonly RuleMeta[]): Promise<string> {
  const withFindings = results.filter((r) => r.messages.length > 0);
  if (withFindings.length === 0) return '';
  const { default: pretty } = await import('eslint-formatter-pretty');
  // The formatter sorts in place; give it copies, with the hint after the message.
  const copies = withFindings.map((r) => ({
    ...r,
    messages: r.messages.map((m) => ({ ...m, message: m.hint ? `${m.message}. Fix: ${m.hint}` : m.message })),
  }));
  type PrettyInput = Parameters<typeof pretty>[0];
  type PrettyData = Parameters<typeof pretty>[1];
  return pretty(copies as unknown as PrettyInput, { rulesMeta: rulesMeta(rules) } as unknown as PrettyData) + '\n';
}
