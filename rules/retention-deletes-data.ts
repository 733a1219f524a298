import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'retention-deletes-data',
    severity: 'info',
    category: 'practice',
    description: 'Point out persistentVolumeClaimRetentionPolicy settings that delete data with the pods',
    messages: {
      whenScaledDelete:
        'whenScaled: Delete: scaling down deletes the PVCs (and, with a Delete reclaim policy, the volumes) of the removed pods',
      whenDeletedDelete: 'whenDeleted: Delete: deleting the StatefulSet deletes every PVC it created',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const policy = asStatefulSet(r).spec?.persistentVolumeClaimRetentionPolicy;
      if (!policy) continue;
      if (policy.whenScaled === 'Delete') {
        ctx.report({
          resource: r,
          path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled'],
          messageId: 'whenScaledDelete',
          hint: 'keep Retain if scaled-away replicas should find their data when scaled back up',
        });
      }
      if (policy.whenDeleted === 'Delete') {
        ctx.report({
          resource: r,
          path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted'],
          messageId: 'whenDeletedDelete',
          hint: 'keep Retain unless the data is disposable; `kubectl delete --cascade=orphan` keeps pods and PVCs',
        });
      }
    }
  },
});
