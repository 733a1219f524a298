/** Label selectors (metav1.LabelSelector) and Service selectors (map equality). */
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';
import { setOwn } from '../types.js';

export type Labels = Record<string, string>;

export function asLabels(v: unknown): Labels {
  const out: Labels = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') setOwn(out, k, val);
  return out;
}

function requirementMatches(req: LabelSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const values = Array.isArray(req.values) ? req.values : [];
  switch (req.operator) {
    case 'In':
      return has && values.includes(labels[req.key]!);
    case 'NotIn':
      return !has || !values.includes(labels[req.key]!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** Whether a LabelSelector selects `labels`. An empty selector selects everything; null selects nothing. */
export function selectorMatches(selector: LabelSelector | undefined | null, labels: Labels): boolean {
  if (!selector || typeof selector !== 'object') return false;
  for (const [k, v] of Object.entries(asLabels(selector.matchLabels))) if (labels[k] !== v) return false;
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  return exprs.every((r) => r && typeof r === 'object' && requirementMatches(r, labels));
}

export function selectorIsEmpty(selector: LabelSelector | undefined | null): boolean {
  if (!selector) return true;
  const ml = Object.keys(asLabels(selector.matchLabels)).length;
  const me = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return ml + me === 0;
}

/** A Service selector (a plain map) selects pods whose labels contain every pair. Empty selects none. */
export function mapSelectorMatches(selector: Labels, labels: Labels): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

export function formatLabels(labels: Labels): string {
  const e = Object.entries(labels);
  return e.length ? e.map(([k, v]) => `${k}=${v}`).join(',') : '(none)';
}
