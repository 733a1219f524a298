/**
 * What a value is, for messages about a field of the wrong type: `null`, `a list`, `a map`,
 * `string "abc"` (its first 40 characters), `number 5`, `boolean true`.
 */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}
