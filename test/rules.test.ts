/**
 * Fixture-driven rule tests: every rule has test/fixtures/rules/<id>/ with invalid-*.yaml files
 * (each finding marked with a caret comment) and valid-*.yaml files (no finding of that rule).
 * Only the rule's own findings are compared, so fixtures may trip other rules. Each caret names the
 * message id (`meta.messages`) the rule reports there, every id fires in some fixture, and each
 * finding's text has its placeholders filled.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { parseFixture } from './helpers/fixtures.js';
import { lintText } from './helpers/lint.js';
import { repoPath } from './helpers/paths.js';

const root = repoPath('test/fixtures/rules');


for (const rule of rules) {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    const dir = join(root, id);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.context.yaml')).sort() : [];
    it('has at least one case that must fire and one that must not', () => {
      assert.ok(files.some((f) => f.startsWith('invalid')), `no invalid-*.yaml in ${dir}`);
      assert.ok(files.some((f) => f.startsWith('valid')), `no valid-*.yaml in ${dir}`);
    });
    const messages = rule.meta.messages;
    /** The message ids the carets of this rule's fixtures name. */
    const named = new Set<string>();
    for (const file of files) {
      it(file, async () => {
        const { expected, options, text } = parseFixture(readFileSync(join(dir, file), 'utf8'));
        const ctxFile = join(dir, file.replace(/\.yaml$/, '.context.yaml'));
        if (existsSync(ctxFile)) options.context = readFileSync(ctxFile, 'utf8');
        const findings = await lintText(text, options, id);
        const actual = findings.map((f) => `${f.range.start.line}:${f.range.start.column}`).sort();
        const want = expected.filter((e) => e.ruleId === id).map((e) => `${e.line}:${e.column}`).sort();
        if (file.startsWith('invalid')) assert.ok(want.length > 0, 'an invalid fixture must mark at least one finding');
        else assert.equal(want.length, 0, 'a valid fixture marks no finding');
        assert.deepEqual(actual, want, `findings of ${id}:\n${findings.map((f) => `  ${f.range.start.line}:${f.range.start.column} ${f.message}`).join('\n')}`);
        for (const f of findings) {
          assert.ok(f.range.end.offset >= f.range.start.offset);
          assert.ok(f.message.length > 0);
        }
        // Pair each caret with a finding at its place that the rule reported with the caret's message id.
        const left = [...findings];
        for (const e of expected.filter((x) => x.ruleId === id)) {
          assert.ok(e.messageId !== undefined, `${e.line}:${e.column}: the caret names the message id (one of ${Object.keys(messages).join(', ')})`);
          assert.ok(Object.hasOwn(messages, e.messageId), `${e.line}:${e.column}: ${id} has no message "${e.messageId}"`);
          named.add(e.messageId);
          const at = left.findIndex((f) => f.range.start.line === e.line && f.range.start.column === e.column && f.messageId === e.messageId);
          assert.ok(at >= 0, `${e.line}:${e.column}: no finding with message ${e.messageId}:\n${findings.map((f) => `  ${f.range.start.line}:${f.range.start.column} ${f.messageId} ${f.message}`).join('\n')}`);
          assert.doesNotMatch(left[at]!.message, /\{\{[^{}]+\}\}/u, 'every placeholder is filled');
          left.splice(at, 1);
        }
      });
    }
    it('names every message id on some caret', () => {
      assert.deepEqual([...named].sort(), Object.keys(messages).sort());
    });
  });
}
