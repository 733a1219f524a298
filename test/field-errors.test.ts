/**
 * Issue 17, typed message ids of the validation rules: field.Error texts classify to their
 * ErrorType (no fallback: a text that is not one, or of a type the rule does not declare, throws),
 * and the schema rule's kinds cover every keyword the compiled validators can report. That every
 * message the validators give in the fixtures and the corpus classifies is shown by linting them:
 * a throw becomes an "internal error in rule" finding.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_ERROR_TYPES, fieldError, fieldErrorMessages, fieldErrorOf, type FieldErrorType } from '../src/k8s/values.js';
import { interpolate } from '../src/lint/rule.js';
import { SCHEMA_KEYWORDS } from '../src/load/schema.js';
import { lintText } from './helpers/lint.js';
import { parseFixture } from './helpers/fixtures.js';
import { repoPath } from './helpers/paths.js';

const ALL = Object.keys(FIELD_ERROR_TYPES) as FieldErrorType[];

describe('fieldErrorOf', () => {
  const cases: [string, FieldErrorType, string, string][] = [
    [fieldError.required('spec.selector'), 'required', 'spec.selector', ''],
    [fieldError.required('metadata.name', 'name or generateName is required'), 'required', 'metadata.name', ': name or generateName is required'],
    [fieldError.invalid('spec.replicas', -1, 'must be greater than or equal to 0'), 'invalid', 'spec.replicas', ': -1: must be greater than or equal to 0'],
    [fieldError.forbidden('spec.x', 'no'), 'forbidden', 'spec.x', ': no'],
    [fieldError.duplicate('spec.ports[1].name', 'http'), 'duplicate', 'spec.ports[1].name', ': "http"'],
    [fieldError.unsupported('spec.type', 'X', ['A', 'B']), 'notSupported', 'spec.type', ': "X": supported values: "A", "B"'],
    ['parameters: Too long: Provisioner Parameters exceeded max allowed (256 KiB)', 'tooLong', 'parameters', ': Provisioner Parameters exceeded max allowed (256 KiB)'],
    ['c.claims[0].name: Not found: "gpu": must be one of the names in pod.spec.resourceClaims which is empty', 'notFound', 'c.claims[0].name', ': "gpu": must be one of the names in pod.spec.resourceClaims which is empty'],
    ['PVC name "data-…": metadata.name: Invalid value: "data-…": too long', 'invalid', 'PVC name "data-…": metadata.name', ': "data-…": too long'],
    ['spec.t[1].{topologyKey, whenUnsatisfiable}: Duplicate value: "{a, b}"', 'duplicate', 'spec.t[1].{topologyKey, whenUnsatisfiable}', ': "{a, b}"'],
  ];
  for (const [message, type, field, detail] of cases) {
    it(`${type}: ${message}`, () => {
      const parts = fieldErrorOf(message, ALL);
      assert.deepEqual(parts, { type, field, detail });
      // The rule's template gives the text back, byte for byte.
      assert.equal(interpolate(fieldErrorMessages([type])[type], { field, detail }), message);
      assert.equal(interpolate(fieldErrorMessages([type], 'pod template: $& ({{when}})')[type], { field, detail, when: 'x' }), `pod template: ${message} (x)`);
    });
  }
  it('throws on a text that is not a field.Error', () => {
    assert.throws(() => fieldErrorOf('unknown field "x"', ALL), /not a field\.Error message/);
    assert.throws(() => fieldErrorOf('spec.x: Required values', ALL), /not a field\.Error message/);
  });
  it('throws on a type the rule does not declare', () => {
    assert.throws(() => fieldErrorOf(fieldError.forbidden('spec.x', 'no'), ['invalid', 'required']), /type forbidden, which the rule does not declare/);
  });
});

describe('schema keywords', () => {
  it('every keyword the compiled validators report has a kind of its own', () => {
    const dir = repoPath('dist/validators');
    const keywords = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/keyword:\s*"([A-Za-z]+)"/g)) keywords.add(m[1]!);
    }
    assert.ok(keywords.size > 0);
    assert.deepEqual([...keywords].filter((k) => !Object.hasOwn(SCHEMA_KEYWORDS, k)), []);
  });
});

describe('the validation rules classify every message of the fixtures and the corpus', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.ya?ml$/.test(e.name)) files.push(join(dir, e.name));
    }
  };
  walk(repoPath('test/fixtures/rules'));
  walk(repoPath('test/fixtures/corpus'));
  it(`${files.length} files, no internal error`, async () => {
    for (const f of files) {
      const { options, text } = parseFixture(readFileSync(f, 'utf8'));
      const findings = await lintText(text, options);
      const internal = findings.filter((x) => x.message.startsWith('internal error in rule'));
      assert.deepEqual(internal.map((x) => x.message), [], f);
    }
  });
});
