/**
 * schemas/plan.schema.json describes the plan JSON exactly: every golden plan, the plan of the whole
 * corpus, plans with runs, rejections and blocked rollouts, and generated scenarios (fresh,
 * manifests, snapshots) validate against it; and it refuses what the plan never holds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoPath } from './helpers/paths.js';
import { planOf, stack, storageClass, service, web, docs } from './helpers/plan.js';
import { inputs, scenarioArb } from './helpers/plan-scenarios.js';
import { plan } from '../src/plan/prepare.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import type { Plan } from '../src/plan/types.js';

const schema = JSON.parse(readFileSync(repoPath('schemas/plan.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** The plan as `--format json` prints it, checked against the schema. */
function assertValid(p: Plan | unknown, what: string): void {
  const json: unknown = typeof p === 'object' && p !== null && 'formatVersion' in p ? JSON.parse(formatPlanJson(p as Plan)) : p;
  assert.ok(validate(json), `${what}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

/** A standalone claim of class `cls`. */
const pvc = (cls: string): string =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  storageClassName: ${cls}\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n`;

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('schemas/plan.schema.json', () => {
  it('holds every golden plan', () => {
    const dir = repoPath('test/fixtures/plan/worked-example');
    const golden = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.equal(golden.length, 4);
    for (const f of golden) assertValid(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
  });

  it('holds the plan of the whole corpus from an empty cluster (StatefulSets, Services, warnings)', async () => {
    const files = corpusFiles(repoPath('test/fixtures/corpus'));
    const p = await plan(null, files.map((f) => ({ path: f, content: readFileSync(f) })));
    assert.ok(p.statefulSets.length > 50 && p.services.length > 50 && p.warnings.length > 0, 'the corpus plan covers the plan’s parts');
    assertValid(p, 'corpus');
  });

  it('holds plans with runs, rejections, retention, input errors and a rollout that cannot finish', async () => {
    const cases: [string, Promise<Plan>][] = [
      ['replicas 2147483647 (runs)', planOf(null, stack({ replicas: 2147483647 }))],
      ['scale down with whenScaled: Delete (runs of PVC updates)', planOf(stack({ replicas: 2147483647, whenScaled: 'Delete' }), stack({ replicas: 3, whenScaled: 'Delete' }))],
      ['bigger claim template (rejected)', planOf(stack(), stack({ storage: '2Gi' }))],
      ['missing StorageClass (blocked)', planOf(null, docs(service(), web({ replicas: 3, storageClass: 'fast' })), { cluster: { name: 'test', storageClasses: [], provisioners: [] } })],
      ['a standalone PVC whose class changes (rejected claim)', planOf(pvc('standard'), pvc('fast'))],
      ['a document that does not parse (input errors)', planOf(null, `${stack()}---\nkind: [\n`)],
      ['deleted set', planOf(stack(), docs(service(), storageClass()))],
      ['rolling update with partition', planOf(stack({ replicas: 4 }), stack({ replicas: 4, image: 'nginx:1.28', partition: 2 }))],
    ];
    for (const [what, p] of cases) {
      const plan = await p;
      assertValid(plan, what);
    }
    assert.ok((await cases[0]![1]).runs?.length, 'a plan with runs was checked');
    assert.ok((await cases[2]![1]).statefulSets.some((s) => s.rejection), 'a rejection was checked');
    assert.ok((await cases[3]![1]).blocked.length, 'a blocked rollout was checked');
    assert.ok((await cases[5]![1]).inputErrors.length, 'input errors were checked');
    assert.ok((await cases[4]![1]).claims?.length, 'a rejected claim was checked');
  });

  it('holds the plans of generated scenarios (fresh, earlier manifests, snapshots)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { current, desired, options } = inputs(s);
        assertValid(await plan(current, [{ path: 'web.yaml', content: desired }], options), JSON.stringify(s));
      }),
      { numRuns: 60, seed: 1716 },
    );
  });

  it('refuses what a plan never holds (a test of the schema)', async () => {
    const p = JSON.parse(formatPlanJson(await planOf(null, stack()))) as { events: Record<string, unknown>[]; formatVersion: number } & Record<string, unknown>;
    assertValid(p, 'the base plan');
    const broken: [string, (q: typeof p) => void][] = [
      ['an unknown event action', (q) => (q.events[0]!.action = 'explode')],
      ['an event without a reason', (q) => delete q.events[0]!.reason],
      ['an event without a code', (q) => delete q.events[0]!.code],
      ['a code that does not go with its kind and action', (q) => (q.events.find((e) => e.kind === 'Pod' && e.action === 'create')!.code = 'ScaleDown')],
      ['a kind and action that never go together', (q) => (q.events.find((e) => e.kind === 'DNSRecord')!.action = 'bind')],
      ['another format version', (q) => (q.formatVersion = 2)],
      ['a field the plan does not have', (q) => (q.extra = true)],
    ];
    for (const [what, mutate] of broken) {
      const q = structuredClone(p);
      mutate(q);
      assert.equal(validate(q), false, what);
    }
  });
});
