/**
 * Typed, defensive access to loaded objects. Schema validation prunes values of the wrong
 * type from the objects of the kinds it knows, so what is present has the declared type; but a
 * required field can still be absent, and other kinds (Deployments seen as context) are not
 * validated at all.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PodSpec, PodTemplateSpec, Container, PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import type { Path } from '../types.js';
import { type Labels } from './selector.js';
export declare function isRecord(v: unknown): v is Record<string, unknown>;
/**
 * The tag of an image reference (`registry:5000/repo/name:tag@sha256:…` → `tag`), or '' when it has
 * none (a name alone, or a digest only), as parsers.ParseImageName reads it.
 */
export declare function imageTag(image: string): string;
/**
 * The value at `path` inside a (possibly malformed) object: a map's own key, a list's index;
 * undefined where the path leaves the object (an inherited key such as `constructor` is not a field).
 */
export declare function valueAt(node: unknown, path: Path): unknown;
/** [item, index] of the record items of a list, skipping anything else. */
export declare function records<T>(v: T[] | undefined | null): [T, number][];
export declare const asStatefulSet: (r: Resource) => StatefulSet;
export declare const asService: (r: Resource) => Service;
export declare const asClaim: (r: Resource) => PersistentVolumeClaim;
/** The largest int32: spec.replicas and a pod's ordinal (the controller parses it with ParseInt(…, 10, 32)) are 32-bit integers. */
export declare const MAX_INT32 = 2147483647;
export declare function replicasOf(sts: StatefulSet): number;
export declare function startOrdinalOf(sts: StatefulSet): number;
/** The name of the set's first pod, `<name>-<ordinals.start>`, for messages about its DNS names. */
export declare function firstPodName(r: Resource): string;
export declare function podManagementPolicyOf(sts: StatefulSet): string;
export interface PodTemplateRef {
    template: PodTemplateSpec;
    spec: PodSpec;
    labels: Labels;
    /** Path of the template (the object holding metadata and spec) inside the resource. */
    path: Path;
}
/** The pod template of a workload of any kind, or null (found once per resource: rules ask often). */
export declare function podTemplateOf(r: Resource): PodTemplateRef | null;
export interface ContainerRef {
    container: Container;
    /** Path inside the pod spec, e.g. ['containers', 0]. */
    path: Path;
    kind: 'containers' | 'initContainers' | 'ephemeralContainers';
}
export declare function containersOf(spec: PodSpec): ContainerRef[];
export declare function claimTemplatesOf(sts: StatefulSet): [PersistentVolumeClaim, number][];
export declare function claimTemplateName(t: PersistentVolumeClaim): string;
/** pkg/api/service ExternallyAccessible: NodePort, LoadBalancer, or ClusterIP with external IPs (type defaulted). */
export declare function externallyAccessible(svc: unknown): boolean;
