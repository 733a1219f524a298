/**
 * What the build reads, hashed: the sources, the committed schemas, the build configuration and the
 * exact versions of the bundled dependencies and build tools (the lockfile without the package's own
 * entry, so a version bump does not invalidate the build). `prepare` compares it with the hash the
 * build recorded in dist/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const STAMP = 'build-inputs.sha256';

const SOURCES = ['src', 'rules', 'schemas', 'scripts', 'tsconfig.json'];

function files(root, p, out) {
  const abs = join(root, p);
  if (statSync(abs).isDirectory()) for (const e of readdirSync(abs).sort()) files(root, join(p, e), out);
  else if (/\.(ts|mjs|json)$/.test(p) && !/\.md$/.test(p)) out.push(p);
  return out;
}

export function inputsHash(root) {
  const h = createHash('sha256');
  const list = SOURCES.flatMap((s) => files(root, s, []));
  // Line endings as git normalises them, so a checkout with CRLF (core.autocrlf) hashes alike.
  for (const f of list) {
    h.update(`${relative(root, join(root, f))}\0`).update(readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const packages = Object.fromEntries(Object.entries(lock.packages ?? {}).filter(([k]) => k.startsWith('node_modules/')).map(([k, v]) => [k, v.version]));
  h.update(JSON.stringify(packages));
  return h.digest('hex');
}
