#!/usr/bin/env node
/**
 * The `stsplan` command: turns on Node's compile cache where the runtime has it (Node 22.1+; a
 * no-op on 20), then loads the CLI, so that the CLI's own code, the validators and the formatter
 * are compiled from the cache on the next run instead of from source.
 */
import module from 'node:module';
import { BUNDLED } from '../version.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import(new URL(BUNDLED ? './cli-main.js' : './main.js', import.meta.url).href);
