import { type SeveritySetting } from './types.js';
export declare const CONFIG_NAMES: string[];
export interface Config {
    /** The file it came from (paths inside are relative to its directory). */
    path: string;
    kubeVersion?: string;
    cluster?: string;
    featureGates?: Record<string, boolean>;
    namespace?: string;
    context: string[];
    /** Gitignore patterns, relative to the config file's directory: skipped when walking. */
    ignore: string[];
    rules: Record<string, SeveritySetting>;
    clusterDomain?: string;
}
export declare function findConfig(cwd: string): string | undefined;
/** Reads and checks a config file; returns an error message for anything invalid. */
export declare function loadConfig(path: string): Config | string;
