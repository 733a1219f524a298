/** Paths in machine formats: repository-relative with forward slashes, as CI systems expect. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isStreamName } from '../../types.js';

/**
 * `file` as reported (relative to cwd, or absolute) made relative to `root` (the repository or
 * workspace root). Files outside root stay absolute; stdin and a render command's output keep their names (`<stdin>`, `<render>`).
 */
export function rootRelative(file: string, cwd: string, root: string): string {
  if (isStreamName(file)) return file;
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}
