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
export declare const UNPRINTABLE: RegExp;
/** `\u001b` for ESC, `\u000a` for a line feed: each unprintable character as its JavaScript escape. */
export declare function printable(text: string): string;
