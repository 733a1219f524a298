/**
 * Loading on worker threads (src/load/parallel.ts) must give exactly what loading on one thread gives:
 * the same objects, schema errors, input errors and order.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndValidate, type LintInput, type Loaded } from '../src/lint/engine.js';
import { fromWire, loadParallel, PARALLEL_MIN_BYTES, split, toWire } from '../src/load/parallel.js';
import { loadInput } from '../src/load/input.js';
import { loadValidators } from '../src/load/schema.js';
import { CLI, repoPath } from './helpers/paths.js';

/** Values JSON cannot carry: they must survive the trip from a worker. */
const LOSSY = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: numbers
extra:
  nan: .nan
  inf: .inf
  ninf: -.inf
  negzero: -0.0
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pruned
spec:
  serviceName: pruned
  replicas: "3"
  selector:
    matchLabels: {app: pruned}
  template:
    metadata:
      labels: {app: pruned}
    spec:
      containers:
      - name: a
        image: nginx
        ports:
        - "8080"
        - containerPort: 80
`;

function inputs(): LintInput[] {
  const base: LintInput[] = [];
  for (const dir of ['examples/clean', 'examples/mistakes', 'examples/upgrade']) {
    for (const f of readdirSync(repoPath(dir))) base.push({ path: `${dir}/${f}`, content: readFileSync(repoPath(join(dir, f))) });
  }
  base.push({ path: 'lossy.yaml', content: LOSSY });
  base.push({ path: 'broken.yaml', content: 'apiVersion: v1\nkind: [\n' });
  base.push({ path: 'binary.yaml', content: new Uint8Array([0, 1, 2, 3]) });
  base.push({ path: 'context.yaml', content: LOSSY, reportable: false });
  // Found by walking and not Kubernetes: dropped, wherever it is loaded; named, it is an input error.
  base.push({ path: 'walked-ci.yaml', content: 'name: ci\njobs: {}\n', discovered: true });
  base.push({ path: 'named-ci.yaml', content: 'name: ci\njobs: {}\n' });
  const out: LintInput[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < PARALLEL_MIN_BYTES * 1.5; copy++) {
    for (const i of base) {
      out.push({ ...i, path: `${copy}/${i.path}` });
      bytes += typeof i.content === 'string' ? i.content.length : i.content.byteLength;
    }
  }
  return out;
}

/** Loaded, with each resource's file reduced to its data (workers make their own file objects). */
function comparable(l: Loaded): unknown {
  return {
    files: l.files,
    inputErrors: l.inputErrors,
    resources: l.resources.map((r) => ({
      ...r,
      file: { path: r.file.path, text: r.file.text, json: r.file.json, fast: r.file.fast },
      schemaErrors: l.schemaErrors.get(r) ?? null,
    })),
  };
}

describe('parallel loading', () => {
  it('splits inputs into contiguous runs that cover them all, in order', () => {
    const all = inputs();
    for (const n of [1, 2, 3, 7]) {
      const chunks = split(all, n);
      assert.ok(chunks.length <= n && chunks.length >= 1);
      assert.deepEqual(chunks.flat(), all);
      assert.ok(chunks.every((c) => c.length > 0));
    }
  });

  it('carries objects JSON cannot (NaN, ±Infinity, -0, pruned list slots) exactly', async () => {
    const validators = await loadValidators('1.36');
    const loaded = [loadInput({ path: 'lossy.yaml', content: LOSSY }, validators)];
    const wire = toWire(loaded);
    const back = fromWire(structuredClone(wire) as Parameters<typeof fromWire>[0]);
    const extra = back[0]!.resources[0]!.object.extra as Record<string, number>;
    assert.ok(Number.isNaN(extra.nan));
    assert.equal(extra.inf, Infinity);
    assert.equal(extra.ninf, -Infinity);
    assert.ok(Object.is(extra.negzero, -0));
    const ports = (((back[0]!.resources[1]!.object.spec as Record<string, unknown>).template as { spec: { containers: { ports: unknown[] }[] } }).spec.containers[0]!.ports);
    assert.equal(ports.length, 2);
    assert.equal(ports[0], undefined);
    assert.deepEqual(back[0]!.schemaErrors, loaded[0]!.schemaErrors);
    assert.equal(back[0]!.resources[0]!.file, back[0]!.resources[1]!.file, 'resources of one file share one SourceFile');
  });

  it('gives the same result on 1, 2 and 3 threads', async () => {
    const all = inputs();
    const loaded = await loadAndValidate(all, '1.36');
    assert.ok(!loaded.files.some((f) => f.path.endsWith('walked-ci.yaml')));
    assert.ok(loaded.files.some((f) => f.path.endsWith('named-ci.yaml')));
    const one = comparable(loaded);
    for (const threads of [2, 3]) assert.deepEqual(comparable(await loadParallel(all, '1.36', { threads })), one, `${threads} threads`);
  });

  it('loads small inputs on this thread only', async () => {
    const small = [{ path: 'lossy.yaml', content: LOSSY }];
    assert.deepEqual(comparable(await loadParallel(small, '1.36', { threads: 4 })), comparable(await loadAndValidate(small, '1.36')));
  });

  it('the CLI prints the same report with --concurrency 2 as with off, and rejects a bad value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-parallel-'));
    try {
      inputs().forEach((i, n) => writeFileSync(join(dir, `${String(n).padStart(4, '0')}.yaml`), i.content));
      const run = (c: string) => spawnSync(process.execPath, [CLI, 'lint', '-f', 'json', '--concurrency', c, dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const off = run('off');
      const two = run('2');
      assert.equal(off.status, 2, off.stderr);
      assert.equal(two.status, off.status);
      assert.equal(two.stdout, off.stdout);
      assert.ok(JSON.parse(off.stdout).length > 100);
      const bad = run('0');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--concurrency/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
