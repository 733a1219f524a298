/** resource.Quantity parsing (k8s.io/apimachinery/pkg/api/resource), as a float. */
/** The value of a quantity, or undefined when it does not parse. */
export declare function parseQuantity(v: unknown): number | undefined;
