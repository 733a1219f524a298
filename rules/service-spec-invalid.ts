import { defineRule } from '../src/rule.js';
import type { Service } from 'kubernetes-types/core/v1.js';
import { admittedAs } from '../src/k8s/admitted.js';
import { serviceSpec } from '../src/k8s/validate.js';

export default defineRule({
  meta: {
    id: 'service-spec-invalid',
    severity: 'error',
    description: 'Disallow Service specs that the API server rejects (validation beyond the schema)',
  },
  check(ctx) {
    for (const r of ctx.targets('Service')) {
      for (const p of serviceSpec(admittedAs<Service>(r, ctx))) ctx.report({ resource: r, path: p.path, key: p.key, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    }
  },
});
