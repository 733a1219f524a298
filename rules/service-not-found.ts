import { defineRule } from '../src/lint/rule.js';
import { governingService } from '../src/load/resource-index.js';
import { dns1035Label } from '../src/k8s/names.js';
import { firstPodName } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'service-not-found',
    severity: 'warning',
    category: 'runtime',
    description: 'Require spec.serviceName to name a Service of the same namespace and application',
    messages: {
      invalidName:
        'serviceName "{{name}}" can never name a Service (Service names are DNS-1035 labels: lowercase, starting with a letter): the pods are created, but no DNS name ever resolves for them',
      // {{elsewhere}}: "" or where a Service of that name was found out of the StatefulSet's reach
      // (as ESLint's no-unused-vars appends {{additional}}).
      notFound:
        'no Service "{{name}}" in namespace "{{namespace}}" among the inputs: the pods are created, but names like {{pod}} resolve only once that Service exists{{elsewhere}}',
    },
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
          messageId: 'invalidName',
          data: { name },
          hint: 'rename the governing Service and serviceName to a DNS-1035 label such as "web"',
        });
        continue;
      }
      const pod = `${firstPodName(r)}.${name}.${ns}.svc`;
      const elsewhere = ctx.index.outOfReach('Service', ns, name, r)[0];
      const otherNamespace = elsewhere ? undefined : ctx.index.visibleFrom(r).ofKind('Service').filter((s) => s.name === name).sort((a, b) => (ctx.index.namespaceOf(a) < ctx.index.namespaceOf(b) ? -1 : 1))[0];
      let where = '';
      if (elsewhere) where = `; a Service "${name}" is defined in ${elsewhere.file.path}, in another directory tree, which stsplan takes for another application`;
      else if (otherNamespace) where = `; the Service "${name}" in namespace "${ctx.index.namespaceOf(otherNamespace)}" does not count: pods resolve their subdomain in their own namespace`;
      ctx.report({
        resource: r,
        path: ['spec', 'serviceName'],
        messageId: 'notFound',
        data: { name, namespace: ns, pod, elsewhere: where },
        hint: elsewhere
          ? `if ${elsewhere.file.path} belongs to this application, pass it with --context (or list it under context: in .stsplan.yaml)`
          : `add a headless Service "${name}" (clusterIP: None) in namespace "${ns}" that selects the pods, or pass the file that defines it with --context`,
        ...(elsewhere ?? otherNamespace ? { related: [{ resource: (elsewhere ?? otherNamespace)!, path: ['metadata', 'name'], message: elsewhere ? 'a Service of that name in another application' : 'a Service of that name in another namespace' }] } : {}),
      });
    }
  },
});
