/**
 * Keeps the rule registry, the rule files, the rule docs and the README table in sync, and
 * checks that every doc example behaves as it says (as ESLint's and typescript-eslint's do).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../../rules/index.js';
import { repoPath } from '../helpers/paths.js';
import { lintText } from '../helpers/lint.js';
import { parseFixture } from '../helpers/fixtures.js';
import { withTable } from '../../src/cli/docs.js';
import { RULE_CATEGORIES, defineRule, interpolate, type EngineContext, type Report } from '../../src/lint/rule.js';
import type { Resource } from '../../src/resource.js';

const ids = rules.map((r) => r.meta.id);
const ruleFiles = readdirSync(repoPath('rules'));

describe('rule registry', () => {
  it('lists exactly the rule modules in rules/, sorted by id', () => {
    const modules = ruleFiles.filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    assert.deepEqual([...ids].sort(), modules);
    assert.deepEqual(ids, [...ids].sort());
  });
  it('has a doc for every rule and no other doc', () => {
    const docs = ruleFiles.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(docs, [...ids].sort());
  });
  it('has the ids the public interface promises', () => {
    for (const id of [
      'service-not-found', 'service-not-headless', 'service-selector-mismatch', 'selector-mismatch', 'access-mode-invalid',
      'access-mode-unsupported', 'storage-class-not-found', 'provisioner-unavailable', 'volume-mount-unknown', 'claim-template-unused',
      'name-too-long', 'deprecated-api-version', 'deprecated-topology-label', 'claim-template-namespace', 'immediate-binding-zonal',
      'headless-port-unnamed', 'partition-out-of-range', 'missing-readiness-probe', 'duplicate-resource', 'default-storage-class',
      'retention-deletes-data', 'schema', 'yaml-1.1-ambiguity', 'duplicate-key',
    ]) assert.ok(ids.includes(id), id);
  });
  for (const rule of rules) {
    it(`${rule.meta.id}: metadata is well formed`, () => {
      assert.match(rule.meta.id, /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'info'].includes(rule.meta.severity));
      assert.match(rule.meta.description, /^[A-Z][a-z]+ /, 'starts with a verb');
      assert.ok(!rule.meta.description.endsWith('.'), 'no trailing period');
      assert.ok(RULE_CATEGORIES.includes(rule.meta.category), `category "${rule.meta.category}"`);
      assert.equal(rule.meta.docs.url, `https://github.com/stsplan/stsplan/blob/main/rules/${rule.meta.id}.md`);
    });
    it(`${rule.meta.id}: category agrees with the default severity`, () => {
      const { category, severity } = rule.meta;
      if (category === 'practice') assert.notEqual(severity, 'error', 'a practice finding is never an error by default');
      if (category === 'rejected' || category === 'failed-create') {
        // A rule whose findings are not all failures says in its doc when one is an error
        // (deprecated-api-version: "an **error** when the target no longer serves the version").
        if (severity !== 'error') assert.match(readFileSync(repoPath(`rules/${rule.meta.id}.md`), 'utf8'), /^Default severity: \*\*\w+\*\* \(an \*\*error\*\* when /m, `a ${category} rule is an error by default, or its doc says when it is one`);
      }
    });
  }
  it('has a category for what each kind of apply failure means, and rules of each', () => {
    assert.deepEqual([...new Set(rules.map((r) => r.meta.category))].sort(), [...RULE_CATEGORIES].sort());
  });
  it('README rule table is current (npm run docs)', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    assert.equal(readme, withTable(readme, rules.map((r) => r.meta)));
  });
});

const HEADINGS = ['## Rule details', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## How to fix'];

/** How the paragraph that justifies a rule's default severity begins (see the severity contract). */
const WHY: Record<string, string> = { error: '**Why error:**', warning: '**Why a warning:**', info: '**Why info:**' };

describe('rule docs', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    it(`${id}.md has the house structure and its examples behave`, async () => {
      const md = readFileSync(repoPath(`rules/${id}.md`), 'utf8');
      const lines = md.split('\n');
      assert.equal(lines[0], `# ${id}`);
      assert.equal(lines[2], rule.meta.description);
      assert.match(md, new RegExp(`Default severity: \\*\\*${rule.meta.severity}\\*\\*`));
      const headings = lines.filter((l) => l.startsWith('## ') || l.startsWith('### '));
      assert.deepEqual(headings, HEADINGS);
      // The last paragraph of "Rule details" says which case of the severity contract applies.
      const details = md.slice(md.indexOf('## Rule details\n') + '## Rule details\n'.length, md.indexOf('\n## Examples'));
      const paragraphs = details.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
      const why = paragraphs.filter((p) => p.startsWith('**Why '));
      assert.equal(why.length, 1, 'one paragraph in "Rule details" starts with "**Why "');
      assert.equal(paragraphs[paragraphs.length - 1], why[0], 'the "**Why …:**" paragraph ends "Rule details"');
      assert.ok(why[0]!.startsWith(WHY[rule.meta.severity]!), `a rule whose default severity is ${rule.meta.severity} explains it with "${WHY[rule.meta.severity]}"`);
      const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      assert.equal(blocks.length, 2, 'one incorrect and one correct example');
      const [bad, good] = blocks as [string, string];
      const badCase = parseFixture(bad);
      const badFindings = await lintText(badCase.text, badCase.options, id);
      assert.ok(badFindings.length > 0, 'the incorrect example triggers the rule');
      const goodCase = parseFixture(good);
      const goodFindings = await lintText(goodCase.text, goodCase.options, id);
      assert.deepEqual(goodFindings.map((f) => f.message), [], 'the correct example does not');
    });
  }
});

describe('rule API: message ids', () => {
  it('fills {{name}} placeholders as ESLint does: trimmed names, one pass, unknown names kept', () => {
    assert.equal(interpolate('port {{ port }} of {{service}}', { port: 80, service: 'db' }), 'port 80 of db');
    assert.equal(interpolate('{{a}} and {{b}}', { a: '{{b}}' }), '{{b}} and {{b}}');
    assert.equal(interpolate('costs $1 {{x}}', { x: '$&' }), 'costs $1 $&');
    assert.equal(interpolate('no data {{x}}', undefined), 'no data {{x}}');
  });

  const resource = { kind: 'StatefulSet', name: 'web' } as unknown as Resource;
  const run = (rule: ReturnType<typeof defineRule>): Report[] => {
    const reports: Report[] = [];
    const engine = { report: (r: Report) => reports.push(r) } as unknown as EngineContext;
    rule.check(engine);
    return reports;
  };

  it('turns a messageId and its data into the message text the engine receives', () => {
    const rule = defineRule({
      meta: { id: 'x', severity: 'warning', category: 'practice', description: 'Check x', messages: { tooBig: 'partition {{partition}} > {{replicas}}', plain: 'plain text' } },
      check(ctx) {
        ctx.report({ resource, path: ['spec'], messageId: 'tooBig', data: { partition: 5, replicas: 3 }, hint: 'lower it' });
        ctx.report({ resource, path: [], messageId: 'plain' });
      },
    });
    assert.deepEqual(run(rule), [
      { resource, path: ['spec'], hint: 'lower it', messageId: 'tooBig', message: 'partition 5 > 3' },
      { resource, path: [], messageId: 'plain', message: 'plain text' },
    ]);
    assert.deepEqual(rule.meta.messages, { tooBig: 'partition {{partition}} > {{replicas}}', plain: 'plain text' });
    assert.equal(rule.meta.docs.url, 'https://github.com/stsplan/stsplan/blob/main/rules/x.md');
  });

  it('type-checks message ids (this file does not compile otherwise)', () => {
    const rule = defineRule({
      meta: { id: 'z', severity: 'info', category: 'practice', description: 'Check z', messages: { known: 'known' } },
      check(ctx) {
        // @ts-expect-error an id the rule does not declare
        ctx.report({ resource, path: [], messageId: 'unknown' });
        // @ts-expect-error a rule with messages reports ids, not texts
        ctx.report({ resource, path: [], message: 'text' });
      },
    });
    // @ts-expect-error every rule declares its messages
    defineRule({ meta: { id: 'w', severity: 'info', category: 'practice', description: 'Check w' }, check() {} });
    // At run time a wrong id is a rule bug (the engine reports it as an internal error).
    assert.throws(() => run(rule), /rule z has no message "unknown"/);
  });
});
