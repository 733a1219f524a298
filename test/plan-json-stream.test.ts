/**
 * `plan --format json` is written in chunks (src/plan/render/json.ts planJsonChunks) and must be
 * the same bytes as `JSON.stringify(plan, null, 2) + '\n'`: on every golden plan, the corpus plan,
 * plans with runs, a plan of many events planned one by one, and values JSON.stringify treats
 * specially (undefined members, empty containers, escapes, line separators). Then the CLI: stdout
 * and `--output` carry the same bytes as the library's formatPlanJson.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath, CLI } from './helpers/paths.js';
import { docs, example, planOf, service, stack, storageClass, web, WORKED_EXAMPLE } from './helpers/plan.js';
import { plan } from '../src/plan/prepare.js';
import { formatPlanJson, planJsonChunks } from '../src/plan/render/json.js';
import type { Plan } from '../src/plan/types.js';


/** The chunks, checked to be pieces (none empty, none far over the size) and joined. */
function streamed(p: Plan): string {
  const chunks = [...planJsonChunks(p)];
  for (const c of chunks) assert.ok(c.length > 0 && c.length < 1 << 16, `a chunk of ${c.length} characters`);
  return chunks.join('');
}

function assertSame(p: Plan, what: string): string {
  const whole = JSON.stringify(p, null, 2) + '\n';
  assert.equal(formatPlanJson(p), whole, what);
  // assert.equal on 10 MB strings would print them whole: compare, then find the first difference.
  const s = streamed(p);
  if (s !== whole) {
    let i = 0;
    while (i < s.length && s[i] === whole[i]) i++;
    assert.fail(`${what}: streamed JSON differs at ${i}: ${JSON.stringify(s.slice(i - 40, i + 40))} vs ${JSON.stringify(whole.slice(i - 40, i + 40))}`);
  }
  return s;
}

describe('plan JSON in chunks', () => {
  it('is each golden plan of the worked example, byte for byte', async () => {
    for (const [name, from, to] of WORKED_EXAMPLE) {
      const p = await planOf(from ? example(from) : null, example(to));
      assert.equal(assertSame(p, name), readFileSync(repoPath(`test/fixtures/plan/worked-example/${name}.json`), 'utf8'), name);
    }
  });

  it('is the plan of the whole corpus', async () => {
    const files = readdirSync(repoPath('test/fixtures/corpus'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const p = await plan(null, files.map((f) => ({ path: f, content: readFileSync(f) })));
    assert.ok(p.statefulSets.length > 50 && p.events.length > 500, 'a plan of many sets and events');
    assertSame(p, 'corpus');
  });

  it('is plans with runs, deletions, rejections and many events', async () => {
    const cases: [string, Promise<Plan>][] = [
      ['replicas 2147483647 (runs)', planOf(null, stack({ replicas: 2147483647 }))],
      ['scale down with whenScaled: Delete (runs of PVC updates)', planOf(stack({ replicas: 2147483647, whenScaled: 'Delete' }), stack({ replicas: 3, whenScaled: 'Delete' }))],
      ['rolling update of 100000 (runs)', planOf(stack({ replicas: 100000 }), stack({ replicas: 100000, image: 'nginx:1.28' }))],
      ['1000 replicas, every event listed', planOf(null, stack({ replicas: 1000 }))],
      ['bigger claim template (rejected)', planOf(stack(), stack({ storage: '2Gi' }))],
      ['deleted set', planOf(stack(), docs(service(), storageClass()))],
      ['two sets', planOf(null, docs(service(), storageClass(), web({ replicas: 1500 }), web({ name: 'db', replicas: 3 })))],
      ['a document that does not parse (input errors)', planOf(null, `${stack()}---\nkind: [\n`)],
    ];
    for (const [what, p] of cases) assertSame(await p, what);
    assert.ok((await cases[0]![1]).runs?.length && (await cases[2]![1]).runs?.length, 'plans with runs were checked');
    assert.ok((await cases[3]![1]).events.length >= 9000, 'a plan of many more events than fit in one chunk was checked');
  });

  it('writes what JSON.stringify writes for undefined members, empty containers and escapes', async () => {
    const p = await planOf(null, stack());
    const odd = {
      ...p,
      warnings: [{ message: 'line\nbreak "quoted" \\ back\u2028sep\u0000nul \ud800 lone', statefulSet: undefined }],
      featureGates: {},
      blocked: [],
      events: [p.events[0]!, undefined, (() => 1) as unknown, { ...p.events[1]!, value: undefined }],
      extra: { nested: { deep: [1, [2, { x: undefined }], {}] }, skipped: undefined, fn: () => 1, n: -0, nan: Number.NaN, big: 1e21 },
      summary: { ...p.summary, text: 'ünïcödé → ✅' },
    } as unknown as Plan;
    assertSame(odd, 'odd values');
  });
});

describe('stsplan plan --format json', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stsplan-json-stream-'));
    writeFileSync(join(dir, 'web.yaml'), example('web-1-create'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints and writes --output the bytes of formatPlanJson, for a plan of many chunks', async () => {
    const p = await planOf(null, example('web-1-create'), { scale: [{ name: 'web', replicas: 1000 }] });
    const expected = formatPlanJson(p);
    assert.ok(expected.length > 1 << 20, 'many chunks');
    const out = spawnSync(process.execPath, [CLI, 'plan', 'web.yaml', '--scale', 'web=1000', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(out.status, 0, out.stderr);
    assert.ok(out.stdout === expected, 'stdout is formatPlanJson');
    const file = spawnSync(process.execPath, [CLI, 'plan', 'web.yaml', '--scale', 'web=1000', '--format', 'json', '--output', 'plan.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(file.status, 0, file.stderr);
    assert.equal(file.stdout, '');
    assert.ok(readFileSync(join(dir, 'plan.json'), 'utf8') === expected, '--output is formatPlanJson');
  });

  it('reports an --output it cannot write as a usage error', () => {
    const r = spawnSync(process.execPath, [CLI, 'plan', 'web.yaml', '--format', 'json', '--output', join('no-such-dir', 'plan.json')], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^stsplan: cannot write no-such-dir\/plan\.json: ENOENT/);
  });
});
