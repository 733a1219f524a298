import { defineRule } from '../src/rule.js';
import type { PodAffinityTerm } from 'kubernetes-types/core/v1.js';
import { asStatefulSet, podTemplateOf, records, replicasOf } from '../src/k8s/objects.js';
import { selectorMatches } from '../src/k8s/selector.js';

const SPREAD_KEYS = new Set([
  'kubernetes.io/hostname', 'topology.kubernetes.io/zone', 'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/region',
]);

export default defineRule({
  meta: {
    id: 'pod-anti-affinity-missing',
    severity: 'warning',
    description: 'Require replicated StatefulSets to spread their pods across hosts or zones',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      if (replicasOf(sts) < 2) continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const own = (t: PodAffinityTerm | undefined): boolean =>
        !!t && SPREAD_KEYS.has(t.topologyKey) && selectorMatches(t.labelSelector, tpl.labels);
      const anti = tpl.spec.affinity?.podAntiAffinity;
      const hasAnti =
        records(anti?.requiredDuringSchedulingIgnoredDuringExecution).some(([t]) => own(t)) ||
        records(anti?.preferredDuringSchedulingIgnoredDuringExecution).some(([w]) => own(w.podAffinityTerm));
      const hasSpread = records(tpl.spec.topologySpreadConstraints).some(([c]) => SPREAD_KEYS.has(c.topologyKey) && selectorMatches(c.labelSelector, tpl.labels));
      if (hasAnti || hasSpread) continue;
      ctx.report({
        resource: r,
        path: [...tpl.path, 'spec'],
        key: true,
        message: `${replicasOf(sts)} replicas with no pod anti-affinity or topology spread over hosts or zones: several members can land on one node and fail together`,
        hint: 'add a preferred podAntiAffinity term (topologyKey: kubernetes.io/hostname) or a topologySpreadConstraint selecting the pod labels',
      });
    }
  },
});
