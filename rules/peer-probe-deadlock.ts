import { defineRule } from '../src/lint/rule.js';
import { governingService } from '../src/load/resource-index.js';
import { asService, asStatefulSet, podManagementPolicyOf, podTemplateOf, records, replicasOf, startOrdinalOf } from '../src/k8s/objects.js';
import { peerMentions, probeText } from '../src/k8s/peers.js';

export default defineRule({
  meta: {
    id: 'peer-probe-deadlock',
    severity: 'error',
    category: 'runtime',
    description: 'Disallow readiness probes that need peers which cannot be Ready or exist before the probing pod is Ready',
    messages: {
      laterPod:
        'the {{probe}} of container "{{container}}" needs {{peer}}, but with podManagementPolicy OrderedReady the controller creates {{later}} only after {{first}} is Ready: {{first}} never becomes Ready and no further pod is created',
      serviceName:
        'the {{probe}} of container "{{container}}" looks up {{peer}}, the headless Service "{{service}}", which has an address only for Ready pods (it does not set publishNotReadyAddresses): while no pod is Ready the name does not resolve, so no pod ever becomes Ready',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      const gov = governingService(ctx.index, r);
      if (!gov) continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      const ordered = podManagementPolicyOf(sts) === 'OrderedReady';
      const first = startOrdinalOf(sts);
      const svc = gov.service ? asService(gov.service).spec : undefined;
      const headlessUnpublished = !!gov.service && svc?.clusterIP === 'None' && svc.publishNotReadyAddresses !== true && svc.type !== 'ExternalName';
      for (const [c, i] of records(tpl.spec.containers)) {
        for (const key of ['readinessProbe', 'startupProbe'] as const) {
          const text = probeText(c[key]);
          // A shell alternative (`a || b`) may succeed without the peer: not strong evidence.
          if (!text || text.includes('||')) continue;
          const mentions = peerMentions(text, r.name, gov.name);
          if (mentions.length === 0) continue;
          const base = { resource: r, path: [...tpl.path, 'spec', 'containers', i, key] as const, key: true };
          const probe = key === 'readinessProbe' ? 'readinessProbe' : 'startupProbe';
          const container = String(c.name ?? i);
          // A later pod: only under OrderedReady with more than the first pod, and only when the probe
          // does not name the first pod too (then it may check any one of them).
          const later = mentions.filter((m) => m.kind === 'pod' && m.ordinal! > first && m.ordinal! < first + replicasOf(sts));
          const self = mentions.some((m) => (m.kind === 'pod' && m.ordinal === first) || m.kind === 'templated');
          if (ordered && later.length && !self) {
            const m = later[0]!;
            ctx.report({
              ...base,
              messageId: 'laterPod',
              data: { probe, container, peer: m.text, later: `${r.name}-${m.ordinal}`, first: `${r.name}-${first}` },
              hint: 'probe only the pod itself (localhost), or set podManagementPolicy: Parallel so all pods start together (and publishNotReadyAddresses: true on the Service so they find each other)',
            });
            continue;
          }
          const service = mentions.find((m) => m.kind === 'service');
          if (service && headlessUnpublished) {
            ctx.report({
              ...base,
              messageId: 'serviceName',
              data: { probe, container, peer: service.text, service: gov.name },
              hint: `probe only the pod itself (localhost), or set publishNotReadyAddresses: true on Service "${gov.name}"`,
              related: [{ resource: gov.service!, path: ['spec'], key: true, message: 'no publishNotReadyAddresses: true here' }],
            });
          }
        }
      }
    }
  },
});
