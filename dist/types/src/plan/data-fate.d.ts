import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Item } from './compress.js';
import type { Ctx } from './context.js';
import type { DataFate } from './types.js';
/** Claims named `<prefix><ordinal>` for ordinals lo…hi, or one claim by its own name. */
type Claims = {
    prefix: string;
    lo: number;
    hi: number;
} | {
    name: string;
};
/** `www-web-{0..2}, data-web-1`: ranges of ordinals per claim template, merged; at most `max` parts. */
export declare function claimsText(cs: Claims[], max?: number): string;
export interface FateInput {
    name: string;
    ns: string;
    operation: 'delete' | 'scale-down';
    /** The set as it runs (its claim templates name the classes of claims the snapshot does not hold). */
    sts: StatefulSet | undefined;
    replicas: {
        from: number | null;
        to: number | null;
    };
    whenScaled: 'Retain' | 'Delete';
    whenDeleted: 'Retain' | 'Delete';
    /** The StatefulSetAutoDeletePVC gate is off: the retention policy is dropped and ignored. */
    gateOff: boolean;
    limit: number;
}
/** The set's data fate, or null when no PVC of it is deleted or kept by the operation. */
export declare function dataFate(items: Item[], input: FateInput, ctx: Ctx): DataFate | null;
export {};
