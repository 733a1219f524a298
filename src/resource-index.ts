/** All loaded resources (reported and context), indexed for cross-references. */
import type { Resource } from './loader.js';

/** Kinds without a namespace. */
const CLUSTER_SCOPED = new Set([
  'StorageClass', 'PersistentVolume', 'Namespace', 'Node', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'PriorityClass', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'IngressClass',
  'RuntimeClass', 'VolumeSnapshotClass', 'VolumeAttributesClass',
]);

/** apiVersions stsplan validates and checks, per kind. */
export const SERVED: Record<string, string> = {
  StatefulSet: 'apps/v1',
  Service: 'v1',
  StorageClass: 'storage.k8s.io/v1',
  PersistentVolumeClaim: 'v1',
  PersistentVolume: 'v1',
  PodDisruptionBudget: 'policy/v1',
};

function dirOf(path: string): string {
  const i = path.replace(/\\/g, '/').lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

export class ResourceIndex {
  readonly all: Resource[];
  private readonly byKind = new Map<string, Resource[]>();
  private readonly byKey = new Map<string, Resource[]>();

  constructor(resources: Resource[], readonly defaultNamespace: string) {
    this.all = resources;
    for (const r of resources) {
      let list = this.byKind.get(r.kind);
      if (!list) this.byKind.set(r.kind, (list = []));
      list.push(r);
      const key = this.key(r.kind, this.namespaceOf(r), r.name);
      let same = this.byKey.get(key);
      if (!same) this.byKey.set(key, (same = []));
      same.push(r);
    }
  }

  private key(kind: string, namespace: string, name: string): string {
    return `${kind}\u0000${namespace}\u0000${name}`;
  }

  /** The namespace an object lands in ('' for cluster-scoped kinds). */
  namespaceOf(r: Resource): string {
    if (isClusterScoped(r.kind)) return '';
    return r.namespace ?? this.defaultNamespace;
  }

  ofKind(kind: string): Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  // The index never changes after construction, so the lists below are made once, on first use:
  // rules ask for them once per object, and 20,000 objects made that quadratic.
  private readonly servedCache = new Map<string, Resource[]>();
  private readonly byNamespace = new Map<string, Map<string, Resource[]>>();

  /** Resources of a kind in the apiVersion stsplan checks. */
  served(kind: string): Resource[] {
    let list = this.servedCache.get(kind);
    if (!list) {
      const v = SERVED[kind];
      this.servedCache.set(kind, (list = this.ofKind(kind).filter((r) => v === undefined || r.apiVersion === v)));
    }
    return list;
  }

  /** Resources of a kind (any apiVersion) in a namespace. */
  ofKindIn(kind: string, namespace: string): Resource[] {
    let groups = this.byNamespace.get(kind);
    if (!groups) {
      this.byNamespace.set(kind, (groups = new Map()));
      for (const r of this.ofKind(kind)) {
        const ns = this.namespaceOf(r);
        let list = groups.get(ns);
        if (!list) groups.set(ns, (list = []));
        list.push(r);
      }
    }
    return groups.get(namespace) ?? [];
  }

  /** All resources with this kind, namespace and name (more than one is a duplicate). */
  find(kind: string, namespace: string, name: string): Resource[] {
    return this.byKey.get(this.key(kind, isClusterScoped(kind) ? '' : namespace, name)) ?? [];
  }

  /**
   * The object that wins when the same identity is defined twice: the last one applied. With
   * `near`, the definition closest to the referring object wins: one in its file, then one in its
   * directory. Files that define the same identity are usually variants (overlays, install flavours)
   * applied separately, so a reference means its own variant's object.
   */
  get(kind: string, namespace: string, name: string, near?: Resource): Resource | undefined {
    const all = this.find(kind, namespace, name).filter((r) => SERVED[kind] === undefined || r.apiVersion === SERVED[kind]);
    if (near && all.length > 1) {
      const sameFile = all.filter((r) => r.file.path === near.file.path);
      if (sameFile.length) return sameFile[sameFile.length - 1];
      const dir = dirOf(near.file.path);
      const sameDir = all.filter((r) => dirOf(r.file.path) === dir);
      if (sameDir.length) return sameDir[sameDir.length - 1];
    }
    return all[all.length - 1];
  }

  /** Resources of a kind, in the apiVersion stsplan checks, in a namespace. */
  inNamespace(kind: string, namespace: string): Resource[] {
    const v = SERVED[kind];
    const list = this.ofKindIn(kind, namespace);
    return v === undefined ? list : list.filter((r) => r.apiVersion === v);
  }
}

/** The StatefulSet's `spec.serviceName` and the Service it names in its namespace, if any. */
export function governingService(index: ResourceIndex, sts: Resource): { name: string; service: Resource | undefined } | null {
  const spec = (sts.object as { spec?: { serviceName?: unknown } }).spec;
  const name = spec?.serviceName;
  if (typeof name !== 'string' || name === '') return null;
  return { name, service: index.get('Service', index.namespaceOf(sts), name, sts) };
}
