/**
 * ValidatePodSpec (pkg/apis/core/validation) for the pod each StatefulSet ordinal gets: the pod-level
 * rules (volumes, scheduling, DNS, security context …). Containers are validate-container.ts.
 *
 * Upstream validates the pod after defaulting (pkg/apis/core/v1/defaults.go) and after the StatefulSet
 * controller filled in the pod (pkg/controller/statefulset/stateful_set_utils.go): `updateIdentity`
 * sets hostname and subdomain, `updateStorage` replaces every template volume named like a claim
 * template by that claim, so neither is validated here from the template.
 */
import type { Affinity, NodeSelectorRequirement, NodeSelectorTerm, PersistentVolumeClaim, PersistentVolumeClaimSpec, PodAffinityTerm, PodSpec, Toleration, TopologySpreadConstraint, Volume } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { Path } from '../types.js';
import { fieldName } from './values.js';
import { enumMessage, enumProblems } from './enums.js';
import { ipFamilyOf } from './ip.js';
import { dns1123Label, dns1123Subdomain, labelValue, qualifiedName } from './names.js';
import { isRecord, records } from './objects.js';
import { parseQuantity } from './quantity.js';
import { claimSpec, duplicate, forbidden, invalid, labelMap, labelSelector, names, operatorValueCount, required, type Problem } from './validate.js';
import { containers } from './validate-container.js';
import { fieldError, str, num, list, strings } from './values.js';


/** A problem reported at `at` (where it is in the manifest) with upstream's field path `shown` in the message. */
const shownAt = (p: Problem, at: Path): Problem => ({ ...p, path: at });
const invalidShown = (shown: Path, at: Path, value: unknown, detail: string): Problem => ({ path: at, message: fieldError.invalid(fieldName(shown), value, detail) });
const requiredShown = (shown: Path, at: Path, detail?: string): Problem => ({ path: at, key: true, message: fieldError.required(fieldName(shown), detail) });
const unsupportedShown = (shown: Path, at: Path, value: unknown, supported: readonly string[]): Problem => ({ path: at, message: fieldError.unsupported(fieldName(shown), value, supported) });

/** isRecord keeping the declared type (the schema already pruned values of the wrong type). */
const isObj = <T,>(v: T | null | undefined): v is T => isRecord(v);

/** `field: Required value` when `obj[name]` is absent or "" (`len(x) == 0` upstream), reported at `at`. */
function requireString(obj: Record<string, unknown>, name: string, shown: Path, at: Path, detail?: string): Problem[] {
  return str(obj[name]) === '' ? [requiredShown([...shown, name], at, detail)] : [];
}

// ---- paths (validateLocalDescendingPath, validatePathNoBacksteps, ValidateLocalNonReservedPath) ----

function noBacksteps(p: string, shown: Path, at: Path): Problem[] {
  return p.split('/').includes('..') ? [invalidShown(shown, at, p, "must not contain '..'")] : [];
}

function localDescending(p: string, shown: Path, at: Path): Problem[] {
  const out: Problem[] = [];
  if (p.startsWith('/')) out.push(invalidShown(shown, at, p, 'must be a relative path'));
  out.push(...noBacksteps(p, shown, at));
  return out;
}

function localNonReserved(p: string, shown: Path, at: Path): Problem[] {
  const out = localDescending(p, shown, at);
  if (p.startsWith('..') && !p.startsWith('../')) out.push(invalidShown(shown, at, p, "must not start with '..'"));
  return out;
}

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';

function fileMode(v: unknown, shown: Path, at: Path): Problem[] {
  return typeof v === 'number' && (v < 0 || v > 0o777) ? [invalidShown(shown, at, v, FILE_MODE)] : [];
}

/** validateKeyToPath. */
function keyToPath(kp: Record<string, unknown>, p: Path): Problem[] {
  const out = [...requireString(kp, 'key', p, p), ...requireString(kp, 'path', p, p)];
  out.push(...localNonReserved(str(kp.path), [...p, 'path'], [...p, 'path']));
  out.push(...fileMode(kp.mode, [...p, 'mode'], [...p, 'mode']));
  return out;
}

function items(source: Record<string, unknown>, p: Path): Problem[] {
  return records(source.items as Record<string, unknown>[] | undefined).flatMap(([kp, i]) => keyToPath(kp, [...p, 'items', i]));
}

// ---- downward API (validateDownwardAPIVolumeFile) ----

const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
const RESOURCE_FIELD_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

/** validateObjectFieldSelector with the volume's allowed expressions (apiVersion is defaulted to v1). */
function objectFieldSelector(ref: Record<string, unknown>, shown: Path, at: Path): Problem[] {
  const fp = str(ref.fieldPath);
  if (fp === '') return [requiredShown([...shown, 'fieldPath'], at)];
  // metadata.labels['key'] and metadata.annotations['key'] name one entry (fieldpath.SplitMaybeSubscriptedPath).
  const m = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(fp);
  if (m) {
    const key = m[2]!;
    const errs = m[1] === 'metadata.annotations' ? qualifiedName(key.toLowerCase()) : qualifiedName(key);
    return errs.map((e) => invalidShown([...shown, 'fieldPath'], [...at, 'fieldPath'], key, e));
  }
  return VOLUME_FIELD_PATHS.includes(fp) ? [] : [unsupportedShown([...shown, 'fieldPath'], [...at, 'fieldPath'], fp, VOLUME_FIELD_PATHS)];
}

/** validateContainerResourceFieldSelector for a volume (the container name is required). */
function resourceFieldSelector(ref: Record<string, unknown>, shown: Path, at: Path): Problem[] {
  const out: Problem[] = [];
  if (str(ref.containerName) === '') out.push(requiredShown([...shown, 'containerName'], at));
  const r = str(ref.resource);
  if (r === '') out.push(requiredShown([...shown, 'resource'], at));
  else if (!RESOURCE_FIELD_PATHS.includes(r) && !r.startsWith('requests.hugepages-') && !r.startsWith('limits.hugepages-')) {
    out.push(unsupportedShown([...shown, 'resource'], [...at, 'resource'], r, RESOURCE_FIELD_PATHS));
  }
  return out;
}

/** validateDownwardAPIVolumeFile: upstream names the source's path (not the item's) in its messages. */
function downwardFile(file: Record<string, unknown>, shown: Path, at: Path): Problem[] {
  const out = requireString(file, 'path', shown, at);
  out.push(...localNonReserved(str(file.path), [...shown, 'path'], [...at, 'path']));
  const fieldRef = isRecord(file.fieldRef) ? file.fieldRef : undefined;
  const resRef = isRecord(file.resourceFieldRef) ? file.resourceFieldRef : undefined;
  if (fieldRef) {
    out.push(...objectFieldSelector(fieldRef, [...shown, 'fieldRef'], [...at, 'fieldRef']));
    if (resRef) out.push(invalidShown(shown, at, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  } else if (resRef) {
    out.push(...resourceFieldSelector(resRef, [...shown, 'resourceFieldRef'], [...at, 'resourceFieldRef']));
  } else {
    out.push(requiredShown(shown, at, 'one of fieldRef and resourceFieldRef is required'));
  }
  out.push(...fileMode(file.mode, [...shown, 'mode'], [...at, 'mode']));
  return out;
}

// ---- projected (validateProjectionSources) ----

function projected(src: Record<string, unknown>, p: Path): Problem[] {
  const out = fileMode(src.defaultMode, [...p, 'defaultMode'], [...p, 'defaultMode']);
  const paths = new Set<string>();
  const conflict = (value: unknown, at: Path): Problem => invalidShown(p, at, value, 'conflicting duplicate paths');
  for (const [source, i] of records(src.sources as Record<string, unknown>[] | undefined)) {
    const sp = [...p, 'sources', i];
    let n = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const s = source[kind];
      if (!isRecord(s)) continue;
      n++;
      out.push(...requireString(s, 'name', [...sp, kind], [...sp, kind]));
      for (const [kp, j] of records(s.items as Record<string, unknown>[] | undefined)) {
        const ip = [...sp, kind, 'items', j];
        out.push(...keyToPath(kp, ip));
        const path = str(kp.path);
        if (path === '') continue;
        if (paths.has(path)) out.push(conflict(str(s.name), [...ip, 'path']));
        paths.add(path);
      }
    }
    const dapi = source.downwardAPI;
    if (isRecord(dapi)) {
      n++;
      for (const [file, j] of records(dapi.items as Record<string, unknown>[] | undefined)) {
        const ip = [...sp, 'downwardAPI', 'items', j];
        out.push(...downwardFile(file, [...sp, 'downwardAPI'], ip));
        const path = str(file.path);
        if (path === '') continue;
        if (paths.has(path)) out.push(conflict(path, [...ip, 'path']));
        paths.add(path);
      }
    }
    const sat = source.serviceAccountToken;
    if (isRecord(sat)) {
      n++;
      const tp = [...sp, 'serviceAccountToken'];
      // SetDefaults_ServiceAccountTokenProjection: expirationSeconds 3600 when absent.
      const exp = num(sat.expirationSeconds) ?? 3600;
      if (exp < 600) out.push(invalidShown([...tp, 'expirationSeconds'], [...tp, 'expirationSeconds'], exp, 'may not specify a duration less than 10 minutes'));
      if (exp > 2 ** 32) out.push(invalidShown([...tp, 'expirationSeconds'], [...tp, 'expirationSeconds'], exp, 'may not specify a duration larger than 2^32 seconds'));
      // Upstream names the projected volume's `path` here, not the token's.
      if (str(sat.path) === '') out.push(requiredShown([...p, 'path'], tp));
      else out.push(...localNonReserved(str(sat.path), [...p, 'path'], [...tp, 'path']));
    }
    if (isRecord(source.clusterTrustBundle)) n++;
    if (isRecord(source.podCertificate)) n++;
    if (n > 1) out.push(forbidden(sp, 'may not specify more than 1 volume type per source'));
  }
  return out;
}

// ---- volumes (ValidateVolumes, validateVolumeSource) ----

/**
 * The volume sources in validateVolumeSource's order: [JSON field, name upstream gives its field in
 * "may not specify more than 1 volume type", name it validates the source under].
 */
const SOURCES: readonly (readonly [string, string, string])[] = [
  ['emptyDir', 'emptyDir', 'emptyDir'],
  ['hostPath', 'hostPath', 'hostPath'],
  ['gitRepo', 'gitRepo', 'gitRepo'],
  ['gcePersistentDisk', 'gcePersistentDisk', 'persistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore', 'awsElasticBlockStore'],
  ['secret', 'secret', 'secret'],
  ['nfs', 'nfs', 'nfs'],
  ['iscsi', 'iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs', 'glusterfs'],
  ['flocker', 'flocker', 'flocker'],
  ['persistentVolumeClaim', 'persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd', 'rbd'],
  ['cinder', 'cinder', 'cinder'],
  ['cephfs', 'cephFS', 'cephfs'],
  ['quobyte', 'quobyte', 'quobyte'],
  ['downwardAPI', 'downwarAPI', 'downwardAPI'],
  ['fc', 'fc', 'fc'],
  ['flexVolume', 'flexVolume', 'flexVolume'],
  ['configMap', 'configMap', 'configMap'],
  ['azureFile', 'azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk', 'azureDisk'],
  ['storageos', 'storageos', 'storageos'],
  ['projected', 'projected', 'projected'],
  ['scaleIO', 'scaleIO', 'scaleIO'],
  ['csi', 'csi', 'csi'],
  ['ephemeral', 'ephemeral', 'ephemeral'],
  ['image', 'image', 'image'],
];

const ISCSI_IQN = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\s]+)$/;
const ISCSI_EUI = /^eui.[A-Za-z0-9]{16}$/;
const ISCSI_NAA = /^naa.[A-Za-z0-9]{32}$/;

function iscsiName(v: string, shown: Path, at: Path, prefixDetail: string): Problem[] {
  if (!v.startsWith('iqn') && !v.startsWith('eui') && !v.startsWith('naa')) return [invalidShown(shown, at, v, prefixDetail)];
  if ((v.startsWith('iqn') && !ISCSI_IQN.test(v)) || (v.startsWith('eui') && !ISCSI_EUI.test(v)) || (v.startsWith('naa') && !ISCSI_NAA.test(v))) {
    return [invalidShown(shown, at, v, 'must be valid format')];
  }
  return [];
}

const PARTITION = 'must be between 1 and 255, inclusive';

/** The checks of one volume source (validateXxxVolumeSource); `shown` is the path upstream names, `at` the source in the manifest. */
function volumeSource(kind: string, s: Record<string, unknown>, shown: Path, at: Path, volName: string, minor: number): Problem[] {
  const req = (name: string, detail?: string): Problem[] => requireString(s, name, shown, at, detail);
  const out: Problem[] = [];
  switch (kind) {
    case 'emptyDir': {
      const q = parseQuantity(s.sizeLimit);
      if (q !== undefined && q < 0) out.push(forbidden([...at, 'sizeLimit'], 'SizeLimit field must be a valid resource quantity'));
      break;
    }
    case 'hostPath':
      if (str(s.path) === '') return req('path');
      out.push(...noBacksteps(str(s.path), [...shown, 'path'], [...at, 'path']));
      break;
    case 'gitRepo':
      out.push(...req('repository'));
      out.push(...localDescending(str(s.directory), [...shown, 'directory'], [...at, 'directory']));
      break;
    case 'gcePersistentDisk':
    case 'awsElasticBlockStore': {
      out.push(...req(kind === 'gcePersistentDisk' ? 'pdName' : 'volumeID'));
      const part = num(s.partition);
      if (part !== undefined && (part < 0 || part > 255)) out.push(invalidShown([...shown, 'partition'], [...at, 'partition'], part, PARTITION));
      break;
    }
    case 'secret':
      out.push(...req('secretName'));
      out.push(...fileMode(s.defaultMode, [...shown, 'defaultMode'], [...at, 'defaultMode']));
      out.push(...items(s, at));
      break;
    case 'configMap':
      out.push(...req('name'));
      out.push(...fileMode(s.defaultMode, [...shown, 'defaultMode'], [...at, 'defaultMode']));
      out.push(...items(s, at));
      break;
    case 'nfs':
      out.push(...req('server'), ...req('path'));
      if (!str(s.path).startsWith('/')) out.push(invalidShown([...shown, 'path'], [...at, 'path'], str(s.path), 'must be an absolute path'));
      break;
    case 'iscsi': {
      out.push(...req('targetPortal'));
      const iqn = str(s.iqn);
      if (iqn === '') out.push(...req('iqn'));
      else out.push(...iscsiName(iqn, [...shown, 'iqn'], [...at, 'iqn'], 'must be valid format starting with iqn, eui, or naa'));
      const lun = num(s.lun) ?? 0;
      if (lun < 0 || lun > 255) out.push(invalidShown([...shown, 'lun'], [...at, 'lun'], lun, 'must be between 0 and 255, inclusive'));
      if ((s.chapAuthDiscovery === true || s.chapAuthSession === true) && !isRecord(s.secretRef)) out.push(requiredShown([...shown, 'secretRef'], at));
      if (typeof s.initiatorName === 'string') {
        out.push(...iscsiName(s.initiatorName, [...shown, 'initiatorname'], [...at, 'initiatorName'], 'must be valid format starting with iqn, eui, or naa'));
        if (`${volName}:${str(s.targetPortal)}`.length > 64) {
          out.push(invalidShown([...shown, 'name'], at, volName, 'Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified.'));
        }
      }
      break;
    }
    case 'glusterfs':
      out.push(...req('endpoints'), ...req('path'));
      break;
    case 'flocker': {
      const name = str(s.datasetName);
      const uuid = str(s.datasetUUID);
      if (name === '' && uuid === '') out.push(requiredShown(shown, at, 'one of datasetName and datasetUUID is required'));
      if (name !== '' && uuid !== '') out.push(invalidShown(shown, at, 'resource', 'datasetName and datasetUUID can not be specified simultaneously'));
      if (name.includes('/')) out.push(invalidShown([...shown, 'datasetName'], [...at, 'datasetName'], name, "must not contain '/'"));
      break;
    }
    case 'persistentVolumeClaim':
      out.push(...req('claimName'));
      break;
    case 'rbd':
      if (list(s.monitors).length === 0) out.push(requiredShown([...shown, 'monitors'], at));
      out.push(...req('image'));
      break;
    case 'cinder':
      out.push(...req('volumeID'));
      if (isRecord(s.secretRef)) out.push(...requireString(s.secretRef, 'name', [...shown, 'secretRef'], [...at, 'secretRef']));
      break;
    case 'cephfs':
      if (list(s.monitors).length === 0) out.push(requiredShown([...shown, 'monitors'], at));
      break;
    case 'quobyte': {
      const registry = str(s.registry);
      if (registry === '') out.push(...req('registry', 'must be a host:port pair or multiple pairs separated by commas'));
      else if (str(s.tenant).length >= 65) out.push(requiredShown([...shown, 'tenant'], [...at, 'tenant'], 'must be a UUID and may not exceed a length of 64 characters'));
      else {
        for (const pair of registry.split(',')) {
          if (!/^(\[[^\]]*\]|[^:[\]]*):[^:]*$/.test(pair)) out.push(invalidShown([...shown, 'registry'], [...at, 'registry'], registry, 'must be a host:port pair or multiple pairs separated by commas'));
        }
      }
      out.push(...req('volume'));
      break;
    }
    case 'downwardAPI':
      out.push(...fileMode(s.defaultMode, [...shown, 'defaultMode'], [...at, 'defaultMode']));
      for (const [file, i] of records(s.items as Record<string, unknown>[] | undefined)) out.push(...downwardFile(file, shown, [...at, 'items', i]));
      break;
    case 'fc': {
      const wwns = list(s.targetWWNs);
      const wwids = list(s.wwids);
      if (wwns.length === 0 && wwids.length === 0) out.push(requiredShown([...shown, 'targetWWNs'], at, 'must specify either targetWWNs or wwids, but not both'));
      if (wwns.length > 0 && wwids.length > 0) out.push(invalidShown([...shown, 'targetWWNs'], [...at, 'targetWWNs'], wwns, 'targetWWNs and wwids can not be specified simultaneously'));
      if (wwns.length > 0) {
        const lun = num(s.lun);
        if (lun === undefined) out.push(requiredShown([...shown, 'lun'], at, 'lun is required if targetWWNs is specified'));
        else if (lun < 0 || lun > 255) out.push(invalidShown([...shown, 'lun'], [...at, 'lun'], lun, 'must be between 0 and 255, inclusive'));
      }
      break;
    }
    case 'flexVolume':
      out.push(...req('driver'));
      for (const k of Object.keys(isRecord(s.options) ? s.options : {})) {
        const ns = k.includes('/') ? k.slice(0, k.indexOf('/')) : k;
        const normalized = `.${ns.toLowerCase()}`;
        if (normalized.endsWith('.kubernetes.io') || normalized.endsWith('.k8s.io')) {
          out.push(invalidShown([...shown, 'options', k], [...at, 'options', k], k, 'kubernetes.io and k8s.io namespaces are reserved'));
        }
      }
      break;
    case 'azureFile':
      out.push(...req('secretName'), ...req('shareName'));
      break;
    case 'vsphereVolume':
      out.push(...req('volumePath'));
      break;
    case 'photonPersistentDisk':
      out.push(...req('pdID'));
      break;
    case 'portworxVolume':
      out.push(...req('volumeID'));
      break;
    case 'azureDisk':
      out.push(...req('diskName'), ...req('diskURI'));
      break;
    case 'storageos':
      if (str(s.volumeName) === '') out.push(...req('volumeName'));
      else out.push(...dns1123Label(str(s.volumeName)).map((e) => invalidShown([...shown, 'volumeName'], [...at, 'volumeName'], s.volumeName, e)));
      if (str(s.volumeNamespace) !== '') out.push(...dns1123Label(str(s.volumeNamespace)).map((e) => invalidShown([...shown, 'volumeNamespace'], [...at, 'volumeNamespace'], s.volumeNamespace, e)));
      if (isRecord(s.secretRef)) out.push(...requireString(s.secretRef, 'name', [...shown, 'secretRef'], [...at, 'secretRef']));
      break;
    case 'projected':
      out.push(...projected(s, at));
      break;
    case 'scaleIO':
      out.push(...req('gateway'), ...req('system'), ...req('volumeName'));
      break;
    case 'csi': {
      // ValidateCSIDriverName.
      const driver = str(s.driver);
      if (driver === '') out.push(requiredShown([...shown, 'driver'], at));
      if (driver.length > 63) out.push({ path: [...at, 'driver'], message: `${fieldName([...shown, 'driver'])}: Too long: may not be more than 63 bytes` });
      out.push(...dns1123Subdomain(driver.toLowerCase()).map((e) => invalidShown([...shown, 'driver'], [...at, 'driver'], driver, e)));
      const ref = s.nodePublishSecretRef;
      if (isRecord(ref)) {
        if (str(ref.name) === '') out.push(requiredShown([...shown, 'nodePublishSecretRef', 'name'], [...at, 'nodePublishSecretRef']));
        // Upstream names csi.name here.
        else out.push(...dns1123Subdomain(str(ref.name)).map((e) => invalidShown([...shown, 'name'], [...at, 'nodePublishSecretRef', 'name'], ref.name, e)));
      }
      break;
    }
    case 'ephemeral': {
      const tpl = s.volumeClaimTemplate;
      if (!isRecord(tpl)) return [requiredShown([...shown, 'volumeClaimTemplate'], at)];
      const tp = [...at, 'volumeClaimTemplate'];
      // ValidateTemplateObjectMeta: only labels and annotations may be set.
      if (isRecord(tpl.metadata)) {
        for (const [k, v] of Object.entries(tpl.metadata)) {
          if (k !== 'labels' && k !== 'annotations' && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) out.push(forbidden([...tp, 'metadata', k], 'cannot be set'));
        }
      }
      // ValidatePersistentVolumeClaimSpec (claimSpec); its access modes are required here too.
      out.push(...claimSpec({ spec: tpl.spec as PersistentVolumeClaimSpec | undefined } as PersistentVolumeClaim, tp, minor));
      if (isRecord(tpl.spec) && list(tpl.spec.accessModes).length === 0) out.push(required([...tp, 'spec', 'accessModes'], 'at least 1 access mode is required', [...tp, 'spec']));
      break;
    }
  }
  return out;
}

/** ValidateVolumes: the template's volumes that reach the pod (claim templates replace their namesakes). */
function volumes(spec: PodSpec, path: Path, claimNames: string[], minor: number): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>(claimNames);
  for (const [v, i] of records(spec.volumes)) {
    const vp = [...path, 'volumes', i];
    const name = v.name;
    if (typeof name === 'string' && claimNames.includes(name)) continue;
    if (name === '') out.push(required([...vp, 'name'], undefined, vp));
    else if (typeof name === 'string') {
      out.push(...names([...vp, 'name'], name, dns1123Label));
      if (seen.has(name)) out.push(duplicate([...vp, 'name'], name));
      seen.add(name);
    }
    // SetDefaults_Volume makes a volume without a source an emptyDir, so "must specify a volume type"
    // cannot be reached from a v1 manifest.
    let n = 0;
    const src = v as Volume & Record<string, unknown>;
    for (const [kind, moreName, validated] of SOURCES) {
      const s = src[kind];
      if (!isRecord(s)) continue;
      if (n > 0) {
        out.push({ path: [...vp, kind], message: `${fieldName([...vp, moreName])}: Forbidden: may not specify more than 1 volume type` });
        continue;
      }
      n++;
      out.push(...volumeSource(kind, s, [...vp, validated], [...vp, kind], typeof name === 'string' ? name : '', minor));
    }
  }
  return out;
}

// ---- affinity (validateAffinity) ----

/** ValidateNodeSelectorRequirement (the operator itself is in the enum table). */
function nodeSelectorRequirement(rq: NodeSelectorRequirement, p: Path, allowInvalidValues: boolean): Problem[] {
  const out: Problem[] = [];
  const values = strings(rq.values);
  out.push(...(operatorValueCount(rq.operator, values, p) ?? []));
  if ((rq.operator === 'Gt' || rq.operator === 'Lt') && values.length !== 1) out.push(required([...p, 'values'], "must be specified single value when `operator` is 'Lt' or 'Gt'", p));
  if (typeof rq.key === 'string') out.push(...qualifiedName(rq.key).map((e) => invalid([...p, 'key'], rq.key, e)));
  if (!allowInvalidValues) {
    values.forEach((v, j) => out.push(...labelValue(v).map((e) => invalid([...p, 'values', j], v, e))));
  }
  return out;
}

/** ValidateNodeFieldSelectorRequirement: metadata.name is the only field, with one value. */
function nodeFieldRequirement(rq: NodeSelectorRequirement, p: Path): Problem[] {
  const out: Problem[] = [];
  const values = strings(rq.values);
  if ((rq.operator === 'In' || rq.operator === 'NotIn') && values.length !== 1) {
    out.push(required([...p, 'values'], "must be only one value when `operator` is 'In' or 'NotIn' for node field selector", p));
  }
  if (rq.key !== 'metadata.name') out.push(invalid([...p, 'key'], str(rq.key), 'not a valid field selector key'));
  else values.forEach((v, j) => out.push(...dns1123Subdomain(v).map((e) => invalid([...p, 'values', j], v, e))));
  return out;
}

function nodeSelectorTerm(term: NodeSelectorTerm, p: Path, allowInvalidValues: boolean): Problem[] {
  const out: Problem[] = [];
  for (const [rq, j] of records(term.matchExpressions)) out.push(...nodeSelectorRequirement(rq, [...p, 'matchExpressions', j], allowInvalidValues));
  for (const [rq, j] of records(term.matchFields)) out.push(...nodeFieldRequirement(rq, [...p, 'matchFields', j]));
  return out;
}

function weight(w: unknown, p: Path): Problem[] {
  const n = num(w) ?? 0;
  return n <= 0 || n > 100 ? [invalid(p, n, 'must be in the range 1-100')] : [];
}

/** Labels every pod of the set carries (template labels plus the controller's), for matchLabelKeys. */
function podLabelKeys(templateLabels: Record<string, string>, minor: number): Set<string> {
  const keys = new Set(Object.keys(templateLabels));
  keys.add('controller-revision-hash');
  keys.add('statefulset.kubernetes.io/pod-name');
  if (minor >= 28) keys.add('apps.kubernetes.io/pod-index');
  return keys;
}

/**
 * validateMatchLabelKeysAndMismatchLabelKeys, as it runs on the pod whose labelSelector the pod
 * strategy (PrepareForCreate) has extended with `key In (pod's value)` for each matchLabelKey the pod
 * carries and `key NotIn` for each mismatchLabelKey. MatchLabelKeysInPodAffinity is on from 1.31.
 */
function matchLabelKeys(term: PodAffinityTerm, p: Path, podKeys: Set<string>, minor: number): Problem[] {
  if (minor < 31) return [];
  const out: Problem[] = [];
  const sel = isRecord(term.labelSelector) ? (term.labelSelector as LabelSelector) : undefined;
  const match = strings(term.matchLabelKeys);
  const mismatch = strings(term.mismatchLabelKeys);
  for (const [field, keys] of [['matchLabelKeys', match], ['mismatchLabelKeys', mismatch]] as const) {
    if (keys.length === 0) continue;
    if (!sel) {
      out.push(forbidden([...p, field], 'must not be specified when labelSelector is not set'));
      continue;
    }
    keys.forEach((k, j) => out.push(...qualifiedName(k).map((e) => invalid([...p, field, j], k, e))));
  }
  if (sel) {
    const index = new Map<string, number>();
    match.forEach((k, j) => index.set(k, j));
    const seen = new Set(Object.keys(isRecord(sel.matchLabels) ? sel.matchLabels : {}));
    const exprKeys = records(sel.matchExpressions).map(([e]) => str(e.key));
    // The expressions the pod strategy appends (only for keys the pod carries).
    for (const k of [...match, ...mismatch]) if (podKeys.has(k)) exprKeys.push(k);
    for (const key of exprKeys) {
      const j = index.get(key);
      if (j !== undefined && seen.has(key)) {
        out.push({ path: [...p, 'matchLabelKeys', j], message: fieldError.invalid(`${fieldName(p)}[${j}]`, key, 'exists in both matchLabelKeys and labelSelector') });
        index.delete(key);
      }
      seen.add(key);
    }
  }
  const mis = new Set(mismatch);
  match.forEach((k, j) => {
    if (mis.has(k)) out.push(invalid([...p, 'matchLabelKeys', j], k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  return out;
}

/** validatePodAffinityTerm. */
function podAffinityTerm(term: PodAffinityTerm, p: Path, podKeys: Set<string>, minor: number): Problem[] {
  const out: Problem[] = [];
  out.push(...labelSelector(isRecord(term.labelSelector) ? term.labelSelector : undefined, [...p, 'labelSelector']));
  out.push(...labelSelector(isRecord(term.namespaceSelector) ? term.namespaceSelector : undefined, [...p, 'namespaceSelector']));
  strings(term.namespaces).forEach((ns, j) => out.push(...dns1123Label(ns).map((e) => invalidShown([...p, 'namespace'], [...p, 'namespaces', j], ns, e))));
  out.push(...matchLabelKeys(term, p, podKeys, minor));
  const key = str(term.topologyKey);
  if (key === '') out.push(required([...p, 'topologyKey'], 'can not be empty', p));
  out.push(...qualifiedName(key).map((e) => ({ ...invalid([...p, 'topologyKey'], key, e), ...(key === '' ? { path: p, key: true } : {}) })));
  return out;
}

function affinity(a: Affinity | undefined, path: Path, podKeys: Set<string>, minor: number): Problem[] {
  if (!isObj(a)) return [];
  const out: Problem[] = [];
  const base = [...path, 'affinity'];
  const na = a.nodeAffinity;
  if (isObj(na)) {
    const np = [...base, 'nodeAffinity'];
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (isObj(req)) {
      const rp = [...np, 'requiredDuringSchedulingIgnoredDuringExecution'];
      const terms = records(req.nodeSelectorTerms);
      if (list(req.nodeSelectorTerms).length === 0) out.push(required([...rp, 'nodeSelectorTerms'], 'must have at least one node selector term', rp));
      // A new pod gets AllowInvalidLabelValueInRequiredNodeAffinity false (no old pod to keep).
      for (const [t, i] of terms) out.push(...nodeSelectorTerm(t, [...rp, 'nodeSelectorTerms', i], false));
    }
    // ValidatePreferredSchedulingTerms always allows invalid label values.
    for (const [t, i] of records(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      const tp = [...np, 'preferredDuringSchedulingIgnoredDuringExecution', i];
      out.push(...weight(t.weight, [...tp, 'weight']));
      if (isObj(t.preference)) out.push(...nodeSelectorTerm(t.preference, [...tp, 'preference'], true));
    }
  }
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const pa = a[kind];
    if (!isObj(pa)) continue;
    const pp = [...base, kind];
    for (const [t, i] of records(pa.requiredDuringSchedulingIgnoredDuringExecution)) {
      out.push(...podAffinityTerm(t, [...pp, 'requiredDuringSchedulingIgnoredDuringExecution', i], podKeys, minor));
    }
    for (const [t, i] of records(pa.preferredDuringSchedulingIgnoredDuringExecution)) {
      const tp = [...pp, 'preferredDuringSchedulingIgnoredDuringExecution', i];
      out.push(...weight(t.weight, [...tp, 'weight']));
      if (isObj(t.podAffinityTerm)) out.push(...podAffinityTerm(t.podAffinityTerm, [...tp, 'podAffinityTerm'], podKeys, minor));
    }
  }
  return out;
}

// ---- tolerations, topology spread, node selector ----

/** ValidateTolerations (operator and effect values are in the enum table). */
function tolerations(list: Toleration[] | undefined, path: Path): Problem[] {
  const out: Problem[] = [];
  for (const [t, i] of records(list)) {
    const p = [...path, 'tolerations', i];
    const key = str(t.key);
    const op = str(t.operator);
    const value = str(t.value);
    if (key !== '') out.push(...qualifiedName(key).map((e) => invalid([...p, 'key'], key, e)));
    if (key === '' && op !== 'Exists') {
      out.push({ ...invalid([...p, 'operator'], op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'), ...(t.operator === undefined ? { path: p, key: true } : {}) });
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute') {
      out.push({ ...invalid([...p, 'effect'], str(t.effect), "effect must be 'NoExecute' when `tolerationSeconds` is set"), ...(t.effect === undefined ? { path: [...p, 'tolerationSeconds'] } : {}) });
    }
    const at = t.operator === undefined ? [...p, 'value'] : [...p, 'operator'];
    if (op === 'Equal' || op === '') {
      const errs = labelValue(value);
      if (errs.length > 0) out.push({ path: at, message: fieldError.invalid(fieldName([...p, 'operator']), value, errs.join(';')) });
    } else if (op === 'Exists' && value !== '') {
      out.push({ path: [...p, 'value'], message: fieldError.invalid(fieldName([...p, 'operator']), value, "value must be empty when `operator` is 'Exists'") });
    }
  }
  return out;
}

/**
 * validateTopologySpreadConstraints (whenUnsatisfiable and the node inclusion policies are in the
 * enum table). MatchLabelKeysInPodTopologySpread is on in every release we know; from 1.34 the pod
 * strategy merges matchLabelKeys into the selector, and the key-in-both check is left to it.
 */
function topologySpread(list: TopologySpreadConstraint[] | undefined, path: Path, minor: number): Problem[] {
  const out: Problem[] = [];
  const all = records(list);
  all.forEach(([c, i], n) => {
    const p = [...path, 'topologySpreadConstraints', i];
    if (typeof c.maxSkew === 'number' && c.maxSkew <= 0) out.push(invalid([...p, 'maxSkew'], c.maxSkew, 'must be greater than zero'));
    if (c.topologyKey === '') out.push(required([...p, 'topologyKey'], 'can not be empty', p));
    const wu = str(c.whenUnsatisfiable);
    if (all.slice(n + 1).some(([o]) => str(o.topologyKey) === str(c.topologyKey) && str(o.whenUnsatisfiable) === wu)) {
      out.push({ path: p, message: fieldError.duplicate(`${fieldName(p)}.{topologyKey, whenUnsatisfiable}`, `{${str(c.topologyKey)}, ${wu}}`) });
    }
    if (typeof c.minDomains === 'number') {
      if (c.minDomains <= 0) out.push(invalid([...p, 'minDomains'], c.minDomains, 'must be greater than zero'));
      if (wu !== 'DoNotSchedule') out.push(invalid([...p, 'minDomains'], c.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${wu}`));
    }
    const keys = strings(c.matchLabelKeys);
    const sel = isObj(c.labelSelector) ? c.labelSelector : undefined;
    if (keys.length > 0) {
      if (!sel) out.push(forbidden([...p, 'matchLabelKeys'], 'must not be specified when labelSelector is not set'));
      const selKeys = new Set([...Object.keys(isRecord(sel?.matchLabels) ? sel!.matchLabels : {}), ...records(sel?.matchExpressions).map(([e]) => str(e.key))]);
      keys.forEach((k, j) => {
        out.push(...qualifiedName(k).map((e) => invalid([...p, 'matchLabelKeys', j], k, e)));
        if (minor < 34 && selKeys.has(k)) out.push(invalid([...p, 'matchLabelKeys', j], k, 'exists in both matchLabelKeys and labelSelector'));
      });
    }
    out.push(...labelSelector(sel, [...p, 'labelSelector']));
  });
  return out;
}

// ---- DNS (validatePodDNSConfig), host aliases, gates ----

/** validation.IsValidIP. */
const isValidIP = (v: string): boolean => ipFamilyOf(v) !== undefined;

const IP_DETAIL = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

const DNS1123_SUBDOMAIN_UNDERSCORE = /^_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/;

function dnsConfig(spec: PodSpec, path: Path, minor: number): Problem[] {
  const out: Problem[] = [];
  const cp = [...path, 'dnsConfig'];
  const cfg = isObj(spec.dnsConfig) ? spec.dnsConfig : undefined;
  if (spec.dnsPolicy === 'None') {
    if (!cfg) return [{ ...required(cp, 'must provide `dnsConfig` when `dnsPolicy` is None', path), path: [...path, 'dnsPolicy'], key: false }];
    if (strings(cfg.nameservers).length === 0) return [required([...cp, 'nameservers'], 'must provide at least one DNS nameserver when `dnsPolicy` is None', cp)];
  }
  if (!cfg) return out;
  const ns = strings(cfg.nameservers);
  if (ns.length > 3) out.push(invalid([...cp, 'nameservers'], ns, 'must not have more than 3 nameservers'));
  list(cfg.nameservers).forEach((n, i) => {
    if (typeof n === 'string' && !isValidIP(n)) out.push(invalid([...cp, 'nameservers', i], n, IP_DETAIL));
  });
  const searches = strings(cfg.searches);
  if (searches.length > 32) out.push(invalid([...cp, 'searches'], searches, 'must not have more than 32 search paths'));
  if (searches.join(' ').length > 2048) out.push(invalid([...cp, 'searches'], searches, 'must not have more than 2048 characters (including spaces) in the search list'));
  // RelaxedDNSSearchValidation (beta, on from 1.33): "." and underscores are allowed.
  list(cfg.searches).forEach((s, i) => {
    if (typeof s !== 'string') return;
    const at = [...cp, 'searches', i];
    if (minor >= 33) {
      if (s === '.') return;
      const v = s.replace(/\.$/, '');
      const errs: string[] = [];
      if (v.length > 253) errs.push('must be no more than 253 characters');
      if (!DNS1123_SUBDOMAIN_UNDERSCORE.test(v)) {
        errs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')");
      }
      out.push(...errs.map((e) => invalid(at, v, e)));
    } else {
      const v = s.replace(/\.$/, '');
      out.push(...dns1123Subdomain(v).map((e) => invalid(at, v, e)));
    }
  });
  for (const [o, i] of records(cfg.options)) {
    if (str(o.name) === '') out.push({ path: [...cp, 'options', i], key: true, message: fieldError.required(fieldName([...cp, 'options', i]), 'must not be empty') });
  }
  return out;
}

function hostAliases(spec: PodSpec, path: Path): Problem[] {
  const out: Problem[] = [];
  for (const [h, i] of records(spec.hostAliases)) {
    const p = [...path, 'hostAliases', i];
    const ip = str(h.ip);
    if (!isValidIP(ip)) out.push({ ...invalid([...p, 'ip'], ip, IP_DETAIL), ...(h.ip === undefined ? { path: p, key: true } : {}) });
    list(h.hostnames).forEach((n, j) => {
      if (typeof n === 'string') out.push(...dns1123Subdomain(n).map((e) => invalid([...p, 'hostnames', j], n, e)));
    });
  }
  return out;
}

function gates(spec: PodSpec, path: Path): Problem[] {
  const out: Problem[] = [];
  for (const [g, i] of records(spec.readinessGates)) {
    const p = [...path, 'readinessGates', i, 'conditionType'];
    out.push(...qualifiedName(str(g.conditionType)).map((e) => invalid(p, str(g.conditionType), e)));
  }
  // validateSchedulingGates names the list item, not its name field.
  const seen = new Set<string>();
  for (const [g, i] of records(spec.schedulingGates)) {
    const shown = [...path, 'schedulingGates', i];
    const at = [...shown, 'name'];
    const name = str(g.name);
    out.push(...qualifiedName(name).map((e) => invalidShown(shown, at, name, e)));
    if (seen.has(name)) out.push({ path: at, message: fieldError.duplicate(fieldName(shown), name) });
    seen.add(name);
  }
  return out;
}

// ---- security context (validatePodSpecSecurityContext) and host namespaces ----

const ID_RANGE = 'must be between 0 and 2147483647, inclusive';
const SYSCTL = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
const SYSCTL_DETAIL = 'must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$';

/** utilsysctl.GetNamespace, on the dotted form of the name (NormalizeName). */
function sysctlNamespace(name: string): 'net' | 'ipc' | undefined {
  const firstSep = name.search(/[./]/);
  const n = firstSep >= 0 && name[firstSep] === '/' ? name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/')) : name;
  if (n === 'kernel.sem' || n.startsWith('kernel.shm') || n.startsWith('kernel.msg') || n.startsWith('fs.mqueue.')) return 'ipc';
  if (n.startsWith('net.')) return 'net';
  return undefined;
}

function securityContext(spec: PodSpec, path: Path, minor: number): Problem[] {
  const out: Problem[] = [];
  const sc = isObj(spec.securityContext) ? spec.securityContext : undefined;
  const sp = [...path, 'securityContext'];
  if (sc) {
    for (const f of ['fsGroup', 'runAsUser', 'runAsGroup'] as const) {
      const v = sc[f];
      if (typeof v === 'number' && (v < 0 || v > 2147483647)) out.push(invalid([...sp, f], v, ID_RANGE));
    }
    list(sc.supplementalGroups).forEach((g, i) => {
      if (typeof g === 'number' && (g < 0 || g > 2147483647)) out.push(invalid([...sp, 'supplementalGroups', i], g, ID_RANGE));
    });
    const names = new Set<string>();
    for (const [s, i] of records(sc.sysctls)) {
      const np = [...sp, 'sysctls', i, 'name'];
      const name = str(s.name);
      if (name === '') out.push(required(np, undefined, [...sp, 'sysctls', i]));
      else if (name.length > 253 || !SYSCTL.test(name)) out.push(invalid(np, name, SYSCTL_DETAIL));
      else if (names.has(name)) out.push(duplicate(np, name));
      // ValidateHostSysctl (a new pod never gets AllowNamespacedSysctlsForHostNetAndHostIPC).
      const ns = sysctlNamespace(name);
      if (spec.hostNetwork === true && ns === 'net') out.push(invalid(np, name, "may not be specified when 'hostNetwork' is true"));
      else if (spec.hostIPC === true && ns === 'ipc') out.push(invalid(np, name, "may not be specified when 'hostIPC' is true"));
      names.add(name);
    }
    const seccomp = sc.seccompProfile;
    if (isRecord(seccomp)) {
      const p = [...sp, 'seccompProfile'];
      if (seccomp.type === 'Localhost') {
        if (typeof seccomp.localhostProfile !== 'string') out.push(required([...p, 'localhostProfile'], 'must be set when seccomp type is Localhost', p));
        else out.push(...localDescending(seccomp.localhostProfile, [...p, 'localhostProfile'], [...p, 'localhostProfile']));
      } else if (typeof seccomp.localhostProfile === 'string') {
        out.push(invalid([...p, 'localhostProfile'], seccomp, 'can only be set when seccomp type is Localhost'));
      }
    }
    const apparmor = (sc as Record<string, unknown>).appArmorProfile;
    if (minor >= 30 && isRecord(apparmor)) {
      const p = [...sp, 'appArmorProfile'];
      const lp = apparmor.localhostProfile;
      if (apparmor.type === 'Localhost') {
        if (typeof lp !== 'string') out.push(required([...p, 'localhostProfile'], 'must be set when AppArmor type is Localhost', p));
        else {
          if (lp.trim() !== lp) out.push(invalid([...p, 'localhostProfile'], lp, 'must not be padded with whitespace'));
          else if (lp === '') out.push(required([...p, 'localhostProfile'], 'must be set when AppArmor type is Localhost', [...p, 'localhostProfile']));
          if (lp.length > 4095) out.push({ path: [...p, 'localhostProfile'], message: `${fieldName([...p, 'localhostProfile'])}: Too long: may not be more than 4095 bytes` });
        }
      } else if ((apparmor.type === 'RuntimeDefault' || apparmor.type === 'Unconfined') && typeof lp === 'string') {
        out.push(invalid([...p, 'localhostProfile'], lp, 'can only be set when AppArmor type is Localhost'));
      }
    }
  }
  // The internal PodSecurityContext holds hostPID and shareProcessNamespace: upstream names them under securityContext.
  if (spec.shareProcessNamespace === true && spec.hostPID === true) {
    out.push(invalidShown([...sp, 'shareProcessNamespace'], [...path, 'shareProcessNamespace'], true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
  }
  // validateHostUsers (UserNamespacesSupport on from 1.33; before, hostUsers is dropped).
  if (minor >= 33 && spec.hostUsers === false) {
    for (const [f, shown] of [['hostNetwork', 'hostNetwork'], ['hostPID', 'HostPID'], ['hostIPC', 'HostIPC']] as const) {
      if (spec[f] === true) out.push({ path: [...path, f], message: `${fieldName([...path, shown])}: Forbidden: when \`pod.Spec.HostUsers\` is false` });
    }
  }
  return out;
}

/** validatePodHostNetworkDeps for a Pod: with hostNetwork a set hostPort must equal containerPort (0 is defaulted to it). */
function hostNetworkPorts(spec: PodSpec, path: Path): Problem[] {
  if (spec.hostNetwork !== true) return [];
  const out: Problem[] = [];
  for (const [c, i] of records(spec.containers)) {
    for (const [port, j] of records(c.ports)) {
      const hp = port.hostPort;
      if (typeof hp === 'number' && hp !== 0 && hp !== port.containerPort) {
        out.push(invalid([...path, 'containers', i, 'ports', j, 'hostPort'], hp, 'must match `containerPort` when `hostNetwork` is true'));
      }
    }
  }
  return out;
}

/** validateLinux / validateWindows: fields the other OS cannot have (run only when os.name is valid). */
function osFields(spec: PodSpec, path: Path): Problem[] {
  const os = isRecord(spec.os) ? str(spec.os.name) : '';
  if (os !== 'linux' && os !== 'windows') return [];
  const out: Problem[] = [];
  const sc = (isRecord(spec.securityContext) ? spec.securityContext : {}) as Record<string, unknown>;
  const sp = [...path, 'securityContext'];
  const allContainers = (['containers', 'initContainers'] as const).flatMap((kind) => records(spec[kind]).map(([c, i]) => [c.securityContext as Record<string, unknown> | undefined, [...path, kind, i, 'securityContext']] as const));
  if (os === 'linux') {
    if (sc.windowsOptions !== undefined) out.push(forbidden([...sp, 'windowsOptions'], 'windows options cannot be set for a linux pod'));
    for (const [csc, cp] of allContainers) if (isRecord(csc) && csc.windowsOptions !== undefined) out.push(forbidden([...cp, 'windowsOptions'], 'windows options cannot be set for a linux pod'));
    return out;
  }
  const no = (at: Path, shown?: Path): Problem => ({ path: at, message: `${fieldName(shown ?? at)}: Forbidden: cannot be set for a windows pod` });
  for (const f of ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy'] as const) {
    if (sc[f] !== undefined) out.push(no([...sp, f]));
  }
  if (list(sc.sysctls).length > 0) out.push(no([...sp, 'sysctls']));
  if (spec.hostUsers !== undefined) out.push(no([...path, 'hostUsers']));
  if (spec.hostPID === true) out.push(no([...path, 'hostPID']));
  if (spec.hostIPC === true) out.push(no([...path, 'hostIPC']));
  if (spec.shareProcessNamespace !== undefined) out.push(no([...path, 'shareProcessNamespace']));
  for (const [csc, cp] of allContainers) {
    if (!isRecord(csc)) continue;
    for (const f of ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'] as const) {
      if (csc[f] !== undefined) out.push(no([...cp, f]));
    }
  }
  return out;
}

/** The pod-level entries of the enum table (the container entries are validate-container.ts's). */
function podEnums(spec: PodSpec, path: Path, minor: number): Problem[] {
  const out: Problem[] = [];
  for (const p of enumProblems('PodSpec', spec, path, minor)) {
    const first = p.entry.path[0];
    if (typeof first !== 'string') continue;
    const emptyRequired = p.value === '' && typeof p.entry.empty === 'object';
    const shown = p.entry.atParent && !emptyRequired ? p.path.slice(0, -1) : p.path;
    out.push({ path: p.path, message: enumMessage(p, fieldName(shown)) });
  }
  return out;
}

/**
 * ValidatePodSpec, for the pod each ordinal gets. StatefulSet admission does not run these; the
 * controller's pod creation does, so a violation is a FailedCreate rollout, not an apply error.
 * `path` is the pod spec's path inside the StatefulSet; `templateLabels` are the template's labels
 * (the pod's, with the controller's own), which decide what the pod strategy adds to affinity terms.
 */
export function podSpec(spec: PodSpec, path: Path, claimNames: string[], minor: number, templateLabels: Record<string, string> = {}): Problem[] {
  const out: Problem[] = [];
  out.push(...volumes(spec, path, claimNames, minor));
  // validateContainers: an empty list (a missing one is the schema's `containers: Required value`).
  if (Array.isArray(spec.containers) && spec.containers.length === 0) out.push(shownAt(required([...path, 'containers']), [...path, 'containers']));
  out.push(...containers(spec, path, minor));
  out.push(...hostNetworkPorts(spec, path));
  out.push(...podEnums(spec, path, minor));
  // ValidateLabels on nodeSelector.
  out.push(...labelMap(spec.nodeSelector, [...path, 'nodeSelector']));
  out.push(...securityContext(spec, path, minor));
  out.push(...affinity(spec.affinity, path, podLabelKeys(templateLabels, minor), minor));
  out.push(...dnsConfig(spec, path, minor));
  out.push(...gates(spec, path));
  out.push(...topologySpread(spec.topologySpreadConstraints, path, minor));
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') {
    out.push(...names([...path, 'serviceAccountName'], spec.serviceAccountName, dns1123Subdomain));
  }
  for (const f of ['nodeName', 'priorityClassName', 'runtimeClassName'] as const) {
    const v = spec[f];
    if (typeof v === 'string' && (v !== '' || f === 'runtimeClassName')) out.push(...names([...path, f], v, dns1123Subdomain));
  }
  out.push(...tolerations(spec.tolerations, path));
  out.push(...hostAliases(spec, path));
  out.push(...osFields(spec, path));
  return out;
}

// ---- pod-specific annotations (ValidatePodSpecificAnnotations, run by validatePodMetadataAndSpec) ----

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** helper.GetDeletionCostFromPodAnnotations: a base-10 int32 without a plus sign or leading zeros. */
function validDeletionCost(v: string): boolean {
  // validFirstDigit, then strconv.ParseInt(v, 10, 32).
  const first = v[0];
  if (first === undefined || !(first === '-' || v === '0' || (first >= '1' && first <= '9'))) return false;
  if (!/^-?[0-9]+$/.test(v)) return false;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647;
}

/** ValidateSeccompProfile: the values the deprecated seccomp annotations take. */
function seccompAnnotation(v: string, at: Path): Problem[] {
  if (v === 'runtime/default' || v === 'docker/default' || v === 'unconfined') return [];
  if (v.startsWith('localhost/')) return localDescending(v.slice('localhost/'.length), at, at);
  return [invalid(at, v, 'must be a valid seccomp profile')];
}

/**
 * The pod annotations (the template's) that pod creation validates with the pod spec: the AppArmor
 * annotations name a container of the pod and a known profile form, the seccomp annotations a
 * known profile, the deletion cost a 32-bit integer (a new pod never gets AllowInvalidPodDeletionCost).
 * `path` is the template metadata's annotations.
 */
export function podAnnotations(annotations: unknown, spec: PodSpec, path: Path): Problem[] {
  if (!isRecord(annotations)) return [];
  const out: Problem[] = [];
  const containerNames = new Set((['containers', 'initContainers'] as const).flatMap((k) => records(spec[k]).map(([c]) => str(c.name))));
  for (const [k, raw] of Object.entries(annotations)) {
    if (typeof raw !== 'string') continue;
    const at = [...path, k];
    if (k === DELETION_COST && !validDeletionCost(raw)) out.push(invalid(at, raw, 'must be a 32bit integer'));
    if (k === SECCOMP_POD || k.startsWith(SECCOMP_CONTAINER_PREFIX)) out.push(...seccompAnnotation(raw, at));
    if (k.startsWith(APPARMOR_PREFIX)) {
      const container = k.slice(APPARMOR_PREFIX.length);
      if (!containerNames.has(container)) out.push(invalid(at, container, 'container not found'));
      // ValidateAppArmorProfileFormat.
      if (raw !== '' && raw !== 'runtime/default' && raw !== 'unconfined' && !raw.startsWith('localhost/')) {
        out.push(invalid(at, raw, `invalid AppArmor profile name: ${JSON.stringify(raw)}`));
      }
    }
  }
  return out;
}
