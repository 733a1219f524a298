/**
 * The library: `import { lint, plan } from 'stsplan'`. Pure functions over file contents;
 * nothing here reads the disk, the network or a cluster.
 */
export { lint, OptionsError } from './lint/engine.js';
export type { LintInput, LintOptions, LintReport, FileReport } from './lint/engine.js';
export { plan } from './plan/prepare.js';
export type { PlanOptions } from './plan/plan.js';
export type { CurrentState, PrepareOptions } from './plan/prepare.js';
export type * from './plan/types.js';
export { planEvents, runEvents } from './plan/runs.js';
export type { Finding, InputError, Diagnostic, Range, Position, Severity, SeveritySetting, ObjectRef } from './types.js';
export { rules } from '../rules/index.js';
export type { Rule, RuleMeta } from './lint/rule.js';
export { formatPlanText } from './plan/render/text.js';
export { formatPlanMarkdown } from './plan/render/markdown.js';
export { formatPlanJson } from './plan/render/json.js';
export { builtinProfile, BUILTIN_PROFILES } from './k8s/profiles.js';
export type { ClusterProfile } from './k8s/profiles.js';
export { formatSarif, toSarif } from './lint/format/sarif.js';
export type { SarifOptions } from './lint/format/sarif.js';
export { formatGithub } from './lint/format/github.js';
export { formatJunit } from './lint/format/junit.js';
export { toEslintResults } from './lint/format/eslint.js';
