import { defineRule } from '../src/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { pdbSpec } from '../src/k8s/validate.js';
import { admittedAs } from '../src/k8s/admitted.js';

export default defineRule({
  meta: {
    id: 'pdb-spec-invalid',
    severity: 'error',
    description: 'Disallow PodDisruptionBudgets that the API server rejects',
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      for (const p of pdbSpec(admittedAs<PodDisruptionBudget>(r, ctx), ctx.options.kubeVersion.minor)) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    }
  },
});
