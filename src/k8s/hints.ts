/**
 * Fix hints for the API server's own messages (`field: Required value`, `field: Unsupported value:
 * "x": supported values: ...`, `field: Invalid value: ...: detail`, `field: Forbidden: ...`), for
 * findings whose rule has no more specific advice: every finding says how to fix it.
 */

/** Advice for required fields whose fix is not just "add it". Keys are field paths without list indexes. */
const REQUIRED: Record<string, string> = {
  'spec.selector': 'add spec.selector.matchLabels with the pod template\'s labels (apps/v1 requires a selector, and it cannot be changed later)',
  'spec.template': 'add spec.template with metadata.labels (matching spec.selector) and spec.containers',
  'spec.template.spec.containers': 'add spec.template.spec.containers with at least one container (name and image)',
  'spec.template.spec.containers.image': 'add the container image, e.g. image: registry.example/app:1.2.3',
  'spec.template.spec.initContainers.image': 'add the init container image',
  'spec.template.spec.containers.name': 'give the container a name (a DNS-1123 label, unique in the pod)',
  'spec.ports': 'add spec.ports (a Service with a cluster IP needs at least one port), or make the Service headless with clusterIP: None',
  'spec.ports.port': 'add the port number the Service listens on (port: 80)',
  'spec.ports.name': 'name every port (a DNS-1123 label, unique in the Service): with more than one port each needs a name',
  'metadata.name': 'add metadata.name',
  'spec.resources.requests.storage': 'add resources: {requests: {storage: 10Gi}}',
  'provisioner': 'add the provisioner, e.g. ebs.csi.aws.com or the name of the CSI driver that serves the class',
};

/** `spec.ports[2].name` → `spec.ports.name`. */
function indexless(field: string): string {
  return field.replace(/\[\d+\]/g, '');
}

export function apiHint(message: string): string | undefined {
  // The API server's form: "<field>: <Type>: <detail>", possibly after a "<context>: " prefix.
  const m = /(?:^|: )([A-Za-z0-9_.[\]"/-]+): (Required value|Unsupported value|Invalid value|Forbidden|Duplicate value|Too long|Too many)(?::\s*(.*))?$/.exec(message);
  if (!m) return undefined;
  const [, field, type, detail = ''] = m as unknown as [string, string, string, string?];
  switch (type) {
    case 'Required value':
      return REQUIRED[indexless(field)] ?? `add ${field}${detail ? ` (${detail})` : ''}`;
    case 'Unsupported value': {
      const supported = /supported values: (.*)$/.exec(detail);
      return supported ? `use one of: ${supported[1]}` : `use a supported value for ${field}`;
    }
    case 'Invalid value': {
      const reason = detail.replace(/^(".*?"|\S+): /, '');
      return `change ${field}: ${reason}`;
    }
    case 'Forbidden':
      return `remove ${field}${detail ? `: ${detail}` : ''}`;
    case 'Duplicate value':
      return `make each ${indexless(field)} unique`;
    case 'Too long':
      return `shorten ${field}${detail ? ` (${detail})` : ''}`;
    case 'Too many':
      return `use fewer entries in ${field}${detail ? ` (${detail})` : ''}`;
    default:
      return undefined;
  }
}

/**
 * The hint of a validation problem, from its own API message: a rule that wraps the message in its
 * context ("(… FailedCreate)") takes the hint first, so the fix does not repeat that context.
 */
export function hintOf(p: { message: string; hint?: string }): string | undefined {
  return p.hint ?? apiHint(p.message);
}
