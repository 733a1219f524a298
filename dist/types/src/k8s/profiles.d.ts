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
export declare function isDefaultClass(sc: Pick<StorageClass, 'metadata'>): boolean;
export declare function storageClassInfo(sc: StorageClass): StorageClassInfo;
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
export declare function builtinProfile(name: string, minor: number): ClusterProfile | undefined;
export declare const BUILTIN_PROFILES: readonly ["eks", "eks-auto", "gke", "gke-autopilot", "aks", "kind", "minikube"];
/** A profile made of the StorageClasses found in a user's file (and its DNS server, when the file says). */
export declare function profileFromStorageClasses(name: string, classes: StorageClass[], dns?: ClusterDns, ipFamilies?: ('IPv4' | 'IPv6')[]): ClusterProfile;
