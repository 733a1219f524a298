/**
 * What each storage provisioner can do, and what the well-known managed clusters ship.
 * Data, not code: rules and the planner look capabilities up here
 * (spec/provisioners.md §2–§4; kubernetes-csi driver table; kubernetes.io volume docs).
 */

export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';
export const ACCESS_MODES: readonly AccessMode[] = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];

export type Topology = 'zonal' | 'node-local' | 'none';

export interface Provisioner {
  name: string;
  backend: string;
  /** Access modes the provisioner can provide for volumeMode Filesystem. */
  accessModes: readonly AccessMode[];
  /** Extra modes possible only with volumeMode: Block (multi-attach disks). */
  blockOnlyModes?: readonly AccessMode[];
  expansion: boolean;
  topology: Topology;
  /** In-tree plugin name: removed in `removedIn`; redirected to `csi` if set, broken otherwise. */
  inTree?: { removedIn: number; csi?: string };
  /** Only binds to pre-created PersistentVolumes. */
  static?: boolean;
  /** A cloud's own storage: the driver runs only on that cloud's machines. */
  cloud?: 'aws' | 'gcp' | 'azure';
  /** Modes the driver gives only when it is configured for them (not visible in manifests), and how. */
  configurable?: { modes: readonly AccessMode[]; how: string };
  /** Provisions only for a selected node: with Immediate binding, provisioning always fails. */
  needsNode?: string;
}

const RWO: AccessMode[] = ['ReadWriteOnce'];
const RWO_RWOP: AccessMode[] = ['ReadWriteOnce', 'ReadWriteOncePod'];
const FILE: AccessMode[] = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'];

export const PROVISIONERS: readonly Provisioner[] = [
  { name: 'ebs.csi.aws.com', backend: 'AWS EBS', accessModes: RWO_RWOP, blockOnlyModes: ['ReadWriteMany'], expansion: true, topology: 'zonal', cloud: 'aws' },
  { name: 'ebs.csi.eks.amazonaws.com', backend: 'AWS EBS (EKS Auto Mode)', accessModes: RWO_RWOP, expansion: true, topology: 'zonal', cloud: 'aws' },
  { name: 'kubernetes.io/aws-ebs', backend: 'AWS EBS (in-tree)', accessModes: RWO, expansion: true, topology: 'zonal', inTree: { removedIn: 27, csi: 'ebs.csi.aws.com' }, cloud: 'aws' },
  { name: 'efs.csi.aws.com', backend: 'AWS EFS', accessModes: FILE, expansion: false, topology: 'none', cloud: 'aws' },
  { name: 'fsx.csi.aws.com', backend: 'Amazon FSx for Lustre', accessModes: FILE, expansion: true, topology: 'zonal', cloud: 'aws' },
  { name: 'pd.csi.storage.gke.io', backend: 'GCE Persistent Disk', accessModes: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteOncePod'], blockOnlyModes: ['ReadWriteMany'], expansion: true, topology: 'zonal', cloud: 'gcp' },
  { name: 'kubernetes.io/gce-pd', backend: 'GCE PD (in-tree)', accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], expansion: true, topology: 'zonal', inTree: { removedIn: 28, csi: 'pd.csi.storage.gke.io' }, cloud: 'gcp' },
  { name: 'filestore.csi.storage.gke.io', backend: 'Google Filestore', accessModes: FILE, expansion: true, topology: 'zonal', cloud: 'gcp' },
  { name: 'com.google.csi.filestore', backend: 'Google Filestore (old name)', accessModes: FILE, expansion: true, topology: 'zonal', cloud: 'gcp' },
  { name: 'disk.csi.azure.com', backend: 'Azure Disk', accessModes: RWO_RWOP, blockOnlyModes: ['ReadWriteMany'], expansion: true, topology: 'zonal', cloud: 'azure' },
  { name: 'kubernetes.io/azure-disk', backend: 'Azure Disk (in-tree)', accessModes: RWO, expansion: true, topology: 'zonal', inTree: { removedIn: 27, csi: 'disk.csi.azure.com' }, cloud: 'azure' },
  { name: 'file.csi.azure.com', backend: 'Azure Files', accessModes: FILE, expansion: true, topology: 'none', cloud: 'azure' },
  { name: 'kubernetes.io/azure-file', backend: 'Azure Files (in-tree)', accessModes: FILE, expansion: true, topology: 'none', inTree: { removedIn: 30, csi: 'file.csi.azure.com' }, cloud: 'azure' },
  { name: 'csi.vsphere.vmware.com', backend: 'vSphere CNS', accessModes: FILE, expansion: true, topology: 'none' },
  { name: 'kubernetes.io/vsphere-volume', backend: 'vSphere (in-tree)', accessModes: RWO, expansion: true, topology: 'none', inTree: { removedIn: 30, csi: 'csi.vsphere.vmware.com' } },
  { name: 'cinder.csi.openstack.org', backend: 'OpenStack Cinder', accessModes: RWO, expansion: true, topology: 'zonal' },
  { name: 'kubernetes.io/cinder', backend: 'OpenStack Cinder (in-tree)', accessModes: RWO, expansion: true, topology: 'zonal', inTree: { removedIn: 26, csi: 'cinder.csi.openstack.org' } },
  { name: 'rbd.csi.ceph.com', backend: 'Ceph RBD', accessModes: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteOncePod'], blockOnlyModes: ['ReadWriteMany'], expansion: true, topology: 'none' },
  { name: 'kubernetes.io/rbd', backend: 'Ceph RBD (in-tree)', accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], expansion: false, topology: 'none', inTree: { removedIn: 31 } },
  { name: 'cephfs.csi.ceph.com', backend: 'CephFS', accessModes: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'], expansion: true, topology: 'none' },
  { name: 'kubernetes.io/cephfs', backend: 'CephFS (in-tree)', accessModes: FILE, expansion: false, topology: 'none', inTree: { removedIn: 31 } },
  { name: 'driver.longhorn.io', backend: 'Longhorn', accessModes: ['ReadWriteOnce', 'ReadWriteMany', 'ReadWriteOncePod'], expansion: true, topology: 'none' },
  { name: 'openebs.io/local', backend: 'OpenEBS LocalPV', accessModes: RWO, expansion: false, topology: 'node-local' },
  { name: 'local.csi.openebs.io', backend: 'OpenEBS LVM LocalPV', accessModes: RWO, expansion: true, topology: 'node-local' },
  { name: 'zfs.csi.openebs.io', backend: 'OpenEBS ZFS LocalPV', accessModes: RWO, expansion: true, topology: 'node-local' },
  { name: 'io.openebs.csi-mayastor', backend: 'OpenEBS Mayastor', accessModes: RWO, expansion: true, topology: 'none' },
  { name: 'cstor.csi.openebs.io', backend: 'OpenEBS cStor', accessModes: RWO, expansion: true, topology: 'none' },
  // local-path-provisioner: ReadWriteMany and ReadOnlyMany only with a sharedFileSystemPath in its
  // config (README), and Provision fails with "configuration error, no node was specified" without
  // a selected node (provisioner.go), that is with Immediate binding.
  { name: 'rancher.io/local-path', backend: 'local-path-provisioner', accessModes: RWO, expansion: false, topology: 'node-local', configurable: { modes: ['ReadOnlyMany', 'ReadWriteMany'], how: 'its config sets a sharedFileSystemPath' }, needsNode: 'Provision fails with "configuration error, no node was specified"' },
  { name: 'k8s.io/minikube-hostpath', backend: 'minikube hostPath', accessModes: FILE, expansion: false, topology: 'none' },
  { name: 'kubernetes.io/no-provisioner', backend: 'static local PersistentVolumes', accessModes: FILE, expansion: false, topology: 'node-local', static: true },
  { name: 'k8s-sigs.io/nfs-subdir-external-provisioner', backend: 'NFS subdir', accessModes: FILE, expansion: false, topology: 'none' },
  { name: 'cluster.local/nfs-subdir-external-provisioner', backend: 'NFS subdir (Helm chart default)', accessModes: FILE, expansion: false, topology: 'none' },
  { name: 'nfs.csi.k8s.io', backend: 'csi-driver-nfs', accessModes: FILE, expansion: false, topology: 'none' },
  { name: 'pxd.portworx.com', backend: 'Portworx', accessModes: FILE, expansion: true, topology: 'none' },
  { name: 'kubernetes.io/portworx-volume', backend: 'Portworx (in-tree)', accessModes: FILE, expansion: true, topology: 'none', inTree: { removedIn: 36, csi: 'pxd.portworx.com' } },
  { name: 'dobs.csi.digitalocean.com', backend: 'DigitalOcean Block Storage', accessModes: RWO, expansion: true, topology: 'zonal' },
  { name: 'csi.hetzner.cloud', backend: 'Hetzner Volumes', accessModes: RWO, expansion: true, topology: 'zonal' },
  { name: 'topolvm.io', backend: 'TopoLVM', accessModes: RWO, expansion: true, topology: 'node-local' },
  { name: 'topolvm.cybozu.com', backend: 'TopoLVM (old name)', accessModes: RWO, expansion: true, topology: 'node-local' },
  { name: 'linstor.csi.linbit.com', backend: 'LINSTOR', accessModes: RWO, expansion: true, topology: 'none' },
  { name: 'csi.trident.netapp.io', backend: 'NetApp Trident', accessModes: FILE, expansion: true, topology: 'none' },
  { name: 'hostpath.csi.k8s.io', backend: 'CSI hostpath sample driver', accessModes: ['ReadWriteOnce', 'ReadWriteOncePod'], expansion: true, topology: 'node-local' },
  { name: 'kubernetes.io/glusterfs', backend: 'GlusterFS (in-tree)', accessModes: FILE, expansion: false, topology: 'none', inTree: { removedIn: 26 } },
  { name: 'kubernetes.io/quobyte', backend: 'Quobyte (in-tree)', accessModes: FILE, expansion: false, topology: 'none', inTree: { removedIn: 25 } },
  { name: 'kubernetes.io/storageos', backend: 'StorageOS (in-tree)', accessModes: RWO, expansion: false, topology: 'none', inTree: { removedIn: 25 } },
  { name: 'kubernetes.io/scaleio', backend: 'ScaleIO (in-tree)', accessModes: RWO, expansion: false, topology: 'none', inTree: { removedIn: 22 } },
];

const BY_NAME = new Map(PROVISIONERS.map((p) => [p.name, p]));

export function provisioner(name: string): Provisioner | undefined {
  return BY_NAME.get(name);
}

/** Whether the provisioner's in-tree code is gone in `minor` and nothing takes its volumes over. */
export function removedWithoutReplacement(p: Provisioner, minor: number): boolean {
  return p.inTree !== undefined && minor >= p.inTree.removedIn && p.inTree.csi === undefined;
}
