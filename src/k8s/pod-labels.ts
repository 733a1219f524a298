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
import { asStatefulSet, podTemplateOf, replicasOf, startOrdinalOf } from './objects.js';
import { asLabels, type Labels } from './selector.js';
import { revisionName } from './revision.js';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
const REVISION_LABEL = 'controller-revision-hash';

/** The keys and values a selector mentions: enough to tell which ordinals it can single out. */
export interface SelectorTerms {
  keys: Set<string>;
  values: string[];
}

export function termsOfMap(selector: Labels): SelectorTerms {
  return { keys: new Set(Object.keys(selector)), values: Object.values(selector) };
}

export function termsOfLabelSelector(selector: LabelSelector | undefined | null): SelectorTerms {
  const matchLabels = asLabels(selector?.matchLabels);
  const keys = new Set(Object.keys(matchLabels));
  const values = Object.values(matchLabels);
  for (const req of Array.isArray(selector?.matchExpressions) ? selector.matchExpressions : []) {
    if (!req || typeof req !== 'object') continue;
    if (typeof req.key === 'string') keys.add(req.key);
    if (Array.isArray(req.values)) for (const v of req.values) if (typeof v === 'string') values.push(v);
  }
  return { keys, values };
}

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
export function statefulSetPodsSelected(set: Resource, terms: SelectorTerms, selects: (labels: Labels) => boolean, gates: FeatureGates): PodSelection {
  const tpl = podTemplateOf(set);
  const plain = !terms.keys.has(POD_NAME_LABEL) && !terms.keys.has(POD_INDEX_LABEL) && !terms.keys.has(REVISION_LABEL);
  // Most selectors name none of the controller's labels and miss most sets: answer those at once.
  if (plain && !selects(tpl?.labels ?? {})) return { pods: Math.max(replicasOf(asStatefulSet(set)), 1), count: 0, names: [], range: '' };
  const sts = asStatefulSet(set);
  const start = gates.StatefulSetStartOrdinal === false ? 0 : startOrdinalOf(sts);
  const pods = Math.max(replicasOf(sts), 1);
  const last = start + pods - 1;
  const name = (o: number): string => `${set.name}-${o}`;
  const range = pods === 1 ? name(start) : `${name(start)}..${name(last)}`;
  const base = tpl?.labels ?? {};
  // A selector that names none of the controller's labels sees every pod alike: its template labels.
  if (plain) return { pods, count: pods, names: [0, 1, 2].filter((i) => i < pods).map((i) => name(start + i)), range };
  let revision: string | undefined;
  const labelsOf = (ordinal: number): Labels => {
    const labels: Labels = { ...base, [POD_NAME_LABEL]: name(ordinal) };
    if (gates.PodIndexLabel !== false) labels[POD_INDEX_LABEL] = String(ordinal);
    if (terms.keys.has(REVISION_LABEL) && tpl) labels[REVISION_LABEL] = revision ??= revisionName(set.name, tpl.template);
    return labels;
  };
  const mentioned = new Set<number>();
  const prefix = `${set.name}-`;
  for (const v of terms.values) {
    const digits = v.startsWith(prefix) ? v.slice(prefix.length) : v;
    if (!/^\d{1,10}$/.test(digits)) continue;
    const o = Number(digits);
    if (o >= start && o <= last) mentioned.add(o);
  }
  const selected = [...mentioned].filter((o) => selects(labelsOf(o))).sort((a, b) => a - b);
  let count = selected.length;
  const rest = pods - mentioned.size;
  let restSelected = false;
  if (rest > 0) {
    let o = start;
    while (mentioned.has(o)) o++;
    restSelected = selects(labelsOf(o));
    if (restSelected) count += rest;
  }
  const first = [...selected];
  if (restSelected) {
    for (let o = start, n = 0; o <= last && n < 3; o++) {
      if (mentioned.has(o)) continue;
      first.push(o);
      n++;
    }
  }
  const names = first.sort((a, b) => a - b).slice(0, 3).map(name);
  return { pods, count, names, range };
}

/** "web-0", "web-0, web-1", "web-0, web-1, web-2 …": the pods a selection names. */
export function selectionText(s: PodSelection): string {
  return s.names.join(', ') + (s.count > s.names.length ? ` and ${s.count - s.names.length} more` : '');
}
