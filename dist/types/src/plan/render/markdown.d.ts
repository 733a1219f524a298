/** `stsplan plan --format markdown`: a pull request comment. */
import type { Plan } from '../types.js';
export declare function formatPlanMarkdown(plan: Plan): string;
export interface CommentOptions {
    /** At most this many characters (UTF-16 code units, never fewer than GitHub's characters). */
    budget: number;
    /** First line: a hidden HTML comment by which a workflow finds the comment to update. */
    marker: string;
    /** Where the whole plan is (e.g. a link to the job summary), as Markdown. */
    fullPlan: string;
}
/** GitHub refuses an issue comment body of more than 65,536 characters (422 "Body is too long"). */
export declare const COMMENT_LIMIT = 65536;
/**
 * The plan as a pull request comment of at most `budget` characters: the marker, the summary, then
 * what a reviewer must see first (blocked and rejected sets, input errors), the table's rows
 * (rejected, blocked and unplanned sets first), warnings, then the per-set timelines; an entry
 * that does not fit whole is cut to its compact form (a timeline to its headline and story) or
 * left out, and a closing note says what was left out and where the whole plan is. Entries are
 * never cut mid-way, so every fence and <details> stays closed.
 */
export declare function formatPlanMarkdownComment(plan: Plan, options: CommentOptions): string;
