// @ts-check
/**
 * ESLint for the project's own code (test/eslint.test.ts runs it inside `npm test`).
 *
 * typescript-eslint's recommended rules without type information: the type-aware set
 * (recommendedTypeChecked) took about four times as long on this code base (54 s against 13 s
 * on the shared CI-sized machine) and tsc already checks the types strictly. ESLint's own
 * `defineConfig` is used, as typescript-eslint now recommends instead of its deprecated
 * `tseslint.config()` (typescript-eslint/dist/config-helper.d.ts).
 *
 * The I/O boundary of the README's Architecture: only src/cli/ touches the disk, child processes
 * and the process (src/version.ts reads the package's own files). test/architecture.test.ts checks
 * the same boundary by reading the imports; these rules say so in the editor, at the line.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that reach the disk, child processes or the process, with and without the node: prefix. */
const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'process'].flatMap((m) => [m, `node:${m}`]);
const IO_MESSAGE = 'only src/cli/ touches the disk, child processes, the environment or the process (README, Architecture): take the data as a parameter';

export default defineConfig(
  { ignores: ['build/', 'dist/', 'node_modules/', 'test/tools/node_modules/', 'test/fixtures/', 'schemas/validators/'] },
  // A disable comment that no longer disables anything fails the lint, as a finding does.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // tsc's noUnusedLocals convention: a leading underscore marks a binding kept on purpose, and
      // a destructured sibling of a rest element is how an object drops keys.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ignores: ['src/cli/**', 'src/version.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: IO_MESSAGE })) }],
      'no-restricted-globals': ['error', { name: 'process', message: IO_MESSAGE }],
      'no-restricted-properties': ['error', { object: 'globalThis', property: 'process', message: IO_MESSAGE }],
      // no-restricted-imports does not look at import(): the same modules, loaded dynamically.
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/^(node:)?(fs|fs\\/promises|child_process|process)$/]`, message: IO_MESSAGE },
      ],
    },
  },
);
