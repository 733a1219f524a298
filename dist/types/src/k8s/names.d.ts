/**
 * Name and value grammars of k8s.io/apimachinery/pkg/util/validation, with its error texts.
 * Each check returns the list of problems (empty when valid).
 */
export declare const DNS1123_LABEL_MAX = 63;
export declare const DNS1123_SUBDOMAIN_MAX = 253;
export declare const LABEL_VALUE_MAX = 63;
export declare function dns1123Label(v: string): string[];
export declare function dns1123Subdomain(v: string): string[];
export declare function dns1035Label(v: string): string[];
export declare function labelValue(v: string): string[];
/** Label and annotation keys, provisioner names: `[prefix/]name`. */
export declare function qualifiedName(v: string): string[];
/** IANA_SVC_NAME (RFC 6335): container port names and string targetPorts. */
export declare function ianaServiceName(v: string): string[];
export declare function portNumber(v: number): string[];
