/**
 * Suppressions: per object with the annotation `stsplan.dev/ignore: rule-a,rule-b` (or `all`),
 * per line with a YAML comment `# stsplan-ignore rule-a, rule-b` on the line or the line above.
 * Only comments count: the same text inside a quoted or block scalar is a value, not a directive.
 */
import type { Resource, SourceFile } from '../resource.js';
export declare const IGNORE_ANNOTATION = "stsplan.dev/ignore";
/** Whether the object's own annotation suppresses the rule. */
export declare function suppressedBy(resource: Resource, ruleId: string): boolean;
/** Line (1-based) → rule ids suppressed on that line, from the file's comments. */
export declare function commentSuppressions(file: SourceFile): Map<number, Set<string>>;
