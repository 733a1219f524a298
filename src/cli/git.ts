/**
 * `--base GIT_REF`: the same paths as they were at a git revision. Read-only git plumbing;
 * the working tree and index are never touched.
 */
import { execFileSync } from 'node:child_process';
import { join, posix, relative, resolve } from 'node:path';
import type { LintInput } from '../lint/engine.js';
import { chartOf, MANIFEST_FILE, type Ignores } from './files.js';
import { DEFAULT_LIMITS } from '../load/loader.js';
import type { InputError } from '../types.js';
import { ZERO_RANGE } from '../types.js';

export class GitError extends Error {}

function git(args: string[], cwd: string, maxBuffer = 256 * 1024 * 1024): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The top-level directory of the git work tree containing `cwd`, or undefined. */
export function gitTopLevel(cwd: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The top-level directory of the repository at `cwd`, after checking that `ref` names one of its
 * commits; a GitError says what is wrong (no repository, a `-` that git would read as an option, no
 * such revision).
 */
export function repositoryAt(ref: string, cwd: string): string {
  if (ref.startsWith('-')) throw new GitError(`--base ${ref}: a revision does not start with "-"`);
  const root = gitTopLevel(cwd);
  if (!root) throw new GitError(`--base ${ref}: ${cwd} is not inside a git repository`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new GitError(`--base ${ref}: no such git revision (for a pull request, fetch the base branch first, e.g. git fetch origin main)`);
  }
  return root;
}

/** One entry of `git ls-tree -l`: a blob (a file, or a symbolic link's target text) and its size. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
}

const SYMLINK_MODE = '120000';

/** `git ls-tree -r -l -z` output by path. */
function listTree(ref: string, path: string, root: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  for (const line of git(['ls-tree', '-r', '-l', '-z', ref, '--', path], root).toString().split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', object = '', size = ''] = line.slice(0, tab).split(/ +/);
    out.set(line.slice(tab + 1), { mode, type, object, size: Number(size) });
  }
  return out;
}

/**
 * The repository path a symbolic link at `ref` leads to, following links (8 at most, as a loop
 * guard), with its entry; undefined when it leads out of the repository, nowhere, or to no blob.
 */
function linkTarget(ref: string, path: string, entry: TreeEntry, root: string): { path: string; entry: TreeEntry } | undefined {
  for (let hops = 0; entry.mode === SYMLINK_MODE; hops++) {
    if (hops === 8) return undefined;
    const target = git(['cat-file', 'blob', entry.object], root).toString();
    if (posix.isAbsolute(target)) return undefined;
    path = posix.normalize(posix.join(posix.dirname(path), target));
    if (path === '..' || path.startsWith('../')) return undefined;
    const next = listTree(ref, path, root).get(path);
    if (!next) return undefined;
    entry = next;
  }
  return entry.type === 'blob' ? { path, entry } : undefined;
}

/**
 * The manifests at `ref` under the given paths (files or directories, as on the command line):
 * files that exist there now and files that existed there at `ref` (deleted since). Under a
 * directory, what walking it now would skip is left out (`ignores`, loaded, judge the working
 * tree's paths; Helm chart files are found from `ref`'s tree) and the rest is `discovered`.
 * Symbolic links are followed as walking follows them: a named one wherever it leads in the
 * repository, a found one only into the paths given and to a file not read already. Each input is
 * named `REF:path` and carries the path in the working tree (LintInput.revision); a file over
 * `maxFileBytes` is an input error instead.
 */
export function manifestsAtRevision(ref: string, paths: string[], cwd: string, ignores?: Ignores, maxFileBytes = DEFAULT_LIMITS.maxFileBytes): { inputs: LintInput[]; errors: InputError[]; revisions: Record<string, { ref: string; path: string }> } {
  const root = repositoryAt(ref, cwd);
  /** Each file, and whether it was named (else found under a named directory). */
  const rels = new Map<string, boolean>();
  const entries = new Map<string, TreeEntry>();
  const wanted: string[] = [];
  const add = (f: string, named: boolean): void => {
    rels.set(f, named || (rels.get(f) ?? false));
  };
  /** The directory of the wanted paths that `f` was found under, or undefined when `f` is one of them. */
  const foundUnder = (f: string): string | undefined => wanted.find((w) => w === '' || f.startsWith(`${w}/`));
  for (const p of paths) {
    const rel = relative(root, resolve(cwd, p)).split('\\').join('/');
    if (rel.startsWith('..')) throw new GitError(`--base ${ref}: ${p} is outside the repository ${root}`);
    wanted.push(rel);
    const tree = listTree(ref, rel === '' ? '.' : rel, root);
    for (const [f, e] of tree) entries.set(f, e);
    const listed = [...tree.keys()];
    const charts = new Set(listed.filter((f) => posix.basename(f) === 'Chart.yaml').map((f) => posix.dirname(f)));
    // As walking: a chart's templates and values are not read, unless the chart is above the named directory.
    const isChart = (dir: string): boolean => charts.has(dir) && (rel === '' || dir === rel || dir.startsWith(`${rel}/`));
    for (const f of listed) {
      if (!MANIFEST_FILE.test(f)) continue;
      if (f === rel) add(f, true);
      else if (!chartOf(f, isChart) && !ignores?.ignoredUnder(join(root, f), join(root, rel))) add(f, false);
    }
  }
  // A file renamed or moved since `ref` into the given paths: its objects existed at `ref` under the
  // old name, and must not be planned as new.
  for (const [from, to] of renamesSince(ref, root)) {
    if (!MANIFEST_FILE.test(from)) continue;
    if (wanted.includes(to)) add(from, true);
    else {
      const dir = foundUnder(to);
      if (dir !== undefined && !ignores?.ignoredUnder(join(root, to), join(root, dir))) add(from, false);
    }
  }
  const inputs: LintInput[] = [];
  const errors: InputError[] = [];
  const revisions: Record<string, { ref: string; path: string }> = {};
  const within = (f: string): boolean => wanted.some((w) => w === '' || f === w || f.startsWith(`${w}/`));
  for (const [rel, named] of [...rels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = `${ref}:${rel}`;
    let entry = entries.get(rel) ?? listTree(ref, rel, root).get(rel);
    if (!entry) continue;
    if (entry.mode === SYMLINK_MODE) {
      const target = linkTarget(ref, rel, entry, root);
      // A found link into the paths given whose target is read anyway, or out of them, is not followed.
      if (!target || (!named && (!within(target.path) || (target.path !== rel && rels.has(target.path))))) continue;
      entry = target.entry;
    }
    if (entry.type !== 'blob') continue;
    revisions[path] = { ref, path: join(root, rel) };
    if (entry.size > maxFileBytes) {
      errors.push({ ruleId: 'input', severity: 'error', message: `file is ${entry.size} bytes, over the limit of ${maxFileBytes} (--max-file-bytes)`, file: path, range: ZERO_RANGE });
      continue;
    }
    // A blob within a --max-file-bytes raised above git()'s default buffer must still fit.
    inputs.push({ path, content: git(['cat-file', 'blob', entry.object], root, Math.max(256 * 1024 * 1024, entry.size + 1)), revision: revisions[path], ...(named ? {} : { discovered: true }) });
  }
  return { inputs, errors, revisions };
}

/** `[old, new]` paths of files renamed between `ref` and the working tree (committed or not). */
function renamesSince(ref: string, root: string): [string, string][] {
  const out = git(['diff', '--find-renames', '--name-status', '-z', ref, '--'], root).toString().split('\0');
  const renames: [string, string][] = [];
  for (let i = 0; i < out.length; ) {
    const status = out[i] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.push([out[i + 1]!, out[i + 2]!]);
      i += 3;
    } else i += status ? 2 : 1;
  }
  return renames;
}
