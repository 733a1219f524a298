/** The package's own version and home, read from package.json next to dist/. */
import { readFileSync } from 'node:fs';

/**
 * The package's root directory. This module sits in dist/src/, as does the bundled CLI
 * (dist/src/cli.bundle.js) it is part of, so the same relative URL works in both.
 */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);

let cached: string | undefined;

export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;
  return cached;
}

export const HOMEPAGE = 'https://github.com/stsplan/stsplan';
