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
import { collectLoaded, loadInputs, type LintInput, type Loaded, type LoadedInput } from './input.js';
import { loadValidators, type SchemaError } from './schema.js';
import type { InputError } from '../types.js';

/** Below this many bytes of input, starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

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
type WireRole = { kind: SourceRole['kind']; patches?: string[]; dir?: string; object?: KubeObject; name?: string; apiVersion?: string };

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
export type WorkerResult = { files: WireFile[]; objects: string } | { error: string };

/** True when JSON.stringify would change the value: NaN, ±Infinity, -0, undefined. */
function jsonLossy(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v) || Object.is(v, -0);
  if (v === undefined) return true;
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) {
    for (const item of v) if (jsonLossy(item)) return true;
    return false;
  }
  for (const k in v) if (jsonLossy((v as Record<string, unknown>)[k])) return true;
  return false;
}

export function toWire(loaded: LoadedInput[]): WorkerResult {
  const objects: unknown[] = [];
  const files = loaded.map((one): WireFile => {
    const file = one.resources[0]?.file ?? (one.role && one.role.kind !== 'helm-values' ? one.role.resource.file : undefined);
    return {
      path: one.path,
      reportable: one.reportable,
      ...(one.shared ? { shared: true } : {}),
      ...(one.role ? { role: toWireRole(one.role) } : {}),
      discovered: one.discovered,
      foreign: one.foreign,
      errors: one.errors,
      text: file?.text ?? '',
      json: file?.json ?? false,
      fast: file?.fast,
      blanked: file?.blanked,
      resources: one.resources.map((r, i): WireResource => {
        const wire: WireResource = { docIndex: r.docIndex, base: r.base, apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace, schemaErrors: one.schemaErrors[i] };
        if (jsonLossy(r.object)) wire.object = r.object;
        else objects.push(r.object);
        return wire;
      }),
    };
  });
  return { files, objects: JSON.stringify(objects) };
}

function toWireRole(role: SourceRole): WireRole {
  if (role.kind === 'helm-values') return { kind: role.kind };
  const { object, name, apiVersion } = role.resource;
  return { kind: role.kind, object, name, apiVersion, ...(role.kind === 'kustomization' ? { patches: role.patches } : { dir: role.dir }) };
}

function fromWireRole(w: WireRole, file: SourceFile, reportable: boolean): SourceRole {
  if (w.kind === 'helm-values') return { kind: w.kind };
  const kind = w.kind === 'kustomization' ? 'Kustomization' : w.kind === 'helm-chart' ? 'Helm chart' : 'Helm template';
  const resource: Resource = { file, docIndex: 0, base: [], object: w.object ?? {}, apiVersion: w.apiVersion ?? '', kind, name: w.name ?? '', namespace: undefined, reportable };
  return w.kind === 'kustomization' ? { kind: w.kind, patches: w.patches ?? [], resource } : { kind: w.kind, dir: w.dir ?? '', resource };
}

export function fromWire(result: { files: WireFile[]; objects: string }): LoadedInput[] {
  const objects = JSON.parse(result.objects) as KubeObject[];
  let next = 0;
  return result.files.map((w): LoadedInput => {
    const file: SourceFile = { path: w.path, text: w.text, json: w.json };
    if (w.fast) file.fast = w.fast;
    if (w.blanked !== undefined) file.blanked = w.blanked;
    return {
      path: w.path,
      reportable: w.reportable,
      ...(w.shared ? { shared: true } : {}),
      ...(w.role ? { role: fromWireRole(w.role, file, w.reportable) } : {}),
      discovered: w.discovered,
      foreign: w.foreign,
      errors: w.errors,
      resources: w.resources.map(
        (r): Resource => ({
          file,
          docIndex: r.docIndex,
          base: r.base,
          object: r.object ?? objects[next++]!,
          apiVersion: r.apiVersion,
          kind: r.kind,
          name: r.name,
          namespace: r.namespace,
          reportable: w.reportable,
          ...(w.shared ? { shared: true } : {}),
        }),
      ),
      schemaErrors: w.resources.map((r) => r.schemaErrors),
    };
  });
}

function size(input: LintInput): number {
  return typeof input.content === 'string' ? input.content.length : input.content.byteLength;
}

/** Splits inputs into `n` contiguous runs of about equal size in bytes. */
export function split(inputs: LintInput[], n: number): LintInput[][] {
  const total = inputs.reduce((sum, i) => sum + size(i), 0);
  const chunks: LintInput[][] = [[]];
  let filled = 0;
  for (const input of inputs) {
    if (filled >= (total * chunks.length) / n && chunks.length < n) chunks.push([]);
    chunks[chunks.length - 1]!.push(input);
    filled += size(input);
  }
  return chunks;
}

/** Beside this module: build/src/load-worker.js, or dist/load-worker.js for the bundle (whose chunks sit in dist/). */
const workerUrl = new URL('./load-worker.js', import.meta.url);

type WorkerClass = typeof import('node:worker_threads').Worker;

function runWorker(Worker: WorkerClass, task: WorkerTask): Promise<LoadedInput[] | null> {
  return new Promise((resolve) => {
    let worker: InstanceType<WorkerClass>;
    try {
      worker = new Worker(workerUrl, { workerData: task });
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const done = (v: LoadedInput[] | null): void => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    worker.once('message', (m: WorkerResult) => done('error' in m ? null : fromWire(m)));
    worker.once('error', () => done(null));
    worker.once('exit', () => done(null));
  });
}

/**
 * Loads and validates inputs on up to `threads` threads; the result is the same as
 * loadAndValidate's, in input order. A worker that fails has its share loaded here instead.
 */
export async function loadParallel(inputs: LintInput[], kubeVersion: string, options: ParallelOptions): Promise<Loaded> {
  const validators = await loadValidators(kubeVersion);
  const total = inputs.reduce((sum, i) => sum + size(i), 0);
  const threads = Math.min(options.threads, inputs.length);
  const local = (chunk: LintInput[]): LoadedInput[] => loadInputs(chunk, validators, options.limits);
  if (threads <= 1 || total < PARALLEL_MIN_BYTES) return collectLoaded(local(inputs), options.ignoreNonKubernetes);
  // Imported here, not at the top: a run too small for workers never loads the module.
  const { Worker } = await import('node:worker_threads');
  const [mine, ...theirs] = split(inputs, threads);
  // Workers start before this thread loads its share, so that all run at once.
  const pending = theirs.map((chunk) => runWorker(Worker, { kubeVersion, limits: options.limits, inputs: chunk }));
  const results: LoadedInput[][] = [local(mine!)];
  for (const [i, p] of pending.entries()) results.push((await p) ?? local(theirs[i]!));
  return collectLoaded(results.flat(), options.ignoreNonKubernetes);
}
