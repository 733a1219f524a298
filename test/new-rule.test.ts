/**
 * `npm run new-rule -- <id>` (scripts/new-rule.mjs), run in a copy of the repository: it refuses a
 * bad or existing id without writing, and what it writes passes the tests that keep rules in sync
 * (test/meta/rules.test.ts: registry, docs, README table; test/rules.test.ts: the fixtures), compiled
 * with the project's tsc settings, and ESLint finds nothing in it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { REPO } from './helpers/paths.js';

const ID = 'replicas-zero-example';
let work = '';

function scaffold(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(work, 'scripts/new-rule.mjs'), ...args], { cwd: work, encoding: 'utf8' });
}

/** What the scaffold may write, to tell that a refusal wrote nothing. */
function snapshot(): string {
  return [readFileSync(join(work, 'rules/index.ts'), 'utf8'), readFileSync(join(work, 'README.md'), 'utf8'), readdirSync(join(work, 'rules')).join(','), readdirSync(join(work, 'test/fixtures/rules')).join(',')].join('\0');
}

/**
 * node --test over compiled tests of the copy, reporting TAP on stdout. Without the variable that
 * tells a test file it runs under this suite's runner, which would take its report away.
 */
function runTests(args: string[]): string {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...args], { cwd: work, encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^# fail 0$/m);
  return r.stdout;
}

describe('npm run new-rule', () => {
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'stsplan-new-rule-'));
    for (const p of ['src', 'rules', 'schemas', 'scripts', 'test/helpers', 'test/meta', 'test/rules.test.ts', 'tsconfig.json', 'package.json', 'README.md', 'eslint.config.js']) {
      cpSync(join(REPO, p), join(work, p), { recursive: true, filter: (f) => !f.includes('/schemas/validators') });
    }
    mkdirSync(join(work, 'test/fixtures/rules'), { recursive: true });
    // The validators (dist/validators/) and the packages, read as they are.
    symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir');
    symlinkSync(join(REPO, 'dist'), join(work, 'dist'), 'dir');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('refuses an id that is not kebab-case, and writes nothing', () => {
    const before = snapshot();
    for (const bad of ['Replicas-zero', 'replicas_zero', 'replicas--zero', '-replicas', 'replicas-', '1replicas', 'yaml-1.2-x', '']) {
      const r = scaffold(bad);
      assert.equal(r.status, 1, bad);
      assert.match(r.stderr, /not a kebab-case id/, bad);
    }
    assert.match(scaffold().stderr, /usage: npm run new-rule -- <id>/);
    assert.equal(snapshot(), before);
  });

  it('refuses an id that exists, and writes nothing', () => {
    const before = snapshot();
    const r = scaffold('service-not-found');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /rule "service-not-found" exists: rules\/service-not-found\.ts/);
    assert.equal(snapshot(), before);
  });

  it('writes the rule, its doc, two fixtures, the registry entry in id order, the README row and the config schema\'s id', () => {
    const r = scaffold(ID);
    assert.equal(r.status, 0, r.stderr);
    for (const f of [`rules/${ID}.ts`, `rules/${ID}.md`, `test/fixtures/rules/${ID}/invalid.yaml`, `test/fixtures/rules/${ID}/valid.yaml`]) assert.ok(existsSync(join(work, f)), f);
    const index = readFileSync(join(work, 'rules/index.ts'), 'utf8');
    const original = readFileSync(join(REPO, 'rules/index.ts'), 'utf8');
    assert.ok(index.includes(`import replicasZeroExample from './${ID}.js';\n`));
    // Exactly two lines more than the original: the import and the entry.
    assert.equal(index.split('\n').length, original.split('\n').length + 2);
    assert.match(readFileSync(join(work, `test/fixtures/rules/${ID}/invalid.yaml`), 'utf8'), new RegExp(`^\\s*#\\s*\\^ ${ID} replicasZero$`, 'm'));
    // The config schema offers the id to editors, in the registry's order (config-schema.test holds them equal).
    const ids = (JSON.parse(readFileSync(join(work, 'schemas/stsplan-config.schema.json'), 'utf8')) as { properties: { rules: { propertyNames: { enum: string[] } } } }).properties.rules.propertyNames.enum;
    assert.ok(ids.includes(ID));
    assert.deepEqual(ids, [...ids].sort());
    // A second run refuses the id it has just made.
    assert.match(scaffold(ID).stderr, new RegExp(`rule "${ID}" exists`));
  });

  it('what it writes compiles and passes the rule-sync tests (registry, doc structure and examples, README table, fixtures)', () => {
    // The project's compiler settings, from the registry and the two tests down.
    writeFileSync(join(work, 'tsconfig.scaffold.json'), JSON.stringify({ extends: './tsconfig.json', include: ['rules/index.ts', 'test/meta/rules.test.ts', 'test/rules.test.ts'] }));
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.scaffold.json'], { cwd: work, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    runTests(['build/test/meta/rules.test.js']);
    // Only the new rule's fixtures are in the copy: its cases, by name.
    const out = runTests([`--test-name-pattern=^rule ${ID}`, 'build/test/rules.test.js']);
    for (const t of ['has at least one case that must fire and one that must not', 'invalid.yaml', 'valid.yaml', 'names every message id on some caret']) assert.match(out, new RegExp(`^\\s*ok \\d+ - ${t.replace(/\./g, '\\.')}$`, 'm'), t);
    assert.match(out, /^# pass 4$/m);
  });

  it('ESLint finds nothing in the rule it writes', async () => {
    const results = await new ESLint({ cwd: work }).lintFiles([`rules/${ID}.ts`, 'rules/index.ts']);
    assert.equal(results.length, 2);
    assert.deepEqual(results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.message}`)), []);
  });
});
