/** A Service of the plan: created, changed, deleted or rejected, and what its change does to DNS. */
import type { Service } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import { pathText } from '../types.js';
import { asService, podTemplateOf, records } from '../k8s/objects.js';
import { containerTexts, peerMentions, probeText } from '../k8s/peers.js';
import { serviceImmutableChanges } from '../k8s/immutable.js';
import { shellQuote } from '../text/shell-quote.js';
import { locationOf } from './binding.js';
import { dnsService, type DnsService } from './sim/dns.js';
import { objectDiff } from './diff.js';
import type { ServicePlan, StatefulSetPlan } from './types.js';
import type { Item } from './compress.js';
import type { Ctx } from './context.js';
import { applyCommand, nsFlag } from './kubectl.js';

export function serviceChangeText(before: DnsService | null, after: DnsService | null, name: string): string | null {
  if (!before && !after) return null;
  if (!before) return `Service ${name} created${after!.headless ? ' (headless)' : ''}`;
  if (!after) return `Service ${name} deleted`;
  const parts: string[] = [];
  if (before.headless !== after.headless) parts.push(after.headless ? 'now headless' : 'no longer headless');
  if (JSON.stringify(before.selector) !== JSON.stringify(after.selector)) parts.push('selector changed');
  if (JSON.stringify(before.ports) !== JSON.stringify(after.ports)) parts.push('named ports changed');
  if (before.publishNotReady !== after.publishNotReady) parts.push(`publishNotReadyAddresses ${after.publishNotReady}`);
  if (JSON.stringify(before.families) !== JSON.stringify(after.families)) parts.push('IP families changed');
  return parts.length ? `Service ${name}: ${parts.join(', ')}` : null;
}

/**
 * When the pods' own DNS names appear, said once for a set whose plan publishes the records of pods
 * it starts (DNS `add` events with the code PodReady or PodRunningNotReady; Publisher in
 * sim/publish.ts) where it matters: the Service publishes pods before they are Ready, or the pods
 * name their peers (`peer`, a name found in the containers). From the events, so it says what the
 * simulation did: the EndpointSlice controller marks a pod's endpoint ready when
 * `publishNotReadyAddresses || (serving && !terminating)` (podToEndpoint) and CoreDNS serves only
 * ready endpoints (object.EndpointSliceToEndpoints). A pod has an IP once its sandbox exists, while its
 * init containers run (ShouldPodBeInEndpoints asks only for an IP and a phase that is not terminal);
 * the simulation, which has no init containers, publishes it with its `running` event.
 */
export function dnsTiming(items: Item[], serviceName: string, peer: string | null): StatefulSetPlan['service']['timing'] | undefined {
  for (const item of items) {
    for (const e of 'event' in item ? [item.event] : item.run.block) {
      if (e.kind !== 'DNSRecord' || e.action !== 'add' || e.type !== 'PTR' || (e.code !== 'PodReady' && e.code !== 'PodRunningNotReady')) continue;
      const host = (e.value ?? '').replace(/\.$/, '');
      if (e.code === 'PodRunningNotReady') return { appear: 'running', note: `pods' DNS names such as ${host} appear as soon as each pod has an IP (its init containers may still be running), before it is Ready (Service ${serviceName} sets publishNotReadyAddresses: true)` };
      if (peer === null) return undefined;
      return { appear: 'ready', note: `pods' DNS names such as ${host} appear only once each pod is Ready (Service ${serviceName} does not set publishNotReadyAddresses): until then a peer that looks the name up finds no record (the containers use such names: ${peer})` };
    }
  }
  return undefined;
}

/** The first peer name the set's pod template holds in its containers' command, args, env values or probes, or null. */
export function peerNamed(r: Resource | undefined, serviceName: string): string | null {
  const tpl = r ? podTemplateOf(r) : null;
  if (!r || !tpl || !serviceName) return null;
  const texts = containerTexts(tpl.spec, []).map((t) => t.text);
  for (const [c] of records(tpl.spec.containers)) texts.push(probeText(c.readinessProbe), probeText(c.startupProbe));
  for (const t of texts) {
    const m = peerMentions(t, r.name, serviceName)[0];
    if (m) return m.text;
  }
  return null;
}

export function planService(ns: string, name: string, desiredR: Resource | undefined, currentR: Resource | undefined, ctx: Ctx, apiErrors: Map<Resource, string[]>): ServicePlan {
  const desired = desiredR ? asService(desiredR) : undefined;
  const current = currentR ? asService(currentR) : undefined;
  const headless = (s: Service | undefined): boolean | null => (s ? s.spec?.clusterIP === 'None' || s.spec?.clusterIPs?.[0] === 'None' : null);
  const plan: ServicePlan = {
    namespace: ns,
    name,
    change: !currentR ? 'create' : !desiredR ? 'delete' : 'unchanged',
    changes: [],
    headless: { from: headless(current), to: headless(desired) },
  };
  if (desiredR) plan.location = locationOf(desiredR, []);
  if (current && desired && currentR && desiredR) {
    const d = objectDiff(currentR, desiredR, ctx.snapshot, ns);
    if (d) {
      plan.diff = d;
      plan.change = 'update';
    }
    const rejected = serviceImmutableChanges(current, desired);
    if (rejected.length) {
      plan.change = 'rejected';
      plan.rejection = {
        reason: `Service "${name}" is invalid: spec.clusterIPs[0]: Invalid value: ${JSON.stringify(rejected[0]!.to)}: may not change once set`,
        fields: rejected.map((c) => ({ field: pathText(c.path), from: c.from, to: c.to, location: locationOf(desiredR, c.path) })),
        route: [`kubectl delete service ${shellQuote(name)}${nsFlag(ns)}`, applyCommand(desiredR, ns)],
      };
    }
    const a = dnsService(current, new Map());
    const b = dnsService(desired, new Map());
    const text = serviceChangeText(a, b, name);
    if (text) plan.changes.push(text.replace(`Service ${name}: `, ''));
  }
  const errors = desiredR ? apiErrors.get(desiredR) : undefined;
  if (errors?.length) {
    plan.change = 'rejected';
    plan.rejection = { reason: `the API server rejects Service ${name}: ${errors.join('; ')}`, fields: [], route: ['fix the errors `stsplan lint` reports, then plan again'] };
  }
  if (plan.change === 'create') plan.changes.push(headless(desired) ? 'created (headless)' : 'created');
  if (plan.change === 'delete') plan.changes.push('deleted');
  return plan;
}
