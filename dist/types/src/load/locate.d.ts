import type { Range, Path } from '../types.js';
import type { Resource } from '../resource.js';
export interface LocateOptions {
    /** Point at the key rather than the value (unknown fields, duplicate keys). */
    key?: boolean;
}
export interface Located {
    range: Range;
    /** False when the path does not exist and the range is that of its closest existing ancestor. */
    exact: boolean;
}
/**
 * The range of `path` inside a resource. A missing path resolves to its closest existing
 * ancestor (the key of the deepest map that exists), as Spectral's closest-range lookup does.
 */
export declare function locate(resource: Resource, path: Path, options?: LocateOptions): Located;
