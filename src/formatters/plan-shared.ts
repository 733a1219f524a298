/** Small projections of a plan shared by the plan renderers. */
import type { PlanEvent, Plan, StatefulSetPlan, SourceLocation } from '../planner/types.js';

export const KIND_SHORT: Record<PlanEvent['kind'], string> = { PersistentVolumeClaim: 'PVC', Pod: 'Pod', DNSRecord: 'DNS' };

export function eventsOf(plan: Plan, s: { namespace: string; name: string }): PlanEvent[] {
  return plan.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}

/** `web-0` or `nginx.default.svc.cluster.local A (address of web-0)`. */
export function eventObject(e: PlanEvent): string {
  return e.kind === 'DNSRecord' ? `${e.name} ${e.type} ${e.value}` : e.name;
}

export function where(l: SourceLocation | undefined): string {
  return l ? `${l.file}:${l.line}:${l.column}` : '';
}

export function headline(s: StatefulSetPlan): string {
  if (s.change === 'unchanged') return 'no change';
  if (s.change === 'rejected') return 'rejected by the API server';
  return s.changes.join('; ') || s.change;
}

export const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));
