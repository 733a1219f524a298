/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure DevOps): a test suite per file, a test
 * case per Kubernetes object, a `<failure>` per finding (warnings included, as ESLint's junit
 * formatter does) and an `<error>` per input error.
 */
import type { LintReport } from '../engine.js';
export interface JunitOptions {
    includeInfo: boolean;
}
export declare function escapeXml(s: string): string;
export declare function formatJunit(report: LintReport, options: JunitOptions): string;
