/**
 * What a value is, for messages about a field of the wrong type: `null`, `a list`, `a map`,
 * `string "abc"` (its first 40 characters), `number 5`, `boolean true`.
 */
export declare function describe(v: unknown): string;
