import { defineRule } from '../src/lint/rule.js';
import { scalars } from '../src/load/yaml-walk.js';
import { yaml11Ambiguity } from '../src/k8s/yaml11.js';

export default defineRule({
  meta: {
    id: 'yaml-1.1-ambiguity',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow plain scalars that kubectl and Helm (go-yaml v2) read as booleans and kustomize (go-yaml v3) as strings',
    messages: {
      ambiguousValue:
        'value {{source}} is {{as11}} to kubectl and Helm (go-yaml v2, YAML 1.1) but {{as12}} to kustomize, Flux and yq (go-yaml v3)',
      ambiguousKey:
        'key {{source}} is {{as11}} to kubectl and Helm (go-yaml v2, YAML 1.1) but {{as12}} to kustomize, Flux and yq (go-yaml v3); kubectl turns the key into "{{boolean}}"',
    },
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      // Files the fast reader took hold no such scalar unless it saw one.
      if (!r.reportable || r.file.json || (r.file.fast && !r.file.fast.yaml11)) continue;
      for (const v of scalars(r)) {
        if (v.scalar.type !== 'PLAIN' || typeof v.scalar.source !== 'string') continue;
        const a = yaml11Ambiguity(v.scalar.source);
        if (!a) continue;
        ctx.report({
          resource: r,
          path: v.path,
          key: v.isKey,
          ...(v.isKey
            ? { messageId: 'ambiguousKey' as const, data: { source: v.scalar.source, as11: a.as11, as12: a.as12, boolean: a.as11.endsWith('true') ? 'true' : 'false' } }
            : { messageId: 'ambiguousValue' as const, data: { source: v.scalar.source, as11: a.as11, as12: a.as12 } }),
          hint: `quote it ("${v.scalar.source}") if you mean the string, or write ${a.as11.replace(/^the boolean /, '')} if you mean the boolean`,
        });
      }
    }
  },
});
