/**
 * The labels each pod of a StatefulSet carries: its template's, then the ones the controller sets
 * over them (pkg/controller/statefulset/stateful_set_utils.go: `updateIdentity` sets
 * `statefulset.kubernetes.io/pod-name` and, with the PodIndexLabel gate, `apps.kubernetes.io/pod-index`;
 * `setPodRevision` sets `controller-revision-hash`). A Service or PodDisruptionBudget that selects
 * one pod by them (a per-pod Service for Kafka, Redis or a database behind a load balancer)
 * selects that pod.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { Resource } from '../resource.js';
import type { FeatureGates } from './versions.js';
import { type Labels } from './selector.js';
export declare const POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
/** The keys and values a selector mentions: enough to tell which ordinals it can single out. */
export interface SelectorTerms {
    keys: Set<string>;
    values: string[];
}
export declare function termsOfMap(selector: Labels): SelectorTerms;
export declare function termsOfLabelSelector(selector: LabelSelector | undefined | null): SelectorTerms;
export interface PodSelection {
    /** Pods the set has (replicas; at least one, so that a set scaled to 0 is judged by its template). */
    pods: number;
    /** How many of them the selector selects. */
    count: number;
    /** The first few selected pod names, in ordinal order. */
    names: string[];
    /** The pod names, first to last, for messages: "web-0" or "web-0..web-2". */
    range: string;
}
/**
 * Which pods of a StatefulSet a selector selects, judged on each pod's full labels. Pods whose
 * ordinal the selector does not mention are alike to it, so one of them stands for all: the cost
 * does not grow with replicas.
 */
export declare function statefulSetPodsSelected(set: Resource, terms: SelectorTerms, selects: (labels: Labels) => boolean, gates: FeatureGates): PodSelection;
/** "web-0", "web-0, web-1", "web-0, web-1, web-2 …": the pods a selection names. */
export declare function selectionText(s: PodSelection): string;
