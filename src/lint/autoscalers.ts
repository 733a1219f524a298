/** The HorizontalPodAutoscalers that scale a StatefulSet, found as cross-references are (for hpa-replicas-conflict and the planner). */
import type { Resource } from '../resource.js';
import { autoscalersOf, type Autoscaler } from '../k8s/hpa.js';
import type { ResourceIndex } from '../load/resource-index.js';

/**
 * The HPAs that scale StatefulSet `r`: those whose reference reaches it (in its directory or
 * below, and whose nearest StatefulSet of that name is `r`, as references resolve everywhere), and
 * those of shared context, which belongs to every application. Sorted by file and document, so
 * that the order of the inputs does not change the finding.
 */
export function autoscalersScaling(index: ResourceIndex, r: Resource): Autoscaler[] {
  const ns = index.namespaceOf(r);
  const candidates = new Set([...index.below(r).ofKindIn('HorizontalPodAutoscaler', ns), ...index.ofKindIn('HorizontalPodAutoscaler', ns).filter((h) => h.shared)]);
  return autoscalersOf(r.name, [...candidates])
    .filter((a) => a.resource.shared || index.get('StatefulSet', ns, r.name, a.resource) === r)
    .sort((a, b) => (a.resource.file.path < b.resource.file.path ? -1 : a.resource.file.path > b.resource.file.path ? 1 : a.resource.docIndex - b.resource.docIndex));
}

