/** The rule registry: every rule, sorted by id. test/meta checks it equals the rule files. */
import type { Rule } from '../src/lint/rule.js';
import accessModeInvalid from './access-mode-invalid.js';
import accessModeUnsupported from './access-mode-unsupported.js';
import claimSpecInvalid from './claim-spec-invalid.js';
import claimTemplateNamespace from './claim-template-namespace.js';
import claimTemplateUnused from './claim-template-unused.js';
import defaultStorageClass from './default-storage-class.js';
import deprecatedApiVersion from './deprecated-api-version.js';
import deprecatedTopologyLabel from './deprecated-topology-label.js';
import duplicateKey from './duplicate-key.js';
import duplicateResource from './duplicate-resource.js';
import fieldDropped from './field-dropped.js';
import headlessPortUnnamed from './headless-port-unnamed.js';
import hpaReplicasConflict from './hpa-replicas-conflict.js';
import immediateBindingZonal from './immediate-binding-zonal.js';
import immutableFieldChanged from './immutable-field-changed.js';
import lintRenderedOutput from './lint-rendered-output.js';
import maxUnavailableIgnored from './max-unavailable-ignored.js';
import metadataInvalid from './metadata-invalid.js';
import missingReadinessProbe from './missing-readiness-probe.js';
import nameTooLong from './name-too-long.js';
import partitionOutOfRange from './partition-out-of-range.js';
import pdbBlocksDisruption from './pdb-blocks-disruption.js';
import pdbMissing from './pdb-missing.js';
import pdbSpecInvalid from './pdb-spec-invalid.js';
import peerDnsBeforeReady from './peer-dns-before-ready.js';
import peerProbeDeadlock from './peer-probe-deadlock.js';
import podAntiAffinityMissing from './pod-anti-affinity-missing.js';
import podTemplateInvalid from './pod-template-invalid.js';
import provisionerRemoved from './provisioner-removed.js';
import provisionerUnavailable from './provisioner-unavailable.js';
import retentionDeletesData from './retention-deletes-data.js';
import schema from './schema.js';
import selectorMismatch from './selector-mismatch.js';
import serviceNotFound from './service-not-found.js';
import serviceNotHeadless from './service-not-headless.js';
import serviceSelectorMismatch from './service-selector-mismatch.js';
import serviceSpecInvalid from './service-spec-invalid.js';
import serviceTargetsNoPods from './service-targets-no-pods.js';
import statefulsetSpecInvalid from './statefulset-spec-invalid.js';
import storageClassNotFound from './storage-class-not-found.js';
import storageclassInvalid from './storageclass-invalid.js';
import terminationGracePeriodZero from './termination-grace-period-zero.js';
import volatileImmutableLabel from './volatile-immutable-label.js';
import volumeMountUnknown from './volume-mount-unknown.js';
import yamlCustomTag from './yaml-custom-tag.js';
import yaml11Ambiguity from './yaml-1.1-ambiguity.js';

export const rules: readonly Rule[] = [
  accessModeInvalid,
  accessModeUnsupported,
  claimSpecInvalid,
  claimTemplateNamespace,
  claimTemplateUnused,
  defaultStorageClass,
  deprecatedApiVersion,
  deprecatedTopologyLabel,
  duplicateKey,
  duplicateResource,
  fieldDropped,
  headlessPortUnnamed,
  hpaReplicasConflict,
  immediateBindingZonal,
  immutableFieldChanged,
  lintRenderedOutput,
  maxUnavailableIgnored,
  metadataInvalid,
  missingReadinessProbe,
  nameTooLong,
  partitionOutOfRange,
  pdbBlocksDisruption,
  pdbMissing,
  pdbSpecInvalid,
  peerDnsBeforeReady,
  peerProbeDeadlock,
  podAntiAffinityMissing,
  podTemplateInvalid,
  provisionerRemoved,
  provisionerUnavailable,
  retentionDeletesData,
  schema,
  selectorMismatch,
  serviceNotFound,
  serviceNotHeadless,
  serviceSelectorMismatch,
  serviceSpecInvalid,
  serviceTargetsNoPods,
  statefulsetSpecInvalid,
  storageClassNotFound,
  storageclassInvalid,
  terminationGracePeriodZero,
  volatileImmutableLabel,
  volumeMountUnknown,
  yaml11Ambiguity,
  yamlCustomTag,
];

