import { type ClusterProfile } from '../k8s/profiles.js';
/** A profile from file contents: every StorageClass in it (a List from kubectl works), and its DNS server when it says. */
export declare function profileFromContent(name: string, content: string | Uint8Array): ClusterProfile | string;
export declare function resolveCluster(arg: string, cwd: string, kubeVersion: string | undefined): ClusterProfile | string;
