import { defineRule } from '../src/rule.js';
import { SERVED } from '../src/resource-index.js';
import { REMOVED_API_VERSIONS } from './deprecated-api-version.js';

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    description: 'Require objects to match the Kubernetes OpenAPI schema of the target version, with no unknown fields',
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      if (!r.reportable) continue;
      const served = SERVED[r.kind];
      if (served !== undefined && r.apiVersion !== served) {
        if (REMOVED_API_VERSIONS.some((x) => x.kind === r.kind && x.apiVersion === r.apiVersion)) continue; // deprecated-api-version
        ctx.report({
          resource: r,
          path: ['apiVersion'],
          message: `no matches for kind "${r.kind}" in version "${r.apiVersion}"`,
          hint: `use apiVersion: ${served}`,
        });
        continue;
      }
      for (const e of ctx.schemaErrors(r)) {
        ctx.report({ resource: r, path: e.path, key: e.key, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
      }
    }
  },
});
