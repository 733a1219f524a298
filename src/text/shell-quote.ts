/**
 * Words of the shell commands the plan suggests (`kubectl apply -f FILE`): whoever copies one into
 * a shell gets the file or name as one argument, never a command substitution, a glob, a tilde
 * expansion or a redirection.
 */
import { UNPRINTABLE } from './printable.js';

/** Words every shell reads as themselves (not starting with `=`, which zsh expands to a command's path). */
const BARE = /^[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:=@%+,-]*$/;

/**
 * `word` as one shell word: bare when it is safe (`web`, `k8s/web.yaml`), in POSIX single quotes
 * otherwise (`'web$(touch x).yaml'`, a `'` written `'\''`). A word with a character printable()
 * escapes (a line feed, ESC, a bidi override) is written in `$'…'` quotes with `\xHH` escapes of
 * its UTF-8 bytes instead, so that the command stays one line that shows what it runs: bash, zsh,
 * ksh and POSIX.1-2024 sh read `$'…'`, and bytes mean the same in every locale.
 */
export function shellQuote(word: string): string {
  if (BARE.test(word)) return word;
  if (!UNPRINTABLE.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  const bytes = new TextEncoder();
  let out = '';
  for (const c of word) {
    if (c === '\\' || c === "'") out += `\\${c}`;
    else if (c === '\t') out += '\\t';
    else if (UNPRINTABLE.test(c)) out += [...bytes.encode(c)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    else out += c;
  }
  return `$'${out}'`;
}
