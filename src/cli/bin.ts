#!/usr/bin/env node
/**
 * The `stsplan` command: turns on Node's compile cache where the runtime has it (Node 22.1+; a
 * no-op on 20), then loads the CLI, so that the CLI's own code, the validators and the formatter
 * are compiled from the cache on the next run instead of from source. In dist/ the CLI is one
 * CommonJS file (scripts/build.mjs), required rather than imported: an import of CommonJS from an
 * ES module first scans the whole file for its exports (cjs-module-lexer), about 60 ms here.
 */
import module from 'node:module';
import { BUNDLED } from '../version.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
if (BUNDLED) module.createRequire(import.meta.url)('./cli-main.cjs');
else await import(new URL('./main.js', import.meta.url).href);
