/** Walks the YAML nodes of one resource with the object path of each node. */
import type { Node, Scalar } from 'yaml';
import type { Resource } from '../resource.js';
import type { Path } from '../types.js';
export interface Visit {
    path: Path;
    /** The scalar (a value, or a key when `isKey`). */
    scalar: Scalar;
    isKey: boolean;
}
/** Every scalar of the resource, keys included; aliases are not followed. */
export declare function scalars(resource: Resource): Generator<Visit>;
/** Every map of the resource with its path. */
export declare function maps(resource: Resource): Generator<{
    path: Path;
    node: Node & {
        items: {
            key: unknown;
            value: unknown;
        }[];
    };
}>;
/** Every node of the resource (maps, sequences, scalars, keys included) with its path; aliases are not followed. */
export declare function nodes(resource: Resource): Generator<{
    path: Path;
    node: Node;
    isKey: boolean;
}>;
