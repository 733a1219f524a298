import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, podManagementPolicyOf, podTemplateOf, records, replicasOf } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'missing-readiness-probe',
    severity: 'warning',
    category: 'runtime',
    description: 'Require a readiness probe where the StatefulSet controller waits for one pod to be Ready before it moves to the next',
    messages: {
      createsNextPod:
        'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller creates the next pod at that moment',
      createsAndReplacesNextPod:
        'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller creates the next pod and replaces the next one in a rolling update at that moment',
      replacesNextPod:
        'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller replaces the next pod in a rolling update at that moment',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      // A later pod waits on an earlier one's readiness only with more than one replica: when
      // OrderedReady creates pod N+1, and when a RollingUpdate replaces the next pod (under any
      // podManagementPolicy: updateStatefulSet returns while the updated pod is not healthy).
      if (replicasOf(sts) < 2) continue;
      const ordered = podManagementPolicyOf(sts) === 'OrderedReady';
      const rolling = (sts.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
      if (!ordered && !rolling) continue;
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
        messageId: ordered ? (rolling ? 'createsAndReplacesNextPod' : 'createsNextPod') : 'replacesNextPod',
        data: { container: String(first.name) },
        hint: 'add a readinessProbe that checks the service is ready to join its peers',
      });
    }
  },
});
