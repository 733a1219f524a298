/**
 * Suppressions: per object with the annotation `stsplan.dev/ignore: rule-a,rule-b` (or `all`),
 * per line with a YAML comment `# stsplan-ignore rule-a, rule-b` on the line or the line above.
 * Only comments count: the same text inside a quoted or block scalar is a value, not a directive.
 */
import type { Resource, SourceFile } from '../resource.js';
import { rangeFromOffsets } from '../load/source.js';
import { yamlLib } from '../load/yaml-lib.js';

export const IGNORE_ANNOTATION = 'stsplan.dev/ignore';

function ids(list: string): Set<string> {
  return new Set(list.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean));
}

/** Whether the object's own annotation suppresses the rule. */
export function suppressedBy(resource: Resource, ruleId: string): boolean {
  const meta = resource.object.metadata as { annotations?: Record<string, unknown> } | undefined;
  const value = meta?.annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return false;
  const set = ids(value);
  return set.has(ruleId) || set.has('all');
}

const DIRECTIVE = /#\s*stsplan-ignore(?:-line)?\s+([a-z0-9][a-z0-9\-,\s]*)/;

/** The comment tokens of a YAML text, from the `yaml` library's concrete syntax tree. */
function comments(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  // Iterative, so that deep nesting cannot overflow the stack.
  const stack: unknown[] = [...new (yamlLib().Parser)().parse(text)];
  while (stack.length) {
    const token = stack.pop();
    if (Array.isArray(token)) {
      for (const t of token) stack.push(t);
    } else if (typeof token === 'object' && token !== null) {
      const t = token as { type?: unknown; offset?: unknown; source?: unknown };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') out.push({ offset: t.offset, source: t.source });
      else for (const v of Object.values(token)) if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return out;
}

/** Line (1-based) → rule ids suppressed on that line, from the file's comments. */
export function commentSuppressions(file: SourceFile): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const text = file.blanked ?? file.text;
  if (!text.includes('stsplan-ignore')) return out;
  for (const { offset, source } of comments(text)) {
    const m = DIRECTIVE.exec(source);
    if (!m) continue;
    const set = ids(m[1]!.split('#')[0]!);
    const { line, column } = rangeFromOffsets(file, offset, offset).start;
    // A comment on its own line covers the next line; a trailing comment covers its own line.
    const own = file.text.slice(offset - column + 1, offset).trim() === '';
    const n = own ? line + 1 : line;
    const cur = out.get(n);
    if (cur) for (const id of set) cur.add(id);
    else out.set(n, new Set(set));
  }
  return out;
}
