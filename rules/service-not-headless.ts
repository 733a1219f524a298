import { defineRule } from '../src/rule.js';
import { governingService } from '../src/resource-index.js';
import { asService } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'service-not-headless',
    severity: 'error',
    description: 'Require the governing Service of a StatefulSet to be headless (clusterIP: None)',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const gov = governingService(ctx.index, r);
      if (!gov?.service) continue;
      const { name, service: svc } = gov;
      const spec = asService(svc).spec;
      if (spec?.type === 'ExternalName') {
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          message: `Service "${name}" is an ExternalName Service: no per-pod DNS records exist for this StatefulSet`,
          hint: 'point serviceName at a headless Service (clusterIP: None) that selects the pods',
          related: [{ resource: svc, path: ['spec', 'type'], message: 'type: ExternalName here' }],
        });
        continue;
      }
      if (spec?.clusterIP === 'None') continue;
      const ip = spec?.clusterIP;
      ctx.report({
        resource: r,
        path: ['spec', 'serviceName'],
        message: `Service "${name}" is not headless (clusterIP ${ip ? `"${ip}"` : 'allocated'}): names like ${r.name}-0.${name} will not resolve`,
        hint: 'set `clusterIP: None` on the governing Service (clusterIP is immutable: delete and re-create the Service); keep a separate ClusterIP Service for clients',
        related: [{ resource: svc, path: ip ? ['spec', 'clusterIP'] : ['spec'], key: !ip, message: ip ? `clusterIP "${ip}" here` : 'no clusterIP: None here' }],
      });
    }
  },
});
