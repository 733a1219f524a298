/**
 * ValidatePodSpec (pkg/apis/core/validation) for the pod each StatefulSet ordinal gets: the pod-level
 * rules (volumes, scheduling, DNS, security context …). Containers are validate-container.ts.
 *
 * Upstream validates the pod after defaulting (pkg/apis/core/v1/defaults.go) and after the StatefulSet
 * controller filled in the pod (pkg/controller/statefulset/stateful_set_utils.go): `updateIdentity`
 * sets hostname and subdomain, `updateStorage` replaces every template volume named like a claim
 * template by that claim, so neither is validated here from the template.
 */
import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { type Problem } from './validate.js';
/**
 * ValidatePodSpec, for the pod each ordinal gets. StatefulSet admission does not run these; the
 * controller's pod creation does, so a violation is a FailedCreate rollout, not an apply error.
 * `path` is the pod spec's path inside the StatefulSet; `templateLabels` are the template's labels
 * (the pod's, with the controller's own), which decide what the pod strategy adds to affinity terms.
 */
export declare function podSpec(spec: PodSpec, path: Path, claimNames: string[], minor: number, templateLabels?: Record<string, string>): Problem[];
/**
 * The pod annotations (the template's) that pod creation validates with the pod spec: the AppArmor
 * annotations name a container of the pod and a known profile form, the seccomp annotations a
 * known profile, the deletion cost a 32-bit integer (a new pod never gets AllowInvalidPodDeletionCost).
 * `path` is the template metadata's annotations.
 */
export declare function podAnnotations(annotations: unknown, spec: PodSpec, path: Path): Problem[];
