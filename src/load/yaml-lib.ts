/**
 * The `yaml` library, loaded on first use: it takes about 35 ms to load, and a run whose files the
 * fast reader takes and that has no finding to place never needs it. In the bundle, `require`
 * makes esbuild include it as a module that runs only when called; tsc's build loads it from
 * node_modules.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { BUNDLED } from '../version.js';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild bundles a literal require('yaml') as a module that runs when called (above)
  return (lib ??= (BUNDLED ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof Yaml);
}
