export declare const BUNDLED: boolean;
/**
 * dist/, where the shipped modules are: the bundles and their chunks sit directly in it (a chunk
 * of this module included), while tsc's copy of this module is build/src/version.js.
 */
export declare const DIST: import("url").URL;
/** The package's root directory: package.json, rules/*.md. */
export declare const PACKAGE_ROOT: import("url").URL;
export declare function packageVersion(): string;
export declare const HOMEPAGE = "https://github.com/stsplan/stsplan";
/** A rule's doc (rules/<id>.md, shipped in the package beside dist/), or undefined when it has none. */
export declare function ruleDocText(id: string): string | undefined;
