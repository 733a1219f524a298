/** Plans and strings that try to break out of wherever an output puts them (issue 14, points 12 to 14). */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Plan } from '../../src/plan/types.js';
import { ZERO_RANGE } from '../../src/types.js';
import { docs, planOf, service, stack, storageClass, web } from './plan.js';

/** Controls a terminal acts on, and the bidi controls that reorder text (what printable() escapes), but tab and line feed. */
// eslint-disable-next-line no-control-regex
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Text that tries to break out of wherever a renderer puts it. */
export const PAYLOADS = [
  '\n<!--',
  '\r\n<!--',
  '\n\n# injected heading',
  '</b></summary></details><details>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1)) [y](https://example.com/y)',
  '![i](http://example.com/i.png)',
  '<http://example.com/a>',
  ' www.example.com https://example.com/b ',
  '@org/team @someone',
  '#1 issue',
  '`` ``` ````',
  '` leading',
  ' | a | b |',
  '*em* _em_ **strong** ~~del~~',
  '&lt;&amp;&#64;',
  '\\',
  '$x^2$',
  '\u001b[2J\u001b]0;title\u0007\u009b31m\u202eevil\u2066',
  '\n    indented\n- list\n> quote\n---\n```\n',
];

const NAMES = /web|nginx|www|default|cluster\.local/g;
/** Fields whose values are the plan's own vocabulary, not text from a manifest. */
const OWN = new Set(['kind', 'action', 'type', 'change', 'podManagementPolicy', 'updateStrategy', 'ruleId', 'severity', 'kubeVersion', 'text']);

/** `p` with the payload after every name, namespace and domain in every string a manifest gives it. */
/**
 * A harmless string that the timeline summariser treats as it treats `payload`: the same digits at
 * the same places, word characters and hyphens where it has them, punctuation elsewhere. A payload
 * such as `alert(1)` holds a number standing alone, which ends a summarised run at ordinal 1 (the
 * summariser will not guess that it is not the ordinal); the benign plan to compare with must do the same.
 */
export function shapeTwin(payload: string): string {
  return payload.replace(/[a-zA-Z_]/g, 'a').replace(/[^a-zA-Z0-9_-]/g, '.');
}

export function poison(p: Plan, payload: string): Plan {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return OWN.has(key) ? v : v.replace(NAMES, (m) => m + payload);
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(p, '') as Plan;
}

/** Plans that use every part of the Markdown: rejections with routes, blocked rollouts, long summarised timelines, Service changes, warnings, input errors. */
export async function richPlans(): Promise<Plan[]> {
  const noClasses = { cluster: { name: 'test', storageClasses: [], provisioners: [] } };
  const plans = [
    await planOf(stack({ replicas: 2 }), stack({ replicas: 2, storage: '2Gi' })),
    await planOf(null, docs(service(), web({ replicas: 3, storageClass: 'fast' })), noClasses),
    await planOf(stack({ replicas: 3 }), docs(service({ portName: 'http' }), storageClass(), web({ replicas: 60 }))),
    await planOf(stack({ replicas: 3 }), stack({ replicas: 3, image: 'nginx:1.28' })),
  ];
  for (const p of plans) {
    p.warnings.push({ namespace: 'default', statefulSet: 'web', message: 'a warning about web', location: { file: 'web.yaml', line: 1, column: 1 } });
    p.inputErrors.push({ ruleId: 'input', severity: 'error', message: 'could not read web', file: 'web.yaml', range: ZERO_RANGE });
  }
  assert.ok(plans[0]!.statefulSets[0]!.rejection && plans[1]!.blocked.length && plans[2]!.services.some((s) => s.diff) && plans[3]!.statefulSets[0]!.diff);
  return plans;
}

/** Pieces of Markdown, HTML and terminal syntax that the property tests build strings from. */
export const PIECES = ['a', 'web-0', ' ', '  ', '    ', '\t', '\n', '\r', '-', '+', '=', '1.', '2)', '#', '>', '*', '_', '`', '```', '~', '~~', '<', '&', '&amp;', '&#64;', ';', '[', ']', '(', ')', '!', '|', '\\', '$', '@', 'a@b.com', 'www.', 'http://', 'https://x.com', ':', '/', '.', '<!--', '-->', '<div>', '<b>', '\u001b', '\u202e', '\u0085', '\u2028'];
/** Strings made of those pieces. */
export const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((xs) => xs.join(''));
