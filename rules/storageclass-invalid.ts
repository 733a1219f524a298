import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { storageClass } from '../src/k8s/validate.js';
import { admittedAs } from '../src/lint/admitted.js';

export default defineRule({
  meta: {
    id: 'storageclass-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow StorageClasses that the API server rejects',
  },
  check(ctx) {
    for (const r of ctx.targets('StorageClass')) {
      for (const p of storageClass(admittedAs<StorageClass>(r, ctx), ctx.options.kubeVersion.minor)) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message });
    }
  },
});
