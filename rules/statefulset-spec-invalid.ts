import { defineRule } from '../src/lint/rule.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { admittedAs } from '../src/lint/admitted.js';
import { statefulSetSpec } from '../src/k8s/validate.js';

export default defineRule({
  meta: {
    id: 'statefulset-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow StatefulSet specs that the API server rejects (validation beyond the schema)',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      for (const p of statefulSetSpec(admittedAs<StatefulSet>(r, ctx), ctx.options.kubeVersion.minor)) {
        ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
      }
    }
  },
});
