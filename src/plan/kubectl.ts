/** The kubectl commands a plan tells to run, their arguments quoted as shell words. */
import type { Resource } from '../resource.js';
import { shellQuote } from '../text/shell-quote.js';
import { isStreamName } from '../types.js';

/**
 * ` -n NS` for an object outside the `default` namespace (one shell word), so that a pasted
 * command acts on the object the plan names and not on one of the kubectl context's namespace.
 */
export function nsFlag(ns: string): string {
  return ns === 'default' ? '' : ` -n ${shellQuote(ns)}`;
}

/** `-f FILE` for the file `r` came from, its path one shell word; `-f -` for stdin or a render command's output, which is applied as it was read. */
export function fileFlag(r: Resource): string {
  return `-f ${isStreamName(r.file.path) ? '-' : shellQuote(r.file.path)}`;
}

/** `kubectl apply -f FILE` for the file `r` came from (fileFlag); `-n NS` outside `default` (a manifest without metadata.namespace goes to the context's namespace otherwise). */
export function applyCommand(r: Resource, ns: string): string {
  return `kubectl apply${nsFlag(ns)} ${fileFlag(r)}`;
}
