'use strict';
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var common_exports = {};
__export(common_exports, {
  func_191f75b36e: () => func_191f75b36e,
  v_00bcd14d: () => v_00bcd14d,
  v_06e77768: () => v_06e77768,
  v_0ee6e346: () => v_0ee6e346,
  v_11b42661: () => v_11b42661,
  v_13278f0f: () => v_13278f0f,
  v_13fc6be2: () => v_13fc6be2,
  v_14b46b64: () => v_14b46b64,
  v_16033f4f: () => v_16033f4f,
  v_1a6c76a6: () => v_1a6c76a6,
  v_1be109ac: () => v_1be109ac,
  v_1d5e45b7: () => v_1d5e45b7,
  v_244c68cd: () => v_244c68cd,
  v_2b959320: () => v_2b959320,
  v_330d35df: () => v_330d35df,
  v_339502d3: () => v_339502d3,
  v_3491fc0f: () => v_3491fc0f,
  v_381af6a6: () => v_381af6a6,
  v_3a55ca5c: () => v_3a55ca5c,
  v_3d1d42b1: () => v_3d1d42b1,
  v_3d987483: () => v_3d987483,
  v_40456413: () => v_40456413,
  v_428a2217: () => v_428a2217,
  v_428e19e7: () => v_428e19e7,
  v_448f0f0d: () => v_448f0f0d,
  v_44e0e3e2: () => v_44e0e3e2,
  v_460374ee: () => v_460374ee,
  v_479dc9f4: () => v_479dc9f4,
  v_4becadba: () => v_4becadba,
  v_4ec3f3d9: () => v_4ec3f3d9,
  v_5232fb5d: () => v_5232fb5d,
  v_54659cb7: () => v_54659cb7,
  v_576d4bb3: () => v_576d4bb3,
  v_6b63e0bf: () => v_6b63e0bf,
  v_6bd84579: () => v_6bd84579,
  v_72acb866: () => v_72acb866,
  v_755c5ccc: () => v_755c5ccc,
  v_783f747a: () => v_783f747a,
  v_795a2e56: () => v_795a2e56,
  v_7b6c4ca3: () => v_7b6c4ca3,
  v_7bbcfac9: () => v_7bbcfac9,
  v_7be2da1e: () => v_7be2da1e,
  v_7d18633c: () => v_7d18633c,
  v_7f2c516a: () => v_7f2c516a,
  v_80721aaa: () => v_80721aaa,
  v_842af6e7: () => v_842af6e7,
  v_8540bc14: () => v_8540bc14,
  v_8b67c74f: () => v_8b67c74f,
  v_9247346d: () => v_9247346d,
  v_956b7a85: () => v_956b7a85,
  v_985dfc0d: () => v_985dfc0d,
  v_99369e9b: () => v_99369e9b,
  v_9d79ffb2: () => v_9d79ffb2,
  v_9f5d9138: () => v_9f5d9138,
  v_9fa45c31: () => v_9fa45c31,
  v_9fe714e2: () => v_9fe714e2,
  v_a809202f: () => v_a809202f,
  v_a94ded8d: () => v_a94ded8d,
  v_aac46608: () => v_aac46608,
  v_aaeae490: () => v_aaeae490,
  v_ab02cbac: () => v_ab02cbac,
  v_abfc5d3c: () => v_abfc5d3c,
  v_b06587cd: () => v_b06587cd,
  v_b4c659d8: () => v_b4c659d8,
  v_b7c2253a: () => v_b7c2253a,
  v_baf96a6b: () => v_baf96a6b,
  v_bb0d68fd: () => v_bb0d68fd,
  v_bc2c12c4: () => v_bc2c12c4,
  v_bf605fd4: () => v_bf605fd4,
  v_c183d978: () => v_c183d978,
  v_c9d0fd58: () => v_c9d0fd58,
  v_d9f846a6: () => v_d9f846a6,
  v_dc9c7a08: () => v_dc9c7a08,
  v_ddbfea1b: () => v_ddbfea1b,
  v_debb40cc: () => v_debb40cc,
  v_e2080fbc: () => v_e2080fbc,
  v_e260b11b: () => v_e260b11b,
  v_e33c7ce8: () => v_e33c7ce8,
  v_e453eb9c: () => v_e453eb9c,
  v_e7445531: () => v_e7445531,
  v_ebb76f30: () => v_ebb76f30,
  v_ec9c72de: () => v_ec9c72de,
  v_f13cd1d5: () => v_f13cd1d5,
  v_f4c1e89e: () => v_f4c1e89e,
  v_f513c4f0: () => v_f513c4f0,
  v_f7df40f8: () => v_f7df40f8,
  v_fd3b4b10: () => v_fd3b4b10,
  v_fe0471fa: () => v_fe0471fa
});
module.exports = __toCommonJS(common_exports);
const func_191f75b36e = Object.prototype.hasOwnProperty;
const pattern_c551b4d1bb = new RegExp("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$", "u");
const schema_0cc3167c3d = { "properties": { "allocateLoadBalancerNodePorts": 0, "clusterIP": 0, "clusterIPs": 0, "externalIPs": 0, "externalName": 0, "externalTrafficPolicy": 0, "healthCheckNodePort": 0, "internalTrafficPolicy": 0, "ipFamilies": 0, "ipFamilyPolicy": 0, "loadBalancerClass": 0, "loadBalancerIP": 0, "loadBalancerSourceRanges": 0, "ports": 0, "publishNotReadyAddresses": 0, "selector": 0, "sessionAffinity": 0, "sessionAffinityConfig": 0, "trafficDistribution": 0, "type": 0 } };
const schema_0d93fed9bb = { "properties": { "chapAuthDiscovery": 0, "chapAuthSession": 0, "fsType": 0, "initiatorName": 0, "iqn": 0, "iscsiInterface": 0, "lun": 0, "portals": 0, "readOnly": 0, "secretRef": 0, "targetPortal": 0 } };
const schema_10104d4ba1 = { "properties": { "fsType": 0, "gateway": 0, "protectionDomain": 0, "readOnly": 0, "secretRef": 0, "sslEnabled": 0, "storageMode": 0, "storagePool": 0, "system": 0, "volumeName": 0 } };
const schema_28d8af6e8c = { "type": ["integer", "string"] };
const schema_2cea04cace = { "properties": { "annotations": 0, "creationTimestamp": 0, "deletionGracePeriodSeconds": 0, "deletionTimestamp": 0, "finalizers": 0, "generateName": 0, "generation": 0, "labels": 0, "managedFields": 0, "name": 0, "namespace": 0, "ownerReferences": 0, "resourceVersion": 0, "selfLink": 0, "uid": 0 } };
const schema_31bc8b5b58 = { "properties": { "fsType": 0, "gateway": 0, "protectionDomain": 0, "readOnly": 0, "secretRef": 0, "sslEnabled": 0, "storageMode": 0, "storagePool": 0, "system": 0, "volumeName": 0 } };
const schema_3a8e01a8be = { "properties": { "allowPrivilegeEscalation": 0, "appArmorProfile": 0, "capabilities": 0, "privileged": 0, "procMount": 0, "readOnlyRootFilesystem": 0, "runAsGroup": 0, "runAsNonRoot": 0, "runAsUser": 0, "seLinuxOptions": 0, "seccompProfile": 0, "windowsOptions": 0 } };
const schema_3db03887f1 = { "properties": { "chapAuthDiscovery": 0, "chapAuthSession": 0, "fsType": 0, "initiatorName": 0, "iqn": 0, "iscsiInterface": 0, "lun": 0, "portals": 0, "readOnly": 0, "secretRef": 0, "targetPortal": 0 } };
const schema_4b16689299 = { "properties": { "controllerExpandSecretRef": 0, "controllerPublishSecretRef": 0, "driver": 0, "fsType": 0, "nodeExpandSecretRef": 0, "nodePublishSecretRef": 0, "nodeStageSecretRef": 0, "readOnly": 0, "volumeAttributes": 0, "volumeHandle": 0 } };
const schema_50bba6eaed = { "properties": { "exec": 0, "failureThreshold": 0, "grpc": 0, "httpGet": 0, "initialDelaySeconds": 0, "periodSeconds": 0, "successThreshold": 0, "tcpSocket": 0, "terminationGracePeriodSeconds": 0, "timeoutSeconds": 0 } };
const schema_80e539dd97 = { "properties": { "accessModes": 0, "awsElasticBlockStore": 0, "azureDisk": 0, "azureFile": 0, "capacity": 0, "cephfs": 0, "cinder": 0, "claimRef": 0, "csi": 0, "fc": 0, "flexVolume": 0, "flocker": 0, "gcePersistentDisk": 0, "glusterfs": 0, "hostPath": 0, "iscsi": 0, "local": 0, "mountOptions": 0, "nfs": 0, "nodeAffinity": 0, "persistentVolumeReclaimPolicy": 0, "photonPersistentDisk": 0, "portworxVolume": 0, "quobyte": 0, "rbd": 0, "scaleIO": 0, "storageClassName": 0, "storageos": 0, "volumeAttributesClassName": 0, "volumeMode": 0, "vsphereVolume": 0 } };
const schema_8170b94b9b = { "properties": { "allowVolumeExpansion": 0, "allowedTopologies": 0, "apiVersion": 0, "kind": 0, "metadata": 0, "mountOptions": 0, "parameters": 0, "provisioner": 0, "reclaimPolicy": 0, "volumeBindingMode": 0 } };
const schema_b4df4e5786 = { "type": ["string", "number"] };
const schema_e0a8cd55ad = { "properties": { "accessModes": 0, "dataSource": 0, "dataSourceRef": 0, "resources": 0, "selector": 0, "storageClassName": 0, "volumeAttributesClassName": 0, "volumeMode": 0, "volumeName": 0 } };
const schema_fe7a4612e7 = { "properties": { "availableReplicas": 0, "collisionCount": 0, "conditions": 0, "currentReplicas": 0, "currentRevision": 0, "observedGeneration": 0, "readyReplicas": 0, "replicas": 0, "updateRevision": 0, "updatedReplicas": 0 } };
function v_00a87946(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldPath" || key0 === "kind" || key0 === "name" || key0 === "namespace" || key0 === "resourceVersion" || key0 === "uid")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fieldPath !== void 0) {
      if (typeof data.fieldPath !== "string") {
        const err2 = { instancePath: instancePath + "/fieldPath", schemaPath: "#/properties/fieldPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err5 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err6 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err7 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_00a87946.errors = vErrors;
  return errors === 0;
}
function v_00bcd14d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.conditionType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditionType" }, message: "must have required property 'conditionType'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "conditionType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.conditionType !== void 0) {
      if (typeof data.conditionType !== "string") {
        const err2 = { instancePath: instancePath + "/conditionType", schemaPath: "#/properties/conditionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_00bcd14d.errors = vErrors;
  return errors === 0;
}
function v_06e77768(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items" || key0 === "optional" || key0 === "secretName")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_72695502(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_72695502.errors;
            else for (const e of v_72695502.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err5 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      if (typeof data.secretName !== "string") {
        const err6 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_06e77768.errors = vErrors;
  return errors === 0;
}
function v_07e36ab2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.topologyKey === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" }, message: "must have required property 'topologyKey'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "matchLabelKeys" || key0 === "mismatchLabelKeys" || key0 === "namespaceSelector" || key0 === "namespaces" || key0 === "topologyKey")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!v_54659cb7(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.matchLabelKeys !== void 0) {
      let data1 = data.matchLabelKeys;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/matchLabelKeys/" + i0, schemaPath: "#/properties/matchLabelKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/matchLabelKeys", schemaPath: "#/properties/matchLabelKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.mismatchLabelKeys !== void 0) {
      let data3 = data.mismatchLabelKeys;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/mismatchLabelKeys/" + i1, schemaPath: "#/properties/mismatchLabelKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/mismatchLabelKeys", schemaPath: "#/properties/mismatchLabelKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.namespaceSelector !== void 0) {
      if (!v_54659cb7(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.namespaces !== void 0) {
      let data6 = data.namespaces;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data6[i2] !== "string") {
            const err6 = { instancePath: instancePath + "/namespaces/" + i2, schemaPath: "#/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.topologyKey !== void 0) {
      if (typeof data.topologyKey !== "string") {
        const err8 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_07e36ab2.errors = vErrors;
  return errors === 0;
}
function v_093e4059(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.exitCode === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerID" || key0 === "exitCode" || key0 === "finishedAt" || key0 === "message" || key0 === "reason" || key0 === "signal" || key0 === "startedAt")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.containerID !== void 0) {
      if (typeof data.containerID !== "string") {
        const err2 = { instancePath: instancePath + "/containerID", schemaPath: "#/properties/containerID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.exitCode !== void 0) {
      let data1 = data.exitCode;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
    if (data.finishedAt !== void 0) {
      if (!v_339502d3(data.finishedAt, { instancePath: instancePath + "/finishedAt", parentData: data, parentDataProperty: "finishedAt", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.signal !== void 0) {
      let data5 = data.signal;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err8 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err8);
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err9 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err9);
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err10);
          errors++;
        }
      }
    }
    if (data.startedAt !== void 0) {
      if (!v_339502d3(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_093e4059.errors = vErrors;
  return errors === 0;
}
function v_0c043b74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.values === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "values")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data1 = data.values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_0c043b74.errors = vErrors;
  return errors === 0;
}
function v_0ca0adcd(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.podAffinityTerm === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "podAffinityTerm" }, message: "must have required property 'podAffinityTerm'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "podAffinityTerm" || key0 === "weight")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.podAffinityTerm !== void 0) {
      if (!v_07e36ab2(data.podAffinityTerm, { instancePath: instancePath + "/podAffinityTerm", parentData: data, parentDataProperty: "podAffinityTerm", rootData })) {
        if (vErrors === null) vErrors = v_07e36ab2.errors;
        else for (const e of v_07e36ab2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_0ca0adcd.errors = vErrors;
  return errors === 0;
}
function v_0ee6e346(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "medium" || key0 === "sizeLimit")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.medium !== void 0) {
      if (typeof data.medium !== "string") {
        const err1 = { instancePath: instancePath + "/medium", schemaPath: "#/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.sizeLimit !== void 0) {
      if (!v_7b6c4ca3(data.sizeLimit, { instancePath: instancePath + "/sizeLimit", parentData: data, parentDataProperty: "sizeLimit", rootData })) {
        if (vErrors === null) vErrors = v_7b6c4ca3.errors;
        else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_0ee6e346.errors = vErrors;
  return errors === 0;
}
function v_11b42661(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.devicePath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "devicePath" }, message: "must have required property 'devicePath'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "devicePath" || key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.devicePath !== void 0) {
      if (typeof data.devicePath !== "string") {
        const err3 = { instancePath: instancePath + "/devicePath", schemaPath: "#/properties/devicePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_11b42661.errors = vErrors;
  return errors === 0;
}
function v_13278f0f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.lastTransitionTime === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastTransitionTime" }, message: "must have required property 'lastTransitionTime'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    if (data.reason === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      (vErrors ??= []).push(err3);
      errors++;
    }
    if (data.message === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      (vErrors ??= []).push(err4);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "lastTransitionTime" || key0 === "message" || key0 === "observedGeneration" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      if (!v_339502d3(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.observedGeneration !== void 0) {
      let data2 = data.observedGeneration;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err7 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err10 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_13278f0f.errors = vErrors;
  return errors === 0;
}
function v_13fc6be2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMapRef" || key0 === "prefix" || key0 === "secretRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.configMapRef !== void 0) {
      if (!v_b9c2799c(data.configMapRef, { instancePath: instancePath + "/configMapRef", parentData: data, parentDataProperty: "configMapRef", rootData })) {
        if (vErrors === null) vErrors = v_b9c2799c.errors;
        else for (const e of v_b9c2799c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.prefix !== void 0) {
      if (typeof data.prefix !== "string") {
        const err1 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_8f598223(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_8f598223.errors;
        else for (const e of v_8f598223.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_13fc6be2.errors = vErrors;
  return errors === 0;
}
function v_14b46b64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.replicas === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replicas" }, message: "must have required property 'replicas'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_fe7a4612e7.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.availableReplicas !== void 0) {
      let data0 = data.availableReplicas;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/availableReplicas", schemaPath: "#/properties/availableReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/availableReplicas", schemaPath: "#/properties/availableReplicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/availableReplicas", schemaPath: "#/properties/availableReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.collisionCount !== void 0) {
      let data1 = data.collisionCount;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err5 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err5);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err6);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err7);
          errors++;
        }
      }
    }
    if (data.conditions !== void 0) {
      let data2 = data.conditions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_7bf74db7(data2[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_7bf74db7.errors;
            else for (const e of v_7bf74db7.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.currentReplicas !== void 0) {
      let data4 = data.currentReplicas;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err9 = { instancePath: instancePath + "/currentReplicas", schemaPath: "#/properties/currentReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err9);
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/currentReplicas", schemaPath: "#/properties/currentReplicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err10);
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/currentReplicas", schemaPath: "#/properties/currentReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err11);
          errors++;
        }
      }
    }
    if (data.currentRevision !== void 0) {
      if (typeof data.currentRevision !== "string") {
        const err12 = { instancePath: instancePath + "/currentRevision", schemaPath: "#/properties/currentRevision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.observedGeneration !== void 0) {
      let data6 = data.observedGeneration;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err13 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.readyReplicas !== void 0) {
      let data7 = data.readyReplicas;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err14 = { instancePath: instancePath + "/readyReplicas", schemaPath: "#/properties/readyReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err14);
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err15 = { instancePath: instancePath + "/readyReplicas", schemaPath: "#/properties/readyReplicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err15);
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err16 = { instancePath: instancePath + "/readyReplicas", schemaPath: "#/properties/readyReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err16);
          errors++;
        }
      }
    }
    if (data.replicas !== void 0) {
      let data8 = data.replicas;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err17 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err17);
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 2147483647 || isNaN(data8)) {
          const err18 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err18);
          errors++;
        }
        if (data8 < -2147483648 || isNaN(data8)) {
          const err19 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err19);
          errors++;
        }
      }
    }
    if (data.updateRevision !== void 0) {
      if (typeof data.updateRevision !== "string") {
        const err20 = { instancePath: instancePath + "/updateRevision", schemaPath: "#/properties/updateRevision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.updatedReplicas !== void 0) {
      let data10 = data.updatedReplicas;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
        const err21 = { instancePath: instancePath + "/updatedReplicas", schemaPath: "#/properties/updatedReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err21);
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 > 2147483647 || isNaN(data10)) {
          const err22 = { instancePath: instancePath + "/updatedReplicas", schemaPath: "#/properties/updatedReplicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err22);
          errors++;
        }
        if (data10 < -2147483648 || isNaN(data10)) {
          const err23 = { instancePath: instancePath + "/updatedReplicas", schemaPath: "#/properties/updatedReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err23);
          errors++;
        }
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err24);
    errors++;
  }
  v_14b46b64.errors = vErrors;
  return errors === 0;
}
function v_16033f4f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "fsType" || key0 === "options" || key0 === "readOnly" || key0 === "secretRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err2 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data2 = data.options;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err4 = { instancePath: instancePath + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_16033f4f.errors = vErrors;
  return errors === 0;
}
function v_1a6c76a6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "monitors" || key0 === "path" || key0 === "readOnly" || key0 === "secretFile" || key0 === "secretRef" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data0 = data.monitors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.secretFile !== void 0) {
      if (typeof data.secretFile !== "string") {
        const err6 = { instancePath: instancePath + "/secretFile", schemaPath: "#/properties/secretFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_1a6c76a6.errors = vErrors;
  return errors === 0;
}
function v_1be109ac(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_2d4f740b(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_2d4f740b.errors;
        else for (const e of v_2d4f740b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_3c88cc77(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_3c88cc77.errors;
        else for (const e of v_3c88cc77.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_1be109ac.errors = vErrors;
  return errors === 0;
}
function v_1cc45060(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "path")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_1cc45060.errors = vErrors;
  return errors === 0;
}
function v_1d5e45b7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeID !== void 0) {
      if (typeof data.volumeID !== "string") {
        const err4 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_1d5e45b7.errors = vErrors;
  return errors === 0;
}
function v_244c68cd(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_72695502(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_72695502.errors;
            else for (const e of v_72695502.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err6 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_244c68cd.errors = vErrors;
  return errors === 0;
}
function v_278735ef(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.protocol === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "error" || key0 === "port" || key0 === "protocol")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.error !== void 0) {
      if (typeof data.error !== "string") {
        const err3 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data1 = data.port;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err5);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err6);
          errors++;
        }
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        const err7 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_278735ef.errors = vErrors;
  return errors === 0;
}
function v_28fe06e2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.operator === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.operator !== void 0) {
      if (typeof data.operator !== "string") {
        const err4 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data2 = data.values;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err5 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err5);
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_28fe06e2.errors = vErrors;
  return errors === 0;
}
function v_29ab38fe(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_0ca0adcd(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_0ca0adcd.errors;
            else for (const e of v_0ca0adcd.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_07e36ab2(data2[i1], { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_07e36ab2.errors;
            else for (const e of v_07e36ab2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/requiredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_29ab38fe.errors = vErrors;
  return errors === 0;
}
function v_2b959320(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_d4342bfa(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_d4342bfa.errors;
        else for (const e of v_d4342bfa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_35a12740(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_35a12740.errors;
        else for (const e of v_35a12740.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_2b959320.errors = vErrors;
  return errors === 0;
}
function v_2d4f740b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_80e539dd97.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.accessModes !== void 0) {
      let data0 = data.accessModes;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/accessModes/" + i0, schemaPath: "#/properties/accessModes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/accessModes", schemaPath: "#/properties/accessModes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.awsElasticBlockStore !== void 0) {
      if (!v_9247346d(data.awsElasticBlockStore, { instancePath: instancePath + "/awsElasticBlockStore", parentData: data, parentDataProperty: "awsElasticBlockStore", rootData })) {
        if (vErrors === null) vErrors = v_9247346d.errors;
        else for (const e of v_9247346d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.azureDisk !== void 0) {
      if (!v_9f5d9138(data.azureDisk, { instancePath: instancePath + "/azureDisk", parentData: data, parentDataProperty: "azureDisk", rootData })) {
        if (vErrors === null) vErrors = v_9f5d9138.errors;
        else for (const e of v_9f5d9138.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.azureFile !== void 0) {
      if (!v_4c0cd851(data.azureFile, { instancePath: instancePath + "/azureFile", parentData: data, parentDataProperty: "azureFile", rootData })) {
        if (vErrors === null) vErrors = v_4c0cd851.errors;
        else for (const e of v_4c0cd851.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.capacity !== void 0) {
      let data5 = data.capacity;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!v_7b6c4ca3(data5[key1], { instancePath: instancePath + "/capacity/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/capacity", schemaPath: "#/properties/capacity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.cephfs !== void 0) {
      if (!v_dd19c72e(data.cephfs, { instancePath: instancePath + "/cephfs", parentData: data, parentDataProperty: "cephfs", rootData })) {
        if (vErrors === null) vErrors = v_dd19c72e.errors;
        else for (const e of v_dd19c72e.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.cinder !== void 0) {
      if (!v_fb715ec4(data.cinder, { instancePath: instancePath + "/cinder", parentData: data, parentDataProperty: "cinder", rootData })) {
        if (vErrors === null) vErrors = v_fb715ec4.errors;
        else for (const e of v_fb715ec4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.claimRef !== void 0) {
      if (!v_00a87946(data.claimRef, { instancePath: instancePath + "/claimRef", parentData: data, parentDataProperty: "claimRef", rootData })) {
        if (vErrors === null) vErrors = v_00a87946.errors;
        else for (const e of v_00a87946.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.csi !== void 0) {
      if (!v_5b281e6b(data.csi, { instancePath: instancePath + "/csi", parentData: data, parentDataProperty: "csi", rootData })) {
        if (vErrors === null) vErrors = v_5b281e6b.errors;
        else for (const e of v_5b281e6b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.fc !== void 0) {
      if (!v_44e0e3e2(data.fc, { instancePath: instancePath + "/fc", parentData: data, parentDataProperty: "fc", rootData })) {
        if (vErrors === null) vErrors = v_44e0e3e2.errors;
        else for (const e of v_44e0e3e2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.flexVolume !== void 0) {
      if (!v_4fdc9a39(data.flexVolume, { instancePath: instancePath + "/flexVolume", parentData: data, parentDataProperty: "flexVolume", rootData })) {
        if (vErrors === null) vErrors = v_4fdc9a39.errors;
        else for (const e of v_4fdc9a39.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.flocker !== void 0) {
      if (!v_9d79ffb2(data.flocker, { instancePath: instancePath + "/flocker", parentData: data, parentDataProperty: "flocker", rootData })) {
        if (vErrors === null) vErrors = v_9d79ffb2.errors;
        else for (const e of v_9d79ffb2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.gcePersistentDisk !== void 0) {
      if (!v_5232fb5d(data.gcePersistentDisk, { instancePath: instancePath + "/gcePersistentDisk", parentData: data, parentDataProperty: "gcePersistentDisk", rootData })) {
        if (vErrors === null) vErrors = v_5232fb5d.errors;
        else for (const e of v_5232fb5d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.glusterfs !== void 0) {
      if (!v_f9983dd3(data.glusterfs, { instancePath: instancePath + "/glusterfs", parentData: data, parentDataProperty: "glusterfs", rootData })) {
        if (vErrors === null) vErrors = v_f9983dd3.errors;
        else for (const e of v_f9983dd3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.hostPath !== void 0) {
      if (!v_330d35df(data.hostPath, { instancePath: instancePath + "/hostPath", parentData: data, parentDataProperty: "hostPath", rootData })) {
        if (vErrors === null) vErrors = v_330d35df.errors;
        else for (const e of v_330d35df.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.iscsi !== void 0) {
      if (!v_e394767e(data.iscsi, { instancePath: instancePath + "/iscsi", parentData: data, parentDataProperty: "iscsi", rootData })) {
        if (vErrors === null) vErrors = v_e394767e.errors;
        else for (const e of v_e394767e.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.local !== void 0) {
      if (!v_1cc45060(data.local, { instancePath: instancePath + "/local", parentData: data, parentDataProperty: "local", rootData })) {
        if (vErrors === null) vErrors = v_1cc45060.errors;
        else for (const e of v_1cc45060.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.mountOptions !== void 0) {
      let data19 = data.mountOptions;
      if (Array.isArray(data19)) {
        const len1 = data19.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data19[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/mountOptions/" + i1, schemaPath: "#/properties/mountOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/mountOptions", schemaPath: "#/properties/mountOptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.nfs !== void 0) {
      if (!v_783f747a(data.nfs, { instancePath: instancePath + "/nfs", parentData: data, parentDataProperty: "nfs", rootData })) {
        if (vErrors === null) vErrors = v_783f747a.errors;
        else for (const e of v_783f747a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.nodeAffinity !== void 0) {
      if (!v_fb6f5e57(data.nodeAffinity, { instancePath: instancePath + "/nodeAffinity", parentData: data, parentDataProperty: "nodeAffinity", rootData })) {
        if (vErrors === null) vErrors = v_fb6f5e57.errors;
        else for (const e of v_fb6f5e57.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.persistentVolumeReclaimPolicy !== void 0) {
      if (typeof data.persistentVolumeReclaimPolicy !== "string") {
        const err6 = { instancePath: instancePath + "/persistentVolumeReclaimPolicy", schemaPath: "#/properties/persistentVolumeReclaimPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.photonPersistentDisk !== void 0) {
      if (!v_fe0471fa(data.photonPersistentDisk, { instancePath: instancePath + "/photonPersistentDisk", parentData: data, parentDataProperty: "photonPersistentDisk", rootData })) {
        if (vErrors === null) vErrors = v_fe0471fa.errors;
        else for (const e of v_fe0471fa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.portworxVolume !== void 0) {
      if (!v_7f2c516a(data.portworxVolume, { instancePath: instancePath + "/portworxVolume", parentData: data, parentDataProperty: "portworxVolume", rootData })) {
        if (vErrors === null) vErrors = v_7f2c516a.errors;
        else for (const e of v_7f2c516a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.quobyte !== void 0) {
      if (!v_c9d0fd58(data.quobyte, { instancePath: instancePath + "/quobyte", parentData: data, parentDataProperty: "quobyte", rootData })) {
        if (vErrors === null) vErrors = v_c9d0fd58.errors;
        else for (const e of v_c9d0fd58.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.rbd !== void 0) {
      if (!v_dccd7bb3(data.rbd, { instancePath: instancePath + "/rbd", parentData: data, parentDataProperty: "rbd", rootData })) {
        if (vErrors === null) vErrors = v_dccd7bb3.errors;
        else for (const e of v_dccd7bb3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.scaleIO !== void 0) {
      if (!v_54696ae2(data.scaleIO, { instancePath: instancePath + "/scaleIO", parentData: data, parentDataProperty: "scaleIO", rootData })) {
        if (vErrors === null) vErrors = v_54696ae2.errors;
        else for (const e of v_54696ae2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.storageClassName !== void 0) {
      if (typeof data.storageClassName !== "string") {
        const err7 = { instancePath: instancePath + "/storageClassName", schemaPath: "#/properties/storageClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.storageos !== void 0) {
      if (!v_e9cb98e2(data.storageos, { instancePath: instancePath + "/storageos", parentData: data, parentDataProperty: "storageos", rootData })) {
        if (vErrors === null) vErrors = v_e9cb98e2.errors;
        else for (const e of v_e9cb98e2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeAttributesClassName !== void 0) {
      if (typeof data.volumeAttributesClassName !== "string") {
        const err8 = { instancePath: instancePath + "/volumeAttributesClassName", schemaPath: "#/properties/volumeAttributesClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.volumeMode !== void 0) {
      if (typeof data.volumeMode !== "string") {
        const err9 = { instancePath: instancePath + "/volumeMode", schemaPath: "#/properties/volumeMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.vsphereVolume !== void 0) {
      if (!v_bc2c12c4(data.vsphereVolume, { instancePath: instancePath + "/vsphereVolume", parentData: data, parentDataProperty: "vsphereVolume", rootData })) {
        if (vErrors === null) vErrors = v_bc2c12c4.errors;
        else for (const e of v_bc2c12c4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err10);
    errors++;
  }
  v_2d4f740b.errors = vErrors;
  return errors === 0;
}
function v_330d35df(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_330d35df.errors = vErrors;
  return errors === 0;
}
function v_339502d3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    (vErrors ??= []).push(err0);
    errors++;
  }
  v_339502d3.errors = vErrors;
  return errors === 0;
}
function v_3491fc0f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_3d987483(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_3d987483.errors;
        else for (const e of v_3d987483.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_a20fce9c(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_a20fce9c.errors;
        else for (const e of v_a20fce9c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_3491fc0f.errors = vErrors;
  return errors === 0;
}
function v_35a12740(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "accessModes" || key0 === "allocatedResourceStatuses" || key0 === "allocatedResources" || key0 === "capacity" || key0 === "conditions" || key0 === "currentVolumeAttributesClassName" || key0 === "modifyVolumeStatus" || key0 === "phase")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.accessModes !== void 0) {
      let data0 = data.accessModes;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/accessModes/" + i0, schemaPath: "#/properties/accessModes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/accessModes", schemaPath: "#/properties/accessModes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.allocatedResourceStatuses !== void 0) {
      let data2 = data.allocatedResourceStatuses;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/allocatedResourceStatuses/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/allocatedResourceStatuses/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err3);
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/allocatedResourceStatuses", schemaPath: "#/properties/allocatedResourceStatuses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.allocatedResources !== void 0) {
      let data4 = data.allocatedResources;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!v_7b6c4ca3(data4[key2], { instancePath: instancePath + "/allocatedResources/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/allocatedResources", schemaPath: "#/properties/allocatedResources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.capacity !== void 0) {
      let data6 = data.capacity;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!v_7b6c4ca3(data6[key3], { instancePath: instancePath + "/capacity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key3, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/capacity", schemaPath: "#/properties/capacity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data8 = data.conditions;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_37dcb37f(data8[i1], { instancePath: instancePath + "/conditions/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_37dcb37f.errors;
            else for (const e of v_37dcb37f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.currentVolumeAttributesClassName !== void 0) {
      if (typeof data.currentVolumeAttributesClassName !== "string") {
        const err8 = { instancePath: instancePath + "/currentVolumeAttributesClassName", schemaPath: "#/properties/currentVolumeAttributesClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.modifyVolumeStatus !== void 0) {
      if (!v_caaa0504(data.modifyVolumeStatus, { instancePath: instancePath + "/modifyVolumeStatus", parentData: data, parentDataProperty: "modifyVolumeStatus", rootData })) {
        if (vErrors === null) vErrors = v_caaa0504.errors;
        else for (const e of v_caaa0504.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.phase !== void 0) {
      if (typeof data.phase !== "string") {
        const err9 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err10);
    errors++;
  }
  v_35a12740.errors = vErrors;
  return errors === 0;
}
function v_37cc63b7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_d4342bfa(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_d4342bfa.errors;
        else for (const e of v_d4342bfa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_37cc63b7.errors = vErrors;
  return errors === 0;
}
function v_37dcb37f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "lastProbeTime" || key0 === "lastTransitionTime" || key0 === "message" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.lastProbeTime !== void 0) {
      if (!v_339502d3(data.lastProbeTime, { instancePath: instancePath + "/lastProbeTime", parentData: data, parentDataProperty: "lastProbeTime", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      if (!v_339502d3(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err4 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_37dcb37f.errors = vErrors;
  return errors === 0;
}
function v_381af6a6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_381af6a6.errors = vErrors;
  return errors === 0;
}
function v_39854681(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodeSelectorTerms === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodeSelectorTerms" }, message: "must have required property 'nodeSelectorTerms'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodeSelectorTerms")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.nodeSelectorTerms !== void 0) {
      let data0 = data.nodeSelectorTerms;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_af0b0abe(data0[i0], { instancePath: instancePath + "/nodeSelectorTerms/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_af0b0abe.errors;
            else for (const e of v_af0b0abe.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/nodeSelectorTerms", schemaPath: "#/properties/nodeSelectorTerms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_39854681.errors = vErrors;
  return errors === 0;
}
function v_3a55ca5c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "pullPolicy" || key0 === "reference")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.pullPolicy !== void 0) {
      if (typeof data.pullPolicy !== "string") {
        const err1 = { instancePath: instancePath + "/pullPolicy", schemaPath: "#/properties/pullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.reference !== void 0) {
      if (typeof data.reference !== "string") {
        const err2 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_3a55ca5c.errors = vErrors;
  return errors === 0;
}
function v_3c88cc77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "lastPhaseTransitionTime" || key0 === "message" || key0 === "phase" || key0 === "reason")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.lastPhaseTransitionTime !== void 0) {
      if (!v_339502d3(data.lastPhaseTransitionTime, { instancePath: instancePath + "/lastPhaseTransitionTime", parentData: data, parentDataProperty: "lastPhaseTransitionTime", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err1 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.phase !== void 0) {
      if (typeof data.phase !== "string") {
        const err2 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err3 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_3c88cc77.errors = vErrors;
  return errors === 0;
}
function v_3d1d42b1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_eb7142d8(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_eb7142d8.errors;
            else for (const e of v_eb7142d8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_3d1d42b1.errors = vErrors;
  return errors === 0;
}
function v_3d987483(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxUnavailable" || key0 === "minAvailable" || key0 === "selector" || key0 === "unhealthyPodEvictionPolicy")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.maxUnavailable !== void 0) {
      if (!v_4dff6bf4(data.maxUnavailable, { instancePath: instancePath + "/maxUnavailable", parentData: data, parentDataProperty: "maxUnavailable", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.minAvailable !== void 0) {
      if (!v_4dff6bf4(data.minAvailable, { instancePath: instancePath + "/minAvailable", parentData: data, parentDataProperty: "minAvailable", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.selector !== void 0) {
      if (!v_54659cb7(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.unhealthyPodEvictionPolicy !== void 0) {
      if (typeof data.unhealthyPodEvictionPolicy !== "string") {
        const err1 = { instancePath: instancePath + "/unhealthyPodEvictionPolicy", schemaPath: "#/properties/unhealthyPodEvictionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_3d987483.errors = vErrors;
  return errors === 0;
}
function v_3e51cc2d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "request")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.request !== void 0) {
      if (typeof data.request !== "string") {
        const err3 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_3e51cc2d.errors = vErrors;
  return errors === 0;
}
function v_40456413(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.image === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "image" || key0 === "keyring" || key0 === "monitors" || key0 === "pool" || key0 === "readOnly" || key0 === "secretRef" || key0 === "user")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err4 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.keyring !== void 0) {
      if (typeof data.keyring !== "string") {
        const err5 = { instancePath: instancePath + "/keyring", schemaPath: "#/properties/keyring/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data3 = data.monitors;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err6 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.pool !== void 0) {
      if (typeof data.pool !== "string") {
        const err8 = { instancePath: instancePath + "/pool", schemaPath: "#/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err9 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err10 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_40456413.errors = vErrors;
  return errors === 0;
}
function v_428a2217(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err4 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_428a2217.errors = vErrors;
  return errors === 0;
}
function v_428e19e7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_428e19e7.errors = vErrors;
  return errors === 0;
}
function v_448f0f0d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clientIP")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.clientIP !== void 0) {
      if (!v_92c313e8(data.clientIP, { instancePath: instancePath + "/clientIP", parentData: data, parentDataProperty: "clientIP", rootData })) {
        if (vErrors === null) vErrors = v_92c313e8.errors;
        else for (const e of v_92c313e8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_448f0f0d.errors = vErrors;
  return errors === 0;
}
function v_44e0e3e2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "lun" || key0 === "readOnly" || key0 === "targetWWNs" || key0 === "wwids")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err1 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.lun !== void 0) {
      let data1 = data.lun;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err2 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.targetWWNs !== void 0) {
      let data3 = data.targetWWNs;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err6 = { instancePath: instancePath + "/targetWWNs/" + i0, schemaPath: "#/properties/targetWWNs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/targetWWNs", schemaPath: "#/properties/targetWWNs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.wwids !== void 0) {
      let data5 = data.wwids;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data5[i1] !== "string") {
            const err8 = { instancePath: instancePath + "/wwids/" + i1, schemaPath: "#/properties/wwids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err8);
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/wwids", schemaPath: "#/properties/wwids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err10);
    errors++;
  }
  v_44e0e3e2.errors = vErrors;
  return errors === 0;
}
function v_45d6cb0d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_eab6b4cd(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_eab6b4cd.errors;
            else for (const e of v_eab6b4cd.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!v_39854681(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData })) {
        if (vErrors === null) vErrors = v_39854681.errors;
        else for (const e of v_39854681.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_45d6cb0d.errors = vErrors;
  return errors === 0;
}
function v_460374ee(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "resourceClaimName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      if (typeof data.resourceClaimName !== "string") {
        const err3 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_460374ee.errors = vErrors;
  return errors === 0;
}
function v_479dc9f4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_eb7142d8(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_eb7142d8.errors;
            else for (const e of v_eb7142d8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_479dc9f4.errors = vErrors;
  return errors === 0;
}
function v_4becadba(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containerPort === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerPort" }, message: "must have required property 'containerPort'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerPort" || key0 === "hostIP" || key0 === "hostPort" || key0 === "name" || key0 === "protocol")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.containerPort !== void 0) {
      let data0 = data.containerPort;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.hostIP !== void 0) {
      if (typeof data.hostIP !== "string") {
        const err5 = { instancePath: instancePath + "/hostIP", schemaPath: "#/properties/hostIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.hostPort !== void 0) {
      let data2 = data.hostPort;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err6 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err6);
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err7);
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err8);
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        const err10 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_4becadba.errors = vErrors;
  return errors === 0;
}
function v_4c0cd851(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secretName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.shareName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shareName" }, message: "must have required property 'shareName'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "readOnly" || key0 === "secretName" || key0 === "secretNamespace" || key0 === "shareName")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      if (typeof data.secretName !== "string") {
        const err4 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.secretNamespace !== void 0) {
      if (typeof data.secretNamespace !== "string") {
        const err5 = { instancePath: instancePath + "/secretNamespace", schemaPath: "#/properties/secretNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.shareName !== void 0) {
      if (typeof data.shareName !== "string") {
        const err6 = { instancePath: instancePath + "/shareName", schemaPath: "#/properties/shareName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_4c0cd851.errors = vErrors;
  return errors === 0;
}
function v_4dff6bf4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data))) && typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema_28d8af6e8c.type }, message: "must be integer,string" };
    (vErrors ??= []).push(err0);
    errors++;
  }
  v_4dff6bf4.errors = vErrors;
  return errors === 0;
}
function v_4ec3f3d9(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "exec" || key0 === "httpGet" || key0 === "sleep" || key0 === "tcpSocket")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.exec !== void 0) {
      if (!v_e2291fa8(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        if (vErrors === null) vErrors = v_e2291fa8.errors;
        else for (const e of v_e2291fa8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.httpGet !== void 0) {
      if (!v_72fd6744(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        if (vErrors === null) vErrors = v_72fd6744.errors;
        else for (const e of v_72fd6744.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.sleep !== void 0) {
      if (!v_cf62b7a5(data.sleep, { instancePath: instancePath + "/sleep", parentData: data, parentDataProperty: "sleep", rootData })) {
        if (vErrors === null) vErrors = v_cf62b7a5.errors;
        else for (const e of v_cf62b7a5.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!v_cb3b6ab1(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        if (vErrors === null) vErrors = v_cb3b6ab1.errors;
        else for (const e of v_cb3b6ab1.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_4ec3f3d9.errors = vErrors;
  return errors === 0;
}
function v_4fad4b1c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err0);
    errors++;
  }
  v_4fad4b1c.errors = vErrors;
  return errors === 0;
}
function v_4fdc9a39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "fsType" || key0 === "options" || key0 === "readOnly" || key0 === "secretRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err2 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data2 = data.options;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err4 = { instancePath: instancePath + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_4fdc9a39.errors = vErrors;
  return errors === 0;
}
function v_51169257(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "limits" || key0 === "requests")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data0 = data.limits;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!v_7b6c4ca3(data0[key1], { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.requests !== void 0) {
      let data2 = data.requests;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!v_7b6c4ca3(data2[key2], { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_51169257.errors = vErrors;
  return errors === 0;
}
function v_5232fb5d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pdName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdName" }, message: "must have required property 'pdName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "partition" || key0 === "pdName" || key0 === "readOnly")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.partition !== void 0) {
      let data1 = data.partition;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
    if (data.pdName !== void 0) {
      if (typeof data.pdName !== "string") {
        const err6 = { instancePath: instancePath + "/pdName", schemaPath: "#/properties/pdName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_5232fb5d.errors = vErrors;
  return errors === 0;
}
function v_54659cb7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchLabels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      let data0 = data.matchExpressions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_6889dc97(data0[i0], { instancePath: instancePath + "/matchExpressions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_6889dc97.errors;
            else for (const e of v_6889dc97.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.matchLabels !== void 0) {
      let data2 = data.matchLabels;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err2 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_54659cb7.errors = vErrors;
  return errors === 0;
}
function v_54696ae2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gateway === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.system === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.secretRef === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_31bc8b5b58.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.gateway !== void 0) {
      if (typeof data.gateway !== "string") {
        const err5 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.protectionDomain !== void 0) {
      if (typeof data.protectionDomain !== "string") {
        const err6 = { instancePath: instancePath + "/protectionDomain", schemaPath: "#/properties/protectionDomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.sslEnabled !== void 0) {
      if (typeof data.sslEnabled !== "boolean") {
        const err8 = { instancePath: instancePath + "/sslEnabled", schemaPath: "#/properties/sslEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.storageMode !== void 0) {
      if (typeof data.storageMode !== "string") {
        const err9 = { instancePath: instancePath + "/storageMode", schemaPath: "#/properties/storageMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.storagePool !== void 0) {
      if (typeof data.storagePool !== "string") {
        const err10 = { instancePath: instancePath + "/storagePool", schemaPath: "#/properties/storagePool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.system !== void 0) {
      if (typeof data.system !== "string") {
        const err11 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err12 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err13);
    errors++;
  }
  v_54696ae2.errors = vErrors;
  return errors === 0;
}
function v_573c9bb0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchLabelExpressions")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.matchLabelExpressions !== void 0) {
      let data0 = data.matchLabelExpressions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_0c043b74(data0[i0], { instancePath: instancePath + "/matchLabelExpressions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_0c043b74.errors;
            else for (const e of v_0c043b74.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/matchLabelExpressions", schemaPath: "#/properties/matchLabelExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_573c9bb0.errors = vErrors;
  return errors === 0;
}
function v_576d4bb3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ip === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hostnames" || key0 === "ip")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.hostnames !== void 0) {
      let data0 = data.hostnames;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/hostnames/" + i0, schemaPath: "#/properties/hostnames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/hostnames", schemaPath: "#/properties/hostnames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err4 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_576d4bb3.errors = vErrors;
  return errors === 0;
}
function v_5a2ab3e2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err4 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_5a2ab3e2.errors = vErrors;
  return errors === 0;
}
function v_5b281e6b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.volumeHandle === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeHandle" }, message: "must have required property 'volumeHandle'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_4b16689299.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.controllerExpandSecretRef !== void 0) {
      if (!v_ee10625a(data.controllerExpandSecretRef, { instancePath: instancePath + "/controllerExpandSecretRef", parentData: data, parentDataProperty: "controllerExpandSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.controllerPublishSecretRef !== void 0) {
      if (!v_ee10625a(data.controllerPublishSecretRef, { instancePath: instancePath + "/controllerPublishSecretRef", parentData: data, parentDataProperty: "controllerPublishSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.nodeExpandSecretRef !== void 0) {
      if (!v_ee10625a(data.nodeExpandSecretRef, { instancePath: instancePath + "/nodeExpandSecretRef", parentData: data, parentDataProperty: "nodeExpandSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.nodePublishSecretRef !== void 0) {
      if (!v_ee10625a(data.nodePublishSecretRef, { instancePath: instancePath + "/nodePublishSecretRef", parentData: data, parentDataProperty: "nodePublishSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.nodeStageSecretRef !== void 0) {
      if (!v_ee10625a(data.nodeStageSecretRef, { instancePath: instancePath + "/nodeStageSecretRef", parentData: data, parentDataProperty: "nodeStageSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.volumeAttributes !== void 0) {
      let data8 = data.volumeAttributes;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (typeof data8[key1] !== "string") {
            const err6 = { instancePath: instancePath + "/volumeAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/volumeAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/volumeAttributes", schemaPath: "#/properties/volumeAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.volumeHandle !== void 0) {
      if (typeof data.volumeHandle !== "string") {
        const err8 = { instancePath: instancePath + "/volumeHandle", schemaPath: "#/properties/volumeHandle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_5b281e6b.errors = vErrors;
  return errors === 0;
}
function v_610f11fa(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ingress")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.ingress !== void 0) {
      let data0 = data.ingress;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_73043d96(data0[i0], { instancePath: instancePath + "/ingress/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_73043d96.errors;
            else for (const e of v_73043d96.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_610f11fa.errors = vErrors;
  return errors === 0;
}
function v_6889dc97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.operator === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.operator !== void 0) {
      if (typeof data.operator !== "string") {
        const err4 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data2 = data.values;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err5 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err5);
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_6889dc97.errors = vErrors;
  return errors === 0;
}
function v_6b63e0bf(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_72695502(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_72695502.errors;
            else for (const e of v_72695502.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_6b63e0bf.errors = vErrors;
  return errors === 0;
}
function v_6bd84579(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "claims" || key0 === "limits" || key0 === "requests")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.claims !== void 0) {
      let data0 = data.claims;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_3e51cc2d(data0[i0], { instancePath: instancePath + "/claims/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_3e51cc2d.errors;
            else for (const e of v_3e51cc2d.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data2 = data.limits;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!v_7b6c4ca3(data2[key1], { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.requests !== void 0) {
      let data4 = data.requests;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!v_7b6c4ca3(data4[key2], { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = v_7b6c4ca3.errors;
            else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_6bd84579.errors = vErrors;
  return errors === 0;
}
function v_72695502(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "mode" || key0 === "path")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err5);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err6);
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_72695502.errors = vErrors;
  return errors === 0;
}
function v_72acb866(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" }, message: "must have required property 'endpoints'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "endpoints" || key0 === "path" || key0 === "readOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      if (typeof data.endpoints !== "string") {
        const err3 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_72acb866.errors = vErrors;
  return errors === 0;
}
function v_72fd6744(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "httpHeaders" || key0 === "path" || key0 === "port" || key0 === "scheme")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err2 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.httpHeaders !== void 0) {
      let data1 = data.httpHeaders;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_5a2ab3e2(data1[i0], { instancePath: instancePath + "/httpHeaders/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_5a2ab3e2.errors;
            else for (const e of v_5a2ab3e2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.port !== void 0) {
      if (!v_4dff6bf4(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.scheme !== void 0) {
      if (typeof data.scheme !== "string") {
        const err5 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_72fd6744.errors = vErrors;
  return errors === 0;
}
function v_73043d96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "hostname" || key0 === "ip" || key0 === "ipMode" || key0 === "ports")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        const err1 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err2 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.ipMode !== void 0) {
      if (typeof data.ipMode !== "string") {
        const err3 = { instancePath: instancePath + "/ipMode", schemaPath: "#/properties/ipMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data3 = data.ports;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_278735ef(data3[i0], { instancePath: instancePath + "/ports/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_278735ef.errors;
            else for (const e of v_278735ef.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_73043d96.errors = vErrors;
  return errors === 0;
}
function v_755c5ccc(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "resourceClaimName" || key0 === "resourceClaimTemplateName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      if (typeof data.resourceClaimName !== "string") {
        const err3 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.resourceClaimTemplateName !== void 0) {
      if (typeof data.resourceClaimTemplateName !== "string") {
        const err4 = { instancePath: instancePath + "/resourceClaimTemplateName", schemaPath: "#/properties/resourceClaimTemplateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_755c5ccc.errors = vErrors;
  return errors === 0;
}
function v_783f747a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.server === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "readOnly" || key0 === "server")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.server !== void 0) {
      if (typeof data.server !== "string") {
        const err5 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_783f747a.errors = vErrors;
  return errors === 0;
}
function v_795a2e56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.claimName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claimName" }, message: "must have required property 'claimName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "claimName" || key0 === "readOnly")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.claimName !== void 0) {
      if (typeof data.claimName !== "string") {
        const err2 = { instancePath: instancePath + "/claimName", schemaPath: "#/properties/claimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_795a2e56.errors = vErrors;
  return errors === 0;
}
function v_7998eb1f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "service")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data0 = data.port;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.service !== void 0) {
      if (typeof data.service !== "string") {
        const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_7998eb1f.errors = vErrors;
  return errors === 0;
}
function v_7b6c4ca3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema_b4df4e5786.type }, message: "must be string,number" };
    (vErrors ??= []).push(err0);
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern_c551b4d1bb.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$" }, message: 'must match pattern "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$"' };
      (vErrors ??= []).push(err1);
      errors++;
    }
  }
  v_7b6c4ca3.errors = vErrors;
  return errors === 0;
}
function v_7bbcfac9(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "localhostProfile" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.localhostProfile !== void 0) {
      if (typeof data.localhostProfile !== "string") {
        const err2 = { instancePath: instancePath + "/localhostProfile", schemaPath: "#/properties/localhostProfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_7bbcfac9.errors = vErrors;
  return errors === 0;
}
function v_7be2da1e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targetPortal === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPortal" }, message: "must have required property 'targetPortal'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.iqn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iqn" }, message: "must have required property 'iqn'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.lun === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lun" }, message: "must have required property 'lun'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_3db03887f1.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.chapAuthDiscovery !== void 0) {
      if (typeof data.chapAuthDiscovery !== "boolean") {
        const err4 = { instancePath: instancePath + "/chapAuthDiscovery", schemaPath: "#/properties/chapAuthDiscovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.chapAuthSession !== void 0) {
      if (typeof data.chapAuthSession !== "boolean") {
        const err5 = { instancePath: instancePath + "/chapAuthSession", schemaPath: "#/properties/chapAuthSession/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err6 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.initiatorName !== void 0) {
      if (typeof data.initiatorName !== "string") {
        const err7 = { instancePath: instancePath + "/initiatorName", schemaPath: "#/properties/initiatorName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.iqn !== void 0) {
      if (typeof data.iqn !== "string") {
        const err8 = { instancePath: instancePath + "/iqn", schemaPath: "#/properties/iqn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.iscsiInterface !== void 0) {
      if (typeof data.iscsiInterface !== "string") {
        const err9 = { instancePath: instancePath + "/iscsiInterface", schemaPath: "#/properties/iscsiInterface/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.lun !== void 0) {
      let data6 = data.lun;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err10 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err10);
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err11 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err11);
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err12);
          errors++;
        }
      }
    }
    if (data.portals !== void 0) {
      let data7 = data.portals;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data7[i0] !== "string") {
            const err13 = { instancePath: instancePath + "/portals/" + i0, schemaPath: "#/properties/portals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err13);
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/portals", schemaPath: "#/properties/portals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err15 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.targetPortal !== void 0) {
      if (typeof data.targetPortal !== "string") {
        const err16 = { instancePath: instancePath + "/targetPortal", schemaPath: "#/properties/targetPortal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err17);
    errors++;
  }
  v_7be2da1e.errors = vErrors;
  return errors === 0;
}
function v_7bf74db7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "lastTransitionTime" || key0 === "message" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      if (!v_339502d3(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err4 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_7bf74db7.errors = vErrors;
  return errors === 0;
}
function v_7d18633c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "whenDeleted" || key0 === "whenScaled")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.whenDeleted !== void 0) {
      if (typeof data.whenDeleted !== "string") {
        const err1 = { instancePath: instancePath + "/whenDeleted", schemaPath: "#/properties/whenDeleted/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.whenScaled !== void 0) {
      if (typeof data.whenScaled !== "string") {
        const err2 = { instancePath: instancePath + "/whenScaled", schemaPath: "#/properties/whenScaled/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_7d18633c.errors = vErrors;
  return errors === 0;
}
function v_7dc68e2a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_0cc3167c3d.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.allocateLoadBalancerNodePorts !== void 0) {
      if (typeof data.allocateLoadBalancerNodePorts !== "boolean") {
        const err1 = { instancePath: instancePath + "/allocateLoadBalancerNodePorts", schemaPath: "#/properties/allocateLoadBalancerNodePorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.clusterIP !== void 0) {
      if (typeof data.clusterIP !== "string") {
        const err2 = { instancePath: instancePath + "/clusterIP", schemaPath: "#/properties/clusterIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.clusterIPs !== void 0) {
      let data2 = data.clusterIPs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/clusterIPs/" + i0, schemaPath: "#/properties/clusterIPs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err3);
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/clusterIPs", schemaPath: "#/properties/clusterIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.externalIPs !== void 0) {
      let data4 = data.externalIPs;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/externalIPs/" + i1, schemaPath: "#/properties/externalIPs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err5);
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/externalIPs", schemaPath: "#/properties/externalIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.externalName !== void 0) {
      if (typeof data.externalName !== "string") {
        const err7 = { instancePath: instancePath + "/externalName", schemaPath: "#/properties/externalName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.externalTrafficPolicy !== void 0) {
      if (typeof data.externalTrafficPolicy !== "string") {
        const err8 = { instancePath: instancePath + "/externalTrafficPolicy", schemaPath: "#/properties/externalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.healthCheckNodePort !== void 0) {
      let data8 = data.healthCheckNodePort;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err9 = { instancePath: instancePath + "/healthCheckNodePort", schemaPath: "#/properties/healthCheckNodePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err9);
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 2147483647 || isNaN(data8)) {
          const err10 = { instancePath: instancePath + "/healthCheckNodePort", schemaPath: "#/properties/healthCheckNodePort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err10);
          errors++;
        }
        if (data8 < -2147483648 || isNaN(data8)) {
          const err11 = { instancePath: instancePath + "/healthCheckNodePort", schemaPath: "#/properties/healthCheckNodePort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err11);
          errors++;
        }
      }
    }
    if (data.internalTrafficPolicy !== void 0) {
      if (typeof data.internalTrafficPolicy !== "string") {
        const err12 = { instancePath: instancePath + "/internalTrafficPolicy", schemaPath: "#/properties/internalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.ipFamilies !== void 0) {
      let data10 = data.ipFamilies;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data10[i2] !== "string") {
            const err13 = { instancePath: instancePath + "/ipFamilies/" + i2, schemaPath: "#/properties/ipFamilies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err13);
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/ipFamilies", schemaPath: "#/properties/ipFamilies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.ipFamilyPolicy !== void 0) {
      if (typeof data.ipFamilyPolicy !== "string") {
        const err15 = { instancePath: instancePath + "/ipFamilyPolicy", schemaPath: "#/properties/ipFamilyPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.loadBalancerClass !== void 0) {
      if (typeof data.loadBalancerClass !== "string") {
        const err16 = { instancePath: instancePath + "/loadBalancerClass", schemaPath: "#/properties/loadBalancerClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.loadBalancerIP !== void 0) {
      if (typeof data.loadBalancerIP !== "string") {
        const err17 = { instancePath: instancePath + "/loadBalancerIP", schemaPath: "#/properties/loadBalancerIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.loadBalancerSourceRanges !== void 0) {
      let data15 = data.loadBalancerSourceRanges;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data15[i3] !== "string") {
            const err18 = { instancePath: instancePath + "/loadBalancerSourceRanges/" + i3, schemaPath: "#/properties/loadBalancerSourceRanges/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err18);
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/loadBalancerSourceRanges", schemaPath: "#/properties/loadBalancerSourceRanges/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data17 = data.ports;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!v_9fa45c31(data17[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data17, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = v_9fa45c31.errors;
            else for (const e of v_9fa45c31.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.publishNotReadyAddresses !== void 0) {
      if (typeof data.publishNotReadyAddresses !== "boolean") {
        const err21 = { instancePath: instancePath + "/publishNotReadyAddresses", schemaPath: "#/properties/publishNotReadyAddresses/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err21);
        errors++;
      }
    }
    if (data.selector !== void 0) {
      let data20 = data.selector;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key1 in data20) {
          if (typeof data20[key1] !== "string") {
            const err22 = { instancePath: instancePath + "/selector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err22);
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/selector", schemaPath: "#/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err23);
        errors++;
      }
    }
    if (data.sessionAffinity !== void 0) {
      if (typeof data.sessionAffinity !== "string") {
        const err24 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err24);
        errors++;
      }
    }
    if (data.sessionAffinityConfig !== void 0) {
      if (!v_448f0f0d(data.sessionAffinityConfig, { instancePath: instancePath + "/sessionAffinityConfig", parentData: data, parentDataProperty: "sessionAffinityConfig", rootData })) {
        if (vErrors === null) vErrors = v_448f0f0d.errors;
        else for (const e of v_448f0f0d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.trafficDistribution !== void 0) {
      if (typeof data.trafficDistribution !== "string") {
        const err25 = { instancePath: instancePath + "/trafficDistribution", schemaPath: "#/properties/trafficDistribution/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err25);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err26 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err26);
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err27);
    errors++;
  }
  v_7dc68e2a.errors = vErrors;
  return errors === 0;
}
function v_7ed91b99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err2 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_7ed91b99.errors = vErrors;
  return errors === 0;
}
function v_7f2c516a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "volumeID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.volumeID !== void 0) {
      if (typeof data.volumeID !== "string") {
        const err4 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_7f2c516a.errors = vErrors;
  return errors === 0;
}
function v_80721aaa(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "volumeClaimTemplate")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.volumeClaimTemplate !== void 0) {
      if (!v_37cc63b7(data.volumeClaimTemplate, { instancePath: instancePath + "/volumeClaimTemplate", parentData: data, parentDataProperty: "volumeClaimTemplate", rootData })) {
        if (vErrors === null) vErrors = v_37cc63b7.errors;
        else for (const e of v_37cc63b7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_80721aaa.errors = vErrors;
  return errors === 0;
}
function v_842af6e7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rollingUpdate" || key0 === "type")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.rollingUpdate !== void 0) {
      if (!v_d079ae69(data.rollingUpdate, { instancePath: instancePath + "/rollingUpdate", parentData: data, parentDataProperty: "rollingUpdate", rootData })) {
        if (vErrors === null) vErrors = v_d079ae69.errors;
        else for (const e of v_d079ae69.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_842af6e7.errors = vErrors;
  return errors === 0;
}
function v_8540bc14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_8540bc14.errors = vErrors;
  return errors === 0;
}
function v_87de6526(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "message" || key0 === "reason")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err1 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err2 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_87de6526.errors = vErrors;
  return errors === 0;
}
function v_8b67c74f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "fsType" || key0 === "nodePublishSecretRef" || key0 === "readOnly" || key0 === "volumeAttributes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.driver !== void 0) {
      if (typeof data.driver !== "string") {
        const err2 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.nodePublishSecretRef !== void 0) {
      if (!v_b4c659d8(data.nodePublishSecretRef, { instancePath: instancePath + "/nodePublishSecretRef", parentData: data, parentDataProperty: "nodePublishSecretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.volumeAttributes !== void 0) {
      let data4 = data.volumeAttributes;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (typeof data4[key1] !== "string") {
            const err5 = { instancePath: instancePath + "/volumeAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/volumeAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err5);
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/volumeAttributes", schemaPath: "#/properties/volumeAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_8b67c74f.errors = vErrors;
  return errors === 0;
}
function v_8f22d31a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiGroup" || key0 === "kind" || key0 === "name" || key0 === "namespace")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      if (typeof data.apiGroup !== "string") {
        const err3 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err6 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_8f22d31a.errors = vErrors;
  return errors === 0;
}
function v_8f598223(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_8f598223.errors = vErrors;
  return errors === 0;
}
function v_9247346d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "partition" || key0 === "readOnly" || key0 === "volumeID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.partition !== void 0) {
      let data1 = data.partition;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.volumeID !== void 0) {
      if (typeof data.volumeID !== "string") {
        const err7 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_9247346d.errors = vErrors;
  return errors === 0;
}
function v_92c313e8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "timeoutSeconds")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data0 = data.timeoutSeconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_92c313e8.errors = vErrors;
  return errors === 0;
}
function v_956b7a85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gateway === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.system === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.secretRef === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_10104d4ba1.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.gateway !== void 0) {
      if (typeof data.gateway !== "string") {
        const err5 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.protectionDomain !== void 0) {
      if (typeof data.protectionDomain !== "string") {
        const err6 = { instancePath: instancePath + "/protectionDomain", schemaPath: "#/properties/protectionDomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.sslEnabled !== void 0) {
      if (typeof data.sslEnabled !== "boolean") {
        const err8 = { instancePath: instancePath + "/sslEnabled", schemaPath: "#/properties/sslEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.storageMode !== void 0) {
      if (typeof data.storageMode !== "string") {
        const err9 = { instancePath: instancePath + "/storageMode", schemaPath: "#/properties/storageMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.storagePool !== void 0) {
      if (typeof data.storagePool !== "string") {
        const err10 = { instancePath: instancePath + "/storagePool", schemaPath: "#/properties/storagePool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.system !== void 0) {
      if (typeof data.system !== "string") {
        const err11 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err12 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err13);
    errors++;
  }
  v_956b7a85.errors = vErrors;
  return errors === 0;
}
function v_985dfc0d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "running" || key0 === "terminated" || key0 === "waiting")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.running !== void 0) {
      if (!v_c9475715(data.running, { instancePath: instancePath + "/running", parentData: data, parentDataProperty: "running", rootData })) {
        if (vErrors === null) vErrors = v_c9475715.errors;
        else for (const e of v_c9475715.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.terminated !== void 0) {
      if (!v_093e4059(data.terminated, { instancePath: instancePath + "/terminated", parentData: data, parentDataProperty: "terminated", rootData })) {
        if (vErrors === null) vErrors = v_093e4059.errors;
        else for (const e of v_093e4059.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.waiting !== void 0) {
      if (!v_87de6526(data.waiting, { instancePath: instancePath + "/waiting", parentData: data, parentDataProperty: "waiting", rootData })) {
        if (vErrors === null) vErrors = v_87de6526.errors;
        else for (const e of v_87de6526.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_985dfc0d.errors = vErrors;
  return errors === 0;
}
function v_99369e9b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.mountPath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mountPath" || key0 === "mountPropagation" || key0 === "name" || key0 === "readOnly" || key0 === "recursiveReadOnly" || key0 === "subPath" || key0 === "subPathExpr")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.mountPath !== void 0) {
      if (typeof data.mountPath !== "string") {
        const err3 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.mountPropagation !== void 0) {
      if (typeof data.mountPropagation !== "string") {
        const err4 = { instancePath: instancePath + "/mountPropagation", schemaPath: "#/properties/mountPropagation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.recursiveReadOnly !== void 0) {
      if (typeof data.recursiveReadOnly !== "string") {
        const err7 = { instancePath: instancePath + "/recursiveReadOnly", schemaPath: "#/properties/recursiveReadOnly/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.subPath !== void 0) {
      if (typeof data.subPath !== "string") {
        const err8 = { instancePath: instancePath + "/subPath", schemaPath: "#/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.subPathExpr !== void 0) {
      if (typeof data.subPathExpr !== "string") {
        const err9 = { instancePath: instancePath + "/subPathExpr", schemaPath: "#/properties/subPathExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err10);
    errors++;
  }
  v_99369e9b.errors = vErrors;
  return errors === 0;
}
function v_9a63df2b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiGroup" || key0 === "kind" || key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      if (typeof data.apiGroup !== "string") {
        const err3 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_9a63df2b.errors = vErrors;
  return errors === 0;
}
function v_9d79ffb2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "datasetName" || key0 === "datasetUUID")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.datasetName !== void 0) {
      if (typeof data.datasetName !== "string") {
        const err1 = { instancePath: instancePath + "/datasetName", schemaPath: "#/properties/datasetName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.datasetUUID !== void 0) {
      if (typeof data.datasetUUID !== "string") {
        const err2 = { instancePath: instancePath + "/datasetUUID", schemaPath: "#/properties/datasetUUID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_9d79ffb2.errors = vErrors;
  return errors === 0;
}
function v_9f5d9138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.diskName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskName" }, message: "must have required property 'diskName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.diskURI === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskURI" }, message: "must have required property 'diskURI'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cachingMode" || key0 === "diskName" || key0 === "diskURI" || key0 === "fsType" || key0 === "kind" || key0 === "readOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.cachingMode !== void 0) {
      if (typeof data.cachingMode !== "string") {
        const err3 = { instancePath: instancePath + "/cachingMode", schemaPath: "#/properties/cachingMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.diskName !== void 0) {
      if (typeof data.diskName !== "string") {
        const err4 = { instancePath: instancePath + "/diskName", schemaPath: "#/properties/diskName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.diskURI !== void 0) {
      if (typeof data.diskURI !== "string") {
        const err5 = { instancePath: instancePath + "/diskURI", schemaPath: "#/properties/diskURI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err6 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err8 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_9f5d9138.errors = vErrors;
  return errors === 0;
}
function v_9fa45c31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "appProtocol" || key0 === "name" || key0 === "nodePort" || key0 === "port" || key0 === "protocol" || key0 === "targetPort")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.appProtocol !== void 0) {
      if (typeof data.appProtocol !== "string") {
        const err2 = { instancePath: instancePath + "/appProtocol", schemaPath: "#/properties/appProtocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.nodePort !== void 0) {
      let data2 = data.nodePort;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err4 = { instancePath: instancePath + "/nodePort", schemaPath: "#/properties/nodePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/nodePort", schemaPath: "#/properties/nodePort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err5);
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/nodePort", schemaPath: "#/properties/nodePort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err6);
          errors++;
        }
      }
    }
    if (data.port !== void 0) {
      let data3 = data.port;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err7 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err8);
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err9);
          errors++;
        }
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        const err10 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.targetPort !== void 0) {
      if (!v_4dff6bf4(data.targetPort, { instancePath: instancePath + "/targetPort", parentData: data, parentDataProperty: "targetPort", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_9fa45c31.errors = vErrors;
  return errors === 0;
}
function v_9fe714e2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secretName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.shareName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shareName" }, message: "must have required property 'shareName'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "readOnly" || key0 === "secretName" || key0 === "shareName")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      if (typeof data.secretName !== "string") {
        const err4 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.shareName !== void 0) {
      if (typeof data.shareName !== "string") {
        const err5 = { instancePath: instancePath + "/shareName", schemaPath: "#/properties/shareName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_9fe714e2.errors = vErrors;
  return errors === 0;
}
function v_a20fce9c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.disruptionsAllowed === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disruptionsAllowed" }, message: "must have required property 'disruptionsAllowed'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.currentHealthy === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currentHealthy" }, message: "must have required property 'currentHealthy'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.desiredHealthy === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "desiredHealthy" }, message: "must have required property 'desiredHealthy'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    if (data.expectedPods === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expectedPods" }, message: "must have required property 'expectedPods'" };
      (vErrors ??= []).push(err3);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "conditions" || key0 === "currentHealthy" || key0 === "desiredHealthy" || key0 === "disruptedPods" || key0 === "disruptionsAllowed" || key0 === "expectedPods" || key0 === "observedGeneration")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data0 = data.conditions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_13278f0f(data0[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_13278f0f.errors;
            else for (const e of v_13278f0f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.currentHealthy !== void 0) {
      let data2 = data.currentHealthy;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err6 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err6);
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err7);
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err8);
          errors++;
        }
      }
    }
    if (data.desiredHealthy !== void 0) {
      let data3 = data.desiredHealthy;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err9 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err9);
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err10);
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err11);
          errors++;
        }
      }
    }
    if (data.disruptedPods !== void 0) {
      let data4 = data.disruptedPods;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!v_339502d3(data4[key1], { instancePath: instancePath + "/disruptedPods/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = v_339502d3.errors;
            else for (const e of v_339502d3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/disruptedPods", schemaPath: "#/properties/disruptedPods/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.disruptionsAllowed !== void 0) {
      let data6 = data.disruptionsAllowed;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err13 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err13);
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err14);
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err15);
          errors++;
        }
      }
    }
    if (data.expectedPods !== void 0) {
      let data7 = data.expectedPods;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err16 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err16);
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err17 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err17);
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err18);
          errors++;
        }
      }
    }
    if (data.observedGeneration !== void 0) {
      let data8 = data.observedGeneration;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err19 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err20);
    errors++;
  }
  v_a20fce9c.errors = vErrors;
  return errors === 0;
}
function v_a809202f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ip === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ip")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err2 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_a809202f.errors = vErrors;
  return errors === 0;
}
function v_a94ded8d(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "localhostProfile" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.localhostProfile !== void 0) {
      if (typeof data.localhostProfile !== "string") {
        const err2 = { instancePath: instancePath + "/localhostProfile", schemaPath: "#/properties/localhostProfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_a94ded8d.errors = vErrors;
  return errors === 0;
}
function v_aa37d9bf(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.uid === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" }, message: "must have required property 'uid'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.gid === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gid" }, message: "must have required property 'gid'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "gid" || key0 === "supplementalGroups" || key0 === "uid")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.gid !== void 0) {
      let data0 = data.gid;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/gid", schemaPath: "#/properties/gid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.supplementalGroups !== void 0) {
      let data1 = data.supplementalGroups;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
            const err4 = { instancePath: instancePath + "/supplementalGroups/" + i0, schemaPath: "#/properties/supplementalGroups/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/supplementalGroups", schemaPath: "#/properties/supplementalGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data3 = data.uid;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err6 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_aa37d9bf.errors = vErrors;
  return errors === 0;
}
function v_aac46608(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "role" || key0 === "type" || key0 === "user")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.level !== void 0) {
      if (typeof data.level !== "string") {
        const err1 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.role !== void 0) {
      if (typeof data.role !== "string") {
        const err2 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err4 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_aac46608.errors = vErrors;
  return errors === 0;
}
function v_aaeae490(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_3a8e01a8be.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.allowPrivilegeEscalation !== void 0) {
      if (typeof data.allowPrivilegeEscalation !== "boolean") {
        const err1 = { instancePath: instancePath + "/allowPrivilegeEscalation", schemaPath: "#/properties/allowPrivilegeEscalation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.appArmorProfile !== void 0) {
      if (!v_7bbcfac9(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData })) {
        if (vErrors === null) vErrors = v_7bbcfac9.errors;
        else for (const e of v_7bbcfac9.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.capabilities !== void 0) {
      if (!v_d9f846a6(data.capabilities, { instancePath: instancePath + "/capabilities", parentData: data, parentDataProperty: "capabilities", rootData })) {
        if (vErrors === null) vErrors = v_d9f846a6.errors;
        else for (const e of v_d9f846a6.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.privileged !== void 0) {
      if (typeof data.privileged !== "boolean") {
        const err2 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.procMount !== void 0) {
      if (typeof data.procMount !== "string") {
        const err3 = { instancePath: instancePath + "/procMount", schemaPath: "#/properties/procMount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.readOnlyRootFilesystem !== void 0) {
      if (typeof data.readOnlyRootFilesystem !== "boolean") {
        const err4 = { instancePath: instancePath + "/readOnlyRootFilesystem", schemaPath: "#/properties/readOnlyRootFilesystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.runAsGroup !== void 0) {
      let data6 = data.runAsGroup;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err5 = { instancePath: instancePath + "/runAsGroup", schemaPath: "#/properties/runAsGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.runAsNonRoot !== void 0) {
      if (typeof data.runAsNonRoot !== "boolean") {
        const err6 = { instancePath: instancePath + "/runAsNonRoot", schemaPath: "#/properties/runAsNonRoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.runAsUser !== void 0) {
      let data8 = data.runAsUser;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err7 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.seLinuxOptions !== void 0) {
      if (!v_aac46608(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData })) {
        if (vErrors === null) vErrors = v_aac46608.errors;
        else for (const e of v_aac46608.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.seccompProfile !== void 0) {
      if (!v_a94ded8d(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData })) {
        if (vErrors === null) vErrors = v_a94ded8d.errors;
        else for (const e of v_a94ded8d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.windowsOptions !== void 0) {
      if (!v_e33c7ce8(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData })) {
        if (vErrors === null) vErrors = v_e33c7ce8.errors;
        else for (const e of v_e33c7ce8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_aaeae490.errors = vErrors;
  return errors === 0;
}
function v_ab02cbac(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.maxSkew === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxSkew" }, message: "must have required property 'maxSkew'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.topologyKey === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" }, message: "must have required property 'topologyKey'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.whenUnsatisfiable === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "whenUnsatisfiable" }, message: "must have required property 'whenUnsatisfiable'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "matchLabelKeys" || key0 === "maxSkew" || key0 === "minDomains" || key0 === "nodeAffinityPolicy" || key0 === "nodeTaintsPolicy" || key0 === "topologyKey" || key0 === "whenUnsatisfiable")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!v_54659cb7(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.matchLabelKeys !== void 0) {
      let data1 = data.matchLabelKeys;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/matchLabelKeys/" + i0, schemaPath: "#/properties/matchLabelKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/matchLabelKeys", schemaPath: "#/properties/matchLabelKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.maxSkew !== void 0) {
      let data3 = data.maxSkew;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err6 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err6);
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err7);
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err8);
          errors++;
        }
      }
    }
    if (data.minDomains !== void 0) {
      let data4 = data.minDomains;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err9 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err9);
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err10);
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err11);
          errors++;
        }
      }
    }
    if (data.nodeAffinityPolicy !== void 0) {
      if (typeof data.nodeAffinityPolicy !== "string") {
        const err12 = { instancePath: instancePath + "/nodeAffinityPolicy", schemaPath: "#/properties/nodeAffinityPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.nodeTaintsPolicy !== void 0) {
      if (typeof data.nodeTaintsPolicy !== "string") {
        const err13 = { instancePath: instancePath + "/nodeTaintsPolicy", schemaPath: "#/properties/nodeTaintsPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.topologyKey !== void 0) {
      if (typeof data.topologyKey !== "string") {
        const err14 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.whenUnsatisfiable !== void 0) {
      if (typeof data.whenUnsatisfiable !== "string") {
        const err15 = { instancePath: instancePath + "/whenUnsatisfiable", schemaPath: "#/properties/whenUnsatisfiable/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err16);
    errors++;
  }
  v_ab02cbac.errors = vErrors;
  return errors === 0;
}
function v_abfc5d3c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_72695502(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_72695502.errors;
            else for (const e of v_72695502.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_abfc5d3c.errors = vErrors;
  return errors === 0;
}
function v_af0b0abe(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchFields")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      let data0 = data.matchExpressions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_28fe06e2(data0[i0], { instancePath: instancePath + "/matchExpressions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_28fe06e2.errors;
            else for (const e of v_28fe06e2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.matchFields !== void 0) {
      let data2 = data.matchFields;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_28fe06e2(data2[i1], { instancePath: instancePath + "/matchFields/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_28fe06e2.errors;
            else for (const e of v_28fe06e2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/matchFields", schemaPath: "#/properties/matchFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_af0b0abe.errors = vErrors;
  return errors === 0;
}
function v_b06587cd(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repository === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "directory" || key0 === "repository" || key0 === "revision")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.directory !== void 0) {
      if (typeof data.directory !== "string") {
        const err2 = { instancePath: instancePath + "/directory", schemaPath: "#/properties/directory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.repository !== void 0) {
      if (typeof data.repository !== "string") {
        const err3 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.revision !== void 0) {
      if (typeof data.revision !== "string") {
        const err4 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_b06587cd.errors = vErrors;
  return errors === 0;
}
function v_b4c659d8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_b4c659d8.errors = vErrors;
  return errors === 0;
}
function v_b5cd8e78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_0ca0adcd(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_0ca0adcd.errors;
            else for (const e of v_0ca0adcd.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_07e36ab2(data2[i1], { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_07e36ab2.errors;
            else for (const e of v_07e36ab2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/requiredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_b5cd8e78.errors = vErrors;
  return errors === 0;
}
function v_b7c2253a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resourceName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceName" }, message: "must have required property 'resourceName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.restartPolicy === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restartPolicy" }, message: "must have required property 'restartPolicy'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "resourceName" || key0 === "restartPolicy")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.resourceName !== void 0) {
      if (typeof data.resourceName !== "string") {
        const err3 = { instancePath: instancePath + "/resourceName", schemaPath: "#/properties/resourceName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.restartPolicy !== void 0) {
      if (typeof data.restartPolicy !== "string") {
        const err4 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_b7c2253a.errors = vErrors;
  return errors === 0;
}
function v_b9c2799c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err2 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_b9c2799c.errors = vErrors;
  return errors === 0;
}
function v_bad07ae3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    if (data.uid === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" }, message: "must have required property 'uid'" };
      (vErrors ??= []).push(err3);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "blockOwnerDeletion" || key0 === "controller" || key0 === "kind" || key0 === "name" || key0 === "uid")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.blockOwnerDeletion !== void 0) {
      if (typeof data.blockOwnerDeletion !== "boolean") {
        const err6 = { instancePath: instancePath + "/blockOwnerDeletion", schemaPath: "#/properties/blockOwnerDeletion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.controller !== void 0) {
      if (typeof data.controller !== "boolean") {
        const err7 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err10 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_bad07ae3.errors = vErrors;
  return errors === 0;
}
function v_baf96a6b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "conditions" || key0 === "loadBalancer")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data0 = data.conditions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_13278f0f(data0[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_13278f0f.errors;
            else for (const e of v_13278f0f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.loadBalancer !== void 0) {
      if (!v_610f11fa(data.loadBalancer, { instancePath: instancePath + "/loadBalancer", parentData: data, parentDataProperty: "loadBalancer", rootData })) {
        if (vErrors === null) vErrors = v_610f11fa.errors;
        else for (const e of v_610f11fa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_baf96a6b.errors = vErrors;
  return errors === 0;
}
function v_bb0d68fd(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "effect" || key0 === "key" || key0 === "operator" || key0 === "tolerationSeconds" || key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.effect !== void 0) {
      if (typeof data.effect !== "string") {
        const err1 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.operator !== void 0) {
      if (typeof data.operator !== "string") {
        const err3 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.tolerationSeconds !== void 0) {
      let data3 = data.tolerationSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err4 = { instancePath: instancePath + "/tolerationSeconds", schemaPath: "#/properties/tolerationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_bb0d68fd.errors = vErrors;
  return errors === 0;
}
function v_bc2c12c4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumePath === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumePath" }, message: "must have required property 'volumePath'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "storagePolicyID" || key0 === "storagePolicyName" || key0 === "volumePath")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.storagePolicyID !== void 0) {
      if (typeof data.storagePolicyID !== "string") {
        const err3 = { instancePath: instancePath + "/storagePolicyID", schemaPath: "#/properties/storagePolicyID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.storagePolicyName !== void 0) {
      if (typeof data.storagePolicyName !== "string") {
        const err4 = { instancePath: instancePath + "/storagePolicyName", schemaPath: "#/properties/storagePolicyName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.volumePath !== void 0) {
      if (typeof data.volumePath !== "string") {
        const err5 = { instancePath: instancePath + "/volumePath", schemaPath: "#/properties/volumePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_bc2c12c4.errors = vErrors;
  return errors === 0;
}
function v_bf605fd4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fieldPath === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fieldPath" }, message: "must have required property 'fieldPath'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldPath")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fieldPath !== void 0) {
      if (typeof data.fieldPath !== "string") {
        const err3 = { instancePath: instancePath + "/fieldPath", schemaPath: "#/properties/fieldPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_bf605fd4.errors = vErrors;
  return errors === 0;
}
function v_c183d978(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.mountPath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mountPath" || key0 === "name" || key0 === "readOnly" || key0 === "recursiveReadOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.mountPath !== void 0) {
      if (typeof data.mountPath !== "string") {
        const err3 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.recursiveReadOnly !== void 0) {
      if (typeof data.recursiveReadOnly !== "string") {
        const err6 = { instancePath: instancePath + "/recursiveReadOnly", schemaPath: "#/properties/recursiveReadOnly/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_c183d978.errors = vErrors;
  return errors === 0;
}
function v_c9475715(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "startedAt")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.startedAt !== void 0) {
      if (!v_339502d3(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_c9475715.errors = vErrors;
  return errors === 0;
}
function v_c9d0fd58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registry === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" }, message: "must have required property 'registry'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.volume === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volume" }, message: "must have required property 'volume'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "group" || key0 === "readOnly" || key0 === "registry" || key0 === "tenant" || key0 === "user" || key0 === "volume")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.group !== void 0) {
      if (typeof data.group !== "string") {
        const err3 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.registry !== void 0) {
      if (typeof data.registry !== "string") {
        const err5 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      if (typeof data.tenant !== "string") {
        const err6 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.volume !== void 0) {
      if (typeof data.volume !== "string") {
        const err8 = { instancePath: instancePath + "/volume", schemaPath: "#/properties/volume/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_c9d0fd58.errors = vErrors;
  return errors === 0;
}
function v_caaa0504(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "status" || key0 === "targetVolumeAttributesClassName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.targetVolumeAttributesClassName !== void 0) {
      if (typeof data.targetVolumeAttributesClassName !== "string") {
        const err3 = { instancePath: instancePath + "/targetVolumeAttributesClassName", schemaPath: "#/properties/targetVolumeAttributesClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_caaa0504.errors = vErrors;
  return errors === 0;
}
function v_cb3b6ab1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "port")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err2 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.port !== void 0) {
      if (!v_4dff6bf4(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_cb3b6ab1.errors = vErrors;
  return errors === 0;
}
function v_cf62b7a5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.seconds === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seconds" }, message: "must have required property 'seconds'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "seconds")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.seconds !== void 0) {
      let data0 = data.seconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/seconds", schemaPath: "#/properties/seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_cf62b7a5.errors = vErrors;
  return errors === 0;
}
function v_d079ae69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxUnavailable" || key0 === "partition")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.maxUnavailable !== void 0) {
      if (!v_4dff6bf4(data.maxUnavailable, { instancePath: instancePath + "/maxUnavailable", parentData: data, parentDataProperty: "maxUnavailable", rootData })) {
        if (vErrors === null) vErrors = v_4dff6bf4.errors;
        else for (const e of v_4dff6bf4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.partition !== void 0) {
      let data1 = data.partition;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err1 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_d079ae69.errors = vErrors;
  return errors === 0;
}
function v_d4342bfa(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_e0a8cd55ad.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.accessModes !== void 0) {
      let data0 = data.accessModes;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/accessModes/" + i0, schemaPath: "#/properties/accessModes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/accessModes", schemaPath: "#/properties/accessModes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.dataSource !== void 0) {
      if (!v_9a63df2b(data.dataSource, { instancePath: instancePath + "/dataSource", parentData: data, parentDataProperty: "dataSource", rootData })) {
        if (vErrors === null) vErrors = v_9a63df2b.errors;
        else for (const e of v_9a63df2b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.dataSourceRef !== void 0) {
      if (!v_8f22d31a(data.dataSourceRef, { instancePath: instancePath + "/dataSourceRef", parentData: data, parentDataProperty: "dataSourceRef", rootData })) {
        if (vErrors === null) vErrors = v_8f22d31a.errors;
        else for (const e of v_8f22d31a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.resources !== void 0) {
      if (!v_51169257(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = v_51169257.errors;
        else for (const e of v_51169257.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.selector !== void 0) {
      if (!v_54659cb7(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.storageClassName !== void 0) {
      if (typeof data.storageClassName !== "string") {
        const err3 = { instancePath: instancePath + "/storageClassName", schemaPath: "#/properties/storageClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.volumeAttributesClassName !== void 0) {
      if (typeof data.volumeAttributesClassName !== "string") {
        const err4 = { instancePath: instancePath + "/volumeAttributesClassName", schemaPath: "#/properties/volumeAttributesClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.volumeMode !== void 0) {
      if (typeof data.volumeMode !== "string") {
        const err5 = { instancePath: instancePath + "/volumeMode", schemaPath: "#/properties/volumeMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err6 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_d4342bfa.errors = vErrors;
  return errors === 0;
}
function v_d9f846a6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "add" || key0 === "drop")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.add !== void 0) {
      let data0 = data.add;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/add/" + i0, schemaPath: "#/properties/add/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/add", schemaPath: "#/properties/add/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.drop !== void 0) {
      let data2 = data.drop;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err3 = { instancePath: instancePath + "/drop/" + i1, schemaPath: "#/properties/drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err3);
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/drop", schemaPath: "#/properties/drop/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_d9f846a6.errors = vErrors;
  return errors === 0;
}
function v_dc9c7a08(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeName" || key0 === "volumeNamespace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err1 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err2 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_b4c659d8(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_b4c659d8.errors;
        else for (const e of v_b4c659d8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err3 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.volumeNamespace !== void 0) {
      if (typeof data.volumeNamespace !== "string") {
        const err4 = { instancePath: instancePath + "/volumeNamespace", schemaPath: "#/properties/volumeNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_dc9c7a08.errors = vErrors;
  return errors === 0;
}
function v_dccd7bb3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.image === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "image" || key0 === "keyring" || key0 === "monitors" || key0 === "pool" || key0 === "readOnly" || key0 === "secretRef" || key0 === "user")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err4 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.keyring !== void 0) {
      if (typeof data.keyring !== "string") {
        const err5 = { instancePath: instancePath + "/keyring", schemaPath: "#/properties/keyring/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data3 = data.monitors;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err6 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.pool !== void 0) {
      if (typeof data.pool !== "string") {
        const err8 = { instancePath: instancePath + "/pool", schemaPath: "#/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err9 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err10 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_dccd7bb3.errors = vErrors;
  return errors === 0;
}
function v_dd19c72e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "monitors" || key0 === "path" || key0 === "readOnly" || key0 === "secretFile" || key0 === "secretRef" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data0 = data.monitors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.secretFile !== void 0) {
      if (typeof data.secretFile !== "string") {
        const err6 = { instancePath: instancePath + "/secretFile", schemaPath: "#/properties/secretFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      if (typeof data.user !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_dd19c72e.errors = vErrors;
  return errors === 0;
}
function v_ddbfea1b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resource === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerName" || key0 === "divisor" || key0 === "resource")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.containerName !== void 0) {
      if (typeof data.containerName !== "string") {
        const err2 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.divisor !== void 0) {
      if (!v_7b6c4ca3(data.divisor, { instancePath: instancePath + "/divisor", parentData: data, parentDataProperty: "divisor", rootData })) {
        if (vErrors === null) vErrors = v_7b6c4ca3.errors;
        else for (const e of v_7b6c4ca3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.resource !== void 0) {
      if (typeof data.resource !== "string") {
        const err3 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_ddbfea1b.errors = vErrors;
  return errors === 0;
}
function v_debb40cc(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "start")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_debb40cc.errors = vErrors;
  return errors === 0;
}
function v_dec8c3e3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldsType" || key0 === "fieldsV1" || key0 === "manager" || key0 === "operation" || key0 === "subresource" || key0 === "time")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fieldsType !== void 0) {
      if (typeof data.fieldsType !== "string") {
        const err2 = { instancePath: instancePath + "/fieldsType", schemaPath: "#/properties/fieldsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.fieldsV1 !== void 0) {
      if (!v_4fad4b1c(data.fieldsV1, { instancePath: instancePath + "/fieldsV1", parentData: data, parentDataProperty: "fieldsV1", rootData })) {
        if (vErrors === null) vErrors = v_4fad4b1c.errors;
        else for (const e of v_4fad4b1c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.manager !== void 0) {
      if (typeof data.manager !== "string") {
        const err3 = { instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.operation !== void 0) {
      if (typeof data.operation !== "string") {
        const err4 = { instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.subresource !== void 0) {
      if (typeof data.subresource !== "string") {
        const err5 = { instancePath: instancePath + "/subresource", schemaPath: "#/properties/subresource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.time !== void 0) {
      if (!v_339502d3(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_dec8c3e3.errors = vErrors;
  return errors === 0;
}
function v_e2080fbc(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provisioner === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provisioner" }, message: "must have required property 'provisioner'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_8170b94b9b.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.allowVolumeExpansion !== void 0) {
      if (typeof data.allowVolumeExpansion !== "boolean") {
        const err2 = { instancePath: instancePath + "/allowVolumeExpansion", schemaPath: "#/properties/allowVolumeExpansion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.allowedTopologies !== void 0) {
      let data1 = data.allowedTopologies;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_573c9bb0(data1[i0], { instancePath: instancePath + "/allowedTopologies/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_573c9bb0.errors;
            else for (const e of v_573c9bb0.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/allowedTopologies", schemaPath: "#/properties/allowedTopologies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.mountOptions !== void 0) {
      let data6 = data.mountOptions;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== "string") {
            const err6 = { instancePath: instancePath + "/mountOptions/" + i1, schemaPath: "#/properties/mountOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/mountOptions", schemaPath: "#/properties/mountOptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data8 = data.parameters;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (typeof data8[key1] !== "string") {
            const err8 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err8);
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.provisioner !== void 0) {
      if (typeof data.provisioner !== "string") {
        const err10 = { instancePath: instancePath + "/provisioner", schemaPath: "#/properties/provisioner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.reclaimPolicy !== void 0) {
      if (typeof data.reclaimPolicy !== "string") {
        const err11 = { instancePath: instancePath + "/reclaimPolicy", schemaPath: "#/properties/reclaimPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.volumeBindingMode !== void 0) {
      if (typeof data.volumeBindingMode !== "string") {
        const err12 = { instancePath: instancePath + "/volumeBindingMode", schemaPath: "#/properties/volumeBindingMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err13);
    errors++;
  }
  v_e2080fbc.errors = vErrors;
  return errors === 0;
}
function v_e2291fa8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "command")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_e2291fa8.errors = vErrors;
  return errors === 0;
}
function v_e260b11b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "audience" || key0 === "expirationSeconds" || key0 === "path")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.audience !== void 0) {
      if (typeof data.audience !== "string") {
        const err2 = { instancePath: instancePath + "/audience", schemaPath: "#/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.expirationSeconds !== void 0) {
      let data1 = data.expirationSeconds;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/expirationSeconds", schemaPath: "#/properties/expirationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_e260b11b.errors = vErrors;
  return errors === 0;
}
function v_e33c7ce8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "gmsaCredentialSpec" || key0 === "gmsaCredentialSpecName" || key0 === "hostProcess" || key0 === "runAsUserName")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.gmsaCredentialSpec !== void 0) {
      if (typeof data.gmsaCredentialSpec !== "string") {
        const err1 = { instancePath: instancePath + "/gmsaCredentialSpec", schemaPath: "#/properties/gmsaCredentialSpec/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.gmsaCredentialSpecName !== void 0) {
      if (typeof data.gmsaCredentialSpecName !== "string") {
        const err2 = { instancePath: instancePath + "/gmsaCredentialSpecName", schemaPath: "#/properties/gmsaCredentialSpecName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.hostProcess !== void 0) {
      if (typeof data.hostProcess !== "boolean") {
        const err3 = { instancePath: instancePath + "/hostProcess", schemaPath: "#/properties/hostProcess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.runAsUserName !== void 0) {
      if (typeof data.runAsUserName !== "string") {
        const err4 = { instancePath: instancePath + "/runAsUserName", schemaPath: "#/properties/runAsUserName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_e33c7ce8.errors = vErrors;
  return errors === 0;
}
function v_e394767e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targetPortal === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPortal" }, message: "must have required property 'targetPortal'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.iqn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iqn" }, message: "must have required property 'iqn'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.lun === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lun" }, message: "must have required property 'lun'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_0d93fed9bb.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.chapAuthDiscovery !== void 0) {
      if (typeof data.chapAuthDiscovery !== "boolean") {
        const err4 = { instancePath: instancePath + "/chapAuthDiscovery", schemaPath: "#/properties/chapAuthDiscovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.chapAuthSession !== void 0) {
      if (typeof data.chapAuthSession !== "boolean") {
        const err5 = { instancePath: instancePath + "/chapAuthSession", schemaPath: "#/properties/chapAuthSession/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err6 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.initiatorName !== void 0) {
      if (typeof data.initiatorName !== "string") {
        const err7 = { instancePath: instancePath + "/initiatorName", schemaPath: "#/properties/initiatorName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.iqn !== void 0) {
      if (typeof data.iqn !== "string") {
        const err8 = { instancePath: instancePath + "/iqn", schemaPath: "#/properties/iqn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.iscsiInterface !== void 0) {
      if (typeof data.iscsiInterface !== "string") {
        const err9 = { instancePath: instancePath + "/iscsiInterface", schemaPath: "#/properties/iscsiInterface/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.lun !== void 0) {
      let data6 = data.lun;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err10 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err10);
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err11 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err11);
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err12);
          errors++;
        }
      }
    }
    if (data.portals !== void 0) {
      let data7 = data.portals;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data7[i0] !== "string") {
            const err13 = { instancePath: instancePath + "/portals/" + i0, schemaPath: "#/properties/portals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err13);
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/portals", schemaPath: "#/properties/portals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err15 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.targetPortal !== void 0) {
      if (typeof data.targetPortal !== "string") {
        const err16 = { instancePath: instancePath + "/targetPortal", schemaPath: "#/properties/targetPortal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err17);
    errors++;
  }
  v_e394767e.errors = vErrors;
  return errors === 0;
}
function v_e453eb9c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_e453eb9c.errors = vErrors;
  return errors === 0;
}
function v_e7445531(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "linux")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.linux !== void 0) {
      if (!v_aa37d9bf(data.linux, { instancePath: instancePath + "/linux", parentData: data, parentDataProperty: "linux", rootData })) {
        if (vErrors === null) vErrors = v_aa37d9bf.errors;
        else for (const e of v_aa37d9bf.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_e7445531.errors = vErrors;
  return errors === 0;
}
function v_e9cb98e2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeName" || key0 === "volumeNamespace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err1 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err2 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_00a87946(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_00a87946.errors;
        else for (const e of v_00a87946.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err3 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.volumeNamespace !== void 0) {
      if (typeof data.volumeNamespace !== "string") {
        const err4 = { instancePath: instancePath + "/volumeNamespace", schemaPath: "#/properties/volumeNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_e9cb98e2.errors = vErrors;
  return errors === 0;
}
function v_eab6b4cd(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.preference === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" }, message: "must have required property 'preference'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "preference" || key0 === "weight")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.preference !== void 0) {
      if (!v_af0b0abe(data.preference, { instancePath: instancePath + "/preference", parentData: data, parentDataProperty: "preference", rootData })) {
        if (vErrors === null) vErrors = v_af0b0abe.errors;
        else for (const e of v_af0b0abe.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_eab6b4cd.errors = vErrors;
  return errors === 0;
}
function v_eb7142d8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fieldRef" || key0 === "mode" || key0 === "path" || key0 === "resourceFieldRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fieldRef !== void 0) {
      if (!v_bf605fd4(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData })) {
        if (vErrors === null) vErrors = v_bf605fd4.errors;
        else for (const e of v_bf605fd4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.resourceFieldRef !== void 0) {
      if (!v_ddbfea1b(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData })) {
        if (vErrors === null) vErrors = v_ddbfea1b.errors;
        else for (const e of v_ddbfea1b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_eb7142d8.errors = vErrors;
  return errors === 0;
}
function v_ebb76f30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_2cea04cace.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data0 = data.annotations;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err1 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.creationTimestamp !== void 0) {
      if (!v_339502d3(data.creationTimestamp, { instancePath: instancePath + "/creationTimestamp", parentData: data, parentDataProperty: "creationTimestamp", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.deletionGracePeriodSeconds !== void 0) {
      let data3 = data.deletionGracePeriodSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err3 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.deletionTimestamp !== void 0) {
      if (!v_339502d3(data.deletionTimestamp, { instancePath: instancePath + "/deletionTimestamp", parentData: data, parentDataProperty: "deletionTimestamp", rootData })) {
        if (vErrors === null) vErrors = v_339502d3.errors;
        else for (const e of v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.finalizers !== void 0) {
      let data5 = data.finalizers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/finalizers/" + i0, schemaPath: "#/properties/finalizers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.generateName !== void 0) {
      if (typeof data.generateName !== "string") {
        const err6 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data8 = data.generation;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err7 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data9 = data.labels;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (typeof data9[key2] !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err8);
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.managedFields !== void 0) {
      let data11 = data.managedFields;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_dec8c3e3(data11[i1], { instancePath: instancePath + "/managedFields/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_dec8c3e3.errors;
            else for (const e of v_dec8c3e3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err12 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      let data15 = data.ownerReferences;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!v_bad07ae3(data15[i2], { instancePath: instancePath + "/ownerReferences/" + i2, parentData: data15, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_bad07ae3.errors;
            else for (const e of v_bad07ae3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err14 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      if (typeof data.selfLink !== "string") {
        const err15 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err16 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err17);
    errors++;
  }
  v_ebb76f30.errors = vErrors;
  return errors === 0;
}
function v_ec9c72de(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ip === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ip")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err2 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_ec9c72de.errors = vErrors;
  return errors === 0;
}
function v_ee10625a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "namespace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err2 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_ee10625a.errors = vErrors;
  return errors === 0;
}
function v_f13cd1d5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!v_ebb76f30(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = v_ebb76f30.errors;
        else for (const e of v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_7dc68e2a(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_7dc68e2a.errors;
        else for (const e of v_7dc68e2a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_baf96a6b(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_baf96a6b.errors;
        else for (const e of v_baf96a6b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_f13cd1d5.errors = vErrors;
  return errors === 0;
}
function v_f4c1e89e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nodeAffinity" || key0 === "podAffinity" || key0 === "podAntiAffinity")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.nodeAffinity !== void 0) {
      if (!v_45d6cb0d(data.nodeAffinity, { instancePath: instancePath + "/nodeAffinity", parentData: data, parentDataProperty: "nodeAffinity", rootData })) {
        if (vErrors === null) vErrors = v_45d6cb0d.errors;
        else for (const e of v_45d6cb0d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.podAffinity !== void 0) {
      if (!v_b5cd8e78(data.podAffinity, { instancePath: instancePath + "/podAffinity", parentData: data, parentDataProperty: "podAffinity", rootData })) {
        if (vErrors === null) vErrors = v_b5cd8e78.errors;
        else for (const e of v_b5cd8e78.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.podAntiAffinity !== void 0) {
      if (!v_29ab38fe(data.podAntiAffinity, { instancePath: instancePath + "/podAntiAffinity", parentData: data, parentDataProperty: "podAntiAffinity", rootData })) {
        if (vErrors === null) vErrors = v_29ab38fe.errors;
        else for (const e of v_29ab38fe.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_f4c1e89e.errors = vErrors;
  return errors === 0;
}
function v_f513c4f0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func_191f75b36e.call(schema_50bba6eaed.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.exec !== void 0) {
      if (!v_e2291fa8(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        if (vErrors === null) vErrors = v_e2291fa8.errors;
        else for (const e of v_e2291fa8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.failureThreshold !== void 0) {
      let data1 = data.failureThreshold;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err1 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err2);
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err3);
          errors++;
        }
      }
    }
    if (data.grpc !== void 0) {
      if (!v_7998eb1f(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        if (vErrors === null) vErrors = v_7998eb1f.errors;
        else for (const e of v_7998eb1f.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.httpGet !== void 0) {
      if (!v_72fd6744(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        if (vErrors === null) vErrors = v_72fd6744.errors;
        else for (const e of v_72fd6744.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.initialDelaySeconds !== void 0) {
      let data4 = data.initialDelaySeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err4 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err5 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err5);
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err6);
          errors++;
        }
      }
    }
    if (data.periodSeconds !== void 0) {
      let data5 = data.periodSeconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err7 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err8 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err8);
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err9 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err9);
          errors++;
        }
      }
    }
    if (data.successThreshold !== void 0) {
      let data6 = data.successThreshold;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err10 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err10);
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err11 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err11);
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err12);
          errors++;
        }
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!v_cb3b6ab1(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        if (vErrors === null) vErrors = v_cb3b6ab1.errors;
        else for (const e of v_cb3b6ab1.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data8 = data.terminationGracePeriodSeconds;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err13 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data9 = data.timeoutSeconds;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
        const err14 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err14);
        errors++;
      }
      if (typeof data9 == "number") {
        if (data9 > 2147483647 || isNaN(data9)) {
          const err15 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err15);
          errors++;
        }
        if (data9 < -2147483648 || isNaN(data9)) {
          const err16 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err16);
          errors++;
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err17);
    errors++;
  }
  v_f513c4f0.errors = vErrors;
  return errors === 0;
}
function v_f7df40f8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "name" || key0 === "optional" || key0 === "path" || key0 === "signerName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!v_54659cb7(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        if (vErrors === null) vErrors = v_54659cb7.errors;
        else for (const e of v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.optional !== void 0) {
      if (typeof data.optional !== "boolean") {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.signerName !== void 0) {
      if (typeof data.signerName !== "string") {
        const err5 = { instancePath: instancePath + "/signerName", schemaPath: "#/properties/signerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_f7df40f8.errors = vErrors;
  return errors === 0;
}
function v_f9983dd3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" }, message: "must have required property 'endpoints'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "endpoints" || key0 === "endpointsNamespace" || key0 === "path" || key0 === "readOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      if (typeof data.endpoints !== "string") {
        const err3 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.endpointsNamespace !== void 0) {
      if (typeof data.endpointsNamespace !== "string") {
        const err4 = { instancePath: instancePath + "/endpointsNamespace", schemaPath: "#/properties/endpointsNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_f9983dd3.errors = vErrors;
  return errors === 0;
}
function v_fb6f5e57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "required")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (!v_39854681(data.required, { instancePath: instancePath + "/required", parentData: data, parentDataProperty: "required", rootData })) {
        if (vErrors === null) vErrors = v_39854681.errors;
        else for (const e of v_39854681.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_fb6f5e57.errors = vErrors;
  return errors === 0;
}
function v_fb715ec4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!v_ee10625a(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        if (vErrors === null) vErrors = v_ee10625a.errors;
        else for (const e of v_ee10625a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeID !== void 0) {
      if (typeof data.volumeID !== "string") {
        const err4 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_fb715ec4.errors = vErrors;
  return errors === 0;
}
function v_fd3b4b10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nameservers" || key0 === "options" || key0 === "searches")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.nameservers !== void 0) {
      let data0 = data.nameservers;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/nameservers/" + i0, schemaPath: "#/properties/nameservers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/nameservers", schemaPath: "#/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data2 = data.options;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_7ed91b99(data2[i1], { instancePath: instancePath + "/options/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_7ed91b99.errors;
            else for (const e of v_7ed91b99.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.searches !== void 0) {
      let data4 = data.searches;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== "string") {
            const err4 = { instancePath: instancePath + "/searches/" + i2, schemaPath: "#/properties/searches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/searches", schemaPath: "#/properties/searches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err6);
    errors++;
  }
  v_fd3b4b10.errors = vErrors;
  return errors === 0;
}
function v_fe0471fa(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pdID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdID" }, message: "must have required property 'pdID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "pdID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      if (typeof data.fsType !== "string") {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.pdID !== void 0) {
      if (typeof data.pdID !== "string") {
        const err3 = { instancePath: instancePath + "/pdID", schemaPath: "#/properties/pdID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_fe0471fa.errors = vErrors;
  return errors === 0;
}
