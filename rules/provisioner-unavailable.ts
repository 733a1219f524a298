import { defineRule } from '../src/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';

export default defineRule({
  meta: {
    id: 'provisioner-unavailable',
    severity: 'error',
    description: 'Require StorageClass provisioners to exist on the target cluster profile',
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    if (!cluster) return;
    for (const r of ctx.targets('StorageClass')) {
      const p = (r.object as unknown as StorageClass).provisioner;
      if (typeof p !== 'string' || cluster.provisioners.includes(p)) continue;
      ctx.report({
        resource: r,
        path: ['provisioner'],
        message: `provisioner "${p}" does not exist on cluster profile "${cluster.name}": claims of StorageClass "${r.name}" stay Pending`,
        hint: `use one of: ${cluster.provisioners.join(', ')}, or install the CSI driver and add it to your cluster profile`,
      });
    }
  },
});
