import { defineRule } from '../src/lint/rule.js';
import type { Path } from '../src/types.js';
import { isRecord } from '../src/k8s/objects.js';

/** A Map, so that keys such as "constructor" in a manifest do not find Object.prototype. */
const DEPRECATED = new Map([
  ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
  ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
]);

interface Hit {
  path: Path;
  key: boolean;
  label: string;
}

/**
 * Where topology keys appear: label keys in selectors and terms, and topologyKey fields. One
 * mutable path is shared by the whole walk and copied only for a hit.
 */
function walk(v: unknown, path: (string | number)[], hits: Hit[]): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      walk(item, path, hits);
      path.pop();
    }
  } else if (isRecord(v)) {
    for (const k in v) {
      const val = v[k];
      if (DEPRECATED.has(k) && (path.includes('nodeSelector') || path.includes('matchLabels') || path.includes('labels'))) hits.push({ path: [...path, k], key: true, label: k });
      if (typeof val === 'string') {
        if (DEPRECATED.has(val) && (k === 'key' || k === 'topologyKey')) hits.push({ path: [...path, k], key: false, label: val });
      } else if (typeof val === 'object' && val !== null) {
        path.push(k);
        walk(val, path, hits);
        path.pop();
      }
    }
  }
}

export default defineRule({
  meta: {
    id: 'deprecated-topology-label',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow the deprecated failure-domain.beta.kubernetes.io topology labels',
    messages: {
      deprecatedLabel:
        '"{{label}}" is deprecated: nodes carry {{replacement}} (the beta label is no longer set on new nodes by most providers)',
    },
  },
  check(ctx) {
    for (const kind of ['StatefulSet', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim']) {
      for (const r of ctx.targets(kind)) {
        const from: Path = kind === 'StatefulSet' ? ['spec'] : kind === 'StorageClass' ? ['allowedTopologies'] : ['spec'];
        let node: unknown = r.object;
        for (const seg of from) node = isRecord(node) ? node[seg as string] : undefined;
        const hits: Hit[] = [];
        walk(node, [...from], hits);
        for (const hit of hits) {
          if (kind === 'StatefulSet' && hit.path.includes('metadata') && hit.path.includes('labels') && !hit.path.includes('matchLabels')) continue;
          ctx.report({
            resource: r,
            path: hit.path,
            key: hit.key,
            messageId: 'deprecatedLabel',
            data: { label: hit.label, replacement: String(DEPRECATED.get(hit.label)) },
            hint: `use ${DEPRECATED.get(hit.label)}`,
          });
        }
      }
    }
  },
});
