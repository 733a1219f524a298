/**
 * Text from a manifest (a name, a value, a file path) as a terminal or a reviewer's screen shows
 * it, never as a command to that screen. Every human-readable output writes interpolated text
 * through `printable`; JSON and SARIF keep values exact (their own escaping covers them).
 */

/**
 * A character a screen acts on instead of showing: the C0 controls except tab (line feed and
 * carriage return too: a value must not start a line that looks like a finding of its own), DEL,
 * the C1 controls (U+009B is an 8-bit CSI), the Unicode line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates that reorder what a reviewer reads ("Trojan
 * Source", CVE-2021-42574; the set Rust's text_direction_codepoint lints reject).
 */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ALL = new RegExp(UNPRINTABLE.source, 'g');

/** `\u001b` for ESC, `\u000a` for a line feed: each unprintable character as its JavaScript escape. */
export function printable(text: string): string {
  return text.replace(ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
