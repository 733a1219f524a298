/**
 * Plain YAML scalars as kubectl reads them: ONE table of scalar → the value kubectl decodes
 * (go-yaml v2 through sigs.k8s.io/yaml, then JSON), run against both readers: the fast one
 * (js-yaml, src/load/yaml-fast.ts) and the `yaml` library's (src/load/loader.ts). A string means the scalar
 * stays that string. The table is go-yaml's own answer: each row was decoded by go-yaml v2.4.0
 * (`yaml.Unmarshal` of `v: <scalar>` into a map, as sigs.k8s.io/yaml does) and checked against
 * resolve.go of the fork kubectl uses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSource } from '../src/load/loader.js';
import { plainScalar } from '../src/k8s/plain-scalars.js';

const TABLE: [scalar: string, kubectl: null | boolean | number | string][] = [
  ["", null],
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["nULL", "nULL"],
  ["nul", "nul"],
  ["y", true],
  ["Y", true],
  ["yes", true],
  ["Yes", true],
  ["YES", true],
  ["yES", "yES"],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["tRUE", "tRUE"],
  ["on", true],
  ["On", true],
  ["ON", true],
  ["oN", "oN"],
  ["n", false],
  ["N", false],
  ["no", false],
  ["No", false],
  ["NO", false],
  ["false", false],
  ["False", false],
  ["FALSE", false],
  ["off", false],
  ["Off", false],
  ["OFF", false],
  ["oFF", "oFF"],
  ["0", 0],
  ["00", 0],
  ["12", 12],
  ["+12", 12],
  ["-12", -12],
  ["-0", 0],
  ["1_000", 1000],
  ["1__0", 10],
  ["_1", "_1"],
  ["1_", 1],
  ["-_1", -1],
  ["012", 10],
  ["0_12", 10],
  ["08", 8],
  ["09.5", 9.5],
  ["0778", 778],
  ["0o17", 15],
  ["0O17", 15],
  ["0o18", "0o18"],
  ["0x1F", 31],
  ["0X1F", 31],
  ["0x_1F", 31],
  ["0x", "0x"],
  ["+0x1F", 31],
  ["-0x1F", -31],
  ["0b101", 5],
  ["0B101", 5],
  ["-0b101", -5],
  ["+0b101", 5],
  ["0b2", "0b2"],
  ["0b1_0", 2],
  ["9223372036854775807", Number("9223372036854775807")],
  ["9223372036854775808", Number("9223372036854775808")],
  ["-9223372036854775808", Number("-9223372036854775808")],
  ["-9223372036854775809", -9223372036854776000],
  ["18446744073709551615", Number("18446744073709551615")],
  ["18446744073709551616", 18446744073709552000],
  ["+18446744073709551615", 18446744073709552000],
  ["0xFFFFFFFFFFFFFFFF", Number("18446744073709551615")],
  // go-yaml v2.4.0 leaves this a string; the kubernetes-sigs/yaml fork kubectl builds with reads
  // integers beyond uint64 as big integers (goyaml.v2/resolve.go).
  ["0x10000000000000000", Number("18446744073709551616")],
  ["-0x8000000000000001", "-0x8000000000000001"],
  ["0777777777777777777777777", 7.777777777777778e+23],
  ["1.5", 1.5],
  ["1.", 1],
  [".5", 0.5],
  ["+.5", 0.5],
  ["-.5", -0.5],
  ["-0.0", -0],
  ["1e3", 1000],
  ["1E3", 1000],
  ["1e+3", 1000],
  ["1.5e-3", 0.0015],
  ["1e", "1e"],
  ["E0", "E0"],
  ["e5", "e5"],
  [".e2", ".e2"],
  [".", "."],
  ["-.", "-."],
  ["+.", "+."],
  ["1_000.5", 1000.5],
  ["1_e3", 1000],
  ["1e3_", 1000],
  ["1e_3", 1000],
  [".5_5", 0.55],
  ["._5", "._5"],
  [".5_", ".5_"],
  [".5__5", ".5__5"],
  [".5e1_0", 5000000000],
  ["1.5.5", "1.5.5"],
  ["1e1000", "1e1000"],
  ["-1e1000", "-1e1000"],
  ["1e-1000", 0],
  [".1e999", ".1e999"],
  ["0.1", 0.1],
  ["1.0", 1],
  ["6.02e23", 6.02e+23],
  ["0x1p3", "0x1p3"],
  ["1_0.0_1", 10.01],
  ["-_.5", -0.5],
  [".inf", Infinity],
  [".Inf", Infinity],
  [".INF", Infinity],
  ["+.inf", Infinity],
  ["-.inf", -Infinity],
  ["-.Inf", -Infinity],
  // go-yaml reads these as floats; kubectl then fails to make JSON of them (json: unsupported value).
  [".nan", NaN],
  [".NaN", NaN],
  [".NAN", NaN],
  [".iNF", ".iNF"],
  ["+.nan", "+.nan"],
  ["Infinity", "Infinity"],
  ["inf", "inf"],
  ["NaN", "NaN"],
  ["nan", "nan"],
  ["1:30", "1:30"],
  ["190:20:30", "190:20:30"],
  ["2001-12-14", "2001-12-14"],
  ["2001-12-14T21:59:43.10-05:00", "2001-12-14T21:59:43.10-05:00"],
  ["<<", "<<"],
  ["=", "="],
  ["0.0.1", "0.0.1"],
  ["1-2", "1-2"],
  ["1Gi", "1Gi"],
  ["500m", "500m"],
];

const wrap = (scalar: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nv: ${scalar}\n`;

describe('plain scalars as kubectl reads them', () => {
  it('both readers read every scalar of the table as go-yaml v2 does', () => {
    const wrong: string[] = [];
    for (const [scalar, kubectl] of TABLE) {
      for (const fast of [true, false]) {
        const loaded = loadSource('a.yaml', wrap(scalar), { fast });
        const reader = fast ? 'fast reader' : 'yaml library';
        if (fast && !loaded.file.fast) wrong.push(`${reader}: ${JSON.stringify(scalar)} not read by it`);
        const got = loaded.resources[0]?.object.v;
        try {
          assert.deepStrictEqual(got, kubectl);
        } catch {
          wrong.push(`${reader}: ${JSON.stringify(scalar)} read as ${typeof got} ${String(got)}, kubectl sends ${typeof kubectl} ${String(kubectl)}`);
        }
      }
      const resolved = plainScalar(scalar);
      if (!Object.is(resolved === null ? scalar : resolved.value, kubectl) && !(resolved && Number.isNaN(resolved.value) && Number.isNaN(kubectl))) wrong.push(`plainScalar(${JSON.stringify(scalar)})`);
    }
    assert.deepEqual(wrong, []);
  });

  it('quoted scalars stay strings, and an explicit !!float takes an integer as go-yaml does', () => {
    for (const fast of [true, false]) {
      const loaded = loadSource('a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\na: "1e3"\nb: \'yes\'\nc: !!float 3\nd: !!str 3\n', { fast });
      assert.deepEqual(loaded.resources[0]!.object, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, a: '1e3', b: 'yes', c: 3, d: '3' });
    }
  });
});
