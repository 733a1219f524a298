/**
 * validateContainers and validateInitContainers (pkg/apis/core/validation, callees of ValidatePodSpec):
 * names, images, ports, mounts, probes, resources of every container of a pod spec.
 */
import type { Container, PodSpec, Probe } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { dns1123Label, ianaServiceName, portNumber } from './names.js';
import { isRecord, records } from './objects.js';
import { parseQuantity } from './quantity.js';
import { duplicate, forbidden, invalid, names, required, type Problem } from './validate.js';

function probe(p: Probe | undefined, path: Path): Problem[] {
  if (!p || typeof p !== 'object') return [];
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => (p as Record<string, unknown>)[h] !== undefined);
  if (handlers.length === 0) return [required([...path, 'handler'], 'must specify a handler type', path)];
  if (handlers.length > 1) return [forbidden([...path, handlers[1]!], 'may not specify more than 1 handler type')];
  const out: Problem[] = [];
  for (const h of ['httpGet', 'tcpSocket'] as const) {
    const port = p[h]?.port;
    if (typeof port === 'number') out.push(...portNumber(port).map((e) => invalid([...path, h, 'port'], port, e)));
    else if (typeof port === 'string') out.push(...ianaServiceName(port).map((e) => invalid([...path, h, 'port'], port, e)));
  }
  return out;
}

function compareResources(c: Container, path: Path): Problem[] {
  const out: Problem[] = [];
  const req = c.resources?.requests;
  const lim = c.resources?.limits;
  if (!isRecord(req) || !isRecord(lim)) return out;
  for (const [name, value] of Object.entries(req)) {
    const l = parseQuantity(lim[name]);
    const r = parseQuantity(value);
    if (l !== undefined && r !== undefined && r > l) out.push(invalid([...path, 'resources', 'requests', name], value, `must be less than or equal to ${name} limit of ${String(lim[name])}`));
  }
  return out;
}

/** The containers and init containers of `spec` (at `path`), as the pod's creation validates them. */
export function containers(spec: PodSpec, path: Path, _minor: number): Problem[] {
  const out: Problem[] = [];
  const containerNames = new Set<string>();
  for (const kind of ['initContainers', 'containers'] as const) {
    for (const [c, i] of records(spec[kind])) {
      const cp = [...path, kind, i];
      if (typeof c.name !== 'string' || c.name === '') out.push(required([...cp, 'name'], undefined, cp));
      else {
        out.push(...names([...cp, 'name'], c.name, dns1123Label));
        if (containerNames.has(c.name)) out.push(duplicate([...cp, 'name'], c.name));
        containerNames.add(c.name);
      }
      if (typeof c.image !== 'string' || c.image.trim() === '') out.push(required([...cp, 'image'], undefined, cp));
      // Port names are unique per container (validateContainerPorts).
      const portNames = new Set<string>();
      for (const [p, j] of records(c.ports)) {
        const pp = [...cp, 'ports', j];
        if (typeof p.containerPort === 'number') out.push(...portNumber(p.containerPort).map((e) => invalid([...pp, 'containerPort'], p.containerPort, e)));
        if (typeof p.hostPort === 'number' && p.hostPort !== 0) out.push(...portNumber(p.hostPort).map((e) => invalid([...pp, 'hostPort'], p.hostPort, e)));
        if (typeof p.name === 'string' && p.name !== '') {
          out.push(...ianaServiceName(p.name).map((e) => invalid([...pp, 'name'], p.name, e)));
          if (portNames.has(p.name)) out.push(duplicate([...pp, 'name'], p.name));
          portNames.add(p.name);
        }
      }
      const mountPaths = new Set<string>();
      for (const [m, j] of records(c.volumeMounts)) {
        const mp = [...cp, 'volumeMounts', j];
        if (typeof m.mountPath !== 'string' || m.mountPath === '') out.push(required([...mp, 'mountPath'], undefined, mp));
        else {
          if (mountPaths.has(m.mountPath)) out.push(invalid([...mp, 'mountPath'], m.mountPath, 'must be unique'));
          mountPaths.add(m.mountPath);
        }
      }
      for (const p of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) out.push(...probe(c[p], [...cp, p]));
      out.push(...compareResources(c, cp));
    }
  }
  return out;
}
