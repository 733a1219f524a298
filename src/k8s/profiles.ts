/**
 * Cluster profiles: what a target cluster has (StorageClasses, the default one, provisioners, DNS
 * server). Built-in profiles describe fresh clusters of each platform, cited to the provider's
 * documentation (see `builtinProfile`); a user profile is any manifest file with StorageClasses,
 * such as `kubectl get storageclass -o yaml`.
 */
import type { StorageClass } from 'kubernetes-types/storage/v1.js';

export interface StorageClassInfo {
  name: string;
  provisioner: string;
  volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer' | string;
  allowVolumeExpansion: boolean;
  isDefault: boolean;
  /**
   * What happens to a provisioned volume when its PVC is deleted: `Delete` or `Retain`; a class
   * created without it gets Delete (storage/v1 SetDefaults_StorageClass). Undefined for the
   * built-in profiles' classes, whose reclaimPolicy the plan does not claim to know.
   */
  reclaimPolicy?: string;
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
  /**
   * True for a profile made from the cluster's own StorageClasses (a file from kubectl): it lists
   * exactly what the cluster has. A built-in profile describes a fresh cluster of its platform, to
   * which a team may have added classes and CSI drivers.
   */
  exact?: boolean;
  /**
   * The IP families the cluster serves Services in, the default one first (kube-apiserver
   * --service-cluster-ip-range), when known: `[IPv4]` single-stack, `[IPv4, IPv6]` dual-stack. It
   * decides whether `ipFamilyPolicy: RequireDualStack` or an `ipFamilies` entry the cluster lacks
   * is an error (known) or a warning (unknown). Built-in profiles leave it out: each platform
   * offers IPv4, IPv6 and dual-stack clusters.
   */
  ipFamilies?: ('IPv4' | 'IPv6')[];
  /** The cloud a built-in profile runs on: another cloud's CSI driver never runs there. */
  cloud?: Cloud;
}

export type Cloud = 'aws' | 'gcp' | 'azure';

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
    reclaimPolicy: typeof sc.reclaimPolicy === 'string' && sc.reclaimPolicy !== '' ? sc.reclaimPolicy : 'Delete',
  };
}

const sc = (name: string, provisioner: string, volumeBindingMode: string, allowVolumeExpansion: boolean, isDefault = false): StorageClassInfo => ({
  name, provisioner, volumeBindingMode, allowVolumeExpansion, isDefault,
});

/**
 * Built-in profiles. `minor` is the target Kubernetes minor version.
 *
 * Each profile is a fresh cluster of its platform as the provider documents it; every entry cites
 * the page it comes from, and the README's "Cluster profiles" section lists the sources.
 *
 * Provisioner lists: `provisioner-unavailable` (an error) fires for a StorageClass whose provisioner
 * is not in the list, so a driver missing from a list is a false error and an extra one hides a real
 * one. A list holds the drivers a fresh cluster runs, the in-tree names that CSI migration still
 * serves there, and `kubernetes.io/no-provisioner` (static local volumes need no driver); it adds an
 * optional add-on only where the profile says it assumes it (the EBS CSI driver on `eks`).
 */
export function builtinProfile(name: string, minor: number): ClusterProfile | undefined {
  switch (name) {
    case 'eks':
      // Standard Amazon EKS (not Auto Mode) with the Amazon EBS CSI driver add-on. EKS installs only the
      // VPC CNI, kube-proxy and CoreDNS on a new cluster
      // (https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html), but no EBS volume provisions
      // without the EBS CSI driver, not even for EKS's own gp2 class, whose in-tree provisioner CSI
      // migration hands to ebs.csi.aws.com (https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html).
      // A profile without the add-on would call every EBS class unavailable, so this one assumes it.
      return {
        name,
        cloud: 'aws',
        // CoreDNS, deployed on every cluster: https://docs.aws.amazon.com/eks/latest/userguide/managing-coredns.html
        dns: 'coredns',
        storageClasses: [
          // gp2 (kubernetes.io/aws-ebs), created with the cluster. From 1.30 EKS no longer annotates it as default on
          // newly created clusters ("Kubernetes 1.30" in
          // https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-extended.html); a cluster created
          // earlier keeps the annotation through upgrades, which the target version cannot tell, so a target below
          // 1.30 stands for a cluster created before it. Binding mode and expansion as `kubectl get storageclass`
          // prints the class in AWS's EKS Workshop (https://github.com/aws-samples/eks-workshop-v2/blob/main/website/docs/fundamentals/storage/ebs/ebs-csi-driver.md);
          // the user guide does not print it.
          sc('gp2', 'kubernetes.io/aws-ebs', 'WaitForFirstConsumer', false, minor < 30),
          // Not here: ebs-csi-default-sc (ebs.csi.aws.com, gp3, annotated default), which the add-on creates only when
          // configured with defaultStorageClass.enabled: true (add-on 1.31.0 or later, per the 1.30 note above); the value
          // defaults to false (charts/aws-ebs-csi-driver/values.yaml and templates/ebs-csi-default-sc.yaml in
          // https://github.com/kubernetes-sigs/aws-ebs-csi-driver).
        ],
        provisioners: [
          'ebs.csi.aws.com', // the EBS CSI driver add-on this profile assumes (above)
          'kubernetes.io/aws-ebs', // gp2's in-tree name, served by ebs.csi.aws.com through CSI migration
          'kubernetes.io/no-provisioner',
          // Not here: efs.csi.aws.com and fsx.csi.aws.com. They are separate add-ons for separate services that a new
          // cluster does not have (https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html,
          // https://docs.aws.amazon.com/eks/latest/userguide/fsx-csi.html); a cluster that has them is described by its
          // own `kubectl get storageclass -o yaml`.
        ],
      };
    case 'eks-auto':
      // Amazon EKS Auto Mode. Its block storage is a managed capability whose provisioner is
      // ebs.csi.eks.amazonaws.com; the EBS CSI driver (ebs.csi.aws.com) does not run and manages its own volumes
      // separately ("Considerations" in https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html). A cluster runs
      // one or the other, hence two profiles.
      return {
        name,
        cloud: 'aws',
        // Auto Mode runs cluster DNS as a managed component (https://docs.aws.amazon.com/eks/latest/userguide/automode.html);
        // the guide's RBAC for that component is the ClusterRole system:coredns labelled eks.amazonaws.com/component: coredns
        // (latest/ug/automode/kubernetes-rbac/coredns-role.yaml in https://github.com/awsdocs/amazon-eks-user-guide). The guide
        // does not name CoreDNS in its text: not fully verified.
        dns: 'coredns',
        // "EKS Auto Mode does not create a StorageClass for you":
        // https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html. Whether an Auto Mode cluster also
        // gets EKS's gp2 class is not documented (not verified); if it does, gp2's provisioner does not run here, so
        // claims naming it stay Pending either way and leaving it out reports them.
        storageClasses: [],
        provisioners: ['ebs.csi.eks.amazonaws.com', 'kubernetes.io/no-provisioner'],
      };
    case 'gke':
    case 'gke-autopilot': {
      // GKE Standard (`gke`) and Autopilot (`gke-autopilot`): the same storage, different DNS.
      const autopilot = name === 'gke-autopilot';
      return {
        name,
        cloud: 'gcp',
        // Standard: kube-dns, "the default DNS provider for Standard clusters"; Autopilot: new clusters use Cloud DNS
        // and the provider cannot be changed (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/service-discovery).
        // Cloud DNS for GKE "supports the full Kubernetes DNS specification" and creates records for ClusterIP, headless
        // and ExternalName Services (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/about-cloud-dns), but the
        // docs do not say whether it answers `<pod>.<service>` for a Service that is not headless (the specification
        // defines those names for headless Services only), so the Autopilot profile names no DNS server.
        ...(autopilot ? {} : { dns: 'kube-dns' as const }),
        // The Compute Engine persistent disk CSI driver is always on in Autopilot and on by default in new Standard
        // clusters; from 1.22 CSI migration serves the in-tree kubernetes.io/gce-pd classes through it
        // (https://docs.cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/gce-pd-csi-driver).
        // The classes below (standard-rwo: pd-balanced, the default; premium-rwo: pd-ssd; standard: pd-standard, the
        // legacy in-tree class) with their binding modes and expansion are as `kubectl get storageclass` prints them on
        // current clusters; GKE's page on them (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/persistent-volumes)
        // could not be read past its opening here: not verified beyond the names. Kept because dropping the default would
        // report every claim that relies on it.
        storageClasses: [
          sc('standard-rwo', 'pd.csi.storage.gke.io', 'WaitForFirstConsumer', true, true),
          sc('premium-rwo', 'pd.csi.storage.gke.io', 'WaitForFirstConsumer', true),
          sc('standard', 'kubernetes.io/gce-pd', 'Immediate', true),
          // Not here: standard-rwx, premium-rwx, enterprise-rwx, zonal-rwx (filestore.csi.storage.gke.io), which exist only
          // once the Filestore CSI driver is enabled (https://docs.cloud.google.com/filestore/docs/csi-driver); whether a new
          // cluster of either mode has it enabled is not verified, and listing them would hide the error of a cluster that
          // lacks it. Nor Hyperdisk classes such as hyperdisk-balanced: that GKE creates any is not verified.
        ],
        provisioners: ['pd.csi.storage.gke.io', 'kubernetes.io/gce-pd', 'kubernetes.io/no-provisioner'],
      };
    }
    case 'aks':
      // Azure Kubernetes Service. The Azure Disk and Azure Files CSI drivers are on by default; classes that name the
      // in-tree provisioners keep working "since CSI migration is turned on"
      // (https://learn.microsoft.com/azure/aks/csi-storage-drivers).
      return {
        name,
        cloud: 'azure',
        // CoreDNS, for all clusters since 1.12: https://learn.microsoft.com/azure/aks/coredns-custom
        dns: 'coredns',
        storageClasses: [
          // default (the default class, "the same as managed-csi") and managed-csi: Standard SSD; managed-csi-premium: Premium
          // SSD; all expandable, and "The default storage classes use volumeBindingMode: WaitForFirstConsumer"
          // (https://learn.microsoft.com/azure/aks/concepts-storage, https://learn.microsoft.com/azure/aks/azure-disk-csi).
          sc('default', 'disk.csi.azure.com', 'WaitForFirstConsumer', true, true),
          sc('managed-csi', 'disk.csi.azure.com', 'WaitForFirstConsumer', true),
          sc('managed-csi-premium', 'disk.csi.azure.com', 'WaitForFirstConsumer', true),
          // managed-csi-premium-v2 (Premium SSD v2), built in "Effective starting with Kubernetes version 1.35"
          // (https://learn.microsoft.com/azure/aks/create-volume-azure-disk). Binding mode from the sentence above; the docs do
          // not say whether it allows expansion (not verified), so false: the planner then asks to check rather than promise.
          ...(minor >= 35 ? [sc('managed-csi-premium-v2', 'disk.csi.azure.com', 'WaitForFirstConsumer', false)] : []),
          // azurefile-csi (Standard) and azurefile-csi-premium (Premium), expandable (https://learn.microsoft.com/azure/aks/azure-files-csi).
          // Immediate binding is not stated there (not verified): the docs' Azure Files class examples use it, as does the
          // table of built-in classes in Microsoft's AKS workshop
          // (https://microsoft.github.io/k8s-on-azure-workshop/module-3/2_storage/2_aks_storage_implementation/).
          sc('azurefile-csi', 'file.csi.azure.com', 'Immediate', true),
          sc('azurefile-csi-premium', 'file.csi.azure.com', 'Immediate', true),
          // Not here: azureblob-nfs-premium and azureblob-fuse-premium (blob.csi.azure.com), which come with the Blob CSI driver,
          // enabled per cluster (csi-storage-drivers above). Nor the in-tree-era names managed, managed-premium, azurefile,
          // azurefile-premium: AKS's lists of built-in classes (concepts-storage, create-volume-azure-disk) no longer have them;
          // whether older clusters still carry them is not verified, and a cluster that does is described by its own
          // `kubectl get storageclass -o yaml`.
        ],
        provisioners: ['disk.csi.azure.com', 'file.csi.azure.com', 'kubernetes.io/azure-disk', 'kubernetes.io/azure-file', 'kubernetes.io/no-provisioner'],
      };
    case 'kind':
      return {
        name,
        // kind bootstraps each node with kubeadm (https://kind.sigs.k8s.io/docs/design/initial/), and kubeadm installs
        // CoreDNS (https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/).
        dns: 'coredns',
        // The node image's default-storage manifest: class standard, rancher.io/local-path, WaitForFirstConsumer, annotated
        // default, no allowVolumeExpansion (pkg/build/nodeimage/const_storage.go in https://github.com/kubernetes-sigs/kind).
        storageClasses: [sc('standard', 'rancher.io/local-path', 'WaitForFirstConsumer', false, true)],
        provisioners: ['rancher.io/local-path', 'kubernetes.io/no-provisioner'],
      };
    case 'minikube':
      return {
        name,
        // minikube's default bootstrapper is kubeadm (pkg/minikube/bootstrapper/kubeadm in
        // https://github.com/kubernetes/minikube), which installs CoreDNS (kubeadm-init page above).
        dns: 'coredns',
        // The default-storageclass and storage-provisioner addons are on by default (defaultAddons in pkg/addons/addons.go);
        // deploy/addons/storageclass/storageclass.yaml: class standard, k8s.io/minikube-hostpath, annotated default, no
        // volumeBindingMode (so Immediate) and no allowVolumeExpansion. The provisioner makes hostPath volumes
        // (https://minikube.sigs.k8s.io/docs/handbook/persistent_volumes/).
        storageClasses: [sc('standard', 'k8s.io/minikube-hostpath', 'Immediate', false, true)],
        provisioners: ['k8s.io/minikube-hostpath', 'kubernetes.io/no-provisioner'],
      };
    default:
      return undefined;
  }
}

export const BUILTIN_PROFILES = ['eks', 'eks-auto', 'gke', 'gke-autopilot', 'aks', 'kind', 'minikube'] as const;

/** A profile made of the StorageClasses found in a user's file (and its DNS server, when the file says). */
export function profileFromStorageClasses(name: string, classes: StorageClass[], dns?: ClusterDns, ipFamilies?: ('IPv4' | 'IPv6')[]): ClusterProfile {
  const infos = classes.map(storageClassInfo);
  return {
    name,
    storageClasses: infos,
    provisioners: [...new Set([...infos.map((c) => c.provisioner), 'kubernetes.io/no-provisioner'])],
    ...(dns ? { dns } : {}),
    ...(ipFamilies ? { ipFamilies } : {}),
    exact: true,
  };
}
