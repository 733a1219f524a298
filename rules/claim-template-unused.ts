import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf, containersOf, podTemplateOf, records } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'claim-template-unused',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow claim templates that no container mounts',
    messages: {
      notMounted:
        'claim template "{{name}}" is not mounted by any container: every pod still gets a PVC {{name}}-{{set}}-N that nothing uses',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const mounted = new Set<string>();
      for (const { container } of containersOf(tpl.spec)) {
        for (const [m] of records(container.volumeMounts)) mounted.add(m.name);
        for (const [d] of records(container.volumeDevices)) mounted.add(d.name);
      }
      for (const [t, i] of claimTemplatesOf(asStatefulSet(r))) {
        const name = claimTemplateName(t);
        if (!name || mounted.has(name)) continue;
        ctx.report({
          resource: r,
          path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'],
          messageId: 'notMounted',
          data: { name, set: r.name },
          hint: `add a volumeMount named "${name}" to the container that needs the data, or remove the template (volumeClaimTemplates is immutable: this needs delete --cascade=orphan and re-create)`,
        });
      }
    }
  },
});
