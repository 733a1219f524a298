/**
 * The canonical text of a resource.Quantity, as the API server stores it
 * (k8s.io/apimachinery/pkg/api/resource, Quantity.String / CanonicalizeBytes):
 * "1024Mi" → "1Gi", "0.5" → "500m", "2000" → "2k". Needed wherever stsplan compares quantities
 * the way the API does or hashes a template the way the controller does.
 */
/** Canonical text of a quantity; the input unchanged when it does not parse. */
export declare function canonicalQuantity(input: string | number): string;
