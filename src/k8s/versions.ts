/**
 * Kubernetes versions stsplan knows and the feature gates whose defaults change its answers
 * (statefulset-semantics.md §12, pkg/features/kube_features.go).
 */

export const SUPPORTED_VERSIONS = ['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const;
export const DEFAULT_VERSION = '1.36';

export interface KubeVersion {
  minor: number;
  /** Patch release; undefined means "the latest patch of that minor". */
  patch: number | undefined;
  /** The minor version whose schemas are used, e.g. "1.36". */
  schema: string;
  text: string;
}

export function parseKubeVersion(input: string): KubeVersion | string {
  const m = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!m) return `invalid Kubernetes version "${input}": expected 1.MINOR or 1.MINOR.PATCH, one of ${SUPPORTED_VERSIONS.join(', ')}`;
  const minor = Number(m[1]);
  const schema = `1.${minor}`;
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(schema)) {
    return `Kubernetes ${input} is not supported: stsplan ships schemas for ${SUPPORTED_VERSIONS[0]} to ${SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1]}`;
  }
  return { minor, patch: m[2] === undefined ? undefined : Number(m[2]), schema, text: input.replace(/^v/, '') };
}

export type FeatureGates = Record<string, boolean>;

export const KNOWN_GATES = ['MaxUnavailableStatefulSet', 'StatefulSetAutoDeletePVC', 'StatefulSetStartOrdinal', 'PodIndexLabel'] as const;

/** Default feature gates of a release, as the control plane starts without --feature-gates. */
export function defaultGates(v: KubeVersion): FeatureGates {
  // MaxUnavailableStatefulSet: alpha (off) to 1.34; beta on in 1.35.0–1.35.3; off again from
  // 1.35.4 and in 1.36 (kubernetes/kubernetes#137904); a bare "1.35" means its latest patch.
  const maxUnavailable = v.minor >= 37 || (v.minor === 35 && v.patch !== undefined && v.patch <= 3);
  return {
    MaxUnavailableStatefulSet: maxUnavailable,
    StatefulSetAutoDeletePVC: v.minor >= 27,
    StatefulSetStartOrdinal: v.minor >= 27,
    PodIndexLabel: v.minor >= 28,
  };
}

/** Parses `Name=true,Other=false` as kube-apiserver's --feature-gates does. */
export function parseFeatureGates(input: string): FeatureGates | string {
  const out: FeatureGates = {};
  for (const part of input.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9]+)=(true|false)$/i.exec(part);
    if (!m) return `invalid --feature-gates entry "${part}": expected Name=true or Name=false`;
    const name = m[1]!;
    if (!(KNOWN_GATES as readonly string[]).includes(name)) {
      return `unknown feature gate "${name}": stsplan models ${KNOWN_GATES.join(', ')}`;
    }
    out[name] = m[2]!.toLowerCase() === 'true';
  }
  return out;
}
