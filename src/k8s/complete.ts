/**
 * What the API server requires before it creates an object of a kind stsplan checks. A kustomize
 * patch leaves these fields to the object it patches; an object that lacks them while another
 * input defines the same object in full is most likely such a patch.
 */
import type { Resource } from '../resource.js';
import { isRecord } from './objects.js';

const has = (o: unknown, ...path: string[]): boolean => {
  let v: unknown = o;
  for (const k of path) v = isRecord(v) ? v[k] : undefined;
  return v !== undefined && v !== null;
};

/** Field paths the object lacks that its kind needs at creation; [] for kinds stsplan does not check. */
export function missingToCreate(r: Resource): string[] {
  const o = r.object;
  const need = (paths: string[][]): string[] => paths.filter((p) => !has(o, ...p)).map((p) => p.join('.'));
  switch (r.kind) {
    case 'StatefulSet':
      return need([['spec', 'selector'], ['spec', 'template']]);
    case 'Service': {
      const spec = isRecord(o.spec) ? o.spec : {};
      if (spec.type === 'ExternalName') return need([['spec', 'externalName']]);
      if (spec.clusterIP === 'None') return [];
      return Array.isArray(spec.ports) && spec.ports.length > 0 ? [] : ['spec.ports'];
    }
    case 'PersistentVolumeClaim':
      return need([['spec', 'accessModes'], ['spec', 'resources', 'requests', 'storage']]);
    case 'PersistentVolume':
      return need([['spec', 'capacity'], ['spec', 'accessModes']]);
    case 'StorageClass':
      return need([['provisioner']]);
    default:
      return [];
  }
}

/**
 * Whether an incomplete object has the shape of a strategic-merge patch: it leaves out what
 * identifies its pods or endpoints, not only something required. A StatefulSet patch carries
 * neither a selector nor template labels; a Service patch neither a selector nor ports.
 */
export function patchShaped(r: Resource): boolean {
  const o = r.object;
  switch (r.kind) {
    case 'StatefulSet': {
      const labels = isRecord(o.spec) && isRecord(o.spec.template) && isRecord(o.spec.template.metadata) ? o.spec.template.metadata.labels : undefined;
      return !has(o, 'spec', 'selector') && !(isRecord(labels) && Object.keys(labels).length > 0);
    }
    case 'Service':
      return !has(o, 'spec', 'selector') && !has(o, 'spec', 'ports');
    case 'PersistentVolumeClaim':
      return !has(o, 'spec', 'accessModes') && !has(o, 'spec', 'resources', 'requests', 'storage');
    case 'PersistentVolume':
      return !has(o, 'spec', 'capacity') && !has(o, 'spec', 'accessModes');
    case 'StorageClass':
      return !has(o, 'provisioner');
    default:
      return false;
  }
}
