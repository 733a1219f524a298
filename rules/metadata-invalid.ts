import { defineRule } from '../src/lint/rule.js';
import { objectMeta } from '../src/k8s/validate.js';

const KINDS = ['StatefulSet', 'Service', 'StorageClass', 'PersistentVolumeClaim', 'PersistentVolume', 'PodDisruptionBudget'];

export default defineRule({
  meta: {
    id: 'metadata-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow object names, namespaces, labels and annotations that the API server rejects',
  },
  check(ctx) {
    for (const kind of KINDS) {
      for (const r of ctx.targets(kind)) {
        for (const p of objectMeta(kind, r.object)) {
          const hint = p.path.join('.') === 'metadata.name' && kind === 'Service' ? 'Service names must start with a letter (DNS-1035)' : undefined;
          ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(hint ? { hint } : {}) });
        }
      }
    }
  },
});
