/** The default human format, through eslint-formatter-pretty (loaded only when used). */
import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
export declare function formatStylish(results: EslintResult[], rules: readonly RuleMeta[], cwd: string): Promise<string>;
