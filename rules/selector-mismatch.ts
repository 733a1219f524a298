import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, podTemplateOf } from '../src/k8s/objects.js';
import { formatLabels, selectorIsEmpty, selectorMatches } from '../src/k8s/selector.js';

export default defineRule({
  meta: {
    id: 'selector-mismatch',
    severity: 'error',
    category: 'rejected',
    description: "Require spec.selector to match the pod template's labels",
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
        message: `spec.template.metadata.labels (${formatLabels(tpl.labels)}): \`selector\` does not match template \`labels\`; the API server rejects this StatefulSet`,
        hint: 'copy spec.selector.matchLabels into spec.template.metadata.labels',
        related: [{ resource: r, path: ['spec', 'selector'], message: 'the selector' }],
      });
    }
  },
});
