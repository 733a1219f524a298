import { defineRule } from '../src/rule.js';

interface Removed {
  kind: string;
  apiVersion: string;
  replacement: string;
  deprecatedIn: string;
  removedIn: number;
  note?: string;
}

/** validation-rules.md §6 and the Kubernetes deprecation guide. */
const REMOVED: Removed[] = [
  { kind: 'StatefulSet', apiVersion: 'apps/v1beta1', replacement: 'apps/v1', deprecatedIn: '1.9', removedIn: 16, note: 'apps/v1 requires spec.selector and defaults updateStrategy to RollingUpdate (apps/v1beta1 defaulted to OnDelete)' },
  { kind: 'StatefulSet', apiVersion: 'apps/v1beta2', replacement: 'apps/v1', deprecatedIn: '1.9', removedIn: 16, note: 'apps/v1 requires spec.selector' },
  { kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1beta1', replacement: 'storage.k8s.io/v1', deprecatedIn: '1.19', removedIn: 22 },
  { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1beta1', replacement: 'policy/v1', deprecatedIn: '1.21', removedIn: 25, note: 'in policy/v1 an empty selector selects every pod in the namespace' },
  { kind: 'ControllerRevision', apiVersion: 'apps/v1beta1', replacement: 'apps/v1', deprecatedIn: '1.9', removedIn: 16 },
  { kind: 'ControllerRevision', apiVersion: 'apps/v1beta2', replacement: 'apps/v1', deprecatedIn: '1.9', removedIn: 16 },
];

export const REMOVED_API_VERSIONS: readonly Removed[] = REMOVED;

export default defineRule({
  meta: {
    id: 'deprecated-api-version',
    severity: 'warning',
    description: 'Disallow apiVersions that are deprecated or no longer served for these kinds',
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.index.all) {
      if (!r.reportable) continue;
      const hit = REMOVED.find((x) => x.kind === r.kind && x.apiVersion === r.apiVersion);
      if (!hit) continue;
      const removed = minor >= hit.removedIn;
      ctx.report({
        resource: r,
        path: ['apiVersion'],
        severity: removed ? 'error' : 'warning',
        message: removed
          ? `${r.kind} ${hit.apiVersion} is not served since Kubernetes 1.${hit.removedIn}: \`kubectl apply\` fails with "no matches for kind"`
          : `${r.kind} ${hit.apiVersion} is deprecated since ${hit.deprecatedIn} and removed in 1.${hit.removedIn}`,
        hint: `use apiVersion: ${hit.replacement}${hit.note ? ` (${hit.note})` : ''}`,
      });
    }
  },
});
