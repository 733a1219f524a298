import { defineRule } from '../src/lint/rule.js';
import { claimsOf } from '../src/lint/storage.js';
import { hintOf } from '../src/k8s/hints.js';
import { claimSpec, claimTemplateMeta } from '../src/k8s/validate.js';
import { admitted } from '../src/lint/admitted.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidatePersistentVolumeClaimSpec and the template's name checks give (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'forbidden', 'notSupported'] as const;

export default defineRule({
  meta: {
    id: 'claim-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow PersistentVolumeClaims and claim templates that the API server rejects',
    // `prefix` names the claim template; `when` says when a template's problem fails.
    messages: fieldErrorMessages(TYPES, '{{prefix}}$&{{when}}'),
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') }, (r) => admitted(r, ctx).object)) {
      const template = c.base.length > 0;
      for (const p of claimSpec(c.claim, c.base, minor)) {
        const when = !template ? '' : minor >= 34 ? ' (rejected at apply since 1.34)' : ': the controller fails to create the PVC (FailedCreate) and the pod never starts';
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: c.resource, path: p.path, key: p.key, messageId: type, data: { prefix: c.prefix, field, detail, when }, hint: p.message.includes('[storage]') && !p.hint ? 'add `resources: {requests: {storage: 10Gi}}`' : hintOf(p) });
      }
      // The template's name and metadata become the PVC's and the pod volume's. apps/validation
      // (PR #132212, 1.34) validates only the template's spec: these fail at creation in every release.
      if (template) {
        for (const p of claimTemplateMeta(c.claim, c.base)) {
          const { type, field, detail } = fieldErrorOf(p.message, TYPES);
          const when = ': the controller fails to create the PVC or the pod (FailedCreate) and the pod never starts';
          ctx.report({ resource: c.resource, path: p.path, key: p.key, messageId: type, data: { prefix: c.prefix, field, detail, when }, hint: hintOf(p) });
        }
      }
    }
  },
});
