/** The README's rule table, generated from rule metadata (`npm run docs`; a test checks it is current). */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../lint/rule.js';

export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

export function rulesTable(rules: readonly RuleMeta[]): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.description} | ${r.severity} |`);
  return ['| rule | what it checks | default |', '|---|---|---|', ...rows].join('\n');
}

export function withTable(readme: string, rules: readonly RuleMeta[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README has no rules-table markers');
  return `${readme.slice(0, start + TABLE_START.length)}\n${rulesTable(rules)}\n${readme.slice(end)}`;
}

/** `node build/src/cli/docs.js README.md` rewrites the table in place. */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { rules } = await import('../../rules/index.js');
  const file = process.argv[2] ?? 'README.md';
  writeFileSync(file, withTable(readFileSync(file, 'utf8'), rules.map((r) => r.meta)));
}
