import { defineRule } from '../src/lint/rule.js';
import { asService, records } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'headless-port-unnamed',
    severity: 'info',
    category: 'practice',
    description: 'Require names on headless Service ports so that SRV records are published',
    messages: {
      unnamedPort:
        'port {{port}} has no name, so no SRV record _<name>._{{protocol}}.{{service}}.<namespace>.svc is published for it',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('Service')) {
      const spec = asService(r).spec;
      if (spec?.clusterIP !== 'None') continue;
      for (const [p, i] of records(spec.ports)) {
        if (typeof p.name === 'string' && p.name !== '') continue;
        const proto = (p.protocol ?? 'TCP').toLowerCase();
        ctx.report({
          resource: r,
          path: ['spec', 'ports', i],
          messageId: 'unnamedPort',
          data: { port: p.port ?? '?', protocol: proto, service: r.name },
          hint: 'add `name:` to the port (e.g. the protocol it serves: web, peer, client)',
        });
      }
    }
  },
});
