import { defineRule } from '../src/lint/rule.js';
import { admitted } from '../src/lint/admitted.js';
import { fieldName } from '../src/k8s/values.js';

/**
 * Fields whose feature gate is off on the target release: the registry strategy drops them before
 * validation (versions.ts GATED_FIELDS), so they have no effect. maxUnavailable has its own rule
 * (max-unavailable-ignored), which says what the rollout does instead.
 */
export default defineRule({
  meta: {
    id: 'field-dropped',
    severity: 'warning',
    category: 'runtime',
    description: 'Point out fields the API server drops on the target version because their feature gate is off',
    messages: {
      dropped:
        '{{field}} is dropped by the API server on Kubernetes {{version}} (feature gate {{gate}} is off): it has no effect and is not stored',
    },
  },
  check(ctx) {
    const v = ctx.options.kubeVersion.text;
    for (const kind of ['StatefulSet', 'Service', 'PersistentVolumeClaim']) {
      for (const r of ctx.targets(kind)) {
        for (const d of admitted(r, ctx).dropped) {
          if (d.entry.gate === 'MaxUnavailableStatefulSet') continue;
          ctx.report({
            resource: r,
            path: d.path,
            key: true,
            messageId: 'dropped',
            data: { field: fieldName(d.path), version: v, gate: d.entry.gate },
            hint: `remove the field, or enable the gate on the control plane (and pass --feature-gates ${d.entry.gate}=true)`,
          });
        }
      }
    }
  },
});
