import type { LintReport } from '../engine.js';
import type { RuleMeta } from '../rule.js';
export interface EslintMessage {
    ruleId: string | null;
    severity: 1 | 2;
    message: string;
    /** The rule's message id, as in ESLint's LintMessage. */
    messageId?: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Present on info-level findings, which ESLint has no level for. */
    level?: 'info';
    /** True for input errors (unreadable or unparsable input), as ESLint marks parse errors. Input warnings keep ruleId null too. */
    fatal?: boolean;
    hint?: string;
    /**
     * In `helm template` output: the template the finding's document was rendered from, as its
     * `# Source:` comment names it. `line` and `column` stay those of the result's filePath (the
     * rendered output), which ESLint's consumers read them against.
     */
    template?: string;
    relatedLocations?: {
        message: string;
        filePath: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        template?: string;
    }[];
}
export interface EslintResult {
    filePath: string;
    messages: EslintMessage[];
    errorCount: number;
    warningCount: number;
    fatalErrorCount: number;
    fixableErrorCount: 0;
    fixableWarningCount: 0;
    /** Info-level findings (not in warningCount). */
    infoCount: number;
}
export declare function rulesMeta(rules: readonly RuleMeta[]): Record<string, {
    docs: {
        description: string;
        url: string;
    };
}>;
export declare function toEslintResults(report: LintReport, options: {
    cwd: string;
    includeInfo: boolean;
}): EslintResult[];
