import type { LintInput } from '../lint/engine.js';
import { type Ignores } from './files.js';
import type { InputError } from '../types.js';
export declare class GitError extends Error {
}
/** The top-level directory of the git work tree containing `cwd`, or undefined. */
export declare function gitTopLevel(cwd: string): string | undefined;
/**
 * The top-level directory of the repository at `cwd`, after checking that `ref` names one of its
 * commits; a GitError says what is wrong (no repository, a `-` that git would read as an option, no
 * such revision).
 */
export declare function repositoryAt(ref: string, cwd: string): string;
/**
 * The manifests at `ref` under the given paths (files or directories, as on the command line):
 * files that exist there now and files that existed there at `ref` (deleted since). Under a
 * directory, what walking it now would skip is left out (`ignores`, loaded, judge the working
 * tree's paths; Helm chart files are found from `ref`'s tree) and the rest is `discovered`.
 * Symbolic links are followed as walking follows them: a named one wherever it leads in the
 * repository, a found one only into the paths given and to a file not read already. Each input is
 * named `REF:path` and carries the path in the working tree (LintInput.revision); a file over
 * `maxFileBytes` is an input error instead.
 */
export declare function manifestsAtRevision(ref: string, paths: string[], cwd: string, ignores?: Ignores, maxFileBytes?: number): {
    inputs: LintInput[];
    errors: InputError[];
    revisions: Record<string, {
        ref: string;
        path: string;
    }>;
};
