/**
 * File system side of loading: expands paths, directories and globs, reads files and stdin,
 * finds the context files around the given ones. Read-only: nothing here writes.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { DEFAULT_LIMITS } from './loader.js';
import { dirname, join, relative, resolve } from 'node:path';
import type { LintInput } from './engine.js';
import type { InputError } from './types.js';
import { ZERO_RANGE } from './types.js';

export const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Expanded {
  /** Files to report on, in a stable order. */
  files: string[];
  /** True when `-` was given. */
  stdin: boolean;
  errors: InputError[];
}

function ioError(file: string, message: string): InputError {
  return { ruleId: 'input', severity: 'error', message, file, range: ZERO_RANGE };
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message ?? String(e);
  }
}

/** Recursively lists manifest files under a directory, following symlinks once (loops are cut). */
export function walk(dir: string, errors: InputError[], seen = new Set<string>()): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    errors.push(ioError(dir, `cannot read directory: ${errText(e)}`));
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(ioError(dir, `cannot read directory: ${errText(e)}`));
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        if (MANIFEST_FILE.test(entry.name)) errors.push(ioError(full, `cannot read: ${errText(e)}`));
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(full, errors, seen));
    } else if (isFile && MANIFEST_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands command-line paths. Directories are walked; globs are matched; `-` is stdin. */
export async function expandPaths(paths: string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const errors: InputError[] = [];
  let stdin = false;
  for (const p of paths) {
    if (p === '-') {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const { glob } = await import('tinyglobby');
        const matched = (await glob([p], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
          .filter((f) => MANIFEST_FILE.test(f))
          .sort();
        if (matched.length === 0) errors.push(ioError(p, `no files match "${p}"`));
        files.push(...matched);
      } else errors.push(ioError(p, `cannot read: ${errText(e)}`));
      continue;
    }
    if (st.isDirectory()) files.push(...walk(abs, errors));
    else files.push(abs);
  }
  return { files: [...new Set(files)], stdin, errors };
}

/** Context for cross-references: the manifests beside each given file (not recursive). */
export function siblingFiles(files: string[]): string[] {
  const dirs = new Set(files.map((f) => dirname(f)));
  const out: string[] = [];
  for (const d of dirs) {
    try {
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isFile() && MANIFEST_FILE.test(e.name)) out.push(join(d, e.name));
    } catch {
      // unreadable context directories are not the user's input: skip them
    }
  }
  return out.sort();
}

export function readInput(path: string, maxFileBytes = DEFAULT_LIMITS.maxFileBytes): { content: Uint8Array } | { error: InputError } {
  try {
    // Checked before reading, so that a huge file is never held in memory.
    const { size } = statSync(path);
    if (size > maxFileBytes) return { error: ioError(path, `file is ${size} bytes, over the limit of ${maxFileBytes} (--max-file-bytes)`) };
    return { content: readFileSync(path) };
  } catch (e) {
    return { error: ioError(path, `cannot read: ${errText(e)}`) };
  }
}

export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array();
  }
}

/** Display path: relative to cwd when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/**
 * Builds engine inputs: reportable files, then context files not already reported. Context files in
 * `shared` (`--context`, the config's `context`) are visible to references from every input.
 */
export function buildInputs(reported: string[], context: string[], cwd: string, stdin: Uint8Array | null, maxFileBytes?: number, shared: ReadonlySet<string> = new Set()): { inputs: LintInput[]; errors: InputError[] } {
  const inputs: LintInput[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const f of reported) {
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if ('error' in read) errors.push({ ...read.error, file: displayPath(f, cwd) });
    else inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: true });
  }
  if (stdin) inputs.push({ path: '<stdin>', content: stdin, reportable: true });
  for (const f of context) {
    if (seen.has(f)) continue;
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if (!('error' in read)) inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: false, ...(shared.has(f) ? { shared: true } : {}) });
  }
  return { inputs, errors };
}
