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
var v1_29_exports = {};
__export(v1_29_exports, {
  PersistentVolume: () => import_common.v_1be109ac,
  PersistentVolumeClaim: () => import_common.v_2b959320,
  Pod: () => v_429bcd0a,
  PodDisruptionBudget: () => import_common.v_3491fc0f,
  Service: () => v_9b81263c,
  StatefulSet: () => v_3f25c3fe,
  StorageClass: () => import_common.v_e2080fbc
});
module.exports = __toCommonJS(v1_29_exports);
var import_common = require("./common.cjs");
const schema_1a84a25ad0 = { "properties": { "awsElasticBlockStore": 0, "azureDisk": 0, "azureFile": 0, "cephfs": 0, "cinder": 0, "configMap": 0, "csi": 0, "downwardAPI": 0, "emptyDir": 0, "ephemeral": 0, "fc": 0, "flexVolume": 0, "flocker": 0, "gcePersistentDisk": 0, "gitRepo": 0, "glusterfs": 0, "hostPath": 0, "iscsi": 0, "name": 0, "nfs": 0, "persistentVolumeClaim": 0, "photonPersistentDisk": 0, "portworxVolume": 0, "projected": 0, "quobyte": 0, "rbd": 0, "scaleIO": 0, "secret": 0, "storageos": 0, "vsphereVolume": 0 } };
const schema_20ef00cc5b = { "properties": { "allocateLoadBalancerNodePorts": 0, "clusterIP": 0, "clusterIPs": 0, "externalIPs": 0, "externalName": 0, "externalTrafficPolicy": 0, "healthCheckNodePort": 0, "internalTrafficPolicy": 0, "ipFamilies": 0, "ipFamilyPolicy": 0, "loadBalancerClass": 0, "loadBalancerIP": 0, "loadBalancerSourceRanges": 0, "ports": 0, "publishNotReadyAddresses": 0, "selector": 0, "sessionAffinity": 0, "sessionAffinityConfig": 0, "type": 0 } };
const schema_42dcb0085d = { "properties": { "args": 0, "command": 0, "env": 0, "envFrom": 0, "image": 0, "imagePullPolicy": 0, "lifecycle": 0, "livenessProbe": 0, "name": 0, "ports": 0, "readinessProbe": 0, "resizePolicy": 0, "resources": 0, "restartPolicy": 0, "securityContext": 0, "startupProbe": 0, "stdin": 0, "stdinOnce": 0, "targetContainerName": 0, "terminationMessagePath": 0, "terminationMessagePolicy": 0, "tty": 0, "volumeDevices": 0, "volumeMounts": 0, "workingDir": 0 } };
const schema_580440a8ae = { "properties": { "allocatedResources": 0, "containerID": 0, "image": 0, "imageID": 0, "lastState": 0, "name": 0, "ready": 0, "resources": 0, "restartCount": 0, "started": 0, "state": 0 } };
const schema_5a5ff5118f = { "properties": { "minReadySeconds": 0, "ordinals": 0, "persistentVolumeClaimRetentionPolicy": 0, "podManagementPolicy": 0, "replicas": 0, "revisionHistoryLimit": 0, "selector": 0, "serviceName": 0, "template": 0, "updateStrategy": 0, "volumeClaimTemplates": 0 } };
const schema_6ade52b5ad = { "properties": { "args": 0, "command": 0, "env": 0, "envFrom": 0, "image": 0, "imagePullPolicy": 0, "lifecycle": 0, "livenessProbe": 0, "name": 0, "ports": 0, "readinessProbe": 0, "resizePolicy": 0, "resources": 0, "restartPolicy": 0, "securityContext": 0, "startupProbe": 0, "stdin": 0, "stdinOnce": 0, "terminationMessagePath": 0, "terminationMessagePolicy": 0, "tty": 0, "volumeDevices": 0, "volumeMounts": 0, "workingDir": 0 } };
const schema_74142daf38 = { "properties": { "allowPrivilegeEscalation": 0, "capabilities": 0, "privileged": 0, "procMount": 0, "readOnlyRootFilesystem": 0, "runAsGroup": 0, "runAsNonRoot": 0, "runAsUser": 0, "seLinuxOptions": 0, "seccompProfile": 0, "windowsOptions": 0 } };
const schema_9ba5455851 = { "properties": { "fsGroup": 0, "fsGroupChangePolicy": 0, "runAsGroup": 0, "runAsNonRoot": 0, "runAsUser": 0, "seLinuxOptions": 0, "seccompProfile": 0, "supplementalGroups": 0, "sysctls": 0, "windowsOptions": 0 } };
const schema_dcddd84bbc = { "properties": { "conditions": 0, "containerStatuses": 0, "ephemeralContainerStatuses": 0, "hostIP": 0, "hostIPs": 0, "initContainerStatuses": 0, "message": 0, "nominatedNodeName": 0, "phase": 0, "podIP": 0, "podIPs": 0, "qosClass": 0, "reason": 0, "resize": 0, "resourceClaimStatuses": 0, "startTime": 0 } };
const schema_fec2dd44f2 = { "properties": { "activeDeadlineSeconds": 0, "affinity": 0, "automountServiceAccountToken": 0, "containers": 0, "dnsConfig": 0, "dnsPolicy": 0, "enableServiceLinks": 0, "ephemeralContainers": 0, "hostAliases": 0, "hostIPC": 0, "hostNetwork": 0, "hostPID": 0, "hostUsers": 0, "hostname": 0, "imagePullSecrets": 0, "initContainers": 0, "nodeName": 0, "nodeSelector": 0, "os": 0, "overhead": 0, "preemptionPolicy": 0, "priority": 0, "priorityClassName": 0, "readinessGates": 0, "resourceClaims": 0, "restartPolicy": 0, "runtimeClassName": 0, "schedulerName": 0, "schedulingGates": 0, "securityContext": 0, "serviceAccount": 0, "serviceAccountName": 0, "setHostnameAsFQDN": 0, "shareProcessNamespace": 0, "subdomain": 0, "terminationGracePeriodSeconds": 0, "tolerations": 0, "topologySpreadConstraints": 0, "volumes": 0 } };
function v_2d42d94b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!(key0 === "mountPath" || key0 === "mountPropagation" || key0 === "name" || key0 === "readOnly" || key0 === "subPath" || key0 === "subPathExpr")) {
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
    if (data.subPath !== void 0) {
      if (typeof data.subPath !== "string") {
        const err7 = { instancePath: instancePath + "/subPath", schemaPath: "#/properties/subPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.subPathExpr !== void 0) {
      if (typeof data.subPathExpr !== "string") {
        const err8 = { instancePath: instancePath + "/subPathExpr", schemaPath: "#/properties/subPathExpr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_2d42d94b.errors = vErrors;
  return errors === 0;
}
function v_34bdef33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_42dcb0085d.properties, key0)) {
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
          if (!v_6b7e43c9(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_6b7e43c9.errors;
            else for (const e of v_6b7e43c9.errors) vErrors.push(e);
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
      if (!v_b1356208(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        if (vErrors === null) vErrors = v_b1356208.errors;
        else for (const e of v_b1356208.errors) vErrors.push(e);
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
      if (!v_4d39ee3b(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = v_4d39ee3b.errors;
        else for (const e of v_4d39ee3b.errors) vErrors.push(e);
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
    if (data.securityContext !== void 0) {
      if (!v_41cb8852(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = v_41cb8852.errors;
        else for (const e of v_41cb8852.errors) vErrors.push(e);
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
        const err14 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      if (typeof data.stdinOnce !== "boolean") {
        const err15 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.targetContainerName !== void 0) {
      if (typeof data.targetContainerName !== "string") {
        const err16 = { instancePath: instancePath + "/targetContainerName", schemaPath: "#/properties/targetContainerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
      let data28 = data.volumeDevices;
      if (Array.isArray(data28)) {
        const len6 = data28.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!(0, import_common.v_11b42661)(data28[i6], { instancePath: instancePath + "/volumeDevices/" + i6, parentData: data28, parentDataProperty: i6, rootData })) {
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
      let data30 = data.volumeMounts;
      if (Array.isArray(data30)) {
        const len7 = data30.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!v_2d42d94b(data30[i7], { instancePath: instancePath + "/volumeMounts/" + i7, parentData: data30, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = v_2d42d94b.errors;
            else for (const e of v_2d42d94b.errors) vErrors.push(e);
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
  v_34bdef33.errors = vErrors;
  return errors === 0;
}
function v_3c957af0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "hostnames" || key0 === "ip")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.hostnames !== void 0) {
      let data0 = data.hostnames;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/hostnames/" + i0, schemaPath: "#/properties/hostnames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err1);
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/hostnames", schemaPath: "#/properties/hostnames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err3 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_3c957af0.errors = vErrors;
  return errors === 0;
}
function v_3f25c3fe(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!v_eb2584a7(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_eb2584a7.errors;
        else for (const e of v_eb2584a7.errors) vErrors.push(e);
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
  v_3f25c3fe.errors = vErrors;
  return errors === 0;
}
function v_3f7cae20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!import_common.func_191f75b36e.call(schema_580440a8ae.properties, key0)) {
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
    if (data.containerID !== void 0) {
      if (typeof data.containerID !== "string") {
        const err7 = { instancePath: instancePath + "/containerID", schemaPath: "#/properties/containerID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    if (data.imageID !== void 0) {
      if (typeof data.imageID !== "string") {
        const err9 = { instancePath: instancePath + "/imageID", schemaPath: "#/properties/imageID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
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
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.ready !== void 0) {
      if (typeof data.ready !== "boolean") {
        const err11 = { instancePath: instancePath + "/ready", schemaPath: "#/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!v_4d39ee3b(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = v_4d39ee3b.errors;
        else for (const e of v_4d39ee3b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.restartCount !== void 0) {
      let data9 = data.restartCount;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
        const err12 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err12);
        errors++;
      }
      if (typeof data9 == "number") {
        if (data9 > 2147483647 || isNaN(data9)) {
          const err13 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err13);
          errors++;
        }
        if (data9 < -2147483648 || isNaN(data9)) {
          const err14 = { instancePath: instancePath + "/restartCount", schemaPath: "#/properties/restartCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err14);
          errors++;
        }
      }
    }
    if (data.started !== void 0) {
      if (typeof data.started !== "boolean") {
        const err15 = { instancePath: instancePath + "/started", schemaPath: "#/properties/started/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
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
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err16);
    errors++;
  }
  v_3f7cae20.errors = vErrors;
  return errors === 0;
}
function v_41cb8852(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_74142daf38.properties, key0)) {
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
    if (data.capabilities !== void 0) {
      if (!(0, import_common.v_d9f846a6)(data.capabilities, { instancePath: instancePath + "/capabilities", parentData: data, parentDataProperty: "capabilities", rootData })) {
        if (vErrors === null) vErrors = import_common.v_d9f846a6.errors;
        else for (const e of import_common.v_d9f846a6.errors) vErrors.push(e);
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
      let data5 = data.runAsGroup;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
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
      let data7 = data.runAsUser;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err7 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err7);
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
    if (data.windowsOptions !== void 0) {
      if (!(0, import_common.v_e33c7ce8)(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData })) {
        if (vErrors === null) vErrors = import_common.v_e33c7ce8.errors;
        else for (const e of import_common.v_e33c7ce8.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err8);
    errors++;
  }
  v_41cb8852.errors = vErrors;
  return errors === 0;
}
function v_429bcd0a(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!v_df47daeb(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_df47daeb.errors;
        else for (const e of v_df47daeb.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!v_d630e516(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = v_d630e516.errors;
        else for (const e of v_d630e516.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_429bcd0a.errors = vErrors;
  return errors === 0;
}
function v_45289045(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_1a84a25ad0.properties, key0)) {
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
      if (!v_8214c975(data.projected, { instancePath: instancePath + "/projected", parentData: data, parentDataProperty: "projected", rootData })) {
        if (vErrors === null) vErrors = v_8214c975.errors;
        else for (const e of v_8214c975.errors) vErrors.push(e);
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
  v_45289045.errors = vErrors;
  return errors === 0;
}
function v_489a3cc1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "resourceClaimName" || key0 === "resourceClaimTemplateName")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      if (typeof data.resourceClaimName !== "string") {
        const err1 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.resourceClaimTemplateName !== void 0) {
      if (typeof data.resourceClaimTemplateName !== "string") {
        const err2 = { instancePath: instancePath + "/resourceClaimTemplateName", schemaPath: "#/properties/resourceClaimTemplateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_489a3cc1.errors = vErrors;
  return errors === 0;
}
function v_4bfea3b1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_20ef00cc5b.properties, key0)) {
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
          if (!(0, import_common.v_9fa45c31)(data17[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data17, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = import_common.v_9fa45c31.errors;
            else for (const e of import_common.v_9fa45c31.errors) vErrors.push(e);
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
      if (!(0, import_common.v_448f0f0d)(data.sessionAffinityConfig, { instancePath: instancePath + "/sessionAffinityConfig", parentData: data, parentDataProperty: "sessionAffinityConfig", rootData })) {
        if (vErrors === null) vErrors = import_common.v_448f0f0d.errors;
        else for (const e of import_common.v_448f0f0d.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err25 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err25);
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err26);
    errors++;
  }
  v_4bfea3b1.errors = vErrors;
  return errors === 0;
}
function v_4d39ee3b(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
          if (!v_daedc38e(data0[i0], { instancePath: instancePath + "/claims/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_daedc38e.errors;
            else for (const e of v_daedc38e.errors) vErrors.push(e);
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
          if (!(0, import_common.v_7b6c4ca3)(data2[key1], { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
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
          if (!(0, import_common.v_7b6c4ca3)(data4[key2], { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
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
  v_4d39ee3b.errors = vErrors;
  return errors === 0;
}
function v_60660cd2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "source")) {
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
    if (data.source !== void 0) {
      if (!v_489a3cc1(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        if (vErrors === null) vErrors = v_489a3cc1.errors;
        else for (const e of v_489a3cc1.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_60660cd2.errors = vErrors;
  return errors === 0;
}
function v_675fd13c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!v_df47daeb(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_df47daeb.errors;
        else for (const e of v_df47daeb.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_675fd13c.errors = vErrors;
  return errors === 0;
}
function v_6b7e43c9(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!v_88b5b6f2(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        if (vErrors === null) vErrors = v_88b5b6f2.errors;
        else for (const e of v_88b5b6f2.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err4);
    errors++;
  }
  v_6b7e43c9.errors = vErrors;
  return errors === 0;
}
function v_8214c975(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
          if (!v_c6fbbb59(data1[i0], { instancePath: instancePath + "/sources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_c6fbbb59.errors;
            else for (const e of v_c6fbbb59.errors) vErrors.push(e);
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
  v_8214c975.errors = vErrors;
  return errors === 0;
}
function v_88b5b6f2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMapKeyRef" || key0 === "fieldRef" || key0 === "resourceFieldRef" || key0 === "secretKeyRef")) {
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
  v_88b5b6f2.errors = vErrors;
  return errors === 0;
}
function v_943b57d4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_6ade52b5ad.properties, key0)) {
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
          if (!v_6b7e43c9(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_6b7e43c9.errors;
            else for (const e of v_6b7e43c9.errors) vErrors.push(e);
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
      if (!v_b1356208(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        if (vErrors === null) vErrors = v_b1356208.errors;
        else for (const e of v_b1356208.errors) vErrors.push(e);
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
      if (!v_4d39ee3b(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        if (vErrors === null) vErrors = v_4d39ee3b.errors;
        else for (const e of v_4d39ee3b.errors) vErrors.push(e);
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
    if (data.securityContext !== void 0) {
      if (!v_41cb8852(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = v_41cb8852.errors;
        else for (const e of v_41cb8852.errors) vErrors.push(e);
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
        const err14 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      if (typeof data.stdinOnce !== "boolean") {
        const err15 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      if (typeof data.terminationMessagePath !== "string") {
        const err16 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      if (typeof data.terminationMessagePolicy !== "string") {
        const err17 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err17);
        errors++;
      }
    }
    if (data.tty !== void 0) {
      if (typeof data.tty !== "boolean") {
        const err18 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err18);
        errors++;
      }
    }
    if (data.volumeDevices !== void 0) {
      let data27 = data.volumeDevices;
      if (Array.isArray(data27)) {
        const len6 = data27.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!(0, import_common.v_11b42661)(data27[i6], { instancePath: instancePath + "/volumeDevices/" + i6, parentData: data27, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = import_common.v_11b42661.errors;
            else for (const e of import_common.v_11b42661.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/volumeDevices", schemaPath: "#/properties/volumeDevices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data29 = data.volumeMounts;
      if (Array.isArray(data29)) {
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!v_2d42d94b(data29[i7], { instancePath: instancePath + "/volumeMounts/" + i7, parentData: data29, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = v_2d42d94b.errors;
            else for (const e of v_2d42d94b.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.workingDir !== void 0) {
      if (typeof data.workingDir !== "string") {
        const err21 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err21);
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err22);
    errors++;
  }
  v_943b57d4.errors = vErrors;
  return errors === 0;
}
function v_9b81263c(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!v_4bfea3b1(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        if (vErrors === null) vErrors = v_4bfea3b1.errors;
        else for (const e of v_4bfea3b1.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!(0, import_common.v_baf96a6b)(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        if (vErrors === null) vErrors = import_common.v_baf96a6b.errors;
        else for (const e of import_common.v_baf96a6b.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err3);
    errors++;
  }
  v_9b81263c.errors = vErrors;
  return errors === 0;
}
function v_b1356208(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "postStart" || key0 === "preStop")) {
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
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err1);
    errors++;
  }
  v_b1356208.errors = vErrors;
  return errors === 0;
}
function v_bb59a2e3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ip")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err1 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_bb59a2e3.errors = vErrors;
  return errors === 0;
}
function v_c6fbbb59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clusterTrustBundle" || key0 === "configMap" || key0 === "downwardAPI" || key0 === "secret" || key0 === "serviceAccountToken")) {
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
  v_c6fbbb59.errors = vErrors;
  return errors === 0;
}
function v_d630e516(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_dcddd84bbc.properties, key0)) {
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
          if (!v_d87d90d1(data0[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_d87d90d1.errors;
            else for (const e of v_d87d90d1.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
    if (data.containerStatuses !== void 0) {
      let data2 = data.containerStatuses;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!v_3f7cae20(data2[i1], { instancePath: instancePath + "/containerStatuses/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_3f7cae20.errors;
            else for (const e of v_3f7cae20.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/containerStatuses", schemaPath: "#/properties/containerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err2);
        errors++;
      }
    }
    if (data.ephemeralContainerStatuses !== void 0) {
      let data4 = data.ephemeralContainerStatuses;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!v_3f7cae20(data4[i2], { instancePath: instancePath + "/ephemeralContainerStatuses/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_3f7cae20.errors;
            else for (const e of v_3f7cae20.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/ephemeralContainerStatuses", schemaPath: "#/properties/ephemeralContainerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err3);
        errors++;
      }
    }
    if (data.hostIP !== void 0) {
      if (typeof data.hostIP !== "string") {
        const err4 = { instancePath: instancePath + "/hostIP", schemaPath: "#/properties/hostIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err4);
        errors++;
      }
    }
    if (data.hostIPs !== void 0) {
      let data7 = data.hostIPs;
      if (Array.isArray(data7)) {
        const len3 = data7.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!v_e46306bb(data7[i3], { instancePath: instancePath + "/hostIPs/" + i3, parentData: data7, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = v_e46306bb.errors;
            else for (const e of v_e46306bb.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/hostIPs", schemaPath: "#/properties/hostIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err5);
        errors++;
      }
    }
    if (data.initContainerStatuses !== void 0) {
      let data9 = data.initContainerStatuses;
      if (Array.isArray(data9)) {
        const len4 = data9.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!v_3f7cae20(data9[i4], { instancePath: instancePath + "/initContainerStatuses/" + i4, parentData: data9, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = v_3f7cae20.errors;
            else for (const e of v_3f7cae20.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/initContainerStatuses", schemaPath: "#/properties/initContainerStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err6);
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.nominatedNodeName !== void 0) {
      if (typeof data.nominatedNodeName !== "string") {
        const err8 = { instancePath: instancePath + "/nominatedNodeName", schemaPath: "#/properties/nominatedNodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err8);
        errors++;
      }
    }
    if (data.phase !== void 0) {
      if (typeof data.phase !== "string") {
        const err9 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err9);
        errors++;
      }
    }
    if (data.podIP !== void 0) {
      if (typeof data.podIP !== "string") {
        const err10 = { instancePath: instancePath + "/podIP", schemaPath: "#/properties/podIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err10);
        errors++;
      }
    }
    if (data.podIPs !== void 0) {
      let data15 = data.podIPs;
      if (Array.isArray(data15)) {
        const len5 = data15.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!v_bb59a2e3(data15[i5], { instancePath: instancePath + "/podIPs/" + i5, parentData: data15, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = v_bb59a2e3.errors;
            else for (const e of v_bb59a2e3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/podIPs", schemaPath: "#/properties/podIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err11);
        errors++;
      }
    }
    if (data.qosClass !== void 0) {
      if (typeof data.qosClass !== "string") {
        const err12 = { instancePath: instancePath + "/qosClass", schemaPath: "#/properties/qosClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err12);
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err13);
        errors++;
      }
    }
    if (data.resize !== void 0) {
      if (typeof data.resize !== "string") {
        const err14 = { instancePath: instancePath + "/resize", schemaPath: "#/properties/resize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.resourceClaimStatuses !== void 0) {
      let data20 = data.resourceClaimStatuses;
      if (Array.isArray(data20)) {
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!(0, import_common.v_460374ee)(data20[i6], { instancePath: instancePath + "/resourceClaimStatuses/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = import_common.v_460374ee.errors;
            else for (const e of import_common.v_460374ee.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/resourceClaimStatuses", schemaPath: "#/properties/resourceClaimStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err15);
        errors++;
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
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err16);
    errors++;
  }
  v_d630e516.errors = vErrors;
  return errors === 0;
}
function v_d87d90d1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  v_d87d90d1.errors = vErrors;
  return errors === 0;
}
function v_daedc38e(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  v_daedc38e.errors = vErrors;
  return errors === 0;
}
function v_df47daeb(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containers" }, message: "must have required property 'containers'" };
      (vErrors ??= []).push(err0);
      errors++;
    }
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_fec2dd44f2.properties, key0)) {
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
          if (!v_943b57d4(data3[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            if (vErrors === null) vErrors = v_943b57d4.errors;
            else for (const e of v_943b57d4.errors) vErrors.push(e);
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
          if (!v_34bdef33(data8[i1], { instancePath: instancePath + "/ephemeralContainers/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = v_34bdef33.errors;
            else for (const e of v_34bdef33.errors) vErrors.push(e);
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
          if (!v_3c957af0(data10[i2], { instancePath: instancePath + "/hostAliases/" + i2, parentData: data10, parentDataProperty: i2, rootData })) {
            if (vErrors === null) vErrors = v_3c957af0.errors;
            else for (const e of v_3c957af0.errors) vErrors.push(e);
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
    if (data.imagePullSecrets !== void 0) {
      let data17 = data.imagePullSecrets;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!(0, import_common.v_b4c659d8)(data17[i3], { instancePath: instancePath + "/imagePullSecrets/" + i3, parentData: data17, parentDataProperty: i3, rootData })) {
            if (vErrors === null) vErrors = import_common.v_b4c659d8.errors;
            else for (const e of import_common.v_b4c659d8.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err14);
        errors++;
      }
    }
    if (data.initContainers !== void 0) {
      let data19 = data.initContainers;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!v_943b57d4(data19[i4], { instancePath: instancePath + "/initContainers/" + i4, parentData: data19, parentDataProperty: i4, rootData })) {
            if (vErrors === null) vErrors = v_943b57d4.errors;
            else for (const e of v_943b57d4.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/initContainers", schemaPath: "#/properties/initContainers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err15);
        errors++;
      }
    }
    if (data.nodeName !== void 0) {
      if (typeof data.nodeName !== "string") {
        const err16 = { instancePath: instancePath + "/nodeName", schemaPath: "#/properties/nodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err16);
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data22 = data.nodeSelector;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key1 in data22) {
          if (typeof data22[key1] !== "string") {
            const err17 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            (vErrors ??= []).push(err17);
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err18);
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
      let data25 = data.overhead;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key2 in data25) {
          if (!(0, import_common.v_7b6c4ca3)(data25[key2], { instancePath: instancePath + "/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data25, parentDataProperty: key2, rootData })) {
            if (vErrors === null) vErrors = import_common.v_7b6c4ca3.errors;
            else for (const e of import_common.v_7b6c4ca3.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/overhead", schemaPath: "#/properties/overhead/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        (vErrors ??= []).push(err19);
        errors++;
      }
    }
    if (data.preemptionPolicy !== void 0) {
      if (typeof data.preemptionPolicy !== "string") {
        const err20 = { instancePath: instancePath + "/preemptionPolicy", schemaPath: "#/properties/preemptionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err20);
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data28 = data.priority;
      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
        const err21 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err21);
        errors++;
      }
      if (typeof data28 == "number") {
        if (data28 > 2147483647 || isNaN(data28)) {
          const err22 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
          (vErrors ??= []).push(err22);
          errors++;
        }
        if (data28 < -2147483648 || isNaN(data28)) {
          const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648" };
          (vErrors ??= []).push(err23);
          errors++;
        }
      }
    }
    if (data.priorityClassName !== void 0) {
      if (typeof data.priorityClassName !== "string") {
        const err24 = { instancePath: instancePath + "/priorityClassName", schemaPath: "#/properties/priorityClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err24);
        errors++;
      }
    }
    if (data.readinessGates !== void 0) {
      let data30 = data.readinessGates;
      if (Array.isArray(data30)) {
        const len5 = data30.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!(0, import_common.v_00bcd14d)(data30[i5], { instancePath: instancePath + "/readinessGates/" + i5, parentData: data30, parentDataProperty: i5, rootData })) {
            if (vErrors === null) vErrors = import_common.v_00bcd14d.errors;
            else for (const e of import_common.v_00bcd14d.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/readinessGates", schemaPath: "#/properties/readinessGates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err25);
        errors++;
      }
    }
    if (data.resourceClaims !== void 0) {
      let data32 = data.resourceClaims;
      if (Array.isArray(data32)) {
        const len6 = data32.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!v_60660cd2(data32[i6], { instancePath: instancePath + "/resourceClaims/" + i6, parentData: data32, parentDataProperty: i6, rootData })) {
            if (vErrors === null) vErrors = v_60660cd2.errors;
            else for (const e of v_60660cd2.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/resourceClaims", schemaPath: "#/properties/resourceClaims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err26);
        errors++;
      }
    }
    if (data.restartPolicy !== void 0) {
      if (typeof data.restartPolicy !== "string") {
        const err27 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err27);
        errors++;
      }
    }
    if (data.runtimeClassName !== void 0) {
      if (typeof data.runtimeClassName !== "string") {
        const err28 = { instancePath: instancePath + "/runtimeClassName", schemaPath: "#/properties/runtimeClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err28);
        errors++;
      }
    }
    if (data.schedulerName !== void 0) {
      if (typeof data.schedulerName !== "string") {
        const err29 = { instancePath: instancePath + "/schedulerName", schemaPath: "#/properties/schedulerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err29);
        errors++;
      }
    }
    if (data.schedulingGates !== void 0) {
      let data37 = data.schedulingGates;
      if (Array.isArray(data37)) {
        const len7 = data37.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!(0, import_common.v_381af6a6)(data37[i7], { instancePath: instancePath + "/schedulingGates/" + i7, parentData: data37, parentDataProperty: i7, rootData })) {
            if (vErrors === null) vErrors = import_common.v_381af6a6.errors;
            else for (const e of import_common.v_381af6a6.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/schedulingGates", schemaPath: "#/properties/schedulingGates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err30);
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      if (!v_f6725903(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        if (vErrors === null) vErrors = v_f6725903.errors;
        else for (const e of v_f6725903.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccount !== void 0) {
      if (typeof data.serviceAccount !== "string") {
        const err31 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err31);
        errors++;
      }
    }
    if (data.serviceAccountName !== void 0) {
      if (typeof data.serviceAccountName !== "string") {
        const err32 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err32);
        errors++;
      }
    }
    if (data.setHostnameAsFQDN !== void 0) {
      if (typeof data.setHostnameAsFQDN !== "boolean") {
        const err33 = { instancePath: instancePath + "/setHostnameAsFQDN", schemaPath: "#/properties/setHostnameAsFQDN/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err33);
        errors++;
      }
    }
    if (data.shareProcessNamespace !== void 0) {
      if (typeof data.shareProcessNamespace !== "boolean") {
        const err34 = { instancePath: instancePath + "/shareProcessNamespace", schemaPath: "#/properties/shareProcessNamespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        (vErrors ??= []).push(err34);
        errors++;
      }
    }
    if (data.subdomain !== void 0) {
      if (typeof data.subdomain !== "string") {
        const err35 = { instancePath: instancePath + "/subdomain", schemaPath: "#/properties/subdomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err35);
        errors++;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data45 = data.terminationGracePeriodSeconds;
      if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
        const err36 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err36);
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      let data46 = data.tolerations;
      if (Array.isArray(data46)) {
        const len8 = data46.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!(0, import_common.v_bb0d68fd)(data46[i8], { instancePath: instancePath + "/tolerations/" + i8, parentData: data46, parentDataProperty: i8, rootData })) {
            if (vErrors === null) vErrors = import_common.v_bb0d68fd.errors;
            else for (const e of import_common.v_bb0d68fd.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/tolerations", schemaPath: "#/properties/tolerations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err37);
        errors++;
      }
    }
    if (data.topologySpreadConstraints !== void 0) {
      let data48 = data.topologySpreadConstraints;
      if (Array.isArray(data48)) {
        const len9 = data48.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (!(0, import_common.v_ab02cbac)(data48[i9], { instancePath: instancePath + "/topologySpreadConstraints/" + i9, parentData: data48, parentDataProperty: i9, rootData })) {
            if (vErrors === null) vErrors = import_common.v_ab02cbac.errors;
            else for (const e of import_common.v_ab02cbac.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/topologySpreadConstraints", schemaPath: "#/properties/topologySpreadConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err38);
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data50 = data.volumes;
      if (Array.isArray(data50)) {
        const len10 = data50.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!v_45289045(data50[i10], { instancePath: instancePath + "/volumes/" + i10, parentData: data50, parentDataProperty: i10, rootData })) {
            if (vErrors === null) vErrors = v_45289045.errors;
            else for (const e of v_45289045.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err39);
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err40);
    errors++;
  }
  v_df47daeb.errors = vErrors;
  return errors === 0;
}
function v_e46306bb(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ip")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err1 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        (vErrors ??= []).push(err1);
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err2);
    errors++;
  }
  v_e46306bb.errors = vErrors;
  return errors === 0;
}
function v_eb2584a7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!import_common.func_191f75b36e.call(schema_5a5ff5118f.properties, key0)) {
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
      if (!v_675fd13c(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        if (vErrors === null) vErrors = v_675fd13c.errors;
        else for (const e of v_675fd13c.errors) vErrors.push(e);
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
  v_eb2584a7.errors = vErrors;
  return errors === 0;
}
function v_f6725903(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!import_common.func_191f75b36e.call(schema_9ba5455851.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        (vErrors ??= []).push(err0);
        errors++;
      }
    }
    if (data.fsGroup !== void 0) {
      let data0 = data.fsGroup;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
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
      let data2 = data.runAsGroup;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
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
      let data4 = data.runAsUser;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err5 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        (vErrors ??= []).push(err5);
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
      let data7 = data.supplementalGroups;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
            const err6 = { instancePath: instancePath + "/supplementalGroups/" + i0, schemaPath: "#/properties/supplementalGroups/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            (vErrors ??= []).push(err6);
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/supplementalGroups", schemaPath: "#/properties/supplementalGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err7);
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      let data9 = data.sysctls;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!(0, import_common.v_428a2217)(data9[i1], { instancePath: instancePath + "/sysctls/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            if (vErrors === null) vErrors = import_common.v_428a2217.errors;
            else for (const e of import_common.v_428a2217.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/sysctls", schemaPath: "#/properties/sysctls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        (vErrors ??= []).push(err8);
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    (vErrors ??= []).push(err9);
    errors++;
  }
  v_f6725903.errors = vErrors;
  return errors === 0;
}
