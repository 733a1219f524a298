import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { type InputError } from '../types.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { Labels } from '../k8s/selector.js';
import { type SnapshotNode } from './snapshot.js';
import { type Binding, type ClaimVolume, type SetSpec, type SimPod, type SimState } from './sim/state.js';
/** A snapshot pod as read, before the simulation numbers it: a SimPod without its uid. */
export interface PodRecord extends Omit<SimPod, 'uid'> {
    /** `name/uid`, as PVC owner references name it. */
    key: string;
}
export interface ClaimRecord {
    name: string;
    ordinal: number;
    template: string;
    phase: 'Pending' | 'Bound';
    deleting: boolean;
    owner: {
        kind: 'Pod';
        key: string;
    } | {
        kind: 'StatefulSet';
    } | null;
    binding: Binding;
    /** A snapshot claim's bound PV and its zones, when the snapshot holds the PV and it names zones. */
    volume?: ClaimVolume;
}
/** The pods of a live StatefulSet in a snapshot, sorted by ordinal and name. */
export interface SnapshotPods {
    pods: PodRecord[];
    revisions: Set<string>;
    /** Template labels per revision, from the first pod (in input order) at that revision. */
    revisionLabels: Map<string, Labels>;
}
export declare function snapshotPods(setName: string, candidates: Resource[], errors: InputError[], nodes?: Map<string, SnapshotNode> | null): SnapshotPods;
/**
 * Pre-existing PVCs (standalone manifests or snapshot objects) that the set's claim names hit,
 * sorted by ordinal and claim template, so that the simulation meets them in ordinal order
 * whatever order the inputs list them in.
 */
export declare function claimRecords(spec: SetSpec, sources: Resource[], storage: ResourceIndex, cluster: ClusterProfile | undefined, snapshot: boolean): ClaimRecord[];
/** Claims in stage order: those of the current spec, then those only the desired spec's names hit. */
export interface Records {
    setName: string;
    pods: PodRecord[];
    claims: ClaimRecord[][];
}
/**
 * Each ordinal's starting state, written relative to the ordinal; and the ordinals that other
 * objects name (a PVC owned by another ordinal's pod), which must be simulated as themselves.
 */
export declare function signatures(records: Records): {
    signatures: Map<number, string>;
    forced: Set<number>;
};
/** How the simulation names an ordinal's pod and claims. */
export interface Naming {
    pod(ordinal: number): string;
    claim(template: string, ordinal: number): string;
    text(ordinal: number): string;
    /** The simulated ordinal of a real one, or null when it is left out. */
    slotOf(real: number): number | null;
}
/** Writes the snapshot's pods into a state; returns the uid each pod got, by `name/uid`. */
export declare function seedPods(state: SimState, pods: PodRecord[], setName: string, naming: Naming): Map<string, number>;
/** Writes claims into a state, leaving out those already there. */
export declare function seedClaims(state: SimState, claims: ClaimRecord[], setName: string, naming: Naming, podUids: Map<string, number>): void;
