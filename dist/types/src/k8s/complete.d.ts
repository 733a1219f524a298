/**
 * What the API server requires before it creates an object of a kind stsplan checks. A kustomize
 * patch leaves these fields to the object it patches; an object that lacks them while another
 * input defines the same object in full is most likely such a patch.
 */
import type { Resource } from '../resource.js';
/** Field paths the object lacks that its kind needs at creation; [] for kinds stsplan does not check. */
export declare function missingToCreate(r: Resource): string[];
/**
 * Whether an incomplete object has the shape of a strategic-merge patch: it leaves out what
 * identifies its pods or endpoints, not only something required. A StatefulSet patch carries
 * neither a selector nor template labels; a Service patch neither a selector nor ports.
 */
export declare function patchShaped(r: Resource): boolean;
