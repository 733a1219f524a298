/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure DevOps): a test suite per file, a test
 * case per Kubernetes object, a `<failure>` per finding (warnings included, as ESLint's junit
 * formatter does) and an `<error>` per input error.
 */
import type { LintReport } from '../engine.js';
import { isInputError, type Diagnostic, type ObjectRef } from '../../types.js';
import { elsewhereText } from './related.js';

export interface JunitOptions {
  includeInfo: boolean;
}

// XML 1.0 cannot carry most control characters, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function objectName(o: ObjectRef): string {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

function sameObject(a: ObjectRef, b: ObjectRef): boolean {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '') && a.document === b.document;
}

interface Case {
  name: string;
  diagnostics: Diagnostic[];
}

function element(d: Diagnostic): string {
  // An input that could not be read is an error (the test could not run); a link not followed, a failure.
  const tag = isInputError(d) ? 'error' : 'failure';
  const { line, column } = d.range.start;
  const hint = 'hint' in d && d.hint ? `\nFix: ${d.hint}` : '';
  const related = 'related' in d ? (d.related ?? []).map((r) => ({ message: r.message, file: r.file, line: r.range.start.line, column: r.range.start.column, template: r.template })) : [];
  // In `helm template` output the line is the rendered output's; the template names the file to change.
  const from = d.template === undefined ? '' : ` (rendered from ${d.template})`;
  const body = `${d.file}:${line}:${column}: ${d.severity}: ${d.message}${from}${elsewhereText(related, d.file)} (${d.ruleId})${hint}`;
  return `      <${tag} type="${escapeXml(d.ruleId)}" message="${escapeXml(`${d.severity}: ${d.message}`)}">${escapeXml(body)}</${tag}>`;
}

export function formatJunit(report: LintReport, options: JunitOptions): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const f of report.files) {
    const cases: Case[] = f.objects.map((o) => ({ name: objectName(o), diagnostics: [] }));
    const fileCase: Case = { name: '(file)', diagnostics: [] };
    for (const d of f.diagnostics) {
      if (d.severity === 'info' && !options.includeInfo) continue;
      const object = 'object' in d ? d.object : undefined;
      const i = object ? f.objects.findIndex((o) => sameObject(o, object)) : -1;
      (i >= 0 ? cases[i]! : fileCase).diagnostics.push(d);
    }
    if (fileCase.diagnostics.length || cases.length === 0) cases.unshift(fileCase);
    let suiteFailures = 0;
    let suiteErrors = 0;
    const body: string[] = [];
    for (const c of cases) {
      const isError = c.diagnostics.some(isInputError);
      if (isError) suiteErrors++;
      else if (c.diagnostics.length) suiteFailures++;
      const open = `    <testcase classname="${escapeXml(f.path)}" name="${escapeXml(c.name)}"`;
      body.push(c.diagnostics.length ? `${open}>\n${c.diagnostics.map(element).join('\n')}\n    </testcase>` : `${open}/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${escapeXml(f.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n${body.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="stsplan" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
