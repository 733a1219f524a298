import { defineRule } from '../src/lint/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { pdbSpec } from '../src/k8s/validate.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';
import { admittedAs } from '../src/lint/admitted.js';

/** The field.Error types ValidatePodDisruptionBudgetSpec gives (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'forbidden', 'notSupported'] as const;

export default defineRule({
  meta: {
    id: 'pdb-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow PodDisruptionBudgets that the API server rejects',
    messages: fieldErrorMessages(TYPES),
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      for (const p of pdbSpec(admittedAs<PodDisruptionBudget>(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail }, ...(p.hint ? { hint: p.hint } : {}) });
      }
    }
  },
});
