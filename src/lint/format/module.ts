/**
 * `--format <module>`: any ESLint formatter, by package name (`pretty`, `eslint-formatter-pretty`,
 * `@scope/name`) or by path (`./my-formatter.js`), resolved from the working directory first and then
 * from stsplan's own dependencies. Our results have ESLint's LintResult shape, so these work as is.
 */
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EslintResult } from './eslint.js';

export type EslintFormatter = (results: EslintResult[], context: { cwd: string; rulesMeta: Record<string, unknown>; maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number } }) => string | Promise<string>;

export class FormatterError extends Error {}

/** ESLint's naming convention: `foo` → `eslint-formatter-foo`, `@s/foo` → `@s/eslint-formatter-foo`, `@s` → `@s/eslint-formatter`. */
export function formatterCandidates(name: string): string[] {
  if (name.startsWith('.') || isAbsolute(name)) return [name];
  const out = [name];
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2) as [string, string | undefined];
    if (rest === undefined) out.unshift(`${scope}/eslint-formatter`);
    else if (!rest.startsWith('eslint-formatter')) out.unshift(`${scope}/eslint-formatter-${rest}`);
  } else if (!name.startsWith('eslint-formatter-')) out.unshift(`eslint-formatter-${name}`);
  return out;
}

export async function loadFormatter(name: string, cwd: string): Promise<EslintFormatter> {
  let path: string | undefined;
  if (name.startsWith('.') || isAbsolute(name)) path = resolve(cwd, name);
  else {
    const requirers = [createRequire(join(cwd, 'noop.js')), createRequire(import.meta.url)];
    outer: for (const candidate of formatterCandidates(name)) {
      for (const req of requirers) {
        try {
          path = req.resolve(candidate);
          break outer;
        } catch {
          // try the next place
        }
      }
    }
    // The stylish format's own formatter is bundled: `--format pretty` works in an install without node_modules.
    if (!path && formatterCandidates(name).includes('eslint-formatter-pretty')) return (await import('eslint-formatter-pretty')).default as unknown as EslintFormatter;
    if (!path) throw new FormatterError(`unknown --format "${name}": not a built-in format, and no formatter package ${formatterCandidates(name).map((c) => `"${c}"`).join(' or ')} is installed`);
  }
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (e) {
    throw new FormatterError(`cannot load formatter ${name}: ${(e as Error).message.split('\n')[0]}`);
  }
  // ESM default export, or a CommonJS module.exports (which import() exposes as default).
  if (typeof mod.default !== 'function') throw new FormatterError(`formatter ${name} does not export a function`);
  return mod.default as EslintFormatter;
}
