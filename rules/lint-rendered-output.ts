import { defineRule } from '../src/lint/rule.js';
import type { Resource } from '../src/resource.js';
import { missingToCreate } from '../src/k8s/complete.js';

const shell = (s: string): string => (/^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export default defineRule({
  meta: {
    id: 'lint-rendered-output',
    severity: 'info',
    category: 'practice',
    description: 'Point out kustomizations, Helm charts and patches, whose rendered output is what gets applied',
    messages: {
      kustomization:
        'stsplan checks the files as they are written; kustomize changes the objects before they are applied (patches, namespace, name prefixes, labels)',
      kustomizationWithPatches:
        'stsplan checks the files as they are written, and {{patchFiles}} (fields, types and values; required fields come from what it patches); kustomize changes the objects before they are applied (patches, namespace, name prefixes, labels)',
      helmChart: 'the templates of this chart are Go templates, not YAML until Helm renders them, so stsplan does not read them',
      helmTemplate: 'a Go template of a Helm chart, not YAML until Helm renders it: stsplan does not read it',
      probablePatch:
        'lacks {{missing}}, which the API server requires to create it, so applied on its own it is rejected; it looks like a kustomize patch of the {{kind}} defined in full in {{file}}, and is checked as a partial object',
    },
  },
  check(ctx) {
    const charts = new Set<string>();
    for (const source of ctx.sources) {
      if (source.kind === 'kustomization') {
        const dir = source.resource.name;
        const k = source.resource.object;
        const patches = source.patches.length;
        const key = ['patches', 'patchesStrategicMerge', 'patchesJson6902'].find((p) => p in k);
        ctx.report({
          resource: source.resource,
          path: key ? [key] : [],
          key: key !== undefined,
          ...(patches
            ? { messageId: 'kustomizationWithPatches' as const, data: { patchFiles: patches === 1 ? 'the patch file listed here as a partial object' : `the ${patches} patch files listed here as partial objects` } }
            : { messageId: 'kustomization' as const }),
          hint: `lint what is applied: kubectl kustomize ${shell(dir)} | stsplan lint -`,
        });
      } else if (source.kind === 'helm-chart') {
        charts.add(source.dir);
        ctx.report({
          resource: source.resource,
          path: 'name' in source.resource.object ? ['name'] : [],
          messageId: 'helmChart',
          hint: `lint what is applied: helm template my-release ${shell(source.dir || '.')} -f values.yaml | stsplan lint -`,
        });
      }
    }
    // Templates given without their Chart.yaml (a pre-commit hook passes only changed files): once per chart.
    for (const source of ctx.sources) {
      if (source.kind !== 'helm-template' || charts.has(source.dir)) continue;
      charts.add(source.dir);
      ctx.report({
        resource: source.resource,
        path: [],
        messageId: 'helmTemplate',
        hint: `lint what is applied: helm template my-release ${shell(source.dir || '.')} | stsplan lint -`,
      });
    }
    for (const r of ctx.index.all) {
      if (r.partial !== 'probable' || !r.reportable || !r.patchOf) continue;
      const whole: Resource = r.patchOf;
      const missing = missingToCreate(r);
      ctx.report({
        resource: r,
        path: ['metadata', 'name'],
        severity: 'warning',
        messageId: 'probablePatch',
        data: { missing: missing.join(' and '), kind: r.kind, file: whole.file.path },
        hint: 'lint the rendered overlay (kubectl kustomize DIR | stsplan lint -), or include the kustomization that lists this patch',
        related: [{ resource: whole, path: ['metadata', 'name'], message: `${r.kind} ${r.name} in full` }],
      });
    }
  },
});
