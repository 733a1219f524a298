import { defineRule } from '../src/lint/rule.js';
import { podTemplateOf } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'termination-grace-period-zero',
    severity: 'warning',
    category: 'runtime',
    description: "Disallow terminationGracePeriodSeconds: 0 on a StatefulSet's pods, which turns every pod deletion into a force deletion",
    messages: {
      forceDeletion:
        'terminationGracePeriodSeconds: 0 makes every deletion of these pods a force deletion: the API server removes the pod object at once, so the controller can start the same identity (same name, same PVC) while the old containers still run on their node',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const tpl = podTemplateOf(r);
      if (!tpl || tpl.spec.terminationGracePeriodSeconds !== 0) continue;
      ctx.report({
        resource: r,
        path: [...tpl.path, 'spec', 'terminationGracePeriodSeconds'],
        messageId: 'forceDeletion',
        hint: 'remove it (the default is 30 seconds) or set the seconds the application needs to shut down cleanly',
      });
    }
  },
});
