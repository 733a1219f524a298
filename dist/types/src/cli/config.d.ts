import { type SeveritySetting } from '../types.js';
/** Every rule id, for did-you-mean and for the config schema's test. */
export declare const RULE_IDS: () => string[];
/** The severities a user may write; `warn` is ESLint's word for warning, which its users type. */
export declare const SEVERITY_WORDS: readonly ["off", "info", "warn", "warning", "error"];
export declare function parseSeverity(word: string): SeveritySetting | undefined;
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
/** The keys a config may have; schemas/stsplan-config.schema.json lists the same (test/config-schema checks). */
export declare const CONFIG_KEYS: readonly ["kubeVersion", "cluster", "featureGates", "namespace", "context", "ignore", "rules", "clusterDomain"];
/** Reads and checks a config file; returns an error message for anything invalid. */
export declare function loadConfig(path: string): Config | string;
