interface Env {
    [name: string]: string | undefined;
}
/** What GitHub shows of a step's annotations: 10 errors and 10 warnings (notices are not written). */
export declare const ANNOTATION_LIMIT = 10;
/** The comment's size budget, under GitHub's 65,536 characters for a comment body. */
export declare const COMMENT_BUDGET = 60000;
export interface Annotations {
    lines: string[];
    found: {
        error: number;
        warning: number;
    };
    shown: {
        error: number;
        warning: number;
    };
    /** Findings left out because their file is not among the changed files. */
    unchanged: number;
}
/**
 * Chooses the `::error`/`::warning` lines of the github format to write: with a set of changed
 * files only those on them (a line without a file, e.g. about the run, always counts), errors
 * before warnings, at most ANNOTATION_LIMIT of each, since GitHub shows no more per step.
 */
export declare function chooseAnnotations(github: string, changed: Set<string> | undefined, mode: 'changed' | 'all' | 'none'): Annotations;
/** The comment's hidden first line; `key` tells apart the comments of several jobs on one pull request. */
export declare function commentMarker(key: string): string;
export interface ActionResult {
    exitCode: number;
    /** The comment to post, when a token was given and the event allows it. */
    post?: {
        body: string;
        marker: string;
        token: string;
    };
}
export declare function runAction(env: Env, io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
}): ActionResult;
/**
 * Posts the plan comment on the pull request, or updates the one this action posted before (a
 * bot's comment starting with the marker): GitHub's REST API (list issue comments, then PATCH
 * /issues/comments/{id} or POST /issues/{n}/comments). Only on a pull_request event from this
 * repository: a pull request from a fork gets a read-only token, so nothing is sent and the log
 * says how to post from a workflow_run workflow instead. A failure is a warning, not a failed step.
 */
export declare function postComment(env: Env, post: NonNullable<ActionResult['post']>, log: (s: string) => void): Promise<'created' | 'updated' | 'skipped' | 'failed'>;
export declare function main(env: Env, io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
}): Promise<number>;
export {};
