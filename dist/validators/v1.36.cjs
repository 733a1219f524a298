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
var v1_36_exports = {};
__export(v1_36_exports, {
  PersistentVolume: () => import_common.v_1be109ac,
  PersistentVolumeClaim: () => import_common.v_2b959320,
  Pod: () => v_8a5e8894,
  PodDisruptionBudget: () => v_a45fb867,
  Service: () => import_common.v_f13cd1d5,
  StatefulSet: () => v_5ab63cb5,
  StorageClass: () => import_common.v_e2080fbc
});
module.exports = __toCommonJS(v1_36_exports);
var import_common = require("./common.cjs");
const schema_18ddcae61e = { "properties": { "args": 0, "command": 0, "env": 0, "envFrom": 0, "image": 0, "imagePullPolicy": 0, "lifecycle": 0, "livenessProbe": 0, "name": 0, "ports": 0, "readinessProbe": 0, "resizePolicy": 0, "resources": 0, "restartPolicy": 0, "restartPolicyRules": 0, "securityContext": 0, "startupProbe": 0, "stdin": 0, "stdinOnce": 0, "terminationMessagePath": 0, "terminationMessagePolicy": 0, "tty": 0, "volumeDevices": 0, "volumeMounts": 0, "workingDir": 0 } };
const schema_3051e66840 = { "properties": { "allocatedResources": 0, "conditions": 0, "containerStatuses": 0, "ephemeralContainerStatuses": 0, "extendedResourceClaimStatus": 0, "hostIP": 0, "hostIPs": 0, "initContainerStatuses": 0, "message": 0, "nodeAllocatableResourceClaimStatuses": 0, "nominatedNodeName": 0, "observedGeneration": 0, "phase": 0, "podIP": 0, "podIPs": 0, "qosClass": 0, "reason": 0, "resize": 0, "resourceClaimStatuses": 0, "resources": 0, "startTime": 0 } };
const schema_355a71a159 = { "properties": { "awsElasticBlockStore": 0, "azureDisk": 0, "azureFile": 0, "cephfs": 0, "cinder": 0, "configMap": 0, "csi": 0, "downwardAPI": 0, "emptyDir": 0, "ephemeral": 0, "fc": 0, "flexVolume": 0, "flocker": 0, "gcePersistentDisk": 0, "gitRepo": 0, "glusterfs": 0, "hostPath": 0, "image": 0, "iscsi": 0, "name": 0, "nfs": 0, "persistentVolumeClaim": 0, "photonPersistentDisk": 0, "portworxVolume": 0, "projected": 0, "quobyte": 0, "rbd": 0, "scaleIO": 0, "secret": 0, "storageos": 0, "vsphereVolume": 0 } };
const schema_94954b0691 = { "properties": { "allocatedResources": 0, "allocatedResourcesStatus": 0, "containerID": 0, "image": 0, "imageID": 0, "lastState": 0, "name": 0, "ready": 0, "resources": 0, "restartCount": 0, "started": 0, "state": 0, "stopSignal": 0, "user": 0, "volumeMounts": 0 } };
const schema_a38436d46c = { "properties": { "minReadySeconds": 0, "ordinals": 0, "persistentVolumeClaimRetentionPolicy": 0, "podManagementPolicy": 0, "replicas": 0, "revisionHistoryLimit": 0, "selector": 0, "serviceName": 0, "template": 0, "updateStrategy": 0, "volumeClaimTemplates": 0 } };
const schema_aa6b84ff3b = { "properties": { "activeDeadlineSeconds": 0, "affinity": 0, "automountServiceAccountToken": 0, "containers": 0, "dnsConfig": 0, "dnsPolicy": 0, "enableServiceLinks": 0, "ephemeralContainers": 0, "hostAliases": 0, "hostIPC": 0, "hostNetwork": 0, "hostPID": 0, "hostUsers": 0, "hostname": 0, "hostnameOverride": 0, "imagePullSecrets": 0, "initContainers": 0, "nodeName": 0, "nodeSelector": 0, "os": 0, "overhead": 0, "preemptionPolicy": 0, "priority": 0, "priorityClassName": 0, "readinessGates": 0, "resourceClaims": 0, "resources": 0, "restartPolicy": 0, "runtimeClassName": 0, "schedulerName": 0, "schedulingGates": 0, "schedulingGroup": 0, "securityContext": 0, "serviceAccount": 0, "serviceAccountName": 0, "setHostnameAsFQDN": 0, "shareProcessNamespace": 0, "subdomain": 0, "terminationGracePeriodSeconds": 0, "tolerations": 0, "topologySpreadConstraints": 0, "volumes": 0 } };
const schema_b7f154828c = { "properties": { "appArmorProfile": 0, "fsGroup": 0, "fsGroupChangePolicy": 0, "runAsGroup": 0, "runAsNonRoot": 0, "runAsUser": 0, "seLinuxChangePolicy": 0, "seLinuxOptions": 0, "seccompProfile": 0, "supplementalGroups": 0, "supplementalGroupsPolicy": 0, "sysctls": 0, "windowsOptions": 0 } };
const schema_bfe43301ad = { "properties": { "args": 0, "command": 0, "env": 0, "envFrom": 0, "image": 0, "imagePullPolicy": 0, "lifecycle": 0, "livenessProbe": 0, "name": 0, "ports": 0, "readinessProbe": 0, "resizePolicy": 0, "resources": 0, "restartPolicy": 0, "restartPolicyRules": 0, "securityContext": 0, "startupProbe": 0, "stdin": 0, "stdinOnce": 0, "targetContainerName": 0, "terminationMessagePath": 0, "terminationMessagePolicy": 0, "tty": 0, "volumeDevices": 0, "volumeMounts": 0, "workingDir": 0 } };
function v_03d0a641(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "podGroupName")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.podGroupName !== void 0) {
      if (typeof data.podGroupName !== "string") {
        const err1 = { instancePath: instancePath + "/podGroupName", schemaPath: "#/properties/podGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_03d0a641.errors = vErrors;
  return errors === 0;
}
function v_05c42654(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.action === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "action" || key0 === "exitCodes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.action !== void 0) {
      if (typeof data.action !== "string") {
        const err2 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.exitCodes !== void 0) {
      if (!v_a6494757(data.exitCodes, { instancePath: instancePath + "/exitCodes", parentData: data, parentDataProperty: "exitCodes", rootData })) {
        if (vErrors === null) vErrors = v_a6494757.errors;
        else for (const e of v_a6494757.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_05c42654.errors = vErrors;
  return errors === 0;
}
function v_118fb692(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clusterTrustBundle" || key0 === "configMap" || key0 === "downwardAPI" || key0 === "podCertificate" || key0 === "secret" || key0 === "serviceAccountToken")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.clusterTrustBundle !== void 0) {
      if (!(0, import_common.v_f7df40f8)(data.clusterTrustBundle, { instancePath: instancePath + "/clusterTrustBundle", parentData: data, parentDataProperty: "clusterTrustBundle", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f7df40f8.errors;
        else for (const e of import_common.v_f7df40f8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.configMap !== void 0) {
      if (!(0, import_common.v_6b63e0bf)(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6b63e0bf.errors;
        else for (const e of import_common.v_6b63e0bf.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.downwardAPI !== void 0) {
      if (!(0, import_common.v_479dc9f4)(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData })) {
        if (vErrors === null) vErrors = import_common.v_479dc9f4.errors;
        else for (const e of import_common.v_479dc9f4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.podCertificate !== void 0) {
      if (!v_b068236b(data.podCertificate, { instancePath: instancePath + "/podCertificate", parentData: data, parentDataProperty: "podCertificate", rootData })) {
        if (vErrors === null) vErrors = v_b068236b.errors;
        else for (const e of v_b068236b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!(0, import_common.v_abfc5d3c)(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        if (vErrors === null) vErrors = import_common.v_abfc5d3c.errors;
        else for (const e of import_common.v_abfc5d3c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccountToken !== void 0) {
      if (!(0, import_common.v_e260b11b)(data.serviceAccountToken, { instancePath: instancePath + "/serviceAccountToken", parentData: data, parentDataProperty: "serviceAccountToken", rootData })) {
        if (vErrors === null) vErrors = import_common.v_e260b11b.errors;
        else for (const e of import_common.v_e260b11b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_118fb692.errors = vErrors;
  return errors === 0;
}
function v_12fe5d9c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resourceClaimName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceClaimName" }, message: "must have required property 'resourceClaimName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.resources === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containers" || key0 === "resourceClaimName" || key0 === "resources")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.containers !== void 0) {
      let data0 = data.containers;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/containers/" + i0, schemaPath: "#/properties/containers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err3);
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      if (typeof data.resourceClaimName !== "string") {
        const err5 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data3 = data.resources;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(0, import_common.v_7b6c4ca3)(data3[key1], { instancePath: instancePath + "/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_12fe5d9c.errors = vErrors;
  return errors === 0;
}
function v_22710023(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.selector === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.template === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_a38436d46c.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.minReadySeconds !== void 0) {
      let data0 = data.minReadySeconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err4);
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err5);
          errors++;
        }
      }
    }
    if (data.ordinals !== void 0) {
      if (!(0, import_common.v_debb40cc)(data.ordinals, { instancePath: instancePath + "/ordinals", parentData: data, parentDataProperty: "ordinals", rootData })) {
        if (vErrors === null) vErrors = import_common.v_debb40cc.errors;
        else for (const e of import_common.v_debb40cc.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.persistentVolumeClaimRetentionPolicy !== void 0) {
      if (!(0, import_common.v_7d18633c)(data.persistentVolumeClaimRetentionPolicy, { instancePath: instancePath + "/persistentVolumeClaimRetentionPolicy", parentData: data, parentDataProperty: "persistentVolumeClaimRetentionPolicy", rootData })) {
        if (vErrors === null) vErrors = import_common.v_7d18633c.errors;
        else for (const e of import_common.v_7d18633c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.podManagementPolicy !== void 0) {
      if (typeof data.podManagementPolicy !== "string") {
        const err6 = { instancePath: instancePath + "/podManagementPolicy", schemaPath: "#/properties/podManagementPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data4 = data.replicas;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err7 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err8);
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err9);
          errors++;
        }
      }
    }
    if (data.revisionHistoryLimit !== void 0) {
      let data5 = data.revisionHistoryLimit;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err10 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err10);
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err11);
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err12 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err12);
          errors++;
        }
      }
    }
    if (data.selector !== void 0) {
      if (!(0, import_common.v_54659cb7)(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData })) {
        if (vErrors === null) vErrors = import_common.v_54659cb7.errors;
        else for (const e of import_common.v_54659cb7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.serviceName !== void 0) {
      if (typeof data.serviceName !== "string") {
        const err13 = { instancePath: instancePath + "/serviceName", schemaPath: "#/properties/serviceName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.template !== void 0) {
      if (!v_38ed9f12(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        if (vErrors === null) vErrors = v_38ed9f12.errors;
        else for (const e of v_38ed9f12.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.updateStrategy !== void 0) {
      if (!(0, import_common.v_842af6e7)(data.updateStrategy, { instancePath: instancePath + "/updateStrategy", parentData: data, parentDataProperty: "updateStrategy", rootData })) {
        if (vErrors === null) vErrors = import_common.v_842af6e7.errors;
        else for (const e of import_common.v_842af6e7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeClaimTemplates !== void 0) {
      let data10 = data.volumeClaimTemplates;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!(0, import_common.v_2b959320)(data10[i0], { instancePath: instancePath + "/volumeClaimTemplates/" + i0, parentData: data10, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = import_common.v_2b959320.errors;
            else for (const e of import_common.v_2b959320.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/volumeClaimTemplates", schemaPath: "#/properties/volumeClaimTemplates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err15);
    errors++;
  }
  v_22710023.errors = vErrors;
  return errors === 0;
}
function v_2d09d558(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requestMappings === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestMappings" }, message: "must have required property 'requestMappings'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.resourceClaimName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceClaimName" }, message: "must have required property 'resourceClaimName'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requestMappings" || key0 === "resourceClaimName")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.requestMappings !== void 0) {
      let data0 = data.requestMappings;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_c84487a0(data0[i0], { instancePath: instancePath + "/requestMappings/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_c84487a0.errors;
            else for (const e of v_c84487a0.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/requestMappings", schemaPath: "#/properties/requestMappings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      if (typeof data.resourceClaimName !== "string") {
        const err4 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_2d09d558.errors = vErrors;
  return errors === 0;
}
function v_37a5c02c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.imageRef === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageRef" }, message: "must have required property 'imageRef'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "imageRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.imageRef !== void 0) {
      if (typeof data.imageRef !== "string") {
        const err2 = { instancePath: instancePath + "/imageRef", schemaPath: "#/properties/imageRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_37a5c02c.errors = vErrors;
  return errors === 0;
}
function v_38ed9f12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!(0, import_common.v_ebb76f30)(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = import_common.v_ebb76f30.errors;
        else for (const e of import_common.v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_f978b7d7(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_f978b7d7.errors;
        else for (const e of v_f978b7d7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_38ed9f12.errors = vErrors;
  return errors === 0;
}
function v_3cb17a45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(key0 === "mountPath" || key0 === "name" || key0 === "readOnly" || key0 === "recursiveReadOnly" || key0 === "volumeStatus")) {
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
    if (data.volumeStatus !== void 0) {
      if (!v_752e12c8(data.volumeStatus, { instancePath: instancePath + "/volumeStatus", parentData: data, parentDataProperty: "volumeStatus", rootData })) {
        if (vErrors === null) vErrors = v_752e12c8.errors;
        else for (const e of v_752e12c8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_3cb17a45.errors = vErrors;
  return errors === 0;
}
function v_499a089c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "resources")) {
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
    if (data.resources !== void 0) {
      let data1 = data.resources;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_6c0f3b5e(data1[i0], { instancePath: instancePath + "/resources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_6c0f3b5e.errors;
            else for (const e of v_6c0f3b5e.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_499a089c.errors = vErrors;
  return errors === 0;
}
function v_5760f397(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_3051e66840.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.allocatedResources !== void 0) {
      let data0 = data.allocatedResources;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(0, import_common.v_7b6c4ca3)(data0[key1], { instancePath: instancePath + "/allocatedResources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/allocatedResources", schemaPath: "#/properties/allocatedResources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data2 = data.conditions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_bc15d985(data2[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_bc15d985.errors;
            else for (const e of v_bc15d985.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.containerStatuses !== void 0) {
      let data4 = data.containerStatuses;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_5f18591f(data4[i1], { instancePath: instancePath + "/containerStatuses/" + i1, parentData: data4, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_5f18591f.errors;
            else for (const e of v_5f18591f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/containerStatuses", schemaPath: "#/properties/containerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.ephemeralContainerStatuses !== void 0) {
      let data6 = data.ephemeralContainerStatuses;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!v_5f18591f(data6[i2], { instancePath: instancePath + "/ephemeralContainerStatuses/" + i2, parentData: data6, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_5f18591f.errors;
            else for (const e of v_5f18591f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/ephemeralContainerStatuses", schemaPath: "#/properties/ephemeralContainerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.extendedResourceClaimStatus !== void 0) {
      if (!v_2d09d558(data.extendedResourceClaimStatus, { instancePath: instancePath + "/extendedResourceClaimStatus", parentData: data, parentDataProperty: "extendedResourceClaimStatus", rootData })) {
        if (vErrors === null) vErrors = v_2d09d558.errors;
        else for (const e of v_2d09d558.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.hostIP !== void 0) {
      if (typeof data.hostIP !== "string") {
        const err5 = { instancePath: instancePath + "/hostIP", schemaPath: "#/properties/hostIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.hostIPs !== void 0) {
      let data10 = data.hostIPs;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!(0, import_common.v_a809202f)(data10[i3], { instancePath: instancePath + "/hostIPs/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = import_common.v_a809202f.errors;
            else for (const e of import_common.v_a809202f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/hostIPs", schemaPath: "#/properties/hostIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.initContainerStatuses !== void 0) {
      let data12 = data.initContainerStatuses;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!v_5f18591f(data12[i4], { instancePath: instancePath + "/initContainerStatuses/" + i4, parentData: data12, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = v_5f18591f.errors;
            else for (const e of v_5f18591f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/initContainerStatuses", schemaPath: "#/properties/initContainerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err8 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.nodeAllocatableResourceClaimStatuses !== void 0) {
      let data15 = data.nodeAllocatableResourceClaimStatuses;
      if (Array.isArray(data15)) {
        const len5 = data15.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!v_12fe5d9c(data15[i5], { instancePath: instancePath + "/nodeAllocatableResourceClaimStatuses/" + i5, parentData: data15, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = v_12fe5d9c.errors;
            else for (const e of v_12fe5d9c.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/nodeAllocatableResourceClaimStatuses", schemaPath: "#/properties/nodeAllocatableResourceClaimStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.nominatedNodeName !== void 0) {
      if (typeof data.nominatedNodeName !== "string") {
        const err10 = { instancePath: instancePath + "/nominatedNodeName", schemaPath: "#/properties/nominatedNodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.observedGeneration !== void 0) {
      let data18 = data.observedGeneration;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err11 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.phase !== void 0) {
      if (typeof data.phase !== "string") {
        const err12 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.podIP !== void 0) {
      if (typeof data.podIP !== "string") {
        const err13 = { instancePath: instancePath + "/podIP", schemaPath: "#/properties/podIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.podIPs !== void 0) {
      let data21 = data.podIPs;
      if (Array.isArray(data21)) {
        const len6 = data21.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!(0, import_common.v_ec9c72de)(data21[i6], { instancePath: instancePath + "/podIPs/" + i6, parentData: data21, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = import_common.v_ec9c72de.errors;
            else for (const e of import_common.v_ec9c72de.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/podIPs", schemaPath: "#/properties/podIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.qosClass !== void 0) {
      if (typeof data.qosClass !== "string") {
        const err15 = { instancePath: instancePath + "/qosClass", schemaPath: "#/properties/qosClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.resize !== void 0) {
      if (typeof data.resize !== "string") {
        const err17 = { instancePath: instancePath + "/resize", schemaPath: "#/properties/resize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.resourceClaimStatuses !== void 0) {
      let data26 = data.resourceClaimStatuses;
      if (Array.isArray(data26)) {
        const len7 = data26.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!(0, import_common.v_460374ee)(data26[i7], { instancePath: instancePath + "/resourceClaimStatuses/" + i7, parentData: data26, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = import_common.v_460374ee.errors;
            else for (const e of import_common.v_460374ee.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/resourceClaimStatuses", schemaPath: "#/properties/resourceClaimStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err18);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!(0, import_common.v_6bd84579)(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6bd84579.errors;
        else for (const e of import_common.v_6bd84579.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.startTime !== void 0) {
      if (!(0, import_common.v_339502d3)(data.startTime, { instancePath: instancePath + "/startTime", parentData: data, parentDataProperty: "startTime", rootData })) {
        if (vErrors === null) vErrors = import_common.v_339502d3.errors;
        else for (const e of import_common.v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err19);
    errors++;
  }
  v_5760f397.errors = vErrors;
  return errors === 0;
}
function v_5ab63cb5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(0, import_common.v_ebb76f30)(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = import_common.v_ebb76f30.errors;
        else for (const e of import_common.v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_22710023(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_22710023.errors;
        else for (const e of v_22710023.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!(0, import_common.v_14b46b64)(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = import_common.v_14b46b64.errors;
        else for (const e of import_common.v_14b46b64.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_5ab63cb5.errors = vErrors;
  return errors === 0;
}
function v_5d18f3fa(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_b7f154828c.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.appArmorProfile !== void 0) {
      if (!(0, import_common.v_7bbcfac9)(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData })) {
        if (vErrors === null) vErrors = import_common.v_7bbcfac9.errors;
        else for (const e of import_common.v_7bbcfac9.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.fsGroup !== void 0) {
      let data1 = data.fsGroup;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err1 = { instancePath: instancePath + "/fsGroup", schemaPath: "#/properties/fsGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.fsGroupChangePolicy !== void 0) {
      if (typeof data.fsGroupChangePolicy !== "string") {
        const err2 = { instancePath: instancePath + "/fsGroupChangePolicy", schemaPath: "#/properties/fsGroupChangePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.runAsGroup !== void 0) {
      let data3 = data.runAsGroup;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err3 = { instancePath: instancePath + "/runAsGroup", schemaPath: "#/properties/runAsGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.runAsNonRoot !== void 0) {
      if (typeof data.runAsNonRoot !== "boolean") {
        const err4 = { instancePath: instancePath + "/runAsNonRoot", schemaPath: "#/properties/runAsNonRoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.runAsUser !== void 0) {
      let data5 = data.runAsUser;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err5 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.seLinuxChangePolicy !== void 0) {
      if (typeof data.seLinuxChangePolicy !== "string") {
        const err6 = { instancePath: instancePath + "/seLinuxChangePolicy", schemaPath: "#/properties/seLinuxChangePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.seLinuxOptions !== void 0) {
      if (!(0, import_common.v_aac46608)(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData })) {
        if (vErrors === null) vErrors = import_common.v_aac46608.errors;
        else for (const e of import_common.v_aac46608.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.seccompProfile !== void 0) {
      if (!(0, import_common.v_a94ded8d)(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData })) {
        if (vErrors === null) vErrors = import_common.v_a94ded8d.errors;
        else for (const e of import_common.v_a94ded8d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.supplementalGroups !== void 0) {
      let data9 = data.supplementalGroups;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
            const err7 = { instancePath: instancePath + "/supplementalGroups/" + i0, schemaPath: "#/properties/supplementalGroups/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            (vErrors ??= []).push(err7);
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/supplementalGroups", schemaPath: "#/properties/supplementalGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.supplementalGroupsPolicy !== void 0) {
      if (typeof data.supplementalGroupsPolicy !== "string") {
        const err9 = { instancePath: instancePath + "/supplementalGroupsPolicy", schemaPath: "#/properties/supplementalGroupsPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      let data12 = data.sysctls;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!(0, import_common.v_428a2217)(data12[i1], { instancePath: instancePath + "/sysctls/" + i1, parentData: data12, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_428a2217.errors;
            else for (const e of import_common.v_428a2217.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/sysctls", schemaPath: "#/properties/sysctls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.windowsOptions !== void 0) {
      if (!(0, import_common.v_e33c7ce8)(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData })) {
        if (vErrors === null) vErrors = import_common.v_e33c7ce8.errors;
        else for (const e of import_common.v_e33c7ce8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err11);
    errors++;
  }
  v_5d18f3fa.errors = vErrors;
  return errors === 0;
}
function v_5f18591f(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.ready === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property 'ready'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.restartCount === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restartCount" }, message: "must have required property 'restartCount'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    if (data.image === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
      (vErrors ??= []).push(err3);
      errors++;
    }
    if (data.imageID === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageID" }, message: "must have required property 'imageID'" };
      (vErrors ??= []).push(err4);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_94954b0691.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.allocatedResources !== void 0) {
      let data0 = data.allocatedResources;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(0, import_common.v_7b6c4ca3)(data0[key1], { instancePath: instancePath + "/allocatedResources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allocatedResources", schemaPath: "#/properties/allocatedResources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.allocatedResourcesStatus !== void 0) {
      let data2 = data.allocatedResourcesStatus;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_499a089c(data2[i0], { instancePath: instancePath + "/allocatedResourcesStatus/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_499a089c.errors;
            else for (const e of v_499a089c.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/allocatedResourcesStatus", schemaPath: "#/properties/allocatedResourcesStatus/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.containerID !== void 0) {
      if (typeof data.containerID !== "string") {
        const err8 = { instancePath: instancePath + "/containerID", schemaPath: "#/properties/containerID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err9 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.imageID !== void 0) {
      if (typeof data.imageID !== "string") {
        const err10 = { instancePath: instancePath + "/imageID", schemaPath: "#/properties/imageID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.lastState !== void 0) {
      if (!(0, import_common.v_985dfc0d)(data.lastState, { instancePath: instancePath + "/lastState", parentData: data, parentDataProperty: "lastState", rootData })) {
        if (vErrors === null) vErrors = import_common.v_985dfc0d.errors;
        else for (const e of import_common.v_985dfc0d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.ready !== void 0) {
      if (typeof data.ready !== "boolean") {
        const err12 = { instancePath: instancePath + "/ready", schemaPath: "#/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!(0, import_common.v_6bd84579)(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6bd84579.errors;
        else for (const e of import_common.v_6bd84579.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.restartCount !== void 0) {
      let data11 = data.restartCount;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
        const err13 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err13);
        errors++;
      }
      if (typeof data11 == "number") {
        if (data11 > 2147483647 || isNaN(data11)) {
          const err14 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err14);
          errors++;
        }
        if (data11 < -2147483648 || isNaN(data11)) {
          const err15 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err15);
          errors++;
        }
      }
    }
    if (data.started !== void 0) {
      if (typeof data.started !== "boolean") {
        const err16 = { instancePath: instancePath + "/started", schemaPath: "#/properties/started/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.state !== void 0) {
      if (!(0, import_common.v_985dfc0d)(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData })) {
        if (vErrors === null) vErrors = import_common.v_985dfc0d.errors;
        else for (const e of import_common.v_985dfc0d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.stopSignal !== void 0) {
      if (typeof data.stopSignal !== "string") {
        const err17 = { instancePath: instancePath + "/stopSignal", schemaPath: "#/properties/stopSignal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.user !== void 0) {
      if (!(0, import_common.v_e7445531)(data.user, { instancePath: instancePath + "/user", parentData: data, parentDataProperty: "user", rootData })) {
        if (vErrors === null) vErrors = import_common.v_e7445531.errors;
        else for (const e of import_common.v_e7445531.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data16 = data.volumeMounts;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_3cb17a45(data16[i1], { instancePath: instancePath + "/volumeMounts/" + i1, parentData: data16, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_3cb17a45.errors;
            else for (const e of v_3cb17a45.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err18);
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err19);
    errors++;
  }
  v_5f18591f.errors = vErrors;
  return errors === 0;
}
function v_6c0f3b5e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resourceID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceID" }, message: "must have required property 'resourceID'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "health" || key0 === "message" || key0 === "resourceID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.health !== void 0) {
      if (typeof data.health !== "string") {
        const err2 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.resourceID !== void 0) {
      if (typeof data.resourceID !== "string") {
        const err4 = { instancePath: instancePath + "/resourceID", schemaPath: "#/properties/resourceID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_6c0f3b5e.errors = vErrors;
  return errors === 0;
}
function v_752e12c8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "image")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (!v_37a5c02c(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData })) {
        if (vErrors === null) vErrors = v_37a5c02c.errors;
        else for (const e of v_37a5c02c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_752e12c8.errors = vErrors;
  return errors === 0;
}
function v_8a5e8894(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(0, import_common.v_ebb76f30)(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = import_common.v_ebb76f30.errors;
        else for (const e of import_common.v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!v_f978b7d7(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_f978b7d7.errors;
        else for (const e of v_f978b7d7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_5760f397(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_5760f397.errors;
        else for (const e of v_5760f397.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_8a5e8894.errors = vErrors;
  return errors === 0;
}
function v_9779298e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_355a71a159.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.awsElasticBlockStore !== void 0) {
      if (!(0, import_common.v_9247346d)(data.awsElasticBlockStore, { instancePath: instancePath + "/awsElasticBlockStore", parentData: data, parentDataProperty: "awsElasticBlockStore", rootData })) {
        if (vErrors === null) vErrors = import_common.v_9247346d.errors;
        else for (const e of import_common.v_9247346d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.azureDisk !== void 0) {
      if (!(0, import_common.v_9f5d9138)(data.azureDisk, { instancePath: instancePath + "/azureDisk", parentData: data, parentDataProperty: "azureDisk", rootData })) {
        if (vErrors === null) vErrors = import_common.v_9f5d9138.errors;
        else for (const e of import_common.v_9f5d9138.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.azureFile !== void 0) {
      if (!(0, import_common.v_9fe714e2)(data.azureFile, { instancePath: instancePath + "/azureFile", parentData: data, parentDataProperty: "azureFile", rootData })) {
        if (vErrors === null) vErrors = import_common.v_9fe714e2.errors;
        else for (const e of import_common.v_9fe714e2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.cephfs !== void 0) {
      if (!(0, import_common.v_1a6c76a6)(data.cephfs, { instancePath: instancePath + "/cephfs", parentData: data, parentDataProperty: "cephfs", rootData })) {
        if (vErrors === null) vErrors = import_common.v_1a6c76a6.errors;
        else for (const e of import_common.v_1a6c76a6.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.cinder !== void 0) {
      if (!(0, import_common.v_1d5e45b7)(data.cinder, { instancePath: instancePath + "/cinder", parentData: data, parentDataProperty: "cinder", rootData })) {
        if (vErrors === null) vErrors = import_common.v_1d5e45b7.errors;
        else for (const e of import_common.v_1d5e45b7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.configMap !== void 0) {
      if (!(0, import_common.v_244c68cd)(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        if (vErrors === null) vErrors = import_common.v_244c68cd.errors;
        else for (const e of import_common.v_244c68cd.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.csi !== void 0) {
      if (!(0, import_common.v_8b67c74f)(data.csi, { instancePath: instancePath + "/csi", parentData: data, parentDataProperty: "csi", rootData })) {
        if (vErrors === null) vErrors = import_common.v_8b67c74f.errors;
        else for (const e of import_common.v_8b67c74f.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.downwardAPI !== void 0) {
      if (!(0, import_common.v_3d1d42b1)(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData })) {
        if (vErrors === null) vErrors = import_common.v_3d1d42b1.errors;
        else for (const e of import_common.v_3d1d42b1.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.emptyDir !== void 0) {
      if (!(0, import_common.v_0ee6e346)(data.emptyDir, { instancePath: instancePath + "/emptyDir", parentData: data, parentDataProperty: "emptyDir", rootData })) {
        if (vErrors === null) vErrors = import_common.v_0ee6e346.errors;
        else for (const e of import_common.v_0ee6e346.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.ephemeral !== void 0) {
      if (!(0, import_common.v_80721aaa)(data.ephemeral, { instancePath: instancePath + "/ephemeral", parentData: data, parentDataProperty: "ephemeral", rootData })) {
        if (vErrors === null) vErrors = import_common.v_80721aaa.errors;
        else for (const e of import_common.v_80721aaa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.fc !== void 0) {
      if (!(0, import_common.v_44e0e3e2)(data.fc, { instancePath: instancePath + "/fc", parentData: data, parentDataProperty: "fc", rootData })) {
        if (vErrors === null) vErrors = import_common.v_44e0e3e2.errors;
        else for (const e of import_common.v_44e0e3e2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.flexVolume !== void 0) {
      if (!(0, import_common.v_16033f4f)(data.flexVolume, { instancePath: instancePath + "/flexVolume", parentData: data, parentDataProperty: "flexVolume", rootData })) {
        if (vErrors === null) vErrors = import_common.v_16033f4f.errors;
        else for (const e of import_common.v_16033f4f.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.flocker !== void 0) {
      if (!(0, import_common.v_9d79ffb2)(data.flocker, { instancePath: instancePath + "/flocker", parentData: data, parentDataProperty: "flocker", rootData })) {
        if (vErrors === null) vErrors = import_common.v_9d79ffb2.errors;
        else for (const e of import_common.v_9d79ffb2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.gcePersistentDisk !== void 0) {
      if (!(0, import_common.v_5232fb5d)(data.gcePersistentDisk, { instancePath: instancePath + "/gcePersistentDisk", parentData: data, parentDataProperty: "gcePersistentDisk", rootData })) {
        if (vErrors === null) vErrors = import_common.v_5232fb5d.errors;
        else for (const e of import_common.v_5232fb5d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.gitRepo !== void 0) {
      if (!(0, import_common.v_b06587cd)(data.gitRepo, { instancePath: instancePath + "/gitRepo", parentData: data, parentDataProperty: "gitRepo", rootData })) {
        if (vErrors === null) vErrors = import_common.v_b06587cd.errors;
        else for (const e of import_common.v_b06587cd.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.glusterfs !== void 0) {
      if (!(0, import_common.v_72acb866)(data.glusterfs, { instancePath: instancePath + "/glusterfs", parentData: data, parentDataProperty: "glusterfs", rootData })) {
        if (vErrors === null) vErrors = import_common.v_72acb866.errors;
        else for (const e of import_common.v_72acb866.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.hostPath !== void 0) {
      if (!(0, import_common.v_330d35df)(data.hostPath, { instancePath: instancePath + "/hostPath", parentData: data, parentDataProperty: "hostPath", rootData })) {
        if (vErrors === null) vErrors = import_common.v_330d35df.errors;
        else for (const e of import_common.v_330d35df.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.image !== void 0) {
      if (!(0, import_common.v_3a55ca5c)(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData })) {
        if (vErrors === null) vErrors = import_common.v_3a55ca5c.errors;
        else for (const e of import_common.v_3a55ca5c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.iscsi !== void 0) {
      if (!(0, import_common.v_7be2da1e)(data.iscsi, { instancePath: instancePath + "/iscsi", parentData: data, parentDataProperty: "iscsi", rootData })) {
        if (vErrors === null) vErrors = import_common.v_7be2da1e.errors;
        else for (const e of import_common.v_7be2da1e.errors) vErrors.push(e);
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
    if (data.nfs !== void 0) {
      if (!(0, import_common.v_783f747a)(data.nfs, { instancePath: instancePath + "/nfs", parentData: data, parentDataProperty: "nfs", rootData })) {
        if (vErrors === null) vErrors = import_common.v_783f747a.errors;
        else for (const e of import_common.v_783f747a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.persistentVolumeClaim !== void 0) {
      if (!(0, import_common.v_795a2e56)(data.persistentVolumeClaim, { instancePath: instancePath + "/persistentVolumeClaim", parentData: data, parentDataProperty: "persistentVolumeClaim", rootData })) {
        if (vErrors === null) vErrors = import_common.v_795a2e56.errors;
        else for (const e of import_common.v_795a2e56.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.photonPersistentDisk !== void 0) {
      if (!(0, import_common.v_fe0471fa)(data.photonPersistentDisk, { instancePath: instancePath + "/photonPersistentDisk", parentData: data, parentDataProperty: "photonPersistentDisk", rootData })) {
        if (vErrors === null) vErrors = import_common.v_fe0471fa.errors;
        else for (const e of import_common.v_fe0471fa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.portworxVolume !== void 0) {
      if (!(0, import_common.v_7f2c516a)(data.portworxVolume, { instancePath: instancePath + "/portworxVolume", parentData: data, parentDataProperty: "portworxVolume", rootData })) {
        if (vErrors === null) vErrors = import_common.v_7f2c516a.errors;
        else for (const e of import_common.v_7f2c516a.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.projected !== void 0) {
      if (!v_fc9ea7c4(data.projected, { instancePath: instancePath + "/projected", parentData: data, parentDataProperty: "projected", rootData })) {
        if (vErrors === null) vErrors = v_fc9ea7c4.errors;
        else for (const e of v_fc9ea7c4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.quobyte !== void 0) {
      if (!(0, import_common.v_c9d0fd58)(data.quobyte, { instancePath: instancePath + "/quobyte", parentData: data, parentDataProperty: "quobyte", rootData })) {
        if (vErrors === null) vErrors = import_common.v_c9d0fd58.errors;
        else for (const e of import_common.v_c9d0fd58.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.rbd !== void 0) {
      if (!(0, import_common.v_40456413)(data.rbd, { instancePath: instancePath + "/rbd", parentData: data, parentDataProperty: "rbd", rootData })) {
        if (vErrors === null) vErrors = import_common.v_40456413.errors;
        else for (const e of import_common.v_40456413.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.scaleIO !== void 0) {
      if (!(0, import_common.v_956b7a85)(data.scaleIO, { instancePath: instancePath + "/scaleIO", parentData: data, parentDataProperty: "scaleIO", rootData })) {
        if (vErrors === null) vErrors = import_common.v_956b7a85.errors;
        else for (const e of import_common.v_956b7a85.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!(0, import_common.v_06e77768)(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        if (vErrors === null) vErrors = import_common.v_06e77768.errors;
        else for (const e of import_common.v_06e77768.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.storageos !== void 0) {
      if (!(0, import_common.v_dc9c7a08)(data.storageos, { instancePath: instancePath + "/storageos", parentData: data, parentDataProperty: "storageos", rootData })) {
        if (vErrors === null) vErrors = import_common.v_dc9c7a08.errors;
        else for (const e of import_common.v_dc9c7a08.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.vsphereVolume !== void 0) {
      if (!(0, import_common.v_bc2c12c4)(data.vsphereVolume, { instancePath: instancePath + "/vsphereVolume", parentData: data, parentDataProperty: "vsphereVolume", rootData })) {
        if (vErrors === null) vErrors = import_common.v_bc2c12c4.errors;
        else for (const e of import_common.v_bc2c12c4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_9779298e.errors = vErrors;
  return errors === 0;
}
function v_9fc1dc03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_bfe43301ad.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data0 = data.args;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data4 = data.env;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!v_ffa2c6f8(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_ffa2c6f8.errors;
            else for (const e of v_ffa2c6f8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.envFrom !== void 0) {
      let data6 = data.envFrom;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!(0, import_common.v_13fc6be2)(data6[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data6, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = import_common.v_13fc6be2.errors;
            else for (const e of import_common.v_13fc6be2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err8 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      if (typeof data.imagePullPolicy !== "string") {
        const err9 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!v_be911917(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        if (vErrors === null) vErrors = v_be911917.errors;
        else for (const e of v_be911917.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data13 = data.ports;
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!(0, import_common.v_4becadba)(data13[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data13, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = import_common.v_4becadba.errors;
            else for (const e of import_common.v_4becadba.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.resizePolicy !== void 0) {
      let data16 = data.resizePolicy;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!(0, import_common.v_b7c2253a)(data16[i5], { instancePath: instancePath + "/resizePolicy/" + i5, parentData: data16, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = import_common.v_b7c2253a.errors;
            else for (const e of import_common.v_b7c2253a.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/resizePolicy", schemaPath: "#/properties/resizePolicy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!(0, import_common.v_6bd84579)(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6bd84579.errors;
        else for (const e of import_common.v_6bd84579.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      if (typeof data.restartPolicy !== "string") {
        const err13 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.restartPolicyRules !== void 0) {
      let data20 = data.restartPolicyRules;
      if (Array.isArray(data20)) {
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!v_05c42654(data20[i6], { instancePath: instancePath + "/restartPolicyRules/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = v_05c42654.errors;
            else for (const e of v_05c42654.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/restartPolicyRules", schemaPath: "#/properties/restartPolicyRules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      if (!(0, import_common.v_aaeae490)(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = import_common.v_aaeae490.errors;
        else for (const e of import_common.v_aaeae490.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.stdin !== void 0) {
      if (typeof data.stdin !== "boolean") {
        const err15 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      if (typeof data.stdinOnce !== "boolean") {
        const err16 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.targetContainerName !== void 0) {
      if (typeof data.targetContainerName !== "string") {
        const err17 = { instancePath: instancePath + "/targetContainerName", schemaPath: "#/properties/targetContainerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      if (typeof data.terminationMessagePath !== "string") {
        const err18 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err18);
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      if (typeof data.terminationMessagePolicy !== "string") {
        const err19 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.tty !== void 0) {
      if (typeof data.tty !== "boolean") {
        const err20 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.volumeDevices !== void 0) {
      let data30 = data.volumeDevices;
      if (Array.isArray(data30)) {
        const len7 = data30.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!(0, import_common.v_11b42661)(data30[i7], { instancePath: instancePath + "/volumeDevices/" + i7, parentData: data30, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = import_common.v_11b42661.errors;
            else for (const e of import_common.v_11b42661.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/volumeDevices", schemaPath: "#/properties/volumeDevices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err21);
        errors++;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data32 = data.volumeMounts;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!(0, import_common.v_99369e9b)(data32[i8], { instancePath: instancePath + "/volumeMounts/" + i8, parentData: data32, parentDataProperty: i8, rootData })) {
            if (vErrors === null) vErrors = import_common.v_99369e9b.errors;
            else for (const e of import_common.v_99369e9b.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err22);
        errors++;
      }
    }
    if (data.workingDir !== void 0) {
      if (typeof data.workingDir !== "string") {
        const err23 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err23);
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err24);
    errors++;
  }
  v_9fc1dc03.errors = vErrors;
  return errors === 0;
}
function v_a45fb867(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(0, import_common.v_ebb76f30)(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        if (vErrors === null) vErrors = import_common.v_ebb76f30.errors;
        else for (const e of import_common.v_ebb76f30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!(0, import_common.v_3d987483)(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = import_common.v_3d987483.errors;
        else for (const e of import_common.v_3d987483.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_c0da007b(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_c0da007b.errors;
        else for (const e of v_c0da007b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_a45fb867.errors = vErrors;
  return errors === 0;
}
function v_a6494757(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.operator === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "operator" || key0 === "values")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.operator !== void 0) {
      if (typeof data.operator !== "string") {
        const err2 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data1 = data.values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
            const err3 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            (vErrors ??= []).push(err3);
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 > 2147483647 || isNaN(data2)) {
              const err4 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
              (vErrors ??= []).push(err4);
              errors++;
            }
            if (data2 < -2147483648 || isNaN(data2)) {
              const err5 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
              (vErrors ??= []).push(err5);
              errors++;
            }
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
  v_a6494757.errors = vErrors;
  return errors === 0;
}
function v_b068236b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.signerName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signerName" }, message: "must have required property 'signerName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.keyType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keyType" }, message: "must have required property 'keyType'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "certificateChainPath" || key0 === "credentialBundlePath" || key0 === "keyPath" || key0 === "keyType" || key0 === "maxExpirationSeconds" || key0 === "signerName" || key0 === "userAnnotations")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.certificateChainPath !== void 0) {
      if (typeof data.certificateChainPath !== "string") {
        const err3 = { instancePath: instancePath + "/certificateChainPath", schemaPath: "#/properties/certificateChainPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.credentialBundlePath !== void 0) {
      if (typeof data.credentialBundlePath !== "string") {
        const err4 = { instancePath: instancePath + "/credentialBundlePath", schemaPath: "#/properties/credentialBundlePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.keyPath !== void 0) {
      if (typeof data.keyPath !== "string") {
        const err5 = { instancePath: instancePath + "/keyPath", schemaPath: "#/properties/keyPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.keyType !== void 0) {
      if (typeof data.keyType !== "string") {
        const err6 = { instancePath: instancePath + "/keyType", schemaPath: "#/properties/keyType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.maxExpirationSeconds !== void 0) {
      let data4 = data.maxExpirationSeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err7 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err8);
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err9);
          errors++;
        }
      }
    }
    if (data.signerName !== void 0) {
      if (typeof data.signerName !== "string") {
        const err10 = { instancePath: instancePath + "/signerName", schemaPath: "#/properties/signerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.userAnnotations !== void 0) {
      let data6 = data.userAnnotations;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (typeof data6[key1] !== "string") {
            const err11 = { instancePath: instancePath + "/userAnnotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/userAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err11);
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/userAnnotations", schemaPath: "#/properties/userAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err13);
    errors++;
  }
  v_b068236b.errors = vErrors;
  return errors === 0;
}
function v_bc15d985(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(key0 === "lastProbeTime" || key0 === "lastTransitionTime" || key0 === "message" || key0 === "observedGeneration" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.lastProbeTime !== void 0) {
      if (!(0, import_common.v_339502d3)(data.lastProbeTime, { instancePath: instancePath + "/lastProbeTime", parentData: data, parentDataProperty: "lastProbeTime", rootData })) {
        if (vErrors === null) vErrors = import_common.v_339502d3.errors;
        else for (const e of import_common.v_339502d3.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      if (!(0, import_common.v_339502d3)(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData })) {
        if (vErrors === null) vErrors = import_common.v_339502d3.errors;
        else for (const e of import_common.v_339502d3.errors) vErrors.push(e);
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
    if (data.observedGeneration !== void 0) {
      let data3 = data.observedGeneration;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err4 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err5 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_bc15d985.errors = vErrors;
  return errors === 0;
}
function v_be911917(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "postStart" || key0 === "preStop" || key0 === "stopSignal")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.postStart !== void 0) {
      if (!(0, import_common.v_4ec3f3d9)(data.postStart, { instancePath: instancePath + "/postStart", parentData: data, parentDataProperty: "postStart", rootData })) {
        if (vErrors === null) vErrors = import_common.v_4ec3f3d9.errors;
        else for (const e of import_common.v_4ec3f3d9.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.preStop !== void 0) {
      if (!(0, import_common.v_4ec3f3d9)(data.preStop, { instancePath: instancePath + "/preStop", parentData: data, parentDataProperty: "preStop", rootData })) {
        if (vErrors === null) vErrors = import_common.v_4ec3f3d9.errors;
        else for (const e of import_common.v_4ec3f3d9.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.stopSignal !== void 0) {
      if (typeof data.stopSignal !== "string") {
        const err1 = { instancePath: instancePath + "/stopSignal", schemaPath: "#/properties/stopSignal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_be911917.errors = vErrors;
  return errors === 0;
}
function v_c0da007b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "conditions" || key0 === "currentHealthy" || key0 === "desiredHealthy" || key0 === "disruptedPods" || key0 === "disruptionsAllowed" || key0 === "expectedPods" || key0 === "observedGeneration")) {
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
          if (!(0, import_common.v_13278f0f)(data0[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = import_common.v_13278f0f.errors;
            else for (const e of import_common.v_13278f0f.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.currentHealthy !== void 0) {
      let data2 = data.currentHealthy;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err2 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err3 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err3);
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err4 = { instancePath: instancePath + "/currentHealthy", schemaPath: "#/properties/currentHealthy/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err4);
          errors++;
        }
      }
    }
    if (data.desiredHealthy !== void 0) {
      let data3 = data.desiredHealthy;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err5 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err5);
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err6);
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/desiredHealthy", schemaPath: "#/properties/desiredHealthy/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err7);
          errors++;
        }
      }
    }
    if (data.disruptedPods !== void 0) {
      let data4 = data.disruptedPods;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(0, import_common.v_339502d3)(data4[key1], { instancePath: instancePath + "/disruptedPods/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_339502d3.errors;
            else for (const e of import_common.v_339502d3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/disruptedPods", schemaPath: "#/properties/disruptedPods/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.disruptionsAllowed !== void 0) {
      let data6 = data.disruptionsAllowed;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err9 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err9);
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err10 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err10);
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err11 = { instancePath: instancePath + "/disruptionsAllowed", schemaPath: "#/properties/disruptionsAllowed/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err11);
          errors++;
        }
      }
    }
    if (data.expectedPods !== void 0) {
      let data7 = data.expectedPods;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err12 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err12);
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err13 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err13);
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err14 = { instancePath: instancePath + "/expectedPods", schemaPath: "#/properties/expectedPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err14);
          errors++;
        }
      }
    }
    if (data.observedGeneration !== void 0) {
      let data8 = data.observedGeneration;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err15 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err16);
    errors++;
  }
  v_c0da007b.errors = vErrors;
  return errors === 0;
}
function v_c84487a0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containerName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerName" }, message: "must have required property 'containerName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.resourceName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceName" }, message: "must have required property 'resourceName'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.requestName === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestName" }, message: "must have required property 'requestName'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerName" || key0 === "requestName" || key0 === "resourceName")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.containerName !== void 0) {
      if (typeof data.containerName !== "string") {
        const err4 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.requestName !== void 0) {
      if (typeof data.requestName !== "string") {
        const err5 = { instancePath: instancePath + "/requestName", schemaPath: "#/properties/requestName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.resourceName !== void 0) {
      if (typeof data.resourceName !== "string") {
        const err6 = { instancePath: instancePath + "/resourceName", schemaPath: "#/properties/resourceName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err7);
    errors++;
  }
  v_c84487a0.errors = vErrors;
  return errors === 0;
}
function v_e3336719(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_18ddcae61e.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data0 = data.args;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err2);
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err4);
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data4 = data.env;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!v_ffa2c6f8(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_ffa2c6f8.errors;
            else for (const e of v_ffa2c6f8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.envFrom !== void 0) {
      let data6 = data.envFrom;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!(0, import_common.v_13fc6be2)(data6[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data6, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = import_common.v_13fc6be2.errors;
            else for (const e of import_common.v_13fc6be2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err8 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      if (typeof data.imagePullPolicy !== "string") {
        const err9 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!v_be911917(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        if (vErrors === null) vErrors = v_be911917.errors;
        else for (const e of v_be911917.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data13 = data.ports;
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!(0, import_common.v_4becadba)(data13[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data13, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = import_common.v_4becadba.errors;
            else for (const e of import_common.v_4becadba.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.resizePolicy !== void 0) {
      let data16 = data.resizePolicy;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!(0, import_common.v_b7c2253a)(data16[i5], { instancePath: instancePath + "/resizePolicy/" + i5, parentData: data16, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = import_common.v_b7c2253a.errors;
            else for (const e of import_common.v_b7c2253a.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/resizePolicy", schemaPath: "#/properties/resizePolicy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!(0, import_common.v_6bd84579)(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6bd84579.errors;
        else for (const e of import_common.v_6bd84579.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      if (typeof data.restartPolicy !== "string") {
        const err13 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.restartPolicyRules !== void 0) {
      let data20 = data.restartPolicyRules;
      if (Array.isArray(data20)) {
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!v_05c42654(data20[i6], { instancePath: instancePath + "/restartPolicyRules/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = v_05c42654.errors;
            else for (const e of v_05c42654.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/restartPolicyRules", schemaPath: "#/properties/restartPolicyRules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      if (!(0, import_common.v_aaeae490)(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = import_common.v_aaeae490.errors;
        else for (const e of import_common.v_aaeae490.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!(0, import_common.v_f513c4f0)(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f513c4f0.errors;
        else for (const e of import_common.v_f513c4f0.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.stdin !== void 0) {
      if (typeof data.stdin !== "boolean") {
        const err15 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      if (typeof data.stdinOnce !== "boolean") {
        const err16 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      if (typeof data.terminationMessagePath !== "string") {
        const err17 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      if (typeof data.terminationMessagePolicy !== "string") {
        const err18 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err18);
        errors++;
      }
    }
    if (data.tty !== void 0) {
      if (typeof data.tty !== "boolean") {
        const err19 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.volumeDevices !== void 0) {
      let data29 = data.volumeDevices;
      if (Array.isArray(data29)) {
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!(0, import_common.v_11b42661)(data29[i7], { instancePath: instancePath + "/volumeDevices/" + i7, parentData: data29, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = import_common.v_11b42661.errors;
            else for (const e of import_common.v_11b42661.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/volumeDevices", schemaPath: "#/properties/volumeDevices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data31 = data.volumeMounts;
      if (Array.isArray(data31)) {
        const len8 = data31.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!(0, import_common.v_99369e9b)(data31[i8], { instancePath: instancePath + "/volumeMounts/" + i8, parentData: data31, parentDataProperty: i8, rootData })) {
            if (vErrors === null) vErrors = import_common.v_99369e9b.errors;
            else for (const e of import_common.v_99369e9b.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err21);
        errors++;
      }
    }
    if (data.workingDir !== void 0) {
      if (typeof data.workingDir !== "string") {
        const err22 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err22);
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err23);
    errors++;
  }
  v_e3336719.errors = vErrors;
  return errors === 0;
}
function v_e4e606d6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeName" }, message: "must have required property 'volumeName'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      (vErrors ??= []).push(err1);
      errors++;
    }
    if (data.key === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
      (vErrors ??= []).push(err2);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "optional" || key0 === "path" || key0 === "volumeName")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      if (typeof data.volumeName !== "string") {
        const err7 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_e4e606d6.errors = vErrors;
  return errors === 0;
}
function v_efc8a78e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMapKeyRef" || key0 === "fieldRef" || key0 === "fileKeyRef" || key0 === "resourceFieldRef" || key0 === "secretKeyRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.configMapKeyRef !== void 0) {
      if (!(0, import_common.v_8540bc14)(data.configMapKeyRef, { instancePath: instancePath + "/configMapKeyRef", parentData: data, parentDataProperty: "configMapKeyRef", rootData })) {
        if (vErrors === null) vErrors = import_common.v_8540bc14.errors;
        else for (const e of import_common.v_8540bc14.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.fieldRef !== void 0) {
      if (!(0, import_common.v_bf605fd4)(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData })) {
        if (vErrors === null) vErrors = import_common.v_bf605fd4.errors;
        else for (const e of import_common.v_bf605fd4.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.fileKeyRef !== void 0) {
      if (!v_e4e606d6(data.fileKeyRef, { instancePath: instancePath + "/fileKeyRef", parentData: data, parentDataProperty: "fileKeyRef", rootData })) {
        if (vErrors === null) vErrors = v_e4e606d6.errors;
        else for (const e of v_e4e606d6.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.resourceFieldRef !== void 0) {
      if (!(0, import_common.v_ddbfea1b)(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData })) {
        if (vErrors === null) vErrors = import_common.v_ddbfea1b.errors;
        else for (const e of import_common.v_ddbfea1b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.secretKeyRef !== void 0) {
      if (!(0, import_common.v_428e19e7)(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData })) {
        if (vErrors === null) vErrors = import_common.v_428e19e7.errors;
        else for (const e of import_common.v_428e19e7.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_efc8a78e.errors = vErrors;
  return errors === 0;
}
function v_f978b7d7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containers" }, message: "must have required property 'containers'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_aa6b84ff3b.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.activeDeadlineSeconds !== void 0) {
      let data0 = data.activeDeadlineSeconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.affinity !== void 0) {
      if (!(0, import_common.v_f4c1e89e)(data.affinity, { instancePath: instancePath + "/affinity", parentData: data, parentDataProperty: "affinity", rootData })) {
        if (vErrors === null) vErrors = import_common.v_f4c1e89e.errors;
        else for (const e of import_common.v_f4c1e89e.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.automountServiceAccountToken !== void 0) {
      if (typeof data.automountServiceAccountToken !== "boolean") {
        const err3 = { instancePath: instancePath + "/automountServiceAccountToken", schemaPath: "#/properties/automountServiceAccountToken/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.containers !== void 0) {
      let data3 = data.containers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_e3336719(data3[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_e3336719.errors;
            else for (const e of v_e3336719.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.dnsConfig !== void 0) {
      if (!(0, import_common.v_fd3b4b10)(data.dnsConfig, { instancePath: instancePath + "/dnsConfig", parentData: data, parentDataProperty: "dnsConfig", rootData })) {
        if (vErrors === null) vErrors = import_common.v_fd3b4b10.errors;
        else for (const e of import_common.v_fd3b4b10.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.dnsPolicy !== void 0) {
      if (typeof data.dnsPolicy !== "string") {
        const err5 = { instancePath: instancePath + "/dnsPolicy", schemaPath: "#/properties/dnsPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.enableServiceLinks !== void 0) {
      if (typeof data.enableServiceLinks !== "boolean") {
        const err6 = { instancePath: instancePath + "/enableServiceLinks", schemaPath: "#/properties/enableServiceLinks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.ephemeralContainers !== void 0) {
      let data8 = data.ephemeralContainers;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_9fc1dc03(data8[i1], { instancePath: instancePath + "/ephemeralContainers/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_9fc1dc03.errors;
            else for (const e of v_9fc1dc03.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/ephemeralContainers", schemaPath: "#/properties/ephemeralContainers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.hostAliases !== void 0) {
      let data10 = data.hostAliases;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!(0, import_common.v_576d4bb3)(data10[i2], { instancePath: instancePath + "/hostAliases/" + i2, parentData: data10, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = import_common.v_576d4bb3.errors;
            else for (const e of import_common.v_576d4bb3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/hostAliases", schemaPath: "#/properties/hostAliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.hostIPC !== void 0) {
      if (typeof data.hostIPC !== "boolean") {
        const err9 = { instancePath: instancePath + "/hostIPC", schemaPath: "#/properties/hostIPC/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.hostNetwork !== void 0) {
      if (typeof data.hostNetwork !== "boolean") {
        const err10 = { instancePath: instancePath + "/hostNetwork", schemaPath: "#/properties/hostNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.hostPID !== void 0) {
      if (typeof data.hostPID !== "boolean") {
        const err11 = { instancePath: instancePath + "/hostPID", schemaPath: "#/properties/hostPID/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.hostUsers !== void 0) {
      if (typeof data.hostUsers !== "boolean") {
        const err12 = { instancePath: instancePath + "/hostUsers", schemaPath: "#/properties/hostUsers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        const err13 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.hostnameOverride !== void 0) {
      if (typeof data.hostnameOverride !== "string") {
        const err14 = { instancePath: instancePath + "/hostnameOverride", schemaPath: "#/properties/hostnameOverride/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data18 = data.imagePullSecrets;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!(0, import_common.v_b4c659d8)(data18[i3], { instancePath: instancePath + "/imagePullSecrets/" + i3, parentData: data18, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = import_common.v_b4c659d8.errors;
            else for (const e of import_common.v_b4c659d8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.initContainers !== void 0) {
      let data20 = data.initContainers;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!v_e3336719(data20[i4], { instancePath: instancePath + "/initContainers/" + i4, parentData: data20, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = v_e3336719.errors;
            else for (const e of v_e3336719.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/initContainers", schemaPath: "#/properties/initContainers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.nodeName !== void 0) {
      if (typeof data.nodeName !== "string") {
        const err17 = { instancePath: instancePath + "/nodeName", schemaPath: "#/properties/nodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data23 = data.nodeSelector;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key1 in data23) {
          if (typeof data23[key1] !== "string") {
            const err18 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err18);
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.os !== void 0) {
      if (!(0, import_common.v_e453eb9c)(data.os, { instancePath: instancePath + "/os", parentData: data, parentDataProperty: "os", rootData })) {
        if (vErrors === null) vErrors = import_common.v_e453eb9c.errors;
        else for (const e of import_common.v_e453eb9c.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.overhead !== void 0) {
      let data26 = data.overhead;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key2 in data26) {
          if (!(0, import_common.v_7b6c4ca3)(data26[key2], { instancePath: instancePath + "/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data26, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/overhead", schemaPath: "#/properties/overhead/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.preemptionPolicy !== void 0) {
      if (typeof data.preemptionPolicy !== "string") {
        const err21 = { instancePath: instancePath + "/preemptionPolicy", schemaPath: "#/properties/preemptionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err21);
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data29 = data.priority;
      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
        const err22 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err22);
        errors++;
      }
      if (typeof data29 == "number") {
        if (data29 > 2147483647 || isNaN(data29)) {
          const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err23);
          errors++;
        }
        if (data29 < -2147483648 || isNaN(data29)) {
          const err24 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err24);
          errors++;
        }
      }
    }
    if (data.priorityClassName !== void 0) {
      if (typeof data.priorityClassName !== "string") {
        const err25 = { instancePath: instancePath + "/priorityClassName", schemaPath: "#/properties/priorityClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err25);
        errors++;
      }
    }
    if (data.readinessGates !== void 0) {
      let data31 = data.readinessGates;
      if (Array.isArray(data31)) {
        const len5 = data31.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!(0, import_common.v_00bcd14d)(data31[i5], { instancePath: instancePath + "/readinessGates/" + i5, parentData: data31, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = import_common.v_00bcd14d.errors;
            else for (const e of import_common.v_00bcd14d.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/readinessGates", schemaPath: "#/properties/readinessGates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err26);
        errors++;
      }
    }
    if (data.resourceClaims !== void 0) {
      let data33 = data.resourceClaims;
      if (Array.isArray(data33)) {
        const len6 = data33.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!(0, import_common.v_755c5ccc)(data33[i6], { instancePath: instancePath + "/resourceClaims/" + i6, parentData: data33, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = import_common.v_755c5ccc.errors;
            else for (const e of import_common.v_755c5ccc.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/resourceClaims", schemaPath: "#/properties/resourceClaims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err27);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!(0, import_common.v_6bd84579)(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = import_common.v_6bd84579.errors;
        else for (const e of import_common.v_6bd84579.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      if (typeof data.restartPolicy !== "string") {
        const err28 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err28);
        errors++;
      }
    }
    if (data.runtimeClassName !== void 0) {
      if (typeof data.runtimeClassName !== "string") {
        const err29 = { instancePath: instancePath + "/runtimeClassName", schemaPath: "#/properties/runtimeClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err29);
        errors++;
      }
    }
    if (data.schedulerName !== void 0) {
      if (typeof data.schedulerName !== "string") {
        const err30 = { instancePath: instancePath + "/schedulerName", schemaPath: "#/properties/schedulerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err30);
        errors++;
      }
    }
    if (data.schedulingGates !== void 0) {
      let data39 = data.schedulingGates;
      if (Array.isArray(data39)) {
        const len7 = data39.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!(0, import_common.v_381af6a6)(data39[i7], { instancePath: instancePath + "/schedulingGates/" + i7, parentData: data39, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = import_common.v_381af6a6.errors;
            else for (const e of import_common.v_381af6a6.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/schedulingGates", schemaPath: "#/properties/schedulingGates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err31);
        errors++;
      }
    }
    if (data.schedulingGroup !== void 0) {
      if (!v_03d0a641(data.schedulingGroup, { instancePath: instancePath + "/schedulingGroup", parentData: data, parentDataProperty: "schedulingGroup", rootData })) {
        if (vErrors === null) vErrors = v_03d0a641.errors;
        else for (const e of v_03d0a641.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.securityContext !== void 0) {
      if (!v_5d18f3fa(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = v_5d18f3fa.errors;
        else for (const e of v_5d18f3fa.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccount !== void 0) {
      if (typeof data.serviceAccount !== "string") {
        const err32 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err32);
        errors++;
      }
    }
    if (data.serviceAccountName !== void 0) {
      if (typeof data.serviceAccountName !== "string") {
        const err33 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err33);
        errors++;
      }
    }
    if (data.setHostnameAsFQDN !== void 0) {
      if (typeof data.setHostnameAsFQDN !== "boolean") {
        const err34 = { instancePath: instancePath + "/setHostnameAsFQDN", schemaPath: "#/properties/setHostnameAsFQDN/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err34);
        errors++;
      }
    }
    if (data.shareProcessNamespace !== void 0) {
      if (typeof data.shareProcessNamespace !== "boolean") {
        const err35 = { instancePath: instancePath + "/shareProcessNamespace", schemaPath: "#/properties/shareProcessNamespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err35);
        errors++;
      }
    }
    if (data.subdomain !== void 0) {
      if (typeof data.subdomain !== "string") {
        const err36 = { instancePath: instancePath + "/subdomain", schemaPath: "#/properties/subdomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err36);
        errors++;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data48 = data.terminationGracePeriodSeconds;
      if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
        const err37 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err37);
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      let data49 = data.tolerations;
      if (Array.isArray(data49)) {
        const len8 = data49.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!(0, import_common.v_bb0d68fd)(data49[i8], { instancePath: instancePath + "/tolerations/" + i8, parentData: data49, parentDataProperty: i8, rootData })) {
            if (vErrors === null) vErrors = import_common.v_bb0d68fd.errors;
            else for (const e of import_common.v_bb0d68fd.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/tolerations", schemaPath: "#/properties/tolerations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err38);
        errors++;
      }
    }
    if (data.topologySpreadConstraints !== void 0) {
      let data51 = data.topologySpreadConstraints;
      if (Array.isArray(data51)) {
        const len9 = data51.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (!(0, import_common.v_ab02cbac)(data51[i9], { instancePath: instancePath + "/topologySpreadConstraints/" + i9, parentData: data51, parentDataProperty: i9, rootData })) {
            if (vErrors === null) vErrors = import_common.v_ab02cbac.errors;
            else for (const e of import_common.v_ab02cbac.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/topologySpreadConstraints", schemaPath: "#/properties/topologySpreadConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err39);
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data53 = data.volumes;
      if (Array.isArray(data53)) {
        const len10 = data53.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!v_9779298e(data53[i10], { instancePath: instancePath + "/volumes/" + i10, parentData: data53, parentDataProperty: i10, rootData })) {
            if (vErrors === null) vErrors = v_9779298e.errors;
            else for (const e of v_9779298e.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err40);
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err41);
    errors++;
  }
  v_f978b7d7.errors = vErrors;
  return errors === 0;
}
function v_fc9ea7c4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "sources")) {
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
    if (data.sources !== void 0) {
      let data1 = data.sources;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!v_118fb692(data1[i0], { instancePath: instancePath + "/sources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_118fb692.errors;
            else for (const e of v_118fb692.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err5);
    errors++;
  }
  v_fc9ea7c4.errors = vErrors;
  return errors === 0;
}
function v_ffa2c6f8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "valueFrom")) {
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
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      if (!v_efc8a78e(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        if (vErrors === null) vErrors = v_efc8a78e.errors;
        else for (const e of v_efc8a78e.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_ffa2c6f8.errors = vErrors;
  return errors === 0;
}
