import { defineRule } from '../src/lint/rule.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { Path } from '../src/types.js';
import { asStatefulSet, podTemplateOf, records, replicasOf } from '../src/k8s/objects.js';
import { formatLabels, selectorMatches } from '../src/k8s/selector.js';

interface Term {
  what: string;
  path: Path;
  topologyKey: unknown;
  selector: LabelSelector | undefined;
}

function describeSelector(s: LabelSelector | undefined): string {
  if (!s) return 'no labelSelector (it selects no pods)';
  const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions ?? []) parts.push(`${e.key} ${e.operator}${e.values?.length ? ` (${e.values.join(', ')})` : ''}`);
  return parts.length ? parts.join(', ') : 'an empty labelSelector';
}

export default defineRule({
  meta: {
    id: 'pod-anti-affinity-missing',
    severity: 'warning',
    category: 'runtime',
    description: 'Require replicated StatefulSets to spread their pods across hosts or zones',
    messages: {
      termMissesPods:
        '{{replicas}} replicas, and {{term}} selects {{selector}}, which the set\'s own pods (labels {{labels}}) do not match: it does not keep them apart, so several members can land on one node and fail together',
      noSpread:
        '{{replicas}} replicas with no pod anti-affinity or topology spread over hosts or zones: several members can land on one node and fail together',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      if (replicasOf(sts) < 2) continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const spec = [...tpl.path, 'spec'];
      const anti = tpl.spec.affinity?.podAntiAffinity;
      const terms: Term[] = [
        ...records(anti?.requiredDuringSchedulingIgnoredDuringExecution).map(([t, i]): Term => ({ what: 'the required podAntiAffinity term', path: [...spec, 'affinity', 'podAntiAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', i], topologyKey: t.topologyKey, selector: t.labelSelector })),
        ...records(anti?.preferredDuringSchedulingIgnoredDuringExecution).map(([w, i]): Term => ({ what: 'the preferred podAntiAffinity term', path: [...spec, 'affinity', 'podAntiAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'], topologyKey: w.podAffinityTerm?.topologyKey, selector: w.podAffinityTerm?.labelSelector })),
        ...records(tpl.spec.topologySpreadConstraints).map(([c, i]): Term => ({ what: 'the topologySpreadConstraint', path: [...spec, 'topologySpreadConstraints', i], topologyKey: c.topologyKey, selector: c.labelSelector })),
      ];
      // Any topology key is a failure domain the author chose (hosts, zones, racks); what makes a
      // term useless is a selector that none of the set's own pods match.
      const spreads = (t: Term): boolean => typeof t.topologyKey === 'string' && t.topologyKey !== '' && selectorMatches(t.selector, tpl.labels);
      if (terms.some(spreads)) continue;
      const missed = terms.find((t) => !selectorMatches(t.selector, tpl.labels));
      if (missed) {
        ctx.report({
          resource: r,
          path: missed.selector ? [...missed.path, 'labelSelector'] : missed.path,
          key: !missed.selector,
          messageId: 'termMissesPods',
          data: { replicas: replicasOf(sts), term: missed.what, selector: describeSelector(missed.selector), labels: formatLabels(tpl.labels) },
          hint: `select the pod template's labels in the term (e.g. matchLabels: {${Object.entries(tpl.labels).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(', ')}})`,
        });
        continue;
      }
      ctx.report({
        resource: r,
        path: spec,
        key: true,
        messageId: 'noSpread',
        data: { replicas: replicasOf(sts) },
        hint: 'add a preferred podAntiAffinity term (topologyKey: kubernetes.io/hostname) or a topologySpreadConstraint selecting the pod labels',
      });
    }
  },
});
