/**
 * Generates the trimmed JSON Schemas in schemas/k8s/ from the Kubernetes OpenAPI v2 documents
 * (`swagger.json`, one per minor version) in ../shared/kube-openapi/ (© The Kubernetes Authors,
 * Apache-2.0). Only the definitions reachable from the kinds stsplan validates are kept, without
 * descriptions, and a definition that is identical in several versions is stored once. It also
 * writes schemas/k8s/api-resources.ts: which kinds each group/version of the built-in API serves
 * in which minor versions (read from the documents' REST paths).
 *
 *   npm run schemas [-- /path/to/kube-openapi]
 *
 * The output is committed so that a clone works without ../shared; `npm run build` compiles it
 * into standalone ajv validators (schemas/compile.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT_KINDS, schemaDir, type SchemaIndex } from './layout.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, here.includes(`${'dist'}`) ? '../..' : '..');
const input = resolve(process.argv[2] ?? join(repoRoot, '../shared/kube-openapi'));

const DEF_PREFIX = '#/definitions/';
/** Kubernetes resource.Quantity grammar (k8s.io/apimachinery/pkg/api/resource). */
const QUANTITY_PATTERN = '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$';

/**
 * Fields the OpenAPI documents list as required but the API server does not enforce (it checks
 * `required` in its validation code, not from OpenAPI). StatefulSetSpec.serviceName is listed
 * as required up to 1.32 yet an empty or absent value was always accepted (made explicit as
 * optional by kubernetes/kubernetes#130233 in 1.33).
 */
const NOT_ENFORCED: Record<string, string[]> = {
  'io.k8s.api.apps.v1.StatefulSetSpec': ['serviceName'],
};

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns one OpenAPI v2 schema into the JSON Schema stsplan validates with. */
function convert(name: string, s: JsonObject, rename: (ref: string) => string): JsonObject {
  if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') return { type: ['integer', 'string'] };
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') {
    return { type: ['string', 'number'], pattern: QUANTITY_PATTERN };
  }
  const out = convertNode(s, rename, true);
  const skip = NOT_ENFORCED[name];
  if (skip && Array.isArray(out.required)) {
    out.required = out.required.filter((r) => !skip.includes(String(r)));
    if (out.required.length === 0) delete out.required;
  }
  return out;
}

function convertNode(s: JsonObject, rename: (ref: string) => string, strict: boolean): JsonObject {
  const out: JsonObject = {};
  if (typeof s.$ref === 'string') return { $ref: rename(s.$ref) };
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && isObject(s.allOf[0])) {
    return convertNode(s.allOf[0], rename, strict);
  }
  const type = s.type;
  if (s.format === 'int-or-string') return { type: ['integer', 'string'] };
  if (typeof type === 'string') out.type = type;
  if (type === 'integer' && s.format === 'int32') {
    out.minimum = -2147483648;
    out.maximum = 2147483647;
  }
  if (Array.isArray(s.enum)) out.enum = s.enum;
  if (isObject(s.properties)) {
    const props: JsonObject = {};
    for (const [k, v] of Object.entries(s.properties)) if (isObject(v)) props[k] = convertNode(v, rename, strict);
    out.properties = props;
    if (Array.isArray(s.required) && s.required.length > 0) out.required = s.required;
    // Strict field validation, as `kubectl apply` does by default: unknown fields are errors.
    if (strict && !isObject(s.additionalProperties)) out.additionalProperties = false;
  }
  if (isObject(s.additionalProperties)) out.additionalProperties = convertNode(s.additionalProperties, rename, strict);
  if (isObject(s.items)) out.items = convertNode(s.items, rename, strict);
  return out;
}

function hash(v: Json): string {
  return createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 8);
}

function shortName(full: string): string {
  // io.k8s.api.apps.v1.StatefulSetSpec -> apps.v1.StatefulSetSpec
  return full.replace(/^io\.k8s\.(api\.)?/, '').replace(/^apimachinery\.pkg\.(apis\.)?/, '');
}

/**
 * A top-level REST path of a group/version: `/api/v1/pods`, `/api/v1/namespaces/{namespace}/pods/{name}`,
 * `/apis/apps/v1/namespaces/{namespace}/statefulsets`. Subresources (`.../status`, `.../scale`) and
 * the `watch/` paths do not match.
 */
const RESOURCE_PATH = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(?:namespaces\/\{namespace\}\/)?([^/{}]+)(?:\/\{name\})?$/;

/**
 * The kinds each group/version serves, from the REST paths of one document: a kind is served in a
 * group/version when a top-level path of that group/version has an operation whose
 * `x-kubernetes-group-version-kind` names it. The definitions' own `x-kubernetes-group-version-kind`
 * is no use for this: DeleteOptions and WatchEvent carry every group/version the scheme knows,
 * including those that serve nothing (apps/v1beta1 in 1.29).
 */
function servedKinds(swagger: JsonObject): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const paths = isObject(swagger.paths) ? swagger.paths : {};
  for (const [path, ops] of Object.entries(paths)) {
    const m = RESOURCE_PATH.exec(path);
    if (!m || m[4] === 'watch' || !isObject(ops)) continue;
    const gv = m[1] ?? `${m[2]}/${m[3]}`;
    for (const op of Object.values(ops)) {
      const gvk = isObject(op) ? op['x-kubernetes-group-version-kind'] : undefined;
      if (!isObject(gvk) || typeof gvk.kind !== 'string') continue;
      const opGv = gvk.group ? `${String(gvk.group)}/${String(gvk.version)}` : String(gvk.version);
      if (opGv !== gv) continue;
      let kinds = out.get(gv);
      if (!kinds) out.set(gv, (kinds = new Set()));
      kinds.add(gvk.kind);
    }
  }
  return out;
}

/**
 * schemas/k8s/api-resources.ts: group/version -> kind -> [first, last] minor version serving it.
 * The table is JSON text in a string, parsed only when an object needs it (src/k8s/api-versions.ts),
 * so that start-up does not pay for it.
 */
function writeApiResources(out: string, served: Map<number, Map<string, Set<string>>>): void {
  const minors = [...served.keys()].sort((a, b) => a - b);
  const first = minors[0]!;
  const last = minors[minors.length - 1]!;
  const table: Record<string, Record<string, [number, number]>> = {};
  for (const minor of minors) {
    if (minor !== first && !served.has(minor - 1)) throw new Error(`api-resources: 1.${minor - 1} missing between 1.${first} and 1.${last}`);
    for (const [gv, kinds] of served.get(minor)!) {
      for (const kind of kinds) {
        const byKind = (table[gv] ??= {});
        const range = byKind[kind];
        if (!range) byKind[kind] = [minor, minor];
        else if (range[1] === minor - 1) range[1] = minor;
        else throw new Error(`api-resources: ${kind} ${gv} is served in 1.${range[0]}-1.${range[1]} and again in 1.${minor}; a range cannot say that`);
      }
    }
  }
  const groups = new Set<string>();
  const lines: string[] = [];
  for (const gv of Object.keys(table).sort()) {
    groups.add(gv.includes('/') ? gv.slice(0, gv.indexOf('/')) : '');
    const byKind = table[gv]!;
    const sorted: Record<string, [number, number]> = {};
    for (const k of Object.keys(byKind).sort()) sorted[k] = byKind[k]!;
    lines.push(`${JSON.stringify(gv)}:${JSON.stringify(sorted)}`);
  }
  const json = `{\n${lines.join(',\n')}\n}`;
  if (/[`\\]|\$\{/.test(json)) throw new Error('api-resources: the table cannot be written as a template literal');
  const text = `// Generated by schemas/generate.ts (\`npm run schemas\`) from the Kubernetes OpenAPI v2 documents
// (© The Kubernetes Authors, Apache-2.0). Do not edit; see schemas/README.md.

/** The Kubernetes minor versions (1.N) the table covers. */
export const API_MINORS = { first: ${first}, last: ${last} } as const;

/** The groups of the built-in API ('' is the core group): the groups with a served kind in some version. */
export const API_GROUPS: readonly string[] = ${JSON.stringify([...groups].sort())};

/**
 * Group/version -> kind -> [first, last] minor version whose OpenAPI document has a REST path for
 * that kind in that group/version. JSON text, parsed on first use.
 */
export const API_RESOURCES_JSON = \`${json}\`;
`;
  writeFileSync(join(out, 'api-resources.ts'), text);
}

function main(): void {
  if (!existsSync(input)) {
    console.error(`stsplan schemas: ${input} not found; the committed schemas in ${schemaDir(repoRoot)} are used as they are.`);
    process.exit(0);
  }
  const versions = readdirSync(input)
    .filter((d) => /^v1\.\d+$/.test(d) && existsSync(join(input, d, 'swagger.json')))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  const shared: Record<string, JsonObject> = {};
  const index: SchemaIndex = {
    source: 'Kubernetes OpenAPI v2 (swagger.json) per minor version, © The Kubernetes Authors, Apache-2.0; see schemas/README.md',
    versions: {},
  };
  const served = new Map<number, Map<string, Set<string>>>();
  for (const version of versions) {
    const swagger = JSON.parse(readFileSync(join(input, version, 'swagger.json'), 'utf8')) as JsonObject;
    served.set(Number(version.split('.')[1]), servedKinds(swagger));
    const defs = swagger.definitions as Record<string, JsonObject>;
    // Reachable definitions from the root kinds.
    const reach = new Set<string>();
    const stack = ROOT_KINDS.map((k) => k.definition);
    while (stack.length) {
      const name = stack.pop()!;
      if (reach.has(name)) continue;
      if (!defs[name]) throw new Error(`${version}: definition ${name} missing`);
      reach.add(name);
      JSON.stringify(defs[name], (key, value: unknown) => {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(DEF_PREFIX)) stack.push(value.slice(DEF_PREFIX.length));
        return value;
      });
    }
    // Convert with refs pointing at version-local names first, then content-address them: a
    // definition's id hashes its body with its refs already resolved to ids, so a definition is
    // shared between versions only when everything it reaches is identical too.
    const local: Record<string, JsonObject> = {};
    for (const name of reach) local[name] = convert(name, defs[name]!, (ref) => `@${ref.slice(DEF_PREFIX.length)}`);
    const ids = new Map<string, string>();
    const idOf = (name: string, seen: Set<string>): string => {
      const known = ids.get(name);
      if (known) return known;
      if (seen.has(name)) throw new Error(`${version}: recursive definition ${name} is not supported`);
      seen.add(name);
      const body = JSON.stringify(local[name], (key, value: unknown) =>
        key === '$ref' && typeof value === 'string' && value.startsWith('@') ? `#/definitions/${idOf(value.slice(1), seen)}` : value,
      );
      const id = `${shortName(name)}@${hash(body)}`;
      ids.set(name, id);
      return id;
    };
    const map: Record<string, string> = {};
    for (const name of [...reach].sort()) {
      const id = idOf(name, new Set());
      map[name] = id;
      const body = JSON.parse(
        JSON.stringify(local[name], (key, value: unknown) =>
          key === '$ref' && typeof value === 'string' && value.startsWith('@') ? `#/definitions/${idOf(value.slice(1), new Set())}` : value,
        ),
      ) as JsonObject;
      const existing = shared[id];
      if (existing && JSON.stringify(existing) !== JSON.stringify(body)) throw new Error(`hash collision on ${id}`);
      shared[id] = body;
    }
    const roots: Record<string, string> = {};
    for (const k of ROOT_KINDS) roots[k.kind] = map[k.definition]!;
    index.versions[version.slice(1)] = { roots };
  }
  const out = schemaDir(repoRoot);
  mkdirSync(out, { recursive: true });
  const sorted: Record<string, JsonObject> = {};
  for (const k of Object.keys(shared).sort()) sorted[k] = shared[k]!;
  writeFileSync(join(out, 'definitions.json'), JSON.stringify(sorted, null, 1) + '\n');
  writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  writeApiResources(out, served);
  console.log(`stsplan schemas: ${versions.length} versions, ${Object.keys(sorted).length} shared definitions -> ${out}`);
}

main();
