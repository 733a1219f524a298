import { defineRule } from '../src/lint/rule.js';
import { keyString } from '../src/load/loader.js';
import { maps } from '../src/load/yaml-walk.js';

export default defineRule({
  meta: {
    id: 'duplicate-key',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow duplicate keys in a mapping, where the last one silently wins',
    messages: {
      duplicateKey:
        'key "{{key}}" appears {{count}} times in this mapping: kubectl keeps only this last one and silently drops the others',
    },
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      // The fast reader gives up on files with duplicate keys: a file it read has none.
      if (!r.reportable || r.file.fast) continue;
      for (const { path, node } of maps(r)) {
        const counts = new Map<string, number>();
        for (const pair of node.items) {
          const k = keyString(pair.key);
          if (k === '<<') continue;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        for (const [k, n] of counts) {
          if (n < 2) continue;
          ctx.report({
            resource: r,
            path: [...path, k],
            key: true,
            messageId: 'duplicateKey',
            data: { key: k, count: n },
            hint: 'merge the entries under one key',
          });
        }
      }
    }
  },
});
