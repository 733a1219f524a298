/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which the
 * runner turns into annotations on the pull request's lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { LintReport } from '../engine.js';
import type { TemplateResolver } from '../../load/helm-source.js';
/** Escaping of a command's message (data). */
export declare function escapeData(s: string): string;
/** Escaping of a command's property values. */
export declare function escapeProperty(s: string): string;
/** Undoes escapeProperty (the Action reads the file of an annotation back). */
export declare function unescapeProperty(s: string): string;
export interface GithubOptions {
    cwd: string;
    /** Paths are made relative to this (GITHUB_WORKSPACE, else cwd). */
    root: string;
    includeInfo: boolean;
    /**
     * Maps a Helm template named by a `# Source:` comment onto its file in the repository (relative
     * to root), when that file exists there (see helmTemplateResolver in src/cli/files.ts).
     */
    templates?: TemplateResolver;
}
export declare function formatGithub(report: LintReport, options: GithubOptions): string;
