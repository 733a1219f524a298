/** The HorizontalPodAutoscalers that scale a StatefulSet, found as cross-references are (for hpa-replicas-conflict and the planner). */
import type { Resource } from '../resource.js';
import { type Autoscaler } from '../k8s/hpa.js';
import type { ResourceIndex } from '../load/resource-index.js';
/**
 * The HPAs that scale StatefulSet `r`: those whose reference reaches it (in its directory or
 * below, and whose nearest StatefulSet of that name is `r`, as references resolve everywhere), and
 * those of shared context, which belongs to every application. Sorted by file and document, so
 * that the order of the inputs does not change the finding.
 */
export declare function autoscalersScaling(index: ResourceIndex, r: Resource): Autoscaler[];
