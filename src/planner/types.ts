/**
 * The plan: the one data structure the planner computes. The text, Markdown and JSON renderers
 * only project it; order, counts and summaries are decided here. `formatVersion` changes when a
 * field changes meaning or disappears; new fields may be added within a version.
 */
import type { InputError } from '../types.js';

export type EventKind = 'PersistentVolumeClaim' | 'Pod' | 'DNSRecord';
export type EventAction = 'create' | 'delete' | 'bind' | 'pending' | 'ready' | 'retain' | 'add' | 'remove';

export interface PlanEvent {
  /** 1, 2, 3… in the order things happen. */
  seq: number;
  /** Events that happen at the same moment (one controller sync, one kubelet pass) share a step. */
  step: number;
  kind: EventKind;
  action: EventAction;
  namespace: string;
  /** Object name; for DNS, the record's name. */
  name: string;
  /** DNS record type. */
  type?: 'A' | 'AAAA' | 'SRV';
  /** DNS record data: `address of web-0` or the SRV target `80 web-0.nginx.default.svc.cluster.local.`. */
  value?: string;
  statefulSet: string;
  ordinal?: number;
  /** controller-revision-hash of the pod created or deleted. */
  revision?: string;
  reason: string;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface FieldChange {
  /** `spec.volumeClaimTemplates[0].spec.resources.requests.storage` */
  field: string;
  from: unknown;
  to: unknown;
  location?: SourceLocation;
}

export interface Rejection {
  /** The API server's message. */
  reason: string;
  fields: FieldChange[];
  /** What to do instead, as commands in order. */
  route: string[];
}

export type ObjectChange = 'create' | 'update' | 'delete' | 'unchanged' | 'rejected';

export interface Counts {
  podsCreated: number;
  podsDeleted: number;
  /** Pods deleted and created again with the same name (updates, failed pods). */
  podsReplaced: number;
  pvcsCreated: number;
  pvcsDeleted: number;
  pvcsRetained: number;
  dnsAdded: number;
  dnsRemoved: number;
}

export interface StatefulSetPlan {
  namespace: string;
  name: string;
  change: ObjectChange;
  /** One line per change: `replicas 2 → 5`, `pod template: new revision web-54fc89dbbd`. */
  changes: string[];
  location?: SourceLocation;
  podManagementPolicy: string;
  updateStrategy: string;
  replicas: { from: number | null; to: number | null };
  ordinals: { from: number[]; to: number[] };
  revision: { current: string | null; update: string | null; created: boolean; rolledBack: boolean };
  /** The governing Service and whether it gives pods DNS names. */
  service: { name: string; dns: boolean; why?: string };
  counts: Counts;
  rejection?: Rejection;
  /** Unified diff of the object between the current and the desired state. */
  diff?: string;
}

export interface ServicePlan {
  namespace: string;
  name: string;
  change: ObjectChange;
  changes: string[];
  headless: { from: boolean | null; to: boolean | null };
  location?: SourceLocation;
  rejection?: Rejection;
  diff?: string;
}

export interface Blocked {
  namespace: string;
  statefulSet: string;
  /** The pod the rollout waits for (or the PVC-less slot it cannot fill). */
  pod: string | null;
  ordinal: number | null;
  reason: string;
  /** Pods that are never created. */
  notCreated: string[];
  /** Pods that stay at an older revision. */
  notUpdated: string[];
  /** Pods that should go but stay. */
  notDeleted: string[];
  location?: SourceLocation;
}

export interface PlanWarning {
  namespace?: string;
  statefulSet?: string;
  message: string;
  location?: SourceLocation;
}

export interface Plan {
  formatVersion: 1;
  kubeVersion: string;
  featureGates: Record<string, boolean>;
  clusterDomain: string;
  /** True when anything would change (terraform's "changes present"). */
  changed: boolean;
  /** True when nothing is rejected and no rollout gets stuck. */
  ok: boolean;
  summary: Counts & { rejected: number; blocked: number; text: string };
  statefulSets: StatefulSetPlan[];
  services: ServicePlan[];
  events: PlanEvent[];
  warnings: PlanWarning[];
  blocked: Blocked[];
  /** Inputs that could not be read or parsed. */
  inputErrors: InputError[];
}
