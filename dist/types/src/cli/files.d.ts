import type { Ignore } from 'ignore';
import type { LintInput } from '../lint/engine.js';
import type { InputError, InputWarning } from '../types.js';
import { type TemplateResolver } from '../load/helm-source.js';
/** YAML and JSON files, and kustomize's extensionless `Kustomization` (a path or a file name). */
export declare const MANIFEST_FILE: RegExp;
export interface Expanded {
    /** Files to report on, in a stable order. */
    files: string[];
    /** The files of `files` found by walking a directory or expanding a glob, not named (LintInput.discovered). */
    discovered: Set<string>;
    /** Helm charts (directories with a Chart.yaml) found; their templates and values were not read. */
    charts: string[];
    /** True when `-` was given. */
    stdin: boolean;
    errors: InputError[];
    /** Symbolic links not followed, because they lead out of the paths given. */
    warnings: InputWarning[];
}
/** Where ignore patterns come from, besides .gitignore files. */
export interface IgnoreSettings {
    /** The working directory: --ignore-pattern patterns are relative to it, as ESLint's are. */
    cwd: string;
    /** --ignore-pattern values, gitignore syntax. */
    patterns?: string[];
    /** The config file's `ignore:` list, gitignore syntax, relative to the config file's directory. */
    config?: {
        dir: string;
        patterns: string[];
    };
}
/** One set of gitignore rules and the directory they are relative to. */
interface Layer {
    base: string;
    patterns: string[];
    rules: Ignore;
    /** `rules` with some directories re-included, by the directory of the path tested (see test()). */
    variants: Map<string, Ignore>;
}
/**
 * Decides what walking skips. The `ignore` package (as ESLint and Prettier use) is imported only
 * by load(), so a run that walks nothing never loads it.
 */
export declare class Ignores {
    private readonly settings;
    private create;
    /** --ignore-pattern, then the config's ignore:: first to decide wins. */
    private own;
    private readonly gitignores;
    private readonly tops;
    private readonly dirs;
    constructor(settings: IgnoreSettings);
    load(): Promise<void>;
    private rules;
    private layer;
    /** The rules of `dir/.gitignore`, or null. */
    gitignoreAt(dir: string): Layer | null;
    /** The top of the git work tree `dir` is in (the directory with `.git`), or undefined. */
    gitTop(dir: string): string | undefined;
    /**
     * The .gitignore rules that apply in `dir`, shallowest first: those of `dir` and of each directory
     * above it up to the top of its git work tree; outside one, up to `floor` (or `dir` alone).
     */
    gitignoresFor(dir: string, floor: string): Layer[];
    /**
     * Whether `path` is ignored, given that no directory above it is (the caller walks down from a
     * directory that is not, or was named). `git` holds the .gitignore rules that apply in its
     * directory, shallowest first; deeper ones, then the config's, then --ignore-pattern override.
     */
    ignored(path: string, isDir: boolean, git: readonly Layer[]): boolean;
    /**
     * One layer's verdict on `rel`. When the layer excludes a directory above `rel`, that directory
     * was re-included (by a deeper .gitignore, a negated pattern, or by being named): then `rel` is
     * judged by the layer's rules with those directories re-included, as git would judge it.
     */
    private test;
    /**
     * Whether `file`, below the directory `from`, is skipped as walking `from` would skip it: judged
     * with each directory between them (`from` itself is named, so not judged). Call load() first.
     */
    ignoredUnder(file: string, from: string): boolean;
    /**
     * Whether a directory is ignored, itself or through one above it, below the top of its git work
     * tree (outside one, below `floor`): for the files a glob matched.
     */
    dirIgnored(dir: string, floor: string): boolean;
}
/**
 * The chart `file` belongs to as a template, Chart.yaml or values file, or undefined: a file
 * under `templates/` of a directory with a Chart.yaml, or such a file beside a Chart.yaml.
 */
export declare function chartOf(file: string, isChart: (dir: string) => boolean): string | undefined;
/** Walks a directory named on the command line: it is walked even when ignored itself. */
export declare function walkDirectory(dir: string, ignores: Ignores, errors?: InputError[]): Promise<{
    files: string[];
    charts: string[];
    errors: InputError[];
    warnings: InputWarning[];
}>;
/** Expands command-line paths. Directories are walked; globs are matched; `-` is stdin. */
export declare function expandPaths(paths: string[], cwd: string, ignores?: Ignores): Promise<Expanded>;
/**
 * Context for cross-references: the manifests beside each given file (not recursive), except
 * those the ignores skip. The directory of a named file counts as named: only patterns that
 * match a file itself skip it.
 */
export declare function siblingFiles(files: string[], ignores?: Ignores): Promise<string[]>;
export type ReadResult = {
    content: Uint8Array;
} | {
    error: InputError;
};
/**
 * Reads a file, a FIFO or a device, at most `maxFileBytes` of it: a regular file's size is checked
 * before reading, and reading stops one byte past the limit, so that neither a huge file nor an
 * endless one (/dev/zero, a FIFO whose writer never stops) is held in memory.
 */
export declare function readInput(path: string, maxFileBytes?: number): ReadResult;
/** Reads stdin (`-`) as it comes, a pipe, a file or a device, and stops one byte past `maxFileBytes`. */
export declare function readStdin(maxFileBytes?: number): Promise<ReadResult>;
/** Display path: relative to cwd when inside it. */
export declare function displayPath(abs: string, cwd: string): string;
/**
 * Builds engine inputs: reportable files (those found by walking marked `discovered`), then
 * context files not already reported. Context files in `shared` (`--context`, the config's
 * `context`) are visible to references from every input.
 */
export declare function buildInputs(reported: Pick<Expanded, 'files' | 'discovered'>, context: string[], cwd: string, stdin: ReadResult | null, maxFileBytes?: number, shared?: ReadonlySet<string>): {
    inputs: LintInput[];
    errors: InputError[];
};
/**
 * Maps the `# Source:` path of a document of `helm template` output onto its file in the
 * repository, relative to `root` (forward slashes), for the github and sarif formats. Helm names
 * a template `<chart name>/templates/x.yaml`, subcharts' `<chart name>/charts/<sub name>/...`
 * (see src/load/helm-source.ts). The chart's directory is `chartDir` (--helm-chart-dir) when given;
 * else the first of cwd, cwd/NAME, cwd/charts/NAME, root/NAME and root/charts/NAME whose
 * Chart.yaml says `name: NAME`. A path is given only for a regular file that is inside root once
 * symbolic links are followed; an unsafe `# Source:` (`..`, absolute, control characters) never.
 */
export declare function helmTemplateResolver(root: string, cwd: string, chartDir?: string): TemplateResolver;
export {};
