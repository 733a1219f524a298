/**
 * The simulator's state: what the StatefulSet controller and the world around it read and change
 * (pods, claims, revisions), and the set's spec as the simulation takes it. Types and constructors
 * only, shared by the simulation, DNS publishing and the planner.
 */
import type { Labels } from '../../k8s/selector.js';
import type { PlanEvent, SourceLocation } from '../types.js';
export interface Binding {
    /** How the claim gets a volume: provisioned at once, when its pod is scheduled, or never. */
    mode: 'Immediate' | 'WaitForFirstConsumer' | 'never';
    className: string | null;
    /** Why it never binds, or how it binds. */
    reason: string;
    location?: SourceLocation;
}
export interface ClaimTemplate {
    name: string;
    binding: Binding;
    /** "1Gi, ReadWriteOnce, class standard" */
    summary: string;
}
export interface SetSpec {
    namespace: string;
    name: string;
    replicas: number;
    start: number;
    monotonic: boolean;
    strategy: 'RollingUpdate' | 'OnDelete';
    /** Relative to start. */
    partition: number;
    /** Resolved against replicas; used only when the MaxUnavailableStatefulSet gate is on. */
    maxUnavailable: number;
    maxUnavailableGate: boolean;
    minReadySeconds: number;
    whenScaled: 'Retain' | 'Delete';
    whenDeleted: 'Retain' | 'Delete';
    templates: ClaimTemplate[];
    /** Revision name of the template in this spec. */
    revision: string;
    labels: Labels;
    /** The zones the pod template's required node affinity and node selector allow; absent: any. */
    zones?: readonly string[];
}
/** A pod as the simulation holds it. */
export interface SimPod {
    name: string;
    ordinal: number;
    revision: string;
    labels: Labels;
    phase: 'Pending' | 'Running' | 'Failed' | 'Succeeded';
    ready: boolean;
    terminating: boolean;
    /** Set when the pod does not progress on its own (not Ready in a snapshot, unbound claim). */
    stuck?: string;
    /** A terminating pod that never goes away (its node is lost); `stuck` says why. */
    held?: boolean;
    /** What a cluster snapshot's pod status says of why it is not Ready (`container app: CrashLoopBackOff`). */
    detail?: string;
    uid: number;
}
export type ClaimOwner = {
    kind: 'Pod';
    uid: number;
} | {
    kind: 'StatefulSet';
} | null;
export interface SimClaim {
    name: string;
    ordinal: number;
    phase: 'Pending' | 'Bound';
    deleting: boolean;
    owner: ClaimOwner;
    binding: Binding;
    pendingReported: boolean;
    /** The bound PersistentVolume of a snapshot claim and the zones its node affinity allows. */
    volume?: ClaimVolume;
}
export interface ClaimVolume {
    name: string;
    zones: readonly string[];
}
export interface SimState {
    pods: Map<string, SimPod>;
    claims: Map<string, SimClaim>;
    currentRevision: string | null;
    updateRevision: string | null;
    /** Template labels per revision, for pods created at that revision. */
    revisionLabels: Map<string, Labels>;
    deleted: boolean;
    nextUid: number;
}
/** An event as the plan reports it; `seq` is set when the plan merges the sets' timelines. */
export type RawEvent = PlanEvent;
export interface Wait {
    pod: string | null;
    ordinal: number | null;
    reason: string;
}
/**
 * How the simulation writes ordinals. The planner may simulate a set in a smaller ordinal space
 * than the real one (see ../compress.ts): ordinal i of the simulation is then written as `text(i)`,
 * and messages name the partition the user wrote. The identity view writes ordinals as they are.
 */
export interface OrdinalView {
    text(ordinal: number): string;
    /** The partition as written, for messages (the simulated one may be smaller). */
    partition?: number;
}
export declare const IDENTITY_VIEW: OrdinalView;
export declare function emptyState(): SimState;
export declare const podName: (set: string, ordinal: number | string) => string;
export declare const claimName: (template: string, set: string, ordinal: number | string) => string;
