import { defineRule } from '../src/lint/rule.js';
import { admitted } from '../src/lint/admitted.js';

export default defineRule({
  meta: {
    id: 'max-unavailable-ignored',
    severity: 'warning',
    category: 'runtime',
    description: 'Point out rollingUpdate.maxUnavailable where the target version drops it (MaxUnavailableStatefulSet off)',
    messages: {
      dropped:
        'maxUnavailable is dropped by the API server on Kubernetes {{version}} (feature gate MaxUnavailableStatefulSet is off): rolling updates replace one pod at a time',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      // Dropped unless the gate is on or, on update, the stored object already has it (admitted.ts).
      for (const d of admitted(r, ctx).dropped) {
        if (d.entry.gate !== 'MaxUnavailableStatefulSet') continue;
        ctx.report({
          resource: r,
          path: d.path,
          messageId: 'dropped',
          data: { version: ctx.options.kubeVersion.text },
          hint: 'remove the field, or enable the gate on the control plane (and pass --feature-gates MaxUnavailableStatefulSet=true)',
        });
      }
    }
  },
});
