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
import { fieldName } from './values.js';
import { dns1035Label, dns1123Label, dns1123Subdomain, ianaServiceName, labelValue, portNumber, qualifiedName } from './names.js';
import { enumMessage, enumProblems, type EnumScope } from './enums.js';
import { ipFamilyOf, isValidCIDR, specialIPProblems, type IPFamily } from './ip.js';
import { externallyAccessible, isRecord, records } from './objects.js';
import { parseQuantity } from './quantity.js';
import { fieldError, show } from './values.js';

export interface Problem {
  path: Path;
  message: string;
  hint?: string;
  key?: boolean;
}


export const invalid = (path: Path, value: unknown, detail: string, hint?: string): Problem => ({
  path,
  message: fieldError.invalid(fieldName(path), value, detail),
  ...(hint ? { hint } : {}),
});
export const required = (path: Path, detail?: string, at?: Path): Problem => ({
  path: at ?? path.slice(0, -1),
  key: true,
  message: fieldError.required(fieldName(path), detail),
});
export const forbidden = (path: Path, detail: string, hint?: string): Problem => ({ path, message: fieldError.forbidden(fieldName(path), detail), ...(hint ? { hint } : {}) });
export const duplicate = (path: Path, value: unknown): Problem => ({ path, message: fieldError.duplicate(fieldName(path), value) });

export function names(path: Path, value: string, check: (v: string) => string[]): Problem[] {
  return check(value).map((e) => invalid(path, value, e));
}

/** The enumerated fields of the table (enums.ts) that `object` gets wrong on `minor`. */
export function enumChecks(scope: EnumScope, object: unknown, base: Path, minor: number): Problem[] {
  return enumProblems(scope, object, base, minor).map((p) => ({ path: p.path, message: enumMessage(p, fieldName(p.parent?.path ?? p.path)) }));
}

function nonNegative(path: Path, v: unknown): Problem[] {
  return typeof v === 'number' && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : [];
}

/** metav1validation.ValidateLabelSelector. */
export function labelSelector(sel: LabelSelector | undefined, path: Path): Problem[] {
  if (!sel) return [];
  const out: Problem[] = labelMap(sel.matchLabels, [...path, 'matchLabels']);
  for (const [req, i] of records(sel.matchExpressions)) {
    const p = [...path, 'matchExpressions', i];
    const values = Array.isArray(req.values) ? req.values : [];
    const counted = operatorValueCount(req.operator, values, p);
    if (counted) out.push(...counted);
    else if (typeof req.operator === 'string') out.push(invalid([...p, 'operator'], req.operator, 'not a valid selector operator'));
    if (typeof req.key === 'string') out.push(...qualifiedName(req.key).map((e) => invalid([...p, 'key'], req.key, e)));
    // Values are label values: AllowInvalidLabelValueInSelector is set only for an old object that had invalid ones.
    values.forEach((v, j) => {
      if (typeof v === 'string') out.push(...labelValue(v).map((e) => invalid([...p, 'values', j], v, e)));
    });
  }
  return out;
}

/**
 * The values an `In`/`NotIn`/`Exists`/`DoesNotExist` requirement needs (metav1validation
 * ValidateLabelSelectorRequirement, core ValidateNodeSelectorRequirement), at requirement `p`;
 * undefined for another operator, which each caller judges itself.
 */
export function operatorValueCount(operator: unknown, values: readonly unknown[], p: Path): Problem[] | undefined {
  switch (operator) {
    case 'In':
    case 'NotIn':
      return values.length === 0 ? [required([...p, 'values'], "must be specified when `operator` is 'In' or 'NotIn'", p)] : [];
    case 'Exists':
    case 'DoesNotExist':
      return values.length > 0 ? [forbidden([...p, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")] : [];
    default:
      return undefined;
  }
}

/**
 * metav1validation.ValidateLabels, for every label map (object labels, a selector's matchLabels, a
 * Service's selector, a pod's nodeSelector): keys are qualified names, values label values. Upstream
 * names the map, not the key; the finding points at the key or the value.
 */
export function labelMap(labels: unknown, at: Path): Problem[] {
  if (!isRecord(labels)) return [];
  const field = fieldName(at);
  const out: Problem[] = [];
  for (const [k, v] of Object.entries(labels)) {
    out.push(...qualifiedName(k).map((e) => ({ path: [...at, k], key: true, message: fieldError.invalid(field, k, e) })));
    if (typeof v === 'string') out.push(...labelValue(v).map((e) => ({ path: [...at, k], message: fieldError.invalid(field, v, e) })));
  }
  return out;
}

function labelsAndAnnotations(meta: unknown, path: Path): Problem[] {
  if (!isRecord(meta)) return [];
  const out: Problem[] = labelMap(meta.labels, [...path, 'labels']);
  if (isRecord(meta.annotations)) {
    let total = 0;
    for (const [k, v] of Object.entries(meta.annotations)) {
      out.push(...qualifiedName(k.toLowerCase()).map((e) => ({ path: [...path, 'annotations', k], key: true, message: fieldError.invalid(fieldName([...path, 'annotations']), k, e) })));
      total += k.length + (typeof v === 'string' ? v.length : 0);
    }
    if (total > 256 * 1024) out.push({ path: [...path, 'annotations'], key: true, message: `${fieldName([...path, 'annotations'])}: Too long: must have at most 262144 bytes` });
  }
  return out;
}

/** The finalizers core/validation calls standard: the only names allowed without a `/`. */
export const STANDARD_FINALIZERS = ['kubernetes', 'orphan', 'foregroundDeletion'] as const;

/**
 * apimachinery ValidateFinalizers (each a qualified name, reported on the list; `orphan` and
 * `foregroundDeletion` not both) and core/validation validateKubeFinalizerName (a name without a
 * prefix must be a standard one, reported on the item). Duplicates are not checked upstream.
 */
export function finalizers(meta: unknown, path: Path): Problem[] {
  if (!isRecord(meta) || !Array.isArray(meta.finalizers)) return [];
  const list = meta.finalizers;
  const at = [...path, 'finalizers'];
  const out: Problem[] = [];
  list.forEach((f, i) => {
    if (typeof f !== 'string') return;
    for (const e of qualifiedName(f)) out.push({ path: [...at, i], message: fieldError.invalid(fieldName(at), f, e) });
    if (!f.includes('/') && !(STANDARD_FINALIZERS as readonly string[]).includes(f)) {
      out.push(invalid([...at, i], f, 'name is neither a standard finalizer name nor is it fully qualified', 'prefix the finalizer with a domain you own, e.g. example.com/cleanup'));
    }
  });
  if (list.includes('orphan') && list.includes('foregroundDeletion')) out.push(invalid(at, list, 'finalizer orphan and foregroundDeletion cannot be both set'));
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
  out.push(...finalizers(meta, ['metadata']));
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
  // apps/validation ValidateStatefulSetSpec: podManagementPolicy, updateStrategy.type, the
  // retention policy and the template's restartPolicy come from the enum table.
  out.push(...enumChecks('StatefulSet', sts, [], minor));
  const us = spec.updateStrategy;
  if (us) {
    const type = us.type || 'RollingUpdate';
    if (type === 'OnDelete' && us.rollingUpdate !== undefined) {
      out.push(invalid(['spec', 'updateStrategy', 'rollingUpdate'], 'OnDelete', "only allowed for updateStrategy 'RollingUpdate'", 'remove rollingUpdate, or use type: RollingUpdate'));
    }
    const ru = us.rollingUpdate;
    if (ru && type === 'RollingUpdate') {
      out.push(...nonNegative(['spec', 'updateStrategy', 'rollingUpdate', 'partition'], ru.partition));
      out.push(...intOrPercent(['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'], ru.maxUnavailable, false));
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
    if (tspec.activeDeadlineSeconds !== undefined) out.push(forbidden(['spec', 'template', 'spec', 'activeDeadlineSeconds'], 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  if (minor >= 33 && typeof spec.serviceName === 'string' && spec.serviceName !== '') {
    out.push(...names(['spec', 'serviceName'], spec.serviceName, dns1123Label));
  }
  return out;
}

const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
const TOPOLOGY_HINTS = 'service.kubernetes.io/topology-aware-hints';
const SOURCE_RANGES = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

/**
 * core/validation ValidateService on the created object (after SetDefaults_Service and the
 * registry's PrepareForCreate: `type`, `sessionAffinity`, port `protocol` and
 * `externalTrafficPolicy` are defaulted; a `sessionAffinityConfig` beside `sessionAffinity: None`
 * is cleared; `clusterIPs` follows `clusterIP`). What depends on the cluster's IP families is
 * `serviceClusterProblems`.
 */
export function serviceSpec(svc: Service, minor: number): Problem[] {
  const spec = svc.spec ?? {};
  const out: Problem[] = [];
  const type = spec.type || 'ClusterIP';
  out.push(...enumChecks('Service', svc, [], minor));
  // ValidateService: the two topology annotations must agree when both are set.
  const ann = isRecord(svc.metadata?.annotations) ? svc.metadata.annotations : {};
  if (typeof ann[TOPOLOGY_MODE] === 'string' && typeof ann[TOPOLOGY_HINTS] === 'string' && ann[TOPOLOGY_MODE] !== ann[TOPOLOGY_HINTS]) {
    out.push({ path: ['metadata', 'annotations', TOPOLOGY_MODE], message: `metadata.annotations[${TOPOLOGY_MODE}]: Invalid value: ${show(ann[TOPOLOGY_MODE])}: must match annotations[${TOPOLOGY_HINTS}] when both are specified` });
  }
  const clusterIPs = Array.isArray(spec.clusterIPs) ? spec.clusterIPs.filter((v): v is string => typeof v === 'string') : [];
  const headless = spec.clusterIP === 'None' || clusterIPs[0] === 'None';
  const ports = records(spec.ports);
  if (type === 'ExternalName') {
    if (spec.clusterIP !== undefined && spec.clusterIP !== '') out.push(forbidden(['spec', 'clusterIP'], 'may not be set for ExternalName services'));
    else if (clusterIPs.length > 0) out.push(forbidden(['spec', 'clusterIPs'], 'may not be set for ExternalName services'));
    if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length > 0) out.push(forbidden(['spec', 'ipFamilies'], 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) out.push(forbidden(['spec', 'ipFamilyPolicy'], 'may not be set for ExternalName services'));
    // The value (a CNAME) may end with a dot.
    const cname = typeof spec.externalName === 'string' ? spec.externalName.replace(/\.$/, '') : '';
    if (cname === '') out.push(required(['spec', 'externalName'], undefined, ['spec']));
    else out.push(...names(['spec', 'externalName'], cname, dns1123Subdomain));
  } else if (!headless && ports.length === 0) {
    out.push(required(['spec', 'ports'], undefined, ['spec']));
  }
  if (headless && (type === 'LoadBalancer' || type === 'NodePort')) {
    out.push(invalid(['spec', 'clusterIP'], 'None', `may not be set to 'None' for ${type} services`));
  }
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIP !== 'None' && !ipFamilyOf(spec.clusterIP)) {
    out.push(invalid(['spec', 'clusterIP'], spec.clusterIP, "must be empty, 'None', or a valid IP address"));
  }
  if (type !== 'ExternalName') out.push(...clusterIPsRelated(svc, clusterIPs, headless));
  // validateServicePort, then the duplicate (protocol, port) and (protocol, nodePort) checks.
  const seenNames = new Map<string, number>();
  const seenPorts = new Set<string>();
  const seenNodePorts = new Set<string>();
  for (const [p, i] of ports) {
    const base = ['spec', 'ports', i];
    if (ports.length > 1 && (typeof p.name !== 'string' || p.name === '')) out.push(required([...base, 'name'], undefined, base));
    if (typeof p.name === 'string' && p.name !== '') {
      out.push(...names([...base, 'name'], p.name, dns1123Label));
      if (seenNames.has(p.name)) out.push(duplicate([...base, 'name'], p.name));
      seenNames.set(p.name, i);
    }
    if (typeof p.port === 'number') out.push(...portNumber(p.port).map((e) => invalid([...base, 'port'], p.port, e)));
    const proto = p.protocol || 'TCP';
    const key = `${proto}/${p.port}`;
    if (typeof p.port === 'number' && seenPorts.has(key)) out.push({ path: base, message: `${fieldName(base)}: Duplicate value: ${JSON.stringify({ port: p.port, protocol: proto })}` });
    seenPorts.add(key);
    const tp = p.targetPort;
    if (typeof tp === 'number') out.push(...portNumber(tp).map((e) => invalid([...base, 'targetPort'], tp, e)));
    else if (typeof tp === 'string') out.push(...ianaServiceName(tp).map((e) => invalid([...base, 'targetPort'], tp, e)));
    if (typeof p.appProtocol === 'string') out.push(...names([...base, 'appProtocol'], p.appProtocol, qualifiedName));
    if (typeof p.nodePort === 'number' && p.nodePort !== 0) {
      if (type === 'ClusterIP') out.push(forbidden([...base, 'nodePort'], "may not be used when `type` is 'ClusterIP'"));
      const nkey = `${proto}/${p.nodePort}`;
      if (seenNodePorts.has(nkey)) out.push(duplicate([...base, 'nodePort'], p.nodePort));
      seenNodePorts.add(nkey);
    }
  }
  // unversionedvalidation.ValidateLabels on the selector.
  out.push(...labelMap(spec.selector, ['spec', 'selector']));
  // validateClientIPAffinityConfig (SetDefaults_Service fills a missing timeout with 10800).
  if (spec.sessionAffinity === 'ClientIP') {
    const t = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
    if (typeof t === 'number' && (t <= 0 || t > 86400)) {
      out.push(invalid(['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'], t, 'must be greater than 0 and less than 86400'));
    }
  }
  // externalIPs: valid and not special addresses.
  (Array.isArray(spec.externalIPs) ? spec.externalIPs : []).forEach((ip, i) => {
    if (typeof ip !== 'string') return;
    const at = ['spec', 'externalIPs', i];
    if (!ipFamilyOf(ip)) out.push(invalid(at, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
    else out.push(...specialIPProblems(ip).map((e) => invalid(at, ip, e)));
  });
  // LoadBalancer-only fields. Upstream names the source ranges field with a capital L.
  const ranges = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
  if (ranges.length > 0) {
    if (type !== 'LoadBalancer') out.push({ path: ['spec', 'loadBalancerSourceRanges'], message: `spec.LoadBalancerSourceRanges: Forbidden: ${LB_ONLY}` });
    ranges.forEach((r, i) => {
      if (typeof r === 'string' && !isValidCIDR(r.trim())) {
        out.push({ path: ['spec', 'loadBalancerSourceRanges', i], message: `spec.LoadBalancerSourceRanges[${i}]: Invalid value: ${show(r.trim())}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)` });
      }
    });
  } else if (typeof ann[SOURCE_RANGES] === 'string') {
    const at = ['metadata', 'annotations', SOURCE_RANGES];
    if (type !== 'LoadBalancer') out.push(forbidden(at, LB_ONLY));
    const val = ann[SOURCE_RANGES].trim();
    if (val !== '') {
      for (const c of val.split(',').map((x) => x.trim())) if (!isValidCIDR(c)) out.push(invalid(at, c, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'));
    }
  }
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts !== null && type !== 'LoadBalancer') out.push(forbidden(['spec', 'allocateLoadBalancerNodePorts'], LB_ONLY));
  // validateLoadBalancerClassField
  if (typeof spec.loadBalancerClass === 'string') {
    if (type === 'LoadBalancer') out.push(...names(['spec', 'loadBalancerClass'], spec.loadBalancerClass, qualifiedName));
    else out.push(forbidden(['spec', 'loadBalancerClass'], LB_ONLY));
  }
  // validateServiceExternalTrafficPolicy (the value itself is the enum table's, on accessible Services)
  if (!externallyAccessible(svc) && typeof spec.externalTrafficPolicy === 'string' && spec.externalTrafficPolicy !== '') {
    out.push(invalid(['spec', 'externalTrafficPolicy'], spec.externalTrafficPolicy, 'may only be set for externally-accessible services', 'remove externalTrafficPolicy, or use type NodePort or LoadBalancer'));
  }
  const hc = spec.healthCheckNodePort;
  if (typeof hc === 'number' && hc !== 0) {
    const needsHealthCheck = type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
    if (!needsHealthCheck) out.push(invalid(['spec', 'healthCheckNodePort'], hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    else out.push(...portNumber(hc).map((e) => invalid(['spec', 'healthCheckNodePort'], hc, e)));
  }
  return out;
}

/**
 * core/validation ValidateServiceClusterIPsRelatedFields, and the cluster-independent policy checks
 * of the registry's IP family allocation (pkg/registry/core/service/storage alloc.go
 * initIPFamilyFields): `SingleStack` with two families or two cluster IPs.
 */
function clusterIPsRelated(svc: Service, clusterIPs: string[], headless: boolean): Problem[] {
  const spec = svc.spec ?? {};
  const out: Problem[] = [];
  if (clusterIPs.length > 0 && typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && clusterIPs[0] !== spec.clusterIP) {
    out.push(invalid(['spec', 'clusterIPs'], clusterIPs, 'first value must match `clusterIP`'));
  }
  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies : [];
  const seen = new Set<unknown>();
  families.forEach((f, i) => {
    if (seen.has(f)) out.push(duplicate(['spec', 'ipFamilies', i], f));
    seen.add(f);
  });
  let badIPs = false;
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (clusterIPs.length > 1) {
        badIPs = true;
        out.push(invalid(['spec', 'clusterIPs'], clusterIPs, "'None' must be the first and only value"));
      }
      return;
    }
    if (!ipFamilyOf(ip)) {
      badIPs = true;
      // clusterIPs[0] is the clusterIP field's value, whose own message is given above.
      if (!(i === 0 && ip === spec.clusterIP)) out.push(invalid(['spec', 'clusterIPs', i], ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
    }
  });
  if (clusterIPs.length > 2) out.push(invalid(['spec', 'clusterIPs'], clusterIPs, 'may only hold up to 2 values'));
  if (badIPs) return out;
  if (clusterIPs.length === 2 && ipFamilyOf(clusterIPs[0]!) === ipFamilyOf(clusterIPs[1]!)) {
    out.push(invalid(['spec', 'clusterIPs'], clusterIPs, 'may specify no more than one IP for each IP family'));
  }
  if (!headless && clusterIPs.length > 0 && families.length > 0) {
    clusterIPs.forEach((ip, i) => {
      if (i >= families.length) return;
      const fam = ipFamilyOf(ip);
      if (families[i] === 'IPv4' && fam === 'IPv6') out.push(invalid(['spec', 'clusterIPs', i], ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (families[i] === 'IPv6' && fam !== 'IPv6') out.push(invalid(['spec', 'clusterIPs', i], ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    });
  }
  if (out.length === 0 && spec.ipFamilyPolicy === 'SingleStack') {
    if (clusterIPs.length === 2) out.push(invalid(['spec', 'ipFamilyPolicy'], 'SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    if (families.length === 2) out.push(invalid(['spec', 'ipFamilyPolicy'], 'SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
  return out;
}

/** A problem that depends on the cluster's Service IP families; `cluster` says whether the profile knew them. */
export interface ClusterProblem extends Problem {
  /** True when the cluster profile states its IP families (the problem is certain there). */
  known: boolean;
  /** Which allocation check: RequireDualStack on a single-stack cluster, or a family the cluster does not serve. */
  check: 'dualStack' | 'family';
  /** The API server's field.Error (the message itself where `known`). */
  apiMessage: string;
  /** The family a `family` check rejects. */
  family?: IPFamily;
}

/**
 * The registry's IP family allocation (pkg/registry/core/service/storage alloc.go
 * initIPFamilyFields) on a cluster serving `clusterFamilies` (undefined: not known). A headless
 * Service without selector is exempt upstream. Without the cluster's families, the checks become
 * "fails on a cluster that …" findings (`known: false`).
 */
export function serviceClusterProblems(svc: Service, clusterFamilies: readonly IPFamily[] | undefined): ClusterProblem[] {
  const spec = svc.spec ?? {};
  const type = spec.type || 'ClusterIP';
  if (type === 'ExternalName') return [];
  const selectorless = !isRecord(spec.selector) || Object.keys(spec.selector).length === 0;
  if (spec.clusterIP === 'None' && selectorless) return [];
  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies.filter((f): f is IPFamily => f === 'IPv4' || f === 'IPv6') : [];
  const clusterIPs = Array.isArray(spec.clusterIPs) ? spec.clusterIPs.filter((v): v is string => typeof v === 'string') : typeof spec.clusterIP === 'string' && spec.clusterIP !== '' ? [spec.clusterIP] : [];
  // A missing policy becomes RequireDualStack with two families or two cluster IPs, else SingleStack.
  const policy = spec.ipFamilyPolicy ?? (families.length === 2 || clusterIPs.length === 2 ? 'RequireDualStack' : 'SingleStack');
  const out: ClusterProblem[] = [];
  const known = clusterFamilies !== undefined;
  if (policy === 'RequireDualStack' && (clusterFamilies ?? []).length < 2) {
    const p = invalid(['spec', 'ipFamilyPolicy'], 'RequireDualStack', 'this cluster is not configured for dual-stack services');
    out.push(known
      ? { ...p, known, check: 'dualStack', apiMessage: p.message, path: spec.ipFamilyPolicy !== undefined ? ['spec', 'ipFamilyPolicy'] : ['spec', 'ipFamilies'] }
      : { path: spec.ipFamilyPolicy !== undefined ? ['spec', 'ipFamilyPolicy'] : ['spec', 'ipFamilies'], known, check: 'dualStack', apiMessage: p.message, message: `ipFamilyPolicy RequireDualStack: the API server rejects the Service on a single-stack cluster ("${p.message}")`, hint: 'use PreferDualStack, or pass a cluster profile that says the cluster is dual-stack (ipFamilies: [IPv4, IPv6])' });
  }
  families.forEach((f, i) => {
    if (known ? clusterFamilies.includes(f) : f === 'IPv4') return;
    const p = invalid(['spec', 'ipFamilies', i], f, 'not configured on this cluster');
    out.push(known ? { ...p, known, check: 'family', apiMessage: p.message, family: f } : { path: ['spec', 'ipFamilies', i], known, check: 'family', apiMessage: p.message, family: f, message: `ipFamilies ${f}: the API server rejects the Service on a cluster without ${f} Services ("${p.message}")`, hint: `pass a cluster profile that says which IP families the cluster serves (ipFamilies: [${f}] or [IPv4, IPv6])` });
  });
  return out;
}

/** ValidatePersistentVolumeClaimSpec (access modes are the access-mode-invalid rule). */
export function claimSpec(claim: PersistentVolumeClaim, base: Path, minor: number): Problem[] {
  const spec = claim.spec;
  const out: Problem[] = [];
  if (!spec) return [required([...base, 'spec'], undefined, base)];
  // The enum table's PVC entries, but access modes, which are the access-mode-invalid rule.
  out.push(...enumChecks('PersistentVolumeClaim', claim, base, minor).filter((p) => p.path[base.length + 1] !== 'accessModes'));
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) {
    out.push({ ...required([...base, 'spec', 'resources', 'requests', 'storage'], undefined, [...base, 'spec']), message: `${fieldName([...base, 'spec', 'resources'])}[storage]: Required value` });
  } else {
    const q = parseQuantity(storage);
    if (q !== undefined && q <= 0) out.push(invalid([...base, 'spec', 'resources', 'requests', 'storage'], storage, 'must be greater than zero'));
  }
  if (typeof spec.storageClassName === 'string' && spec.storageClassName !== '') out.push(...names([...base, 'spec', 'storageClassName'], spec.storageClassName, dns1123Subdomain));
  for (const f of ['dataSource', 'dataSourceRef'] as const) {
    const ds = spec[f];
    if (!ds) continue;
    if (!ds.name) out.push(required([...base, 'spec', f, 'name'], undefined, [...base, 'spec', f]));
    if (!ds.kind) out.push(required([...base, 'spec', f, 'kind'], undefined, [...base, 'spec', f]));
  }
  out.push(...labelSelector(spec.selector, [...base, 'spec', 'selector']));
  return out;
}

/**
 * A claim template as what it becomes (apps/validation checks only its spec, since 1.34:
 * claimSpec): its name is a pod volume name (core/validation validateVolumes: a DNS-1123 label) and
 * the start of each PVC name `<template>-<statefulset>-<ordinal>` (a DNS subdomain); its metadata is
 * the PVC's (ValidateObjectMeta: labels, annotations, finalizers). Lengths are name-too-long's.
 * `base` is the template's path.
 */
export function claimTemplateMeta(template: PersistentVolumeClaim, base: Path): Problem[] {
  const meta = template.metadata;
  const out: Problem[] = [];
  const name = meta?.name;
  const at = [...base, 'metadata', 'name'];
  const grammar = (check: (v: string) => string[], v: string): string[] => check(v).filter((e) => !e.startsWith('must be no more than'));
  if (typeof name !== 'string' || name === '') {
    out.push(required(at, 'the PVC name and the pod volume name are made from it', [...base, 'metadata']));
  } else {
    const sub = grammar(dns1123Subdomain, name);
    // The controller creates the PVCs before the pod: an invalid PVC name fails first.
    if (sub.length) out.push(...sub.map((e) => ({ ...invalid(at, name, e), message: `PVC name "${name}-…": metadata.name: Invalid value: ${show(`${name}-…`)}: ${e}` })));
    else out.push(...grammar(dns1123Label, name).map((e) => ({ ...invalid(at, name, e), message: `pod volume name: spec.volumes[].name: Invalid value: ${show(name)}: ${e}` })));
  }
  out.push(...labelsAndAnnotations(meta, [...base, 'metadata']));
  out.push(...finalizers(meta, [...base, 'metadata']));
  return out;
}

/** ValidateStorageClass. */
export function storageClass(sc: StorageClass, minor: number): Problem[] {
  const out: Problem[] = [];
  if (typeof sc.provisioner !== 'string' || sc.provisioner === '') out.push(required(['provisioner'], undefined, []));
  else out.push(...names(['provisioner'], sc.provisioner, (v) => qualifiedName(v.toLowerCase())));
  out.push(...enumChecks('StorageClass', sc, [], minor));
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
  out.push(...allowedTopologies(sc));
  return out;
}

/**
 * storage/validation validateAllowedTopologies with core/validation ValidateTopologySelectorTerm:
 * in a term, a key appears once and a requirement's values are unique; two terms are duplicates when
 * they map the same keys to the same sets of values (order does not matter).
 */
function allowedTopologies(sc: StorageClass): Problem[] {
  const out: Problem[] = [];
  const terms: Map<string, Set<string>>[] = [];
  for (const [term, i] of records(sc.allowedTopologies)) {
    const exprs = records(term.matchLabelExpressions);
    if (exprs.length === 0) out.push(required(['allowedTopologies', i, 'matchLabelExpressions'], 'must have at least one label selector requirement', ['allowedTopologies', i]));
    const map = new Map<string, Set<string>>();
    for (const [e, j] of exprs) {
      const p = ['allowedTopologies', i, 'matchLabelExpressions', j];
      if (!e.key) out.push(required([...p, 'key'], undefined, p));
      const values = Array.isArray(e.values) ? e.values : [];
      if (values.length === 0) out.push(required([...p, 'values'], 'must specify as least one value', p));
      const set = new Set<string>();
      values.forEach((v, k) => {
        if (typeof v !== 'string') return;
        if (set.has(v)) out.push(duplicate([...p, 'values', k], v));
        set.add(v);
      });
      const key = typeof e.key === 'string' ? e.key : '';
      if (map.has(key)) out.push(duplicate([...p, 'key'], key));
      map.set(key, set);
    }
    if (terms.some((t) => sameTerm(t, map))) out.push(duplicate(['allowedTopologies', i, 'matchLabelExpressions'], ''));
    terms.push(map);
  }
  return out;
}

function sameTerm(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, va] of a) {
    const vb = b.get(k);
    if (!vb || vb.size !== va.size || [...va].some((v) => !vb.has(v))) return false;
  }
  return true;
}

/** ValidatePodDisruptionBudgetSpec. */
export function pdbSpec(pdb: PodDisruptionBudget, minor: number): Problem[] {
  const spec = pdb.spec;
  if (!spec) return [];
  const out: Problem[] = [];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    out.push(invalid(['spec', 'maxUnavailable'], spec.maxUnavailable, 'minAvailable and maxUnavailable cannot be both set', 'keep one of minAvailable and maxUnavailable'));
  }
  out.push(...intOrPercent(['spec', 'minAvailable'], spec.minAvailable, true));
  out.push(...intOrPercent(['spec', 'maxUnavailable'], spec.maxUnavailable, true));
  out.push(...enumChecks('PodDisruptionBudget', pdb, [], minor));
  out.push(...labelSelector(spec.selector, ['spec', 'selector']));
  return out;
}

export { labelsAndAnnotations };
