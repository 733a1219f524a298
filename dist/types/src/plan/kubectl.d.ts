/** The kubectl commands a plan tells to run, their arguments quoted as shell words. */
import type { Resource } from '../resource.js';
/**
 * ` -n NS` for an object outside the `default` namespace (one shell word), so that a pasted
 * command acts on the object the plan names and not on one of the kubectl context's namespace.
 */
export declare function nsFlag(ns: string): string;
/** `-f FILE` for the file `r` came from, its path one shell word; `-f -` for stdin or a render command's output, which is applied as it was read. */
export declare function fileFlag(r: Resource): string;
/** `kubectl apply -f FILE` for the file `r` came from (fileFlag); `-n NS` outside `default` (a manifest without metadata.namespace goes to the context's namespace otherwise). */
export declare function applyCommand(r: Resource, ns: string): string;
