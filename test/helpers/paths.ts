import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from build/test/). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function repoPath(p: string): string {
  return join(REPO, p);
}

/** The command users run: package.json's bin (the bundled CLI), so the tests exercise the bundle. */
export const CLI = repoPath((JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { bin: { stsplan: string } }).bin.stsplan);
