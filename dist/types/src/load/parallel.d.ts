/**
 * Loading on all cores. Parsing and schema validation are per file, so a large input is split
 * into contiguous runs of files: this thread loads the first, one worker thread each of the
 * others. Rules, which look across files, then run here on the gathered result.
 *
 * A worker sends its objects back as one JSON string: `JSON.parse` here costs about half of what
 * a structured clone of the same objects costs. Objects JSON cannot carry exactly (NaN, ±Infinity,
 * -0, undefined array slots) travel by structured clone instead.
 */
import type { KubeObject, LoadLimits, Resource, SourceFile, SourceRole } from '../resource.js';
import { type LintInput, type Loaded, type LoadedInput } from './input.js';
import { type SchemaError } from './schema.js';
import type { InputError } from '../types.js';
/** Below this many bytes of input, starting a worker costs more than it saves. */
export declare const PARALLEL_MIN_BYTES: number;
export interface ParallelOptions {
    limits?: Partial<LoadLimits>;
    ignoreNonKubernetes?: boolean;
    /** Threads to load with, this one included; 1 loads here only. */
    threads: number;
}
/** What a worker is given. */
export interface WorkerTask {
    kubeVersion: string;
    limits?: Partial<LoadLimits>;
    inputs: LintInput[];
}
interface WireResource {
    docIndex: number;
    base: Resource['base'];
    apiVersion: string;
    kind: string;
    name: string;
    namespace: string | undefined;
    schemaErrors: SchemaError[] | undefined;
    /** Set when JSON would not carry the object exactly; otherwise it is the next one in `objects`. */
    object?: KubeObject;
}
/** A SourceRole without its pseudo-resource's file (rebuilt on this side). */
type WireRole = {
    kind: SourceRole['kind'];
    patches?: string[];
    dir?: string;
    object?: KubeObject;
    name?: string;
    apiVersion?: string;
};
interface WireFile {
    path: string;
    reportable: boolean;
    shared?: boolean;
    role?: WireRole;
    discovered: boolean;
    foreign: boolean;
    errors: InputError[];
    text: string;
    json: boolean;
    fast: SourceFile['fast'];
    blanked: string | undefined;
    resources: WireResource[];
}
/** What a worker sends back. */
export type WorkerResult = {
    files: WireFile[];
    objects: string;
} | {
    error: string;
};
export declare function toWire(loaded: LoadedInput[]): WorkerResult;
export declare function fromWire(result: {
    files: WireFile[];
    objects: string;
}): LoadedInput[];
/** Splits inputs into `n` contiguous runs of about equal size in bytes. */
export declare function split(inputs: LintInput[], n: number): LintInput[][];
/**
 * Loads and validates inputs on up to `threads` threads; the result is the same as
 * loadAndValidate's, in input order. A worker that fails has its share loaded here instead.
 */
export declare function loadParallel(inputs: LintInput[], kubeVersion: string, options: ParallelOptions): Promise<Loaded>;
export {};
