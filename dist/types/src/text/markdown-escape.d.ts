/**
 * Inline text, mid-line or at the start of a paragraph, list item, quote, heading or table cell.
 * Escaped with backslashes (CommonMark renders an escaped ASCII punctuation character as itself):
 * the characters that open inline syntax anywhere in a line: `\\` escapes, `&` entities, `` ` ``
 * code spans, `*` and `_` emphasis, `[` `]` links, images and footnotes, `<` `>` HTML and
 * autolinks, `~` strikethrough, `|` table cells, `$` GitHub's math, `#` a heading's closing
 * sequence; the `:` of `://` and the `.` of `www.` (cmark-gfm's extended autolinks look for those
 * in the source); and at the start, what would open a block there: a list marker (`-`, `+`,
 * `1. `), a setext underline (`=`) or indentation. Line breaks and control characters become
 * `\u000a` first (printable). `@` and `#` get a zero-width space after them (see above). The rest
 * (`-` and `.` in names, `(`, `:`) is left alone, so that the Markdown source stays readable.
 */
export declare function mdText(s: string): string;
/**
 * A code span showing `s` exactly (but for control characters, written as escapes): delimited by
 * a backtick run longer than any in `s`, padded with a space when `s` starts or ends with a
 * backtick or a space (CommonMark strips one space from each end). Mentions are not looked for
 * in code.
 */
export declare function mdCode(s: string): string;
/**
 * A table cell's inline Markdown. GFM splits a row at every `|` not preceded by a backslash and
 * then removes one backslash before each `|` (cmark-gfm's unescape_pipes, markdown-it's
 * escapedSplit), in code spans too; escaping every pipe gives the inline Markdown back unchanged.
 */
export declare function mdCell(markdown: string): string;
/** Text inside raw HTML (`<summary>`), where Markdown is not parsed: entities, and no line breaks. */
export declare function mdHtml(s: string): string;
/**
 * A fenced code block of `lines`, each one line whatever it holds: control characters and line
 * breaks (a carriage return ends a line too) written as escapes. The fence is longer than any run
 * of backticks in the lines, so no line closes the block.
 */
export declare function mdFence(lines: readonly string[], info: string): string[];
