import type { Resource } from '../resource.js';
import { type DnsService } from './sim/dns.js';
import type { ServicePlan } from './types.js';
import type { Ctx } from './context.js';
export declare function serviceChangeText(before: DnsService | null, after: DnsService | null, name: string): string | null;
export declare function planService(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): ServicePlan;
