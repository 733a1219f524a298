#!/usr/bin/env node
import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);

// build/src/cli/bin.js
import module from "node:module";

// build/src/version.js
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);

// build/src/cli/bin.js
module.enableCompileCache?.();
if (BUNDLED)
  module.createRequire(import.meta.url)("./cli-main.cjs");
else
  await import(new URL("./main.js", import.meta.url).href);
