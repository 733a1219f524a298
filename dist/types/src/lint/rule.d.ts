/** The rule API: what a rule module exports and what it receives. */
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import type { Path, Severity } from '../types.js';
import type { FeatureGates, KubeVersion } from '../k8s/versions.js';
import type { ClusterProfile } from '../k8s/profiles.js';
import type { SchemaError } from '../load/schema.js';
import type { Source } from '../load/input.js';
/**
 * What a rule's finding means for `kubectl apply` (its doc's "Why …" paragraph says the same in words):
 * - `rejected`: the API server rejects the object at apply;
 * - `failed-create`: the object is accepted, but the controller cannot create the pods or PVCs it
 *   derives from it (`FailedCreate`);
 * - `runtime`: everything is accepted and runs, but not as written, or fragile, or it gets stuck
 *   (a claim that is never provisioned, names that do not resolve);
 * - `practice`: nothing fails; worth knowing.
 * A rule's errors have this meaning where the rule's severity varies (deprecated-api-version).
 * The planner runs the `rejected` and `failed-create` rules; test/meta ties the category to the
 * default severity.
 */
export type RuleCategory = 'rejected' | 'failed-create' | 'runtime' | 'practice';
export declare const RULE_CATEGORIES: readonly RuleCategory[];
/** Where a rule's documentation is published: its rules/<id>.md on the default branch. */
export declare function ruleDocsUrl(id: string): string;
/** What a rule module declares; `defineRule` adds `docs.url` from the id. */
export interface RuleMetaInput {
    /** Stable kebab-case id; part of the public interface (config, suppressions). */
    id: string;
    /** Default severity. */
    severity: Severity;
    /** What a finding means for apply. */
    category: RuleCategory;
    /** One line, starting with a verb, no trailing period. */
    description: string;
    /**
     * When the rule only runs with extra input: `base` rules need the earlier state
     * (`--from`/`--base`).
     */
    requires?: 'base';
}
export interface RuleMeta extends RuleMetaInput {
    /** As ESLint's `meta.docs.url`: the rule's documentation page (formatters link to it). */
    docs: {
        url: string;
    };
    /**
     * As ESLint's `meta.messages`: the rule's messages by id, with `{{name}}` placeholders filled from
     * a report's `data`.
     */
    messages: Readonly<Record<string, string>>;
}
export interface Related {
    resource: Resource;
    path: Path;
    message: string;
    key?: boolean;
}
/** A finding of a rule, but its message. */
export interface ReportBase {
    resource: Resource;
    path: Path;
    /** Point at the key rather than the value. */
    key?: boolean;
    hint?: string;
    related?: Related[];
    /** Overrides the rule's default severity for this finding (e.g. stronger with a cluster profile). */
    severity?: Severity;
}
/** What the engine receives: a finding with its message id and text. */
export interface Report extends ReportBase {
    messageId: string;
    message: string;
}
/** Values for a message's `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;
/** What a rule reports: a `messageId` and its `data`, as an ESLint rule's `context.report({ messageId, data })`. */
export type RuleReport<MessageIds extends string> = ReportBase & {
    messageId: MessageIds;
    data?: MessageData;
};
export interface RuleOptions {
    kubeVersion: KubeVersion;
    featureGates: FeatureGates;
    /** Target cluster, when `--cluster` or the config names one. */
    cluster: ClusterProfile | undefined;
    /** Namespace for objects without metadata.namespace. */
    defaultNamespace: string;
}
/** The context a rule's `check` gets: `report` takes the rule's own message ids. */
export interface RuleContext<MessageIds extends string> extends Omit<EngineContext, 'report'> {
    report(report: RuleReport<MessageIds>): void;
}
/** The context the engine gives a rule. */
export interface EngineContext {
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
    check(context: EngineContext): void;
}
/** What a rule module declares: `defineRule` adds `docs.url` and turns message ids into texts. */
export interface RuleDefinition<MessageIds extends string> {
    meta: RuleMetaInput & {
        messages: Readonly<Record<MessageIds, string>>;
    };
    check(context: RuleContext<MessageIds>): void;
}
/**
 * A message with its `{{name}}` placeholders filled from `data`, as ESLint's
 * lib/linter/interpolate.js does it: one pass (a value's own braces stay as they are), the name
 * trimmed, and a name without a value left as written.
 */
export declare function interpolate(text: string, data: MessageData | undefined): string;
/**
 * A rule with its `docs.url` filled in from its id, as typescript-eslint's
 * `ESLintUtils.RuleCreator(urlCreator)` fills `meta.docs.url` from the rule's name, and whose
 * `report({ messageId, data })` reaches the engine with the message text (typed as
 * typescript-eslint's `RuleContext<MessageIds, Options>`: an unknown id does not compile).
 */
export declare function defineRule<MessageIds extends string>(rule: RuleDefinition<MessageIds>): Rule;
