import { defineRule } from '../src/lint/rule.js';
import { governingService } from '../src/load/resource-index.js';
import { asService, asStatefulSet, podManagementPolicyOf, podTemplateOf, records, replicasOf } from '../src/k8s/objects.js';
import { containerTexts, peerMentions } from '../src/k8s/peers.js';

/** The deprecated annotation that neither the EndpointSlice nor the Endpoints controller reads any more. */
const TOLERATE = 'service.alpha.kubernetes.io/tolerate-unready-endpoints';

export default defineRule({
  meta: {
    id: 'peer-dns-before-ready',
    severity: 'warning',
    category: 'runtime',
    description: 'Require publishNotReadyAddresses on the headless Service of pods that start in parallel and look each other up by name',
    messages: {
      parallel:
        'container "{{container}}" names its peers by DNS ({{peer}}), and with podManagementPolicy Parallel the pods start together, but Service "{{service}}" does not set publishNotReadyAddresses: a peer\'s name resolves only once that peer is Ready ({{gate}}), so until then the lookups fail{{annotation}}',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      if (podManagementPolicyOf(sts) !== 'Parallel' || replicasOf(sts) < 2) continue;
      const gov = governingService(ctx.index, r);
      if (!gov?.service) continue;
      const svc = asService(gov.service);
      if (svc.spec?.clusterIP !== 'None' || svc.spec.publishNotReadyAddresses === true) continue;
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      // Without a probe and without init containers a pod is Ready as soon as its containers run,
      // and its name is published then: nothing for publishNotReadyAddresses to bring forward.
      const probed = records(tpl.spec.containers).find(([c]) => c.readinessProbe !== undefined || c.startupProbe !== undefined);
      const inits = records(tpl.spec.initContainers).length > 0;
      if (!probed && !inits) continue;
      for (const t of containerTexts(tpl.spec, [...tpl.path, 'spec'])) {
        const m = peerMentions(t.text, r.name, gov.name)[0];
        if (!m) continue;
        const gate = probed ? `container "${String(probed[0].name ?? probed[1])}" has a ${probed[0].readinessProbe !== undefined ? 'readinessProbe' : 'startupProbe'}` : 'not before its init containers finish';
        const annotated = svc.metadata?.annotations?.[TOLERATE] !== undefined;
        ctx.report({
          resource: r,
          path: t.path,
          messageId: 'parallel',
          data: { container: t.container, peer: m.text, service: gov.name, gate, annotation: annotated ? `; the annotation ${TOLERATE} is ignored (the EndpointSlice and Endpoints controllers read only spec.publishNotReadyAddresses)` : '' },
          hint: `set publishNotReadyAddresses: true on Service "${gov.name}": each pod's name then resolves as soon as it has an IP`,
          related: [{ resource: gov.service, path: ['spec'], key: true, message: 'no publishNotReadyAddresses: true here' }],
        });
        break;
      }
    }
  },
});
