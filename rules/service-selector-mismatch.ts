import { defineRule } from '../src/rule.js';
import { governingService } from '../src/resource-index.js';
import { asService, podTemplateOf } from '../src/k8s/objects.js';
import { asLabels, formatLabels, mapSelectorMatches } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'service-selector-mismatch',
    severity: 'error',
    description: "Require the governing Service's selector to select the StatefulSet's pods",
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const gov = governingService(ctx.index, r);
      if (!gov?.service) continue;
      const { name, service: svc } = gov;
      const spec = asService(svc).spec;
      if (spec?.type === 'ExternalName') continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const selector = asLabels(spec?.selector);
      if (Object.keys(selector).length === 0) {
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          message: `Service "${name}" has no selector, so no endpoints are published for these pods and their DNS names do not resolve`,
          hint: `add \`selector: {${Object.entries(tpl.labels).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(', ')}}\` to Service "${name}"`,
          related: [{ resource: svc, path: ['spec'], key: true, message: 'Service spec without a selector' }],
        });
        continue;
      }
      if (mapSelectorMatches(selector, tpl.labels)) continue;
      const missing = Object.entries(selector).filter(([k, v]) => tpl.labels[k] !== v).map(([k, v]) => `${k}=${v}`);
      ctx.report({
        resource: r,
        path: [...tpl.path, 'metadata', 'labels'],
        message: `Service "${name}" selects ${formatLabels(selector)}, but the pod labels (${formatLabels(tpl.labels)}) lack ${missing.join(', ')}: no DNS records for these pods`,
        hint: 'make the Service selector a subset of the pod template labels',
        related: [{ resource: svc, path: ['spec', 'selector'], message: 'the Service selector' }],
      });
    }
  },
});
