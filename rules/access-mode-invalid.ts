import { defineRule } from '../src/rule.js';
import { claimsOf } from '../src/k8s/storage.js';
import { ACCESS_MODES } from '../src/k8s/provisioners.js';
import { admitted } from '../src/k8s/admitted.js';

export default defineRule({
  meta: {
    id: 'access-mode-invalid',
    severity: 'error',
    description: 'Require valid access modes on claims and claim templates',
  },
  check(ctx) {
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') }, (r) => admitted(r, ctx).object)) {
      const modes = c.claim.spec?.accessModes;
      const path = [...c.base, 'spec', 'accessModes'];
      if (!Array.isArray(modes) || modes.length === 0) {
        ctx.report({
          resource: c.resource,
          path: Array.isArray(modes) ? path : [...c.base, 'spec'],
          key: !Array.isArray(modes),
          message: `${c.prefix}spec.accessModes: Required value: at least 1 access mode is required`,
          hint: 'add `accessModes: [ReadWriteOnce]`',
        });
        continue;
      }
      modes.forEach((m, i) => {
        if (typeof m === 'string' && !(ACCESS_MODES as readonly string[]).includes(m)) {
          ctx.report({
            resource: c.resource,
            path: [...path, i],
            message: `${c.prefix}spec.accessModes: Unsupported value: "${m}": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"`,
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
