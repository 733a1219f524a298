/**
 * "Did you mean …?" for a mistyped command, option, rule id or config key: one implementation
 * for the command line and the config file; its edit distance also finds misspelt kinds
 * (src/k8s/api-versions.ts).
 */

/** Levenshtein distance (insertions, deletions, substitutions), with a transposition counted as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `input`, when it is close enough to be a typo: at most a third of
 * the input's length in edits (at least 1, at most 3), as git's and cargo's suggestions are
 * bounded; ties go to the earlier candidate. Case is ignored.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = editDistance(lower, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** " Did you mean X?", or "" when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, show: (c: string) => string = (c) => c): string {
  const c = closest(input, candidates);
  return c === undefined ? '' : ` Did you mean ${show(c)}?`;
}
