import type { EslintResult } from './eslint.js';
export type EslintFormatter = (results: EslintResult[], context: {
    cwd: string;
    rulesMeta: Record<string, unknown>;
    maxWarningsExceeded?: {
        maxWarnings: number;
        foundWarnings: number;
    };
}) => string | Promise<string>;
export declare class FormatterError extends Error {
}
/** ESLint's naming convention: `foo` → `eslint-formatter-foo`, `@s/foo` → `@s/eslint-formatter-foo`, `@s` → `@s/eslint-formatter`. */
export declare function formatterCandidates(name: string): string[];
export declare function loadFormatter(name: string, cwd: string): Promise<EslintFormatter>;
