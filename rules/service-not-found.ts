import { defineRule } from '../src/rule.js';
import { governingService } from '../src/resource-index.js';
import { dns1035Label } from '../src/k8s/names.js';

export default defineRule({
  meta: {
    id: 'service-not-found',
    severity: 'error',
    description: 'Require spec.serviceName to name a Service in the same namespace',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const gov = governingService(ctx.index, r);
      if (!gov || gov.service) continue;
      const { name } = gov;
      const ns = ctx.index.namespaceOf(r);
      if (dns1035Label(name).length > 0) {
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          message: `serviceName "${name}" can never name a Service: Service names must be DNS-1035 labels (lowercase, starting with a letter)`,
          hint: 'rename the governing Service and serviceName to a DNS-1035 label such as "web"',
        });
        continue;
      }
      const elsewhere = ctx.index.ofKind('Service').filter((s) => s.name === name);
      ctx.report({
        resource: r,
        path: ['spec', 'serviceName'],
        message: `Service "${name}" not found in namespace "${ns}"${elsewhere.length ? ` (one exists in namespace "${ctx.index.namespaceOf(elsewhere[0]!)}")` : ''}: pods get no DNS names`,
        hint: `add a headless Service "${name}" (clusterIP: None) in namespace "${ns}", or pass the file that defines it with --context`,
        ...(elsewhere.length ? { related: [{ resource: elsewhere[0]!, path: ['metadata', 'name'], message: 'a Service of that name in another namespace' }] } : {}),
      });
    }
  },
});
