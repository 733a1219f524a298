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
          message: `no matches for kind "${r.kind}" in version "${r.apiVersion}"`,
          ...(hint ? { hint } : {}),
        });
        continue;
      }
      const errors = ctx.schemaErrors(r);
      for (const e of errors.slice(0, MAX_PER_OBJECT)) {
        ctx.report({ resource: r, path: e.path, key: e.key, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
      }
      if (errors.length > MAX_PER_OBJECT) {
        const next = errors[MAX_PER_OBJECT]!;
        ctx.report({ resource: r, path: next.path, key: next.key, message: `${errors.length - MAX_PER_OBJECT} more schema errors in this object are not listed (only the first ${MAX_PER_OBJECT} are)` });
      }
    }
  },
});
