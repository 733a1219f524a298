/**
 * schemas/stsplan-config.schema.json (issue 16, point 4) and src/cli/config.ts describe the same file:
 * the schema takes the README's example and every key config.ts reads, refuses what config.ts
 * refuses (unknown keys, unknown rule ids, an unquoted version), and its rule ids are the registry's.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { CONFIG_KEYS, loadConfig, RULE_IDS, SEVERITY_WORDS } from '../src/cli/config.js';
import { repoPath } from './helpers/paths.js';
import { readmeSnippet } from './helpers/readme.js';

interface Schema {
  $schema: string;
  properties: Record<string, { propertyNames?: { enum: string[] }; additionalProperties?: { enum: string[] } }>;
}
const schema = JSON.parse(readFileSync(repoPath('schemas/stsplan-config.schema.json'), 'utf8')) as Schema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const dir = mkdtempSync(join(tmpdir(), 'stsplan-config-schema-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** config.ts's verdict on a config text: true when it loads. */
function loads(text: string): boolean | string {
  const file = join(dir, '.stsplan.yaml');
  writeFileSync(file, text);
  const c = loadConfig(file);
  return typeof c === 'string' ? c : true;
}

describe('the config JSON Schema', () => {
  it('is draft-07, which yaml-language-server validates with', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('names every key config.ts reads, and no other', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
  });

  it('lists the registry\'s rule ids and the severities config.ts takes', () => {
    assert.deepEqual(schema.properties.rules!.propertyNames!.enum, RULE_IDS());
    assert.deepEqual(schema.properties.rules!.additionalProperties!.enum, [...SEVERITY_WORDS]);
  });

  it('accepts the README\'s example, which config.ts loads too, with its yaml-language-server line', () => {
    const text = readmeSnippet('stsplan-config');
    assert.match(text, /^# yaml-language-server: \$schema=\S+stsplan-config\.schema\.json\n/);
    assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
    assert.equal(loads(text), true);
  });

  const cases: { name: string; text: string; valid: boolean }[] = [
    { name: 'every key', text: 'kubeVersion: "1.33"\ncluster: ./classes.yaml\nfeatureGates: {MaxUnavailableStatefulSet: true}\nnamespace: apps\ncontext: ../platform\nignore: ["*.tmp.yaml"]\nrules: {pdb-missing: warn, schema: error}\nclusterDomain: example.local\n', valid: true },
    { name: 'a profile name', text: 'cluster: gke-autopilot\n', valid: true },
    { name: 'an unknown key', text: 'kubVersion: "1.33"\n', valid: false },
    { name: 'an unknown rule id', text: 'rules: {pdb-mising: off}\n', valid: false },
    { name: 'an unknown severity', text: 'rules: {pdb-missing: warnings}\n', valid: false },
    { name: 'an unquoted version read as another number', text: 'kubeVersion: 1.30\n', valid: false },
    { name: 'a feature gate that is not a boolean', text: 'featureGates: {A: "yes"}\n', valid: false },
  ];
  for (const c of cases) {
    it(`${c.valid ? 'accepts' : 'rejects'} ${c.name}, as config.ts does`, () => {
      assert.equal(validate(parse(c.text)), c.valid, JSON.stringify(validate.errors));
      const verdict = loads(c.text);
      assert.equal(verdict === true, c.valid, String(verdict));
    });
  }
});
