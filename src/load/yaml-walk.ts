/** Walks the YAML nodes of one resource with the object path of each node. */
import type { Node, Scalar } from 'yaml';
import type { Resource } from '../resource.js';
import { documentOf, keyString, nodeAt } from './loader.js';
import { yamlLib } from './yaml-lib.js';
import type { Path } from '../types.js';

export interface Visit {
  path: Path;
  /** The scalar (a value, or a key when `isKey`). */
  scalar: Scalar;
  isKey: boolean;
}

/** Every scalar of the resource, keys included; aliases are not followed. */
export function* scalars(resource: Resource): Generator<Visit> {
  const { isScalar } = yamlLib();
  for (const { path, node, isKey } of nodes(resource)) if (isScalar(node)) yield { path, scalar: node, isKey };
}

/** Every map of the resource with its path. */
export function* maps(resource: Resource): Generator<{ path: Path; node: Node & { items: { key: unknown; value: unknown }[] } }> {
  const { isMap } = yamlLib();
  for (const { path, node, isKey } of nodes(resource)) {
    if (!isKey && isMap(node)) yield { path, node: node as unknown as Node & { items: { key: unknown; value: unknown }[] } };
  }
}

/** Every node of the resource (maps, sequences, scalars, keys included) with its path; aliases are not followed. */
export function* nodes(resource: Resource): Generator<{ path: Path; node: Node; isKey: boolean }> {
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const root = nodeAt(documentOf(resource), resource.base);
  const stack: [unknown, Path][] = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (!node || isAlias(node)) continue;
    yield { path, node: node as Node, isKey: false };
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        const key = keyString(pair.key);
        if (isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key)) yield { path: [...path, key], node: pair.key as Node, isKey: true };
        stack.push([pair.value, [...path, key]]);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], [...path, i]]);
    }
  }
}
