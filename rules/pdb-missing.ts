import { defineRule } from '../src/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { asStatefulSet, podTemplateOf, replicasOf } from '../src/k8s/objects.js';
import { selectorMatches } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'pdb-missing',
    severity: 'warning',
    description: 'Require a PodDisruptionBudget that selects the pods of a replicated StatefulSet',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      if (replicasOf(sts) < 2) continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const pdbs = ctx.index.inNamespace('PodDisruptionBudget', ctx.index.namespaceOf(r));
      if (pdbs.some((p) => selectorMatches((p.object as unknown as PodDisruptionBudget).spec?.selector, tpl.labels))) continue;
      ctx.report({
        resource: r,
        path: ['metadata', 'name'],
        message: `no PodDisruptionBudget selects the pods of StatefulSet "${r.name}" (${replicasOf(sts)} replicas): a node drain may evict several members of the quorum at once`,
        hint: 'add a policy/v1 PodDisruptionBudget with `maxUnavailable: 1` and the StatefulSet\'s selector',
      });
    }
  },
});
