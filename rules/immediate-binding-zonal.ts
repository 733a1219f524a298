import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { provisioner } from '../src/k8s/provisioners.js';

export default defineRule({
  meta: {
    id: 'immediate-binding-zonal',
    severity: 'warning',
    category: 'runtime',
    description: 'Require WaitForFirstConsumer binding for zonal and node-local provisioners',
  },
  check(ctx) {
    for (const r of ctx.targets('StorageClass')) {
      const sc = r.object as unknown as StorageClass;
      const p = typeof sc.provisioner === 'string' ? provisioner(sc.provisioner) : undefined;
      if (!p || p.topology === 'none') continue;
      const mode = sc.volumeBindingMode ?? 'Immediate';
      if (mode !== 'Immediate') continue;
      const explicit = sc.volumeBindingMode !== undefined;
      ctx.report({
        resource: r,
        path: explicit ? ['volumeBindingMode'] : ['provisioner'],
        // A provisioner that needs the pod's node never provisions with Immediate binding.
        ...(p.needsNode ? { severity: 'error' as const } : {}),
        message: p.needsNode
          ? `${p.name} provisions only for the node a pod was scheduled to, but binding is Immediate${explicit ? '' : ' (the default)'}: no node is selected, ${p.needsNode}, and every claim of this class stays Pending`
          : p.static
          ? `${p.name} needs volumeBindingMode: WaitForFirstConsumer: with Immediate binding the claim binds to a local volume on an arbitrary node before the pod is scheduled`
          : `${p.name} volumes are ${p.topology}, but binding is Immediate${explicit ? '' : ' (the default)'}: the volume is created in an arbitrary ${p.topology === 'zonal' ? 'zone' : 'node'} before the pod is scheduled, so StatefulSet pods can become unschedulable`,
        hint: 'set `volumeBindingMode: WaitForFirstConsumer` (StorageClass fields are immutable: re-create the class)',
      });
    }
  },
});
