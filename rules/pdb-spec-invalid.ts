import { defineRule } from '../src/lint/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { pdbSpec } from '../src/k8s/validate.js';
import { admittedAs } from '../src/lint/admitted.js';

export default defineRule({
  meta: {
    id: 'pdb-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow PodDisruptionBudgets that the API server rejects',
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      for (const p of pdbSpec(admittedAs<PodDisruptionBudget>(r, ctx), ctx.options.kubeVersion.minor)) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    }
  },
});
