/**
 * The API server's validation rules that a JSON Schema cannot express
 * (pkg/apis/apps/validation, pkg/apis/core/validation, pkg/apis/storage/validation,
 * pkg/apis/policy/validation; spec/validation-rules.md). Each function returns problems with the
 * path inside the object and the message in the API's `field: Type: detail` form.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim, Service } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Path } from '../types.js';
import { fieldName } from '../schema.js';
import { dns1035Label, dns1123Label, dns1123Subdomain, ianaServiceName, labelValue, portNumber, qualifiedName } from './names.js';
import { isRecord, records } from './objects.js';
import { parseQuantity } from './quantity.js';

export interface Problem {
  path: Path;
  message: string;
  hint?: string;
  key?: boolean;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));

export const invalid = (path: Path, value: unknown, detail: string, hint?: string): Problem => ({
  path,
  message: `${fieldName(path)}: Invalid value: ${show(value)}: ${detail}`,
  ...(hint ? { hint } : {}),
});
export const required = (path: Path, detail?: string, at?: Path): Problem => ({
  path: at ?? path.slice(0, -1),
  key: true,
  message: `${fieldName(path)}: Required value${detail ? `: ${detail}` : ''}`,
});
export const unsupported = (path: Path, value: unknown, supported: string[]): Problem => ({
  path,
  message: `${fieldName(path)}: Unsupported value: ${show(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
});
export const forbidden = (path: Path, detail: string, hint?: string): Problem => ({ path, message: `${fieldName(path)}: Forbidden: ${detail}`, ...(hint ? { hint } : {}) });
export const duplicate = (path: Path, value: unknown): Problem => ({ path, message: `${fieldName(path)}: Duplicate value: ${show(value)}` });

export function names(path: Path, value: string, check: (v: string) => string[]): Problem[] {
  return check(value).map((e) => invalid(path, value, e));
}

function nonNegative(path: Path, v: unknown): Problem[] {
  return typeof v === 'number' && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : [];
}

/** metav1validation.ValidateLabelSelector. */
export function labelSelector(sel: LabelSelector | undefined, path: Path): Problem[] {
  if (!sel) return [];
  const out: Problem[] = [];
  for (const [k, v] of Object.entries(isRecord(sel.matchLabels) ? sel.matchLabels : {})) {
    out.push(...qualifiedName(k).map((e) => invalid([...path, 'matchLabels', k], k, e)));
    if (typeof v === 'string') out.push(...labelValue(v).map((e) => invalid([...path, 'matchLabels', k], v, e)));
  }
  for (const [req, i] of records(sel.matchExpressions)) {
    const p = [...path, 'matchExpressions', i];
    const values = Array.isArray(req.values) ? req.values : [];
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) out.push(required([...p, 'values'], 'must be specified when `operator` is \'In\' or \'NotIn\'', p));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) out.push(forbidden([...p, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        if (typeof req.operator === 'string') out.push(invalid([...p, 'operator'], req.operator, 'not a valid selector operator'));
    }
    if (typeof req.key === 'string') out.push(...qualifiedName(req.key).map((e) => invalid([...p, 'key'], req.key, e)));
  }
  return out;
}

function labelsAndAnnotations(meta: unknown, path: Path): Problem[] {
  if (!isRecord(meta)) return [];
  const out: Problem[] = [];
  if (isRecord(meta.labels)) {
    for (const [k, v] of Object.entries(meta.labels)) {
      out.push(...qualifiedName(k).map((e) => ({ ...invalid([...path, 'labels', k], k, e), key: true })));
      if (typeof v === 'string') out.push(...labelValue(v).map((e) => invalid([...path, 'labels', k], v, e)));
    }
  }
  if (isRecord(meta.annotations)) {
    let total = 0;
    for (const [k, v] of Object.entries(meta.annotations)) {
      out.push(...qualifiedName(k.toLowerCase()).map((e) => ({ ...invalid([...path, 'annotations', k], k, e), key: true })));
      total += k.length + (typeof v === 'string' ? v.length : 0);
    }
    if (total > 256 * 1024) out.push({ path: [...path, 'annotations'], key: true, message: `${fieldName([...path, 'annotations'])}: Too long: must have at most 262144 bytes` });
  }
  return out;
}

/** Object metadata: the name grammar of the kind, namespace, labels and annotations. */
export function objectMeta(kind: string, object: { metadata?: unknown }): Problem[] {
  const meta = object.metadata;
  const out: Problem[] = [];
  if (!isRecord(meta)) return [{ path: [], key: false, message: 'metadata.name: Required value: name or generateName is required' }];
  const name = meta.name;
  if (typeof name !== 'string' || name === '') {
    if (typeof meta.generateName !== 'string' || meta.generateName === '') out.push(required(['metadata', 'name'], 'name or generateName is required', ['metadata']));
  } else {
    const grammar = kind === 'Service' ? dns1035Label : kind === 'StatefulSet' ? dns1123Label : dns1123Subdomain;
    out.push(...names(['metadata', 'name'], name, grammar));
  }
  if (typeof meta.namespace === 'string' && meta.namespace !== '') out.push(...names(['metadata', 'namespace'], meta.namespace, dns1123Label));
  out.push(...labelsAndAnnotations(meta, ['metadata']));
  return out;
}

function intOrPercent(path: Path, v: unknown, allowZero: boolean): Problem[] {
  if (v === undefined) return [];
  if (typeof v === 'number') {
    if (v < 0) return [invalid(path, v, 'must be greater than or equal to 0')];
    if (!allowZero && v === 0) return [invalid(path, v, 'cannot be 0')];
    return [];
  }
  if (typeof v === 'string') {
    const m = /^(\d+)%$/.exec(v);
    if (!m) return [invalid(path, v, "must be an integer or percentage (e.g '5%', or '5')")];
    const n = Number(m[1]);
    if (n > 100) return [invalid(path, v, 'must not be greater than 100%')];
    if (!allowZero && n === 0) return [invalid(path, v, 'cannot be 0')];
  }
  return [];
}

/** ValidateStatefulSetSpec. */
export function statefulSetSpec(sts: StatefulSet, minor: number): Problem[] {
  const spec = sts.spec;
  if (!spec) return [required(['spec'], undefined, [])];
  const out: Problem[] = [];
  const pmp = spec.podManagementPolicy;
  if (pmp !== undefined && pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    out.push(invalid(['spec', 'podManagementPolicy'], pmp, "must be 'OrderedReady' or 'Parallel'"));
  }
  const us = spec.updateStrategy;
  if (us) {
    const type = us.type ?? 'RollingUpdate';
    if (type !== 'RollingUpdate' && type !== 'OnDelete') out.push(invalid(['spec', 'updateStrategy', 'type'], type, "must be 'RollingUpdate' or 'OnDelete'"));
    if (type === 'OnDelete' && us.rollingUpdate !== undefined) {
      out.push(invalid(['spec', 'updateStrategy', 'rollingUpdate'], 'OnDelete', "only allowed for updateStrategy 'RollingUpdate'", 'remove rollingUpdate, or use type: RollingUpdate'));
    }
    const ru = us.rollingUpdate;
    if (ru) {
      out.push(...nonNegative(['spec', 'updateStrategy', 'rollingUpdate', 'partition'], ru.partition));
      out.push(...intOrPercent(['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'], ru.maxUnavailable, false));
    }
  }
  const policy = spec.persistentVolumeClaimRetentionPolicy;
  if (policy) {
    for (const f of ['whenDeleted', 'whenScaled'] as const) {
      const v = policy[f];
      if (v !== undefined && v !== 'Retain' && v !== 'Delete') out.push(unsupported(['spec', 'persistentVolumeClaimRetentionPolicy', f], v, ['Retain', 'Delete']));
    }
  }
  out.push(...nonNegative(['spec', 'replicas'], spec.replicas));
  out.push(...nonNegative(['spec', 'minReadySeconds'], spec.minReadySeconds));
  out.push(...nonNegative(['spec', 'ordinals', 'start'], spec.ordinals?.start));
  // A missing selector is the schema's `spec.selector: Required value`.
  if (spec.selector) {
    const ml = isRecord(spec.selector.matchLabels) ? Object.keys(spec.selector.matchLabels).length : 0;
    const me = Array.isArray(spec.selector.matchExpressions) ? spec.selector.matchExpressions.length : 0;
    if (ml + me === 0) out.push(invalid(['spec', 'selector'], spec.selector, 'empty selector is invalid for statefulset', 'add matchLabels that the pod template labels carry'));
    out.push(...labelSelector(spec.selector, ['spec', 'selector']));
  }
  const tspec = spec.template?.spec;
  if (tspec) {
    const rp = tspec.restartPolicy;
    if (rp !== undefined && rp !== 'Always') out.push(unsupported(['spec', 'template', 'spec', 'restartPolicy'], rp, ['Always']));
    if (tspec.activeDeadlineSeconds !== undefined) out.push(forbidden(['spec', 'template', 'spec', 'activeDeadlineSeconds'], 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  if (minor >= 33 && typeof spec.serviceName === 'string' && spec.serviceName !== '') {
    out.push(...names(['spec', 'serviceName'], spec.serviceName, dns1123Label));
  }
  return out;
}

/** ValidateService (the parts a schema cannot express). */
export function serviceSpec(svc: Service): Problem[] {
  const spec = svc.spec ?? {};
  const out: Problem[] = [];
  const type = spec.type ?? 'ClusterIP';
  const types = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
  if (!types.includes(type)) out.push(unsupported(['spec', 'type'], type, types));
  const headless = spec.clusterIP === 'None' || (Array.isArray(spec.clusterIPs) && spec.clusterIPs[0] === 'None');
  const ports = records(spec.ports);
  if (type === 'ExternalName') {
    if (spec.clusterIP !== undefined && spec.clusterIP !== '') out.push(forbidden(['spec', 'clusterIP'], 'may not be set for ExternalName services'));
    if (typeof spec.externalName !== 'string' || spec.externalName === '') out.push(required(['spec', 'externalName'], undefined, ['spec']));
  } else if (!headless && ports.length === 0) {
    out.push(required(['spec', 'ports'], undefined, ['spec']));
  }
  if (headless && (type === 'LoadBalancer' || type === 'NodePort')) {
    out.push(invalid(['spec', 'clusterIP'], 'None', `may not be set to 'None' for ${type} services`));
  }
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIP !== 'None' && !isIP(spec.clusterIP)) {
    out.push(invalid(['spec', 'clusterIP'], spec.clusterIP, "must be empty, 'None', or a valid IP address"));
  }
  if (Array.isArray(spec.clusterIPs)) {
    if (spec.clusterIPs.includes('None') && spec.clusterIPs.length > 1) out.push(invalid(['spec', 'clusterIPs'], spec.clusterIPs, "'None' must be the first and only value"));
    if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIPs.length > 0 && spec.clusterIPs[0] !== spec.clusterIP) {
      out.push(invalid(['spec', 'clusterIPs'], spec.clusterIPs, 'first value must match `clusterIP`'));
    }
  }
  const seenNames = new Map<string, number>();
  const seenPorts = new Set<string>();
  for (const [p, i] of ports) {
    const base = ['spec', 'ports', i];
    if (ports.length > 1 && (typeof p.name !== 'string' || p.name === '')) out.push(required([...base, 'name'], undefined, base));
    if (typeof p.name === 'string' && p.name !== '') {
      out.push(...names([...base, 'name'], p.name, dns1123Label));
      if (seenNames.has(p.name)) out.push(duplicate([...base, 'name'], p.name));
      seenNames.set(p.name, i);
    }
    if (typeof p.port === 'number') out.push(...portNumber(p.port).map((e) => invalid([...base, 'port'], p.port, e)));
    const proto = p.protocol ?? 'TCP';
    if (!['TCP', 'UDP', 'SCTP'].includes(proto)) out.push(unsupported([...base, 'protocol'], proto, ['SCTP', 'TCP', 'UDP']));
    const key = `${proto}/${p.port}`;
    if (typeof p.port === 'number' && seenPorts.has(key)) out.push({ path: base, message: `${fieldName(base)}: Duplicate value: ${JSON.stringify({ port: p.port, protocol: proto })}` });
    seenPorts.add(key);
    const tp = p.targetPort;
    if (typeof tp === 'number') out.push(...portNumber(tp).map((e) => invalid([...base, 'targetPort'], tp, e)));
    else if (typeof tp === 'string') out.push(...ianaServiceName(tp).map((e) => invalid([...base, 'targetPort'], tp, e)));
    if (p.nodePort !== undefined && type === 'ClusterIP') out.push(forbidden([...base, 'nodePort'], "may not be used when `type` is 'ClusterIP'"));
  }
  return out;
}

function isIP(v: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(v)) return v.split('.').every((o) => Number(o) <= 255 && !(o.length > 1 && o.startsWith('0')));
  return /^[0-9a-fA-F:]+$/.test(v) && v.includes(':');
}

/** ValidatePersistentVolumeClaimSpec (access modes are the access-mode-invalid rule). */
export function claimSpec(claim: PersistentVolumeClaim, base: Path): Problem[] {
  const spec = claim.spec;
  const out: Problem[] = [];
  if (!spec) return [required([...base, 'spec'], undefined, base)];
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) {
    out.push({ ...required([...base, 'spec', 'resources', 'requests', 'storage'], undefined, [...base, 'spec']), message: `${fieldName([...base, 'spec', 'resources'])}[storage]: Required value` });
  } else {
    const q = parseQuantity(storage);
    if (q !== undefined && q <= 0) out.push(invalid([...base, 'spec', 'resources', 'requests', 'storage'], storage, 'must be greater than zero'));
  }
  if (typeof spec.storageClassName === 'string' && spec.storageClassName !== '') out.push(...names([...base, 'spec', 'storageClassName'], spec.storageClassName, dns1123Subdomain));
  if (spec.volumeMode !== undefined && spec.volumeMode !== 'Filesystem' && spec.volumeMode !== 'Block') out.push(unsupported([...base, 'spec', 'volumeMode'], spec.volumeMode, ['Block', 'Filesystem']));
  for (const f of ['dataSource', 'dataSourceRef'] as const) {
    const ds = spec[f];
    if (!ds) continue;
    if (!ds.name) out.push(required([...base, 'spec', f, 'name'], undefined, [...base, 'spec', f]));
    if (!ds.kind) out.push(required([...base, 'spec', f, 'kind'], undefined, [...base, 'spec', f]));
  }
  out.push(...labelSelector(spec.selector, [...base, 'spec', 'selector']));
  return out;
}

/** ValidateStorageClass. */
export function storageClass(sc: StorageClass): Problem[] {
  const out: Problem[] = [];
  if (typeof sc.provisioner !== 'string' || sc.provisioner === '') out.push(required(['provisioner'], undefined, []));
  else out.push(...names(['provisioner'], sc.provisioner, (v) => qualifiedName(v.toLowerCase())));
  if (sc.reclaimPolicy !== undefined && sc.reclaimPolicy !== 'Delete' && sc.reclaimPolicy !== 'Retain') out.push(unsupported(['reclaimPolicy'], sc.reclaimPolicy, ['Delete', 'Retain']));
  if (sc.volumeBindingMode !== undefined && sc.volumeBindingMode !== 'Immediate' && sc.volumeBindingMode !== 'WaitForFirstConsumer') {
    out.push(unsupported(['volumeBindingMode'], sc.volumeBindingMode, ['Immediate', 'WaitForFirstConsumer']));
  }
  if (isRecord(sc.parameters)) {
    const entries = Object.entries(sc.parameters);
    if (entries.length > 512) out.push({ path: ['parameters'], key: true, message: `parameters: Too long: ${entries.length}: Provisioner Parameters exceeded max allowed (512 entries)` });
    let bytes = 0;
    for (const [k, v] of entries) {
      if (k === '') out.push(invalid(['parameters'], '', 'field can not be empty.'));
      bytes += k.length + (typeof v === 'string' ? v.length : 0);
    }
    if (bytes > 256 * 1024) out.push({ path: ['parameters'], key: true, message: 'parameters: Too long: Provisioner Parameters exceeded max allowed (256 KiB)' });
  }
  const seen = new Set<string>();
  for (const [term, i] of records(sc.allowedTopologies)) {
    const exprs = records(term.matchLabelExpressions);
    if (exprs.length === 0) out.push(required(['allowedTopologies', i, 'matchLabelExpressions'], 'must have at least one label selector requirement', ['allowedTopologies', i]));
    for (const [e, j] of exprs) {
      const p = ['allowedTopologies', i, 'matchLabelExpressions', j];
      if (!e.key) out.push(required([...p, 'key'], undefined, p));
      if (!Array.isArray(e.values) || e.values.length === 0) out.push(required([...p, 'values'], 'must specify as least one value', p));
    }
    const key = JSON.stringify(term);
    if (seen.has(key)) out.push(duplicate(['allowedTopologies', i], term));
    seen.add(key);
  }
  return out;
}

/** ValidatePodDisruptionBudgetSpec. */
export function pdbSpec(pdb: PodDisruptionBudget): Problem[] {
  const spec = pdb.spec;
  if (!spec) return [];
  const out: Problem[] = [];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    out.push(invalid(['spec', 'maxUnavailable'], spec.maxUnavailable, 'minAvailable and maxUnavailable cannot be both set', 'keep one of minAvailable and maxUnavailable'));
  }
  out.push(...intOrPercent(['spec', 'minAvailable'], spec.minAvailable, true));
  out.push(...intOrPercent(['spec', 'maxUnavailable'], spec.maxUnavailable, true));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== 'IfHealthyBudget' && policy !== 'AlwaysAllow') out.push(unsupported(['spec', 'unhealthyPodEvictionPolicy'], policy, ['AlwaysAllow', 'IfHealthyBudget']));
  out.push(...labelSelector(spec.selector, ['spec', 'selector']));
  return out;
}

export { labelsAndAnnotations };
