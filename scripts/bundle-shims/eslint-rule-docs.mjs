/**
 * eslint-rule-docs as eslint-formatter-pretty sees it in dist/: the package is a 196 KB table of
 * plugins' documentation addresses, which the formatter consults only for a rule id its rulesMeta
 * does not describe (stsplan's input errors, with no rule id). Ids without a plugin prefix are
 * answered here exactly as the package answers them (eslint-rule-docs 1.1 index.js: no table
 * lookup); a plugin's id (`plugin/rule`) loads the table, from its own file beside the bundle
 * (scripts/build.mjs writes dist/eslint-rule-docs.cjs). scripts/build.mjs points the formatter's
 * import here.
 */
let real;

export default function getRuleDocs(ruleKey) {
  // The package's own first step; a rule id that is not a string throws here as it does there.
  const [, ruleName] = ruleKey.split('/');
  if (!ruleName) return { exactMatch: true, url: 'https://eslint.org/docs/rules/' + ruleKey };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved by scripts/build.mjs to the file beside the bundle, loaded on this first call
  real ??= require('eslint-rule-docs');
  return real(ruleKey);
}
