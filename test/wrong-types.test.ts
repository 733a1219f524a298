/**
 * Values of the wrong type in every field: each field of the bundled examples (which cover the
 * StatefulSet, Service, StorageClass, PVC and PDB fields the rules read) is replaced in turn by
 * a string, a number, a boolean, null, a list and a map. Linting and planning must never throw
 * and no rule may fail internally: the schema finding is reported and the rules skip the field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { lint } from '../src/lint/engine.js';
import { plan } from '../src/plan/prepare.js';
import type { Path } from '../src/types.js';
import { repoPath } from './helpers/paths.js';

const WRONG: unknown[] = ['3', 3, -1, true, null, [], {}, ['x'], { a: 1 }, 'ReadWriteOnce'];

function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function withValue(doc: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const examples = ['clean', 'mistakes', 'upgrade'].flatMap((d) =>
  readdirSync(repoPath(`examples/${d}`)).map((f) => ({ name: `${d}/${f}`, docs: parseAllDocuments(readFileSync(repoPath(join('examples', d, f)), 'utf8')).map((doc) => doc.toJS() as unknown) })),
);

describe('values of the wrong type in every field', () => {
  for (const ex of examples) {
    it(`${ex.name}: lint and plan never throw, no rule fails internally`, { timeout: 300_000 }, async () => {
      let cases = 0;
      for (const [i, doc] of ex.docs.entries()) {
        for (const path of paths(doc)) {
          for (const value of WRONG) {
            const docs = ex.docs.map((d, j) => (j === i ? withValue(d, path, value) : d));
            const content = docs.map((d) => stringify(d)).join('---\n');
            const input = [{ path: 'm.yaml', content }];
            const where = `${path.join('.')} = ${JSON.stringify(value)}`;
            const report = await lint(input);
            const internal = report.files.flatMap((f) => f.diagnostics).filter((d) => /internal error/.test(d.message));
            assert.deepEqual(internal, [], where);
            await assert.doesNotReject(() => plan(null, input), where);
            cases++;
          }
        }
      }
      assert.ok(cases > 300, `only ${cases} cases`);
    });
  }
});
