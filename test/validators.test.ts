/**
 * The compiled validators (schemas/compile.ts) share the code of the definitions the Kubernetes
 * versions have in common. For every version they must report exactly what that version's own
 * compile reports: the same verdict and the same errors in the same order, on the corpus and on
 * objects generated from the schemas to break every keyword they use. And the sharing must pay:
 * what most versions reach written once in a common module, the rest in each version's module, a
 * version loading those two and little it does not need, and the whole under a size budget.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { AJV_OPTIONS, functionName, linearErrors, shortErrorPush } from '../schemas/compile.js';
import type { SchemaIndex } from '../schemas/layout.js';
import { loadValidators, validatorUrl } from '../src/load/schema.js';
import { repoPath } from './helpers/paths.js';

type Schema = Record<string, unknown>;
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const definitions = JSON.parse(readFileSync(repoPath('schemas/k8s/definitions.json'), 'utf8')) as Record<string, Schema>;
const index = JSON.parse(readFileSync(repoPath('schemas/k8s/index.json'), 'utf8')) as SchemaIndex;
const versions = Object.keys(index.versions);
const validatorDir = dirname(fileURLToPath(validatorUrl(versions[0]!)));

/** The definitions the generated objects went through. */
const visited = new Set<string>();
const idOf = (s: Schema): string | undefined => (typeof s['$ref'] === 'string' ? (s['$ref'] as string).replace('#/definitions/', '') : undefined);
function deref(s: Schema): Schema {
  const id = idOf(s);
  if (id === undefined) return s;
  visited.add(id);
  return definitions[id]!;
}

/** The definitions reached from a root. */
function reached(id: string, out = new Set<string>()): Set<string> {
  if (out.has(id)) return out;
  out.add(id);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const ref = idOf(v as Schema);
      if (ref !== undefined) reached(ref, out);
      Object.values(v).forEach(walk);
    }
  };
  walk(definitions[id]);
  return out;
}
const typesOf = (s: Schema): string[] => (Array.isArray(s['type']) ? (s['type'] as string[]) : typeof s['type'] === 'string' ? [s['type'] as string] : []);

/** A value of none of the schema's types. */
function wrongType(s: Schema): unknown {
  const t = typesOf(s);
  if (!t.includes('string')) return 'x';
  if (!t.includes('integer') && !t.includes('number')) return 7;
  return true;
}

/** A value of the schema's type that breaks its bounds or pattern (or a plain one if it has none). */
function outOfBounds(s: Schema): unknown {
  const t = typesOf(s);
  if (t.includes('integer') || t.includes('number')) {
    if (typeof s['minimum'] === 'number') return (s['minimum'] as number) - 1;
    if (typeof s['maximum'] === 'number') return (s['maximum'] as number) + 1;
    return t.includes('integer') ? 1.5 : 1;
  }
  if (t.includes('string')) return typeof s['pattern'] === 'string' ? '1.5.5Zi' : 'x';
  if (t.includes('boolean')) return true;
  return null;
}

type Variant = 'wrong leaves and unknown keys' | 'leaves out of bounds' | 'required left out' | 'wrong-typed objects and lists';

/**
 * An instance of a schema that reaches every definition under it (down to `depth` references)
 * and breaks it as the variant says: each object and list is filled, so that every function and
 * every branch of it runs.
 */
function instance(schema: Schema, variant: Variant, depth: number): unknown {
  const s = deref(schema);
  const t = typesOf(s);
  const object = t.includes('object') || s['properties'] !== undefined;
  const list = t.includes('array');
  if (depth === 0 || (!object && !list)) return variant === 'wrong leaves and unknown keys' ? wrongType(s) : outOfBounds(s);
  if (variant === 'wrong-typed objects and lists' && depth < 6) return wrongType(s);
  if (list) return [instance((s['items'] ?? {}) as Schema, variant, depth - 1), instance((s['items'] ?? {}) as Schema, variant, depth - 1)];
  const out: Record<string, unknown> = {};
  const required = new Set((s['required'] as string[] | undefined) ?? []);
  for (const [k, sub] of Object.entries((s['properties'] ?? {}) as Record<string, Schema>)) {
    if (variant === 'required left out' && required.has(k)) continue;
    out[k] = instance(sub, variant, depth - 1);
  }
  const extra = s['additionalProperties'];
  if (extra && typeof extra === 'object') out['some-key'] = instance(extra as Schema, variant, depth - 1);
  if (variant === 'wrong leaves and unknown keys') out['unknownField'] = 1;
  return out;
}

const VARIANTS: Variant[] = ['wrong leaves and unknown keys', 'leaves out of bounds', 'required left out', 'wrong-typed objects and lists'];

function corpusDocuments(): unknown[] {
  const docs: unknown[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) for (const d of parseAllDocuments(readFileSync(p, 'utf8'))) docs.push(d.toJS() as unknown);
    }
  };
  walk(repoPath('test/fixtures'));
  return docs.filter((d) => d && typeof d === 'object' && !Array.isArray(d));
}

describe('shared validators report what each version compiled alone reports', () => {
  const corpus = corpusDocuments();
  for (const version of versions) {
    it(`Kubernetes ${version}`, { timeout: 300_000 }, async () => {
      const alone = new Ajv(AJV_OPTIONS);
      alone.addSchema({ $id: 'k8s', definitions });
      const shared = (await loadValidators(version)) as Record<string, Validator>;
      const roots = index.versions[version]!.roots;
      assert.deepEqual(Object.keys(shared).sort(), Object.keys(roots).sort());
      let errors = 0;
      for (const [kind, id] of Object.entries(roots)) {
        const expected = alone.getSchema(`k8s#/definitions/${id}`)!;
        visited.clear();
        visited.add(id);
        const cases: [string, unknown][] = [
          ...VARIANTS.map((v): [string, unknown] => [v, instance(definitions[id]!, v, 14)]),
          ...corpus.filter((d) => (d as { kind?: unknown }).kind === kind).map((d, i): [string, unknown] => [`corpus document ${i}`, d]),
        ];
        // Every definition under the root runs (and so every function the modules hold for it).
        assert.deepEqual([...reached(id)].filter((d) => !visited.has(d)), [], `${kind}: definitions no generated object reaches`);
        for (const [name, data] of cases) {
          const ok = expected(data);
          const want = structuredClone(expected.errors ?? null);
          assert.equal(shared[kind]!(data), ok, `${kind}, ${name}`);
          assert.deepEqual(shared[kind]!.errors ?? null, want, `${kind}, ${name}`);
          errors += want?.length ?? 0;
        }
      }
      // The generated objects do break the schemas, at many places.
      assert.ok(errors > 2000, `only ${errors} errors`);
    });
  }
});

describe('the generated modules', () => {
  const files = readdirSync(validatorDir).filter((f) => f.endsWith('.js'));
  const code = new Map(files.map((f) => [f, readFileSync(join(validatorDir, f), 'utf8')]));
  const declared = (file: string): string[] => [...code.get(file)!.matchAll(/^(?:export )?(?:function|const) ([\w$]+)/gm)].map((m) => m[1]!);
  const functionBytes = (file: string): Map<string, number> =>
    new Map([...code.get(file)!.matchAll(/^(?:export )?function (v_\w+)\(.*$/gm)].map((m) => [m[1]!, Buffer.byteLength(m[0])]));

  it('stay under the size budget for all versions together', () => {
    const bytes = [...code.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
    assert.ok(bytes < 1_500_000, `${bytes} bytes`);
  });

  it('are a common module and one module per version', () => {
    assert.deepEqual(files.sort(), ['common.js', ...versions.map((v) => `v${v}.js`)].sort());
  });

  it("write each function and value once in the common module, and none of them again in a version's", () => {
    const common = declared('common.js');
    assert.ok(common.length > 150, `only ${common.length} declarations`);
    assert.deepEqual(common.filter((n, i) => common.indexOf(n) !== i), []);
    for (const v of versions) {
      const own = declared(`v${v}.js`);
      assert.deepEqual(own.filter((n, i) => own.indexOf(n) !== i || common.includes(n)), [], v);
    }
  });

  for (const version of versions) {
    it(`load, for ${version}, the common module and the functions of the definitions only ${version} and few others reach`, () => {
      const own = `v${version}.js`;
      const imports = [...code.get(own)!.matchAll(/ from "\.\/([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(imports, ['common.js']);
      assert.doesNotMatch(code.get('common.js')!, /^import /m);
      const needed = new Set<string>();
      for (const id of Object.values(index.versions[version]!.roots)) for (const d of reached(id)) needed.add(functionName(d));
      // Its own module holds only what it needs; with the common module, all it needs.
      const mine = functionBytes(own);
      const common = functionBytes('common.js');
      assert.deepEqual([...mine.keys()].filter((n) => !needed.has(n)), []);
      assert.deepEqual([...needed].filter((n) => !mine.has(n) && !common.has(n)), []);
      // What the common module holds that this version does not need stays small.
      const unneeded = [...common].filter(([n]) => !needed.has(n)).reduce((sum, [, b]) => sum + b, 0);
      assert.ok(unneeded < 60_000, `${version} loads ${unneeded} bytes of functions it does not need`);
    });
  }

  it("keep no quadratic error concatenation and none of ajv's compile-order names", () => {
    for (const [file, c] of code) {
      assert.ok(!c.includes('.concat('), file);
      assert.doesNotMatch(c, /\bvalidate\d+\b/, file);
    }
  });
});

describe('shortErrorPush', () => {
  it('records an error as ajv does, in less text', () => {
    const ajvCode = 'if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;';
    assert.equal(shortErrorPush(ajvCode), '(vErrors??=[]).push(err3);errors++;');
    for (const before of [null, [{ keyword: 'type' }]]) {
      const run = (body: string): unknown => new Function('vErrors', 'err3', `let errors = 0;${body}return [vErrors, errors];`)(structuredClone(before), { keyword: 'required' });
      assert.deepEqual(run(shortErrorPush(ajvCode)), run(ajvCode));
    }
  });
});

describe('linearErrors', () => {
  const cases: { name: string; code: string; out?: string }[] = [
    {
      name: 'a referenced schema’s errors are appended in place',
      code: 'if(!(validate7(data))){vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);errors = vErrors.length;}',
      out: 'if(!(validate7(data))){if (vErrors === null) vErrors = validate7.errors; else for (const e of validate7.errors) vErrors.push(e);errors = vErrors.length;}',
    },
    { name: 'another concatenation fails the build', code: 'vErrors = vErrors.concat(other);' },
    { name: 'mismatched names fail the build', code: 'vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate8.errors);' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.out === undefined) assert.throws(() => linearErrors(c.code), /does not rewrite/);
      else assert.equal(linearErrors(c.code), c.out);
    });
  }
});
