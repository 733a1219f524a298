/**
 * "Did you mean …?" for a mistyped command, option, rule id or config key: one implementation
 * for the command line and the config file; its edit distance also finds misspelt kinds
 * (src/k8s/api-versions.ts).
 */
/** Levenshtein distance (insertions, deletions, substitutions), with a transposition counted as one edit. */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate closest to `input`, when it is close enough to be a typo: at most a third of
 * the input's length in edits (at least 1, at most 3), as git's and cargo's suggestions are
 * bounded; ties go to the earlier candidate. Case is ignored.
 */
export declare function closest(input: string, candidates: Iterable<string>): string | undefined;
/** " Did you mean X?", or "" when nothing is close. */
export declare function didYouMean(input: string, candidates: Iterable<string>, show?: (c: string) => string): string;
