/** encoding/json.Marshal of decoded JSON: map keys sorted, HTML-sensitive characters escaped. */
export declare function goJson(value: unknown): string;
/** FNV-1 (not 1a), 32 bits, over UTF-8 bytes. */
export declare function fnv1(bytes: Uint8Array): number;
/** k8s.io/apimachinery/pkg/util/rand.SafeEncodeString. */
export declare function safeEncode(s: string): string;
/** The ControllerRevision data the controller stores for a pod template. */
export declare function revisionData(template: unknown): string;
/** The ControllerRevision (and `controller-revision-hash` label) name for a template. */
export declare function revisionName(setName: string, template: unknown, collisionCount?: number): string;
