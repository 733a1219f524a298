import { defineRule } from '../src/rule.js';
import { asStatefulSet, podManagementPolicyOf, podTemplateOf, records } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'missing-readiness-probe',
    severity: 'warning',
    description: 'Require a readiness probe on OrderedReady StatefulSets, whose rollout order waits on readiness',
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      if (podManagementPolicyOf(sts) !== 'OrderedReady') continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const containers = records(tpl.spec.containers);
      if (containers.length === 0) continue;
      if (containers.some(([c]) => c.readinessProbe !== undefined)) continue;
      // A restartable init container (sidecar) with a readiness probe also gates readiness.
      if (records(tpl.spec.initContainers).some(([c]) => c.restartPolicy === 'Always' && c.readinessProbe !== undefined)) continue;
      const [first, i] = containers[0]!;
      ctx.report({
        resource: r,
        path: [...tpl.path, 'spec', 'containers', i, 'name'],
        message: `no container has a readinessProbe: with OrderedReady, pod N+1 starts (and a rolling update moves on) as soon as "${first.name}" is running, not when it can serve`,
        hint: 'add a readinessProbe that checks the service is ready to join its peers',
      });
    }
  },
});
