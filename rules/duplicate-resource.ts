import { defineRule } from '../src/lint/rule.js';
import type { Resource } from '../src/resource.js';

export default defineRule({
  meta: {
    id: 'duplicate-resource',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow defining the same kind, namespace and name twice in one file or stream',
    messages: {
      alreadyDefined:
        '{{kind}} "{{name}}" in namespace "{{namespace}}" is already defined {{where}}: kubectl applies both, one after the other, and the one applied last silently wins',
    },
  },
  check(ctx) {
    const groups = new Map<string, Resource[]>();
    for (const r of ctx.index.all) {
      if (!r.name || r.partial) continue;
      // Across files, the same identity is usually an alternative (overlays, install variants):
      // only one stream that defines an object twice is a certain mistake.
      const key = `${r.file.path}/${r.apiVersion.split('/').length > 1 ? r.apiVersion.split('/')[0] : ''}/${r.kind}/${ctx.index.namespaceOf(r)}/${r.name}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(r);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = group as [Resource, ...Resource[]];
      for (const dup of rest) {
        const where = 'earlier in this file';
        ctx.report({
          resource: dup,
          path: ['metadata', 'name'],
          messageId: 'alreadyDefined',
          data: { kind: dup.kind, name: dup.name, namespace: ctx.index.namespaceOf(dup) || '(cluster)', where },
          hint: 'remove or rename one of the definitions',
          related: [{ resource: first, path: ['metadata', 'name'], message: 'first definition' }],
        });
      }
    }
  },
});
