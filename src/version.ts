/** The package's own version and home, read from package.json next to dist/. */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}

export const HOMEPAGE = 'https://github.com/stsplan/stsplan';
