/**
 * The `yaml` library, loaded on first use: it takes about 35 ms to load, and a run whose files the
 * fast reader takes and that has no finding to place never needs it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
