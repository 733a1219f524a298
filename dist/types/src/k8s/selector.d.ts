/** Label selectors (metav1.LabelSelector) and Service selectors (map equality). */
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
export type Labels = Record<string, string>;
export declare function asLabels(v: unknown): Labels;
/** Whether a LabelSelector selects `labels`. An empty selector selects everything; null selects nothing. */
export declare function selectorMatches(selector: LabelSelector | undefined | null, labels: Labels): boolean;
export declare function selectorIsEmpty(selector: LabelSelector | undefined | null): boolean;
/** A Service selector (a plain map) selects pods whose labels contain every pair. Empty selects none. */
export declare function mapSelectorMatches(selector: Labels, labels: Labels): boolean;
export declare function formatLabels(labels: Labels): string;
