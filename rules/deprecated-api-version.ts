import { defineRule } from '../src/lint/rule.js';
import { apiStatus, type Alternative } from '../src/k8s/api-versions.js';

/** "use apiVersion: X (what changed)", or what to do when the API has no successor. */
function hint(alternative: Alternative | undefined, note: string | undefined): string | undefined {
  if (!alternative) return note;
  const off = alternative.enabledByDefault ? '' : `, which the target serves only where enabled (--runtime-config=${alternative.apiVersion}=true)`;
  return `use apiVersion: ${alternative.apiVersion}${off}${note ? ` (${note})` : ''}`;
}

export default defineRule({
  meta: {
    id: 'deprecated-api-version',
    severity: 'warning',
    category: 'rejected',
    description: 'Disallow apiVersions that are deprecated, off by default or no longer served',
    messages: {
      removed:
        '{{kind}} {{apiVersion}} is not served since Kubernetes 1.{{removedIn}}: `kubectl apply` fails: no matches for kind "{{kind}}" in version "{{apiVersion}}"',
      offByDefault:
        '{{kind}} {{apiVersion}} is {{stage}} API that Kubernetes 1.{{minor}} serves only where the cluster enables it: `kubectl apply` fails with "no matches for kind" on clusters that do not',
      offByDefaultAndRemovedLater:
        '{{kind}} {{apiVersion}} is {{stage}} API that Kubernetes 1.{{minor}} serves only where the cluster enables it: `kubectl apply` fails with "no matches for kind" on clusters that do not, and Kubernetes 1.{{removedIn}} no longer serves it',
      deprecated:
        '{{kind}} {{apiVersion}} is deprecated: Kubernetes 1.{{removedIn}} no longer serves it (`kubectl apply` fails there with "no matches for kind")',
    },
  },
  check(ctx) {
    const { minor } = ctx.options.kubeVersion;
    for (const r of ctx.index.all) {
      if (!r.reportable) continue;
      const s = apiStatus(r.apiVersion, r.kind, minor);
      // Kinds a group/version never had (a typo, another group's kind) are `schema`'s: "no matches for kind".
      if (s.status === 'removed') {
        ctx.report({
          resource: r,
          path: ['apiVersion'],
          severity: 'error',
          messageId: 'removed',
          data: { kind: r.kind, apiVersion: r.apiVersion, removedIn: s.removedIn },
          ...withHint(hint(s.alternative, s.note)),
        });
      } else if (s.status === 'deprecated') {
        const object = { kind: r.kind, apiVersion: r.apiVersion };
        // apiStatus calls a version deprecated when it is off by default, or removed in a later release, or both.
        const message = s.offByDefault
          ? s.removedIn !== undefined
            ? { messageId: 'offByDefaultAndRemovedLater' as const, data: { ...object, stage: s.offByDefault === 'alpha' ? 'an alpha' : 'a beta', minor, removedIn: s.removedIn } }
            : { messageId: 'offByDefault' as const, data: { ...object, stage: s.offByDefault === 'alpha' ? 'an alpha' : 'a beta', minor } }
          : s.removedIn !== undefined
            ? { messageId: 'deprecated' as const, data: { ...object, removedIn: s.removedIn } }
            : undefined;
        if (!message) continue;
        const advice = s.alternative ? hint(s.alternative, s.note) : s.offByDefault ? `it needs kube-apiserver --runtime-config=${r.apiVersion}=true (and the feature gate of the API, if it has one)` : s.note;
        ctx.report({ resource: r, path: ['apiVersion'], severity: 'warning', ...message, ...withHint(advice) });
      }
    }
  },
});

function withHint(hint: string | undefined): { hint?: string } {
  return hint ? { hint } : {};
}
