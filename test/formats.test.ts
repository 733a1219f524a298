/**
 * Machine formats as their consumers read them: SARIF checked against the official 2.1.0 schema and
 * by Microsoft's SARIF Multitool, GitHub workflow commands, JUnit XML, ESLint formatter modules, and
 * --output writing a report while the terminal still gets the human format.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { fileURLToPath } from 'node:url';
import { CLI, repoPath } from './helpers/paths.js';
import { git } from './helpers/git.js';
import { stack } from './helpers/plan.js';
import { escapeData, escapeProperty } from '../src/lint/format/github.js';
import { formatterCandidates } from '../src/lint/format/module.js';
import { rules } from '../rules/index.js';
import { packageVersion } from '../src/version.js';

/** The SARIF Multitool from test/tools (installed by `npm test`); its package ships the official schema. */
const tools = createRequire(repoPath('test/tools/package.json'));

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): { code: number; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', GITHUB_WORKSPACE: undefined, ...options.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? repoPath('.'), encoding: 'utf8', env: env as NodeJS.ProcessEnv });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  messageId?: string;
  relatedLocations?: unknown[];
}

/** The findings as ESLint's JSON shape gives them: the reference the other formats must agree with. */
function jsonFindings(args: string[], cwd?: string): { file: string; m: JsonMessage }[] {
  const r = run(['lint', '--format', 'json', ...args], cwd ? { cwd } : {});
  const results = JSON.parse(r.stdout) as { filePath: string; messages: JsonMessage[] }[];
  return results.flatMap((f) => f.messages.map((m) => ({ file: f.filePath, m })));
}

const BROKEN = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels: {a: [1, 2}\n';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'stsplan-formats-'));
  writeFileSync(join(dir, 'broken.yaml'), BROKEN);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('--format json', () => {
  it("gives each rule finding the id of the rule's message that fired (ESLint's messageId), and input errors none", () => {
    const found = jsonFindings(['examples/', 'test/fixtures/rules/service-spec-invalid/invalid-cross-field.yaml', join(dir, 'broken.yaml')]);
    const byRule = found.filter(({ m }) => m.ruleId !== null);
    assert.ok(byRule.length >= 5);
    for (const { m } of byRule) {
      const messages = rules.find((r) => r.meta.id === m.ruleId)!.meta.messages;
      assert.ok(m.messageId !== undefined && Object.hasOwn(messages, m.messageId), `${m.ruleId}: ${m.messageId}`);
    }
    assert.ok(found.some(({ m }) => m.ruleId === 'service-spec-invalid' && m.messageId === 'dualStackUnknown'));
    const input = found.filter(({ m }) => m.ruleId === null);
    assert.ok(input.length > 0 && input.every(({ file, m }) => file.endsWith('broken.yaml') && m.messageId === undefined));
  });
});

describe('--format sarif', () => {
  const inputs = ['examples/', 'test/fixtures/rules/duplicate-resource/invalid.yaml'];
  let log: Log;
  let text: string;
  before(() => {
    const r = run(['lint', '--format', 'sarif', ...inputs]);
    assert.equal(r.code, 1, r.stderr);
    text = r.stdout;
    log = JSON.parse(text) as Log;
  });

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const binary = tools('@microsoft/sarif-multitool') as string;
    const schema = JSON.parse(readFileSync(join(dirname(binary), 'sarif-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    // The schema must be able to say no: a result without a message is invalid.
    const broken = structuredClone(log);
    delete (broken.runs[0]!.results![0] as { message?: unknown }).message;
    assert.equal(validate(broken), false);
  });

  it('passes the SARIF Multitool validate command with no errors or warnings', () => {
    const binary = tools('@microsoft/sarif-multitool') as string;
    const file = join(dir, 'lint.sarif');
    const out = join(dir, 'validation.sarif');
    writeFileSync(file, text);
    const r = spawnSync(binary, ['validate', '--level', 'Error;Warning', '--output', out, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const validation = JSON.parse(readFileSync(out, 'utf8')) as Log;
    const problems = (validation.runs[0]!.results ?? []).filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
    assert.deepEqual(problems.map((p) => `${p.ruleId}: ${JSON.stringify(p.message)}`), []);
    // And it does find problems when there are some: a rule whose name equals its id (SARIF1001).
    const bad = structuredClone(log);
    bad.runs[0]!.tool.driver.rules![0]!.name = bad.runs[0]!.tool.driver.rules![0]!.id;
    writeFileSync(file, JSON.stringify(bad));
    rmSync(out, { force: true });
    spawnSync(binary, ['validate', '--level', 'Error;Warning', '--output', out, file], { encoding: 'utf8' });
    const flagged = (JSON.parse(readFileSync(out, 'utf8')) as Log).runs[0]!.results ?? [];
    assert.ok(flagged.some((x) => x.ruleId === 'SARIF1001'));
  });

  it('describes every rule with its documentation, help URI and default level, and the tool version', () => {
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'stsplan');
    assert.equal(driver.version, packageVersion());
    const ids = driver.rules!.map((r) => r.id);
    for (const rule of rules) assert.ok(ids.includes(rule.meta.id), rule.meta.id);
    const pdb = driver.rules!.find((r) => r.id === 'pdb-missing')!;
    assert.match(pdb.helpUri!, /rules\/pdb-missing\.md$/);
    assert.equal(pdb.help!.markdown, readFileSync(repoPath('rules/pdb-missing.md'), 'utf8'));
    assert.equal(pdb.defaultConfiguration!.level, 'warning');
    for (const r of log.runs[0]!.results!) assert.equal(driver.rules![r.ruleIndex!]!.id, r.ruleId);
  });

  it('gives every result the exact region of the finding, with repository-relative paths', () => {
    const reference = jsonFindings(inputs);
    const results = log.runs[0]!.results!;
    assert.equal(results.length, reference.length);
    for (const [i, r] of results.entries()) {
      const { file, m } = reference[i]!;
      const loc = r.locations![0]!.physicalLocation!;
      assert.equal(loc.artifactLocation!.uri, file.slice(repoPath('.').length + 1));
      assert.equal(loc.artifactLocation!.uriBaseId, '%SRCROOT%');
      assert.deepEqual(loc.region, { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
    }
    // Not a placeholder: findings sit on many different lines, none of the examples' on line 1.
    assert.ok(new Set(results.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).size > 5);
    assert.ok(results.every((r) => r.locations![0]!.physicalLocation!.region!.startLine! > 1));
  });

  it('carries the second place of a finding as relatedLocations', () => {
    const dup = log.runs[0]!.results!.find((r) => r.ruleId === 'duplicate-resource')!;
    assert.equal(dup.relatedLocations!.length, 1);
    const rel = dup.relatedLocations![0]!;
    assert.equal(rel.physicalLocation!.artifactLocation!.uri, 'test/fixtures/rules/duplicate-resource/invalid.yaml');
    assert.equal(rel.physicalLocation!.region!.startLine, 4);
    assert.match(rel.message!.text!, /first definition/);
  });

  it('reports unreadable input at its position under the "input" rule', () => {
    const r = run(['lint', '--format', 'sarif', join(dir, 'broken.yaml')], { cwd: dir });
    assert.equal(r.code, 2);
    const results = (JSON.parse(r.stdout) as Log).runs[0]!.results!;
    assert.equal(results[0]!.ruleId, 'input');
    assert.equal(results[0]!.level, 'error');
    assert.equal(results[0]!.locations![0]!.physicalLocation!.region!.startLine, 5);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, with the full range and the rule as title', () => {
    const r = run(['lint', '--format', 'github', 'examples/mistakes/db.yaml']);
    assert.equal(r.code, 1);
    const reference = jsonFindings(['examples/mistakes/db.yaml']);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, reference.length);
    for (const [i, line] of lines.entries()) {
      const { m } = reference[i]!;
      const level = /^::(error|warning|notice) /.exec(line)?.[1];
      assert.ok(level, line);
      assert.ok(line.startsWith(`::${level} file=examples/mistakes/db.yaml,line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${m.ruleId}::`), line);
      assert.ok(!line.slice(2).includes('\n'));
    }
    assert.match(r.stdout, /^::warning file=examples\/mistakes\/db\.yaml,line=27,col=16,endLine=27,endColumn=24,title=service-not-headless::StatefulSet postgres: Service "postgres" has a cluster IP \(it is not headless\).*%0AFix: set `clusterIP: None`/m);
    assert.match(r.stdout, /^::error file=examples\/mistakes\/db\.yaml,line=46,col=17,endLine=46,endColumn=23,title=volume-mount-unknown::StatefulSet postgres: container "postgres" mounts "pgdata"/m);
  });

  it('makes paths relative to GITHUB_WORKSPACE when run from a subdirectory', () => {
    const r = run(['lint', '--format', 'github', 'db.yaml'], { cwd: repoPath('examples/mistakes'), env: { GITHUB_WORKSPACE: repoPath('.') } });
    assert.match(r.stdout, /^::error file=examples\/mistakes\/db\.yaml,line=46,/m);
  });

  it('escapes what would end a command or a property', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    const r = run(['lint', '--format', 'github', join(dir, 'broken.yaml')], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^::error file=broken\.yaml,line=5,col=\d+,endLine=\d+,endColumn=\d+,title=stsplan%3A input error::/);
  });
});

describe('--format junit', () => {
  it('has a suite per file, a test case per object and a failure per finding', () => {
    const r = run(['lint', '--format', 'junit', 'examples/clean', 'examples/mistakes', join(dir, 'broken.yaml')]);
    assert.equal(r.code, 2);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name) }).parse(r.stdout) as {
      testsuites: { tests: string; failures: string; errors: string; testsuite: { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string; '#text': string }[]; error?: unknown[] }[] }[] };
    };
    const suites = xml.testsuites.testsuite;
    assert.deepEqual(suites.map((s) => s.name), ['examples/clean/web.yaml', 'examples/mistakes/db.yaml', join(dir, 'broken.yaml')]);
    const clean = suites[0]!;
    assert.deepEqual(clean.testcase.map((c) => c.name), ['Service default/nginx', 'StorageClass fast-ssd', 'StatefulSet default/web', 'PodDisruptionBudget default/web']);
    assert.ok(clean.testcase.every((c) => !c.failure));
    const db = suites[1]!;
    const sts = db.testcase.find((c) => c.name === 'StatefulSet postgres')!;
    const reference = jsonFindings(['examples/mistakes/db.yaml']);
    const all = db.testcase.flatMap((c) => c.failure ?? []);
    assert.equal(all.length, reference.length);
    assert.ok(sts.failure!.some((f) => f.type === 'service-not-headless' && f['#text'].startsWith('examples/mistakes/db.yaml:27:16: warning:')));
    assert.ok(sts.failure!.some((f) => f.type === 'volume-mount-unknown' && f['#text'].startsWith('examples/mistakes/db.yaml:46:17: error:')));
    assert.equal(db.failures, String(db.testcase.filter((c) => c.failure).length));
    const broken = suites[2]!;
    assert.equal(broken.testcase[0]!.name, '(file)');
    assert.equal(broken.testcase[0]!.error!.length, jsonFindings([join(dir, 'broken.yaml')]).length);
    assert.equal(xml.testsuites.errors, '1');
    assert.equal(xml.testsuites.tests, String(suites.reduce((n, s) => n + s.testcase.length, 0)));
  });
});

describe('--format <ESLint formatter module>', () => {
  it('resolves names the way ESLint does', () => {
    assert.deepEqual(formatterCandidates('pretty'), ['eslint-formatter-pretty', 'pretty']);
    assert.deepEqual(formatterCandidates('eslint-formatter-x'), ['eslint-formatter-x']);
    assert.deepEqual(formatterCandidates('@org/x'), ['@org/eslint-formatter-x', '@org/x']);
    assert.deepEqual(formatterCandidates('@org'), ['@org/eslint-formatter', '@org']);
  });

  it('loads a formatter package installed in the project, and a formatter file by path', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules/eslint-formatter-count'), { recursive: true });
    writeFileSync(join(project, 'node_modules/eslint-formatter-count/package.json'), JSON.stringify({ name: 'eslint-formatter-count', main: 'index.js' }));
    writeFileSync(
      join(project, 'node_modules/eslint-formatter-count/index.js'),
      "module.exports = (results, ctx) => results.map((r) => `${r.filePath.split('/').pop()} ${r.errorCount}/${r.warningCount} ${r.messages.map((m) => m.ruleId + '@' + m.line).join(' ')} ${Object.keys(ctx.rulesMeta).length > 30}`).join('\\n');\n",
    );
    writeFileSync(join(project, 'fmt.mjs'), 'export default (results, ctx) => `files=${results.length} cwd=${ctx.cwd === process.cwd()}`;\n');
    writeFileSync(join(project, 'db.yaml'), readFileSync(repoPath('examples/mistakes/db.yaml')));
    const byName = run(['lint', '--format', 'count', 'db.yaml'], { cwd: project });
    assert.equal(byName.code, 1, byName.stderr);
    assert.equal(byName.stdout, 'db.yaml 2/6 immediate-binding-zonal@20 pdb-missing@25 service-not-headless@27 pod-anti-affinity-missing@37 missing-readiness-probe@39 volume-mount-unknown@46 claim-template-unused@50 access-mode-unsupported@53 true\n');
    const byPath = run(['lint', '--format', './fmt.mjs', 'db.yaml'], { cwd: project });
    assert.equal(byPath.stdout, 'files=1 cwd=true\n');
  });

  it('falls back to formatters stsplan itself depends on, and rejects unknown ones with exit 2', () => {
    const pretty = run(['lint', '--format', 'pretty', 'examples/mistakes/db.yaml']);
    assert.equal(pretty.code, 1);
    assert.match(pretty.stdout, /service-not-headless/);
    const missing = run(['lint', '--format', 'no-such-thing', 'examples/']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /unknown --format "no-such-thing".*"eslint-formatter-no-such-thing"/);
    assert.doesNotMatch(missing.stderr, /\n\s+at /);
  });
});

describe('--output', () => {
  it('writes the --format report to the file and still prints the human format', () => {
    const out = join(dir, 'report.sarif');
    const r = run(['lint', '--format', 'sarif', '--output', out, 'examples/mistakes/db.yaml']);
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as Log).runs[0]!.results!.length, jsonFindings(['examples/mistakes/db.yaml']).length);
    assert.match(r.stdout, /service-not-headless/);
    assert.doesNotMatch(r.stdout, /"version": "2\.1\.0"/);
  });

  it('--output FORMAT:FILE writes that format (repeatable) and keeps --format on stdout', () => {
    const sarif = join(dir, 'a.sarif');
    const junit = join(dir, 'a.xml');
    const r = run(['lint', '--format', 'github', '--output', `sarif:${sarif}`, '--output', `junit:${junit}`, 'examples/mistakes/db.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error file=examples\/mistakes\/db\.yaml,line=46,/m);
    assert.equal((JSON.parse(readFileSync(sarif, 'utf8')) as Log).version, '2.1.0');
    assert.equal(XMLValidator.validate(readFileSync(junit, 'utf8')), true);
  });
});

/** The official SARIF 2.1.0 schema (shipped with the Multitool), with its formats checked. */
function sarifSchema(): (log: unknown) => boolean {
  const binary = tools('@microsoft/sarif-multitool') as string;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(dirname(binary), 'sarif-2.1.0.json'), 'utf8')) as object);
}

describe('SARIF artifact URIs', () => {
  /** The path a SARIF location names, as a consumer resolves it against the root. */
  const resolved = (loc: NonNullable<NonNullable<Log['runs'][0]['results']>[0]['locations']>[0]): string => {
    const a = loc.physicalLocation!.artifactLocation!;
    assert.equal(a.uriBaseId, '%SRCROOT%');
    const url = new URL(a.uri!, 'file:///repo/');
    assert.equal(url.protocol, 'file:');
    assert.equal(url.search + url.hash, '', a.uri);
    return fileURLToPath(url);
  };

  it('are relative URI references that resolve to the file: spaces, #, %, ?, :, \\ and non-ASCII are percent-encoded', () => {
    const d = join(dir, 'uris');
    const names = ['dir with space/a#b.yaml', '100%/x?y.yaml', 'ключ/ü.yaml', 'c:d.yaml', 'e\\f.yaml', '[g]&h=i;j@k.yaml'];
    for (const n of names) {
      mkdirSync(dirname(join(d, n)), { recursive: true });
      writeFileSync(join(d, n), BROKEN);
    }
    const r = run(['lint', '--format', 'sarif', '.'], { cwd: d, env: { GITHUB_WORKSPACE: d } });
    assert.equal(r.code, 2, r.stderr);
    const log = JSON.parse(r.stdout) as Log;
    // The schema's uri-reference format: a space or a second '#' is not one.
    assert.equal(sarifSchema()(log), true);
    const results = log.runs[0]!.results!;
    assert.deepEqual([...new Set(results.map((x) => resolved(x.locations![0]!)))].sort(), names.map((n) => `/repo/${n}`).sort());
    for (const x of results) assert.match(x.locations![0]!.physicalLocation!.artifactLocation!.uri!, /^[A-Za-z0-9\-._~!$&'()*+,;=@%/]+$/);
  });

  it('a related location at the --base revision names the file, with the revision in its message, not a REF: scheme', () => {
    const d = mkdtempSync(join(tmpdir(), 'stsplan-sarif-base-'));
    try {
      mkdirSync(join(d, 'my apps'));
      git(d, 'init', '-q');
      writeFileSync(join(d, 'my apps/web.yaml'), stack({ replicas: 2 }));
      git(d, 'add', '.');
      git(d, 'commit', '-q', '-m', 'base');
      writeFileSync(join(d, 'my apps/web.yaml'), stack({ replicas: 2, storage: '5Gi' }));
      const r = run(['lint', '--format', 'sarif', '--base', 'HEAD', 'my apps'], { cwd: d, env: { GITHUB_WORKSPACE: d } });
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stdout, /"uri": "HEAD/);
      const log = JSON.parse(r.stdout) as Log;
      assert.equal(sarifSchema()(log), true);
      const hit = log.runs[0]!.results!.find((x) => x.ruleId === 'immutable-field-changed')!;
      assert.equal(resolved(hit.locations![0]!), '/repo/my apps/web.yaml');
      const rel = hit.relatedLocations![0]!;
      assert.equal(rel.physicalLocation!.artifactLocation!.uri, 'my%20apps/web.yaml');
      assert.equal(resolved(rel), '/repo/my apps/web.yaml');
      assert.match(rel.message!.text!, /earlier value: .*\(at revision HEAD\)/);

      // An input error in the earlier state: the file's URI, the revision in the message; the
      // other formats name it HEAD:path, never as a path under the working directory.
      writeFileSync(join(d, 'my apps/old.yaml'), BROKEN);
      git(d, 'add', '.');
      git(d, 'commit', '-q', '-m', 'broken');
      rmSync(join(d, 'my apps/old.yaml'));
      const broken = run(['lint', '--format', 'sarif', '--base', 'HEAD', 'my apps'], { cwd: d, env: { GITHUB_WORKSPACE: d } });
      assert.equal(broken.code, 2, broken.stderr);
      const input = (JSON.parse(broken.stdout) as Log).runs[0]!.results!.find((x) => x.ruleId === 'input')!;
      assert.equal(input.locations![0]!.physicalLocation!.artifactLocation!.uri, 'my%20apps/old.yaml');
      assert.match(input.message.text!, /^In HEAD:my apps\/old\.yaml \(the file at revision HEAD\): YAML syntax error/);
      const json = JSON.parse(run(['lint', '--format', 'json', '--base', 'HEAD', 'my apps'], { cwd: d }).stdout) as { filePath: string }[];
      assert.ok(json.some((f) => f.filePath === 'HEAD:my apps/old.yaml'), JSON.stringify(json));
      const github = run(['lint', '--format', 'github', '--base', 'HEAD', '.'], { cwd: join(d, 'my apps'), env: { GITHUB_WORKSPACE: d } });
      assert.match(github.stdout, /^::error title=stsplan%3A input error::HEAD:my apps\/old\.yaml:5:\d+: YAML syntax error/m);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
