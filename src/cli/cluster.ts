/** Resolves `--cluster NAME|FILE` into a cluster profile. */
import { basename, resolve } from 'node:path';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { loadSource } from '../load/loader.js';
import { readInput } from './files.js';
import { BUILTIN_PROFILES, builtinProfile, profileFromStorageClasses, type ClusterDns, type ClusterProfile } from '../k8s/profiles.js';
import type { Resource } from '../resource.js';
import { DEFAULT_VERSION, parseKubeVersion } from '../k8s/versions.js';

const DNS_SERVERS: readonly ClusterDns[] = ['coredns', 'kube-dns'];

/**
 * The DNS server a profile file names: a `kind: ClusterProfile` document (`dns: coredns` or
 * `dns: kube-dns`), else CoreDNS when the file holds its Deployment `coredns` in kube-system
 * (`kubectl get storageclass,deployment -n kube-system -o yaml`). A `kube-dns` Deployment is not
 * taken as proof of kube-dns: GKE keeps it running when Cloud DNS serves the cluster.
 */
function dnsOf(resources: Resource[], name: string): { dns?: ClusterDns } | { error: string } {
  const declared = resources.find((r) => r.kind === 'ClusterProfile');
  if (declared) {
    const dns = (declared.object as { dns?: unknown }).dns;
    if (dns === undefined) return {};
    if (!DNS_SERVERS.some((d) => d === dns)) return { error: `cluster profile ${name}: dns must be ${DNS_SERVERS.join(' or ')}` };
    return { dns: dns as ClusterDns };
  }
  const deployments = new Set(resources.filter((r) => r.kind === 'Deployment' && r.namespace === 'kube-system').map((r) => r.name));
  return deployments.has('coredns') ? { dns: 'coredns' } : {};
}

/**
 * The Service IP families a profile file names: `ipFamilies: [IPv4]`, `[IPv6]`, or both (the
 * default first) in its `kind: ClusterProfile` document.
 */
function ipFamiliesOf(resources: Resource[], name: string): { ipFamilies?: ('IPv4' | 'IPv6')[] } | { error: string } {
  const declared = resources.find((r) => r.kind === 'ClusterProfile');
  const v = declared ? (declared.object as { ipFamilies?: unknown }).ipFamilies : undefined;
  if (v === undefined) return {};
  const ok = Array.isArray(v) && v.length >= 1 && v.length <= 2 && v.every((f) => f === 'IPv4' || f === 'IPv6') && new Set(v).size === v.length;
  if (!ok) return { error: `cluster profile ${name}: ipFamilies must be [IPv4], [IPv6], [IPv4, IPv6] or [IPv6, IPv4]` };
  return { ipFamilies: v as ('IPv4' | 'IPv6')[] };
}

/** A profile from file contents: every StorageClass in it (a List from kubectl works), and its DNS server when it says. */
export function profileFromContent(name: string, content: string | Uint8Array): ClusterProfile | string {
  const loaded = loadSource(name, content);
  if (loaded.errors.length) return `cluster profile ${name}: ${loaded.errors[0]!.message}`;
  const classes = loaded.resources.filter((r) => r.kind === 'StorageClass').map((r) => r.object as unknown as StorageClass);
  if (classes.length === 0) return `cluster profile ${name}: no StorageClass found (expected e.g. the output of kubectl get storageclass -o yaml)`;
  const dns = dnsOf(loaded.resources, name);
  if ('error' in dns) return dns.error;
  const families = ipFamiliesOf(loaded.resources, name);
  if ('error' in families) return families.error;
  return profileFromStorageClasses(basename(name), classes, dns.dns, families.ipFamilies);
}

export function resolveCluster(arg: string, cwd: string, kubeVersion: string | undefined): ClusterProfile | string {
  const v = parseKubeVersion(kubeVersion ?? DEFAULT_VERSION);
  const minor = typeof v === 'string' ? 36 : v.minor;
  const builtin = builtinProfile(arg, minor);
  if (builtin) return builtin;
  const path = resolve(cwd, arg);
  // Read as inputs are, up to the default --max-file-bytes: a FIFO or a device cannot hang the run.
  const read = readInput(path);
  if ('error' in read) return /no such file/.test(read.error.message) ? `--cluster "${arg}": not a built-in profile (${BUILTIN_PROFILES.join(', ')}) and no such file` : `--cluster "${arg}": ${read.error.message}`;
  return profileFromContent(arg, read.content);
}
