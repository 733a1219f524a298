/** One rendered document's template: the document spans [from, to) of the file, lines fromLine..toLine, its closing `---` line included. */
export interface HelmDocument {
    from: number;
    to: number;
    fromLine: number;
    toLine: number;
    /** The `# Source:` path as written. */
    template: string;
}
/**
 * The template of every document that names one: its `# Source:` among its leading comment lines
 * (helm template), else its `config.kubernetes.io/origin` annotation (kustomize with
 * `buildMetadata: [originAnnotations]`); [] for a file that is neither.
 */
export declare function helmDocuments(text: string): HelmDocument[];
/** The template of the document that holds `offset`, or undefined. */
export declare function templateAtOffset(docs: readonly HelmDocument[] | undefined, offset: number): string | undefined;
/**
 * True when `template` is a plain relative path that can name a file inside a chart: no absolute
 * path or drive, no `.`/`..`/empty segment, no backslash, no character a screen acts on. Anything
 * else is shown as text and never mapped onto a file (so never annotated).
 */
export declare function repoSafe(template: string): boolean;
/**
 * Where a chart's templates are in the repository: `name` as Chart.yaml gives it (the first
 * segment of every `# Source:` path it renders), `dir` its directory relative to the repository
 * root, with forward slashes ('' for the root itself).
 */
export interface HelmChartDir {
    name: string;
    dir: string;
}
/**
 * The repository path of `template` when one of `charts` rendered it (its first segment is the
 * chart's name): `dir` + the rest. Undefined for an unsafe path or an unknown chart. Whether the
 * file exists is for the caller to check (a packaged or aliased subchart has none).
 */
export declare function templateRepoPath(template: string, charts: readonly HelmChartDir[]): string | undefined;
/** Maps a `# Source:` path onto a file of the repository (relative to its root, forward slashes), or undefined. */
export type TemplateResolver = (template: string) => string | undefined;
/** helmDocuments of a loaded file, found on first use (a file travels from a worker thread as its text). */
export declare function helmDocumentsOf(file: {
    text: string;
}): HelmDocument[];
