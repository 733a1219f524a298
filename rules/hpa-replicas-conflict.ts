import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet } from '../src/k8s/objects.js';
import { autoscalersScaling } from '../src/lint/autoscalers.js';

export default defineRule({
  meta: {
    id: 'hpa-replicas-conflict',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow spec.replicas on a StatefulSet that a HorizontalPodAutoscaler scales, since every apply resets the count',
    messages: {
      // {{where}}: "" or " (in FILE)" when the autoscaler is in another file; {{claims}}: "" or
      // what whenScaled: Delete adds.
      resetByApply:
        'replicas {{replicas}} is also set by HorizontalPodAutoscaler {{hpa}}{{where}}: every kubectl apply sets the live count back to {{replicas}}, so when the autoscaler has scaled the set up, the controller deletes the highest ordinals{{claims}}, then the autoscaler scales up again',
      zeroStopsAutoscaler:
        'replicas 0 is also set by HorizontalPodAutoscaler {{hpa}}{{where}}: every kubectl apply scales the set to 0, deleting all its pods{{claims}}, and the autoscaler does not scale it up again (it leaves a target with 0 replicas alone while its minReplicas is {{min}})',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      const replicas = sts.spec?.replicas;
      if (typeof replicas !== 'number') continue;
      const found = autoscalersScaling(ctx.index, r);
      const first = found[0];
      if (!first) continue;
      const h = first.resource;
      const hpa = `${h.name}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}`;
      const where = h.file.path === r.file.path ? '' : ` (in ${h.file.path})`;
      const claims = sts.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete' ? ' (and, with whenScaled: Delete, their PVCs and the data on them)' : '';
      // The HPA controller leaves a target with 0 replicas alone unless minReplicas is 0 (reconcileAutoscaler: "scaling is disabled since the replica count of the target is zero").
      const zero = replicas === 0 && first.minReplicas !== 0;
      ctx.report({
        resource: r,
        path: ['spec', 'replicas'],
        ...(zero ? { messageId: 'zeroStopsAutoscaler' as const, data: { hpa, where, claims, min: first.minReplicas } } : { messageId: 'resetByApply' as const, data: { replicas, hpa, where, claims } }),
        hint: 'remove spec.replicas and let the autoscaler own the count; if the set was applied with it, run kubectl apply set-last-applied -f on the edited manifest first, or that apply deletes the field and the API server sets replicas to 1',
        related: found.map((a) => ({ resource: a.resource, path: ['spec', 'scaleTargetRef'], message: `HorizontalPodAutoscaler ${a.resource.name} scales this StatefulSet` })),
      });
    }
  },
});
