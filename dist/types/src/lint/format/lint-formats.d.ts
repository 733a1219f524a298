/** Every lint report format behind one function; heavier formatters are loaded only when used. */
import type { LintReport } from '../engine.js';
import type { TemplateResolver } from '../../load/helm-source.js';
export declare const BUILTIN_LINT_FORMATS: readonly ["stylish", "json", "sarif", "github", "junit"];
export interface ReportContext {
    cwd: string;
    /** Repository root for the path-sensitive formats (sarif, github). */
    root: string;
    verbose: boolean;
    maxWarnings?: number;
    /** Maps a Helm template (`# Source:`) onto its file in the repository, relative to root (sarif, github). */
    templates?: TemplateResolver;
    /** The terminal's width, for stylish. */
    columns?: number;
    /** Whether stylish may write colour codes of its own. */
    colour?: boolean;
}
/** Renders a report in a built-in format or through an ESLint formatter module named `format`. */
export declare function formatReport(format: string, report: LintReport, ctx: ReportContext): Promise<string>;
