/**
 * Suppressions: per resource with the annotation `stsplan.dev/ignore: rule-a,rule-b` (or `all`),
 * per line with a YAML comment `# stsplan-ignore rule-a, rule-b` on the line or the line above.
 */
import type { Resource } from './loader.js';

export const IGNORE_ANNOTATION = 'stsplan.dev/ignore';

function ids(list: string): Set<string> {
  return new Set(list.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean));
}

export function suppressedBy(resource: Resource, ruleId: string): boolean {
  const meta = resource.object.metadata as { annotations?: Record<string, unknown> } | undefined;
  const value = meta?.annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return false;
  const set = ids(value);
  return set.has(ruleId) || set.has('all');
}

const DIRECTIVE = /#\s*stsplan-ignore(?:-line)?\s+([a-z0-9][a-z0-9\-,\s]*)/;

/** Line (1-based) → rule ids suppressed on that line. */
export function commentSuppressions(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('stsplan-ignore')) return out;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const set = ids(m[1]!.split('#')[0]!);
    const add = (n: number): void => {
      const cur = out.get(n);
      if (cur) for (const id of set) cur.add(id);
      else out.set(n, new Set(set));
    };
    const own = line.slice(0, m.index).trim() === '';
    // A comment on its own line covers the next line; a trailing comment covers its own line.
    if (own) add(i + 2);
    else add(i + 1);
  });
  return out;
}
