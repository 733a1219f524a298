/**
 * `stsplan rules` and `stsplan explain RULE`: the rule list as a table, and a rule's Markdown doc
 * (rules/<id>.md) as plain terminal text: headings underlined, code blocks indented, emphasis and
 * inline code marks dropped, links as "text (url)".
 */
import type { RuleMeta } from '../rule.js';
export declare function formatRulesTable(rules: readonly RuleMeta[]): string;
export declare function formatRulesJson(rules: readonly RuleMeta[]): string;
export declare function renderRuleDoc(markdown: string): string;
