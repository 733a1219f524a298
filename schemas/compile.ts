/**
 * Compiles the committed schemas (schemas/k8s/) into standalone ajv validators, one ES module per
 * Kubernetes minor version, so that no schema is compiled when stsplan starts. Run by
 * `npm run build` (and so by `npm ci` through `prepare`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const standaloneCode = standalone.default;
import { schemaDir, type SchemaIndex } from './layout.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const outDir = join(here, 'validators');

const definitions = JSON.parse(readFileSync(join(schemaDir(repoRoot), 'definitions.json'), 'utf8')) as Record<string, object>;
const index = JSON.parse(readFileSync(join(schemaDir(repoRoot), 'index.json'), 'utf8')) as SchemaIndex;

/**
 * ajv collects the errors of a referenced schema with `vErrors = vErrors.concat(sub.errors)`, a
 * copy of every error so far for each list item or map value that fails: 30,000 invalid list
 * items took half a minute. Appending in place keeps the same errors in the same order, in
 * linear time. Every such concatenation must be rewritten, or the build fails.
 */
function linearErrors(code: string): string {
  const concat = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const out = code.replace(concat, (_, fn: string) => `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`);
  if (out.includes('.concat(')) throw new Error('schemas/compile.ts: ajv generated an error concatenation this build does not rewrite');
  return out;
}

mkdirSync(outDir, { recursive: true });
const versions = Object.keys(index.versions);
for (const version of versions) {
  const { roots } = index.versions[version]!;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    inlineRefs: false,
    code: { source: true, esm: true, optimize: true },
  });
  // Only the definitions this version reaches end up in its module: ajv emits code for refs it follows.
  ajv.addSchema({ $id: 'k8s', definitions });
  const exports: Record<string, string> = {};
  for (const [kind, id] of Object.entries(roots)) exports[kind] = `k8s#/definitions/${id}`;
  const code = linearErrors(standaloneCode(ajv, exports));
  writeFileSync(join(outDir, `v${version}.js`), code);
}
writeFileSync(join(outDir, 'versions.json'), JSON.stringify(versions));
console.log(`stsplan: compiled validators for Kubernetes ${versions.join(', ')}`);
