import { defineRule } from '../src/lint/rule.js';
import { governingService } from '../src/load/resource-index.js';
import { asService, firstPodName, podTemplateOf } from '../src/k8s/objects.js';
import { asLabels, formatLabels, mapSelectorMatches } from '../src/k8s/selector.js';
import { selectionText, statefulSetPodsSelected, termsOfMap } from '../src/k8s/pod-labels.js';

export default defineRule({
  meta: {
    id: 'service-selector-mismatch',
    severity: 'warning',
    category: 'runtime',
    description: "Require the governing Service's selector to select the StatefulSet's pods",
    messages: {
      noSelector:
        'Service "{{service}}" has no selector: its endpoints, and so names like {{pod}}, are whatever the program that writes them publishes (as Patroni does for its leader); stsplan cannot see them',
      selectsSomePods:
        'Service "{{service}}" selects {{selector}}, which only {{selected}} of {{range}} carry: the other pods get no endpoint in it, so their names ({{pod}} and the like) do not resolve',
      selectsNoPod:
        'Service "{{service}}" selects {{selector}}, but the pods carry {{labels}} (no {{missing}}): the Service has no endpoints for them, so names like {{pod}} do not resolve',
    },
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
      const ns = ctx.index.namespaceOf(r);
      const pod = `${firstPodName(r)}.${name}.${ns}.svc`;
      const selector = asLabels(spec?.selector);
      if (Object.keys(selector).length === 0) {
        // Endpoints written by hand or by a program (Patroni's leader election) are what DNS publishes.
        const scope = ctx.index.visibleFrom(r);
        const written =
          scope.inNamespace('Endpoints', ns).some((e) => e.name === name) ||
          scope.inNamespace('EndpointSlice', ns).some((e) => asLabels((e.object as { metadata?: { labels?: unknown } }).metadata?.labels)['kubernetes.io/service-name'] === name);
        if (written) continue;
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          severity: 'info',
          messageId: 'noSelector',
          data: { service: name, pod },
          hint: `if nothing writes endpoints for "${name}", add \`selector: {${Object.entries(tpl.labels).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(', ')}}\` to it`,
          related: [{ resource: svc, path: ['spec'], key: true, message: 'Service spec without a selector' }],
        });
        continue;
      }
      const selection = statefulSetPodsSelected(r, termsOfMap(selector), (labels) => mapSelectorMatches(selector, labels), ctx.options.featureGates);
      if (selection.count === selection.pods) continue;
      if (selection.count > 0) {
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          messageId: 'selectsSomePods',
          data: { service: name, selector: formatLabels(selector), selected: selectionText(selection), range: selection.range, pod },
          hint: 'select the labels every pod of the set carries (those of spec.selector); keep per-pod Services separate from the governing Service',
          related: [{ resource: svc, path: ['spec', 'selector'], message: 'the Service selector' }],
        });
        continue;
      }
      const missing = Object.entries(selector).filter(([k, v]) => tpl.labels[k] !== v).map(([k, v]) => `${k}=${v}`);
      ctx.report({
        resource: r,
        path: [...tpl.path, 'metadata', 'labels'],
        messageId: 'selectsNoPod',
        data: { service: name, selector: formatLabels(selector), labels: formatLabels(tpl.labels), missing: missing.join(', '), pod },
        hint: 'make the Service selector a subset of the pod template labels',
        related: [{ resource: svc, path: ['spec', 'selector'], message: 'the Service selector' }],
      });
    }
  },
});
