/** A StatefulSet as the simulation takes it (SetSpec), and the Service that governs it. */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { type DnsService } from './sim/dns.js';
import { type SetSpec } from './sim/state.js';
import { type Ctx } from './context.js';
/** The simulated spec of a StatefulSet; `snapshot` for the live one of a cluster snapshot (its positions are not needed). */
export declare function setSpec(r: Resource, ctx: Ctx, snapshot?: boolean): SetSpec;
export declare function governing(index: ResourceIndex, ns: string, sts: StatefulSet | undefined): DnsService | null;
