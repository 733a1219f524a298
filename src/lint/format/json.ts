import type { EslintResult } from './eslint.js';

/** ESLint's JSON format: an array of results. */
export function formatJson(results: EslintResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
