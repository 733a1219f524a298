import type { EslintResult } from './eslint.js';
/** ESLint's JSON format: an array of results. */
export declare function formatJson(results: EslintResult[]): string;
