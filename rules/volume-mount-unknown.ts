import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf, containersOf, podTemplateOf, records } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'volume-mount-unknown',
    severity: 'error',
    category: 'failed-create',
    description: 'Require every volumeMount to name a pod volume or a claim template',
    messages: {
      unknownVolume:
        'container "{{container}}" mounts "{{volume}}", which is neither a pod volume nor a claim template: pod creation fails (FailedCreate)',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const sts = asStatefulSet(r);
      const volumes = new Set(records(tpl.spec.volumes).map(([v]) => v.name));
      const claims = claimTemplatesOf(sts).map(([t]) => claimTemplateName(t));
      for (const c of claims) volumes.add(c);
      const known = [...volumes].filter(Boolean);
      for (const { container, path } of containersOf(tpl.spec)) {
        for (const field of ['volumeMounts', 'volumeDevices'] as const) {
          for (const [m, j] of records(container[field] as { name: string }[] | undefined)) {
            if (typeof m.name !== 'string' || volumes.has(m.name)) continue;
            ctx.report({
              resource: r,
              path: [...tpl.path, 'spec', ...path, field, j, 'name'],
              messageId: 'unknownVolume',
              data: { container: container.name, volume: m.name },
              hint: known.length ? `mount one of: ${known.join(', ')}, or add a volume or claim template named "${m.name}"` : `add a volumeClaimTemplate or a volume named "${m.name}"`,
            });
          }
        }
      }
    }
  },
});
