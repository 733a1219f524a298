import { defineRule } from '../src/rule.js';
import { scalars } from '../src/yaml-walk.js';

/** Plain scalars that YAML 1.1 (kubectl, go-yaml v2) and YAML 1.2 (most other tools) read differently. */
function ambiguity(source: string): { as11: string; as12: string } | null {
  if (/^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/.test(source)) {
    const truthy = /^(y|Y|yes|Yes|YES|on|On|ON)$/.test(source);
    return { as11: `the boolean ${truthy}`, as12: `the string "${source}"` };
  }
  if (/^[-+]?0[0-7]+$/.test(source)) {
    const sign = source.startsWith('-') ? -1 : 1;
    return { as11: `the octal number ${sign * parseInt(source.replace(/^[-+]/, ''), 8)}`, as12: `the number ${sign * parseInt(source.replace(/^[-+]/, ''), 10)}` };
  }
  if (/^[-+]?0b[01_]+$/.test(source)) return { as11: `the number ${parseInt(source.replace(/[-+_]|0b/g, ''), 2)}`, as12: `the string "${source}"` };
  if (/^[-+]?[0-9][0-9_]*_[0-9_]*$/.test(source) && /[0-9]/.test(source)) return { as11: `the number ${source.replace(/_/g, '')}`, as12: `the string "${source}"` };
  return null;
}

export default defineRule({
  meta: {
    id: 'yaml-1.1-ambiguity',
    severity: 'warning',
    description: 'Disallow plain scalars that YAML 1.1 (kubectl) and YAML 1.2 tools read differently',
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      if (!r.reportable || r.file.json) continue;
      for (const v of scalars(r)) {
        if (v.scalar.type !== 'PLAIN' || typeof v.scalar.source !== 'string') continue;
        const a = ambiguity(v.scalar.source);
        if (!a) continue;
        ctx.report({
          resource: r,
          path: v.path,
          key: v.isKey,
          message: `${v.isKey ? 'key' : 'value'} ${v.scalar.source} is ${a.as11} to kubectl (YAML 1.1) but ${a.as12} to YAML 1.2 tools (Helm, kustomize, yq)${v.isKey && a.as11.startsWith('the boolean') ? `; kubectl turns the key into "${a.as11.endsWith('true') ? 'true' : 'false'}"` : ''}`,
          hint: `quote it ("${v.scalar.source}") if you mean the string, or write ${a.as11.replace(/^the (boolean|number|octal number) /, '')} if you mean that`,
        });
      }
    }
  },
});
