/**
 * Cluster profiles: what a target cluster has (StorageClasses, the default one, provisioners).
 * Built-in profiles describe fresh managed clusters (spec/provisioners.md §4); a user profile is
 * any manifest file with StorageClasses, such as `kubectl get storageclass -o yaml`.
 */
import type { StorageClass } from 'kubernetes-types/storage/v1.js';

export interface StorageClassInfo {
  name: string;
  provisioner: string;
  volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer' | string;
  allowVolumeExpansion: boolean;
  isDefault: boolean;
}

/**
 * The cluster DNS server. They differ on a non-headless governing Service: CoreDNS answers
 * `<pod>.<service>.<ns>.svc` for any Service whose endpoint has a hostname
 * (plugin/kubernetes: `svc.Headless() || r.endpoint != ""`); kube-dns publishes those names only
 * for headless Services (`addDNSUsingEndpoints` returns early for a Service with a cluster IP).
 */
export type ClusterDns = 'coredns' | 'kube-dns';

export interface ClusterProfile {
  name: string;
  storageClasses: StorageClassInfo[];
  /** Provisioners that run on the cluster (CSI drivers, in-tree plugins still served). */
  provisioners: string[];
  /** The cluster's DNS server, when known. */
  dns?: ClusterDns;
}

const DEFAULT_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
const BETA_DEFAULT_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';

export function isDefaultClass(sc: Pick<StorageClass, 'metadata'>): boolean {
  const a = sc.metadata?.annotations;
  if (!a || typeof a !== 'object') return false;
  return a[DEFAULT_ANNOTATION] === 'true' || a[BETA_DEFAULT_ANNOTATION] === 'true';
}

export function storageClassInfo(sc: StorageClass): StorageClassInfo {
  return {
    name: sc.metadata?.name ?? '',
    provisioner: typeof sc.provisioner === 'string' ? sc.provisioner : '',
    volumeBindingMode: typeof sc.volumeBindingMode === 'string' ? sc.volumeBindingMode : 'Immediate',
    allowVolumeExpansion: sc.allowVolumeExpansion === true,
    isDefault: isDefaultClass(sc),
  };
}

const sc = (name: string, provisioner: string, volumeBindingMode: string, allowVolumeExpansion: boolean, isDefault = false): StorageClassInfo => ({
  name, provisioner, volumeBindingMode, allowVolumeExpansion, isDefault,
});

/** Built-in profiles. `minor` is the target Kubernetes minor version. */
export function builtinProfile(name: string, minor: number): ClusterProfile | undefined {
  switch (name) {
    case 'eks':
      return {
        name,
        dns: 'coredns',
        // EKS clusters created before 1.30 carry gp2 as their default class; newer ones have none.
        storageClasses: [sc('gp2', 'kubernetes.io/aws-ebs', 'WaitForFirstConsumer', false, minor < 30)],
        provisioners: ['ebs.csi.aws.com', 'kubernetes.io/aws-ebs', 'efs.csi.aws.com', 'fsx.csi.aws.com', 'kubernetes.io/no-provisioner'],
      };
    case 'gke':
      return {
        name,
        // GKE's default DNS provider is kube-dns (Cloud DNS is an opt-in).
        dns: 'kube-dns',
        storageClasses: [
          sc('standard-rwo', 'pd.csi.storage.gke.io', 'WaitForFirstConsumer', true, true),
          sc('standard', 'kubernetes.io/gce-pd', 'Immediate', true),
          sc('premium-rwo', 'pd.csi.storage.gke.io', 'WaitForFirstConsumer', true),
          sc('standard-rwx', 'filestore.csi.storage.gke.io', 'WaitForFirstConsumer', true),
          sc('premium-rwx', 'filestore.csi.storage.gke.io', 'WaitForFirstConsumer', true),
          sc('enterprise-rwx', 'filestore.csi.storage.gke.io', 'WaitForFirstConsumer', true),
        ],
        provisioners: ['pd.csi.storage.gke.io', 'kubernetes.io/gce-pd', 'filestore.csi.storage.gke.io', 'kubernetes.io/no-provisioner'],
      };
    case 'aks':
      return {
        name,
        dns: 'coredns',
        storageClasses: [
          sc('default', 'disk.csi.azure.com', 'WaitForFirstConsumer', true, true),
          sc('managed-csi', 'disk.csi.azure.com', 'WaitForFirstConsumer', true),
          sc('managed-csi-premium', 'disk.csi.azure.com', 'WaitForFirstConsumer', true),
          sc('azurefile-csi', 'file.csi.azure.com', 'Immediate', true),
          sc('azurefile-csi-premium', 'file.csi.azure.com', 'Immediate', true),
          sc('managed', 'kubernetes.io/azure-disk', 'WaitForFirstConsumer', true),
          sc('managed-premium', 'kubernetes.io/azure-disk', 'WaitForFirstConsumer', true),
          sc('azurefile', 'kubernetes.io/azure-file', 'Immediate', true),
        ],
        provisioners: ['disk.csi.azure.com', 'file.csi.azure.com', 'kubernetes.io/azure-disk', 'kubernetes.io/azure-file', 'kubernetes.io/no-provisioner'],
      };
    case 'kind':
      return {
        name,
        dns: 'coredns',
        storageClasses: [sc('standard', 'rancher.io/local-path', 'WaitForFirstConsumer', false, true)],
        provisioners: ['rancher.io/local-path', 'kubernetes.io/no-provisioner'],
      };
    case 'minikube':
      return {
        name,
        dns: 'coredns',
        storageClasses: [sc('standard', 'k8s.io/minikube-hostpath', 'Immediate', false, true)],
        provisioners: ['k8s.io/minikube-hostpath', 'kubernetes.io/no-provisioner'],
      };
    default:
      return undefined;
  }
}

export const BUILTIN_PROFILES = ['eks', 'gke', 'aks', 'kind', 'minikube'] as const;

/** A profile made of the StorageClasses found in a user's file (and its DNS server, when the file says). */
export function profileFromStorageClasses(name: string, classes: StorageClass[], dns?: ClusterDns): ClusterProfile {
  const infos = classes.map(storageClassInfo);
  return {
    name,
    storageClasses: infos,
    provisioners: [...new Set([...infos.map((c) => c.provisioner), 'kubernetes.io/no-provisioner'])],
    ...(dns ? { dns } : {}),
  };
}
