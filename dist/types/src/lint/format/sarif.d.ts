import type { Log } from 'sarif';
import type { LintReport } from '../engine.js';
import type { TemplateResolver } from '../../load/helm-source.js';
export interface SarifOptions {
    cwd: string;
    /** Artifact URIs are relative to this (the repository root, e.g. GITHUB_WORKSPACE). */
    root: string;
    includeInfo: boolean;
    /** As GithubOptions.templates: a Helm template's file in the repository, relative to root. */
    templates?: TemplateResolver;
}
/**
 * A relative path (forward slashes) as a relative URI reference: every other byte of its UTF-8 is
 * percent-encoded (spaces, '#', '?', '%', ':', '\\', non-ASCII), so that resolving it against the
 * root gives back the file.
 */
export declare function relativeUri(path: string): string;
export declare function toSarif(report: LintReport, options: SarifOptions): Log;
export declare function formatSarif(report: LintReport, options: SarifOptions): string;
