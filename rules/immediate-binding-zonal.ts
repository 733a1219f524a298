import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { provisioner } from '../src/k8s/provisioners.js';

export default defineRule({
  meta: {
    id: 'immediate-binding-zonal',
    severity: 'warning',
    category: 'runtime',
    description: 'Require WaitForFirstConsumer binding for zonal and node-local provisioners',
    messages: {
      noNodeSelected:
        '{{provisioner}} provisions only for the node a pod was scheduled to, but binding is Immediate{{byDefault}}: no node is selected, {{failure}}, and every claim of this class stays Pending',
      bindsArbitraryLocalVolume:
        '{{provisioner}} needs volumeBindingMode: WaitForFirstConsumer: with Immediate binding the claim binds to a local volume on an arbitrary node before the pod is scheduled',
      provisionedBeforeScheduling:
        '{{provisioner}} volumes are {{topology}}, but binding is Immediate{{byDefault}}: the volume is created in an arbitrary {{place}} before the pod is scheduled, so StatefulSet pods can become unschedulable',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StorageClass')) {
      const sc = r.object as unknown as StorageClass;
      const p = typeof sc.provisioner === 'string' ? provisioner(sc.provisioner) : undefined;
      if (!p || p.topology === 'none') continue;
      const mode = sc.volumeBindingMode ?? 'Immediate';
      if (mode !== 'Immediate') continue;
      const explicit = sc.volumeBindingMode !== undefined;
      const byDefault = explicit ? '' : ' (the default)';
      ctx.report({
        resource: r,
        path: explicit ? ['volumeBindingMode'] : ['provisioner'],
        // A provisioner that needs the pod's node never provisions with Immediate binding.
        ...(p.needsNode ? { severity: 'error' as const } : {}),
        ...(p.needsNode
          ? { messageId: 'noNodeSelected' as const, data: { provisioner: p.name, byDefault, failure: p.needsNode } }
          : p.static
            ? { messageId: 'bindsArbitraryLocalVolume' as const, data: { provisioner: p.name } }
            : { messageId: 'provisionedBeforeScheduling' as const, data: { provisioner: p.name, topology: p.topology, byDefault, place: p.topology === 'zonal' ? 'zone' : 'node' } }),
        hint: 'set `volumeBindingMode: WaitForFirstConsumer` (StorageClass fields are immutable: re-create the class)',
      });
    }
  },
});
