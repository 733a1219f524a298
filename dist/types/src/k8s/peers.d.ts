/**
 * How a StatefulSet's containers name their peers in cluster DNS (spec §13.2): a peer pod's name
 * `<set>-<n>.<service>…`, a name built from a variable (`$(POD_NAME).<service>`), the governing
 * Service's own name (`<service>.<ns>.svc…`, `<service>:<port>`, `-service=<service>` of
 * peer-finder, `_<port>._tcp.<service>` SRV). Only the forms that are DNS names of the governing
 * Service count: a path, an image or a word that only contains the name does not.
 */
import type { Container, Probe } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
export type PeerMentionKind = 'pod' | 'templated' | 'service';
export interface PeerMention {
    kind: PeerMentionKind;
    /** The name as written (`etcd-1.etcd:2380`, `$(POD_NAME).etcd`, `etcd.default.svc`). */
    text: string;
    /** For `pod`: the ordinal named. */
    ordinal?: number;
}
/** Peers named in `text` for a set `setName` whose governing Service is `service`. */
export declare function peerMentions(text: string, setName: string, service: string): PeerMention[];
/** A piece of a container's text and where it is. */
export interface ContainerText {
    text: string;
    path: Path;
    container: string;
}
/** The text of a probe: its exec command, its httpGet host and path, its tcpSocket host. */
export declare function probeText(p: Probe | undefined): string;
/** Each command, args entry and env value of the containers (and init containers) under `podSpecPath`. */
export declare function containerTexts(podSpec: {
    containers?: Container[];
    initContainers?: Container[];
}, podSpecPath: Path): ContainerText[];
