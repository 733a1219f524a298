import { defineRule } from '../src/lint/rule.js';
import { nodes } from '../src/load/yaml-walk.js';

const BINARY = 'tag:yaml.org,2002:binary';

export default defineRule({
  meta: {
    id: 'yaml-custom-tag',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow YAML tags that kubectl ignores (!Ref, !Sub) or reads differently (!!binary)',
    messages: {
      binaryTag: 'kubectl decodes a !!binary value and sends the decoded bytes as a string, not the base64 text written here',
      ignoredTag:
        'kubectl ignores the tag {{tag}} and sends the value as written: is this a template for another tool (CloudFormation, a config generator)?',
    },
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      // The fast reader gives up on any tag it does not know: a file it read has none of these.
      if (!r.reportable || r.file.fast || r.file.json) continue;
      for (const { path, node, isKey } of nodes(r)) {
        const tag = node.tag;
        if (!tag) continue;
        if (tag === BINARY) {
          ctx.report({
            resource: r,
            path,
            key: isKey,
            messageId: 'binaryTag',
            hint: 'drop the !!binary tag: Secret data and ConfigMap binaryData already take base64 text',
          });
        } else if (tag.startsWith('!')) {
          ctx.report({
            resource: r,
            path,
            key: isKey,
            messageId: 'ignoredTag',
            data: { tag },
            hint: 'remove the tag, or lint the rendered manifests instead of the template',
          });
        }
      }
    }
  },
});
