/**
 * IP address and CIDR parsing for the Service checks (k8s.io/apimachinery/pkg/util/validation
 * IsValidIP / IsValidCIDR, net.IP's IsUnspecified/IsLoopback/IsLinkLocal*). Pure string work: core
 * code does no I/O and imports no Node module.
 */
export type IPFamily = 'IPv4' | 'IPv6';
export declare function ipFamilyOf(v: string): IPFamily | undefined;
export declare function isValidCIDR(v: string): boolean;
/** core/validation ValidateNonSpecialIP: the detail for an address a Service may not use, if any. */
export declare function specialIPProblems(v: string): string[];
