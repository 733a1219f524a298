import { defineRule } from '../src/lint/rule.js';
import type { Service } from 'kubernetes-types/core/v1.js';
import { admittedAs } from '../src/lint/admitted.js';
import { serviceClusterProblems, serviceSpec } from '../src/k8s/validate.js';

export default defineRule({
  meta: {
    id: 'service-spec-invalid',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow Service specs that the API server rejects (validation beyond the schema)',
  },
  check(ctx) {
    for (const r of ctx.targets('Service')) {
      const svc = admittedAs<Service>(r, ctx);
      for (const p of serviceSpec(svc, ctx.options.kubeVersion.minor)) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
      // IP families the cluster may not serve: an error on a profile that states its families,
      // else a warning (most clusters are IPv4 single-stack, some are not).
      for (const p of serviceClusterProblems(svc, ctx.options.cluster?.ipFamilies)) {
        ctx.report({ resource: r, path: p.path, severity: p.known ? 'error' : 'warning', message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
      }
    }
  },
});
