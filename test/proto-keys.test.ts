/**
 * `__proto__`, `constructor` and `prototype` are keys like any other: kubectl sends them as
 * fields, and the API server rejects them as unknown. Every object built from a manifest must keep
 * them as own data properties; `out["__proto__"] = value` would set the object's prototype instead,
 * so that `spec: {__proto__: {replicas: 50}}` linted clean and planned 50 pods.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/engine.js';
import { plan } from '../src/plan/prepare.js';
import { stripNulls } from '../src/load/schema.js';
import { asLabels } from '../src/k8s/selector.js';
import { goJson } from '../src/k8s/revision.js';
import { loadSource } from '../src/load/loader.js';
import { readSnapshotPod } from '../src/plan/snapshot.js';
import { PARALLEL_MIN_BYTES } from '../src/load/parallel.js';
import { web } from './helpers/plan.js';
import { CLI } from './helpers/paths.js';

/** The StatefulSet of issue 14: no replicas of its own, 50 (and Parallel) in a `__proto__` key. */
const PROTO = web().replace(/ {2}replicas: \d+\n/, '  __proto__: {replicas: 50, podManagementPolicy: Parallel}\n');
const PROTO_LINE = PROTO.split('\n').findIndex((l) => l.includes('__proto__')) + 1;
/** The same through the `yaml` library's reader (an anchor makes the fast reader give up). */
const PROTO_ANCHORED = `${PROTO}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: &d {a: b}\n`;

describe('__proto__, constructor and prototype keys', { timeout: 120_000 }, () => {
  it('stay own keys when nulls are stripped, and set no prototype', () => {
    const input = JSON.parse('{"spec": {"__proto__": {"replicas": 50}, "constructor": {"x": 1}, "prototype": null, "keep": 1}}') as Record<string, unknown>;
    const out = stripNulls(input) as { spec: Record<string, unknown> };
    assert.equal(Object.getPrototypeOf(out.spec), Object.prototype);
    assert.equal(out.spec.replicas, undefined);
    assert.deepEqual(Object.keys(out.spec), ['__proto__', 'constructor', 'keep']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(out.spec, '__proto__')?.value, { replicas: 50 });
  });

  it('stay own keys in labels and in the JSON a revision hash is computed from', () => {
    const labels = asLabels(JSON.parse('{"__proto__": "x", "app": "web"}'));
    assert.deepEqual(Object.keys(labels), ['__proto__', 'app']);
    assert.equal(goJson(JSON.parse('{"b": 1, "__proto__": {"a": 2}}')), '{"__proto__":{"a":2},"b":1}');
  });

  it('stay own keys in the labels of a snapshot pod', () => {
    const { resources } = loadSource('state.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  labels: {__proto__: x, app: web}\n');
    const errors: unknown[] = [];
    const pod = readSnapshotPod(resources[0]!, errors as never);
    assert.deepEqual(errors, []);
    assert.deepEqual(Object.keys(pod.labels), ['__proto__', 'app']);
  });

  it('are unknown fields to the schema check, with either reader', async () => {
    for (const content of [PROTO, PROTO_ANCHORED, PROTO.replace('__proto__', 'constructor'), PROTO.replace('__proto__', 'prototype')]) {
      const report = await lint([{ path: 'a.yaml', content }]);
      const key = /(__proto__|constructor|prototype)/.exec(content)![1]!;
      const unknown = report.files[0]!.diagnostics.filter((d) => d.ruleId === 'schema' && d.message.includes('unknown field'));
      assert.deepEqual(unknown.map((d) => [d.message, d.range.start.line, d.range.start.column]), [[`StatefulSet web: unknown field "spec.${key}"`, PROTO_LINE, 3]], key);
    }
  });

  it('stay own keys when a merge key brings them', async () => {
    const merged = web().replace(/ {2}replicas: \d+\n/, '  <<: {__proto__: {replicas: 50}}\n');
    const report = await lint([{ path: 'a.yaml', content: merged }]);
    const unknown = report.files[0]!.diagnostics.filter((d) => d.ruleId === 'schema' && d.message.includes('unknown field'));
    assert.deepEqual(unknown.map((d) => [d.message, d.range.start.line, d.range.start.column]), [['StatefulSet web: unknown field "spec.__proto__"', PROTO_LINE, 8]]);
  });

  it('in the config file are rule ids like any other: unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-proto-config-'));
    try {
      writeFileSync(join(dir, '.stsplan.yaml'), 'rules:\n  __proto__: off\n');
      writeFileSync(join(dir, 'a.yaml'), web());
      const r = spawnSync(process.execPath, [CLI, 'lint', join(dir, 'a.yaml')], { encoding: 'utf8', cwd: dir });
      assert.equal(r.status, 2, r.stdout);
      assert.match(r.stderr, /unknown rule "__proto__"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plan what the API server does: reject the unknown field, not create 50 pods in parallel', async () => {
    for (const content of [PROTO, PROTO_ANCHORED]) {
      const p = await plan(null, [{ path: 'a.yaml', content }]);
      assert.deepEqual(p.events.filter((e) => e.kind === 'Pod'), []);
      assert.equal(p.summary.rejected, 1);
      assert.match(JSON.stringify(p.statefulSets[0]!.rejection), /spec\.__proto__/);
    }
    // Without it, the defaults: one pod, ordered.
    const p = await plan(null, [{ path: 'a.yaml', content: PROTO.replace(/ {2}__proto__.*\n/, '') }]);
    assert.deepEqual(p.events.filter((e) => e.kind === 'Pod' && e.action === 'create').map((e) => e.name), ['web-0']);
  });

  it('give the same report on one thread and on two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-proto-'));
    try {
      writeFileSync(join(dir, 'a-padding.yaml'), `# ${'x'.repeat(PARALLEL_MIN_BYTES + 1024)}\n${web({ name: 'pad' })}`);
      writeFileSync(join(dir, 'b-proto.yaml'), PROTO_ANCHORED);
      writeFileSync(join(dir, 'c-proto.yaml'), PROTO);
      const run = (c: string) => spawnSync(process.execPath, [CLI, 'lint', '-f', 'json', '--concurrency', c, dir], { encoding: 'utf8' });
      const off = run('off');
      const two = run('2');
      assert.equal(off.status, 1, off.stderr);
      assert.equal(two.stdout, off.stdout);
      const results = JSON.parse(off.stdout) as { filePath: string; messages: { message: string }[] }[];
      for (const f of ['b-proto.yaml', 'c-proto.yaml']) {
        assert.ok(results.find((r) => r.filePath.endsWith(f))!.messages.some((m) => m.message.endsWith('unknown field "spec.__proto__"')), f);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
