/**
 * Loaded with `node --import` by the benchmark: on exit, writes the process's peak resident set
 * size (all threads, in KiB) to the file named by STSPLAN_BENCH_RSS.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.STSPLAN_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
