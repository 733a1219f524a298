/** The HorizontalPodAutoscalers that scale a StatefulSet, found as cross-references are (for hpa-replicas-conflict and the planner). */
import type { Resource } from '../resource.js';
import { AUTOSCALING_VERSIONS, readAutoscaler, scalesStatefulSet, type Autoscaler } from '../k8s/hpa.js';
import type { ResourceIndex } from '../load/resource-index.js';

/**
 * The served HPAs of an index that name a StatefulSet, by namespace and target name, read once per
 * index (scopes are cached by the index, so a directory's HPAs are read once, not once per set).
 */
const byTarget = new WeakMap<ResourceIndex, Map<string, Autoscaler[]>>();

function targetsOf(index: ResourceIndex): Map<string, Autoscaler[]> {
  let map = byTarget.get(index);
  if (!map) {
    byTarget.set(index, (map = new Map()));
    for (const r of index.ofKind('HorizontalPodAutoscaler')) {
      if (!AUTOSCALING_VERSIONS.includes(r.apiVersion)) continue;
      const a = readAutoscaler(r);
      if (!a.target || !scalesStatefulSet(a, a.target.name)) continue;
      const key = `${index.namespaceOf(r)}\u0000${a.target.name}`;
      const list = map.get(key);
      if (list) list.push(a);
      else map.set(key, [a]);
    }
  }
  return map;
}

/**
 * The HPAs that scale StatefulSet `r`: those whose reference reaches it (in its directory or
 * below, and whose nearest StatefulSet of that name is `r`, as references resolve everywhere), and
 * those of shared context, which belongs to every application. Sorted by file and document, so
 * that the order of the inputs does not change the finding.
 */
export function autoscalersScaling(index: ResourceIndex, r: Resource): Autoscaler[] {
  const ns = index.namespaceOf(r);
  const key = `${ns}\u0000${r.name}`;
  const all = targetsOf(index).get(key);
  if (!all) return [];
  const near = new Set((targetsOf(index.below(r)).get(key) ?? []).map((a) => a.resource));
  return all
    .filter((a) => a.resource.shared || (near.has(a.resource) && index.get('StatefulSet', ns, r.name, a.resource) === r))
    .sort((a, b) => (a.resource.file.path < b.resource.file.path ? -1 : a.resource.file.path > b.resource.file.path ? 1 : a.resource.docIndex - b.resource.docIndex));
}
