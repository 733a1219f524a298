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
/**
 * The HPA apiVersions the target versions serve (schemas/k8s/api-resources.ts: autoscaling/v1 and
 * autoscaling/v2 from 1.29 to 1.36; v2beta1 and v2beta2 were removed in 1.25 and 1.26, so such an
 * HPA is never created and scales nothing).
 */
export declare const AUTOSCALING_VERSIONS: readonly string[];
export interface Autoscaler {
    resource: Resource;
    /** scaleTargetRef, when its kind and name are strings. */
    target: {
        group: string;
        kind: string;
        name: string;
    } | null;
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
export declare function readAutoscaler(r: Resource, problems?: FieldProblem[]): Autoscaler;
/** Whether the autoscaler scales the StatefulSet `name`: same namespace is the caller's part. */
export declare function scalesStatefulSet(a: Autoscaler, name: string): boolean;
