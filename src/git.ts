/**
 * `--base GIT_REF`: the same paths as they were at a git revision. Read-only git plumbing;
 * the working tree and index are never touched.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import type { LintInput } from './engine.js';
import { MANIFEST_FILE } from './files.js';

export class GitError extends Error {}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
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
 * The manifests at `ref` under the given paths (files or directories, as on the command line):
 * files that exist there now and files that existed there at `ref` (deleted since).
 */
export function manifestsAtRevision(ref: string, paths: string[], cwd: string): LintInput[] {
  const root = gitTopLevel(cwd);
  if (!root) throw new GitError(`--base ${ref}: ${cwd} is not inside a git repository`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new GitError(`--base ${ref}: no such git revision (for a pull request, fetch the base branch first, e.g. git fetch origin main)`);
  }
  const rels = new Set<string>();
  const wanted: string[] = [];
  for (const p of paths) {
    const rel = relative(root, resolve(cwd, p)).split('\\').join('/');
    if (rel.startsWith('..')) throw new GitError(`--base ${ref}: ${p} is outside the repository ${root}`);
    wanted.push(rel);
    const listed = git(['ls-tree', '-r', '--name-only', '-z', ref, '--', rel === '' ? '.' : rel], root).toString().split('\0').filter(Boolean);
    for (const f of listed) if (MANIFEST_FILE.test(f)) rels.add(f);
  }
  // A file renamed or moved since `ref` into the given paths: its objects existed at `ref` under the
  // old name, and must not be planned as new.
  const under = (f: string): boolean => wanted.some((w) => w === '' || f === w || f.startsWith(`${w}/`));
  for (const [from, to] of renamesSince(ref, root)) {
    if (under(to) && MANIFEST_FILE.test(from)) rels.add(from);
  }
  const inputs: LintInput[] = [];
  for (const rel of [...rels].sort()) {
    inputs.push({ path: `${ref}:${rel}`, content: new Uint8Array(git(['show', `${ref}:${rel}`], root)) });
  }
  return inputs;
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
