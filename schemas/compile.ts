/**
 * Compiles the committed schemas (schemas/k8s/) into standalone ajv validators, so that no schema
 * is compiled when stsplan starts. Run by `npm run build` (and so by `npm ci` through `prepare`).
 *
 * The eight Kubernetes versions share most of their definitions (schemas/k8s/definitions.json
 * stores a definition once, under an id carrying a hash of its content). One ajv instance compiles
 * every version's roots, so each definition compiles to one function, named after its definition
 * id (`v_` and 8 hex digits of its hash, see functionName) instead of ajv's compile-order
 * `validateN`, so that the same definition is the same text whichever versions reach it:
 *
 * - `common.js` holds, once, the functions that most versions reach (COMMON_MIN);
 * - `v1.NN.js` holds the functions that fewer versions reach, 1.NN among them, imports the rest
 *   from `common.js` and exports the version's root validators (StatefulSet, Service, ...).
 *
 * A definition only calls definitions that every version reaching it reaches too, so the common
 * module imports nothing, and a version loads two modules.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { AnyValidateFunction } from 'ajv/dist/core.js';
import type { ValueScopeName } from 'ajv/dist/compile/codegen/scope.js';
import { schemaDir, type SchemaIndex } from './layout.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
/** Where the modules are written; src/load/schema.ts (validatorUrl) loads `v${version}.js` from here. */
const OUT_DIR = join(here, 'validators');

/** The module of what most versions reach (see COMMON_MIN), beside the versions' modules. */
const COMMON = 'common.js';
/**
 * What at least this many of the versions reach is written once, into the common module, which
 * every version loads; what fewer versions reach is written into each of their modules. So a
 * version loads two modules. One module per set of versions would load only what a version needs
 * but 9 modules for 1.36, and Node's ESM loader spends about 1-2 ms on each: importing 1.36's
 * validators took more CPU than the single 0.6 MB module of each version compiled alone. With 6
 * of 8, the common module holds 12 KB of functions 1.36 does not need (37 KB for 1.29), the
 * duplicates in the versions' modules cost 0.28 MB, and 1.36 loads 0.5 MB.
 */
const COMMON_MIN = 6;

/** The options the validators are compiled with (test/validators.test.ts compiles with them too). */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  inlineRefs: false,
  code: { source: true, esm: true, optimize: true },
} as const;

/**
 * ajv collects the errors of a referenced schema with `vErrors = vErrors.concat(sub.errors)`, a
 * copy of every error so far for each list item or map value that fails: 30,000 invalid list
 * items took half a minute. Appending in place keeps the same errors in the same order, in
 * linear time. Every such concatenation must be rewritten, or the build fails.
 */
export function linearErrors(code: string): string {
  const concat = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const out = code.replace(concat, (_, fn: string) => `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`);
  if (out.includes('.concat(')) throw new Error('schemas/compile.ts: ajv generated an error concatenation this build does not rewrite');
  return out;
}

/**
 * ajv records each error with `if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}`,
 * 2,400 times in the eight versions; `(vErrors??=[]).push(err0);` does the same (vErrors is null
 * or an array) in half the text.
 */
export function shortErrorPush(code: string): string {
  return code.replace(/if\(vErrors === null\)\{vErrors = \[(err\d+)\];\}else \{vErrors\.push\(\1\);\}/g, '(vErrors??=[]).push($1);');
}

/** The name of the function a definition compiles to (the build fails if two ids share one). */
export function functionName(id: string): string {
  return `v_${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/** A top-level declaration of the generated code: a definition's function or a value it uses. */
interface Decl {
  name: string;
  code: string;
  /** Names of the other declarations it refers to. */
  uses: Set<string>;
  /** The versions that reach it. */
  versions: Set<string>;
}

/**
 * ajv's code reads a whole schema (a definition with all its subschemas) for two things: whether a
 * key is one of its properties (`hasOwnProperty.call(schema.properties, key)`) and the list of
 * types an error names (`params: {type: schema.type}`). Only what is read is kept: the property
 * names (each mapped to 0) and the members read; the whole schema if the code uses it otherwise.
 */
function schemaAsRead(value: Decl, decls: Map<string, Decl>): string {
  const hasOwn = [...decls.values()].find((d) => d.code === 'Object.prototype.hasOwnProperty')?.name;
  const reads = new Set<string>();
  const use = new RegExp(`(${hasOwn ?? '$^'}\\.call\\()?\\b${value.name}\\b(\\.[A-Za-z_$][\\w$]*)?`, 'g');
  for (const user of decls.values()) {
    if (!user.uses.has(value.name)) continue;
    for (const m of user.code.matchAll(use)) reads.add(m[1] && m[2] === '.properties' ? 'keys of properties' : m[2] ? m[2].slice(1) : 'all');
  }
  if (reads.has('all')) return value.code;
  const schema = JSON.parse(value.code) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  if (reads.has('keys of properties')) kept['properties'] = Object.fromEntries(Object.keys(schema['properties'] as object).map((k) => [k, 0]));
  for (const r of reads) if (r !== 'keys of properties') kept[r] = schema[r];
  // As ajv writes a value (JSON, with the two line terminators JavaScript strings may not hold raw).
  return JSON.stringify(kept).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function declCode(d: Decl): string {
  return d.code.startsWith('function ') ? `${d.code}\n` : `const ${d.name} = ${d.code};\n`;
}

export interface CompiledModules {
  /** File name -> module text. */
  files: Map<string, string>;
}

/** Compiles every version of the index into the shared modules described above. */
export function compileModules(definitions: Record<string, object>, index: SchemaIndex): CompiledModules {
  const versions = Object.keys(index.versions);
  const ajv = new Ajv(AJV_OPTIONS);
  ajv.addSchema({ $id: 'k8s', definitions });
  const idOf = new Map<unknown, string>(Object.entries(definitions).map(([id, schema]) => [schema, id]));

  const decls = new Map<string, Decl>();
  // ajv's name ("validate12", "schema7") -> stable name, per compiled function.
  const fnName = new Map<AnyValidateFunction, string>();
  const nameOwner = new Map<string, string>();
  const valueName = new Map<ValueScopeName, string>();
  const stableValueName = (n: ValueScopeName): string => {
    let name = valueName.get(n);
    if (name === undefined) {
      const code = String(n.value?.code ?? '');
      if (!code) throw new Error(`schemas/compile.ts: ajv scope value ${n.str} has no code`);
      name = `${n.prefix}_${createHash('sha256').update(code).digest('hex').slice(0, 10)}`;
      const known = decls.get(name);
      if (known && known.code !== code) throw new Error(`schemas/compile.ts: two values are both named ${name}`);
      if (!known) decls.set(name, { name, code, uses: new Set(), versions: new Set() });
      valueName.set(n, name);
    }
    return name;
  };

  const visit = (v: AnyValidateFunction): string => {
    let name = fnName.get(v);
    if (name !== undefined) return name;
    const id = idOf.get(v.schema);
    const source = v.source;
    if (id === undefined || !source) throw new Error('schemas/compile.ts: ajv compiled a function that is no definition of schemas/k8s/definitions.json');
    if (source.evaluated) throw new Error(`schemas/compile.ts: ${id}: ajv generated evaluated properties this build does not handle`);
    name = functionName(id);
    const owner = nameOwner.get(name);
    if (owner !== undefined && owner !== id) throw new Error(`schemas/compile.ts: ${id} and ${owner} are both named ${name}`);
    nameOwner.set(name, id);
    fnName.set(v, name);
    const rename = new Map<string, string>([[source.validateName.str, name]]);
    for (const [prefix, names] of Object.entries(source.scopeValues)) {
      for (const n of names ?? new Set<ValueScopeName>()) rename.set(n.str, prefix === 'validate' ? visit(n.value?.ref as AnyValidateFunction) : stableValueName(n));
    }
    // What the code reads: ajv lists each function's own schema among its values even when unread.
    const uses = new Set<string>();
    // Every global name of ajv's code (a scope value: validateN, schemaN, funcN, patternN) is renamed;
    // ajv forbids these prefixes for local variables, so a match that is no known name is a string
    // this build does not expect: fail rather than guess.
    const prefixes = new Set([...Object.keys(source.scopeValues), source.validateName.prefix]);
    const globalName = new RegExp(`\\b(?:${[...prefixes].join('|')})\\d+\\b`, 'g');
    const code = shortErrorPush(linearErrors(source.validateCode)).replace(globalName, (n) => {
      const to = rename.get(n);
      if (to === undefined) throw new Error(`schemas/compile.ts: ${id}: unknown name ${n} in ajv's code`);
      if (to !== name) uses.add(to);
      return to;
    });
    const known = decls.get(name);
    // ajv may compile a definition twice (once as a root, once through a $ref): the same code.
    if (known && known.code !== code) throw new Error(`schemas/compile.ts: ${id} compiled to two different functions`);
    if (!known) decls.set(name, { name, code, uses, versions: new Set() });
    return name;
  };

  const roots = new Map<string, Map<string, string>>();
  for (const version of versions) {
    const exports = new Map<string, string>();
    for (const [kind, id] of Object.entries(index.versions[version]!.roots)) {
      const v = ajv.getSchema(`k8s#/definitions/${id}`);
      if (!v) throw new Error(`schemas/compile.ts: no definition ${id}`);
      exports.set(kind, visit(v));
    }
    roots.set(version, exports);
  }

  // Which versions reach each declaration.
  const reach = (name: string, version: string): void => {
    const d = decls.get(name)!;
    if (d.versions.has(version)) return;
    d.versions.add(version);
    for (const u of d.uses) reach(u, version);
  };
  for (const [version, exports] of roots) for (const name of exports.values()) reach(name, version);

  // Values no code reads (see uses above) were never reached: they are not written.
  for (const [name, d] of decls) if (d.versions.size === 0) decls.delete(name);
  for (const d of decls.values()) if (d.name.startsWith('schema_')) d.code = schemaAsRead(d, decls);

  const byName = (a: Decl, b: Decl): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const inCommon = (d: Decl): boolean => d.versions.size >= COMMON_MIN;
  const common = [...decls.values()].filter(inCommon).sort(byName);
  const files = new Map<string, string>();
  // What the versions' modules read from the common module.
  const fromCommon = new Set<string>();
  for (const [version, exports] of roots) {
    const own = [...decls.values()].filter((d) => !inCommon(d) && d.versions.has(version)).sort(byName);
    const imports = new Set<string>();
    for (const d of own) for (const u of d.uses) if (inCommon(decls.get(u)!)) imports.add(u);
    const exportSpecs: string[] = [];
    for (const [kind, name] of exports) {
      if (inCommon(decls.get(name)!)) imports.add(name);
      exportSpecs.push(`${name} as ${kind}`);
    }
    for (const n of imports) fromCommon.add(n);
    files.set(
      `v${version}.js`,
      (imports.size ? `import {${[...imports].sort().join(',')}} from "./${COMMON}";\n` : '') + own.map(declCode).join('') + `export {${exportSpecs.join(',')}};\n`,
    );
  }
  files.set(COMMON, common.map((d) => (fromCommon.has(d.name) ? 'export ' : '') + declCode(d)).join(''));
  return { files };
}

function main(): void {
  const definitions = JSON.parse(readFileSync(join(schemaDir(repoRoot), 'definitions.json'), 'utf8')) as Record<string, object>;
  const index = JSON.parse(readFileSync(join(schemaDir(repoRoot), 'index.json'), 'utf8')) as SchemaIndex;
  const { files } = compileModules(definitions, index);
  mkdirSync(OUT_DIR, { recursive: true });
  // Modules an earlier build wrote that this one does not (a version dropped, an older layout) must not linger.
  for (const f of readdirSync(OUT_DIR)) if (f.endsWith('.js') && !files.has(f)) rmSync(join(OUT_DIR, f));
  for (const [file, code] of files) writeFileSync(join(OUT_DIR, file), code);
  const versions = Object.keys(index.versions);
  writeFileSync(join(OUT_DIR, 'versions.json'), JSON.stringify(versions));
  const bytes = [...files.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
  console.log(`stsplan: compiled validators for Kubernetes ${versions.join(', ')} (${files.size} modules, ${Math.round(bytes / 1024)} KB)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
