import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { provisioner, removedWithoutReplacement } from '../src/k8s/provisioners.js';

export default defineRule({
  meta: {
    id: 'provisioner-removed',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow in-tree provisioner names that the target version removed or redirects to CSI',
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.targets('StorageClass')) {
      const name = (r.object as unknown as StorageClass).provisioner;
      const p = typeof name === 'string' ? provisioner(name) : undefined;
      if (!p?.inTree) continue;
      const broken = removedWithoutReplacement(p, minor);
      const removed = minor >= p.inTree.removedIn;
      ctx.report({
        resource: r,
        path: ['provisioner'],
        severity: broken ? 'error' : 'warning',
        message: broken
          ? `in-tree provisioner ${p.name} was removed in Kubernetes 1.${p.inTree.removedIn} with no CSI migration: claims of this class are never provisioned`
          : removed
            ? `in-tree provisioner ${p.name} was removed in 1.${p.inTree.removedIn}; calls are redirected to ${p.inTree.csi}, which must be installed`
            : `in-tree provisioner ${p.name} is deprecated and removed in 1.${p.inTree.removedIn}`,
        hint: p.inTree.csi ? `use provisioner: ${p.inTree.csi} in a new StorageClass` : 'move to a CSI driver and migrate the data',
      });
    }
  },
});
