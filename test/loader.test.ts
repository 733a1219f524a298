import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../src/loader.js';
import { locate } from '../src/locate.js';
import { lintText } from './helpers/lint.js';

const STS = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';

describe('loader: values as kubectl reads them (YAML 1.1)', () => {
  it('reads yes/no/on/off as booleans, 010 as octal, on: keys as "true", timestamps as strings', () => {
    const { resources, errors } = loadSource('a.yaml', `${STS}spec:\n  a: yes\n  b: off\n  c: 010\n  on: 1\n  t: 2001-12-14\n  s: 1:20\n`);
    assert.deepEqual(errors, []);
    assert.deepEqual(resources[0]!.object.spec, { a: true, b: false, c: 8, true: 1, t: '2001-12-14', s: '1:20' });
  });
  it('keeps the last of duplicate keys and expands merge keys', () => {
    const { resources } = loadSource('a.yaml', `${STS}x: &base {a: 1, b: 2}\nspec:\n  <<: *base\n  b: 3\n  b: 4\n`);
    assert.deepEqual(resources[0]!.object.spec, { a: 1, b: 4 });
  });
  it('locates a merged key where its value is written, and takes a quoted "<<" for an ordinary key', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nx: &d {k: 1}\ndata:\n  "<<": {k: 2}\n  <<: *d\n`;
    const r = loadSource('m.yaml', text).resources[0]!;
    assert.deepEqual(r.object.data, { '<<': { k: 2 }, k: 1 });
    assert.deepEqual(locate(r, ['data', 'k']).range.start, { line: 4, column: 11, offset: 61 });
  });
  it('expands List kinds into their items with their own paths', () => {
    const { resources } = loadSource('l.yaml', `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: b\n`);
    assert.deepEqual(resources.map((r) => r.name), ['a', 'b']);
    assert.deepEqual(locate(resources[1]!, ['metadata', 'name']).range.start, { line: 10, column: 11, offset: 143 });
  });
  it('reads JSON input', () => {
    const { resources } = loadSource('s.json', '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc"}}');
    assert.equal(resources[0]!.name, 'svc');
  });
  it('keeps positions right with CRLF line ends and a BOM', () => {
    const text = '\ufeff' + `${STS}spec:\n  replicas: 3\n`.replace(/\n/g, '\r\n');
    const { resources } = loadSource('crlf.yaml', Buffer.from(text, 'utf8'));
    assert.deepEqual(locate(resources[0]!, ['spec', 'replicas']).range.start.line, 6);
    assert.deepEqual(locate(resources[0]!, ['spec', 'replicas']).range.start.column, 13);
  });
  it('skips empty documents and comment-only documents', () => {
    const { resources, errors } = loadSource('e.yaml', `---\n# only a comment\n---\n${STS}---\n`);
    assert.equal(resources.length, 1);
    assert.deepEqual(errors, []);
  });
});

describe('loader: bad input is a diagnostic with a position, never an exception', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['broken YAML', `${STS}spec:\n  a: [1, 2\n`, /YAML syntax error/],
    ['a document that is not an object', '- a\n- b\n', /not a Kubernetes object/],
    ['a mapping without apiVersion and kind', 'foo: bar\n', /apiVersion and kind missing/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /binary file/],
    ['invalid UTF-8', new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), /not valid UTF-8/],
    [
      'a billion-laughs alias bomb',
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
      /alias/,
    ],
    ['deep nesting', `${'['.repeat(2000)}${']'.repeat(2000)}\n`, /nested (deeper|too deeply)/],
  ];
  for (const [name, content, message] of cases) {
    it(name, () => {
      const { errors } = loadSource('bad.yaml', content);
      assert.equal(errors.length >= 1, true);
      assert.match(errors[0]!.message, message);
      assert.ok(errors[0]!.range.start.line >= 1 && errors[0]!.range.start.column >= 1);
    });
  }
  it('keeps an error at the end of the input inside the file', () => {
    for (const text of ['a: [1, 2', 'a: "open', `${STS}spec: {a: 1`, 'a: |\n  x\n b']) {
      const { errors } = loadSource('eof.yaml', text);
      assert.ok(errors.length > 0, text);
      for (const e of errors) assert.ok(e.range.end.offset <= text.length && e.range.start.offset <= e.range.end.offset, `${text}: ${JSON.stringify(e.range)}`);
    }
  });
  it('points a syntax error at its line', () => {
    const { errors } = loadSource('bad.yaml', `${STS}spec:\n  a: [1, 2\n`);
    assert.equal(errors[0]!.range.start.line >= 6, true);
  });
});

describe('loader: files that are not manifests at all (--ignore-non-kubernetes)', () => {
  it('marks a file foreign when no document has apiVersion or kind', () => {
    assert.equal(loadSource('ci.yaml', 'name: ci\non: [push]\njobs: {}\n').foreign, true);
    assert.equal(loadSource('package.json', '{"name": "x", "version": "1.0.0"}').foreign, true);
    assert.equal(loadSource('list.yaml', '- a\n- b\n').foreign, true);
  });
  it('does not mark half-written manifests, mixed files, broken YAML or empty files', () => {
    assert.equal(loadSource('half.yaml', 'apiVersion: v1\nmetadata: {name: x}\n').foreign, undefined);
    assert.equal(loadSource('mixed.yaml', `${STS}---\nname: ci\n`).foreign, undefined);
    assert.equal(loadSource('broken.yaml', 'name: [\n').foreign, undefined);
    assert.equal(loadSource('empty.yaml', '# nothing\n').foreign, undefined);
  });
  it('drops only foreign files from the report when asked', async () => {
    const { lint } = await import('../src/engine.js');
    const inputs = [
      { path: 'ci.yaml', content: 'name: ci\njobs: {}\n' },
      { path: 'half.yaml', content: 'apiVersion: v1\nmetadata: {name: x}\n' },
    ];
    const strict = await lint(inputs);
    assert.deepEqual(strict.files.map((f) => `${f.path} ${f.diagnostics.length}`), ['ci.yaml 1', 'half.yaml 1']);
    const lenient = await lint(inputs, { ignoreNonKubernetes: true });
    assert.deepEqual(lenient.files.map((f) => `${f.path} ${f.diagnostics.map((d) => d.message).join()}`), ['half.yaml document is not a Kubernetes object: kind missing']);
    assert.equal(lenient.inputErrorCount, 1);
  });
  it('drops a discovered file (found by walking) that has no Kubernetes object, and only that', async () => {
    const { lint } = await import('../src/engine.js');
    const { plan } = await import('../src/planner/plan.js');
    const workflow = 'name: ci\non: [push]\njobs: {}\n';
    const inputs = [
      { path: '.github/workflows/ci.yaml', content: workflow, discovered: true },
      { path: 'build/broken.yaml', content: 'name: [\n', discovered: true },
      { path: 'half.yaml', content: 'apiVersion: v1\nmetadata: {name: x}\n', discovered: true },
      { path: 'named-ci.yaml', content: workflow },
    ];
    const report = await lint(inputs);
    // Broken YAML and a half object are still input errors; a named foreign file still is one too.
    assert.deepEqual(report.files.map((f) => f.path), ['build/broken.yaml', 'half.yaml', 'named-ci.yaml']);
    assert.equal(report.inputErrorCount, 3);
    // The plan reads its inputs the same way.
    const p = await plan(null, [inputs[0]!]);
    assert.deepEqual(p.inputErrors, []);
    assert.equal((await plan(null, [inputs[3]!])).inputErrors.length, 1);
  });
});

describe('values of the wrong type never crash a rule', () => {
  it('reports the schema error and lets the other rules skip the field', async () => {
    const text = `${STS}spec:\n  replicas: "3"\n  serviceName: 7\n  selector: null\n  template:\n    metadata:\n      labels: {app: 1}\n    spec:\n      containers: web\n  volumeClaimTemplates:\n  - metadata: {name: www}\n    spec:\n      accessModes: ReadWriteOnce\n`;
    const findings = await lintText(text);
    assert.ok(findings.some((f) => f.ruleId === 'schema' && /replicas/.test(f.message)));
    assert.ok(findings.some((f) => f.ruleId === 'schema' && /accessModes/.test(f.message)));
    assert.ok(!findings.some((f) => /internal error/.test(f.message)), findings.map((f) => f.message).join('\n'));
  });
});

describe('suppression', () => {
  const base = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector: {app: web}\n  ports:\n  - port: 80\n`;
  it('by annotation on the object', async () => {
    const text = base.replace('  name: web\n', '  name: web\n  annotations:\n    stsplan.dev/ignore: headless-port-unnamed\n');
    assert.equal((await lintText(text, {}, 'headless-port-unnamed')).length, 0);
    assert.equal((await lintText(base, {}, 'headless-port-unnamed')).length, 1);
  });
  it('by a comment on the line above or at the end of the line', async () => {
    assert.equal((await lintText(base.replace('  - port: 80\n', '  # stsplan-ignore headless-port-unnamed\n  - port: 80\n'), {}, 'headless-port-unnamed')).length, 0);
    assert.equal((await lintText(base.replace('  - port: 80\n', '  - port: 80 # stsplan-ignore headless-port-unnamed\n'), {}, 'headless-port-unnamed')).length, 0);
    assert.equal((await lintText(base.replace('  - port: 80\n', '  # stsplan-ignore other-rule\n  - port: 80\n'), {}, 'headless-port-unnamed')).length, 1);
  });
  it('an annotation covers its own object only, not another object of the same name in the file', async () => {
    const ignored = base.replace('  name: web\n', '  name: web\n  annotations:\n    stsplan.dev/ignore: all\n');
    const two = await lintText(`${ignored}---\n${base}`, {}, 'headless-port-unnamed');
    assert.deepEqual(two.map((f) => f.range.start.line), [21]);
    const reversed = await lintText(`${base}---\n${ignored}`, {}, 'headless-port-unnamed');
    assert.deepEqual(reversed.map((f) => f.range.start.line), [9]);
    // Items of one List are objects of their own too.
    const item = (annotated: boolean): string => `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: web\n${annotated ? '    annotations: {stsplan.dev/ignore: all}\n' : ''}  spec:\n    clusterIP: None\n    selector: {app: web}\n    ports:\n    - port: 80\n`;
    const list = await lintText(`apiVersion: v1\nkind: List\nitems:\n${item(true)}${item(false)}`, {}, 'headless-port-unnamed');
    assert.deepEqual(list.map((f) => f.range.start.line), [22]);
  });
  it('only a comment suppresses: not the same text inside a quoted or block scalar', async () => {
    const sts = `${STS}spec:\n  replicas: "3"\n`;
    const schema = async (text: string): Promise<number[]> => (await lintText(text, {}, 'schema')).map((f) => f.range.start.line);
    // spec.replicas at line 6; spec.selector and spec.template missing, at the spec key (line 5).
    assert.deepEqual(await schema(sts), [5, 5, 6]);
    assert.deepEqual(await schema(sts.replace('"3"', '"3 # stsplan-ignore schema"')), [5, 5, 6]);
    assert.deepEqual(await schema(sts.replace('"3"', "'3 # stsplan-ignore schema'")), [5, 5, 6]);
    const block = sts.replace('  name: web\n', '  name: web\n  annotations:\n    note: |\n      # stsplan-ignore schema\n');
    assert.deepEqual(await schema(block), [8, 8, 9]);
    // A comment after a quoted value that holds a '#' is a comment.
    assert.deepEqual(await schema(sts.replace('"3"', '"#3" # stsplan-ignore schema')), [5, 5]);
    assert.deepEqual(await schema(sts.replace('spec:\n', '# stsplan-ignore schema\nspec:\n')), [7]);
  });
});
