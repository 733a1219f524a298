/** All loaded resources (reported and context), indexed for cross-references. */
import { dirName } from './loader.js';
import type { Resource } from '../resource.js';
import { groupOf, isClusterScoped, SERVED } from '../k8s/kinds.js';

function dirOf(path: string): string {
  let dir = dirs.get(path);
  if (dir === undefined) dirs.set(path, (dir = dirName(path)));
  return dir;
}
/** Directory of each path seen: rules ask for it per reference, over the same few thousand files. */
const dirs = new Map<string, string>();

/** Whether directory `a` is `b` or one of its ancestors ('' is the root of relative paths). */
function within(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '') return !b.startsWith('/');
  return b.startsWith(a.endsWith('/') ? a : `${a}/`);
}

/**
 * How near `candidate` is to `referrer` for a cross-reference, smaller is nearer; null when it is
 * out of the referrer's reach. Same file, then same directory, then ancestors (nearest first), then
 * shared context. Subdirectories and sibling subtrees are out of reach: a bundle at the top of a
 * repository is not the application of the variants below it, and a sibling subtree is another
 * application (a folder of independent projects, a monorepo).
 */
function proximity(candidate: Resource, referrer: Resource): number | null {
  if (candidate.file.path === referrer.file.path) return 0;
  const c = dirOf(candidate.file.path);
  const r = dirOf(referrer.file.path);
  const depth = (d: string): number => (d === '' ? 0 : d.split('/').length);
  if (c === r) return 1;
  if (within(c, r)) return 2 + (depth(r) - depth(c));
  if (candidate.shared) return 100000;
  return null;
}



/**
 * The resources without the context objects (sibling files, `--context`) that an input object
 * shadows: same API group, kind, namespace and name. The input is the object being linted; a
 * context definition of the same object (prod.yaml beside staging.yaml) is another variant of it,
 * not a second object to count beside it (issue 15 point 10). Partial inputs (patches) shadow
 * nothing: the context object is what they patch.
 */
export function shadowContext<R extends Resource>(resources: R[], defaultNamespace: string): R[] {
  const key = (r: Resource): string => `${groupOf(r.apiVersion)}\u0000${r.kind}\u0000${isClusterScoped(r.kind) ? '' : (r.namespace ?? defaultNamespace)}\u0000${r.name}`;
  const inputs = new Set(resources.filter((r) => r.reportable && !r.partial && r.name !== '').map(key));
  if (inputs.size === 0) return resources;
  const kept = resources.filter((r) => r.reportable || r.name === '' || !inputs.has(key(r)));
  return kept.length === resources.length ? resources : kept;
}

export class ResourceIndex {
  readonly all: Resource[];
  private readonly byKind = new Map<string, Resource[]>();
  /** Made on the first lookup by identity: most scoped indexes are only asked by kind. */
  private byKeyMap: Map<string, Resource[]> | undefined;

  constructor(resources: Resource[], readonly defaultNamespace: string) {
    this.all = resources;
    for (const r of resources) {
      // Partial objects (patches) are not definitions: a reference never resolves to one.
      if (r.partial) continue;
      let list = this.byKind.get(r.kind);
      if (!list) this.byKind.set(r.kind, (list = []));
      list.push(r);
    }
  }

  private get byKey(): Map<string, Resource[]> {
    if (!this.byKeyMap) {
      this.byKeyMap = new Map();
      for (const list of this.byKind.values()) {
        for (const r of list) {
          const key = this.key(r.kind, this.namespaceOf(r), r.name);
          let same = this.byKeyMap.get(key);
          if (!same) this.byKeyMap.set(key, (same = []));
          same.push(r);
        }
      }
    }
    return this.byKeyMap;
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

  private readonly scopes = new Map<string, ResourceIndex>();
  private readonly belowCache = new Map<string, ResourceIndex>();
  private byDir: Map<string, Resource[]> | undefined;

  /**
   * The resources of the directories `keep` accepts, in input order: grouped by directory once, so
   * that a scope costs a pass over the directories, not over every resource.
   */
  private scope(cache: Map<string, ResourceIndex>, dir: string, keep: (d: string) => boolean, shared: boolean): ResourceIndex {
    let scoped = cache.get(dir);
    if (!scoped) {
      if (!this.byDir) {
        this.byDir = new Map();
        this.all.forEach((r) => {
          const d = dirOf(r.file.path);
          let list = this.byDir!.get(d);
          if (!list) this.byDir!.set(d, (list = []));
          list.push(r);
        });
      }
      const picked = new Set<Resource>();
      for (const [d, list] of this.byDir) if (keep(d)) for (const r of list) picked.add(r);
      if (shared) for (const r of this.all) if (r.shared) picked.add(r);
      scoped = picked.size === this.all.length ? this : new ResourceIndex(this.all.filter((r) => picked.has(r)), this.defaultNamespace);
      cache.set(dir, scoped);
    }
    return scoped;
  }

  /**
   * The objects a reference from `referrer` may resolve to: those in its directory and its
   * ancestors, and shared context (`--context`, the config's `context`); see proximity. Linting a
   * folder of independent projects then never matches one project's StatefulSet with another
   * project's Service of the same name.
   */
  visibleFrom(referrer: Resource): ResourceIndex {
    const dir = dirOf(referrer.file.path);
    return this.scope(this.scopes, dir, (d) => within(d, dir), true);
  }

  /**
   * The objects whose reach `target` is in (see proximity): those in its directory and below it,
   * or every object when the target is shared context. A PodDisruptionBudget is part of the
   * applications of the StatefulSets among these.
   */
  below(target: Resource): ResourceIndex {
    if (target.shared) return this;
    const dir = dirOf(target.file.path);
    return this.scope(this.belowCache, dir, (d) => within(dir, d), false);
  }

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
   * `near`, only definitions within the referrer's reach count (see visibleFrom), and the nearest
   * wins (see proximity): files that define the same identity are usually variants (overlays,
   * install flavours) applied separately, so a reference means its own variant's object.
   */
  get(kind: string, namespace: string, name: string, near?: Resource): Resource | undefined {
    const all = this.find(kind, namespace, name).filter((r) => SERVED[kind] === undefined || r.apiVersion === SERVED[kind]);
    if (!near) return all[all.length - 1];
    let best: Resource | undefined;
    let bestDistance = Infinity;
    for (const r of all) {
      const d = proximity(r, near);
      if (d !== null && d <= bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Definitions of this identity that exist among the inputs but out of `near`'s reach (another
   * application), by path: which file a reviewer passed first does not decide which one is named.
   */
  outOfReach(kind: string, namespace: string, name: string, near: Resource): Resource[] {
    return this.find(kind, namespace, name)
      .filter((r) => (SERVED[kind] === undefined || r.apiVersion === SERVED[kind]) && proximity(r, near) === null)
      .sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.docIndex - b.docIndex));
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
