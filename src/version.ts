/**
 * The package's own version, home, layout and files. The one module outside src/cli/ that reads
 * the disk, and only the package's own files (package.json, the rule docs): never the user's.
 */
import { readFileSync } from 'node:fs';

/** `true` in the bundled modules of dist/ (scripts/build.mjs defines it); undeclared in build/ (tsc's output, which the tests run). */
declare const STSPLAN_BUNDLE: boolean | undefined;

export const BUNDLED = typeof STSPLAN_BUNDLE !== 'undefined';

/**
 * dist/, where the shipped modules are: the bundles and their chunks sit directly in it (a chunk
 * of this module included), while tsc's copy of this module is build/src/version.js.
 */
export const DIST = new URL(BUNDLED ? './' : '../../dist/', import.meta.url);

/** The package's root directory: package.json, rules/*.md. */
export const PACKAGE_ROOT = new URL('../', DIST);

let cached: string | undefined;

export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;
  return cached;
}

export const HOMEPAGE = 'https://github.com/stsplan/stsplan';

/** A rule's doc (rules/<id>.md, shipped in the package beside dist/), or undefined when it has none. */
export function ruleDocText(id: string): string | undefined {
  try {
    return readFileSync(new URL(`rules/${id}.md`, PACKAGE_ROOT), 'utf8');
  } catch {
    return undefined;
  }
}
