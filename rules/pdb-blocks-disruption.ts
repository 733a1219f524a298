import { defineRule } from '../src/lint/rule.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { Resource } from '../src/resource.js';
import { asStatefulSet, replicasOf } from '../src/k8s/objects.js';
import { selectorMatches } from '../src/k8s/selector.js';
import { selectionText, statefulSetPodsSelected, termsOfLabelSelector, type PodSelection } from '../src/k8s/pod-labels.js';

/** intstr.GetScaledValueFromIntOrPercent(v, total, roundUp=true): "50%" of 3 is 2. */
function scaled(v: number | string, total: number): number {
  if (typeof v === 'number') return v;
  return Math.ceil((Number(v.slice(0, -1)) * total) / 100);
}

export default defineRule({
  meta: {
    id: 'pdb-blocks-disruption',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow PodDisruptionBudgets that allow no voluntary disruption of the StatefulSet pods they select',
    messages: {
      maxUnavailableZero:
        'maxUnavailable 0 allows no voluntary disruption: node drains and cluster upgrades block until someone deletes this budget',
      maxUnavailableCountsAllReplicas:
        'allows no voluntary disruption of {{sets}}: the disruption controller measures maxUnavailable {{maxUnavailable}} against all {{replicas}} replicas, so it wants {{desired}} healthy, but only {{pods}} of them are selected, so node drains and cluster upgrades block until someone deletes this budget',
      maxUnavailableNoneToSpare:
        'allows no voluntary disruption of {{sets}}: maxUnavailable {{maxUnavailable}} of {{replicas}} leaves none to spare, so node drains and cluster upgrades block until someone deletes this budget',
      minAvailableAllPods:
        'allows no voluntary disruption of {{sets}}: minAvailable {{minAvailable}} with {{pods}} selected pods, so node drains and cluster upgrades block until someone deletes this budget',
      minAvailableRoundsUp:
        'allows no voluntary disruption of {{sets}}: minAvailable {{minAvailable}} of {{replicas}} replicas rounds up to {{desired}}, with {{pods}} selected pods, so node drains and cluster upgrades block until someone deletes this budget',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('PodDisruptionBudget')) {
      const spec = (r.object as unknown as PodDisruptionBudget).spec;
      if (!spec) continue;
      const max = spec.maxUnavailable;
      if (max === 0 || max === '0%') {
        ctx.report({
          resource: r,
          path: ['spec', 'maxUnavailable'],
          messageId: 'maxUnavailableZero',
          hint: 'use maxUnavailable: 1',
        });
        continue;
      }
      const min = spec.minAvailable;
      const valid = (v: unknown): v is number | string => typeof v === 'number' || (typeof v === 'string' && /^\d+%$/.test(v));
      if (!valid(max) && !valid(min)) continue;
      // The pods it selects, counted on each pod's full labels (per-pod budgets select by pod name).
      const terms = termsOfLabelSelector(spec.selector);
      const selected: { set: Resource; replicas: number; selection: PodSelection }[] = [];
      // The StatefulSets of whose application the budget is part (it is within their reach).
      for (const s of ctx.index.below(r).inNamespace('StatefulSet', ctx.index.namespaceOf(r))) {
        const replicas = replicasOf(asStatefulSet(s));
        if (replicas < 1) continue;
        const selection = statefulSetPodsSelected(s, terms, (labels) => selectorMatches(spec.selector, labels), ctx.options.featureGates);
        if (selection.count > 0) selected.push({ set: s, replicas, selection });
      }
      if (selected.length === 0) continue;
      // Named in a fixed order, so that the order of the input files does not change the message.
      selected.sort((a, b) => (a.set.name < b.set.name ? -1 : a.set.name > b.set.name ? 1 : a.set.file.path < b.set.file.path ? -1 : 1));
      // The disruption controller's arithmetic (pkg/controller/disruption: getExpectedPodCount): an
      // integer minAvailable counts the selected pods; a percentage, and maxUnavailable, count the
      // replicas of the controllers that own them.
      const pods = selected.reduce((n, x) => n + x.selection.count, 0);
      const scale = selected.reduce((n, x) => n + x.replicas, 0);
      let desired: number;
      let field: 'minAvailable' | 'maxUnavailable';
      let why: { messageId: 'maxUnavailableCountsAllReplicas' | 'maxUnavailableNoneToSpare' | 'minAvailableAllPods' | 'minAvailableRoundsUp'; data: Record<string, string | number> };
      if (valid(max)) {
        field = 'maxUnavailable';
        desired = scale - scaled(max, scale);
        why = scale > pods
          ? { messageId: 'maxUnavailableCountsAllReplicas', data: { maxUnavailable: max, replicas: scale, desired, pods } }
          : { messageId: 'maxUnavailableNoneToSpare', data: { maxUnavailable: max, replicas: scale } };
      } else {
        field = 'minAvailable';
        const total = typeof min === 'number' ? pods : scale;
        desired = scaled(min as number | string, total);
        why = typeof min === 'number'
          ? { messageId: 'minAvailableAllPods', data: { minAvailable: min, pods } }
          : { messageId: 'minAvailableRoundsUp', data: { minAvailable: String(min), replicas: scale, desired, pods } };
      }
      if (pods - desired > 0) continue;
      const sets = selected.map((x) => (x.selection.count === x.replicas ? `StatefulSet "${x.set.name}" (${x.replicas} replicas)` : `${selectionText(x.selection)} of StatefulSet "${x.set.name}"`)).join(', ');
      ctx.report({
        resource: r,
        path: ['spec', field],
        messageId: why.messageId,
        data: { ...why.data, sets },
        hint: field === 'minAvailable' ? `use minAvailable: ${Math.max(pods - 1, 0)} or maxUnavailable: 1` : 'select all pods of the StatefulSet with one budget (its spec.selector) and maxUnavailable: 1',
        related: selected.map((x) => ({ resource: x.set, path: ['spec', 'replicas'], message: `replicas: ${x.replicas}` })),
      });
    }
  },
});
