import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { provisioner, removedWithoutReplacement } from '../src/k8s/provisioners.js';

export default defineRule({
  meta: {
    id: 'provisioner-removed',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow in-tree provisioner names that the target version removed or redirects to CSI',
    messages: {
      removedWithoutMigration:
        'in-tree provisioner {{provisioner}} was removed in Kubernetes 1.{{removedIn}} with no CSI migration: claims of this class are never provisioned',
      redirectedToCsi: 'in-tree provisioner {{provisioner}} was removed in 1.{{removedIn}}; calls are redirected to {{csi}}, which must be installed',
      deprecated: 'in-tree provisioner {{provisioner}} is deprecated and removed in 1.{{removedIn}}',
    },
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.targets('StorageClass')) {
      const name = (r.object as unknown as StorageClass).provisioner;
      const p = typeof name === 'string' ? provisioner(name) : undefined;
      if (!p?.inTree) continue;
      const broken = removedWithoutReplacement(p, minor);
      const removed = minor >= p.inTree.removedIn;
      const data = { provisioner: p.name, removedIn: p.inTree.removedIn };
      ctx.report({
        resource: r,
        path: ['provisioner'],
        severity: broken ? 'error' : 'warning',
        ...(broken
          ? { messageId: 'removedWithoutMigration' as const, data }
          : removed
            ? { messageId: 'redirectedToCsi' as const, data: { ...data, csi: String(p.inTree.csi) } }
            : { messageId: 'deprecated' as const, data }),
        hint: p.inTree.csi ? `use provisioner: ${p.inTree.csi} in a new StorageClass` : 'move to a CSI driver and migrate the data',
      });
    }
  },
});
