import { defineRule } from '../src/lint/rule.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { storageClass } from '../src/k8s/validate.js';
import { admittedAs } from '../src/lint/admitted.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidateStorageClass gives (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'notSupported', 'duplicate', 'tooLong'] as const;

export default defineRule({
  meta: {
    id: 'storageclass-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow StorageClasses that the API server rejects',
    messages: fieldErrorMessages(TYPES),
  },
  check(ctx) {
    for (const r of ctx.targets('StorageClass')) {
      for (const p of storageClass(admittedAs<StorageClass>(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail } });
      }
    }
  },
});
