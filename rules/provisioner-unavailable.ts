import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { provisioner } from '../src/k8s/provisioners.js';

const CLOUDS = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' } as const;

export default defineRule({
  meta: {
    id: 'provisioner-unavailable',
    severity: 'error',
    category: 'runtime',
    description: 'Require StorageClass provisioners to exist on the target cluster profile',
    messages: {
      otherCloud:
        'provisioner "{{provisioner}}" is {{cloud}}\'s own storage and does not run on cluster profile "{{cluster}}": claims of this class stay Pending',
      notInProfile: 'provisioner "{{provisioner}}" is not among the provisioners of cluster profile "{{cluster}}": claims of this class stay Pending',
      notOnFreshCluster:
        'provisioner "{{provisioner}}" does not run on a fresh "{{cluster}}" cluster: claims of this class stay Pending unless its CSI driver is installed',
    },
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    if (!cluster) return;
    for (const r of ctx.targets('StorageClass')) {
      const p = (r.object as unknown as StorageClass).provisioner;
      if (typeof p !== 'string' || cluster.provisioners.includes(p)) continue;
      const known = provisioner(p);
      const otherCloud = known?.cloud && cluster.cloud && known.cloud !== cluster.cloud ? known.cloud : undefined;
      // A built-in profile is a fresh cluster: a team may have installed another CSI driver, unless
      // it is another cloud's own storage, which never runs there.
      const certain = cluster.exact === true || otherCloud !== undefined;
      ctx.report({
        resource: r,
        path: ['provisioner'],
        severity: certain ? 'error' : 'warning',
        ...(otherCloud
          ? { messageId: 'otherCloud' as const, data: { provisioner: p, cloud: CLOUDS[otherCloud], cluster: cluster.name } }
          : { messageId: cluster.exact ? ('notInProfile' as const) : ('notOnFreshCluster' as const), data: { provisioner: p, cluster: cluster.name } }),
        hint: certain
          ? `use one of: ${cluster.provisioners.join(', ')}, or install the CSI driver and add it to your cluster profile`
          : `make sure the cluster runs the driver of "${p}", or pass the cluster's own classes with --cluster FILE (kubectl get storageclass -o yaml)`,
      });
    }
  },
});
