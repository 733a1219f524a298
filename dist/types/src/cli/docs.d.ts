import type { RuleMeta } from '../lint/rule.js';
export declare const TABLE_START = "<!-- rules-table:start -->";
export declare const TABLE_END = "<!-- rules-table:end -->";
export declare function rulesTable(rules: readonly RuleMeta[]): string;
export declare function withTable(readme: string, rules: readonly RuleMeta[]): string;
