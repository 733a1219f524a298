import { defineRule } from '../src/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import { asStatefulSet, podTemplateOf, replicasOf } from '../src/k8s/objects.js';
import { selectorMatches } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'pdb-blocks-disruption',
    severity: 'warning',
    description: 'Disallow PodDisruptionBudgets that allow no voluntary disruption of the StatefulSet pods they select',
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      const pdb = r.object as unknown as PodDisruptionBudget;
      const spec = pdb.spec;
      if (!spec) continue;
      const ns = ctx.index.namespaceOf(r);
      const targets = ctx.index.inNamespace('StatefulSet', ns).filter((s) => {
        const tpl = podTemplateOf(s);
        return tpl !== null && selectorMatches(spec.selector, tpl.labels);
      });
      const max = spec.maxUnavailable;
      if (max === 0 || max === '0%') {
        ctx.report({
          resource: r,
          path: ['spec', 'maxUnavailable'],
          message: 'maxUnavailable 0 allows no voluntary disruption: node drains and cluster upgrades block until someone deletes this budget',
          hint: 'use maxUnavailable: 1',
        });
        continue;
      }
      const min = spec.minAvailable;
      for (const s of targets) {
        const replicas = replicasOf(asStatefulSet(s));
        const blocks = (typeof min === 'number' && min >= replicas) || min === '100%';
        if (!blocks) continue;
        ctx.report({
          resource: r,
          path: ['spec', 'minAvailable'],
          message: `minAvailable ${String(min)} with ${replicas} replicas of StatefulSet "${s.name}" allows no voluntary disruption: node drains block`,
          hint: `use minAvailable: ${Math.max(replicas - 1, 0)} or maxUnavailable: 1`,
          related: [{ resource: s, path: ['spec', 'replicas'], message: `replicas: ${replicas}` }],
        });
      }
    }
  },
});
