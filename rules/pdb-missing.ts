import { defineRule } from '../src/lint/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { asStatefulSet, podTemplateOf, replicasOf } from '../src/k8s/objects.js';
import { selectorMatches } from '../src/k8s/selector.js';
import type { ResourceIndex } from '../src/load/resource-index.js';
import { selectionText, statefulSetPodsSelected, termsOfLabelSelector, type SelectorTerms } from '../src/k8s/pod-labels.js';

export default defineRule({
  meta: {
    id: 'pdb-missing',
    severity: 'warning',
    category: 'runtime',
    description: 'Require a PodDisruptionBudget that selects the pods of a replicated StatefulSet',
    messages: {
      noBudget:
        'no PodDisruptionBudget selects the pods of this StatefulSet ({{replicas}} replicas): a node drain may evict several members of the quorum at once',
      partlyCovered:
        'PodDisruptionBudgets select only {{selected}} of {{range}}: a node drain may evict the others together',
    },
  },
  check(ctx) {
    // The budgets' selectors of one scope and namespace, and what they mention, gathered once.
    const gathered = new Map<ResourceIndex, Map<string, { selectors: LabelSelector[]; terms: SelectorTerms }>>();
    const budgets = (scope: ResourceIndex, ns: string): { selectors: LabelSelector[]; terms: SelectorTerms } => {
      let byNs = gathered.get(scope);
      if (!byNs) gathered.set(scope, (byNs = new Map()));
      let b = byNs.get(ns);
      if (!b) {
        const selectors = scope
          .inNamespace('PodDisruptionBudget', ns)
          .map((p) => (p.object as unknown as PodDisruptionBudget).spec?.selector)
          .filter((s): s is LabelSelector => s !== undefined && s !== null);
        // Per-pod budgets (selecting statefulset.kubernetes.io/pod-name) count for the pod they select.
        const terms: SelectorTerms = { keys: new Set(), values: [] };
        for (const s of selectors) {
          const t = termsOfLabelSelector(s);
          for (const k of t.keys) terms.keys.add(k);
          terms.values.push(...t.values);
        }
        byNs.set(ns, (b = { selectors, terms }));
      }
      return b;
    };
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      const replicas = replicasOf(sts);
      if (replicas < 2) continue;
      if (!podTemplateOf(r)) continue;
      const { selectors, terms } = budgets(ctx.index.visibleFrom(r), ctx.index.namespaceOf(r));
      const covered = statefulSetPodsSelected(r, terms, (labels) => selectors.some((s) => selectorMatches(s, labels)), ctx.options.featureGates);
      if (covered.count === covered.pods) continue;
      ctx.report({
        resource: r,
        path: ['metadata', 'name'],
        ...(covered.count === 0
          ? { messageId: 'noBudget' as const, data: { replicas } }
          : { messageId: 'partlyCovered' as const, data: { selected: selectionText(covered), range: covered.range } }),
        hint: "add a policy/v1 PodDisruptionBudget with `maxUnavailable: 1` and the StatefulSet's selector",
      });
    }
  },
});
