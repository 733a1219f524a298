import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../src/load/loader.js';
import { locate } from '../src/load/locate.js';
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
  it('measures --max-document-bytes and --max-file-bytes in UTF-8 bytes, not in characters', () => {
    // 55 characters, 20 of them of two bytes: 75 bytes of UTF-8.
    const doc = `apiVersion: v1\nkind: ConfigMap\nx: ${'é'.repeat(20)}\n`;
    assert.equal(Buffer.byteLength(doc), 75);
    assert.equal(doc.length, 55);
    const at = (limits: { maxDocumentBytes?: number; maxFileBytes?: number }): string[] => loadSource('u.yaml', doc, { limits }).errors.map((e) => e.message);
    assert.deepEqual(at({ maxDocumentBytes: 75 }).filter((m) => /--max-document-bytes/.test(m)), []);
    assert.match(at({ maxDocumentBytes: 74 }).join('\n'), /^document is 75 bytes, over the limit of 74 \(--max-document-bytes\)/);
    assert.match(at({ maxDocumentBytes: 60 }).join('\n'), /^document is 75 bytes, over the limit of 60/);
    assert.deepEqual(at({ maxFileBytes: 75 }).filter((m) => /--max-file-bytes/.test(m)), []);
    assert.match(at({ maxFileBytes: 60 }).join('\n'), /^file is 75 bytes, over the limit of 60 \(--max-file-bytes\)/);
    // The same as bytes.
    assert.match(loadSource('u.yaml', Buffer.from(doc), { limits: { maxDocumentBytes: 60 } }).errors[0]!.message, /^document is 75 bytes/);
  });
  it('refuses a document with a control character anywhere, as go-yaml does, and reads the others', () => {
    const doc = (name: string, extra = ''): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}${extra}\n`;
    const { resources, errors } = loadSource('c.yaml', `${doc('a', ' # a comment with ESC \u001b[2J')}---\n${doc('b')}---\n${doc('c', '\u007f')}`);
    assert.deepEqual(resources.map((r) => r.name), ['b']);
    assert.deepEqual(errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message.slice(0, 24)}`), ['4:32 control character U+001B', '14:10 control character U+007F']);
    // Tab, NEL and other text is fine; JSON refuses C0 controls only.
    assert.deepEqual(loadSource('t.yaml', doc('t', ' # tab\t, NEL \u0085')).errors, []);
    const json = loadSource('c.json', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a\u0001\u007f"}}');
    assert.deepEqual(json.errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message}`), ["1:66 control character U+0001: kubectl's JSON decoder rejects a file that holds one outside an escape; it was not read"]);
  });
  it('points a syntax error at its line', () => {
    const { errors } = loadSource('bad.yaml', `${STS}spec:\n  a: [1, 2\n`);
    assert.equal(errors[0]!.range.start.line >= 6, true);
  });
});

describe('loader: line breaks and byte order marks as kubectl reads them', () => {
  const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata:\n  a: x\n';
  const read = (text: string) => {
    const { resources, errors } = loadSource('t.yaml', text);
    return { objects: resources.map((r) => r.object), errors: errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message}`) };
  };
  it('reads a lone CR as a line break, in values and in positions', () => {
    const r = loadSource('cr.yaml', `${CM}  b: |\n    one\n    two\n`.replace(/\n/g, '\r'));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.resources[0]!.object.data, { a: 'x', b: 'one\ntwo\n' });
    assert.deepEqual(locate(r.resources[0]!, ['data', 'b']).range.start, { line: 6, column: 6, offset: 69 });
    // A map's range stops at the end of its first line.
    assert.deepEqual(locate(r.resources[0]!, ['metadata']).range, { start: { line: 3, column: 11, offset: 41 }, end: { line: 3, column: 20, offset: 50 } });
  });
  it('skips a BOM at the start of a later document, where kubectl hands go-yaml a document of its own', () => {
    assert.deepEqual(read(`${CM}---\n\uFEFF${CM}`), { objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm' }, data: { a: 'x' } }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm' }, data: { a: 'x' } }], errors: [] });
    assert.equal(read(`# head\n---\n\uFEFF${CM}`).objects.length, 1);
    // kubectl keeps a `---` line with nothing collected before it (the first line of a file, the
    // second of two): the BOM is then not at the start of what go-yaml reads, and stays in the key.
    assert.deepEqual(read(`---\n\uFEFF${CM}`).errors, ['2:1 document is not a Kubernetes object: apiVersion missing']);
    assert.deepEqual(read(`${CM}---\n---\n\uFEFF${CM}`).errors, ['8:1 document is not a Kubernetes object: apiVersion missing']);
  });
  it('does not split documents where kubectl does not: at a "---" after a lone CR', () => {
    const r = read(`${CM}---\n${CM}`.replace(/\n/g, '\r'));
    assert.equal(r.objects.length, 1);
    assert.deepEqual(r.errors.map((e) => e.slice(0, 51)), ['6:1 kubectl does not start a document at this "---"']);
    const first = read(`---\n${CM}`.replace(/\n/g, '\r'));
    assert.equal(first.objects.length, 0);
    assert.deepEqual(first.errors.map((e) => e.slice(0, 71)), ['1:1 kubectl rejects this "---" line ("invalid Yaml document separator")']);
    // CRLF is a line break to kubectl's reader too.
    assert.deepEqual(read(`---\n${CM}---\n${CM}`.replace(/\n/g, '\r\n')).objects.length, 2);
  });
  it('takes comments for suppressions at their lines with lone CR line ends', async () => {
    const text = `${STS}spec:\n  replicas: "3" # stsplan-ignore schema\n`.replace(/\n/g, '\r');
    assert.deepEqual((await lintText(text, {}, 'schema')).map((f) => f.range.start.line), [5, 5]);
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
    const { lint } = await import('../src/lint/engine.js');
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
    const { lint } = await import('../src/lint/engine.js');
    const { plan } = await import('../src/plan/prepare.js');
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
