/**
 * Reading a cluster snapshot (`--state`, `kubectl get … -o yaml`). Its objects are untrusted input
 * like any manifest: every field the planner reads from a pod is checked for its shape here, a
 * malformed one is reported where it is and read as if it were not set, and the pod is planned
 * with the rest. (StatefulSets, PVCs and Services are checked by their schemas when loaded.)
 */
import type { Resource } from '../resource.js';
import { type InputError } from '../types.js';
import type { Labels } from '../k8s/selector.js';
/**
 * The ordinal in a name `<prefix>-<digits>`, or null when the name is not of that form or its
 * digits do not parse as an int32: the controller ignores such a pod (spec §3: "Pods with an
 * unparsable ordinal are ignored"); for PVCs the controller only ever asks for the names of
 * int32 ordinals, so a claim whose number is larger is never one of the set's.
 */
export declare function ordinalAfter(name: string, prefix: string): number | null;
export interface OwnerRef {
    kind?: string;
    name?: string;
    uid?: string;
}
/** What the planner reads from a snapshot pod, each field checked. */
export interface SnapshotPod {
    resource: Resource;
    name: string;
    uid: string;
    labels: Labels;
    owners: OwnerRef[];
    terminating: boolean;
    phase: string | undefined;
    ready: boolean;
    /** spec.nodeName: the node the pod is bound to, if any. */
    nodeName: string | undefined;
    /**
     * Why the pod is not Ready, as its status says: each container waiting with a reason
     * (`status.containerStatuses[].state.waiting.reason`, init containers first: `init container
     * setup: CrashLoopBackOff`), and the PodScheduled condition when it is False (`Unschedulable`).
     */
    why: string[];
}
/** What the planner reads from a snapshot Node (`kubectl get nodes -o yaml` in the snapshot). */
export interface SnapshotNode {
    /** The Ready condition's status: True, False, Unknown (the node controller's value for a lost node), or undefined. */
    ready: string | undefined;
    /** Has the node.kubernetes.io/out-of-service taint (pod GC then force-deletes its terminating pods). */
    outOfService: boolean;
}
/** The snapshot's Nodes by name; null when it holds none (node state unknown: terminations are assumed to finish). */
export declare function snapshotNodes(nodes: Resource[]): Map<string, SnapshotNode> | null;
/** Reads a snapshot pod; malformed fields go to `errors` as positioned input errors. */
export declare function readSnapshotPod(r: Resource, errors: InputError[]): SnapshotPod;
