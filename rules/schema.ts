import { defineRule } from '../src/lint/rule.js';
import { apiStatus } from '../src/k8s/api-versions.js';

/**
 * Schema errors reported per object: past them, one more finding (at the first left out) says how
 * many there are. Thousands of findings on one object help nobody, and each costs its location.
 */
const MAX_PER_OBJECT = 100;

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    category: 'rejected',
    description: 'Require objects to match the Kubernetes OpenAPI schema of the target version, with no unknown fields',
    // One id per kind of schema error (the ajv keyword that fails: SchemaErrorKind), beside the
    // kind no version serves and the cap on findings per object.
    messages: {
      noMatchingKind: 'no matches for kind "{{kind}}" in version "{{apiVersion}}"',
      unknownField: 'unknown field "{{field}}"',
      required: '{{field}}: Required value',
      typeInvalid: '{{field}}: expected {{expected}}, got {{actual}}',
      invalidQuantity: "{{field}}: invalid quantity {{value}}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      outOfRange: '{{field}}: {{value}} is out of range for a 32-bit integer',
      tooManyErrors: '{{count}} more schema errors in this object are not listed (only the first {{max}} are)',
    },
  },
  check(ctx) {
    const { minor } = ctx.options.kubeVersion;
    for (const r of ctx.index.all) {
      if (!r.reportable) continue;
      // Kinds of other groups (a CRD such as apps.kruise.io StatefulSet or a Knative Service) are
      // not ours to judge; a removed or off-by-default version is deprecated-api-version's.
      const s = apiStatus(r.apiVersion, r.kind, minor);
      if (s.status === 'no-match') {
        let hint: string | undefined;
        if (s.firstServed !== undefined) {
          hint = `${r.apiVersion} serves ${r.kind} from Kubernetes 1.${s.firstServed} on (the target is 1.${minor})`;
          if (s.alternative) hint += `; use apiVersion: ${s.alternative.apiVersion}${s.alternative.enabledByDefault ? '' : ', served only where enabled'}`;
        } else if (s.alternative) {
          hint = `use apiVersion: ${s.alternative.apiVersion}`;
        } else if (s.suggestion) {
          const caseOnly = s.suggestion.kind.toLowerCase() === r.kind.toLowerCase();
          hint = `${caseOnly ? 'kinds are case-sensitive (kubectl cannot map it): ' : ''}did you mean ${s.suggestion.kind}?${s.suggestion.apiVersion === r.apiVersion ? '' : ` (apiVersion: ${s.suggestion.apiVersion})`}`;
        }
        ctx.report({
          resource: r,
          path: s.alternative || s.firstServed !== undefined ? ['apiVersion'] : ['kind'],
          messageId: 'noMatchingKind',
          data: { kind: r.kind, apiVersion: r.apiVersion },
          ...(hint ? { hint } : {}),
        });
        continue;
      }
      const errors = ctx.schemaErrors(r);
      for (const e of errors.slice(0, MAX_PER_OBJECT)) {
        const { kind } = e;
        // A keyword schema.ts has no wording for: none of the compiled validators has one.
        if (kind === 'other') throw new Error(`schema error of an unhandled keyword: ${e.message}`);
        ctx.report({ resource: r, path: e.path, key: e.key, messageId: kind, data: e.data, ...(e.hint ? { hint: e.hint } : {}) });
      }
      if (errors.length > MAX_PER_OBJECT) {
        const next = errors[MAX_PER_OBJECT]!;
        ctx.report({ resource: r, path: next.path, key: next.key, messageId: 'tooManyErrors', data: { count: errors.length - MAX_PER_OBJECT, max: MAX_PER_OBJECT } });
      }
    }
  },
});
