/** Plain scalars that YAML 1.1 (kubectl, go-yaml v2) and YAML 1.2 (most other tools) read differently. */
export function yaml11Ambiguity(source: string): { as11: string; as12: string } | null {
  if (/^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/.test(source)) {
    const truthy = /^(y|Y|yes|Yes|YES|on|On|ON)$/.test(source);
    return { as11: `the boolean ${truthy}`, as12: `the string "${source}"` };
  }
  if (/^[-+]?0[0-7]+$/.test(source)) {
    const sign = source.startsWith('-') ? -1 : 1;
    return { as11: `the octal number ${sign * parseInt(source.replace(/^[-+]/, ''), 8)}`, as12: `the number ${sign * parseInt(source.replace(/^[-+]/, ''), 10)}` };
  }
  if (/^[-+]?0b[01_]+$/.test(source)) return { as11: `the number ${parseInt(source.replace(/[-+_]|0b/g, ''), 2)}`, as12: `the string "${source}"` };
  if (/^[-+]?[0-9][0-9_]*_[0-9_]*$/.test(source) && /[0-9]/.test(source)) return { as11: `the number ${source.replace(/_/g, '')}`, as12: `the string "${source}"` };
  return null;
}
