import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// build/src/load/load-worker.js
import { parentPort, workerData } from "node:worker_threads";

// build/src/load/source.js
var lineStarts = /* @__PURE__ */ new WeakMap();
function linesOf(file) {
  let starts = lineStarts.get(file);
  if (!starts) {
    starts = [0];
    const { text } = file;
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text))
      starts.push(m.index + m[0].length);
    lineStarts.set(file, starts);
  }
  return starts;
}
function lineEnd(text, from) {
  const nl = /[\r\n]/g;
  nl.lastIndex = from;
  const m = nl.exec(text);
  return m ? m.index : text.length;
}
function position(file, offset) {
  const starts = linesOf(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}
function rangeFromOffsets(file, from, to) {
  const end = file.text.length;
  const start = Math.min(Math.max(0, from), end);
  return { start: position(file, start), end: position(file, Math.min(Math.max(start, to), end)) };
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count2) {
    let result2 = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result2 += string;
    }
    return result2;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd2, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd2 - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd2 = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result2 = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result2 = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result2;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result2 += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result2 += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result2 += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result2.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result2 = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result2[String(alias)] = style;
        });
      });
    }
    return result2;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result2 = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result2.length;
      result2.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result2[newIndex] = currentType;
    });
    return result2;
  }
  function compileMap() {
    const result2 = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result2.multi[type2.kind].push(type2);
        result2.multi["fallback"].push(type2);
      } else {
        result2[type2.kind][type2.tag] = result2["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result2;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result2 = Object.create(Schema2.prototype);
    result2.implicit = (this.implicit || []).concat(implicit);
    result2.explicit = (this.explicit || []).concat(explicit);
    result2.compiledImplicit = compileList(result2, "implicit");
    result2.compiledExplicit = compileList(result2, "explicit");
    result2.compiledTypeMap = compileMap(result2.compiledImplicit, result2.compiledExplicit);
    return result2;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result2 = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result2.push(bits >> 16 & 255);
        result2.push(bits >> 8 & 255);
        result2.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result2.push(bits >> 16 & 255);
      result2.push(bits >> 8 & 255);
      result2.push(bits & 255);
    } else if (tailbits === 18) {
      result2.push(bits >> 10 & 255);
      result2.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result2.push(bits >> 4 & 255);
    }
    return new Uint8Array(result2);
  }
  function representYamlBinary(object) {
    let result2 = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result2 += map2[bits >> 18 & 63];
        result2 += map2[bits >> 12 & 63];
        result2 += map2[bits >> 6 & 63];
        result2 += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result2 += map2[bits >> 18 & 63];
      result2 += map2[bits >> 12 & 63];
      result2 += map2[bits >> 6 & 63];
      result2 += map2[bits & 63];
    } else if (tail === 2) {
      result2 += map2[bits >> 10 & 63];
      result2 += map2[bits >> 4 & 63];
      result2 += map2[bits << 2 & 63];
      result2 += map2[64];
    } else if (tail === 1) {
      result2 += map2[bits >> 2 & 63];
      result2 += map2[bits << 4 & 63];
      result2 += map2[64];
      result2 += map2[64];
    }
    return result2;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result2[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result2 = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result2[index] = [keys[0], pair[keys[0]]];
    }
    return result2;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent2 = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent2 = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent2 = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent2 = true;
          } else if (readAlias(state)) {
            hasContent2 = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent2 = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent2 = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent2;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result2 = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result2[tag] = style;
    }
    return result2;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result2 = "";
    const length = string.length;
    while (position2 < length) {
      let line;
      const next = string.indexOf("\n", position2);
      if (next === -1) {
        line = string.slice(position2);
        position2 = length;
      } else {
        line = string.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result2 += ind;
      result2 += line;
    }
    return result2;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result2 = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result2 += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result2;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result2 = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result2 += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result2 += "\n";
    if (line.length - start > width && curr > start) {
      result2 += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result2 += line.slice(start);
    }
    return result2.slice(1);
  }
  function escapeString(string) {
    let result2 = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result2 += string[i];
        if (char >= 65536) result2 += string[i + 1];
      } else {
        result2 += escapeSeq || encodeHex(char);
      }
    }
    return result2;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// build/src/k8s/yaml11.js
function yaml11Ambiguity(source) {
  if (/^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/.test(source)) {
    const truthy = /^(y|Y|yes|Yes|YES|on|On|ON)$/.test(source);
    return { as11: `the boolean ${truthy}`, as12: `the string "${source}"` };
  }
  return null;
}

// build/src/k8s/plain-scalars.js
var WORDS = /* @__PURE__ */ new Map();
for (const [words, scalar] of [
  ["y Y yes Yes YES true True TRUE on On ON", { tag: "bool", value: true }],
  ["n N no No NO false False FALSE off Off OFF", { tag: "bool", value: false }],
  ["~ null Null NULL", { tag: "null", value: null }],
  [".nan .NaN .NAN", { tag: "float", value: NaN }],
  [".inf .Inf .INF +.inf +.Inf +.INF", { tag: "float", value: Infinity }],
  ["-.inf -.Inf -.INF", { tag: "float", value: -Infinity }]
]) {
  for (const word of words.split(" "))
    WORDS.set(word, scalar);
}
WORDS.set("", { tag: "null", value: null });
var GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
var INT64_MIN = -(2n ** 63n);
var UINT64_END = 2n ** 64n;
function goInt(s) {
  const negative = s[0] === "-";
  const body = s[0] === "-" || s[0] === "+" ? s.slice(1) : s;
  const prefix = body.slice(0, 2).toLowerCase();
  let n;
  if (prefix === "0x" || prefix === "0b" || prefix === "0o")
    n = BigInt(`0${prefix[1]}${body.slice(2)}`);
  else if (body.length > 1 && body[0] === "0")
    n = BigInt(`0o${body.slice(1)}`);
  else
    n = BigInt(body);
  return negative ? -n : n;
}
function finite(s) {
  const value = Number(s);
  return Number.isFinite(value) ? { tag: "float", value } : null;
}
function plainScalar(source) {
  const word = WORDS.get(source);
  if (word)
    return word;
  const first = source[0];
  if (first === ".")
    return DOT_FLOAT.test(source) ? finite(source.replace(/_/g, "")) : null;
  if (first !== "-" && first !== "+" && (first < "0" || first > "9"))
    return null;
  const plain = source.replace(/_/g, "");
  let beyondUint64 = false;
  if (GO_INT.test(plain)) {
    const n = goInt(plain);
    if (n >= INT64_MIN && (n < -INT64_MIN || n < UINT64_END && !/^[-+]/.test(plain)))
      return { tag: "int", value: Number(n) };
    beyondUint64 = !/^[-+]/.test(plain);
  }
  if (YAML_STYLE_FLOAT.test(plain)) {
    const float3 = finite(plain);
    if (float3)
      return float3;
  }
  return beyondUint64 ? { tag: "int", value: Number(goInt(plain)) } : null;
}
function kubectlTakes(name, scalar) {
  return scalar !== null && (scalar.tag === name || name === "float" && scalar.tag === "int");
}

// build/src/load/yaml-fast.js
var sawYaml11 = false;
function int2(source, offset, radix) {
  const sign = source[0];
  const digits = source.substring(sign === "-" || sign === "+" ? offset + 1 : offset).replace(/_/g, "");
  const n = parseInt(digits, radix);
  return sign === "-" ? -1 * n : n;
}
function scalarType(name, forms) {
  const form = (source) => forms.find(([test]) => test.test(source))?.[1];
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: "scalar",
    resolve: (source) => form(source) !== void 0,
    construct: (source) => form(source)(source)
  });
}
var float2 = (s) => parseFloat(s.replace(/_/g, ""));
var lastSource;
var lastScalar = null;
function scalarOf(source) {
  if (source !== lastSource) {
    lastScalar = plainScalar(source);
    lastSource = source;
  }
  return lastScalar;
}
var KUBECTL_SCALARS = ["null", "bool", "int", "float"].map((name) => new Type(`tag:yaml.org,2002:${name}`, {
  kind: "scalar",
  resolve: (source) => kubectlTakes(name, scalarOf(source)),
  construct(source) {
    if (yaml11Ambiguity(source))
      sawYaml11 = true;
    return scalarOf(source).value;
  }
}));
var CORE_SCALARS = [
  scalarType("null", [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
  scalarType("bool", [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]]),
  scalarType("int", [
    [/^0o[0-7]+$/, (s) => int2(s, 2, 8)],
    [/^[-+]?[0-9]+$/, (s) => int2(s, 0, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => int2(s, 2, 16)]
  ]),
  scalarType("float", [
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, float2],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, float2]
  ])
];
var KUBECTL_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: KUBECTL_SCALARS });
var JSON_FILE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS });
var fastSchema = (json2) => json2 ? JSON_FILE_SCHEMA : KUBECTL_SCHEMA;
function isWs(c) {
  if (c <= 32)
    return c === 32 || c >= 9 && c <= 13;
  if (c < 160)
    return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var SP = 32;
var TAB = 9;
var COLON = 58;
var wsOrEnd = (text, i) => i >= text.length || isWs(text.charCodeAt(i));
function nullKeyAt(text, i) {
  let j = i;
  const c = text.charCodeAt(j);
  if (c !== COLON) {
    if (c === 126)
      j++;
    else {
      if (c !== 110 && c !== 78)
        return false;
      const word = text.substr(j, 4);
      if (word !== "null" && word !== "Null" && word !== "NULL")
        return false;
      j += 4;
    }
    while (text.charCodeAt(j) === SP || text.charCodeAt(j) === TAB)
      j++;
    if (text.charCodeAt(j) !== COLON)
      return false;
  }
  return wsOrEnd(text, j + 1);
}
function skipBlanks(text, i, dash) {
  let j = i;
  for (; ; ) {
    const c = text.charCodeAt(j);
    if (c === SP || c === TAB || dash && c === 45)
      j++;
    else
      return j;
  }
}
var TRIGGERS = new Uint8Array(128);
for (const c of "&<%?]}{,[\n")
  TRIGGERS[c.charCodeAt(0)] = 1;
function needsYaml(text) {
  if (nullKeyAt(text, skipBlanks(text, 0, true)))
    return true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || TRIGGERS[c] === 0)
      continue;
    const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
    switch (c) {
      case 38: {
        if (!(isWs(prev) || prev === 91 || prev === 123 || prev === 44 || prev === COLON || prev === 63 || prev === 45))
          break;
        const next = text.charCodeAt(i + 1);
        if (i + 1 < text.length && next !== 38 && !isWs(next))
          return true;
        break;
      }
      case 60:
        if (text.charCodeAt(i + 1) === 60 && (isWs(prev) || prev === 123 || prev === 44 || prev === 91 || prev === 63 || prev === 45) && text.charCodeAt(skipBlanks(text, i + 2, false)) === COLON)
          return true;
        break;
      case 37:
        if (prev === 10)
          return true;
        break;
      case 63:
        if ((isWs(prev) || prev === 91 || prev === 123 || prev === 44) && wsOrEnd(text, i + 1))
          return true;
        if (nullKeyAt(text, skipBlanks(text, i + 1, false)))
          return true;
        break;
      case 93:
      case 125: {
        const j = skipBlanks(text, i + 1, false);
        if (text.charCodeAt(j) === COLON && wsOrEnd(text, j + 1))
          return true;
        break;
      }
      case 123:
      case 44:
      case 91:
        if (nullKeyAt(text, skipBlanks(text, i + 1, false)))
          return true;
        break;
      case 10:
        if (nullKeyAt(text, skipBlanks(text, i + 1, true)))
          return true;
        break;
    }
  }
  return false;
}
var FAST_MAX_DEPTH = 100;
var fastDepth = (maxDepth) => Math.max(1, Math.min(FAST_MAX_DEPTH, maxDepth - 2));
var hasContent = (text) => /^[ \t]*[^\s#]/m.test(text);
function separators(text) {
  const out = [];
  const marker = /^---(?=\s|$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text))
    out.push(m.index);
  return out;
}
function documentStarts(text, count2) {
  if (/^\.\.\.(?:\s|$)/m.test(text))
    return null;
  const starts = [];
  for (const at of separators(text)) {
    if (starts.length === 0 && hasContent(text.slice(0, at)))
      starts.push(0);
    starts.push(at);
  }
  if (starts.length === 0 && hasContent(text))
    starts.push(0);
  return starts.length === count2 ? starts : null;
}
function fastRead(text, json2, maxDepth) {
  if (needsYaml(text))
    return null;
  sawYaml11 = false;
  try {
    const docs = loadAll(text, void 0, { schema: fastSchema(json2), maxDepth: fastDepth(maxDepth) });
    return { docs, yaml11: sawYaml11, starts: documentStarts(text, docs.length) };
  } catch {
    return null;
  }
}

// build/src/load/yaml-positions.js
var Irregular = class extends Error {
};
function positionTrees(text, json2, maxDepth, shift = 0) {
  if (text.charCodeAt(0) === 65279)
    return null;
  const root = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack = [root];
  let docs;
  try {
    docs = loadAll(text, void 0, {
      schema: fastSchema(json2),
      maxDepth,
      listener(event, state) {
        if (event === "open") {
          stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
        } else {
          const frame = stack.pop();
          frame.close = state.position;
          frame.kind = state.kind ?? null;
          frame.result = state.result;
          stack[stack.length - 1].children.push(frame);
        }
      }
    });
  } catch {
    return null;
  }
  if (root.children.length !== docs.length)
    return null;
  try {
    return root.children.map((frame, i) => docs[i] === null || docs[i] === void 0 ? null : build(text, frame, docs[i], shift));
  } catch (e) {
    if (e instanceof Irregular)
      return null;
    throw e;
  }
}
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function skipSeparation(text, at) {
  let i = at;
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c))
      i++;
    else if (c === 35) {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r")
        i++;
    } else
      return i;
  }
}
function innermost(frame) {
  let f = frame;
  while (f.children.length === 1 && f.children[0].kind === f.kind && Object.is(f.children[0].result, f.result))
    f = f.children[0];
  return f;
}
function build(text, outer, value, shift) {
  const frame = innermost(outer);
  if (!Object.is(frame.result, value))
    throw new Irregular();
  const start = skipSeparation(text, frame.open);
  const first = text[start];
  if (first === "!" || first === "&" || first === "*")
    throw new Irregular();
  if (frame.kind === "scalar") {
    let end = frame.close;
    if (first === "|" || first === ">")
      end = blockScalarEnd(text, start, frame.close);
    else if (first !== '"' && first !== "'")
      while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    return { kind: "scalar", start: start + shift, end: end + shift, flow: false };
  }
  const flow = first === "{" || first === "[";
  if (frame.kind === "mapping") {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new Irregular();
    const object = value;
    const children = frame.children;
    const count2 = children.length % 2 === 1 && children[children.length - 1].kind === null ? children.length - 1 : children.length;
    if (count2 !== 2 * Object.keys(object).length)
      throw new Irregular();
    const entries = /* @__PURE__ */ new Map();
    for (let i = 0; i < count2; i += 2) {
      const keyFrame = innermost(children[i]);
      if (keyFrame.kind !== "scalar")
        throw new Irregular();
      const name = String(keyFrame.result);
      if (entries.has(name) || !Object.prototype.hasOwnProperty.call(object, name))
        throw new Irregular();
      const key = build(text, keyFrame, keyFrame.result, shift);
      const valueFrame = innermost(children[i + 1]);
      entries.set(name, { key, value: valueFrame.kind === null ? empty(valueFrame, object[name], shift) : build(text, valueFrame, object[name], shift) });
    }
    return { kind: "map", start: start + shift, end: frame.close + shift, flow, entries };
  }
  if (frame.kind === "sequence") {
    if (!Array.isArray(value) || frame.children.length !== value.length)
      throw new Irregular();
    const items = frame.children.map((child, i) => build(text, child, value[i], shift));
    return { kind: "seq", start: start + shift, end: frame.close + shift, flow, items };
  }
  throw new Irregular();
}
function empty(frame, value, shift) {
  if (value !== null)
    throw new Irregular();
  return { kind: "scalar", start: frame.open + shift, end: frame.open + shift, flow: false };
}
function blockScalarEnd(text, start, close) {
  const headerEnd = text.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= close)
    return headerEnd < 0 ? text.length : headerEnd + 1;
  const header = text.slice(start, headerEnd).replace(/\s#.*$/, "");
  if (/[+0-9]/.test(header))
    throw new Irregular();
  const body = headerEnd + 1;
  let last = close - 1;
  while (last >= body && isSpace(text.charCodeAt(last)))
    last--;
  if (last < body)
    return body;
  const lineBreak = text.indexOf("\n", last);
  const end = lineBreak < 0 ? text.length : lineBreak + 1;
  let first = body;
  while (isSpace(text.charCodeAt(first)))
    first++;
  const indent = first - (text.lastIndexOf("\n", first - 1) + 1);
  const trailing = text.slice(end, text.lastIndexOf("\n", close - 1) + 1);
  for (const line of trailing.split("\n")) {
    const blanks = line.replace(/\r$/, "");
    if (blanks.includes("	") || blanks.length > indent)
      throw new Irregular();
  }
  return end;
}

// build/src/load/yaml-lib.js
import { createRequire } from "node:module";

// build/src/version.js
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);

// build/src/load/yaml-lib.js
var lib;
function yamlLib() {
  return lib ??= BUNDLED ? __require("./yaml.cjs") : createRequire(import.meta.url)("yaml");
}

// build/src/load/yaml-aliases.js
function allowedAliasRatio(nodes) {
  if (nodes <= 4e5)
    return 0.99;
  if (nodes >= 4e6)
    return 0.1;
  return 0.99 - 0.89 * (nodes - 4e5) / 36e5;
}
var excessive = (nodes, aliased) => aliased > 100 && nodes > 1e3 && aliased / nodes > allowedAliasRatio(nodes);
var EXPANSION_FLOOR = 1e3;
function aliasProblem(doc, maxExpansion, maxDepth) {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yamlLib();
  if (doc.contents === null)
    return null;
  const anchors = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  let nodes = 1;
  let aliased = 0;
  let kubectl = null;
  const added = [];
  const stack = [];
  const childrenOf = (node) => {
    if (isSeq(node))
      return node.items;
    if (!isMap(node))
      return [];
    const out = [];
    for (const pair of node.items) {
      const key = pair.key;
      const value = pair.value;
      if (isScalar(key) && typeof key.value === "symbol")
        out.push(value);
      else
        out.push(key, value);
    }
    return out;
  };
  const visit = (node) => {
    nodes++;
    if (!kubectl && excessive(nodes, aliased))
      kubectl = { kind: "kubectl", at: node ?? stack[stack.length - 1].node, nodes, aliased };
    if (node === null)
      return { size: 1, depth: 0 };
    if (node.anchor)
      anchors.set(node.anchor, node);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target)
        return { size: 1, depth: 0 };
      const expanded = done.get(target);
      if (!expanded)
        return null;
      nodes += expanded.size;
      aliased += expanded.size;
      if (!kubectl && excessive(nodes, aliased))
        kubectl = { kind: "kubectl", at: node, nodes, aliased };
      added.push([node, aliased]);
      return { size: 1 + expanded.size, depth: expanded.depth };
    }
    if (isCollection(node))
      return "open";
    if (node.anchor)
      done.set(node, { size: 1, depth: 0 });
    return { size: 1, depth: 0 };
  };
  const root = doc.contents;
  const first = visit(root);
  if (first === "open")
    stack.push({ node: root, children: childrenOf(root), next: 0, size: 1, depth: 0 });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      const result2 = visit(child);
      if (result2 === null)
        return { kind: "self", at: child, name: child.source };
      if (result2 === "open") {
        stack.push({ node: child, children: childrenOf(child), next: 0, size: 1, depth: 0 });
        continue;
      }
      if (stack.length + result2.depth > maxDepth)
        return { kind: "depth", at: child };
      frame.size += result2.size;
      frame.depth = Math.max(frame.depth, result2.depth);
      continue;
    }
    stack.pop();
    const expanded = { size: frame.size, depth: frame.depth + 1 };
    if (frame.node.anchor)
      done.set(frame.node, expanded);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += expanded.size;
      parent.depth = Math.max(parent.depth, expanded.depth);
    }
  }
  if (kubectl)
    return kubectl;
  const written = nodes - aliased;
  if (aliased > EXPANSION_FLOOR && nodes > maxExpansion * written) {
    const over = added.find(([, sum]) => sum > EXPANSION_FLOOR && written + sum > maxExpansion * written);
    return { kind: "expansion", at: over[0], written, expanded: nodes };
  }
  return null;
}

// build/src/text/printable.js
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var ALL = new RegExp(UNPRINTABLE.source, "g");

// build/src/load/helm-source.js
var MAX_TEMPLATE = 1024;
var SOURCE = /^# Source: (.+?)[ \t]*$/;
var ORIGIN_KEY = /^config\.kubernetes\.io\/origin:[ \t]*\|[-+]?[ \t]*$/;
var ORIGIN_FIELD = /^(path|repo|ref):[ \t]*(.*?)[ \t]*$/;
function oneLineScalar(v) {
  const m = /^(?:"([^"\\]*)"|'([^']*)'|([^\s"'#&*!|>%@`{}[\],][^#]*?))$/.exec(v);
  return m ? m[1] ?? m[2] ?? m[3] : void 0;
}
function scanOrigin(s, l) {
  const trimmed = l.trimStart();
  if (trimmed === "" || trimmed.startsWith("#"))
    return;
  const indent = l.length - trimmed.length;
  if (s.state === "origin") {
    if (indent > s.keyIndent) {
      const m = ORIGIN_FIELD.exec(trimmed);
      const v = m ? oneLineScalar(m[2]) : void 0;
      if (m && v !== void 0)
        s.fields[m[1]] = v;
      return;
    }
    s.state = "ann";
  }
  if (s.state === "ann") {
    if (indent > s.metaIndent) {
      s.annIndent ??= indent;
      if (indent === s.annIndent && ORIGIN_KEY.test(trimmed)) {
        s.state = "origin";
        s.keyIndent = indent;
        s.fields = {};
      }
      return;
    }
    s.state = "meta";
  }
  if (s.state === "meta") {
    if (indent > 0) {
      s.metaIndent ??= indent;
      if (indent === s.metaIndent && /^annotations:[ \t]*$/.test(trimmed)) {
        s.state = "ann";
        s.annIndent = void 0;
      }
      return;
    }
    s.state = "top";
  }
  if (indent === 0 && /^metadata:[ \t]*$/.test(l)) {
    s.state = "meta";
    s.metaIndent = void 0;
  }
}
function originName(f) {
  if (!f.path)
    return void 0;
  if (!f.repo)
    return f.path;
  return `${f.repo}//${f.path}${f.ref ? `?ref=${f.ref}` : ""}`;
}
function helmDocuments(text) {
  const helm = text.includes("# Source: ");
  const kustomize = text.includes("config.kubernetes.io/origin");
  if (!helm && !kustomize)
    return [];
  const out = [];
  const breaks = /\r\n?|\n/g;
  let offset = 0;
  let line = 1;
  const fresh = (from, fromLine) => ({ from, fromLine, content: false, ...kustomize ? { origin: { state: "top", fields: {} } } : {} });
  let doc = fresh(0, 1);
  const close = (to, toLine) => {
    const origin = doc.origin ? originName(doc.origin.fields) : void 0;
    const template = doc.template ?? (origin !== void 0 && origin.length <= MAX_TEMPLATE ? origin : void 0);
    if (template !== void 0)
      out.push({ from: doc.from, to, fromLine: doc.fromLine, toLine, template });
  };
  for (; ; ) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const l = text.slice(offset, end);
    if (/^---(?:[ \t]|$)/.test(l)) {
      const next = m ? end + m[0].length : text.length;
      close(next, line);
      doc = fresh(next, line + 1);
    } else {
      if (!doc.content) {
        const source = helm ? SOURCE.exec(l) : null;
        if (source && doc.template === void 0 && source[1].length <= MAX_TEMPLATE)
          doc.template = source[1];
        else if (!/^[ \t]*(?:#.*)?$/.test(l))
          doc.content = true;
      }
      if (doc.content && doc.origin && doc.template === void 0)
        scanOrigin(doc.origin, l);
    }
    if (!m)
      break;
    offset = end + m[0].length;
    line++;
  }
  close(text.length, line);
  return out;
}
function templateAtOffset(docs, offset) {
  return docs?.find((d) => offset >= d.from && offset < Math.max(d.to, d.from + 1))?.template;
}
var cache = /* @__PURE__ */ new WeakMap();
function helmDocumentsOf(file) {
  let docs = cache.get(file);
  if (!docs)
    cache.set(file, docs = helmDocuments(file.text));
  return docs;
}

// build/src/load/loader.js
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function baseName(path) {
  const p = path.replace(/\\/g, "/");
  return p.slice(p.lastIndexOf("/") + 1);
}
function dirName(path) {
  const p = path.replace(/\\/g, "/");
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function normalizePath(path) {
  const abs = path.startsWith("/");
  const out = [];
  for (const seg of path.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".")
      continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..")
      out.pop();
    else if (seg !== ".." || !abs)
      out.push(seg);
  }
  return (abs ? "/" : "") + out.join("/");
}
var MAX_DEPTH = 400;
var DEFAULT_LIMITS = {
  maxAliasCount: 1e3,
  maxAliasExpansion: 10,
  maxFileBytes: 64 * 1024 * 1024,
  maxDepth: MAX_DEPTH,
  maxDocumentBytes: 4 * 1024 * 1024
};
var DROPPED_TAGS = /* @__PURE__ */ new Set(["tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:set", "tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs", "tag:yaml.org,2002:binary"]);
var SCALAR_NAMES = ["null", "bool", "int", "float"];
var SCALAR_TAGS = new Set(SCALAR_NAMES.map((name) => `tag:yaml.org,2002:${name}`));
var KUBECTL_SCALAR_TAGS = SCALAR_NAMES.map((name) => ({
  tag: `tag:yaml.org,2002:${name}`,
  default: true,
  identify: (v) => name === "null" ? v === null : name === "bool" ? typeof v === "boolean" : typeof v === "number",
  test: Object.assign(/(?:)/, { test: (source) => kubectlTakes(name, plainScalar(source)) }),
  resolve: (source) => plainScalar(source).value
}));
function kubectlTags(tags) {
  const kept = tags.filter((t) => typeof t === "string" ? !["timestamp", "set", "omap", "pairs", "binary", "floatTime", "intTime"].includes(t) : !(DROPPED_TAGS.has(t.tag) || SCALAR_TAGS.has(t.tag) || t.format === "TIME"));
  return [...KUBECTL_SCALAR_TAGS, ...kept];
}
function decode(content) {
  if (typeof content === "string")
    return { text: content.charCodeAt(0) === 65279 ? content.slice(1) : content };
  let bytes = content;
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191)
    bytes = bytes.subarray(3);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0))
    return { error: "binary file (contains NUL bytes); not a YAML or JSON manifest" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: "file is not valid UTF-8 text" };
  }
}
var parsed = /* @__PURE__ */ new WeakMap();
var depthLimit = /* @__PURE__ */ new WeakMap();
var deepDocuments = /* @__PURE__ */ new WeakMap();
var TooDeep = class extends Error {
  offset;
  constructor(offset) {
    super("nested too deeply");
    this.offset = offset;
  }
};
function* depthCheckedTokens(text, maxDepth) {
  const { Lexer, Parser } = yamlLib();
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    yield* parser.next(lexeme);
    const { stack } = parser;
    let open = stack.length;
    if (open > maxDepth) {
      if (stack[0].type === "document")
        open--;
      if (!COLLECTIONS.has(stack[stack.length - 1].type))
        open--;
      if (open > maxDepth)
        throw new TooDeep(offset);
    }
  }
  yield* parser.end();
}
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection", "document"]);
function tooDeepAt(text, maxDepth) {
  try {
    for (const _ of depthCheckedTokens(text, maxDepth))
      ;
    return null;
  } catch (e) {
    if (e instanceof TooDeep)
      return e.offset;
    throw e;
  }
}
function parseYaml(file) {
  const maxDepth = depthLimit.get(file) ?? MAX_DEPTH;
  const text = file.blanked ?? file.text;
  try {
    return composeYaml(file, text, maxDepth);
  } catch (e) {
    if (!(e instanceof TooDeep))
      throw e;
  }
  const deep = [];
  let rest = text;
  for (const [from, to] of documentExtents(text)) {
    const at = tooDeepAt(text.slice(from, to), maxDepth);
    if (at === null)
      continue;
    deep.push(from + at);
    const keep = text.startsWith("---", from) ? from + 3 : from;
    rest = rest.slice(0, keep) + blank(text.slice(keep, to)) + rest.slice(to);
  }
  if (deep.length === 0)
    deep.push(0);
  deepDocuments.set(file, deep);
  file.blanked = rest;
  try {
    return composeYaml(file, rest, maxDepth);
  } catch (e) {
    if (!(e instanceof TooDeep))
      throw e;
    file.blanked = blank(text);
    return [];
  }
}
function composeYaml(file, text, maxDepth) {
  const composer = new (yamlLib()).Composer({
    version: file.json ? "1.2" : "1.1",
    schema: file.json ? "core" : "yaml-1.1",
    customTags: file.json ? void 0 : kubectlTags,
    uniqueKeys: false,
    merge: !file.json,
    prettyErrors: false,
    strict: false,
    // Warnings (such as "keys with collection values will be stringified") would go to
    // process.emitWarning, that is to the user's terminal; what matters is reported as findings.
    logLevel: "error"
  });
  return Array.from(composer.compose(depthCheckedTokens(text, maxDepth)));
}
function documentsOf(file) {
  let docs = parsed.get(file);
  if (!docs)
    parsed.set(file, docs = parseYaml(file));
  return docs;
}
var parsedOne = /* @__PURE__ */ new WeakMap();
function documentAt(file, index) {
  const starts = file.fast?.starts;
  if (!starts || parsed.has(file))
    return documentsOf(file)[index];
  let docs = parsedOne.get(file);
  if (!docs)
    parsedOne.set(file, docs = /* @__PURE__ */ new Map());
  let doc = docs.get(index);
  if (!doc) {
    const from = starts[index];
    const text = file.blanked ?? file.text;
    doc = parseYaml({ path: file.path, json: file.json, text: text.slice(from, starts[index + 1] ?? text.length) })[0];
    const shift = (r) => r && [r[0] + from, r[1] + from, r[2] + from];
    yamlLib().visit(doc, {
      Node(_, node) {
        node.range = shift(node.range ?? void 0) ?? null;
      }
    });
    doc.range = shift(doc.range);
    docs.set(index, doc);
  }
  return doc;
}
var trees = /* @__PURE__ */ new WeakMap();
function positionTreeAt(file, index) {
  if (!file.fast)
    return null;
  let cache2 = trees.get(file);
  if (!cache2)
    trees.set(file, cache2 = /* @__PURE__ */ new Map());
  const known = cache2.get(index);
  if (known !== void 0)
    return known;
  const text = file.blanked ?? file.text;
  const maxDepth = fastDepth(depthLimit.get(file) ?? MAX_DEPTH);
  const { starts } = file.fast;
  if (starts) {
    const from = starts[index];
    const docs = positionTrees(text.slice(from, starts[index + 1] ?? text.length), file.json, maxDepth, from);
    cache2.set(index, docs?.length === 1 ? docs[0] : null);
  } else {
    const docs = positionTrees(text, file.json, maxDepth);
    docs?.forEach((tree, i) => cache2.set(i, tree));
    if (!cache2.has(index))
      cache2.set(index, null);
  }
  return cache2.get(index);
}
function inputError(file, message, range) {
  return { ruleId: "input", severity: "error", message, file: file.path, range: range ?? rangeFromOffsets(file, 0, 0) };
}
function tooDeep(root, maxDepth) {
  const { isMap, isSeq } = yamlLib();
  const stack = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop();
    if (isMap(node) || isSeq(node)) {
      if (depth >= maxDepth)
        return node;
      for (const item of node.items) {
        if (isMap(node)) {
          const pair = item;
          stack.push([pair.value, depth + 1]);
        } else
          stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}
function str2(v) {
  return typeof v === "string" ? v : void 0;
}
function loadSource(path, content, options = {}) {
  const loaded = loadFile(path, content, options);
  if (loaded.errors.length > 0) {
    const docs = helmDocumentsOf(loaded.file);
    for (const e of loaded.errors) {
      const template = templateAtOffset(docs, e.range.start.offset);
      if (template !== void 0)
        e.template = template;
    }
  }
  return loaded;
}
function loadFile(path, content, options) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  limits.maxDepth = Math.min(limits.maxDepth, MAX_DEPTH);
  const json2 = /\.json$/i.test(path);
  const empty2 = { path, text: "", json: json2 };
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > limits.maxFileBytes) {
    return { file: empty2, resources: [], errors: [inputError(empty2, `file is ${size} bytes, over the limit of ${limits.maxFileBytes} (--max-file-bytes)`)] };
  }
  const decoded = decode(content);
  if ("error" in decoded)
    return { file: empty2, resources: [], errors: [inputError(empty2, decoded.error)] };
  const file = { path, text: decoded.text, json: json2 };
  depthLimit.set(file, limits.maxDepth);
  const errors = [];
  if (json2) {
    const comment = jsonComment(file.text);
    if (comment !== null) {
      const err = inputError(file, 'invalid JSON: comments are not allowed (kubectl reads a file that starts with "{" as JSON and rejects it)', rangeFromOffsets(file, comment, comment + 2));
      return { file, resources: [], errors: [err], .../"(apiVersion|kind)"/.test(file.text) ? {} : { foreign: true } };
    }
  }
  const text = unread(file, readable(file.text), limits, errors);
  if (text !== file.text)
    file.blanked = text;
  const role = sourceRole(file, options, limits);
  if (role)
    return { file, resources: [], errors: [], role };
  const loaded = loadText(file, options, limits, errors);
  if (/^values[^/]*\.ya?ml$/i.test(baseName(path)) && (loaded.errors.length > 0 || loaded.foreign))
    return { file, resources: [], errors: [], foreign: true, role: { kind: "helm-values" } };
  return loaded;
}
function firstValue(file, limits) {
  const fast = fastRead(file.blanked ?? file.text, file.json, limits.maxDepth);
  if (fast)
    return fast.docs[0];
  try {
    const doc = documentsOf(file)[0];
    if (!doc || doc.errors.length > 0)
      return void 0;
    const value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return aliasProblem(doc, limits.maxAliasExpansion, limits.maxDepth) ? void 0 : value;
  } catch {
    return void 0;
  }
}
function sourceRole(file, options, limits) {
  const name = baseName(file.path);
  const pseudo = (kind, object, resourceName) => ({
    file,
    docIndex: 0,
    base: [],
    object,
    apiVersion: str2(object.apiVersion) ?? "",
    kind,
    name: resourceName,
    namespace: void 0,
    reportable: options.reportable ?? true
  });
  if (KUSTOMIZATION_FILES.includes(name)) {
    const value = firstValue(file, limits);
    const k = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
    const list = (v) => Array.isArray(v) ? v : [];
    const paths = [];
    for (const p of list(k.patchesStrategicMerge))
      if (typeof p === "string" && !p.includes("\n"))
        paths.push(p);
    for (const key of ["patches", "patchesJson6902"]) {
      for (const p of list(k[key]))
        if (typeof p === "object" && p !== null && typeof p.path === "string")
          paths.push(p.path);
    }
    const dir = dirName(file.path);
    const patches = paths.filter((p) => !/^[a-z]+:\/\//i.test(p)).map((p) => normalizePath(dir ? `${dir}/${p}` : p));
    return { kind: "kustomization", patches, resource: pseudo("Kustomization", k, dir || ".") };
  }
  if (name === "Chart.yaml") {
    const value = firstValue(file, limits);
    const chart = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
    const dir = dirName(file.path);
    return { kind: "helm-chart", dir, resource: pseudo("Helm chart", chart, str2(chart.name) ?? (dir || ".")) };
  }
  if (/(^|\/)templates\//.test(file.path.replace(/\\/g, "/")) && file.text.includes("{{")) {
    const dir = dirName(file.path.replace(/\\/g, "/").replace(/(^|\/)templates\/.*$/, "$1templates"));
    return { kind: "helm-template", dir, resource: pseudo("Helm template", {}, dir || ".") };
  }
  return null;
}
function jsonComment(text) {
  if (!/^\s*\{/.test(text) || !/\/[/*]/.test(text))
    return null;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    if (!at)
      return null;
    const i = Number(at[1]);
    return text.startsWith("//", i) || text.startsWith("/*", i) ? i : null;
  }
}
function readable(text) {
  let out = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  if (out.includes("\uFEFF")) {
    const starts = kubectlChunkStarts(text);
    out = out.replace(/\uFEFF/g, (bom, at) => starts.has(at) ? "\n" : bom);
  }
  return out;
}
function kubectlChunkStarts(text) {
  const starts = /* @__PURE__ */ new Set();
  let collected = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const next = nl < 0 ? text.length : nl + 1;
    if (text.startsWith("---", at) && collected) {
      collected = false;
      starts.add(next);
    } else
      collected = true;
    at = next;
  }
  return starts;
}
var YAML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;
var JSON_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
function unread(file, text, limits, errors) {
  const control = file.json ? JSON_CONTROL : YAML_CONTROL;
  control.lastIndex = 0;
  let nextControl = control.exec(text);
  const mayBeLarge = text.length * 3 > limits.maxDocumentBytes;
  if (!nextControl && !mayBeLarge && !/\r(?!\n)/.test(file.text))
    return text;
  const skipped = [];
  for (const [from, to] of documentExtents(text)) {
    while (nextControl && nextControl.index < from)
      nextControl = control.exec(text);
    if (from > 0 && file.text[from - 1] === "\r") {
      errors.push(inputError(file, 'kubectl does not start a document at this "---": it splits a stream only at "---" lines after a line feed (LF), and the line break before this one is a lone carriage return (CR); kubectl does not read this document (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (goesOnAfterCR(file.text, from)) {
      errors.push(inputError(file, 'kubectl rejects this "---" line ("invalid Yaml document separator"): it reads lines up to a line feed (LF), and this one goes on after a lone carriage return (CR); this document was not read (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (nextControl && nextControl.index < to) {
      const at = nextControl.index;
      const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0")}`;
      const why = file.json ? "kubectl's JSON decoder rejects a file that holds one outside an escape" : 'kubectl rejects a document that holds one ("yaml: control characters are not allowed")';
      errors.push(inputError(file, `control character ${code}: ${why}; it was not read`, rangeFromOffsets(file, at, at + 1)));
    } else if (mayBeLarge && (to - from) * 3 > limits.maxDocumentBytes) {
      const bytes = Buffer.byteLength(file.text.slice(from, to));
      if (bytes <= limits.maxDocumentBytes)
        continue;
      errors.push(inputError(file, `document is ${bytes} bytes, over the limit of ${limits.maxDocumentBytes} (--max-document-bytes); it was not read (the API server rejects request bodies over 3 MiB)`, rangeFromOffsets(file, from, lineEnd(file.text, from))));
    } else
      continue;
    skipped.push([from, to]);
  }
  if (skipped.length === 0)
    return text;
  let out = "";
  let last = 0;
  for (const [from, to] of skipped) {
    out += text.slice(last, from) + blank(text.slice(from, to));
    last = to;
  }
  return out + text.slice(last);
}
function goesOnAfterCR(text, from) {
  if (!text.startsWith("---", from) || from > 0 && text[from - 1] !== "\n")
    return false;
  const nl = text.indexOf("\n", from);
  const line = text.slice(from + 3, nl < 0 ? text.length : nl).replace(/\r$/, "");
  if (!/\r/.test(line))
    return false;
  const rest = line.trim();
  return rest !== "" && !rest.startsWith("#");
}
function blank(text) {
  return text.split("\n").map((line) => " ".repeat(line.length)).join("\n");
}
function documentExtents(text) {
  const out = [];
  let from = 0;
  for (const at of separators(text)) {
    if (at > from)
      out.push([from, at]);
    from = at;
  }
  out.push([from, text.length]);
  return out;
}
function loadText(file, options, limits, errors) {
  const resources = [];
  const { json: json2 } = file;
  let foreignDocs = 0;
  const pushObject = (obj, docIndex, base) => {
    const at = () => {
      const tree = positionTreeAt(file, docIndex);
      const node = tree ? treeAt(tree, base) : nodeAt(documentAt(file, docIndex), base);
      const [from, to] = node ? "kind" in node ? [node.start, node.end] : node.range ?? [0, 0] : [0, 0];
      return rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)));
    };
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
      if (base.length === 0)
        foreignDocs++;
      errors.push(inputError(file, "document is not a Kubernetes object (expected a mapping with apiVersion and kind)", at()));
      return;
    }
    const o = obj;
    const apiVersion = str2(o.apiVersion);
    const kind = str2(o.kind);
    if (!apiVersion || !kind) {
      if (base.length === 0 && o.apiVersion === void 0 && o.kind === void 0)
        foreignDocs++;
      const missing = [!apiVersion && "apiVersion", !kind && "kind"].filter(Boolean).join(" and ");
      errors.push(inputError(file, `document is not a Kubernetes object: ${missing} missing`, at()));
      return;
    }
    if (/List$/.test(kind) && Array.isArray(o.items)) {
      o.items.forEach((item, i) => pushObject(item, docIndex, [...base, "items", i]));
      return;
    }
    const meta = typeof o.metadata === "object" && o.metadata !== null ? o.metadata : {};
    resources.push({
      file,
      docIndex,
      base,
      object: o,
      apiVersion,
      kind,
      name: str2(meta.name) ?? str2(meta.generateName) ?? "",
      namespace: str2(meta.namespace) || void 0,
      reportable: options.reportable ?? true,
      ...options.shared ? { shared: true } : {}
    });
  };
  const fast = options.fast === false ? null : fastRead(file.blanked ?? file.text, json2, limits.maxDepth);
  if (fast) {
    file.fast = { yaml11: fast.yaml11, starts: fast.starts };
    fast.docs.forEach((value, docIndex) => {
      if (value !== null && value !== void 0)
        pushObject(value, docIndex, []);
    });
  } else {
    let docs;
    try {
      docs = documentsOf(file);
    } catch (e) {
      return { file, resources, errors: [...errors, inputError(file, `could not parse: ${e.message}`)] };
    }
    for (const at of deepDocuments.get(file) ?? []) {
      errors.push(inputError(file, `document nested deeper than ${limits.maxDepth} levels (--max-depth)`, rangeFromOffsets(file, at, at)));
    }
    docs.forEach((doc, docIndex) => {
      if (doc.errors.length > 0) {
        for (const err of doc.errors.slice(0, 5)) {
          const [from, to] = err.pos;
          errors.push(inputError(file, `YAML syntax error: ${err.message.split("\n")[0]}`, rangeFromOffsets(file, from, Math.max(to, from))));
        }
        return;
      }
      if (doc.contents === null)
        return;
      const deep = tooDeep(doc.contents, limits.maxDepth);
      if (deep) {
        const [from] = deep.range ?? [0];
        errors.push(inputError(file, `document nested deeper than ${limits.maxDepth} levels (--max-depth)`, rangeFromOffsets(file, from, from)));
        return;
      }
      let value;
      try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (e) {
        const msg = e.message ?? String(e);
        const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(msg);
        const merge2 = /^Merge sources must be maps/.test(msg) ? badMerge(doc) : null;
        let [from, to] = doc.contents.range ?? [0, 0];
        let text;
        if (merge2) {
          [from, to] = merge2.at.range ?? [from, to];
          text = `merge key "<<" needs a map, an alias of one or a list of them, not ${merge2.what}: kubectl fails with "map merge requires map or sequence of maps as the value"`;
        } else if (unresolved) {
          const name = unresolved[1];
          const alias = findAlias(doc, name);
          if (alias?.range)
            [from, to] = alias.range;
          text = `alias *${name} has no anchor &${name} before it in this document (anchors do not carry over from one document to the next)`;
        } else if (/alias/i.test(msg)) {
          text = `too many YAML alias expansions (over ${limits.maxAliasCount}, --max-aliases): possible "billion laughs" document`;
        } else
          text = `could not read document: ${msg}`;
        errors.push(inputError(file, text, rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)))));
        return;
      }
      const problem = aliasProblem(doc, limits.maxAliasExpansion, limits.maxDepth);
      if (problem) {
        const [from, to] = problem.at.range ?? [0, 0];
        errors.push(inputError(file, aliasMessage(problem, limits), rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)))));
        return;
      }
      if (value === null || value === void 0)
        return;
      pushObject(value, docIndex, []);
    });
  }
  const foreign = foreignDocs > 0 && resources.length === 0 && errors.length === foreignDocs;
  return { file, resources, errors, ...foreign ? { foreign } : {} };
}
var count = (n) => n.toLocaleString("en-US");
function aliasMessage(problem, limits) {
  switch (problem.kind) {
    case "self":
      return `alias *${problem.name} is inside the node anchored &${problem.name}: kubectl rejects it (anchor '${problem.name}' value contains itself)`;
    case "kubectl":
      return `document contains excessive aliasing: aliases make ${count(problem.aliased)} of its ${count(problem.nodes)} nodes; kubectl rejects it (go-yaml v2 takes at most 99% of a document's nodes from aliases, down to 10% in documents of 400,000 to 4,000,000 nodes)`;
    case "expansion":
      return `YAML aliases expand this document from ${count(problem.written)} to ${count(problem.expanded)} nodes, over ${limits.maxAliasExpansion} times its size (--max-alias-expansion)`;
    case "depth":
      return `aliases nest this document deeper than ${limits.maxDepth} levels (--max-depth)`;
  }
}
function badMerge(doc) {
  const { isAlias, isMap, isPair, isScalar, isSeq, visit } = yamlLib();
  const what = (node) => {
    if (isAlias(node))
      return `an alias of ${what(node.resolve(doc))}`;
    if (isSeq(node))
      return "a list";
    if (isScalar(node) && node.value !== null)
      return "a scalar";
    if (isScalar(node) && node.range && node.range[0] < node.range[1])
      return "null";
    return "an empty value";
  };
  const isMapSource = (node) => isMap(node) || isAlias(node) && isMap(node.resolve(doc));
  let found = null;
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || typeof pair.key?.value !== "symbol")
        return void 0;
      const { value } = pair;
      const bad = isSeq(value) ? value.items.find((item) => !isMapSource(item)) : isMapSource(value) ? void 0 : value ?? null;
      if (bad === void 0)
        return void 0;
      const node = bad;
      const at = node?.range && node.range[0] < node.range[1] ? node : pair.key;
      found = { at, what: isSeq(value) ? `a list holding ${what(bad)}` : what(bad) };
      return visit.BREAK;
    }
  });
  return found;
}
function findAlias(doc, name) {
  let found = null;
  yamlLib().visit(doc, {
    Alias(_, node) {
      if (node.source !== name)
        return void 0;
      found = node;
      return yamlLib().visit.BREAK;
    }
  });
  return found;
}
function walkPath(doc, path) {
  const { isAlias, isMap, isSeq } = yamlLib();
  let node = doc.contents;
  let keyNode = null;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node))
      node = node.resolve(doc);
    let next = void 0;
    let nextKey = null;
    if (isMap(node)) {
      const hit = mapEntry(doc, node, String(seg), 0);
      if (hit) {
        next = hit.value;
        nextKey = hit.key;
      }
    } else if (isSeq(node) && typeof seg === "number") {
      next = node.items[seg];
    }
    if (next === void 0)
      break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
}
var mapIndexes = /* @__PURE__ */ new WeakMap();
function indexOf(map2) {
  let index = mapIndexes.get(map2);
  if (!index) {
    index = { keys: /* @__PURE__ */ new Map(), merges: [] };
    for (const pair of map2.items) {
      index.keys.set(keyString(pair.key), pair);
      if (typeof pair.key?.value === "symbol")
        index.merges.push(pair.value);
    }
    mapIndexes.set(map2, index);
  }
  return index;
}
function mapEntry(doc, map2, key, depth) {
  const { isAlias, isMap, isSeq } = yamlLib();
  const { keys, merges } = indexOf(map2);
  const found = keys.get(key);
  if (found)
    return { key: found.key, value: found.value };
  if (depth > 20)
    return null;
  for (const merge2 of merges) {
    const sources = isSeq(merge2) ? merge2.items : [merge2];
    for (let source of sources) {
      if (isAlias(source))
        source = source.resolve(doc);
      if (!isMap(source))
        continue;
      const hit = mapEntry(doc, source, key, depth + 1);
      if (hit)
        return hit;
    }
  }
  return null;
}
function walkTree(root, path) {
  let node = root;
  let keyNode = null;
  let depth = 0;
  for (const seg of path) {
    let next;
    let nextKey = null;
    if (node.entries) {
      const hit = node.entries.get(String(seg));
      if (hit) {
        next = hit.value;
        nextKey = hit.key;
      }
    } else if (node.items && typeof seg === "number")
      next = node.items[seg];
    if (next === void 0)
      break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
}
function treeAt(root, path) {
  const { node, depth } = walkTree(root, path);
  return depth === path.length ? node : null;
}
function nodeAt(doc, path) {
  const { node, depth } = walkPath(doc, path);
  return depth === path.length ? node ?? null : null;
}
function keyString(key) {
  if (key && typeof key === "object" && "value" in key) {
    const { value } = key;
    return typeof value === "symbol" ? value.description ?? "<<" : String(value);
  }
  return String(key);
}

// build/src/types.js
function setOwn(obj, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else
    obj[key] = value;
}

// build/src/k8s/objects.js
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function valueAt(node, path) {
  let cur = node;
  for (const seg of path) {
    if (typeof seg === "number")
      cur = Array.isArray(cur) ? cur[seg] : void 0;
    else
      cur = isRecord(cur) && Object.hasOwn(cur, seg) ? cur[seg] : void 0;
  }
  return cur;
}

// build/src/k8s/kinds.js
var SERVED = {
  StatefulSet: "apps/v1",
  Service: "v1",
  StorageClass: "storage.k8s.io/v1",
  PersistentVolumeClaim: "v1",
  PersistentVolume: "v1",
  PodDisruptionBudget: "policy/v1"
};

// build/src/k8s/values.js
var fieldName = (path) => path.reduce((acc, seg) => typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg, "");
var FIELD_ERROR_TYPES = {
  notFound: "Not found",
  required: "Required value",
  duplicate: "Duplicate value",
  invalid: "Invalid value",
  notSupported: "Unsupported value",
  forbidden: "Forbidden",
  tooLong: "Too long",
  tooMany: "Too many",
  internal: "Internal error"
};
var TYPE_BY_TEXT = new Map(Object.entries(FIELD_ERROR_TYPES).map(([id, text]) => [text, id]));
var FIELD_ERROR = new RegExp(`: (${Object.values(FIELD_ERROR_TYPES).join("|")})(?=: |$)`, "u");

// build/src/text/describe.js
function describe(v) {
  if (v === null)
    return "null";
  if (Array.isArray(v))
    return "a list";
  if (typeof v === "object")
    return "a map";
  if (typeof v === "string")
    return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "\u2026" : v)}`;
  return `${typeof v} ${String(v)}`;
}

// build/src/load/schema.js
var modules = /* @__PURE__ */ new Map();
var validatorUrl = (version) => new URL(`validators/v${version}.js`, DIST);
function loadValidators(version) {
  let m = modules.get(version);
  if (!m) {
    m = import(validatorUrl(version).href);
    modules.set(version, m);
  }
  return m;
}
function stripNulls(v) {
  if (Array.isArray(v))
    return v.map(stripNulls);
  if (typeof v === "object" && v !== null) {
    const out = {};
    for (const [k, val] of Object.entries(v))
      if (val !== null)
        setOwn(out, k, stripNulls(val));
    return out;
  }
  return v;
}
function pointerToPath(pointer, root) {
  if (pointer === "")
    return [];
  const path = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const i = Number(seg);
      path.push(i);
      node = node[i];
    } else {
      path.push(seg);
      node = node && typeof node === "object" ? node[seg] : void 0;
    }
  }
  return path;
}
var TYPE_NAMES = { integer: "an integer", string: "a string", boolean: "a boolean", object: "a map", array: "a list", number: "a number" };
function typeText(t) {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_NAMES[String(x)] ?? String(x)).join(" or ");
}
function validate(validator, object) {
  if (validator(object))
    return { errors: [], pruned: object };
  const errors = [];
  const prune = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validator.errors ?? []) {
    const path = pointerToPath(e.instancePath, object);
    const field = fieldName(path);
    const value = valueAt(object, path);
    let err;
    switch (e.keyword) {
      case "additionalProperties": {
        const name = String(e.params.additionalProperty);
        const full = fieldName([...path, name]);
        err = {
          kind: "unknownField",
          data: { field: full },
          path: [...path, name],
          key: true,
          message: `unknown field "${full}"`,
          hint: "check the spelling and the indentation; `kubectl apply` rejects unknown fields (strict field validation)"
        };
        prune.push([...path, name]);
        break;
      }
      case "required": {
        const name = String(e.params.missingProperty);
        err = { kind: "required", data: { field: fieldName([...path, name]) }, path, key: path.length > 0, message: `${fieldName([...path, name])}: Required value`, required: true };
        break;
      }
      case "type":
        err = { kind: "typeInvalid", data: { field, expected: typeText(e.params.type), actual: describe(value) }, path, key: false, message: `${field}: expected ${typeText(e.params.type)}, got ${describe(value)}` };
        if (typeof value === "string" && e.params.type === "integer" && /^\d+$/.test(value))
          err.hint = `remove the quotes: ${field}: ${value}`;
        prune.push(path);
        break;
      case "pattern":
        err = { kind: "invalidQuantity", data: { field, value: String(JSON.stringify(value)) }, path, key: false, message: `${field}: invalid quantity ${JSON.stringify(value)}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`, hint: "use a quantity such as 10Gi, 500Mi or 1" };
        prune.push(path);
        break;
      case "minimum":
      case "maximum":
        err = { kind: "outOfRange", data: { field, value: String(value) }, path, key: false, message: `${field}: ${String(value)} is out of range for a 32-bit integer` };
        prune.push(path);
        break;
      default:
        err = { kind: "other", data: { field: field || "(root)", detail: e.message ?? e.keyword }, path, key: false, message: `${field || "(root)"}: ${e.message ?? e.keyword}` };
    }
    const k = `${fieldName(err.path)}|${err.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      errors.push(err);
    }
  }
  return { errors, pruned: prune.length ? pruneCopy(object, prune) : object };
}
function pruneCopy(object, paths) {
  const copy = structuredClone(object);
  const sorted = [...paths].sort((a, b) => b.length - a.length);
  for (const path of sorted) {
    if (path.length === 0)
      return {};
    const parent = valueAt(copy, path.slice(0, -1));
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === "number")
      parent[last] = void 0;
    else if (parent && typeof parent === "object")
      delete parent[last];
  }
  return copy;
}

// build/src/load/input.js
function loadInput(input, validators, limits) {
  const reportable = input.reportable ?? true;
  const loaded = loadSource(input.path, input.content, { reportable, limits, ...input.shared ? { shared: true } : {} });
  const resources = [];
  const schemaErrors = [];
  for (const r of loaded.resources) {
    const validator = SERVED[r.kind] === r.apiVersion ? validators[r.kind] : void 0;
    if (!validator) {
      resources.push(r);
      schemaErrors.push(void 0);
      continue;
    }
    const clean = stripNulls(r.object);
    const { errors, pruned } = validate(validator, clean);
    resources.push({ ...r, object: pruned });
    schemaErrors.push(errors.length ? errors : void 0);
  }
  return { path: input.path, reportable, ...input.shared ? { shared: true } : {}, discovered: input.discovered ?? false, foreign: loaded.foreign ?? false, ...loaded.role ? { role: loaded.role } : {}, errors: loaded.errors, resources, schemaErrors };
}
function loadInputs(inputs, validators, limits) {
  return inputs.map((input) => loadInput(input, validators, limits));
}

// build/src/load/parallel.js
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
function jsonLossy(v) {
  if (typeof v === "number")
    return !Number.isFinite(v) || Object.is(v, -0);
  if (v === void 0)
    return true;
  if (typeof v !== "object" || v === null)
    return false;
  if (Array.isArray(v)) {
    for (const item of v)
      if (jsonLossy(item))
        return true;
    return false;
  }
  for (const k in v)
    if (jsonLossy(v[k]))
      return true;
  return false;
}
function toWire(loaded) {
  const objects = [];
  const files = loaded.map((one) => {
    const file = one.resources[0]?.file ?? (one.role && one.role.kind !== "helm-values" ? one.role.resource.file : void 0);
    return {
      path: one.path,
      reportable: one.reportable,
      ...one.shared ? { shared: true } : {},
      ...one.role ? { role: toWireRole(one.role) } : {},
      discovered: one.discovered,
      foreign: one.foreign,
      errors: one.errors,
      text: file?.text ?? "",
      json: file?.json ?? false,
      fast: file?.fast,
      blanked: file?.blanked,
      resources: one.resources.map((r, i) => {
        const wire = { docIndex: r.docIndex, base: r.base, apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace, schemaErrors: one.schemaErrors[i] };
        if (jsonLossy(r.object))
          wire.object = r.object;
        else
          objects.push(r.object);
        return wire;
      })
    };
  });
  return { files, objects: JSON.stringify(objects) };
}
function toWireRole(role) {
  if (role.kind === "helm-values")
    return { kind: role.kind };
  const { object, name, apiVersion } = role.resource;
  return { kind: role.kind, object, name, apiVersion, ...role.kind === "kustomization" ? { patches: role.patches } : { dir: role.dir } };
}
var workerUrl = new URL("./load-worker.js", import.meta.url);

// build/src/load/load-worker.js
var task = workerData;
var result;
try {
  const validators = await loadValidators(task.kubeVersion);
  result = toWire(loadInputs(task.inputs, validators, task.limits));
} catch (e) {
  result = { error: e.message ?? String(e) };
}
parentPort.postMessage(result);
