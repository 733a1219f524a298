import { defineRule } from '../src/lint/rule.js';
import type { Resource } from '../src/resource.js';
import { asService, podTemplateOf } from '../src/k8s/objects.js';
import { asLabels, formatLabels, mapSelectorMatches } from '../src/k8s/selector.js';
import { POD_NAME_LABEL, statefulSetPodsSelected, termsOfMap } from '../src/k8s/pod-labels.js';

const WORKLOADS = ['StatefulSet', 'Deployment', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod'];

export default defineRule({
  meta: {
    id: 'service-targets-no-pods',
    severity: 'warning',
    category: 'runtime',
    description: 'Require a Service selector to select the pods of some workload in the inputs or context',
    messages: {
      noSuchOrdinal:
        'selector {{selector}} matches no pod: StatefulSet "{{set}}" has pods {{range}}, so the Service has no endpoints',
      noWorkload:
        'selector {{selector}} matches the pods of no workload in namespace "{{namespace}}" among the inputs: unless a workload defined elsewhere carries these labels, the Service has no endpoints',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('Service')) {
      const spec = asService(r).spec;
      if (!spec || spec.type === 'ExternalName') continue;
      const selector = asLabels(spec.selector);
      if (Object.keys(selector).length === 0) continue; // endpoints managed by hand
      const ns = ctx.index.namespaceOf(r);
      // Workloads of the Service's application, above or below it: a missing one is only reported
      // when nothing related to the Service could be it.
      const scopes = [ctx.index.visibleFrom(r), ctx.index.below(r)];
      const selects = (labels: Record<string, string>): boolean => mapSelectorMatches(selector, labels);
      const terms = termsOfMap(selector);
      const hit = (w: Resource): boolean => {
        // A StatefulSet's pods also carry the labels its controller sets (pod name, pod index, revision).
        if (w.kind === 'StatefulSet') return statefulSetPodsSelected(w, terms, selects, ctx.options.featureGates).count > 0;
        const labels = podTemplateOf(w)?.labels;
        return labels !== undefined && selects(labels);
      };
      let seen = false;
      let found = false;
      search: for (const scope of scopes) {
        for (const kind of WORKLOADS) {
          for (const w of scope.ofKindIn(kind, ns)) {
            seen = true;
            if (hit(w)) {
              found = true;
              break search;
            }
          }
        }
      }
      // Only judge namespaces whose workloads we can see at all.
      if (found || !seen) continue;
      const candidates = scopes.flatMap((scope) => WORKLOADS.flatMap((kind) => scope.ofKindIn(kind, ns)));
      // A per-pod Service for an ordinal the set does not have (yet).
      const podName = selector[POD_NAME_LABEL];
      const owner = podName === undefined ? undefined : candidates.find((w) => w.kind === 'StatefulSet' && podName.startsWith(`${w.name}-`));
      const range = owner && statefulSetPodsSelected(owner, terms, () => true, ctx.options.featureGates).range;
      ctx.report({
        resource: r,
        path: ['spec', 'selector'],
        ...(owner
          ? { messageId: 'noSuchOrdinal' as const, data: { selector: formatLabels(selector), set: owner.name, range: String(range) } }
          : { messageId: 'noWorkload' as const, data: { selector: formatLabels(selector), namespace: ns } }),
        hint: 'align the selector with the pod template labels of the workload it fronts',
      });
    }
  },
});
