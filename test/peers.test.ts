/** src/k8s/peers.ts: which strings name a StatefulSet's peers in DNS, and which only contain the name. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containerTexts, peerMentions, probeText } from '../src/k8s/peers.js';

const kinds = (text: string, set: string, svc: string): string[] => peerMentions(text, set, svc).map((m) => `${m.kind} ${m.text}${m.ordinal === undefined ? '' : ` #${m.ordinal}`}`);

describe('peerMentions', () => {
  it('finds pod names, names built from variables and the Service\'s own names', () => {
    assert.deepEqual(kinds('cassandra-0.cassandra.default.svc.cluster.local', 'cassandra', 'cassandra'), ['pod cassandra-0.cassandra #0']);
    assert.deepEqual(kinds('--initial-cluster=etcd-0=http://etcd-0.etcd:2380,etcd-2=http://etcd-2.etcd:2380', 'etcd', 'etcd'), ['pod etcd-0.etcd #0', 'pod etcd-2.etcd #2']);
    assert.deepEqual(kinds('--report-host=${HOSTNAME}.mysql.mysql1.svc.cluster.local', 'dbc1', 'mysql'), ['templated ${HOSTNAME}.mysql']);
    assert.deepEqual(kinds('$(NAME).thanos-receive.$(NAMESPACE):10901', 'thanos-receive', 'thanos-receive'), ['templated $(NAME).thanos-receive']);
    assert.deepEqual(kinds('-service=zk', 'zoo', 'zk'), ['service -service=zk']);
    assert.deepEqual(kinds('nc -z zk 2181; nc zk:2181', 'zoo', 'zk'), ['service zk:2181']);
    assert.deepEqual(kinds('curl http://etcd/health', 'etcd', 'etcd'), ['service //etcd']);
    assert.deepEqual(kinds('etcd.$(POD_NAMESPACE).svc', 'etcd', 'etcd'), ['service etcd.$(POD_NAMESPACE).svc']);
    assert.deepEqual(kinds('_peer._tcp.etcd.default.svc', 'etcd', 'etcd'), ['service _peer._tcp.etcd']);
  });

  it('does not take a path, a longer name, a command or another Service for a peer', () => {
    assert.deepEqual(kinds('/opt/redis/redis-cli -h $(hostname) ping', 'rd', 'redis'), []);
    assert.deepEqual(kinds('mysql -h 127.0.0.1 -e "SELECT 1"', 'mysql', 'mysql'), []);
    assert.deepEqual(kinds('redis-cluster-0.redis-cluster', 'redis', 'redis'), []);
    assert.deepEqual(kinds('zk-0.zk-svc.default.svc.cluster.local:2181', 'kafka', 'kafka-svc'), []);
    assert.deepEqual(kinds('web-0.nginxx web-0.nginx-public x.web-1.nginx', 'web', 'nginx'), []);
    assert.deepEqual(kinds('/data/etcd:2379 /etcd.default.svc', 'etcd', 'etcd'), []);
    assert.deepEqual(kinds('anything', 'web', ''), []);
  });

  it('reads names with regular-expression characters literally', () => {
    assert.deepEqual(kinds('a-0.b+c', 'a', 'b+c'), ['pod a-0.b+c #0']);
    assert.deepEqual(kinds('a-0.bbc', 'a', 'b+c'), []);
    assert.deepEqual(kinds('x'.repeat(200_000) + ' web-1.nginx', 'web', 'nginx'), ['pod web-1.nginx #1']);
  });
});

describe('probeText and containerTexts', () => {
  it('read exec commands, httpGet host and path, tcpSocket host; command, args and env values with their paths', () => {
    assert.equal(probeText({ exec: { command: ['sh', '-c', 'x'] } }), 'sh -c x');
    assert.equal(probeText({ httpGet: { host: 'etcd', path: '/health', port: 2379 } }), 'etcd /health');
    assert.equal(probeText({ tcpSocket: { host: 'zk', port: 2181 } }), 'zk');
    assert.equal(probeText(undefined), '');
    const texts = containerTexts({ initContainers: [{ name: 'init', args: ['-service=zk'] }], containers: [{ name: 'zk', command: ['run'], env: [{ name: 'A', value: 'zk-0.zk' }, { name: 'B', valueFrom: {} }] }] }, ['spec', 'template', 'spec']);
    assert.deepEqual(texts.map((t) => [t.container, t.text, t.path.join('.')]), [
      ['init', '-service=zk', 'spec.template.spec.initContainers.0.args.0'],
      ['zk', 'run', 'spec.template.spec.containers.0.command.0'],
      ['zk', 'zk-0.zk', 'spec.template.spec.containers.0.env.0.value'],
    ]);
  });
});
