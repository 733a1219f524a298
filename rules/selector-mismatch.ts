import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, podTemplateOf } from '../src/k8s/objects.js';
import { formatLabels, selectorIsEmpty, selectorMatches } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'selector-mismatch',
    severity: 'error',
    category: 'rejected',
    description: "Require spec.selector to match the pod template's labels",
    messages: {
      selectorMismatch:
        'spec.template.metadata.labels ({{labels}}): `selector` does not match template `labels`; the API server rejects this StatefulSet',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sel = asStatefulSet(r).spec?.selector;
      if (!sel || selectorIsEmpty(sel)) continue; // statefulset-spec-invalid reports a missing or empty selector
      const tpl = podTemplateOf(r);
      if (!tpl || selectorMatches(sel, tpl.labels)) continue;
      ctx.report({
        resource: r,
        path: ['spec', 'template', 'metadata', 'labels'],
        messageId: 'selectorMismatch',
        data: { labels: formatLabels(tpl.labels) },
        hint: 'copy spec.selector.matchLabels into spec.template.metadata.labels',
        related: [{ resource: r, path: ['spec', 'selector'], message: 'the selector' }],
      });
    }
  },
});
