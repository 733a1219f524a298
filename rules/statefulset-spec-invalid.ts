import { defineRule } from '../src/rule.js';
import { asStatefulSet } from '../src/k8s/objects.js';
import { statefulSetSpec } from '../src/k8s/validate.js';

export default defineRule({
  meta: {
    id: 'statefulset-spec-invalid',
    severity: 'error',
    description: 'Disallow StatefulSet specs that the API server rejects (validation beyond the schema)',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      for (const p of statefulSetSpec(asStatefulSet(r), ctx.options.kubeVersion.minor)) {
        ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
      }
    }
  },
});
