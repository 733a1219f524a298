/** The kinds stsplan reads, and facts about kinds and apiVersions that do not depend on a release. */

/** Kinds without a namespace. */
const CLUSTER_SCOPED = new Set([
  'StorageClass', 'PersistentVolume', 'Namespace', 'Node', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'PriorityClass', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'IngressClass',
  'RuntimeClass', 'VolumeSnapshotClass', 'VolumeAttributesClass',
]);

/**
 * apiVersions stsplan validates and checks, per kind. HorizontalPodAutoscalers (autoscaling/v2 and
 * v1) are read too, for hpa-replicas-conflict and the planner, but not schema-validated: k8s/hpa.ts
 * checks the few fields it reads by hand.
 */
export const SERVED: Record<string, string> = {
  StatefulSet: 'apps/v1',
  Service: 'v1',
  StorageClass: 'storage.k8s.io/v1',
  PersistentVolumeClaim: 'v1',
  PersistentVolume: 'v1',
  PodDisruptionBudget: 'policy/v1',
};

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** The API group of an apiVersion: "apps/v1" → "apps", "v1" → "" (core). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
