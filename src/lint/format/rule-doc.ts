/**
 * `stsplan rules` and `stsplan explain RULE`: the rule list as a table, and a rule's Markdown doc
 * (rules/<id>.md) as plain terminal text: headings underlined, code blocks indented, emphasis and
 * inline code marks dropped, links as "text (url)".
 */
import type { RuleMeta } from '../rule.js';
import { printable } from '../../text/printable.js';

export function formatRulesTable(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(2, ...rules.map((r) => r.id.length));
  const sevWidth = Math.max(8, ...rules.map((r) => r.severity.length));
  const lines = [`${'RULE'.padEnd(idWidth)}  ${'SEVERITY'.padEnd(sevWidth)}  DESCRIPTION`];
  for (const r of rules) lines.push(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(sevWidth)}  ${r.description}${r.requires === 'base' ? ' (with --from or --base)' : ''}`);
  lines.push('', `${rules.length} rules. "stsplan explain RULE" shows a rule's documentation.`);
  return lines.map(printable).join('\n') + '\n';
}

export function formatRulesJson(rules: readonly RuleMeta[]): string {
  return JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, ...(r.requires ? { requires: r.requires } : {}), docs: r.docs.url, messages: r.messages })), null, 2) + '\n';
}

/** Inline Markdown made plain: **bold**, `code`, [text](url). */
function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^`])`([^`]+)`(?!`)/g, '$1$2');
}

export function renderRuleDoc(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const f = /^\s*(```+|~~~+)(.*)$/.exec(line);
    if (fence !== null) {
      if (f && f[1]!.startsWith(fence)) {
        fence = null;
        out.push('');
      } else out.push(`    ${line}`);
      continue;
    }
    if (f) {
      fence = f[1]!;
      // A fence's language (yaml) is no reading matter; the indented block is the code.
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const title = inline(h[2]!);
      if (out.length && out[out.length - 1] !== '') out.push('');
      if (h[1]!.length === 1) out.push(title, '='.repeat(title.length));
      else if (h[1]!.length === 2) out.push(title, '-'.repeat(title.length));
      else out.push(`${title}:`);
      continue;
    }
    out.push(inline(line.replace(/^(\s*)[-*] /, '$1• ')));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  // Collapse runs of blank lines left by fences next to blank lines.
  const text = out.filter((l, i) => !(l === '' && out[i - 1] === '')).map(printable);
  return text.join('\n') + '\n';
}
