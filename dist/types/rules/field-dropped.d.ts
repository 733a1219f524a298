/**
 * Fields whose feature gate is off on the target release: the registry strategy drops them before
 * validation (versions.ts GATED_FIELDS), so they have no effect. maxUnavailable has its own rule
 * (max-unavailable-ignored), which says what the rollout does instead.
 */
declare const _default: import("../src/lint/rule.js").Rule;
export default _default;
