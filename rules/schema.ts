import { defineRule } from '../src/rule.js';
import { SERVED } from '../src/resource-index.js';
import { apiStatus } from '../src/k8s/api-versions.js';

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
      // Same kind name in another API group is a different kind (a CRD such as apps.kruise.io
      // StatefulSet or a Knative Service): not ours to judge.
      if (served !== undefined && r.apiVersion !== served && sameGroup(r.apiVersion, served)) {
        if (apiStatus(r.apiVersion, r.kind, ctx.options.kubeVersion.minor).status === 'removed') continue; // deprecated-api-version
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

function group(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/** Whether an apiVersion is in the kind's own group, or in the core or extensions groups it never lived in. */
function sameGroup(apiVersion: string, served: string): boolean {
  const g = group(apiVersion);
  return g === group(served) || g === '' || g === 'extensions';
}
