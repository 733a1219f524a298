import { defineRule } from '../src/lint/rule.js';
import { claimsOf } from '../src/lint/storage.js';
import { enumValues } from '../src/k8s/enums.js';
import { admitted } from '../src/lint/admitted.js';
import { show } from '../src/k8s/values.js';

export default defineRule({
  meta: {
    id: 'access-mode-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Require valid access modes on claims and claim templates',
    // field.Error types, as ValidatePersistentVolumeClaimSpec gives them; `prefix` names the claim template.
    messages: {
      required: '{{prefix}}spec.accessModes: Required value: at least 1 access mode is required',
      notSupported: '{{prefix}}spec.accessModes: Unsupported value: {{value}}: supported values: {{supported}}',
      forbidden: '{{prefix}}spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes',
    },
  },
  check(ctx) {
    // core/validation ValidatePersistentVolumeClaimSpec, through the enum table.
    const allowed = enumValues('PersistentVolumeClaim', ['spec', 'accessModes', '*'], ctx.options.kubeVersion.minor) ?? [];
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') }, (r) => admitted(r, ctx).object)) {
      const modes = c.claim.spec?.accessModes;
      const path = [...c.base, 'spec', 'accessModes'];
      if (!Array.isArray(modes) || modes.length === 0) {
        ctx.report({
          resource: c.resource,
          path: Array.isArray(modes) ? path : [...c.base, 'spec'],
          key: !Array.isArray(modes),
          messageId: 'required',
          data: { prefix: c.prefix },
          hint: 'add `accessModes: [ReadWriteOnce]`',
        });
        continue;
      }
      modes.forEach((m, i) => {
        if (typeof m === 'string' && !allowed.includes(m)) {
          ctx.report({
            resource: c.resource,
            path: [...path, i],
            messageId: 'notSupported',
            data: { prefix: c.prefix, value: show(m), supported: allowed.map(show).join(', ') },
            hint: 'access modes are case-sensitive: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod',
          });
        }
      });
      if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
        ctx.report({
          resource: c.resource,
          path,
          messageId: 'forbidden',
          data: { prefix: c.prefix },
          hint: 'use ReadWriteOncePod alone',
        });
      }
    }
  },
});
