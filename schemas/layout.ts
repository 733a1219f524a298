/** Where the generated schemas live and which kinds they are rooted at (shared by generate and compile). */
import { join } from 'node:path';

export interface RootKind {
  kind: string;
  apiVersion: string;
  definition: string;
}

/** The kinds stsplan validates. Pod is validated as the controller would create it for each ordinal. */
export const ROOT_KINDS: readonly RootKind[] = [
  { kind: 'StatefulSet', apiVersion: 'apps/v1', definition: 'io.k8s.api.apps.v1.StatefulSet' },
  { kind: 'Service', apiVersion: 'v1', definition: 'io.k8s.api.core.v1.Service' },
  { kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1', definition: 'io.k8s.api.storage.v1.StorageClass' },
  { kind: 'PersistentVolumeClaim', apiVersion: 'v1', definition: 'io.k8s.api.core.v1.PersistentVolumeClaim' },
  { kind: 'PersistentVolume', apiVersion: 'v1', definition: 'io.k8s.api.core.v1.PersistentVolume' },
  { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1', definition: 'io.k8s.api.policy.v1.PodDisruptionBudget' },
  { kind: 'Pod', apiVersion: 'v1', definition: 'io.k8s.api.core.v1.Pod' },
];

export interface SchemaIndex {
  source: string;
  /** "1.36" -> root kind -> shared definition id */
  versions: Record<string, { roots: Record<string, string> }>;
}

export function schemaDir(repoRoot: string): string {
  return join(repoRoot, 'schemas', 'k8s');
}
