import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, claimTemplatesOf } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'claim-template-namespace',
    severity: 'warning',
    category: 'runtime',
    description: "Disallow a claim template namespace that differs from the StatefulSet's",
    messages: {
      namespaceIgnored:
        'claim template namespace "{{namespace}}" is ignored: the controller creates the PVCs in the StatefulSet\'s namespace "{{setNamespace}}"',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const ns = ctx.index.namespaceOf(r);
      for (const [t, i] of claimTemplatesOf(asStatefulSet(r))) {
        const tns = t.metadata?.namespace;
        if (typeof tns !== 'string' || tns === '' || tns === ns) continue;
        ctx.report({
          resource: r,
          path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'namespace'],
          messageId: 'namespaceIgnored',
          data: { namespace: tns, setNamespace: ns },
          hint: 'remove metadata.namespace from the claim template',
        });
      }
    }
  },
});
