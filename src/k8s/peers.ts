/**
 * How a StatefulSet's containers name their peers in cluster DNS (spec §13.2): a peer pod's name
 * `<set>-<n>.<service>…`, a name built from a variable (`$(POD_NAME).<service>`), the governing
 * Service's own name (`<service>.<ns>.svc…`, `<service>:<port>`, `-service=<service>` of
 * peer-finder, `_<port>._tcp.<service>` SRV). Only the forms that are DNS names of the governing
 * Service count: a path, an image or a word that only contains the name does not.
 */
import type { Container, Probe } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { isRecord, records } from './objects.js';

export type PeerMentionKind = 'pod' | 'templated' | 'service';

export interface PeerMention {
  kind: PeerMentionKind;
  /** The name as written (`etcd-1.etcd:2380`, `$(POD_NAME).etcd`, `etcd.default.svc`). */
  text: string;
  /** For `pod`: the ordinal named. */
  ordinal?: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may follow the end of a DNS name: its next label, a port, a path, or the end of the word. */
const END = '(?![A-Za-z0-9_-])';
/** What may come before the start of a name: not a letter, digit, dot, dash or `$`. */
const START = '(?<![A-Za-z0-9_.$/-])';

/** Peers named in `text` for a set `setName` whose governing Service is `service`. */
export function peerMentions(text: string, setName: string, service: string): PeerMention[] {
  if (!text || !service) return [];
  const out: PeerMention[] = [];
  const svc = escape(service);
  const pod = new RegExp(`(?<![A-Za-z0-9_.$-])${escape(setName)}-(\\d{1,9})\\.${svc}${END}`, 'g');
  for (const m of text.matchAll(pod)) out.push({ kind: 'pod', text: m[0], ordinal: Number(m[1]) });
  const templated = new RegExp(`(?:\\$\\([A-Za-z_][A-Za-z0-9_]*\\)|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*)\\.${svc}${END}`, 'g');
  for (const m of text.matchAll(templated)) out.push({ kind: 'templated', text: m[0] });
  const forms = [
    // <service>.<namespace>.svc (the namespace literal or a variable)
    `${START}${svc}\\.(?:[a-z0-9-]+|\\$\\([A-Za-z_][A-Za-z0-9_]*\\)|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})\\.svc${END}`,
    // <service>:<port> and scheme://<service>
    `${START}${svc}:\\d{1,5}${END}`,
    `//${svc}(?=[:/]|$|[^A-Za-z0-9_.-])`,
    // peer-finder -service=<service> (an SRV lookup of the Service)
    `(?<![A-Za-z0-9_-])--?service[= ]["']?${svc}["']?(?![A-Za-z0-9_.-])`,
    // _<port>._<proto>.<service>
    `_[a-z0-9-]+\\._(?:tcp|udp|sctp)\\.${svc}${END}`,
  ];
  for (const f of forms) for (const m of text.matchAll(new RegExp(f, 'g'))) out.push({ kind: 'service', text: m[0] });
  return out;
}

/** A piece of a container's text and where it is. */
export interface ContainerText {
  text: string;
  path: Path;
  container: string;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The text of a probe: its exec command, its httpGet host and path, its tcpSocket host. */
export function probeText(p: Probe | undefined): string {
  if (!isRecord(p)) return '';
  const parts: string[] = [];
  if (isRecord(p.exec)) parts.push(...strings(p.exec.command));
  if (isRecord(p.httpGet)) for (const v of [p.httpGet.host, p.httpGet.path]) if (typeof v === 'string') parts.push(v);
  if (isRecord(p.tcpSocket) && typeof p.tcpSocket.host === 'string') parts.push(p.tcpSocket.host);
  return parts.join(' ');
}

/** Each command, args entry and env value of the containers (and init containers) under `podSpecPath`. */
export function containerTexts(podSpec: { containers?: Container[]; initContainers?: Container[] }, podSpecPath: Path): ContainerText[] {
  const out: ContainerText[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    for (const [c, i] of records(podSpec[field])) {
      const name = typeof c.name === 'string' ? c.name : String(i);
      for (const key of ['command', 'args'] as const) {
        const list = c[key];
        if (!Array.isArray(list)) continue;
        list.forEach((s, j) => {
          if (typeof s === 'string') out.push({ text: s, path: [...podSpecPath, field, i, key, j], container: name });
        });
      }
      for (const [e, j] of records(c.env)) if (typeof e.value === 'string') out.push({ text: e.value, path: [...podSpecPath, field, i, 'env', j, 'value'], container: name });
    }
  }
  return out;
}
