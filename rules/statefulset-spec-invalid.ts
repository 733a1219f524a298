import { defineRule } from '../src/lint/rule.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { admittedAs } from '../src/lint/admitted.js';
import { statefulSetSpec } from '../src/k8s/validate.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidateStatefulSetSpec gives (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'forbidden', 'notSupported'] as const;

export default defineRule({
  meta: {
    id: 'statefulset-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow StatefulSet specs that the API server rejects (validation beyond the schema)',
    messages: fieldErrorMessages(TYPES),
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      for (const p of statefulSetSpec(admittedAs<StatefulSet>(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail }, ...(p.hint ? { hint: p.hint } : {}) });
      }
    }
  },
});
