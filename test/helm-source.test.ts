/**
 * Findings on `helm template` output name the template of their document (its `# Source:`
 * comment), in every format; github and sarif annotate that template's file when it is in the
 * repository. The fixture test/fixtures/helm-source/rendered.yaml is written as Helm writes its
 * output (see src/load/helm-source.ts): `---` and `# Source:` before each document, a subchart's
 * template (mychart/charts/cache/...), and a test hook after the manifests.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, repoPath } from './helpers/paths.js';
import { helmDocuments, repoSafe } from '../src/load/helm-source.js';
import { mdCode } from '../src/text/markdown-escape.js';

const FIXTURE = repoPath('test/fixtures/helm-source');
const RENDERED = readFileSync(join(FIXTURE, 'rendered.yaml'), 'utf8');
const TEMPLATE = 'mychart/templates/statefulset.yaml';
/** service-not-headless, on `serviceName:` of the StatefulSet rendered from TEMPLATE. */
const LINE = 45;

function run(args: string[], options: { cwd: string; input?: string; workspace: string }): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', GITHUB_WORKSPACE: options.workspace };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
before(() => {
  // A repository (GITHUB_WORKSPACE) holding the chart and its rendered output.
  work = mkdtempSync(join(tmpdir(), 'stsplan-helm-'));
  cpSync(FIXTURE, work, { recursive: true });
  // The current state for plan: the same release with a smaller claim template (immutable: the change is rejected).
  writeFileSync(join(work, 'current.yaml'), RENDERED.replace('storage: 1Gi', 'storage: 500Mi'));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('helmDocuments', () => {
  it('reads the # Source: of every document of helm template output, subchart and hook included', () => {
    const docs = helmDocuments(RENDERED);
    assert.deepEqual(
      docs.map((d) => [d.template, d.fromLine]),
      [
        ['mychart/templates/service.yaml', 2],
        ['mychart/charts/cache/templates/statefulset.yaml', 19],
        [TEMPLATE, 39],
        ['mychart/templates/tests/test-connection.yaml', 73],
      ],
    );
    assert.ok(docs.every((d, i) => i === 0 || d.fromLine === docs[i - 1]!.toLine + 1));
  });

  it('gives an input error at the --- that ends a document to that document, in every format', () => {
    // An unclosed flow sequence is reported where the next document starts.
    const text = '---\n# Source: mychart/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a\n---\n# Source: mychart/templates/b.yaml\nfoo: bar\n';
    const r = run(['lint', '-f', 'json', '-'], { cwd: work, input: text, workspace: work });
    assert.equal(r.code, 2);
    const messages = (JSON.parse(r.stdout) as { messages: { message: string; line: number; template?: string }[] }[])[0]!.messages;
    assert.deepEqual(
      messages.map((m) => [m.message.split(':')[0], m.line, m.template]),
      [
        ['YAML syntax error', 7, 'mychart/templates/a.yaml'],
        ['document is not a Kubernetes object', 9, 'mychart/templates/b.yaml'],
      ],
    );
  });

  it('takes a # Source: only among the leading comments of a document, not in its content', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\n# Source: late/templates/x.yaml\n---\n\n# a comment\n# Source: c/templates/y.yaml\nkind: Service\n';
    assert.deepEqual(helmDocuments(text).map((d) => d.template), ['c/templates/y.yaml']);
  });

  const table: [string, boolean][] = [
    ['mychart/templates/statefulset.yaml', true],
    ['mychart/charts/sub/templates/a b.yaml', true],
    ['../etc/passwd', false],
    ['mychart/../../x.yaml', false],
    ['/etc/passwd', false],
    ['C:/x/templates/a.yaml', false],
    ['mychart\\templates\\a.yaml', false],
    ['mychart//templates/a.yaml', false],
    ['mychart/./a.yaml', false],
    ['mychart/templates/a\u001b[31m.yaml', false],
    ['mychart/templates/a\u202e.yaml', false],
  ];
  for (const [path, safe] of table) {
    it(`repoSafe(${JSON.stringify(path)}) is ${safe}`, () => assert.equal(repoSafe(path), safe));
  }
});

describe('stsplan lint on helm template output', () => {
  // The same findings read from stdin (`helm template … | stsplan lint -`) and from a file.
  const inputs = [
    { name: 'stdin', args: ['-'], input: RENDERED, shown: '<stdin>' },
    { name: 'a file', args: ['rendered.yaml'], input: '', shown: 'rendered.yaml' },
  ];
  for (const inp of inputs) {
    it(`stylish names the template beside the rendered line (${inp.name})`, () => {
      const r = run(['lint', ...inp.args], { cwd: work, input: inp.input, workspace: work });
      assert.equal(r.code, 0, r.stderr);
      // The finding's block: its first line has the rendered position, the lines under it the
      // rest of the message, the rule, the template and the fix.
      const lines = r.stdout.split('\n');
      const first = lines.findIndex((l) => new RegExp(`^\\s+\\S+\\s+${LINE}:16\\s`).test(l));
      assert.ok(first >= 0, r.stdout);
      const block = [lines[first]!, ...lines.slice(first + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((l) => /^ {12}\S/.test(l)))];
      assert.ok(block.some((l) => l.includes('service-not-headless')), block.join('\n'));
      assert.ok(block.some((l) => l.trim() === `rendered from ${TEMPLATE}`), block.join('\n'));
      // The line number is never printed as the template's.
      assert.ok(!r.stdout.includes(`${TEMPLATE}:`), r.stdout);
    });

    it(`json keeps the rendered file and line and adds the template (${inp.name})`, () => {
      const r = run(['lint', '-f', 'json', ...inp.args], { cwd: work, input: inp.input, workspace: work });
      const [result] = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; template?: string; relatedLocations?: { template?: string; line: number }[] }[] }[];
      assert.equal(result!.filePath, inp.name === 'stdin' ? '<stdin>' : join(work, 'rendered.yaml'));
      const m = result!.messages.find((x) => x.ruleId === 'service-not-headless')!;
      assert.equal(m.line, LINE);
      assert.equal(m.template, TEMPLATE);
      assert.deepEqual(m.relatedLocations?.map((l) => [l.line, l.template]), [[9, 'mychart/templates/service.yaml']]);
      const cache = result!.messages.find((x) => x.ruleId === 'service-not-found')!;
      assert.equal(cache.template, 'mychart/charts/cache/templates/statefulset.yaml');
    });

    it(`github annotates the template's file at line 1 and says where in the rendered output (${inp.name})`, () => {
      const r = run(['lint', '-f', 'github', ...inp.args], { cwd: work, input: inp.input, workspace: work });
      const line = r.stdout.split('\n').find((l) => l.includes('title=service-not-headless'))!;
      assert.ok(line.startsWith(`::warning file=${TEMPLATE},line=1,title=service-not-headless::${inp.shown}:${LINE}:16: `), line);
      assert.ok(line.includes(`(rendered from ${TEMPLATE}; ${LINE}:16 is the line and column in the rendered output)`), line);
      // The related Service, in another document of the same output, is named with its template.
      assert.ok(line.includes(`${inp.shown}:9:1, rendered from mychart/templates/service.yaml: `), line);
      const sub = r.stdout.split('\n').find((l) => l.includes('title=service-not-found'))!;
      assert.ok(sub.startsWith('::warning file=mychart/charts/cache/templates/statefulset.yaml,line=1,'), sub);
    });

    it(`sarif puts the result on the template and the rendered place in relatedLocations (${inp.name})`, () => {
      const r = run(['lint', '-f', 'sarif', ...inp.args], { cwd: work, input: inp.input, workspace: work });
      type Loc = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message?: { text: string } };
      const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: Loc[]; relatedLocations?: Loc[]; properties?: { helmTemplate?: string } }[] }[] }).runs[0]!.results;
      const res = results.find((x) => x.ruleId === 'service-not-headless')!;
      assert.equal(res.locations[0]!.physicalLocation.artifactLocation.uri, TEMPLATE);
      assert.deepEqual(res.locations[0]!.physicalLocation.region, { startLine: 1 });
      assert.match(res.locations[0]!.message!.text, /the line in the template is not known/);
      const rendered = res.relatedLocations![0]!;
      assert.equal(rendered.physicalLocation.artifactLocation.uri, inp.name === 'stdin' ? 'stdin' : 'rendered.yaml');
      assert.equal(rendered.physicalLocation.region.startLine, LINE);
      assert.equal(res.properties?.helmTemplate, TEMPLATE);
    });

    it(`junit names the template in the failure (${inp.name})`, () => {
      const r = run(['lint', '-f', 'junit', ...inp.args], { cwd: work, input: inp.input, workspace: work });
      assert.ok(r.stdout.includes(`${inp.shown.replace('<', '&lt;').replace('>', '&gt;')}:${LINE}:16: warning: StatefulSet release-name-mychart: Service`), r.stdout);
      assert.ok(r.stdout.includes(`(rendered from ${TEMPLATE})`), r.stdout);
    });
  }

  it('--helm-chart-dir names the chart when the working directory does not show it', () => {
    const r = run(['lint', '-f', 'github', '--helm-chart-dir', join(work, 'mychart'), '-'], { cwd: tmpdir(), input: RENDERED, workspace: work });
    assert.ok(r.stdout.split('\n').some((l) => l.startsWith(`::warning file=${TEMPLATE},line=1,title=service-not-headless::`)), r.stdout);
    const bad = run(['lint', '-f', 'github', '--helm-chart-dir', work, '-'], { cwd: work, input: RENDERED, workspace: work });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--helm-chart-dir .*: no Chart\.yaml there/);
  });

  it('without a chart in the repository the rendered file is annotated at its own line, the template only named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-helm-nochart-'));
    writeFileSync(join(dir, 'rendered.yaml'), RENDERED);
    const r = run(['lint', '-f', 'github', 'rendered.yaml'], { cwd: dir, input: '', workspace: dir });
    rmSync(dir, { recursive: true, force: true });
    const line = r.stdout.split('\n').find((l) => l.includes('title=service-not-headless'))!;
    assert.ok(line.startsWith(`::warning file=rendered.yaml,line=${LINE},col=16,`), line);
    assert.ok(line.includes(`(rendered from ${TEMPLATE})`), line);
    assert.ok(!r.stdout.includes('line=1,title'), r.stdout);
  });

  it('a template with no file in the repository (a packaged subchart) is never annotated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-helm-packaged-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      rmSync(join(dir, 'mychart', 'charts', 'cache'), { recursive: true });
      writeFileSync(join(dir, 'mychart', 'charts', 'cache-0.1.0.tgz'), '');
      const r = run(['lint', '-f', 'github', '-'], { cwd: dir, input: RENDERED, workspace: dir });
      const sub = r.stdout.split('\n').find((l) => l.includes('title=service-not-found'))!;
      assert.ok(sub.startsWith('::warning file=<stdin>,line=25,col=16,'), sub);
      assert.ok(sub.includes('(rendered from mychart/charts/cache/templates/statefulset.yaml)'), sub);
      assert.ok(r.stdout.includes(`::warning file=${TEMPLATE},line=1,title=service-not-headless::`), r.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a forged # Source: comment', () => {
  // Each forges a path, a line of its own or markup; the StatefulSet after it has findings.
  const forged = [
    '../../../etc/passwd',
    '/etc/passwd',
    'mychart/../mychart/templates/statefulset.yaml',
    'mychart/templates/statefulset.yaml,line=7::x',
    'x::error file=mychart/templates/service.yaml,line=3::forged',
    'x\r::error::forged after a carriage return',
    'x\u2028::error::forged after a line separator',
    'x\u001b[31mred\u001b]8;;http://evil\u0007',
    '[click](http://evil.example) <img src=x> `code` @admin #1 | cell',
  ];
  const stream = (source: string): string => RENDERED.replace(`# Source: ${TEMPLATE}\n`, `# Source: ${source}\n`);

  for (const source of forged) {
    it(`is shown as text and never annotated: ${JSON.stringify(source)}`, () => {
      const r = run(['lint', '-f', 'github', '-'], { cwd: work, input: stream(source), workspace: work });
      const lines = r.stdout.split('\n').filter(Boolean);
      // One command per finding, nothing else: no line of the output is the comment's.
      assert.ok(lines.length > 0 && lines.every((l) => /^::(warning|error|notice) file=/.test(l)), r.stdout);
      // Only the other documents' templates, which are files of the repository, are annotated.
      const files = new Set(lines.map((l) => /^::\w+ file=([^,]*),/.exec(l)![1]));
      for (const f of files) assert.ok(['<stdin>', 'mychart/templates/service.yaml', 'mychart/charts/cache/templates/statefulset.yaml'].includes(f!), f);
      // eslint-disable-next-line no-control-regex
      for (const l of lines) assert.ok(!/[\r\n\u001b\u2028]/.test(l), JSON.stringify(l));
      for (const format of ['stylish', 'junit']) {
        const out = run(['lint', '-f', format, '-'], { cwd: work, input: stream(source), workspace: work }).stdout;
        // eslint-disable-next-line no-control-regex
        assert.ok(!/[\r\u001b\u2028]/.test(out), `${format}: ${JSON.stringify(out)}`);
      }
      const sarif = JSON.parse(run(['lint', '-f', 'sarif', '-'], { cwd: work, input: stream(source), workspace: work }).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; properties?: { helmTemplate?: string } }[] }[] };
      const mine = sarif.runs[0]!.results.filter((res) => !res.properties?.helmTemplate?.startsWith('mychart/templates/service') && !res.properties?.helmTemplate?.startsWith('mychart/charts/'));
      assert.ok(mine.length > 0);
      for (const res of mine) assert.equal(res.locations[0]!.physicalLocation.artifactLocation.uri, 'stdin');
    });
  }

  it('in the Markdown plan is code, not markup', () => {
    const source = forged.at(-1)!;
    const r = run(['plan', '-f', 'markdown', '-', '--from', 'current.yaml'], { cwd: work, input: stream(source), workspace: work });
    const span = mdCode(`<stdin>:71:22, rendered from ${source}`);
    assert.ok(r.stdout.includes(`(${span})`), r.stdout);
    // Outside code spans (each place in its document is one), nothing of the comment is markup.
    const rest = r.stdout.replace(/``.*?``/g, '');
    assert.ok(!rest.includes('<img') && !rest.includes('](http'), rest);
  });

  it('in the text plan writes control characters as escapes', () => {
    const source = 'x\u001b[31mred\u001b]8;;http://evil\u0007';
    const r = run(['plan', '-f', 'text', '-', '--from', 'current.yaml'], { cwd: work, input: stream(source), workspace: work });
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\u001b\u0007]/.test(r.stdout), JSON.stringify(r.stdout));
  });
});

describe('stsplan plan on helm template output', () => {
  const formats = [
    { format: 'text', where: `<stdin>:71:22, rendered from ${TEMPLATE}` },
    { format: 'markdown', where: `\`<stdin>:71:22, rendered from ${TEMPLATE}\`` },
  ];
  for (const f of formats) {
    it(`${f.format}: a rejected field names the template, the suggested commands the stream applied`, () => {
      const r = run(['plan', '-f', f.format, '-', '--from', 'current.yaml'], { cwd: work, input: RENDERED, workspace: work });
      assert.equal(r.code, 1, r.stderr + r.stdout);
      assert.ok(r.stdout.includes(f.where), r.stdout);
      assert.ok(r.stdout.includes('kubectl apply -f -'), r.stdout);
      assert.ok(!r.stdout.includes(`apply -f ${TEMPLATE}`) && !r.stdout.includes(`-f mychart/`), r.stdout);
    });
  }
  it('json: locations carry the template beside the rendered line', () => {
    const r = run(['plan', '-f', 'json', '-', '--from', 'current.yaml'], { cwd: work, input: RENDERED, workspace: work });
    const plan = JSON.parse(r.stdout) as { statefulSets: { name: string; rejection?: { fields: { location?: { file: string; line: number; template?: string } }[]; route: string[] } }[] };
    const s = plan.statefulSets.find((x) => x.name === 'release-name-mychart')!;
    assert.deepEqual(s.rejection!.fields[0]!.location, { file: '<stdin>', line: 71, column: 22, template: TEMPLATE });
    assert.ok(s.rejection!.route.some((c) => c.includes('kubectl apply -f -')), JSON.stringify(s.rejection!.route));
  });
});
