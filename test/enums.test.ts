/**
 * The enum table (src/k8s/enums.ts) end to end: for every entry, a manifest of its kind with a value
 * outside the entry's list gets an error at that value's line with the upstream message, on every
 * release the entry covers; every listed value passes; and the table itself is well formed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { ENUMS, type EnumField, type EnumScope } from '../src/k8s/enums.js';
import { SUPPORTED_VERSIONS } from '../src/k8s/versions.js';
import type { Finding } from '../src/types.js';
import { lintText } from './helpers/lint.js';

const MINORS = SUPPORTED_VERSIONS.map((v) => Number(v.split('.')[1]));
const FIRST = MINORS[0]!;
const LAST = MINORS[MINORS.length - 1]!;

type Json = Record<string, unknown>;

const podSpec = (): Json => ({ containers: [{ name: 'app', image: 'nginx:1.27' }] });

/** A valid object of each scope, and where a PodSpec entry's path starts inside it. */
function base(scope: EnumScope): { object: Json; at: string[] } {
  switch (scope) {
    case 'StatefulSet':
    case 'PodSpec':
      return {
        object: {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name: 'web' },
          spec: { serviceName: 'web', replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: podSpec() } },
        },
        at: scope === 'PodSpec' ? ['spec', 'template', 'spec'] : [],
      };
    case 'Service':
      return { object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }] } }, at: [] };
    case 'PersistentVolumeClaim':
      return { object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }, at: [] };
    case 'StorageClass':
      return { object: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'ebs.csi.aws.com' }, at: [] };
    case 'PodDisruptionBudget':
      return { object: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } } }, at: [] };
  }
}

/** Sets `value` at the entry's path (first alternative, first list item), creating what is missing. */
function setAt(object: Json, at: string[], entry: EnumField, value: string): string[] {
  const segs = [...at, ...entry.path.map((s) => (typeof s === 'string' ? s : s[0]!))];
  let node: unknown = object;
  const path: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if (seg === '*') {
      const list = node as unknown[];
      if (list.length === 0) list.push({});
      if (last) list[0] = value;
      node = list[0];
      path.push('0');
      continue;
    }
    const rec = node as Json;
    path.push(seg);
    if (last) rec[seg] = value;
    else {
      if (rec[seg] === undefined) rec[seg] = segs[i + 1] === '*' ? [] : {};
      node = rec[seg];
    }
  }
  return path;
}

/** The error findings about `value` in the entry's message form. */
async function enumFindings(entry: EnumField, value: string, minor: number): Promise<{ findings: Finding[]; text: string }> {
  const { object, at } = base(entry.scope);
  // An entry upstream checks only on some objects (externalTrafficPolicy: externally accessible
  // Services) is tried on one it applies to.
  if (entry.applies && !entry.applies(object)) {
    const spec = object.spec as Json;
    delete spec.clusterIP;
    spec.type = 'NodePort';
    assert.ok(entry.applies(object), 'the entry applies to a NodePort Service');
  }
  setAt(object, at, entry, value);
  const text = stringify(object);
  const all = await lintText(text, { kubeVersion: `1.${minor}` });
  // A reportOnParent entry names the enclosing field with its whole value (which holds `value`).
  const matches = (m: string): boolean =>
    entry.invalid !== undefined
      ? m.includes(`Invalid value: `) && m.includes(entry.invalid) && m.includes(JSON.stringify(value).slice(1, -1)) && (entry.reportOnParent || m.includes(`Invalid value: ${JSON.stringify(value)}: `))
      : m.includes(`Unsupported value: ${JSON.stringify(value)}: supported values:`);
  return { findings: all.filter((f) => f.severity === 'error' && matches(f.message)), text };
}

const label = (e: EnumField): string => `${e.scope} ${e.path.map((s) => (typeof s === 'string' ? s : `{${s.join(',')}}`)).join('.')}${e.since || e.until ? ` (1.${e.since ?? FIRST}–1.${e.until ?? LAST})` : ''}`;
const covers = (e: EnumField, minor: number): boolean => (e.since === undefined || minor >= e.since) && (e.until === undefined || minor <= e.until);
const samePlace = (a: EnumField, b: EnumField): boolean => a.scope === b.scope && JSON.stringify(a.path) === JSON.stringify(b.path);

describe('enum table', () => {
  it('is well formed: values listed once, defaults among them, sources named, release ranges valid', () => {
    for (const e of ENUMS) {
      assert.ok(e.values.length > 0, label(e));
      assert.equal(new Set(e.values).size, e.values.length, `${label(e)}: a value listed twice`);
      if (e.default !== undefined) assert.ok(e.values.includes(e.default), `${label(e)}: default ${e.default} not among the values`);
      assert.match(e.source, /^(core|apps|storage|policy|apimachinery)\/validation \w+/, label(e));
      if (e.since !== undefined && e.until !== undefined) assert.ok(e.since <= e.until, label(e));
    }
  });

  it('has at most one entry for a field on any release', () => {
    for (const [i, a] of ENUMS.entries()) {
      for (const b of ENUMS.slice(i + 1)) {
        if (samePlace(a, b)) assert.ok(!MINORS.some((m) => covers(a, m) && covers(b, m)), `${label(a)} and ${label(b)} overlap`);
      }
    }
  });

  for (const entry of ENUMS) {
    const minors = MINORS.filter((m) => covers(entry, m));
    describe(label(entry), () => {
      for (const minor of [...new Set([minors[0]!, minors[minors.length - 1]!])]) {
        it(`rejects a value outside the list on 1.${minor}, at the value's line`, async () => {
          const { findings, text } = await enumFindings(entry, 'Bogus-Value', minor);
          assert.equal(findings.length, 1, `${findings.length} findings in\n${text}`);
          const line = text.split('\n').findIndex((l) => l.includes('Bogus-Value')) + 1;
          assert.equal(findings[0]!.range.start.line, line);
        });
      }
      it('accepts every listed value', async () => {
        for (const value of entry.values) {
          const { findings } = await enumFindings(entry, value, minors[minors.length - 1]!);
          assert.deepEqual(findings.map((f) => f.message), [], value);
        }
      });
      const outside = MINORS.filter((m) => !covers(entry, m) && !ENUMS.some((o) => o !== entry && samePlace(o, entry) && covers(o, m)));
      if (outside.length > 0) {
        it(`does not check the field on releases outside its range (1.${outside.join(', 1.')})`, async () => {
          for (const minor of outside) assert.deepEqual((await enumFindings(entry, 'Bogus-Value', minor)).findings, []);
        });
      }
    });
  }
});
