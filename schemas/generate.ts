/**
 * Generates the trimmed JSON Schemas in schemas/k8s/ from the Kubernetes OpenAPI v2 documents
 * (`swagger.json`, one per minor version) in ../shared/kube-openapi/ (© The Kubernetes Authors,
 * Apache-2.0). Only the definitions reachable from the kinds stsplan validates are kept, without
 * descriptions, and a definition that is identical in several versions is stored once.
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
  for (const version of versions) {
    const swagger = JSON.parse(readFileSync(join(input, version, 'swagger.json'), 'utf8')) as JsonObject;
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
  console.log(`stsplan schemas: ${versions.length} versions, ${Object.keys(sorted).length} shared definitions -> ${out}`);
}

main();
