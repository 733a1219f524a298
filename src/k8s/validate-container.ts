/**
 * validateContainers and validateInitContainers (pkg/apis/core/validation, callees of ValidatePodSpec)
 * and validateContainersOnlyForPod: every check the API server runs on the containers and init
 * containers of a pod it creates, on the pod after SetDefaults_* (an absent defaulted field counts as
 * its default). Enumerated values are the container entries of the enum table (enums.ts).
 */
import type { Container, PodSpec, Probe, SecurityContext, VolumeMount } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { fieldName } from './values.js';
import { enumMessage, enumProblems, type EnumProblem } from './enums.js';
import { dns1123Label, dns1123Subdomain, ianaServiceName, portNumber, qualifiedName } from './names.js';
import { isRecord, records } from './objects.js';
import { parseQuantity } from './quantity.js';
import { canonicalQuantity } from './quantity-canonical.js';
import type { Problem } from './validate.js';
import { fieldError, show, str, num } from './values.js';

// ---- messages in field.Error's form; `loc` is where the finding points, `field` what the message names ----

const name = (p: Path): string => fieldName(p);
/** A map key in a field path, as field.Path.Key prints it: `resources.limits[cpu]`. */
const keyed = (p: Path, key: string): string => `${name(p)}[${key}]`;

const invalid = (loc: Path, value: unknown, detail: string, field = name(loc)): Problem => ({ path: loc, message: fieldError.invalid(field, value, detail) });
const forbidden = (loc: Path, detail: string, field = name(loc)): Problem => ({ path: loc, message: fieldError.forbidden(field, detail) });
const duplicate = (loc: Path, value: unknown, field = name(loc)): Problem => ({ path: loc, message: fieldError.duplicate(field, value) });
const unsupported = (loc: Path, value: unknown, values: readonly string[], field = name(loc)): Problem => ({ path: loc, message: fieldError.unsupported(field, value, values) });
/** field.Required for `field`; located at the field when present (empty), else at its parent's key. */
const required = (obj: unknown, key: string, p: Path, detail = ''): Problem => {
  const present = isRecord(obj) && Object.hasOwn(obj, key);
  return { path: present ? [...p, key] : p, key: !present, message: fieldError.required(name([...p, key]), detail) };
};


// ---- apimachinery/pkg/util/validation grammars not in names.ts ----

const regexError = (msg: string, fmt: string, ...examples: string[]): string =>
  `${msg} (e.g. ${examples.map((e) => `'${e}', `).join('or ')}regex used for validation is '${fmt}')`;

function chDirPrefix(v: string): string[] {
  if (v === '.') return ["must not be '.'"];
  if (v === '..') return ["must not be '..'"];
  if (v.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** IsEnvVarName (strict) and IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation). */
export function envVarName(v: string, relaxed: boolean): string[] {
  if (relaxed) {
    const errs: string[] = [];
    if (v.length === 0) errs.push('environment variable name must be non-empty');
    if ([...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e || c === '=')) {
      errs.push("a valid environment variable name must consist only of printable ASCII characters other than '='");
    }
    return errs;
  }
  const errs: string[] = [];
  if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(v)) {
    errs.push(regexError("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit", '[-._a-zA-Z][-._a-zA-Z0-9]*', 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'));
  }
  return [...errs, ...chDirPrefix(v)];
}

/** IsConfigMapKey. */
function configMapKey(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push('must be no more than 253 characters');
  if (!/^[-._a-zA-Z0-9]+$/.test(v)) errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", '[-._a-zA-Z0-9]+', 'key.name', 'KEY_NAME', 'key-name'));
  return [...errs, ...chDirPrefix(v)];
}

/** NameIsDNSSubdomain(name, prefix): a generateName-style prefix may end with '-'. */
const subdomainName = (v: string, prefix: boolean): string[] => dns1123Subdomain(prefix && v.endsWith('-') ? `${v.slice(0, -1)}a` : v);

/** validateLocalDescendingPath: relative, without '..'. */
function localDescendingPath(loc: Path, v: string, field: string): Problem[] {
  const out: Problem[] = [];
  if (v.startsWith('/')) out.push(invalid(loc, v, 'must be a relative path', field));
  if (v.split('/').includes('..')) out.push(invalid(loc, v, "must not contain '..'", field));
  return out;
}

// ---- the enum table's container entries ----

/** The table's container entries (paths starting with containers/initContainers); pod-level ones are the pod's. */
function containerEnumProblems(spec: PodSpec, path: Path, minor: number): EnumProblem[] {
  return enumProblems('PodSpec', spec, path, minor).filter((p) => {
    const first = p.entry.path[0];
    return Array.isArray(first) ? first.includes('containers') : first === 'containers' || first === 'initContainers';
  });
}

function enumProblem(p: EnumProblem): Problem {
  const drop = p.entry.messageDropsIndexAfter;
  let field = p.path;
  if (drop !== undefined) {
    const i = p.path.lastIndexOf(drop);
    if (i >= 0 && typeof p.path[i + 1] === 'number') field = p.entry.messageNamesList ? p.path.slice(0, i + 1) : [...p.path.slice(0, i + 1), ...p.path.slice(i + 2)];
  }
  return { path: p.path, message: enumMessage(p, name(field)) };
}

// ---- probes and lifecycle handlers ----

type Handler = Record<string, unknown>;

/** ValidatePortNumOrName. */
function portNumOrName(loc: Path, port: unknown): Problem[] {
  if (typeof port === 'number') return portNumber(port).map((e) => invalid(loc, port, e));
  if (typeof port === 'string') return ianaServiceName(port).map((e) => invalid(loc, port, e));
  return [];
}

/** IsHTTPHeaderName: an RFC 7230 token. */
const httpHeaderName = (v: string): string[] =>
  /^[-A-Za-z0-9!#$%&'*+.^_`|~]+$/.test(v) ? [] : [regexError('a valid HTTP header must consist of alphanumeric characters or \'-\'', "[-A-Za-z0-9]+", 'X-Header-Name')];

/** validateHandler: exactly one handler; each handler's own checks. `kinds` are the handler fields of the type. */
function handler(h: Handler, p: Path, kinds: readonly string[], gracePeriod: number, minor: number): Problem[] {
  const out: Problem[] = [];
  let n = 0;
  for (const kind of kinds) {
    const v = h[kind];
    if (v === undefined) continue;
    const hp = [...p, kind];
    if (n > 0) {
      out.push(forbidden(hp, 'may not specify more than 1 handler type'));
      continue;
    }
    n++;
    if (!isRecord(v)) continue;
    switch (kind) {
      case 'exec':
        // validateExecAction
        if (!Array.isArray(v.command) || v.command.length === 0) out.push(required(v, 'command', hp));
        break;
      case 'httpGet':
        // validateHTTPGetAction; SetDefaults_HTTPGetAction makes an empty path "/" and scheme HTTP (the table).
        out.push(...portNumOrName([...hp, 'port'], v.port));
        for (const [hdr] of records(v.httpHeaders as { name?: unknown }[] | undefined)) {
          if (typeof hdr.name === 'string') out.push(...httpHeaderName(hdr.name).map((e) => invalid([...hp, 'httpHeaders'], hdr.name, e)));
        }
        break;
      case 'tcpSocket':
        out.push(...portNumOrName([...hp, 'port'], v.port));
        break;
      case 'grpc':
        // validateGRPCAction: the port is an int32, checked as a port number.
        if (typeof v.port === 'number') out.push(...portNumber(v.port).map((e) => invalid([...hp, 'port'], v.port, e)));
        break;
      case 'sleep': {
        // validateSleepAction against the pod's terminationGracePeriodSeconds (defaulted to 30);
        // zero is allowed from 1.33 (PodLifecycleSleepActionAllowZero on).
        const s = num(v.seconds);
        if (s === undefined) break;
        if (minor >= 33) {
          if (s < 0 || s > gracePeriod) out.push(invalid(hp, s, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`));
        } else if (s <= 0 || s > gracePeriod) {
          out.push(invalid(hp, s, `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`));
        }
        break;
      }
    }
  }
  if (n === 0) out.push({ path: p, message: fieldError.required(name(p), 'must specify a handler type') });
  return out;
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

/** validateProbe plus validateLivenessProbe / validateReadinessProbe / validateStartupProbe. */
function probe(p: Probe | undefined, path: Path, kind: 'livenessProbe' | 'readinessProbe' | 'startupProbe', gracePeriod: number, minor: number): Problem[] {
  if (!isRecord(p)) return [];
  const out = handler(p as Handler, path, PROBE_HANDLERS, gracePeriod, minor);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    const v = num(p[f]);
    if (v !== undefined && v < 0) out.push(invalid([...path, f], v, 'must be greater than or equal to 0'));
  }
  const tgps = num(p.terminationGracePeriodSeconds);
  if (tgps !== undefined && tgps <= 0) out.push(invalid([...path, 'terminationGracePeriodSeconds'], tgps, 'must be greater than 0'));
  // successThreshold 0 (or absent) is defaulted to 1 (SetDefaults_Probe).
  const st = num(p.successThreshold);
  if (kind !== 'readinessProbe' && st !== undefined && st !== 0 && st !== 1) out.push(invalid([...path, 'successThreshold'], st, 'must be 1'));
  if (kind === 'readinessProbe' && p.terminationGracePeriodSeconds !== undefined) {
    out.push(invalid([...path, 'terminationGracePeriodSeconds'], p.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
  }
  return out;
}

function lifecycle(c: Container, p: Path, gracePeriod: number, minor: number): Problem[] {
  const lc = c.lifecycle;
  if (!isRecord(lc)) return [];
  const out: Problem[] = [];
  for (const h of ['postStart', 'preStop'] as const) {
    if (isRecord(lc[h])) out.push(...handler(lc[h] as Handler, [...p, 'lifecycle', h], LIFECYCLE_HANDLERS, gracePeriod, minor));
  }
  return out;
}

// ---- ports ----

/** validateContainerPorts (the protocol enum is the table's). */
function ports(c: Container, p: Path): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const [port, j] of records(c.ports)) {
    const pp = [...p, 'ports', j];
    if (typeof port.name === 'string' && port.name !== '') {
      const errs = ianaServiceName(port.name);
      if (errs.length > 0) out.push(...errs.map((e) => invalid([...pp, 'name'], port.name, e)));
      else if (seen.has(port.name)) out.push(duplicate([...pp, 'name'], port.name));
      else seen.add(port.name);
    }
    // A missing containerPort is the schema's `Required value`.
    if (port.containerPort === 0) out.push(required(port, 'containerPort', pp));
    else if (typeof port.containerPort === 'number') out.push(...portNumber(port.containerPort).map((e) => invalid([...pp, 'containerPort'], port.containerPort, e)));
    if (typeof port.hostPort === 'number' && port.hostPort !== 0) out.push(...portNumber(port.hostPort).map((e) => invalid([...pp, 'hostPort'], port.hostPort, e)));
  }
  return out;
}

/** AccumulateUniqueHostPorts over `list` (the containers at `base`), keyed by protocol/hostIP/hostPort. */
function hostPortConflicts(list: [Container, number][], base: Path): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const [c, i] of list) {
    for (const [port, j] of records(c.ports)) {
      if (typeof port.hostPort !== 'number' || port.hostPort === 0) continue;
      const key = `${port.protocol || 'TCP'}/${str(port.hostIP)}/${port.hostPort}`;
      if (seen.has(key)) out.push(duplicate([...base, i, 'ports', j, 'hostPort'], key));
      else seen.add(key);
    }
  }
  return out;
}

// ---- env and envFrom ----

const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
/** ConvertDownwardAPIFieldLabel's v1 pod field labels. */
const POD_FIELD_LABELS = new Set(['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs']);
const RESOURCE_FIELD_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const BYTE_DIVISORS = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);

/** validateObjectFieldSelector with the env var expressions (after ConvertDownwardAPIFieldLabel). */
function fieldRef(fs: Record<string, unknown>, p: Path): Problem[] {
  // SetDefaults_ObjectFieldSelector: apiVersion "v1" when empty.
  const apiVersion = str(fs.apiVersion) || 'v1';
  const fp = str(fs.fieldPath);
  if (fp === '') return [required(fs, 'fieldPath', p)];
  const converting = (e: string): Problem[] => [invalid([...p, 'fieldPath'], fp, `error converting fieldPath: ${e}`)];
  if (apiVersion !== 'v1') return converting(`unsupported pod version: ${apiVersion}`);
  const sub = /^(.+)\['(.*)'\]$/.exec(fp);
  if (sub) {
    const [, bare, key] = sub as unknown as [string, string, string];
    if (bare !== 'metadata.annotations' && bare !== 'metadata.labels') return converting(`field label does not support subscript: ${fp}`);
    const k = bare === 'metadata.annotations' ? key.toLowerCase() : key;
    return qualifiedName(k).map((e) => invalid(p, k, e));
  }
  // spec.host is the old name of spec.nodeName.
  const label = fp === 'spec.host' ? 'spec.nodeName' : fp;
  if (!POD_FIELD_LABELS.has(label)) return converting(`field label not supported: ${fp}`);
  if (!ENV_FIELD_PATHS.includes(label)) return [unsupported([...p, 'fieldPath'], label, [...ENV_FIELD_PATHS].sort())];
  return [];
}

/** validateContainerResourceFieldSelector (env: no containerName needed) and validateContainerResourceDivisor. */
function resourceFieldRef(fs: Record<string, unknown>, p: Path): Problem[] {
  const out: Problem[] = [];
  const r = str(fs.resource);
  if (r === '') out.push(required(fs, 'resource', p));
  else if (!RESOURCE_FIELD_PATHS.includes(r) && !r.startsWith('requests.hugepages-') && !r.startsWith('limits.hugepages-')) {
    out.push(unsupported([...p, 'resource'], r, RESOURCE_FIELD_PATHS));
  }
  if (fs.divisor !== undefined && (typeof fs.divisor === 'string' || typeof fs.divisor === 'number') && parseQuantity(fs.divisor) !== 0) {
    const d = canonicalQuantity(fs.divisor);
    const dp = [...p, 'divisor'];
    if ((r === 'limits.cpu' || r === 'requests.cpu') && d !== '1m' && d !== '1') out.push(invalid(dp, r, 'only divisor\'s values 1m and 1 are supported with the cpu resource'));
    const bytes = (kind: string): Problem => invalid(dp, r, `only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the ${kind} resource`);
    if ((r === 'limits.memory' || r === 'requests.memory') && !BYTE_DIVISORS.has(d)) out.push(bytes('memory'));
    if ((r === 'limits.ephemeral-storage' || r === 'requests.ephemeral-storage') && !BYTE_DIVISORS.has(d)) out.push(bytes('local ephemeral storage'));
    if ((r.startsWith('requests.hugepages-') || r.startsWith('limits.hugepages-')) && !BYTE_DIVISORS.has(d)) out.push(bytes('hugepages'));
  }
  return out;
}

/** validateConfigMapKeySelector / validateSecretKeySelector: the name is checked even when empty. */
function keySelector(s: Record<string, unknown>, p: Path): Problem[] {
  const out = subdomainName(str(s.name), false).map((e) => invalid([...p, 'name'], str(s.name), e));
  const key = str(s.key);
  if (key === '') out.push(required(s, 'key', p));
  else out.push(...configMapKey(key).map((e) => invalid([...p, 'key'], key, e)));
  return out;
}

/** ValidateEnv and validateEnvVarValueFrom. */
function env(c: Container, p: Path, relaxed: boolean): Problem[] {
  const out: Problem[] = [];
  for (const [ev, i] of records(c.env)) {
    const ep = [...p, 'env', i];
    const n = str(ev.name);
    if (n === '') out.push(required(ev, 'name', ep));
    else out.push(...envVarName(n, relaxed).map((e) => invalid([...ep, 'name'], n, e)));
    const vf = ev.valueFrom;
    if (!isRecord(vf)) continue;
    const vp = [...ep, 'valueFrom'];
    let sources = 0;
    if (isRecord(vf.fieldRef)) {
      sources++;
      out.push(...fieldRef(vf.fieldRef, [...vp, 'fieldRef']));
    }
    if (isRecord(vf.resourceFieldRef)) {
      sources++;
      out.push(...resourceFieldRef(vf.resourceFieldRef, [...vp, 'resourceFieldRef']));
    }
    for (const k of ['configMapKeyRef', 'secretKeyRef'] as const) {
      if (!isRecord(vf[k])) continue;
      sources++;
      out.push(...keySelector(vf[k] as Record<string, unknown>, [...vp, k]));
    }
    // fileKeyRef (EnvFiles, 1.34+) counts as a source; its own rules are not ported.
    if (isRecord((vf as Record<string, unknown>).fileKeyRef)) sources++;
    if (sources === 0) out.push(invalid(vp, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
    else if (str(ev.value) !== '') out.push(invalid(vp, '', 'may not be specified when `value` is not empty'));
    else if (sources > 1) out.push(invalid(vp, '', 'may not have more than one field specified at a time'));
  }
  return out;
}

/** ValidateEnvFrom: the prefix is an env var name; exactly one of configMapRef and secretRef. */
function envFrom(c: Container, p: Path, relaxed: boolean): Problem[] {
  const out: Problem[] = [];
  for (const [ef, i] of records(c.envFrom)) {
    const ip = [...p, 'envFrom', i];
    const prefix = str(ef.prefix);
    if (prefix !== '') out.push(...envVarName(prefix, relaxed).map((e) => invalid([...ip, 'prefix'], prefix, e)));
    let sources = 0;
    for (const k of ['configMapRef', 'secretRef'] as const) {
      const ref = ef[k];
      if (!isRecord(ref)) continue;
      sources++;
      const n = str(ref.name);
      if (n === '') out.push(required(ref, 'name', [...ip, k]));
      else out.push(...subdomainName(n, true).map((e) => invalid([...ip, k, 'name'], n, e)));
    }
    // Upstream names the list (envFrom), not the item.
    const field = name([...p, 'envFrom']);
    if (sources === 0) out.push(invalid(ip, '', 'must specify one of: `configMapRef` or `secretRef`', field));
    else if (sources > 1) out.push(invalid(ip, '', 'may not have more than one field specified at a time', field));
  }
  return out;
}

// ---- volume mounts and devices ----

/** ValidateVolumeMounts (names that match no volume are the volume-mount-unknown rule) and ValidateVolumeDevices. */
function mountsAndDevices(c: Container, p: Path, minor: number): Problem[] {
  const out: Problem[] = [];
  const devices = records(c.volumeDevices);
  const deviceNames = new Map(devices.map(([d]) => [str(d.name), str(d.devicePath)]));
  const devicePaths = new Set(devices.map(([d]) => str(d.devicePath)));
  const mounts = records(c.volumeMounts);
  const mountNames = new Set(mounts.map(([m]) => str(m.name)));
  const mountPaths = new Set(mounts.map(([m]) => str(m.mountPath)));
  const privileged = isRecord(c.securityContext) && c.securityContext.privileged === true;
  const seen = new Set<string>();
  const listField = (f: string): string => name([...p, 'volumeMounts', f]);
  for (const [m, j] of mounts) {
    const mp = [...p, 'volumeMounts', j];
    const path = str(m.mountPath);
    if (path === '') out.push(required(m, 'mountPath', mp));
    else if (seen.has(path)) out.push(invalid([...mp, 'mountPath'], path, 'must be unique'));
    seen.add(path);
    if (str(m.name) !== '' && deviceNames.has(str(m.name))) out.push(invalid([...mp, 'name'], m.name, 'must not already exist in volumeDevices'));
    if (path !== '' && devicePaths.has(path)) out.push(invalid([...mp, 'mountPath'], path, 'must not already exist as a path in volumeDevices'));
    const subPath = str(m.subPath);
    const subPathExpr = str(m.subPathExpr);
    // Upstream names `volumeMounts.subPath` (no index) for these two.
    if (subPath !== '') out.push(...localDescendingPath([...mp, 'subPath'], subPath, listField('subPath')));
    if (subPathExpr !== '') {
      if (subPath !== '') out.push(invalid([...mp, 'subPathExpr'], subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      out.push(...localDescendingPath([...mp, 'subPathExpr'], subPathExpr, listField('subPathExpr')));
    }
    // validateMountPropagation (the values are the table's).
    if (m.mountPropagation === 'Bidirectional' && !privileged) {
      out.push(forbidden([...mp, 'mountPropagation'], 'Bidirectional mount propagation is available only to privileged containers', listField('mountPropagation')));
    }
    out.push(...recursiveReadOnly(m, mp, listField('recursiveReadOnly'), minor));
  }
  const devSeenNames = new Set<string>();
  const devSeenPaths = new Set<string>();
  for (const [d, j] of devices) {
    const dp = [...p, 'volumeDevices', j];
    const dn = str(d.name);
    const path = str(d.devicePath);
    if (dn === '') out.push(required(d, 'name', dp));
    if (devSeenNames.has(dn)) out.push(invalid([...dp, 'name'], dn, 'must be unique'));
    if (path === '') out.push(required(d, 'devicePath', dp));
    if (devSeenPaths.has(path)) out.push(invalid([...dp, 'devicePath'], path, 'must be unique'));
    if (path !== '' && path.split('/').includes('..')) out.push(invalid([...dp, 'devicePath'], path, "can not contain backsteps ('..')"));
    else devSeenPaths.add(path);
    if (mountNames.has(dn)) out.push(invalid([...dp, 'name'], dn, 'must not already exist in volumeMounts'));
    if (mountPaths.has(path)) out.push(invalid([...dp, 'devicePath'], path, 'must not already exist as a path in volumeMounts'));
    if (dn !== '') devSeenNames.add(dn);
  }
  return out;
}

/** validateMountRecursiveReadOnly (RecursiveReadOnlyMounts on from 1.31; the values are the table's). */
function recursiveReadOnly(m: VolumeMount, mp: Path, field: string, minor: number): Problem[] {
  const rro = m.recursiveReadOnly;
  if (minor < 31 || (rro !== 'Enabled' && rro !== 'IfPossible')) return [];
  const out: Problem[] = [];
  if (m.readOnly !== true) out.push(forbidden([...mp, 'recursiveReadOnly'], 'may only be specified when readOnly is true', field));
  if (m.mountPropagation !== undefined && m.mountPropagation !== 'None') out.push(forbidden([...mp, 'recursiveReadOnly'], 'may only be specified when mountPropagation is None or not specified', field));
  return out;
}

// ---- resources (ValidateContainerResourceRequirements) ----

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
  'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const isHugePages = (r: string): boolean => r.startsWith('hugepages-');
const isNative = (r: string): boolean => !r.includes('/') || r.includes('kubernetes.io/');
/** helper.IsExtendedResourceName. */
const isExtended = (r: string): boolean => !isNative(r) && !r.startsWith('requests.') && qualifiedName(`requests.${r}`).length === 0;
const overcommitAllowed = (r: string): boolean => isNative(r) && !isHugePages(r);

/** validateContainerResourceName. */
function resourceName(r: string, loc: Path, field: string): Problem[] {
  const errs = qualifiedName(r).map((e) => invalid(loc, r, e, field));
  if (errs.length > 0) return errs;
  const out: Problem[] = [];
  if (!r.includes('/')) {
    if (!STANDARD.has(r) && !isHugePages(r)) out.push(invalid(loc, r, 'must be a standard resource type or fully qualified', field));
    if (!STANDARD_CONTAINER.has(r) && !isHugePages(r)) out.push(invalid(loc, r, 'must be a standard resource for containers', field));
  } else if (!isNative(r) && !isExtended(r)) {
    out.push(invalid(loc, r, "doesn't follow extended resource name standard", field));
  }
  return out;
}

/** ValidateResourceQuantityValue and validateResourceQuantityHugePageValue. */
function quantityValue(r: string, raw: unknown, loc: Path, field: string): Problem[] {
  const q = parseQuantity(raw);
  if (q === undefined) return [];
  const text = canonicalQuantity(raw as string | number);
  const out: Problem[] = [];
  if (q < 0) out.push(invalid(loc, text, 'must be greater than or equal to 0', field));
  if (isExtended(r) && Math.round(q * 1000) % 1000 !== 0) out.push(invalid(loc, text, 'must be an integer', field));
  if (isHugePages(r)) {
    const page = parseQuantity(r.slice('hugepages-'.length));
    if (page === undefined || page <= 0 || !Number.isInteger(page) || Math.trunc(q) % page !== 0) out.push(invalid(loc, text, `${text} is not positive integer multiple of ${r}`, field));
  }
  return out;
}

function resources(c: Container, p: Path, podClaims: Set<string>, minor: number): Problem[] {
  const res = c.resources;
  if (!isRecord(res)) return [];
  const out: Problem[] = [];
  const rp = [...p, 'resources'];
  const limits = isRecord(res.limits) ? res.limits : {};
  // SetDefaults_Pod: a resource with a limit and no request gets the limit as its request.
  const requests: Record<string, unknown> = { ...limits, ...(isRecord(res.requests) ? res.requests : {}) };
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [r, v] of Object.entries(limits)) {
    const loc = [...rp, 'limits', r];
    const field = keyed([...rp, 'limits'], r);
    out.push(...resourceName(r, loc, field), ...quantityValue(r, v, loc, field));
    if (isHugePages(r)) hugePages = true;
    if (r === 'cpu' || r === 'memory') cpuOrMemory = true;
  }
  const explicit = isRecord(res.requests) ? res.requests : {};
  for (const [r, v] of Object.entries(requests)) {
    const given = Object.hasOwn(explicit, r);
    const loc = given ? [...rp, 'requests', r] : [...rp, 'limits', r];
    const field = keyed([...rp, 'requests'], r);
    if (given) out.push(...resourceName(r, loc, field), ...quantityValue(r, v, loc, field));
    const q = parseQuantity(v);
    const text = typeof v === 'string' || typeof v === 'number' ? canonicalQuantity(v) : String(v);
    if (Object.hasOwn(limits, r)) {
      const l = parseQuantity(limits[r]);
      const lText = canonicalQuantity(limits[r] as string | number);
      // Upstream names the requests map, not the key.
      if (q !== undefined && l !== undefined && q !== l && !overcommitAllowed(r)) out.push(invalid(loc, text, `must be equal to ${r} limit of ${lText}`, name([...rp, 'requests'])));
      else if (q !== undefined && l !== undefined && q > l) out.push(invalid(loc, text, `must be less than or equal to ${r} limit of ${lText}`, name([...rp, 'requests'])));
    } else if (!overcommitAllowed(r)) {
      out.push({ path: loc, message: fieldError.required(name([...rp, 'limits']), 'Limit must be set for non overcommitable resources') });
    }
    if (isHugePages(r)) hugePages = true;
    if (r === 'cpu' || r === 'memory') cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory) out.push(forbidden(rp, 'HugePages require cpu or memory'));
  // validateResourceClaimNames; resources.claims exists from 1.34 (DynamicResourceAllocation on).
  if (minor >= 34) {
    const seen = new Set<string>();
    for (const [claim, i] of records(res.claims as { name?: string; request?: string }[] | undefined)) {
      const cp = [...rp, 'claims', i];
      const n = str(claim.name);
      if (n === '') {
        out.push({ path: cp, message: fieldError.required(name(cp)) });
        continue;
      }
      const request = str(claim.request);
      if (seen.has(n)) out.push(duplicate(cp, n));
      else {
        let key = n;
        if (request !== '') {
          out.push(...dns1123Label(request).map((e) => invalid([...cp, 'request'], request, e)));
          key = `${n}/${request}`;
        }
        if (seen.has(key)) out.push(duplicate(cp, key));
        else if (request === '') for (const k of seen) if (k.startsWith(`${n}/`)) out.push(duplicate(cp, n));
        seen.add(key);
      }
      if (!podClaims.has(n)) {
        const list = [...podClaims].sort();
        out.push({ path: cp, message: `${name(cp)}: Not found: ${show(n)}: must be one of the names in pod.spec.resourceClaims${list.length === 0 ? ' which is empty' : `: ${list.join(', ')}`}` });
      }
    }
  }
  return out;
}

// ---- resize policy ----

/** validateResizePolicy's duplicate resource names (values are the table's; InPlacePodVerticalScaling on from 1.33). */
function resizePolicy(c: Container, p: Path, minor: number): Problem[] {
  if (minor < 33) return [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const [rp, i] of records(c.resizePolicy)) {
    const r = str(rp.resourceName);
    if (seen.has(r)) out.push(duplicate([...p, 'resizePolicy', i], r));
    seen.add(r);
  }
  return out;
}

// ---- security context (ValidateSecurityContext) ----

const MAX_ID = 2147483647;

function securityContext(sc: SecurityContext | undefined, p: Path, hostUsers: boolean, minor: number): Problem[] {
  if (!isRecord(sc)) return [];
  const sp = [...p, 'securityContext'];
  const out: Problem[] = [];
  for (const f of ['runAsUser', 'runAsGroup'] as const) {
    const v = num(sc[f]);
    if (v !== undefined && (v < 0 || v > MAX_ID)) out.push(invalid([...sp, f], v, `must be between 0 and ${MAX_ID}, inclusive`));
  }
  if (minor >= 33 && hostUsers && sc.procMount === 'Unmasked') out.push(invalid([...sp, 'procMount'], 'Unmasked', '`hostUsers` must be false to use `Unmasked`'));
  // validateSeccompProfileField (the type is the table's).
  const sec = sc.seccompProfile;
  if (isRecord(sec)) {
    const pp = [...sp, 'seccompProfile'];
    if (sec.type === 'Localhost') {
      if (typeof sec.localhostProfile !== 'string') out.push(required(sec, 'localhostProfile', pp, 'must be set when seccomp type is Localhost'));
      else out.push(...localDescendingPath([...pp, 'localhostProfile'], sec.localhostProfile, name([...pp, 'localhostProfile'])));
    } else if (sec.localhostProfile !== undefined) {
      out.push(invalid([...pp, 'localhostProfile'], sec, 'can only be set when seccomp type is Localhost'));
    }
  }
  if (sc.allowPrivilegeEscalation === false) {
    if (sc.privileged === true) out.push(invalid(sp, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
    const add = isRecord(sc.capabilities) && Array.isArray(sc.capabilities.add) ? sc.capabilities.add : [];
    for (const cap of add) if (cap === 'CAP_SYS_ADMIN') out.push(invalid(sp, sc, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
  }
  out.push(...windowsOptions(sc.windowsOptions, [...sp, 'windowsOptions']));
  // ValidateAppArmorProfileField (the type is the table's; the fields exist from 1.30).
  const aa = sc.appArmorProfile;
  if (minor >= 30 && isRecord(aa)) {
    const ap = [...sp, 'appArmorProfile'];
    const lp = [...ap, 'localhostProfile'];
    if (aa.type === 'Localhost') {
      if (typeof aa.localhostProfile !== 'string') out.push(required(aa, 'localhostProfile', ap, 'must be set when AppArmor type is Localhost'));
      else {
        const v = aa.localhostProfile;
        if (v.trim() !== v) out.push(invalid(lp, v, 'must not be padded with whitespace'));
        else if (v === '') out.push(required(aa, 'localhostProfile', ap, 'must be set when AppArmor type is Localhost'));
        if (v.length > 4095) out.push({ path: lp, message: `${name(lp)}: Too long: may not be more than 4095 bytes` });
      }
    } else if ((aa.type === 'RuntimeDefault' || aa.type === 'Unconfined') && aa.localhostProfile !== undefined) {
      out.push(invalid(lp, aa.localhostProfile, 'can only be set when AppArmor type is Localhost'));
    }
  }
  return out;
}

/** validateWindowsSecurityContextOptions. */
function windowsOptions(w: unknown, p: Path): Problem[] {
  if (!isRecord(w)) return [];
  const out: Problem[] = [];
  if (typeof w.gmsaCredentialSpecName === 'string') out.push(...dns1123Subdomain(w.gmsaCredentialSpecName).map((e) => invalid([...p, 'gmsaCredentialSpecName'], w.gmsaCredentialSpecName, e)));
  if (typeof w.gmsaCredentialSpec === 'string') {
    if (w.gmsaCredentialSpec.length === 0) out.push(invalid([...p, 'gmsaCredentialSpec'], '', 'gmsaCredentialSpec cannot be an empty string'));
    else if (w.gmsaCredentialSpec.length > 64 * 1024) out.push(invalid([...p, 'gmsaCredentialSpec'], w.gmsaCredentialSpec, 'gmsaCredentialSpec size must be under 64 KiB'));
  }
  const u = w.runAsUserName;
  if (typeof u === 'string') {
    const up = [...p, 'runAsUserName'];
    const parts = u.split('\\');
    if (u.length === 0) out.push(invalid(up, u, 'runAsUserName cannot be an empty string'));
    // eslint-disable-next-line no-control-regex
    else if (/[\x00-\x1f\x7f]/.test(u)) out.push(invalid(up, u, 'runAsUserName cannot contain control characters'));
    else if (parts.length > 2) out.push(invalid(up, u, 'runAsUserName cannot contain more than one backslash'));
    else {
      const [domain, user] = parts.length === 1 ? ['', parts[0]!] : [parts[0]!, parts[1]!];
      if (domain.length >= 256) out.push(invalid(up, u, "runAsUserName's Domain length must be under 256 characters"));
      const netBios = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
      const dns = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
      if (parts.length === 2 && !(netBios.test(domain) || dns.test(domain))) out.push(invalid(up, u, "runAsUserName's Domain doesn't match the NetBios nor the DNS format"));
      if (user.length === 0) out.push(invalid(up, u, "runAsUserName's User cannot be empty"));
      else if (user.length > 104) out.push(invalid(up, u, "runAsUserName's User length must not be longer than 104 characters"));
      if (/^[. ]+$/.test(user)) out.push(invalid(up, u, "runAsUserName's User cannot contain only periods or spaces"));
      if (/["/\\:;|=,+*?<>@[\]]/.test(user)) out.push(invalid(up, u, 'runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]'));
    }
  }
  return out;
}

// ---- validateContainerCommon, validateContainers, validateInitContainers ----

interface PodContext {
  gracePeriod: number;
  hostUsers: boolean;
  relaxedEnv: boolean;
  claims: Set<string>;
  minor: number;
}

/** validateContainerCommon plus validateContainerOnlyForPod (pods, unlike templates, reject padded images). */
function common(c: Container, cp: Path, ctx: PodContext): Problem[] {
  const out: Problem[] = [];
  if (typeof c.name !== 'string' || c.name === '') out.push(required(c, 'name', cp));
  else out.push(...dns1123Label(c.name).map((e) => invalid([...cp, 'name'], c.name, e)));
  if (typeof c.image !== 'string' || c.image === '') out.push(required(c, 'image', cp));
  else if (c.image.trim() !== c.image) out.push(invalid([...cp, 'image'], c.image, 'must not have leading or trailing whitespace'));
  out.push(...ports(c, cp));
  out.push(...env(c, cp, ctx.relaxedEnv));
  out.push(...envFrom(c, cp, ctx.relaxedEnv));
  out.push(...mountsAndDevices(c, cp, ctx.minor));
  out.push(...resources(c, cp, ctx.claims, ctx.minor));
  out.push(...resizePolicy(c, cp, ctx.minor));
  out.push(...securityContext(c.securityContext, cp, ctx.hostUsers, ctx.minor));
  return out;
}

const probesOf = (c: Container, cp: Path, ctx: PodContext): Problem[] =>
  (['livenessProbe', 'readinessProbe', 'startupProbe'] as const).flatMap((k) => probe(c[k], [...cp, k], k, ctx.gracePeriod, ctx.minor));

/** The containers and init containers of `spec` (at `path`), as the creation of each pod validates them. */
export function containers(spec: PodSpec, path: Path, minor: number): Problem[] {
  const sc = isRecord(spec.securityContext) ? spec.securityContext : {};
  const ctx: PodContext = {
    // SetDefaults_PodSpec: terminationGracePeriodSeconds 30.
    gracePeriod: num(spec.terminationGracePeriodSeconds) ?? 30,
    hostUsers: sc.hostUsers !== false,
    // RelaxedEnvironmentVariableValidation: alpha (off) 1.30–1.31, beta (on) 1.32, GA 1.34.
    relaxedEnv: minor >= 32,
    claims: new Set(records(spec.resourceClaims).map(([c]) => str(c.name)).filter(Boolean)),
    minor,
  };
  const out: Problem[] = [];
  // Enum problems under an init container's forbidden probe or lifecycle are not reported: upstream
  // rejects the whole field without looking inside.
  const skipped: Path[] = [];

  // validateContainers
  const regular = records(spec.containers);
  const regularNames = new Set<string>();
  for (const [c, i] of regular) {
    const cp = [...path, 'containers', i];
    out.push(...common(c, cp, ctx));
    const n = str(c.name);
    if (regularNames.has(n)) out.push(duplicate([...cp, 'name'], n));
    else regularNames.add(n);
    out.push(...lifecycle(c, cp, ctx.gracePeriod, minor));
    out.push(...probesOf(c, cp, ctx));
    // ContainerRestartRules (1.34+) lets regular containers carry a restartPolicy once enabled; the
    // Forbidden stands where no release can enable it.
    if (minor <= 33 && c.restartPolicy !== undefined) out.push(forbidden([...cp, 'restartPolicy'], 'may not be set for non-init containers'));
  }
  out.push(...hostPortConflicts(regular, [...path, 'containers']));

  // validateInitContainers: names are unique across regular and init containers.
  const allNames = new Set(regular.map(([c]) => str(c.name)));
  for (const [c, i] of records(spec.initContainers)) {
    const cp = [...path, 'initContainers', i];
    out.push(...common(c, cp, ctx));
    const n = str(c.name);
    if (allNames.has(n)) out.push(duplicate([...cp, 'name'], n));
    else if (n !== '') allNames.add(n);
    // Init containers run one by one: host ports conflict only within one.
    out.push(...hostPortConflicts([[c, i]], [...path, 'initContainers']));
    if (c.restartPolicy === 'Always') {
      out.push(...lifecycle(c, cp, ctx.gracePeriod, minor));
      out.push(...probesOf(c, cp, ctx));
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[f] === undefined) continue;
        out.push(forbidden([...cp, f], 'may not be set for init containers without restartPolicy=Always'));
        skipped.push([...cp, f]);
      }
    }
  }

  const under = (p: Path, base: Path): boolean => base.every((s, k) => p[k] === s);
  for (const e of containerEnumProblems(spec, path, minor)) {
    if (skipped.some((s) => under(e.path, s))) continue;
    out.push(enumProblem(e));
  }
  return out;
}
