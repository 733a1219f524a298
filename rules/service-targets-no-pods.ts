import { defineRule } from '../src/rule.js';
import { asService, podTemplateOf } from '../src/k8s/objects.js';
import { asLabels, formatLabels, mapSelectorMatches, type Labels } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'service-targets-no-pods',
    severity: 'warning',
    description: 'Require a Service selector to select the pods of some workload in the inputs or context',
  },
  check(ctx) {
    const workloads = ['StatefulSet', 'Deployment', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod'];
    // Each workload's pod template labels, read once per namespace rather than once per Service.
    const templates = new Map<string, (Labels | null)[]>();
    const templatesIn = (ns: string): (Labels | null)[] => {
      let list = templates.get(ns);
      if (!list) templates.set(ns, (list = workloads.flatMap((k) => ctx.index.ofKindIn(k, ns)).map((w) => podTemplateOf(w)?.labels ?? null)));
      return list;
    };
    for (const r of ctx.targets('Service')) {
      const spec = asService(r).spec;
      if (!spec || spec.type === 'ExternalName') continue;
      const selector = asLabels(spec.selector);
      if (Object.keys(selector).length === 0) continue; // endpoints managed by hand
      const ns = ctx.index.namespaceOf(r);
      const candidates = templatesIn(ns);
      // Only judge namespaces whose workloads we can see at all.
      if (candidates.length === 0) continue;
      if (candidates.some((labels) => labels !== null && mapSelectorMatches(selector, labels))) continue;
      ctx.report({
        resource: r,
        path: ['spec', 'selector'],
        message: `selector ${formatLabels(selector)} matches no pod template in namespace "${ns}": the Service has no endpoints`,
        hint: 'align the selector with the pod template labels of the workload it fronts',
      });
    }
  },
});
