/**
 * The API server's defaulting of what the planner compares and hashes
 * (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe,
 * SetDefaults_Volume …; pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet), on plain JSON.
 * It covers the fields manifests commonly set; a field it does not know keeps its value.
 */
import type { StatefulSetSpec } from 'kubernetes-types/apps/v1.js';
import { externallyAccessible, imageTag, isRecord } from './objects.js';
import { canonicalQuantity } from './quantity-canonical.js';

type Json = Record<string, unknown>;

/** A deep copy of plain JSON (manifest objects are plain JSON). */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** A pointer field: defaulted only when absent (nil); an empty value stays and is validated. */
function setDefault(o: Json, key: string, value: unknown): void {
  if (o[key] === undefined || o[key] === null) o[key] = value;
}

/**
 * A non-pointer field (Go string or int compared with its zero value): "" (or 0) cannot be told
 * apart from absent, so SetDefaults_* replaces it too and validation never sees it.
 */
function setIfEmpty(o: Json, key: string, value: unknown): void {
  if (o[key] === undefined || o[key] === null || o[key] === '' || o[key] === 0) o[key] = value;
}

/**
 * What a defaulting pass does besides SetDefaults_*: the planner also writes quantities in their
 * canonical form (as the API server serialises them) for hashing and comparison; the admitted copy
 * that rules validate keeps them as written, so that messages quote the manifest.
 */
interface DefaultMode {
  canonical: boolean;
}
const PLANNER: DefaultMode = { canonical: true };

function canonicalResourceList(list: unknown, mode: DefaultMode): void {
  if (!isRecord(list) || !mode.canonical) return;
  for (const [k, v] of Object.entries(list)) if (typeof v === 'string' || typeof v === 'number') list[k] = canonicalQuantity(v);
}

/** Tag "latest" (or none, and no digest) pulls Always; anything else IfNotPresent (parsers.ParseImageName). */
function defaultPullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  const tag = imageTag(image);
  return (tag === '' && !image.includes('@')) || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

// core/v1 SetDefaults_HTTPGetAction (path and scheme are plain strings).
function defaultHandler(h: unknown): void {
  if (!isRecord(h) || !isRecord(h.httpGet)) return;
  const g = h.httpGet;
  setIfEmpty(g, 'path', '/');
  setIfEmpty(g, 'scheme', 'HTTP');
}

// core/v1 SetDefaults_Probe (the four int32 fields are not pointers: 0 is replaced).
function defaultProbe(p: unknown): void {
  if (!isRecord(p)) return;
  setIfEmpty(p, 'timeoutSeconds', 1);
  setIfEmpty(p, 'periodSeconds', 10);
  setIfEmpty(p, 'successThreshold', 1);
  setIfEmpty(p, 'failureThreshold', 3);
  defaultHandler(p);
}

// core/v1 SetDefaults_ObjectFieldSelector.
function defaultFieldRef(ref: unknown): void {
  if (isRecord(ref)) setIfEmpty(ref, 'apiVersion', 'v1');
}

// core/v1 SetDefaults_Container (imagePullPolicy, terminationMessagePath/Policy are plain strings);
// ContainerPort.protocol is a plain string defaulted to TCP; hostNetwork fills hostPort 0.
function defaultContainer(c: unknown, hostNetwork: boolean, mode: DefaultMode): void {
  if (!isRecord(c)) return;
  setIfEmpty(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  setIfEmpty(c, 'terminationMessagePath', '/dev/termination-log');
  setIfEmpty(c, 'terminationMessagePolicy', 'File');
  setDefault(c, 'resources', {});
  if (isRecord(c.resources)) {
    canonicalResourceList(c.resources.limits, mode);
    canonicalResourceList(c.resources.requests, mode);
  }
  if (Array.isArray(c.ports)) {
    for (const p of c.ports) {
      if (!isRecord(p)) continue;
      setIfEmpty(p, 'protocol', 'TCP');
      if (hostNetwork) setIfEmpty(p, 'hostPort', p.containerPort);
    }
  }
  if (Array.isArray(c.env)) for (const e of c.env) if (isRecord(e) && isRecord(e.valueFrom)) defaultFieldRef(e.valueFrom.fieldRef);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  if (isRecord(c.lifecycle)) {
    defaultHandler(c.lifecycle.postStart);
    defaultHandler(c.lifecycle.preStop);
  }
}

const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos',
  'csi', 'ephemeral', 'image',
];

function defaultVolume(v: unknown, mode: DefaultMode): void {
  if (!isRecord(v)) return;
  if (!VOLUME_SOURCES.some((s) => v[s] !== undefined)) v.emptyDir = {};
  for (const s of ['secret', 'configMap', 'downwardAPI', 'projected']) if (isRecord(v[s])) setDefault(v[s] as Json, 'defaultMode', 420);
  if (isRecord(v.hostPath)) setDefault(v.hostPath, 'type', '');
  if (mode.canonical && isRecord(v.emptyDir) && v.emptyDir.sizeLimit !== undefined) v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit as string);
  if (isRecord(v.downwardAPI) && Array.isArray(v.downwardAPI.items)) for (const i of v.downwardAPI.items) if (isRecord(i)) defaultFieldRef(i.fieldRef);
  if (isRecord(v.projected) && Array.isArray(v.projected.sources)) {
    for (const s of v.projected.sources) {
      if (!isRecord(s)) continue;
      if (isRecord(s.serviceAccountToken)) setDefault(s.serviceAccountToken, 'expirationSeconds', 3600);
      if (isRecord(s.downwardAPI) && Array.isArray(s.downwardAPI.items)) for (const i of s.downwardAPI.items) if (isRecord(i)) defaultFieldRef(i.fieldRef);
    }
  }
  if (isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate)) defaultClaimSpec(v.ephemeral.volumeClaimTemplate.spec, mode);
}

// core/v1 SetDefaults_PersistentVolumeClaimSpec: volumeMode is a pointer ("" stays and is rejected).
function defaultClaimSpec(spec: unknown, mode: DefaultMode): void {
  if (!isRecord(spec)) return;
  setDefault(spec, 'volumeMode', 'Filesystem');
  if (isRecord(spec.resources)) {
    canonicalResourceList(spec.resources.requests, mode);
    canonicalResourceList(spec.resources.limits, mode);
  }
}

// core/v1 SetDefaults_PodSpec (dnsPolicy, restartPolicy, schedulerName are plain strings) and the
// defaults of what it holds.
function defaultPodSpec(spec: Json, mode: DefaultMode): void {
  setIfEmpty(spec, 'dnsPolicy', 'ClusterFirst');
  setIfEmpty(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'securityContext', {});
  setIfEmpty(spec, 'schedulerName', 'default-scheduler');
  const hostNetwork = spec.hostNetwork === true;
  for (const kind of ['initContainers', 'containers']) if (Array.isArray(spec[kind])) for (const c of spec[kind] as unknown[]) defaultContainer(c, hostNetwork, mode);
  if (Array.isArray(spec.volumes)) for (const v of spec.volumes) defaultVolume(v, mode);
}

/** A pod template as the API server stores it (as read back through apps/v1). */
export function defaultPodTemplate(template: unknown): Json {
  const t: Json = isRecord(template) ? clone(template) : {};
  const meta: Json = isRecord(t.metadata) ? t.metadata : {};
  // metav1.Time marshals its zero value as null; the field is always there.
  meta.creationTimestamp = null;
  t.metadata = meta;
  const spec: Json = isRecord(t.spec) ? t.spec : {};
  t.spec = spec;
  defaultPodSpec(spec, PLANNER);
  // Conversion to v1 fills the deprecated field from serviceAccountName.
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') setDefault(spec, 'serviceAccount', spec.serviceAccountName);
  return t;
}

/** A claim template (or PVC) with its defaults and canonical quantities, for comparison. */
export function defaultClaim(claim: unknown): Json {
  const c: Json = isRecord(claim) ? clone(claim) : {};
  delete c.apiVersion;
  delete c.kind;
  const meta: Json = isRecord(c.metadata) ? c.metadata : {};
  meta.creationTimestamp = null;
  c.metadata = meta;
  if (!isRecord(c.spec)) c.spec = {};
  defaultClaimSpec(c.spec, PLANNER);
  c.status = { phase: 'Pending', ...(isRecord(c.status) ? c.status : {}) };
  return c;
}

// apps/v1 SetDefaults_StatefulSet: podManagementPolicy, updateStrategy.type and the retention
// fields are plain strings (len == 0 is replaced); replicas, revisionHistoryLimit, partition are pointers.
function defaultStatefulSetFields(s: Json): void {
  setIfEmpty(s, 'podManagementPolicy', 'OrderedReady');
  const strategy: Json = isRecord(s.updateStrategy) ? s.updateStrategy : {};
  s.updateStrategy = strategy;
  if (strategy.type === undefined || strategy.type === null || strategy.type === '') {
    strategy.type = 'RollingUpdate';
    setDefault(strategy, 'rollingUpdate', {});
  }
  if (strategy.type === 'RollingUpdate' && isRecord(strategy.rollingUpdate)) setDefault(strategy.rollingUpdate, 'partition', 0);
  // StatefulSetAutoDeletePVC is on in every release stsplan knows (beta 1.27, GA 1.32).
  const retention: Json = isRecord(s.persistentVolumeClaimRetentionPolicy) ? s.persistentVolumeClaimRetentionPolicy : {};
  setIfEmpty(retention, 'whenDeleted', 'Retain');
  setIfEmpty(retention, 'whenScaled', 'Retain');
  s.persistentVolumeClaimRetentionPolicy = retention;
  setDefault(s, 'replicas', 1);
  setDefault(s, 'revisionHistoryLimit', 10);
}

/** A StatefulSet spec with the defaults of SetDefaults_StatefulSet, for comparison. */
export function defaultStatefulSetSpec(spec: StatefulSetSpec | undefined): Json {
  const s: Json = isRecord(spec) ? clone(spec as unknown as Json) : {};
  defaultStatefulSetFields(s);
  setDefault(s, 'serviceName', '');
  // The planner compares strategies with their partition: an explicit RollingUpdate without
  // rollingUpdate reads as partition 0 (the controller's reading), where upstream leaves it nil.
  const strategy = s.updateStrategy as Json;
  if (strategy.type === 'RollingUpdate') {
    const ru: Json = isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
    setDefault(ru, 'partition', 0);
    strategy.rollingUpdate = ru;
  }
  if (Array.isArray(s.volumeClaimTemplates)) s.volumeClaimTemplates = s.volumeClaimTemplates.map(defaultClaim);
  else s.volumeClaimTemplates = [];
  if (isRecord(s.selector)) {
    if (isRecord(s.selector.matchLabels) && Object.keys(s.selector.matchLabels).length === 0) delete s.selector.matchLabels;
    if (Array.isArray(s.selector.matchExpressions) && s.selector.matchExpressions.length === 0) delete s.selector.matchExpressions;
  }
  s.template = defaultPodTemplate(s.template);
  return s;
}

// core/v1 SetDefaults_Service. type, sessionAffinity, externalTrafficPolicy and each port's protocol
// are plain strings; targetPort 0 or "" becomes the port; internalTrafficPolicy and
// allocateLoadBalancerNodePorts are pointers.
function defaultServiceSpec(spec: Json): void {
  setIfEmpty(spec, 'sessionAffinity', 'None');
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const config = spec.sessionAffinityConfig;
    const timeout = isRecord(config) && isRecord(config.clientIP) ? config.clientIP.timeoutSeconds : undefined;
    if (timeout === undefined || timeout === null) spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  setIfEmpty(spec, 'type', 'ClusterIP');
  if (Array.isArray(spec.ports)) {
    for (const p of spec.ports) {
      if (!isRecord(p)) continue;
      setIfEmpty(p, 'protocol', 'TCP');
      if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
    }
  }
  if (externallyAccessible({ spec })) setIfEmpty(spec, 'externalTrafficPolicy', 'Cluster');
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP') setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  if (spec.type === 'LoadBalancer') setDefault(spec, 'allocateLoadBalancerNodePorts', true);
}

const ADMISSION: DefaultMode = { canonical: false };

/**
 * The API server's defaulting of one object of the kinds stsplan reads, in place (SetDefaults_* of
 * core/v1, apps/v1, storage/v1; policy/v1 has none for PodDisruptionBudget): what validation then
 * sees. Values stay where they are (paths into the manifest stay valid); nothing is removed except
 * what defaulting itself clears (a Service's sessionAffinityConfig with sessionAffinity None).
 */
export function applyApiDefaults(kind: string, object: Json): void {
  const spec = object.spec;
  switch (kind) {
    case 'StatefulSet': {
      if (!isRecord(spec)) return;
      defaultStatefulSetFields(spec);
      if (isRecord(spec.template) && isRecord(spec.template.spec)) defaultPodSpec(spec.template.spec, ADMISSION);
      if (Array.isArray(spec.volumeClaimTemplates)) for (const t of spec.volumeClaimTemplates) if (isRecord(t)) defaultClaimSpec(t.spec, ADMISSION);
      return;
    }
    case 'Service':
      if (isRecord(spec)) defaultServiceSpec(spec);
      return;
    case 'PersistentVolumeClaim':
      defaultClaimSpec(spec, ADMISSION);
      return;
    case 'StorageClass':
      // storage/v1 SetDefaults_StorageClass: both are pointers ("" stays and is rejected).
      setDefault(object, 'reclaimPolicy', 'Delete');
      setDefault(object, 'volumeBindingMode', 'Immediate');
      return;
    default:
  }
}
