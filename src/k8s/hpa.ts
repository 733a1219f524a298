/**
 * HorizontalPodAutoscalers, as far as stsplan needs them: which workload one scales, and its
 * minReplicas. They are not schema-validated (the whole autoscaling/v2 schema, metrics and
 * behavior included, would add a tenth to the validators for the four fields read here), so each
 * field read is checked by hand, and a malformed one is reported and read as unset.
 *
 * The HPA controller (pkg/controller/podautoscaler/horizontal.go, reconcileAutoscaler) finds its
 * target in the HPA's own namespace by the group of scaleTargetRef.apiVersion, the kind and the
 * name (schema.ParseGroupVersion, then RESTMappings of the GroupKind: the version does not
 * matter), reads its scale subresource, and writes the replicas it wants back through the same
 * subresource: that is the StatefulSet's spec.replicas.
 */
import type { Resource } from '../resource.js';
import type { Path } from '../types.js';
import { groupOf } from './kinds.js';
import { isRecord, MAX_INT32 } from './objects.js';
import { describe } from '../text/describe.js';

/**
 * The HPA apiVersions the target versions serve (schemas/k8s/api-resources.ts: autoscaling/v1 and
 * autoscaling/v2 from 1.29 to 1.36; v2beta1 and v2beta2 were removed in 1.25 and 1.26, so such an
 * HPA is never created and scales nothing).
 */
export const AUTOSCALING_VERSIONS: readonly string[] = ['autoscaling/v2', 'autoscaling/v1'];

export interface Autoscaler {
  resource: Resource;
  /** scaleTargetRef, when its kind and name are strings. */
  target: { group: string; kind: string; name: string } | null;
  /** spec.minReplicas; the controller's default is 1. */
  minReplicas: number;
  /** spec.maxReplicas, when it is an integer. */
  maxReplicas: number | undefined;
}

export interface FieldProblem {
  path: Path;
  message: string;
}


/** Reads an HPA of a served apiVersion; `problems` gets the fields read that have the wrong type. */
export function readAutoscaler(r: Resource, problems: FieldProblem[] = []): Autoscaler {
  const bad = (path: Path, expected: string, v: unknown): void => {
    problems.push({ path, message: `expected ${expected}, got ${describe(v)}` });
  };
  const o = r.object as Record<string, unknown>;
  const spec = o.spec;
  const out: Autoscaler = { resource: r, target: null, minReplicas: 1, maxReplicas: undefined };
  if (spec === undefined || spec === null) return out;
  if (!isRecord(spec)) return bad(['spec'], 'a map', spec), out;
  const int = (key: string): number | undefined => {
    const v = spec[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INT32) return v;
    bad(['spec', key], 'an integer 0..2147483647', v);
    return undefined;
  };
  out.minReplicas = int('minReplicas') ?? 1;
  out.maxReplicas = int('maxReplicas');
  const ref = spec.scaleTargetRef;
  if (ref === undefined || ref === null) return out;
  if (!isRecord(ref)) return bad(['spec', 'scaleTargetRef'], 'a map', ref), out;
  const str = (key: string): string | undefined => {
    const v = ref[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    bad(['spec', 'scaleTargetRef', key], 'a string', v);
    return undefined;
  };
  const kind = str('kind');
  const name = str('name');
  const apiVersion = str('apiVersion') ?? '';
  if (kind !== undefined && name !== undefined) out.target = { group: groupOf(apiVersion), kind, name };
  return out;
}

/** Whether the autoscaler scales the StatefulSet `name`: same namespace is the caller's part. */
export function scalesStatefulSet(a: Autoscaler, name: string): boolean {
  return a.target !== null && a.target.group === 'apps' && a.target.kind === 'StatefulSet' && a.target.name === name;
}
