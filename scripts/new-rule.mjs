#!/usr/bin/env node
/**
 * `npm run new-rule -- <id>`: the files of a new rule, in the shape the rule tests keep in sync
 * (test/meta/rules.test.ts, test/rules.test.ts):
 *   rules/<id>.ts                              the rule (an example check to replace: it reports a
 *                                              StatefulSet with `replicas: 0`)
 *   rules/<id>.md                              its doc, with the headings and the two examples the
 *                                              docs test requires
 *   test/fixtures/rules/<id>/invalid.yaml      a case that must fire, marked with a caret line
 *   test/fixtures/rules/<id>/valid.yaml        a case that must not
 *   rules/index.ts                             the registry entry, in id order
 *   README.md                                  the rule table's row (what `npm run docs` writes)
 *   schemas/stsplan-config.schema.json         the id among the rule ids editors offer in `rules:`
 * The example passes the tests as generated; every TODO says what to write instead. It refuses an id
 * that is not kebab-case and an id that exists, before writing anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function fail(message) {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length !== 1) fail('usage: npm run new-rule -- <id>   (a kebab-case id, e.g. replicas-zero)');
const id = args[0];
if (!KEBAB.test(id)) fail(`"${id}" is not a kebab-case id: lower-case letters and digits, words joined by single hyphens, starting with a letter`);

const ruleFile = join(root, 'rules', `${id}.ts`);
const docFile = join(root, 'rules', `${id}.md`);
const fixtureDir = join(root, 'test/fixtures/rules', id);
const indexFile = join(root, 'rules/index.ts');
const readmeFile = join(root, 'README.md');
const configSchemaFile = join(root, 'schemas/stsplan-config.schema.json');
for (const f of [ruleFile, docFile, fixtureDir]) if (existsSync(f)) fail(`rule "${id}" exists: ${f.slice(root.length + 1)}`);

/** The registry's imports, as `import <name> from './<id>.js';`, in file order. */
const IMPORT = /^import (\w+) from '\.\/([^']+)\.js';$/gm;
const index = readFileSync(indexFile, 'utf8');
const imports = [...index.matchAll(IMPORT)].map((m) => ({ line: m[0], name: m[1], id: m[2] }));
if (imports.some((i) => i.id === id)) fail(`rule "${id}" exists in rules/index.ts`);
/** One-word ids that are reserved words in a module ("delete", "default", …) get a suffix as an import name. */
const RESERVED = new Set('await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(' '));
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const name = RESERVED.has(camel) ? `${camel}Rule` : camel;
if (imports.some((i) => i.name === name)) fail(`rules/index.ts already imports a rule as ${name}`);

/** The registry with the new rule: its import and its entry before those of the first id after it (the test sorts ids as JS does). */
function withEntry(text) {
  const next = imports.filter((i) => i.id > id).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  const importLine = `import ${name} from './${id}.js';`;
  const out = next
    ? text.replace(`${next.line}\n`, `${importLine}\n${next.line}\n`).replace(`\n  ${next.name},\n`, `\n  ${name},\n  ${next.name},\n`)
    : text.replace(`${imports.at(-1).line}\n`, `${imports.at(-1).line}\n${importLine}\n`).replace(/\n\];/, `\n  ${name},\n];`);
  if (out.split(importLine).length !== 2 || !out.includes(`\n  ${name},\n`)) fail('rules/index.ts is not in the shape this script knows (imports, then the sorted array): add the entry by hand');
  return out;
}

const severity = 'warning';
const description = "Report TODO: what the rule disallows or requires, in one line starting with a verb and without a trailing period";
const message = 'TODO: what is wrong and what happens when this is applied (the example reports replicas: 0)';

/** The README's rule table with the new row, in the table's order (src/cli/docs.ts sorts with localeCompare). */
function withRow(text) {
  const start = text.indexOf('<!-- rules-table:start -->');
  const end = text.indexOf('<!-- rules-table:end -->');
  if (start < 0 || end < start) fail('README.md has no rules-table markers');
  const row = `| [\`${id}\`](rules/${id}.md) | ${description} | ${severity} |`;
  const lines = text.slice(start, end).split('\n');
  const at = lines.findIndex((l) => /^\| \[`([^`]+)`\]/.exec(l)?.[1].localeCompare(id) > 0);
  lines.splice(at < 0 ? lines.length - 1 : at, 0, row);
  return text.slice(0, start) + lines.join('\n') + text.slice(end);
}

const RULE = `import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: '${id}',
    severity: '${severity}',
    // TODO: what a finding means for apply: 'rejected' (the API server refuses the object),
    // 'failed-create' (the controller cannot create its pods or PVCs), 'runtime' (it applies but
    // misbehaves or is fragile), 'practice' (worth knowing). Errors are rejected or failed-create.
    category: 'runtime',
    description: '${description}',
    messages: {
      replicasZero: '${message}',
    },
  },
  check(ctx) {
    // TODO: the check. This example reports a StatefulSet that asks for no pods; replace it, and its
    // examples in ${id}.md and test/fixtures/rules/${id}/.
    for (const r of ctx.targets('StatefulSet')) {
      if (asStatefulSet(r).spec?.replicas !== 0) continue;
      ctx.report({
        resource: r,
        path: ['spec', 'replicas'],
        messageId: 'replicasZero',
        hint: 'TODO: what to change',
      });
    }
  },
});
`;

const statefulSet = (replicas) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

const DOC = `# ${id}

${description}

Default severity: **${severity}**.

## Rule details

TODO: what the rule finds, what Kubernetes does with it (cite the source: the API server's
validation, the controller, the documentation), and what the reader loses.

**Why a warning:** TODO: which case of the severity contract applies (README, "What the severities
mean"); an error rule says "**Why error:**", an info rule "**Why info:**".

## Examples

### ❌ Incorrect

\`\`\`yaml
${statefulSet(0)}\`\`\`

### ✅ Correct

\`\`\`yaml
${statefulSet(3)}\`\`\`

## How to fix

TODO: what to change, and what to weigh.
`;

// The caret goes under the reported value: column of "0" in "  replicas: 0".
const INVALID = statefulSet(0).replace('  replicas: 0\n', `  replicas: 0\n  #${' '.repeat('  replicas: '.length - 3)}^ ${id} replicasZero\n`);
const VALID = `# TODO: a near miss the rule must not report.\n${statefulSet(3)}`;

/** The config schema with the id among the rule ids of `rules:`, sorted as the registry's ids are (test/config-schema). */
function withSchemaId(text) {
  const schema = JSON.parse(text);
  const ids = schema.properties?.rules?.propertyNames?.enum;
  if (!Array.isArray(ids)) fail('schemas/stsplan-config.schema.json has no rules.propertyNames.enum: add the id by hand');
  schema.properties.rules.propertyNames.enum = [...ids, id].sort();
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const newIndex = withEntry(index);
const newSchema = withSchemaId(readFileSync(configSchemaFile, 'utf8'));
const newReadme = withRow(readFileSync(readmeFile, 'utf8'));
writeFileSync(ruleFile, RULE);
writeFileSync(docFile, DOC);
mkdirSync(fixtureDir, { recursive: true });
writeFileSync(join(fixtureDir, 'invalid.yaml'), INVALID);
writeFileSync(join(fixtureDir, 'valid.yaml'), VALID);
writeFileSync(indexFile, newIndex);
writeFileSync(readmeFile, newReadme);
writeFileSync(configSchemaFile, newSchema);
process.stdout.write(
  [
    `new-rule: wrote rules/${id}.ts, rules/${id}.md, test/fixtures/rules/${id}/{invalid,valid}.yaml; registered it in rules/index.ts, README.md and the config schema`,
    'next: replace every TODO (the check, the doc, the fixtures), then `npm run build && npm run docs` (the README row follows the description) and `npm test`',
    '',
  ].join('\n'),
);
