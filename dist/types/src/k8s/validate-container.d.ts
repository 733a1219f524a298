/**
 * validateContainers and validateInitContainers (pkg/apis/core/validation, callees of ValidatePodSpec)
 * and validateContainersOnlyForPod: every check the API server runs on the containers and init
 * containers of a pod it creates, on the pod after SetDefaults_* (an absent defaulted field counts as
 * its default). Enumerated values are the container entries of the enum table (enums.ts).
 */
import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import type { Problem } from './validate.js';
/** IsEnvVarName (strict) and IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation). */
export declare function envVarName(v: string, relaxed: boolean): string[];
/** The containers and init containers of `spec` (at `path`), as the creation of each pod validates them. */
export declare function containers(spec: PodSpec, path: Path, minor: number): Problem[];
