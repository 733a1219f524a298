/**
 * Text from a manifest in the Markdown plan (a pull request comment, a job summary): it renders as
 * the text it is and changes nothing around it: no HTML, link, image, emphasis, heading, table
 * cell or code fence of its own, no line break, no @mention or #reference. Every string the
 * Markdown renderer interpolates goes through one of these, chosen by where it lands.
 *
 * GitHub renders comments with cmark-gfm, then runs filters over the HTML's text (outside code,
 * pre and links) that turn `@login`, `@org/team` and `#123` into notifications and cross-references
 * (html-pipeline's MentionFilter: `@` then a letter or digit). A backslash does not stop those,
 * since it is gone by then; a zero-width space after the `@` or `#` does, as Renovate does in its
 * pull request bodies, and it is invisible to the reader.
 */
import { printable } from './printable.js';

/** Zero-width space, written as an entity so that it shows in the Markdown source. */
const ZWSP = '&#8203;';

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
export function mdText(s: string): string {
  return printable(s)
    .replace(/[\\&`*_[\]<>~|$#]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<=www)\./gi, '\\.')
    .replace(/[@#]/g, `$&${ZWSP}`)
    .replace(/^[-+=]|^(\d+)([.)])(?=[ \t]|$)/, (m, digits?: string, mark?: string) => (digits ? `${digits}\\${mark}` : `\\${m}`))
    .replace(/^[ \t]/, (c) => (c === ' ' ? '&#32;' : '&#9;'));
}

/**
 * A code span showing `s` exactly (but for control characters, written as escapes): delimited by
 * a backtick run longer than any in `s`, padded with a space when `s` starts or ends with a
 * backtick or a space (CommonMark strips one space from each end). Mentions are not looked for
 * in code.
 */
export function mdCode(s: string): string {
  const t = printable(s);
  if (t === '') return ''; // CommonMark has no empty code span
  const fence = '`'.repeat(longestRun(t, '`') + 1);
  const pad = /^ +$/.test(t) || !/^[` ]|[` ]$/.test(t) ? '' : ' ';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * A table cell's inline Markdown. GFM splits a row at every `|` not preceded by a backslash and
 * then removes one backslash before each `|` (cmark-gfm's unescape_pipes, markdown-it's
 * escapedSplit), in code spans too; escaping every pipe gives the inline Markdown back unchanged.
 */
export function mdCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

/** Text inside raw HTML (`<summary>`), where Markdown is not parsed: entities, and no line breaks. */
export function mdHtml(s: string): string {
  return printable(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[@#]/g, `$&${ZWSP}`);
}

/**
 * A fenced code block of `lines`, each one line whatever it holds: control characters and line
 * breaks (a carriage return ends a line too) written as escapes. The fence is longer than any run
 * of backticks in the lines, so no line closes the block.
 */
export function mdFence(lines: readonly string[], info: string): string[] {
  const shown = lines.map(printable);
  const fence = '`'.repeat(Math.max(3, longestRun(shown.join('\n'), '`') + 1));
  return [`${fence}${info}`, ...shown, fence];
}

function longestRun(s: string, c: string): number {
  let longest = 0;
  let run = 0;
  for (const x of s) {
    run = x === c ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
