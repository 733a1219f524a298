/**
 * Related objects in other files, named in the text of a finding: a reader of one file's findings
 * (a terminal, an annotation on one line of a pull request) cannot see the Service in the other file
 * that the finding is about.
 */
export interface RelatedLike {
  message: string;
  file: string;
  line: number;
  column: number;
  /** The Helm template of a related place in `helm template` output (see Finding.template). */
  template?: string;
}

/** " (see k8s/svc.yaml:5:9: clusterIP "10.0.0.1" here)", or "" when every related location is in `file`. */
export function elsewhereText(related: readonly RelatedLike[] | undefined, file: string): string {
  const other = (related ?? []).filter((r) => r.file !== file);
  if (other.length === 0) return '';
  return ` (see ${other.map((r) => `${r.file}:${r.line}:${r.column}${r.template === undefined ? '' : `, rendered from ${r.template}`}: ${r.message}`).join('; ')})`;
}

/**
 * Every related location on a line of its own, for output that has room under a finding (stylish):
 * "k8s/svc.yaml:5:9: clusterIP "10.0.0.1" here", or "12:3: …" when it is in `file` itself.
 */
export function relatedLines(related: readonly RelatedLike[] | undefined, file: string): string[] {
  return (related ?? []).map((r) => `${r.file === file ? '' : `${r.file}:`}${r.line}:${r.column}${r.template === undefined ? '' : `, rendered from ${r.template}`}: ${r.message}`);
}
