/**
 * Fixture-driven rule tests: every rule has test/fixtures/rules/<id>/ with invalid-*.yaml files
 * (each finding marked with a caret comment) and valid-*.yaml files (no finding of that rule).
 * Only the rule's own findings are compared, so fixtures may trip other rules.
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
      });
    }
  });
}
