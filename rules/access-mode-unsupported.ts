import { defineRule } from '../src/lint/rule.js';
import { claimsOf, classOf } from '../src/lint/storage.js';
import { provisioner } from '../src/k8s/provisioners.js';

export default defineRule({
  meta: {
    id: 'access-mode-unsupported',
    severity: 'error',
    category: 'runtime',
    description: "Disallow access modes the claim's provisioner cannot provide",
    messages: {
      unsupported:
        '{{prefix}}{{mode}} is not supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}": the claim stays Pending (ProvisioningFailed)',
      unsupportedForFilesystem:
        '{{prefix}}{{mode}} is not supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}" for volumeMode: Filesystem: the claim stays Pending (ProvisioningFailed)',
      onlyWhereConfigured:
        '{{prefix}}{{mode}} is supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}" only where {{how}}: elsewhere the claim stays Pending (ProvisioningFailed)',
    },
  },
  check(ctx) {
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') })) {
      const modes = c.claim.spec?.accessModes;
      if (!Array.isArray(modes)) continue;
      const cls = classOf(c.claim, c.base, ctx.index.visibleFrom(c.resource), ctx.options.cluster);
      const info = cls.info;
      if (!info) continue;
      const p = provisioner(info.provisioner);
      if (!p || p.static) continue;
      const block = c.claim.spec?.volumeMode === 'Block';
      modes.forEach((m, i) => {
        if (typeof m !== 'string' || (p.accessModes as readonly string[]).includes(m)) return;
        const blockOnly = (p.blockOnlyModes as readonly string[] | undefined)?.includes(m);
        if (blockOnly && block) return;
        // A mode the driver gives only when configured for it fails only on some clusters.
        const configurable = (p.configurable?.modes as readonly string[] | undefined)?.includes(m) ? p.configurable : undefined;
        const data = { prefix: c.prefix, mode: m, provisioner: p.name, backend: p.backend, storageClass: info.name };
        ctx.report({
          resource: c.resource,
          path: [...c.base, 'spec', 'accessModes', i],
          ...(configurable
            ? { severity: 'warning' as const, messageId: 'onlyWhereConfigured' as const, data: { ...data, how: configurable.how } }
            : { messageId: blockOnly ? ('unsupportedForFilesystem' as const) : ('unsupported' as const), data }),
          hint: m === 'ReadWriteMany' ? 'use ReadWriteOnce (each StatefulSet pod gets its own claim anyway), or a file-storage class (NFS, EFS, Filestore, Azure Files, CephFS)' : `use one of: ${p.accessModes.join(', ')}`,
          ...(cls.resource ? { related: [{ resource: cls.resource, path: ['provisioner'], message: `StorageClass "${cls.name}" uses ${p.name}` }] } : {}),
        });
      });
    }
  },
});
