/**
 * The library: `import { lint, plan } from 'stsplan'`. Pure functions over file contents;
 * nothing here reads the disk, the network or a cluster.
 */
export { lint, OptionsError } from './engine.js';
export type { LintInput, LintOptions, LintReport, FileReport } from './engine.js';
export { plan } from './planner/plan.js';
export type { PlanOptions, CurrentState } from './planner/plan.js';
export type * from './planner/types.js';
export { runEvents } from './planner/runs.js';
export type { Finding, InputError, Diagnostic, Range, Position, Severity, SeveritySetting, ObjectRef } from './types.js';
export { rules } from '../rules/index.js';
export type { Rule, RuleMeta } from './rule.js';
export { formatPlanText } from './formatters/plan-text.js';
export { formatPlanMarkdown } from './formatters/plan-markdown.js';
export { formatPlanJson } from './formatters/plan-json.js';
export { builtinProfile, BUILTIN_PROFILES } from './k8s/profiles.js';
export type { ClusterProfile } from './k8s/profiles.js';
export { formatSarif, toSarif } from './formatters/sarif.js';
export type { SarifOptions } from './formatters/sarif.js';
export { formatGithub } from './formatters/github.js';
export { formatJunit } from './formatters/junit.js';
export { toEslintResults } from './formatters/eslint.js';
