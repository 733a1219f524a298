/**
 * What each storage provisioner can do, and what the well-known managed clusters ship.
 * Data, not code: rules and the planner look capabilities up here
 * (spec/provisioners.md §2–§4; kubernetes-csi driver table; kubernetes.io volume docs).
 */
export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';
export declare const ACCESS_MODES: readonly AccessMode[];
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
    inTree?: {
        removedIn: number;
        csi?: string;
    };
    /** Only binds to pre-created PersistentVolumes. */
    static?: boolean;
    /** A cloud's own storage: the driver runs only on that cloud's machines. */
    cloud?: 'aws' | 'gcp' | 'azure';
    /** Modes the driver gives only when it is configured for them (not visible in manifests), and how. */
    configurable?: {
        modes: readonly AccessMode[];
        how: string;
    };
    /** Provisions only for a selected node: with Immediate binding, provisioning always fails. */
    needsNode?: string;
}
export declare const PROVISIONERS: readonly Provisioner[];
export declare function provisioner(name: string): Provisioner | undefined;
/** Whether the provisioner's in-tree code is gone in `minor` and nothing takes its volumes over. */
export declare function removedWithoutReplacement(p: Provisioner, minor: number): boolean;
