/** Caches kept per file and command, the newest written (two projects on two stsplan versions, or two Node versions, keep theirs). */
export declare const KEEP = 3;
/**
 * The cache directory, created if missing, or undefined when there is none to use: turned off, not
 * creatable, not a directory, not the user's own, or writable by others.
 */
export declare function cacheDirectory(env?: NodeJS.ProcessEnv): string | undefined;
export interface CompileCacheOptions {
    /** Where cache files are read and written; undefined: compile from source, write nothing. */
    dir: string | undefined;
    /** The files to cache, by base name, each with the key of its content. */
    keys: Readonly<Record<string, string>>;
    /** What the run does (the command): runs of different commands compile different functions. */
    profile: string;
}
export interface CompileCacheLoader {
    /** Loads a CommonJS file as `require` does, its code from the cache when there is one. */
    load(file: string): unknown;
    /** The files whose code this run read from the cache (for tests). */
    readonly hits: string[];
}
/**
 * A loader of the build's CommonJS files through the compile cache. Writing happens once, when the
 * process exits.
 */
export declare function compileCache(options: CompileCacheOptions): CompileCacheLoader;
