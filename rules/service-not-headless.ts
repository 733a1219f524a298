import { defineRule } from '../src/lint/rule.js';
import { governingService } from '../src/load/resource-index.js';
import { asService, firstPodName } from '../src/k8s/objects.js';

export default defineRule({
  meta: {
    id: 'service-not-headless',
    severity: 'warning',
    category: 'runtime',
    description: 'Require the governing Service of a StatefulSet to be headless (clusterIP: None)',
    messages: {
      externalName:
        'Service "{{service}}" is an ExternalName Service: the EndpointSlice controller gives it no endpoints, so no DNS server publishes names like {{pod}}',
      notHeadlessKubeDns:
        'Service "{{service}}" has a cluster IP (it is not headless): kube-dns, the DNS server of cluster profile "{{cluster}}", publishes per-pod names only for headless Services, so {{pod}} does not resolve',
      notHeadlessCoreDns:
        'Service "{{service}}" has a cluster IP (it is not headless): CoreDNS, the DNS server of cluster profile "{{cluster}}", still answers {{pod}} with the pod\'s address, but kube-dns and the Kubernetes DNS specification do not, and {{serviceDns}} returns the cluster IP instead of each pod\'s address',
      notHeadless:
        'Service "{{service}}" has a cluster IP (it is not headless): CoreDNS (kubeadm, EKS, AKS, kind, minikube) still answers {{pod}} with the pod\'s address, kube-dns (GKE\'s default) does not, and {{serviceDns}} returns the cluster IP instead of each pod\'s address (--cluster names the target\'s DNS server)',
    },
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    const dns = cluster?.dns;
    // Only kube-dns drops the per-pod names of a Service with a cluster IP (see ClusterDns).
    const severity = dns === 'kube-dns' ? 'error' : 'warning';
    for (const r of ctx.targets('StatefulSet')) {
      const gov = governingService(ctx.index, r);
      if (!gov?.service) continue;
      const { name, service: svc } = gov;
      const spec = asService(svc).spec;
      const pod = `${firstPodName(r)}.${name}.${ctx.index.namespaceOf(r)}.svc`;
      if (spec?.type === 'ExternalName') {
        ctx.report({
          resource: r,
          path: ['spec', 'serviceName'],
          severity,
          messageId: 'externalName',
          data: { service: name, pod },
          hint: 'point serviceName at a headless Service (clusterIP: None) that selects the pods',
          related: [{ resource: svc, path: ['spec', 'type'], message: 'type: ExternalName here' }],
        });
        continue;
      }
      if (spec?.clusterIP === 'None') continue;
      const ip = spec?.clusterIP;
      const service = `${name}.${ctx.index.namespaceOf(r)}.svc`;
      const message: { messageId: 'notHeadlessKubeDns' | 'notHeadlessCoreDns' | 'notHeadless'; data: Record<string, string> } =
        dns === 'kube-dns'
          ? { messageId: 'notHeadlessKubeDns', data: { service: name, cluster: cluster!.name, pod } }
          : dns === 'coredns'
            ? { messageId: 'notHeadlessCoreDns', data: { service: name, cluster: cluster!.name, pod, serviceDns: service } }
            : { messageId: 'notHeadless', data: { service: name, pod, serviceDns: service } };
      ctx.report({
        resource: r,
        path: ['spec', 'serviceName'],
        severity,
        ...message,
        hint: 'set `clusterIP: None` on the governing Service (clusterIP is immutable: delete and re-create the Service); keep a separate ClusterIP Service for clients',
        related: [{ resource: svc, path: ip ? ['spec', 'clusterIP'] : ['spec'], key: !ip, message: ip ? `clusterIP "${ip}" here` : 'no clusterIP: None here' }],
      });
    }
  },
});
