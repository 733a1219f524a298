/**
 * A compile cache for the bundled CLI where Node has none of its own (module.enableCompileCache
 * came in Node 22.1). Without one, every run parses dist/cli-main.cjs (1 MB) and the validators of
 * the target version (0.5 MB) and compiles to bytecode each function it calls: most of a one-file
 * run. Here each file is compiled as Node compiles a CommonJS module, through `vm.Script` with V8's
 * code cache: the first run writes the bytecode of every function it compiled, later runs read it
 * back instead of parsing (see README, Performance).
 *
 * Only files the build names are cached, each under a key the build computed from its bytes
 * (scripts/build.mjs defines STSPLAN_CACHE_KEYS in the launcher), with the file's size and mtime and
 * the Node version, architecture and options: V8 itself checks only the source's length. The cache is a
 * directory of the user's own (created 0700, refused if another user owns it or others may write
 * in it), `NODE_COMPILE_CACHE` or os.tmpdir()/stsplan-compile-cache-UID, as Node's compile cache;
 * `NODE_DISABLE_COMPILE_CACHE` turns it off, as Node's. A file is written when the run exits with 0
 * or 1 (a run that did its work, not a usage error that compiled little), through a temporary file
 * and a rename, and one cache is kept per command (`lint`, `plan`, the rest), whose functions
 * differ. Any failure to read or write it only means compiling from source, as without it. Each
 * write removes the older caches of the same file and command beyond the newest KEEP: each new
 * stsplan, reinstall (a new mtime) or Node version writes new ones, which otherwise piled up in the
 * temporary directory (700 files, 176 MB on the development machine after a month of builds).
 *
 * A script compiled by `vm.Script` cannot `import()` on Node 20 once its code comes from a cache
 * (the referrer Node registered is not the one the cache restores), so the build rewrites the
 * bundle's `import(` expressions to call `__stsplanImport`, which the loader passes in: it loads a
 * validators module from its CommonJS copy beside it (cached too), anything else with `import()`.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The parameters of the function a cached file is compiled into: Node's CommonJS wrapper's, and the import hook. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __stsplanImport) {';
const WRAPPER_TAIL = '\n})';

/** Caches kept per file and command, the newest written (two projects on two stsplan versions, or two Node versions, keep theirs). */
export const KEEP = 3;

/**
 * The caches of one file and command share the start of their names (`cli-main.cjs-lint-`); the
 * rest tells them apart: the file's key, size and mtime, and the Node options, version and
 * architecture.
 */
const groupOf = (file: string, profile: string): string => `${basename(file)}-${profile}-`;

/** Removes the caches of `group` in `dir` but the newest KEEP: only files this loader names. */
function prune(dir: string, group: string): void {
  const found: { path: string; at: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(group) || !name.endsWith('.v8cache')) continue;
    const path = join(dir, name);
    try {
      found.push({ path, at: statSync(path).mtimeMs });
    } catch {
      // gone meanwhile
    }
  }
  found.sort((a, b) => b.at - a.at);
  for (const { path } of found.slice(KEEP)) {
    try {
      unlinkSync(path);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/**
 * The file's source inside the module wrapper, as one flat string. The build writes these files in
 * ASCII, so the bytes are read once, into a buffer that already holds the wrapper, and become the
 * string in one copy; reading a UTF-8 string and concatenating the wrapper around it copied the
 * source twice more (V8 flattens the concatenation when it compiles), 5 ms of a run for the CLI's
 * 570 KB. A file with other bytes is decoded as UTF-8. The #! line of a bundle becomes a comment of
 * the same length: positions in stack traces stay.
 */
function wrappedSource(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.from(WRAPPER_HEAD, 'latin1');
    const buf = Buffer.allocUnsafeSlow(head.length + size + WRAPPER_TAIL.length);
    head.copy(buf, 0);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buf, head.length + at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    const end = head.length + at;
    buf.write(WRAPPER_TAIL, end, 'latin1');
    const whole = buf.subarray(0, end + WRAPPER_TAIL.length);
    if (whole[head.length] === 0x23 /* # */ && whole[head.length + 1] === 0x21 /* ! */) whole.write('//', head.length, 'latin1');
    return whole.toString(isAscii(whole) ? 'latin1' : 'utf8');
  } finally {
    closeSync(fd);
  }
}

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string, importHook: (specifier: string) => Promise<unknown>) => void;

/**
 * The cache directory, created if missing, or undefined when there is none to use: turned off, not
 * creatable, not a directory, not the user's own, or writable by others.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const dir = env.NODE_COMPILE_CACHE ? resolve(env.NODE_COMPILE_CACHE) : join(tmpdir(), `stsplan-compile-cache-${uid ?? 'user'}`);
  try {
    let st = lstatSync(dir, { throwIfNoEntry: false });
    if (!st) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      st = lstatSync(dir);
    }
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (process.platform !== 'win32' && (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Node's options of this process (`--max-old-space-size`…, on the command line or in NODE_OPTIONS)
 * as a short hash, or nothing without any: V8 refuses a cache written under other flags, and a run
 * with them would otherwise rewrite the cache of every run without, and the other way round.
 */
function flagsKey(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  if (flags === '') return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return `-o${(h >>> 0).toString(16)}`;
}

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
export function compileCache(options: CompileCacheOptions): CompileCacheLoader {
  const loaded = new Map<string, unknown>();
  const pending: { script: Script; path: string; group: string }[] = [];
  const hits: string[] = [];
  let flushing = false;

  const flush = (code: number): void => {
    if (code !== 0 && code !== 1) return;
    for (const { script, path, group } of pending) {
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, path);
        prune(dirname(path), group);
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
          // nothing was written
        }
      }
    }
  };

  /** import() for the loaded code: a validators module from its CommonJS copy, anything else as it is. */
  const importHook = (specifier: string): Promise<unknown> => {
    if (specifier.startsWith('file:')) {
      const path = fileURLToPath(specifier);
      const twin = path.replace(/\.js$/, '.cjs');
      if (twin !== path && basename(dirname(path)) === 'validators' && options.keys[`validators/${basename(twin)}`]) return Promise.resolve().then(() => load(twin));
    }
    return import(specifier);
  };

  function keyOf(file: string): string | undefined {
    const name = basename(dirname(file)) === 'validators' ? `validators/${basename(file)}` : basename(file);
    return options.keys[name];
  }

  function load(file: string): unknown {
    file = resolve(file);
    if (loaded.has(file)) return loaded.get(file);
    const key = keyOf(file);
    if (!key || !options.dir) {
      const exports: unknown = createRequire(file)(file);
      loaded.set(file, exports);
      return exports;
    }
    const st = statSync(file);
    const group = groupOf(file, options.profile);
    const cachePath = join(options.dir, `${group}${key}-${st.size}-${Math.trunc(st.mtimeMs)}${flagsKey()}-${process.version}-${process.arch}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(wrappedSource(file), { filename: file, ...(cachedData ? { cachedData } : {}) });
    if (cachedData && !script.cachedDataRejected) hits.push(file);
    else {
      pending.push({ script, path: cachePath, group });
      if (!flushing) {
        flushing = true;
        process.once('exit', flush);
      }
    }
    const mod = new Module(file);
    mod.filename = file;
    const real = createRequire(file);
    const dir = dirname(file);
    // The bundle's relative requires of the build's other files (yaml.cjs, validators/common.cjs) go through the cache too.
    const req = Object.assign((id: string): unknown => (/^\.\.?\//.test(id) && keyOf(resolve(dir, id)) ? load(resolve(dir, id)) : real(id)), {
      resolve: real.resolve,
      cache: real.cache,
      main: real.main,
      extensions: real.extensions,
    }) as NodeJS.Require;
    loaded.set(file, mod.exports);
    (script.runInThisContext() as ModuleFunction).call(mod.exports, mod.exports, req, mod, file, dir, importHook);
    mod.loaded = true;
    loaded.set(file, mod.exports);
    return mod.exports;
  }

  return { load, hits };
}
