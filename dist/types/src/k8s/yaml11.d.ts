/**
 * Plain scalars that the YAML readers of the Kubernetes tool chain read differently. kubectl and
 * Helm read manifests with go-yaml v2 (through sigs.k8s.io/yaml), whose resolver takes
 * y/yes/on/n/no/off in any of their cases as booleans (YAML 1.1); kustomize (kyaml), Flux's
 * kustomize-controller and yq read them with go-yaml v3, which takes only true/false as booleans
 * (YAML 1.2), so `yes` stays the string "yes". Numbers such as `0755` (octal 493), `0b101` and
 * `1_000` are read alike by both: v3 keeps decoding 1.1 octals "for compatibility" (resolve.go), and
 * both drop underscores and know 0b, so they are not reported.
 */
export declare function yaml11Ambiguity(source: string): {
    as11: string;
    as12: string;
} | null;
