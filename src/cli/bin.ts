#!/usr/bin/env node
/**
 * The `stsplan` command: loads the CLI with its code compiled from a cache when there is one, so
 * that a run does not parse and compile the 1 MB CLI and the validators from source each time.
 * Node 22.1+ has its own compile cache (module.enableCompileCache, which the CLI's `import()` of
 * formatters and validators works with); on older Node the bundle's own (./compile-cache.ts) loads
 * the CommonJS files the build names. In dist/ the CLI is one CommonJS file (scripts/build.mjs),
 * required rather than imported: an import of CommonJS from an ES module first scans the whole file
 * for its exports (cjs-module-lexer), about 60 ms here. The launcher itself is CommonJS in dist/
 * (dist/cli.cjs, the package's bin) for the same reason: Node 20 starts its ES module loader for
 * an ES module entry, 13 to 18 ms of a run here (`node e.mjs` against `node e.cjs`, both empty),
 * and a hook runs the CLI once per commit.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUNDLED } from '../version.js';
import { cacheDirectory, compileCache } from './compile-cache.js';

/** The key of each file the build writes to be loaded through the cache (defined by scripts/build.mjs in dist/cli.cjs). */
declare const STSPLAN_CACHE_KEYS: Record<string, string> | undefined;

const nodeCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
if (!BUNDLED) void import(new URL('./main.js', import.meta.url).href);
else if (nodeCache || typeof STSPLAN_CACHE_KEYS === 'undefined') {
  nodeCache?.();
  module.createRequire(import.meta.url)('./cli-main.cjs');
} else {
  const command = process.argv[2];
  const profile = command === 'lint' || command === 'plan' ? command : 'other';
  compileCache({ dir: cacheDirectory(), keys: STSPLAN_CACHE_KEYS, profile }).load(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)));
}
