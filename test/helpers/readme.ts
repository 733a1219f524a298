import { readFileSync } from 'node:fs';
import { repoPath } from './paths.js';

/** The code block after `<!-- snippet: NAME … -->` in the README: tests run what users copy. */
export function readmeSnippet(name: string): string {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const at = readme.indexOf(`<!-- snippet: ${name}`);
  if (at < 0) throw new Error(`README has no snippet "${name}"`);
  const m = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!m) throw new Error(`README snippet "${name}" has no code block`);
  return m[1]!;
}
