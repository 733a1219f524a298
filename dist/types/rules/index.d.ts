/** The rule registry: every rule, sorted by id. test/meta checks it equals the rule files. */
import type { Rule } from '../src/lint/rule.js';
export declare const rules: readonly Rule[];
