import { defineRule } from '../src/lint/rule.js';
import { objectMeta } from '../src/k8s/validate.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidateObjectMeta gives (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'tooLong'] as const;

const KINDS = ['StatefulSet', 'Service', 'StorageClass', 'PersistentVolumeClaim', 'PersistentVolume', 'PodDisruptionBudget'];

export default defineRule({
  meta: {
    id: 'metadata-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow object names, namespaces, labels and annotations that the API server rejects',
    messages: fieldErrorMessages(TYPES),
  },
  check(ctx) {
    for (const kind of KINDS) {
      for (const r of ctx.targets(kind)) {
        for (const p of objectMeta(kind, r.object)) {
          const hint = p.path.join('.') === 'metadata.name' && kind === 'Service' ? 'Service names must start with a letter (DNS-1035)' : undefined;
          const { type, field, detail } = fieldErrorOf(p.message, TYPES);
          ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail }, ...(hint ? { hint } : {}) });
        }
      }
    }
  },
});
