import { defineRule } from '../src/lint/rule.js';
import type { Service } from 'kubernetes-types/core/v1.js';
import { admittedAs } from '../src/lint/admitted.js';
import { serviceClusterProblems, serviceSpec } from '../src/k8s/validate.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidateService and the IP family allocation give (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'forbidden', 'duplicate', 'notSupported'] as const;

export default defineRule({
  meta: {
    id: 'service-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow Service specs that the API server rejects (validation beyond the schema)',
    messages: {
      ...fieldErrorMessages(TYPES),
      // Without the cluster's IP families: what the API server says on a cluster that lacks them.
      dualStackUnknown: 'ipFamilyPolicy RequireDualStack: the API server rejects the Service on a single-stack cluster ("{{error}}")',
      familyUnknown: 'ipFamilies {{family}}: the API server rejects the Service on a cluster without {{family}} Services ("{{error}}")',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('Service')) {
      const svc = admittedAs<Service>(r, ctx);
      for (const p of serviceSpec(svc, ctx.options.kubeVersion.minor)) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail }, ...(p.hint ? { hint: p.hint } : {}) });
      }
      // IP families the cluster may not serve: an error on a profile that states its families,
      // else a warning (most clusters are IPv4 single-stack, some are not).
      for (const p of serviceClusterProblems(svc, ctx.options.cluster?.ipFamilies)) {
        const hint = p.hint ? { hint: p.hint } : {};
        if (p.known) {
          const { type, field, detail } = fieldErrorOf(p.message, TYPES);
          ctx.report({ resource: r, path: p.path, severity: 'error', messageId: type, data: { field, detail }, ...hint });
        } else if (p.check === 'dualStack') {
          ctx.report({ resource: r, path: p.path, severity: 'warning', messageId: 'dualStackUnknown', data: { error: p.apiMessage }, ...hint });
        } else {
          ctx.report({ resource: r, path: p.path, severity: 'warning', messageId: 'familyUnknown', data: { family: p.family ?? '', error: p.apiMessage }, ...hint });
        }
      }
    }
  },
});
