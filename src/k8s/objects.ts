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
import { asLabels, type Labels } from './selector.js';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The tag of an image reference (`registry:5000/repo/name:tag@sha256:…` → `tag`), or '' when it has
 * none (a name alone, or a digest only), as parsers.ParseImageName reads it.
 */
export function imageTag(image: string): string {
  const name = image.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) : '';
}

/**
 * The value at `path` inside a (possibly malformed) object: a map's own key, a list's index;
 * undefined where the path leaves the object (an inherited key such as `constructor` is not a field).
 */
export function valueAt(node: unknown, path: Path): unknown {
  let cur = node;
  for (const seg of path) {
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isRecord(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
  }
  return cur;
}

/** [item, index] of the record items of a list, skipping anything else. */
export function records<T>(v: T[] | undefined | null): [T, number][] {
  if (!Array.isArray(v)) return [];
  const out: [T, number][] = [];
  v.forEach((item, i) => {
    if (isRecord(item)) out.push([item, i]);
  });
  return out;
}

export const asStatefulSet = (r: Resource): StatefulSet => r.object as unknown as StatefulSet;
export const asService = (r: Resource): Service => r.object as unknown as Service;
export const asClaim = (r: Resource): PersistentVolumeClaim => r.object as unknown as PersistentVolumeClaim;

/** The largest int32: spec.replicas and a pod's ordinal (the controller parses it with ParseInt(…, 10, 32)) are 32-bit integers. */
export const MAX_INT32 = 2147483647;

export function replicasOf(sts: StatefulSet): number {
  const n = sts.spec?.replicas;
  return typeof n === 'number' ? n : 1;
}

export function startOrdinalOf(sts: StatefulSet): number {
  const n = sts.spec?.ordinals?.start;
  return typeof n === 'number' && n >= 0 ? n : 0;
}

/** The name of the set's first pod, `<name>-<ordinals.start>`, for messages about its DNS names. */
export function firstPodName(r: Resource): string {
  return `${r.name}-${startOrdinalOf(asStatefulSet(r))}`;
}

export function podManagementPolicyOf(sts: StatefulSet): string {
  return sts.spec?.podManagementPolicy ?? 'OrderedReady';
}

export interface PodTemplateRef {
  template: PodTemplateSpec;
  spec: PodSpec;
  labels: Labels;
  /** Path of the template (the object holding metadata and spec) inside the resource. */
  path: Path;
}

const templates = new WeakMap<Resource, PodTemplateRef | null>();

/** The pod template of a workload of any kind, or null (found once per resource: rules ask often). */
export function podTemplateOf(r: Resource): PodTemplateRef | null {
  let t = templates.get(r);
  if (t === undefined) templates.set(r, (t = findPodTemplate(r)));
  return t;
}

function findPodTemplate(r: Resource): PodTemplateRef | null {
  const o = r.object as Record<string, unknown>;
  let path: Path;
  switch (r.kind) {
    case 'Pod':
      path = [];
      break;
    case 'CronJob':
      path = ['spec', 'jobTemplate', 'spec', 'template'];
      break;
    case 'StatefulSet':
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      path = ['spec', 'template'];
      break;
    default:
      return null;
  }
  let node: unknown = o;
  for (const seg of path) node = isRecord(node) ? node[seg as string] : undefined;
  if (!isRecord(node)) return null;
  const template = node as PodTemplateSpec;
  const spec = isRecord(template.spec) ? template.spec : ({} as PodSpec);
  const labels = asLabels(isRecord(template.metadata) ? template.metadata.labels : undefined);
  return { template, spec: spec as PodSpec, labels, path };
}

export interface ContainerRef {
  container: Container;
  /** Path inside the pod spec, e.g. ['containers', 0]. */
  path: Path;
  kind: 'containers' | 'initContainers' | 'ephemeralContainers';
}

export function containersOf(spec: PodSpec): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const kind of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const [c, i] of records(spec[kind] as Container[] | undefined)) out.push({ container: c, path: [kind, i], kind });
  }
  return out;
}

export function claimTemplatesOf(sts: StatefulSet): [PersistentVolumeClaim, number][] {
  return records(sts.spec?.volumeClaimTemplates);
}

export function claimTemplateName(t: PersistentVolumeClaim): string {
  return typeof t.metadata?.name === 'string' ? t.metadata.name : '';
}

/** pkg/api/service ExternallyAccessible: NodePort, LoadBalancer, or ClusterIP with external IPs (type defaulted). */
export function externallyAccessible(svc: unknown): boolean {
  const spec = isRecord(svc) && isRecord(svc.spec) ? svc.spec : {};
  const type = spec.type === undefined || spec.type === '' ? 'ClusterIP' : spec.type;
  return type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0);
}
