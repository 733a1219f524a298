import { defineRule } from '../src/rule.js';
import type { Path } from '../src/types.js';
import { isRecord } from '../src/k8s/objects.js';

const DEPRECATED: Record<string, string> = {
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
};

/** Where topology keys appear: label keys in selectors and terms, and topologyKey fields. */
function* walk(v: unknown, path: Path): Generator<{ path: Path; key: boolean; label: string }> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* walk(v[i], [...path, i]);
  } else if (isRecord(v)) {
    for (const [k, val] of Object.entries(v)) {
      if (DEPRECATED[k] && (path.includes('nodeSelector') || path.includes('matchLabels') || path.includes('labels'))) yield { path: [...path, k], key: true, label: k };
      if (typeof val === 'string' && DEPRECATED[val] && (k === 'key' || k === 'topologyKey')) yield { path: [...path, k], key: false, label: val };
      yield* walk(val, [...path, k]);
    }
  }
}

export default defineRule({
  meta: {
    id: 'deprecated-topology-label',
    severity: 'warning',
    description: 'Disallow the deprecated failure-domain.beta.kubernetes.io topology labels',
  },
  check(ctx) {
    for (const kind of ['StatefulSet', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim']) {
      for (const r of ctx.targets(kind)) {
        const from: Path = kind === 'StatefulSet' ? ['spec'] : kind === 'StorageClass' ? ['allowedTopologies'] : ['spec'];
        let node: unknown = r.object;
        for (const seg of from) node = isRecord(node) ? node[seg as string] : undefined;
        for (const hit of walk(node, from)) {
          if (kind === 'StatefulSet' && hit.path.includes('metadata') && hit.path.includes('labels') && !hit.path.includes('matchLabels')) continue;
          ctx.report({
            resource: r,
            path: hit.path,
            key: hit.key,
            message: `"${hit.label}" is deprecated: nodes carry ${DEPRECATED[hit.label]} (the beta label is no longer set on new nodes by most providers)`,
            hint: `use ${DEPRECATED[hit.label]}`,
          });
        }
      }
    }
  },
});
