/**
 * Reading a cluster snapshot (`--state`, `kubectl get … -o yaml`). Its objects are untrusted input
 * like any manifest: every field the planner reads from a pod is checked for its shape here, a
 * malformed one is reported where it is and read as if it were not set, and the pod is planned
 * with the rest. (StatefulSets, PVCs and Services are checked by their schemas when loaded.)
 */
import type { Resource } from '../resource.js';
import { locate } from '../load/locate.js';
import { describe } from '../text/describe.js';
import { pathText, setOwn, type InputError, type Path } from '../types.js';
import { isRecord, MAX_INT32 } from '../k8s/objects.js';
import type { Labels } from '../k8s/selector.js';


/**
 * The ordinal in a name `<prefix>-<digits>`, or null when the name is not of that form or its
 * digits do not parse as an int32: the controller ignores such a pod (spec §3: "Pods with an
 * unparsable ordinal are ignored"); for PVCs the controller only ever asks for the names of
 * int32 ordinals, so a claim whose number is larger is never one of the set's.
 */
export function ordinalAfter(name: string, prefix: string): number | null {
  if (name.length <= prefix.length + 1 || !name.startsWith(prefix) || name.charCodeAt(prefix.length) !== 45 /* - */) return null;
  let n = 0;
  for (let i = prefix.length + 1; i < name.length; i++) {
    const c = name.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
    // getParentNameAndOrdinal parses the ordinal as an int32.
    if (n > MAX_INT32) return null;
  }
  return n;
}

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
export function snapshotNodes(nodes: Resource[]): Map<string, SnapshotNode> | null {
  if (nodes.length === 0) return null;
  const out = new Map<string, SnapshotNode>();
  for (const r of nodes) {
    const o = r.object as Record<string, unknown>;
    const status = isRecord(o.status) ? o.status : {};
    const spec = isRecord(o.spec) ? o.spec : {};
    let ready: string | undefined;
    for (const c of Array.isArray(status.conditions) ? status.conditions : []) if (isRecord(c) && c.type === 'Ready' && typeof c.status === 'string') ready = c.status;
    const outOfService = (Array.isArray(spec.taints) ? spec.taints : []).some((t) => isRecord(t) && t.key === 'node.kubernetes.io/out-of-service');
    out.set(r.name, { ready, outOfService });
  }
  return out;
}

type Reporter = (path: Path, expected: string, value: unknown) => void;

function stringField(o: Record<string, unknown>, key: string, path: Path, report: Reporter): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  report([...path, key], 'a string', v);
  return undefined;
}

/** A list at `path`, or [] (reported when something else is there). */
function listField(o: Record<string, unknown>, key: string, path: Path, report: Reporter): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  report([...path, key], 'a list', v);
  return [];
}

function mapField(o: Record<string, unknown>, key: string, path: Path, report: Reporter): Record<string, unknown> {
  const v = o[key];
  if (v === undefined || v === null) return {};
  if (isRecord(v)) return v;
  report([...path, key], 'a map', v);
  return {};
}

/** Reads a snapshot pod; malformed fields go to `errors` as positioned input errors. */
export function readSnapshotPod(r: Resource, errors: InputError[]): SnapshotPod {
  const report: Reporter = (path, expected, value) => {
    const { range } = locate(r, path);
    errors.push({ ruleId: 'input', severity: 'error', file: r.file.path, range, message: `Pod ${r.name}: ${pathText(path)}: expected ${expected}, got ${describe(value)}; the plan reads the pod as if it were not set` });
  };
  const object = r.object as Record<string, unknown>;
  const meta = mapField(object, 'metadata', [], report);
  const labels: Labels = {};
  for (const [k, v] of Object.entries(mapField(meta, 'labels', ['metadata'], report))) {
    if (typeof v === 'string') setOwn(labels, k, v);
    else if (v !== null) report(['metadata', 'labels', k], 'a string', v);
  }
  const uid = stringField(meta, 'uid', ['metadata'], report) ?? '';
  const owners: OwnerRef[] = [];
  listField(meta, 'ownerReferences', ['metadata'], report).forEach((ref, i) => {
    const path = ['metadata', 'ownerReferences', i];
    if (!isRecord(ref)) return report(path, 'an owner reference (a map)', ref);
    const before = errors.length;
    const owner = { kind: stringField(ref, 'kind', path, report), name: stringField(ref, 'name', path, report), uid: stringField(ref, 'uid', path, report) };
    if (errors.length === before) owners.push(owner);
  });
  const deletion = meta.deletionTimestamp;
  const terminating = deletion !== undefined && deletion !== null && (typeof deletion === 'string' || (report(['metadata', 'deletionTimestamp'], 'a timestamp string', deletion), false));
  const status = mapField(object, 'status', [], report);
  const phase = stringField(status, 'phase', ['status'], report);
  let ready = false;
  const why: string[] = [];
  listField(status, 'conditions', ['status'], report).forEach((c, i) => {
    const path = ['status', 'conditions', i];
    if (!isRecord(c)) return report(path, 'a condition (a map)', c);
    const type = stringField(c, 'type', path, report);
    const value = stringField(c, 'status', path, report);
    if (type === 'Ready' && value === 'True') ready = true;
    if (type === 'PodScheduled' && value === 'False') why.push(`not scheduled: ${stringField(c, 'reason', path, report) ?? 'no reason given'}`);
  });
  const waiting: string[] = [];
  for (const [key, label] of [['initContainerStatuses', 'init container'], ['containerStatuses', 'container']] as const) {
    listField(status, key, ['status'], report).forEach((c, i) => {
      const path = ['status', key, i];
      if (!isRecord(c)) return report(path, 'a container status (a map)', c);
      const name = stringField(c, 'name', path, report) ?? '?';
      const state = mapField(c, 'state', path, report);
      const w = mapField(state, 'waiting', [...path, 'state'], report);
      const reason = stringField(w, 'reason', [...path, 'state', 'waiting'], report);
      if (reason !== undefined && reason !== '') waiting.push(`${label} ${name}: ${reason}`);
    });
  }
  why.unshift(...waiting);
  const spec = mapField(object, 'spec', [], report);
  const nodeName = stringField(spec, 'nodeName', ['spec'], report);
  return { resource: r, name: r.name, uid, labels, owners, terminating, phase, ready, nodeName, why };
}
