import type { Resource } from '../resource.js';
/**
 * The resources without the context objects (sibling files, `--context`) that an input object
 * shadows: same API group, kind, namespace and name. The input is the object being linted; a
 * context definition of the same object (prod.yaml beside staging.yaml) is another variant of it,
 * not a second object to count beside it (issue 15 point 10). Partial inputs (patches) shadow
 * nothing: the context object is what they patch.
 */
export declare function shadowContext<R extends Resource>(resources: R[], defaultNamespace: string): R[];
export declare class ResourceIndex {
    readonly defaultNamespace: string;
    readonly all: Resource[];
    private readonly byKind;
    /** Made on the first lookup by identity: most scoped indexes are only asked by kind. */
    private byKeyMap;
    constructor(resources: Resource[], defaultNamespace: string);
    private get byKey();
    private key;
    /** The namespace an object lands in ('' for cluster-scoped kinds). */
    namespaceOf(r: Resource): string;
    ofKind(kind: string): Resource[];
    private readonly servedCache;
    private readonly byNamespace;
    private readonly scopes;
    private readonly belowCache;
    private byDir;
    /**
     * The resources of the directories `keep` accepts, in input order: grouped by directory once, so
     * that a scope costs a pass over the directories, not over every resource.
     */
    private scope;
    /**
     * The objects a reference from `referrer` may resolve to: those in its directory and its
     * ancestors, and shared context (`--context`, the config's `context`); see proximity. Linting a
     * folder of independent projects then never matches one project's StatefulSet with another
     * project's Service of the same name.
     */
    visibleFrom(referrer: Resource): ResourceIndex;
    /**
     * The objects whose reach `target` is in (see proximity): those in its directory and below it,
     * or every object when the target is shared context. A PodDisruptionBudget is part of the
     * applications of the StatefulSets among these.
     */
    below(target: Resource): ResourceIndex;
    /** Resources of a kind in the apiVersion stsplan checks. */
    served(kind: string): Resource[];
    /** Resources of a kind (any apiVersion) in a namespace. */
    ofKindIn(kind: string, namespace: string): Resource[];
    /** All resources with this kind, namespace and name (more than one is a duplicate). */
    find(kind: string, namespace: string, name: string): Resource[];
    /**
     * The object that wins when the same identity is defined twice: the last one applied. With
     * `near`, only definitions within the referrer's reach count (see visibleFrom), and the nearest
     * wins (see proximity): files that define the same identity are usually variants (overlays,
     * install flavours) applied separately, so a reference means its own variant's object.
     */
    get(kind: string, namespace: string, name: string, near?: Resource): Resource | undefined;
    /**
     * Definitions of this identity that exist among the inputs but out of `near`'s reach (another
     * application), by path: which file a reviewer passed first does not decide which one is named.
     */
    outOfReach(kind: string, namespace: string, name: string, near: Resource): Resource[];
    /** Resources of a kind, in the apiVersion stsplan checks, in a namespace. */
    inNamespace(kind: string, namespace: string): Resource[];
}
/** The StatefulSet's `spec.serviceName` and the Service it names in its namespace, if any. */
export declare function governingService(index: ResourceIndex, sts: Resource): {
    name: string;
    service: Resource | undefined;
} | null;
