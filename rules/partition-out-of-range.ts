import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, replicasOf } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'partition-out-of-range',
    severity: 'info',
    category: 'practice',
    description: 'Point out a rollingUpdate.partition greater than replicas, which holds every pod at its revision',
    messages: {
      partitionAboveReplicas:
        'partition {{partition}} is greater than replicas {{replicas}}: a new template reaches no pod until the partition is lowered (a staged rollout holding every pod; kubectl rollout status still reports it complete)',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition;
      const replicas = replicasOf(sts);
      if (typeof partition !== 'number' || partition <= replicas) continue;
      ctx.report({
        resource: r,
        path: ['spec', 'updateStrategy', 'rollingUpdate', 'partition'],
        messageId: 'partitionAboveReplicas',
        data: { partition, replicas },
        hint: `if no rollout is being staged, lower the partition (0 updates every pod)`,
        related: sts.spec?.replicas !== undefined ? [{ resource: r, path: ['spec', 'replicas'], message: `replicas: ${replicas}` }] : [],
      });
    }
  },
});
