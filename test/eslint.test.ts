/**
 * ESLint (eslint.config.js: typescript-eslint's recommended rules and the I/O boundary) finds
 * nothing in the project's own code, and the boundary rules fire where they should: an import of
 * node:fs, the `process` global or a dynamic import of child_process below src/cli/ is an error,
 * the same code in src/cli/ is not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { join, relative } from 'node:path';
import { REPO } from './helpers/paths.js';

const eslint = new ESLint({ cwd: REPO });

/** The ids of the rules that report on `code` as if it were the file at `file` (repository path). */
async function rulesFiredOn(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO, file) });
  return result!.messages.map((m) => m.ruleId ?? `(no rule) ${m.message}`);
}

describe('eslint', () => {
  it("finds nothing in the project's own code (src, rules, test, bench, schemas, scripts)", async () => {
    const results = await eslint.lintFiles(['.']);
    const files = results.map((r) => relative(REPO, r.filePath));
    // A test of the test: every part of the code base is linted, and nothing built or installed is.
    for (const f of ['src/cli/main.ts', 'src/plan/plan.ts', 'rules/index.ts', 'test/eslint.test.ts', 'bench/bench.ts', 'schemas/compile.ts', 'scripts/build.mjs', 'scripts/new-rule.mjs', 'eslint.config.js']) {
      assert.ok(files.includes(f), `${f} is linted`);
    }
    assert.deepEqual(files.filter((f) => /^(build|dist|node_modules|test\/fixtures)\/|\/node_modules\//.test(f)), []);
    const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
    if (problems > 0) {
      const formatter = await eslint.loadFormatter('stylish');
      assert.fail(`ESLint reports ${problems} problem(s) (npx eslint . to see them in place):\n${await formatter.format(results)}`);
    }
  });

  const READ_FS = "import { readFileSync } from 'node:fs';\n\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n";

  it('forbids node:fs below src/cli/, in the core and in rules', async () => {
    assert.deepEqual(await rulesFiredOn(READ_FS, 'src/plan/reader.ts'), ['no-restricted-imports']);
    assert.deepEqual(await rulesFiredOn(READ_FS, 'src/load/reader.ts'), ['no-restricted-imports']);
    assert.deepEqual(await rulesFiredOn(READ_FS.replace("'node:fs'", "'fs'"), 'rules/reader.ts'), ['no-restricted-imports']);
    assert.deepEqual(await rulesFiredOn("import type { Stats } from 'node:fs';\n\nexport type S = Stats;\n", 'src/lint/stats.ts'), ['no-restricted-imports']);
    assert.deepEqual(await rulesFiredOn("export { readFile } from 'node:fs/promises';\n", 'src/index-io.ts'), ['no-restricted-imports']);
  });

  it('allows the same code in src/cli/, in src/version.ts and outside src/', async () => {
    assert.deepEqual(await rulesFiredOn(READ_FS, 'src/cli/reader.ts'), []);
    assert.deepEqual(await rulesFiredOn(READ_FS, 'src/version.ts'), []);
    assert.deepEqual(await rulesFiredOn(READ_FS, 'test/reader.test.ts'), []);
  });

  it('forbids child processes and the process below src/cli/, also reached dynamically or through globalThis', async () => {
    const spawn = "export const run = async (): Promise<unknown> => (await import('node:child_process')).spawnSync('git');\n";
    assert.deepEqual(await rulesFiredOn(spawn, 'src/plan/git.ts'), ['no-restricted-syntax']);
    assert.deepEqual(await rulesFiredOn(spawn, 'src/cli/git.ts'), []);
    const env = 'export const home = (): string | undefined => process.env.HOME;\n';
    assert.deepEqual(await rulesFiredOn(env, 'src/k8s/home.ts'), ['no-restricted-globals']);
    assert.deepEqual(await rulesFiredOn(env, 'src/cli/home.ts'), []);
    const viaGlobal = 'export const cwd = (): string => globalThis.process.cwd();\n';
    assert.deepEqual(await rulesFiredOn(viaGlobal, 'src/text/cwd.ts'), ['no-restricted-properties']);
    assert.deepEqual(await rulesFiredOn("import process from 'node:process';\n\nexport const argv = process.argv;\n", 'src/lint/argv.ts'), ['no-restricted-imports']);
  });
});
