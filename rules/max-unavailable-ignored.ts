import { defineRule } from '../src/rule.js';
import { asStatefulSet } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'max-unavailable-ignored',
    severity: 'warning',
    description: 'Point out rollingUpdate.maxUnavailable where the target version drops it (MaxUnavailableStatefulSet off)',
  },
  check(ctx) {
    if (ctx.options.featureGates.MaxUnavailableStatefulSet) return;
    for (const r of ctx.targets('StatefulSet')) {
      const v = asStatefulSet(r).spec?.updateStrategy?.rollingUpdate?.maxUnavailable;
      if (v === undefined) continue;
      ctx.report({
        resource: r,
        path: ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'],
        message: `maxUnavailable is dropped by the API server on Kubernetes ${ctx.options.kubeVersion.text} (feature gate MaxUnavailableStatefulSet is off): rolling updates replace one pod at a time`,
        hint: 'remove the field, or enable the gate on the control plane (and pass --feature-gates MaxUnavailableStatefulSet=true)',
      });
    }
  },
});
