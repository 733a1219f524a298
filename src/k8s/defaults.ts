/**
 * The API server's defaulting of what the planner compares and hashes
 * (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe,
 * SetDefaults_Volume …; pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet), on plain JSON.
 * It covers the fields manifests commonly set; a field it does not know keeps its value.
 */
import type { StatefulSetSpec } from 'kubernetes-types/apps/v1.js';
import { isRecord } from './objects.js';
import { canonicalQuantity } from './quantity-canonical.js';

type Json = Record<string, unknown>;

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function setDefault(o: Json, key: string, value: unknown): void {
  if (o[key] === undefined || o[key] === null) o[key] = value;
}

function canonicalResourceList(list: unknown): void {
  if (!isRecord(list)) return;
  for (const [k, v] of Object.entries(list)) if (typeof v === 'string' || typeof v === 'number') list[k] = canonicalQuantity(v);
}

/** Tag "latest" (or none, and no digest) pulls Always; anything else IfNotPresent (parsers.ParseImageName). */
function defaultPullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  const digest = image.includes('@');
  const name = image.split('@')[0]!;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > lastSlash ? name.slice(colon + 1) : '';
  return (tag === '' && !digest) || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultHandler(h: unknown): void {
  if (!isRecord(h) || !isRecord(h.httpGet)) return;
  const g = h.httpGet;
  if (g.path === undefined || g.path === '') g.path = '/';
  setDefault(g, 'scheme', 'HTTP');
}

function defaultProbe(p: unknown): void {
  if (!isRecord(p)) return;
  setDefault(p, 'timeoutSeconds', 1);
  setDefault(p, 'periodSeconds', 10);
  setDefault(p, 'successThreshold', 1);
  setDefault(p, 'failureThreshold', 3);
  defaultHandler(p);
}

function defaultFieldRef(ref: unknown): void {
  if (isRecord(ref)) setDefault(ref, 'apiVersion', 'v1');
}

function defaultContainer(c: unknown, hostNetwork: boolean): void {
  if (!isRecord(c)) return;
  setDefault(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  setDefault(c, 'terminationMessagePath', '/dev/termination-log');
  setDefault(c, 'terminationMessagePolicy', 'File');
  setDefault(c, 'resources', {});
  if (isRecord(c.resources)) {
    canonicalResourceList(c.resources.limits);
    canonicalResourceList(c.resources.requests);
  }
  if (Array.isArray(c.ports)) {
    for (const p of c.ports) {
      if (!isRecord(p)) continue;
      setDefault(p, 'protocol', 'TCP');
      if (hostNetwork) setDefault(p, 'hostPort', p.containerPort);
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

function defaultVolume(v: unknown): void {
  if (!isRecord(v)) return;
  if (!VOLUME_SOURCES.some((s) => v[s] !== undefined)) v.emptyDir = {};
  for (const s of ['secret', 'configMap', 'downwardAPI', 'projected']) if (isRecord(v[s])) setDefault(v[s] as Json, 'defaultMode', 420);
  if (isRecord(v.hostPath)) setDefault(v.hostPath, 'type', '');
  if (isRecord(v.emptyDir) && v.emptyDir.sizeLimit !== undefined) v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit as string);
  if (isRecord(v.downwardAPI) && Array.isArray(v.downwardAPI.items)) for (const i of v.downwardAPI.items) if (isRecord(i)) defaultFieldRef(i.fieldRef);
  if (isRecord(v.projected) && Array.isArray(v.projected.sources)) {
    for (const s of v.projected.sources) {
      if (!isRecord(s)) continue;
      if (isRecord(s.serviceAccountToken)) setDefault(s.serviceAccountToken, 'expirationSeconds', 3600);
      if (isRecord(s.downwardAPI) && Array.isArray(s.downwardAPI.items)) for (const i of s.downwardAPI.items) if (isRecord(i)) defaultFieldRef(i.fieldRef);
    }
  }
  if (isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate)) defaultClaimSpec(v.ephemeral.volumeClaimTemplate.spec);
}

function defaultClaimSpec(spec: unknown): void {
  if (!isRecord(spec)) return;
  setDefault(spec, 'volumeMode', 'Filesystem');
  if (isRecord(spec.resources)) {
    canonicalResourceList(spec.resources.requests);
    canonicalResourceList(spec.resources.limits);
  }
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
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'schedulerName', 'default-scheduler');
  // Conversion to v1 fills the deprecated field from serviceAccountName.
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') setDefault(spec, 'serviceAccount', spec.serviceAccountName);
  const hostNetwork = spec.hostNetwork === true;
  for (const kind of ['initContainers', 'containers']) if (Array.isArray(spec[kind])) for (const c of spec[kind] as unknown[]) defaultContainer(c, hostNetwork);
  if (Array.isArray(spec.volumes)) for (const v of spec.volumes) defaultVolume(v);
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
  defaultClaimSpec(c.spec);
  c.status = { phase: 'Pending', ...(isRecord(c.status) ? c.status : {}) };
  return c;
}

/** A StatefulSet spec with the defaults of SetDefaults_StatefulSet, for comparison. */
export function defaultStatefulSetSpec(spec: StatefulSetSpec | undefined): Json {
  const s: Json = isRecord(spec) ? clone(spec as unknown as Json) : {};
  setDefault(s, 'replicas', 1);
  setDefault(s, 'podManagementPolicy', 'OrderedReady');
  setDefault(s, 'revisionHistoryLimit', 10);
  setDefault(s, 'serviceName', '');
  const strategy: Json = isRecord(s.updateStrategy) ? s.updateStrategy : {};
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const ru: Json = isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
    setDefault(ru, 'partition', 0);
    strategy.rollingUpdate = ru;
  }
  s.updateStrategy = strategy;
  const retention: Json = isRecord(s.persistentVolumeClaimRetentionPolicy) ? s.persistentVolumeClaimRetentionPolicy : {};
  setDefault(retention, 'whenDeleted', 'Retain');
  setDefault(retention, 'whenScaled', 'Retain');
  s.persistentVolumeClaimRetentionPolicy = retention;
  if (Array.isArray(s.volumeClaimTemplates)) s.volumeClaimTemplates = s.volumeClaimTemplates.map(defaultClaim);
  else s.volumeClaimTemplates = [];
  if (isRecord(s.selector)) {
    if (isRecord(s.selector.matchLabels) && Object.keys(s.selector.matchLabels).length === 0) delete s.selector.matchLabels;
    if (Array.isArray(s.selector.matchExpressions) && s.selector.matchExpressions.length === 0) delete s.selector.matchExpressions;
  }
  s.template = defaultPodTemplate(s.template);
  return s;
}
