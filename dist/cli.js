#!/usr/bin/env node
import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);

// <define:STSPLAN_CACHE_KEYS>
var define_STSPLAN_CACHE_KEYS_default = { "yaml.cjs": "1ac57cc615861fc8", "eslint-rule-docs.cjs": "bb05083034aae67d", "cli-main.cjs": "ef75abd6abee2860", "validators/common.cjs": "8928099183636ec5", "validators/v1.29.cjs": "0425b325dce849fa", "validators/v1.30.cjs": "56c8f6cea3186bc1", "validators/v1.31.cjs": "9edb4a51e74136da", "validators/v1.32.cjs": "d313109be3e08dd9", "validators/v1.33.cjs": "a140334321b2189e", "validators/v1.34.cjs": "9b358ec0faa0d956", "validators/v1.35.cjs": "0b827dacee8d8938", "validators/v1.36.cjs": "c6c44bf55de663e8" };

// build/src/cli/bin.js
import module from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// build/src/version.js
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);

// build/src/cli/compile-cache.js
import { lstatSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
var WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname, __stsplanImport) {";
var WRAPPER_TAIL = "\n})";
function cacheDirectory(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE)
    return void 0;
  const uid = process.getuid?.();
  const dir = env.NODE_COMPILE_CACHE ? resolve(env.NODE_COMPILE_CACHE) : join(tmpdir(), `stsplan-compile-cache-${uid ?? "user"}`);
  try {
    let st = lstatSync(dir, { throwIfNoEntry: false });
    if (!st) {
      mkdirSync(dir, { recursive: true, mode: 448 });
      st = lstatSync(dir);
    }
    if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || process.platform !== "win32" && (st.mode & 18) !== 0)
      return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function flagsKey() {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join("\0");
  if (flags === "")
    return "";
  let h = 2166136261;
  for (let i = 0; i < flags.length; i++)
    h = Math.imul(h ^ flags.charCodeAt(i), 16777619);
  return `-o${(h >>> 0).toString(16)}`;
}
function compileCache(options) {
  const loaded = /* @__PURE__ */ new Map();
  const pending = [];
  const hits = [];
  let flushing = false;
  const flush = (code) => {
    if (code !== 0 && code !== 1)
      return;
    for (const { script, path } of pending) {
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData(), { mode: 384 });
        renameSync(tmp, path);
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
        }
      }
    }
  };
  const importHook = (specifier) => {
    if (specifier.startsWith("file:")) {
      const path = fileURLToPath(specifier);
      const twin = path.replace(/\.js$/, ".cjs");
      if (twin !== path && basename(dirname(path)) === "validators" && options.keys[`validators/${basename(twin)}`])
        return Promise.resolve().then(() => load(twin));
    }
    return import(specifier);
  };
  function keyOf(file) {
    const name = basename(dirname(file)) === "validators" ? `validators/${basename(file)}` : basename(file);
    return options.keys[name];
  }
  function load(file) {
    file = resolve(file);
    if (loaded.has(file))
      return loaded.get(file);
    const key = keyOf(file);
    if (!key || !options.dir) {
      const exports = createRequire(file)(file);
      loaded.set(file, exports);
      return exports;
    }
    const st = statSync(file);
    const cachePath = join(options.dir, `${basename(file)}-${key}-${st.size}-${Math.trunc(st.mtimeMs)}-${options.profile}${flagsKey()}-${process.version}-${process.arch}.v8cache`);
    let cachedData;
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = void 0;
    }
    const source = readFileSync(file, "utf8").replace(/^#!/, "//");
    const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: file, ...cachedData ? { cachedData } : {} });
    if (cachedData && !script.cachedDataRejected)
      hits.push(file);
    else {
      pending.push({ script, path: cachePath });
      if (!flushing) {
        flushing = true;
        process.once("exit", flush);
      }
    }
    const mod = new Module(file);
    mod.filename = file;
    const real = createRequire(file);
    const dir = dirname(file);
    const req = Object.assign((id) => /^\.\.?\//.test(id) && keyOf(resolve(dir, id)) ? load(resolve(dir, id)) : real(id), {
      resolve: real.resolve,
      cache: real.cache,
      main: real.main,
      extensions: real.extensions
    });
    loaded.set(file, mod.exports);
    script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, dir, importHook);
    mod.loaded = true;
    loaded.set(file, mod.exports);
    return mod.exports;
  }
  return { load, hits };
}

// build/src/cli/bin.js
var nodeCache = module.enableCompileCache;
if (!BUNDLED)
  await import(new URL("./main.js", import.meta.url).href);
else if (nodeCache || typeof define_STSPLAN_CACHE_KEYS_default === "undefined") {
  nodeCache?.();
  module.createRequire(import.meta.url)("./cli-main.cjs");
} else {
  const command = process.argv[2];
  const profile = command === "lint" || command === "plan" ? command : "other";
  compileCache({ dir: cacheDirectory(), keys: define_STSPLAN_CACHE_KEYS_default, profile }).load(fileURLToPath2(new URL("./cli-main.cjs", import.meta.url)));
}
