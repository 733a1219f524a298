/**
 * The plan: the one data structure the planner computes. The text, Markdown and JSON renderers
 * only project it; order, counts and summaries are decided here. `formatVersion` changes when a
 * field changes meaning or disappears; new fields may be added within a version.
 */
import type { InputError } from '../types.js';
export type EventKind = 'PersistentVolumeClaim' | 'Pod' | 'DNSRecord';
/**
 * `running`: the pod is scheduled, its containers started and it has an IP (before it is Ready);
 * `update` (PVC): the controller rewrites the claim's ownerReferences (retention policy).
 * Both were added within formatVersion 1 (additive: no existing action changed meaning).
 */
export type EventAction = 'create' | 'delete' | 'bind' | 'pending' | 'running' | 'ready' | 'update' | 'retain' | 'add' | 'remove';
/**
 * Why an event happens, as a stable code (Kubernetes' CamelCase reason style); `reason` says the
 * same in words with the names filled in, and its wording may improve. Added within formatVersion 1.
 * - Pod `create`: `MissingReplica` (an ordinal in range has no pod: creation, scale-up, a pod gone
 *   from a snapshot), `Replacement` (created again after the controller deleted it in this plan: a
 *   rolling update, a Failed or Succeeded pod);
 * - Pod `delete`: `ScaleDown`, `RollingUpdate`, `PodFailed` (phase Failed or Succeeded),
 *   `StatefulSetDeleted` (the garbage collector deletes the pods of a deleted set);
 * - Pod `running`: `Started`; `ready`: `Ready`; `pending`: `ClaimNeverBound`, `ZoneConflict`;
 * - PVC `create`: `ClaimTemplate` (with its pod), `ClaimMissing` (created again while its pod is
 *   Pending); `bind`: `Provisioned` (Immediate), `ProvisionedOnSchedule` (WaitForFirstConsumer);
 *   `pending`: `NeverBound`; `update`: `OwnedByPod` (whenScaled: Delete); `retain`:
 *   `RetainedOnScaleDown`, `RetainedOnDelete`; `delete`: `GarbageCollected`, `DeletionFinished` (a
 *   claim that was being deleted goes once its pod is gone);
 * - DNS `add`: `PodReady`, `PodRunningNotReady` (publishNotReadyAddresses), `ServiceChanged`;
 *   `remove`: `PodGone`, `PodTerminating`, `PodNotReady`, `ServiceChanged`.
 */
export type EventCode = 'MissingReplica' | 'Replacement' | 'ScaleDown' | 'RollingUpdate' | 'PodFailed' | 'StatefulSetDeleted' | 'Started' | 'Ready' | 'ClaimNeverBound' | 'ZoneConflict' | 'ClaimTemplate' | 'ClaimMissing' | 'Provisioned' | 'ProvisionedOnSchedule' | 'NeverBound' | 'OwnedByPod' | 'RetainedOnScaleDown' | 'RetainedOnDelete' | 'GarbageCollected' | 'DeletionFinished' | 'PodReady' | 'PodRunningNotReady' | 'ServiceChanged' | 'PodGone' | 'PodTerminating' | 'PodNotReady';
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
    /** DNS record type (PTR: the reverse record of a pod's address, added within formatVersion 1). */
    type?: 'A' | 'AAAA' | 'SRV' | 'PTR';
    /**
     * DNS record data: `address of web-0`, the SRV target `80 web-0.nginx.default.svc.cluster.local.`
     * or the PTR target `web-0.nginx.default.svc.cluster.local.`.
     */
    value?: string;
    statefulSet: string;
    ordinal?: number;
    /** controller-revision-hash of the pod created or deleted. */
    revision?: string;
    /** Why, as a stable code (see EventCode). */
    code: EventCode;
    /** Why, in words. */
    reason: string;
}
export interface SourceLocation {
    file: string;
    line: number;
    column: number;
    /**
     * For a document of `helm template` output: the template it was rendered from, as its
     * `# Source:` comment names it (untrusted text); line and column stay those of `file`.
     */
    template?: string;
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
    replicas: {
        from: number | null;
        to: number | null;
    };
    /**
     * The ordinals before and after: at most 1,000 of each (the first ones); all of them are
     * `from[0]` … `from[0] + replicas.from - 1` (and the same for `to`).
     */
    ordinals: {
        from: number[];
        to: number[];
    };
    revision: {
        current: string | null;
        update: string | null;
        created: boolean;
        rolledBack: boolean;
    };
    /**
     * The governing Service and whether it gives pods DNS names. `timing` is set when the plan
     * publishes the DNS records of pods it starts and the Service sets publishNotReadyAddresses or
     * the containers name their peers (`web-1.nginx`, `$(POD_NAME).nginx`): when each pod's own name
     * (`web-0.nginx.default.svc.cluster.local`) appears, `running` (the Service sets
     * publishNotReadyAddresses: as soon as the pod has an IP, before it is Ready; the plan shows it with the pod's `running` event) or
     * `ready` (only once the pod is Ready), and `note` says so in words. Added within formatVersion 1.
     */
    service: {
        name: string;
        dns: boolean;
        why?: string;
        timing?: {
            appear: 'running' | 'ready';
            note: string;
        };
    };
    counts: Counts;
    rejection?: Rejection;
    /** Unified diff of the object between the current and the desired state. */
    diff?: string;
    /** Set when the planner cannot plan this set's pods: why. Nothing of the set is in the events then. */
    unplanned?: string;
    /** What deleting or scaling down the set does to its PVCs and disks (only then). Added within formatVersion 1. */
    dataFate?: DataFate;
}
export interface ServicePlan {
    namespace: string;
    name: string;
    change: ObjectChange;
    changes: string[];
    headless: {
        from: boolean | null;
        to: boolean | null;
    };
    location?: SourceLocation;
    rejection?: Rejection;
    diff?: string;
}
/** A standalone PersistentVolumeClaim whose update the API server rejects (only such claims are listed). */
export interface ClaimPlan {
    namespace: string;
    name: string;
    change: 'rejected';
    location?: SourceLocation;
    rejection: Rejection;
}
export interface Blocked {
    namespace: string;
    statefulSet: string;
    /** The pod the rollout waits for (or the PVC-less slot it cannot fill). */
    pod: string | null;
    ordinal: number | null;
    reason: string;
    /** Pods that are never created (at most 1,000: see notCreatedCount). */
    notCreated: string[];
    /** Pods that stay at an older revision (at most 1,000: see notUpdatedCount). */
    notUpdated: string[];
    /** Pods that should go but stay (at most 1,000: see notDeletedCount). */
    notDeleted: string[];
    /** Set when notCreated names only the first 1,000 pods: how many there are. */
    notCreatedCount?: number;
    notUpdatedCount?: number;
    notDeletedCount?: number;
    location?: SourceLocation;
    /**
     * Pods of a cluster snapshot that are not Ready at an older revision and that the controller
     * never replaces (the forced-rollback trap, kubernetes/kubernetes#67250): each with the command
     * that lets the rollout go on (at most 1,000: see stuckPodsCount). Added within formatVersion 1.
     */
    stuckPods?: StuckPod[];
    stuckPodsCount?: number;
}
/** A snapshot pod stuck at an older revision that the rolling update does not replace. */
export interface StuckPod {
    pod: string;
    ordinal: number;
    /** Its controller-revision-hash. */
    revision: string;
    /** The revision the rolling update moves pods to. */
    updateRevision: string;
    /** What the snapshot says of it: `Pending`, `Running, not Ready`, with the waiting containers' reasons (`container app: ImagePullBackOff`). */
    status: string;
    /** Why the controller does not replace it. */
    why: string;
    /** What unblocks it: `kubectl delete pod -n NS NAME` (the controller then creates it again at updateRevision). */
    command: string;
}
/**
 * What deleting or scaling down a StatefulSet does to its data: the PVCs deleted and kept, and the
 * disks behind the deleted ones (the reclaimPolicy of their PersistentVolume or StorageClass).
 * Added within formatVersion 1.
 */
export interface DataFate {
    /** `delete`: the set is deleted; `scale-down`: ordinals leave the set. */
    operation: 'delete' | 'scale-down';
    /** `deleting web deletes PVCs www-web-{0..2} and their disks (class fast-ssd: reclaimPolicy Delete)`. */
    sentence: string;
    /** The PVCs deleted (whenDeleted/whenScaled: Delete, or owned by the set or its pods in a snapshot), at most 1,000. */
    deleted: string[];
    /** The PVCs kept, at most 1,000. */
    kept: string[];
    deletedCount: number;
    keptCount: number;
    /** The disks of the deleted PVCs: `deleted`, `kept` (reclaimPolicy Retain), `unknown`, or `mixed`; absent when no PVC is deleted. */
    disks?: 'deleted' | 'kept' | 'unknown' | 'mixed';
}
/**
 * The same events happening for ordinal after ordinal (a scale-up, a rolling update, a scale-down
 * of a huge set), planned and reported once: repetition k is the block with the ordinal moved by
 * `k * ordinals.step` and the steps by `k * stride`. Only plans of huge sets have runs (stretches of
 * more than 1,000 ordinals that start out alike); their events are not in `Plan.events`.
 */
export interface PlanRun {
    namespace: string;
    statefulSet: string;
    /** seq of the run's first event; the others follow it (with other StatefulSets' events of the same steps in between). */
    seq: number;
    /**
     * The first repetition: its events as they happen (seq, step, names of ordinals.first), each with
     * its name, value and reason for any repetition, `{N}` standing for the repetition's ordinal.
     */
    block: {
        event: PlanEvent;
        name: string;
        value?: string;
        reason: string;
    }[];
    /** Repetitions: one per ordinal. */
    count: number;
    /** The ordinals of the first and the last repetition; step +1 ascending, -1 descending. */
    ordinals: {
        first: number;
        last: number;
        step: 1 | -1;
    };
    /** Steps from one repetition to the next (0: all in the same steps). */
    stride: number;
    steps: {
        first: number;
        last: number;
    };
    /** Events in all: block.length × count. */
    events: number;
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
    summary: Counts & {
        rejected: number;
        blocked: number;
        text: string;
    };
    statefulSets: StatefulSetPlan[];
    services: ServicePlan[];
    /** Standalone PVCs whose update is rejected (immutable spec, shrink, resize the class does not allow); absent when none. */
    claims?: ClaimPlan[];
    /** Every event, except those of runs (then `runs` is set). */
    events: PlanEvent[];
    /** Runs of the same events for ordinal after ordinal, when a plan has them (huge sets). */
    runs?: PlanRun[];
    warnings: PlanWarning[];
    blocked: Blocked[];
    /** Inputs that could not be read or parsed. */
    inputErrors: InputError[];
}
