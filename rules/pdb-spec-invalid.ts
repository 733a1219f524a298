import { defineRule } from '../src/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { pdbSpec } from '../src/k8s/validate.js';

export default defineRule({
  meta: {
    id: 'pdb-spec-invalid',
    severity: 'error',
    description: 'Disallow PodDisruptionBudgets that the API server rejects',
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      for (const p of pdbSpec(r.object as unknown as PodDisruptionBudget, ctx.options.kubeVersion.minor)) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    }
  },
});
