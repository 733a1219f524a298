import { defineRule } from '../src/rule.js';
import { asStatefulSet, replicasOf } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'partition-out-of-range',
    severity: 'warning',
    description: 'Disallow a rollingUpdate.partition greater than replicas',
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
        message: `partition ${partition} is greater than replicas ${replicas}: no pod is ever updated to a new template`,
        hint: `lower the partition to at most ${replicas} (0 updates every pod)`,
        related: sts.spec?.replicas !== undefined ? [{ resource: r, path: ['spec', 'replicas'], message: `replicas: ${replicas}` }] : [],
      });
    }
  },
});
