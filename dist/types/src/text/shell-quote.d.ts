/**
 * `word` as one shell word: bare when it is safe (`web`, `k8s/web.yaml`), in POSIX single quotes
 * otherwise (`'web$(touch x).yaml'`, a `'` written `'\''`). A word with a character printable()
 * escapes (a line feed, ESC, a bidi override) is written in `$'…'` quotes with `\xHH` escapes of
 * its UTF-8 bytes instead, so that the command stays one line that shows what it runs: bash, zsh,
 * ksh and POSIX.1-2024 sh read `$'…'`, and bytes mean the same in every locale.
 */
export declare function shellQuote(word: string): string;
