#!/usr/bin/env node
/**
 * npm's `prepare` (run by `npm install`/`npm ci` in a checkout, by `npm pack`, and so by pre-commit's
 * hook install): dist/ is committed, so there is nothing to do when it was built from these exact
 * sources, and a checkout installed with `--omit=dev` (no TypeScript, no esbuild) works as it is.
 * Only when the sources changed does it build, with its progress on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { inputsHash, STAMP } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', STAMP);
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash(root)) process.exit(0);
if (!existsSync(join(root, 'node_modules/typescript')) || !existsSync(join(root, 'node_modules/esbuild'))) {
  process.stderr.write('stsplan: dist/ is out of date with the sources and the build tools are not installed: run `npm install` (with dev dependencies), then `npm run build`.\n');
  process.exit(1);
}
process.stderr.write('stsplan: dist/ is out of date with the sources: building\n');
process.exit(spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' }).status ?? 1);
