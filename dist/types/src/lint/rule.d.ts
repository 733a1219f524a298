/** The rule API: what a rule module exports and what it receives. */
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path, Severity } from '../types.js';
import type { FeatureGates, KubeVersion } from '../k8s/versions.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { SchemaError } from '../load/schema.js';
import type { Source } from '../load/input.js';
export interface RuleMeta {
    /** Stable kebab-case id; part of the public interface (config, suppressions). */
    id: string;
    /** Default severity. */
    severity: Severity;
    /** One line, starting with a verb, no trailing period. */
    description: string;
    /**
     * When the rule only runs with extra input: `base` rules need the earlier state
     * (`--from`/`--base`).
     */
    requires?: 'base';
}
export interface Related {
    resource: Resource;
    path: Path;
    message: string;
    key?: boolean;
}
export interface Report {
    resource: Resource;
    path: Path;
    message: string;
    /** Point at the key rather than the value. */
    key?: boolean;
    hint?: string;
    related?: Related[];
    /** Overrides the rule's default severity for this finding (e.g. stronger with a cluster profile). */
    severity?: Severity;
}
export interface RuleOptions {
    kubeVersion: KubeVersion;
    featureGates: FeatureGates;
    /** Target cluster, when `--cluster` or the config names one. */
    cluster: ClusterProfile | undefined;
    /** Namespace for objects without metadata.namespace. */
    defaultNamespace: string;
}
export interface RuleContext {
    readonly index: ResourceIndex;
    readonly options: RuleOptions;
    /** The earlier state, when given (`--from`, `--base`). */
    readonly base: ResourceIndex | undefined;
    /** Reportable resources of a kind served by the target version (e.g. StatefulSet in apps/v1). */
    targets(kind: string): Resource[];
    report(report: Report): void;
    /** Schema problems of a resource (for the `schema` rule). */
    schemaErrors(resource: Resource): readonly SchemaError[];
    /** Kustomizations, Helm charts and templates among the reported inputs. */
    readonly sources: readonly Source[];
}
export interface Rule {
    meta: RuleMeta;
    check(context: RuleContext): void;
}
export declare function defineRule(rule: Rule): Rule;
