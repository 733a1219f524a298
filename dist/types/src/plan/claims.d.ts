import type { ClaimPlan } from './types.js';
import type { Ctx } from './context.js';
/** The desired PVCs that exist already and that the API server rejects as an update, on Kubernetes 1.`minor`. */
export declare function claimRejections(ctx: Ctx, minor: number): ClaimPlan[];
