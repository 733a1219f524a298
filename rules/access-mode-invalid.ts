import { defineRule } from '../src/lint/rule.js';
import { claimsOf } from '../src/lint/storage.js';
import { enumValues } from '../src/k8s/enums.js';
import { admitted } from '../src/lint/admitted.js';
import { fieldError } from '../src/k8s/values.js';

export default defineRule({
  meta: {
    id: 'access-mode-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Require valid access modes on claims and claim templates',
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
          message: `${c.prefix}${fieldError.required('spec.accessModes', 'at least 1 access mode is required')}`,
          hint: 'add `accessModes: [ReadWriteOnce]`',
        });
        continue;
      }
      modes.forEach((m, i) => {
        if (typeof m === 'string' && !allowed.includes(m)) {
          ctx.report({
            resource: c.resource,
            path: [...path, i],
            message: `${c.prefix}${fieldError.unsupported('spec.accessModes', m, allowed)}`,
            hint: 'access modes are case-sensitive: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod',
          });
        }
      });
      if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
        ctx.report({
          resource: c.resource,
          path,
          message: `${c.prefix}spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes`,
          hint: 'use ReadWriteOncePod alone',
        });
      }
    }
  },
});
