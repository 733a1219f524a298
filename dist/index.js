import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// build/src/load/source.js
var lineStarts = /* @__PURE__ */ new WeakMap();
function linesOf(file) {
  let starts = lineStarts.get(file);
  if (!starts) {
    starts = [0];
    const { text: text2 } = file;
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text2); m; m = breaks.exec(text2))
      starts.push(m.index + m[0].length);
    lineStarts.set(file, starts);
  }
  return starts;
}
function lineEnd(text2, from) {
  const nl = /[\r\n]/g;
  nl.lastIndex = from;
  const m = nl.exec(text2);
  return m ? m.index : text2.length;
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
        const key2 = sourceKeys[index];
        target[key2] = source[key2];
      }
    }
    return target;
  }
  function repeat(string, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string;
    }
    return result;
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
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
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
  const common22 = requireCommon();
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
    return common22.repeat(" ", max - string.length) + string;
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
    let result = "";
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
      result = common22.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common22.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common22.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common22.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
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
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name2) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name2) === -1) {
        throw new YAMLException2('Unknown option "' + name2 + '" is met in definition of "' + tag + '" YAML type.');
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
  function compileList(schema2, name2) {
    const result = [];
    schema2[name2].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
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
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
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
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
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
  const common22 = requireCommon();
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
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common22.isNegativeZero(object));
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
  const common22 = requireCommon();
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
    } else if (common22.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common22.isNegativeZero(object));
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
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
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
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
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
    for (const key2 in object) {
      if (_hasOwnProperty.call(object, key2)) {
        if (object[key2] !== null) return false;
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
  const common22 = requireCommon();
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
  function setProperty(object, key2, value) {
    if (key2 === "__proto__") {
      Object.defineProperty(object, key2, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key2] = value;
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
  function storeAnchor(state, name2, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name2)) {
        transaction[name2] = {
          existed: _hasOwnProperty.call(state.anchorMap, name2),
          value: state.anchorMap[name2]
        };
      }
    }
    state.anchorMap[name2] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names2 = Object.keys(transaction);
    for (let index = 0, length = names2.length; index < length; index += 1) {
      const name2 = names2[index];
      if (!_hasOwnProperty.call(parent, name2)) {
        parent[name2] = transaction[name2];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names2 = Object.keys(transaction);
    for (let index = names2.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names2[index]];
      if (entry.existed) {
        state.anchorMap[names2[index]] = entry.value;
      } else {
        delete state.anchorMap[names2[index]];
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
    YAML: function handleYamlDirective(state, name2, args) {
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
    TAG: function handleTagDirective(state, name2, args) {
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
    if (!common22.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key2 = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key2)) {
        setProperty(destination, key2, source[key2]);
        overridableKeys[key2] = true;
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
      state.result += common22.repeat("\n", count2 - 1);
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
          state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
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
          state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common22.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common22.repeat("\n", emptyLines);
        }
      } else {
        state.result += common22.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
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
  const common22 = requireCommon();
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
    const result = {};
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
      result[tag] = style;
    }
    return result;
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
    return "\\" + handle + common22.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common22.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
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
    const ind = common22.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
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
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common22.repeat(" ", state.indent * level);
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
    let result = (function() {
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
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
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
    let duplicate3;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate3 = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate3 || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate3 && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate3 && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate3) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate3) {
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
          if (duplicate3) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate3) {
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
function kubectlTakes(name2, scalar) {
  return scalar !== null && (scalar.tag === name2 || name2 === "float" && scalar.tag === "int");
}

// build/src/load/yaml-fast.js
var sawYaml11 = false;
function int2(source, offset, radix) {
  const sign = source[0];
  const digits = source.substring(sign === "-" || sign === "+" ? offset + 1 : offset).replace(/_/g, "");
  const n = parseInt(digits, radix);
  return sign === "-" ? -1 * n : n;
}
function scalarType(name2, forms) {
  const form = (source) => forms.find(([test]) => test.test(source))?.[1];
  return new Type(`tag:yaml.org,2002:${name2}`, {
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
var KUBECTL_SCALARS = ["null", "bool", "int", "float"].map((name2) => new Type(`tag:yaml.org,2002:${name2}`, {
  kind: "scalar",
  resolve: (source) => kubectlTakes(name2, scalarOf(source)),
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
var wsOrEnd = (text2, i) => i >= text2.length || isWs(text2.charCodeAt(i));
function nullKeyAt(text2, i) {
  let j = i;
  const c = text2.charCodeAt(j);
  if (c !== COLON) {
    if (c === 126)
      j++;
    else {
      if (c !== 110 && c !== 78)
        return false;
      const word = text2.substr(j, 4);
      if (word !== "null" && word !== "Null" && word !== "NULL")
        return false;
      j += 4;
    }
    while (text2.charCodeAt(j) === SP || text2.charCodeAt(j) === TAB)
      j++;
    if (text2.charCodeAt(j) !== COLON)
      return false;
  }
  return wsOrEnd(text2, j + 1);
}
function skipBlanks(text2, i, dash) {
  let j = i;
  for (; ; ) {
    const c = text2.charCodeAt(j);
    if (c === SP || c === TAB || dash && c === 45)
      j++;
    else
      return j;
  }
}
var TRIGGERS = new Uint8Array(128);
for (const c of "&<%?]}{,[\n")
  TRIGGERS[c.charCodeAt(0)] = 1;
function needsYaml(text2) {
  if (nullKeyAt(text2, skipBlanks(text2, 0, true)))
    return true;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c >= 128 || TRIGGERS[c] === 0)
      continue;
    const prev = i === 0 ? 10 : text2.charCodeAt(i - 1);
    switch (c) {
      case 38: {
        if (!(isWs(prev) || prev === 91 || prev === 123 || prev === 44 || prev === COLON || prev === 63 || prev === 45))
          break;
        const next = text2.charCodeAt(i + 1);
        if (i + 1 < text2.length && next !== 38 && !isWs(next))
          return true;
        break;
      }
      case 60:
        if (text2.charCodeAt(i + 1) === 60 && (isWs(prev) || prev === 123 || prev === 44 || prev === 91 || prev === 63 || prev === 45) && text2.charCodeAt(skipBlanks(text2, i + 2, false)) === COLON)
          return true;
        break;
      case 37:
        if (prev === 10)
          return true;
        break;
      case 63:
        if ((isWs(prev) || prev === 91 || prev === 123 || prev === 44) && wsOrEnd(text2, i + 1))
          return true;
        if (nullKeyAt(text2, skipBlanks(text2, i + 1, false)))
          return true;
        break;
      case 93:
      case 125: {
        const j = skipBlanks(text2, i + 1, false);
        if (text2.charCodeAt(j) === COLON && wsOrEnd(text2, j + 1))
          return true;
        break;
      }
      case 123:
      case 44:
      case 91:
        if (nullKeyAt(text2, skipBlanks(text2, i + 1, false)))
          return true;
        break;
      case 10:
        if (nullKeyAt(text2, skipBlanks(text2, i + 1, true)))
          return true;
        break;
    }
  }
  return false;
}
var FAST_MAX_DEPTH = 100;
var fastDepth = (maxDepth) => Math.max(1, Math.min(FAST_MAX_DEPTH, maxDepth - 2));
var hasContent = (text2) => /^[ \t]*[^\s#]/m.test(text2);
function separators(text2) {
  const out = [];
  const marker = /^---(?=\s|$)/gm;
  for (let m = marker.exec(text2); m; m = marker.exec(text2))
    out.push(m.index);
  return out;
}
function documentStarts(text2, count2) {
  if (/^\.\.\.(?:\s|$)/m.test(text2))
    return null;
  const starts = [];
  for (const at of separators(text2)) {
    if (starts.length === 0 && hasContent(text2.slice(0, at)))
      starts.push(0);
    starts.push(at);
  }
  if (starts.length === 0 && hasContent(text2))
    starts.push(0);
  return starts.length === count2 ? starts : null;
}
function fastRead(text2, json2, maxDepth) {
  if (needsYaml(text2))
    return null;
  sawYaml11 = false;
  try {
    const docs = loadAll(text2, void 0, { schema: fastSchema(json2), maxDepth: fastDepth(maxDepth) });
    return { docs, yaml11: sawYaml11, starts: documentStarts(text2, docs.length) };
  } catch {
    return null;
  }
}

// build/src/load/yaml-positions.js
var Irregular = class extends Error {
};
function positionTrees(text2, json2, maxDepth, shift = 0) {
  if (text2.charCodeAt(0) === 65279)
    return null;
  const root = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack = [root];
  let docs;
  try {
    docs = loadAll(text2, void 0, {
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
    return root.children.map((frame, i) => docs[i] === null || docs[i] === void 0 ? null : build(text2, frame, docs[i], shift));
  } catch (e) {
    if (e instanceof Irregular)
      return null;
    throw e;
  }
}
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function skipSeparation(text2, at) {
  let i = at;
  for (; ; ) {
    const c = text2.charCodeAt(i);
    if (isSpace(c))
      i++;
    else if (c === 35) {
      while (i < text2.length && text2[i] !== "\n" && text2[i] !== "\r")
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
function build(text2, outer, value, shift) {
  const frame = innermost(outer);
  if (!Object.is(frame.result, value))
    throw new Irregular();
  const start = skipSeparation(text2, frame.open);
  const first = text2[start];
  if (first === "!" || first === "&" || first === "*")
    throw new Irregular();
  if (frame.kind === "scalar") {
    let end = frame.close;
    if (first === "|" || first === ">")
      end = blockScalarEnd(text2, start, frame.close);
    else if (first !== '"' && first !== "'")
      while (end > start && isSpace(text2.charCodeAt(end - 1)))
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
      const name2 = String(keyFrame.result);
      if (entries.has(name2) || !Object.prototype.hasOwnProperty.call(object, name2))
        throw new Irregular();
      const key2 = build(text2, keyFrame, keyFrame.result, shift);
      const valueFrame = innermost(children[i + 1]);
      entries.set(name2, { key: key2, value: valueFrame.kind === null ? empty(valueFrame, object[name2], shift) : build(text2, valueFrame, object[name2], shift) });
    }
    return { kind: "map", start: start + shift, end: frame.close + shift, flow, entries };
  }
  if (frame.kind === "sequence") {
    if (!Array.isArray(value) || frame.children.length !== value.length)
      throw new Irregular();
    const items2 = frame.children.map((child, i) => build(text2, child, value[i], shift));
    return { kind: "seq", start: start + shift, end: frame.close + shift, flow, items: items2 };
  }
  throw new Irregular();
}
function empty(frame, value, shift) {
  if (value !== null)
    throw new Irregular();
  return { kind: "scalar", start: frame.open + shift, end: frame.open + shift, flow: false };
}
function blockScalarEnd(text2, start, close) {
  const headerEnd = text2.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= close)
    return headerEnd < 0 ? text2.length : headerEnd + 1;
  const header = text2.slice(start, headerEnd).replace(/\s#.*$/, "");
  if (/[+0-9]/.test(header))
    throw new Irregular();
  const body = headerEnd + 1;
  let last = close - 1;
  while (last >= body && isSpace(text2.charCodeAt(last)))
    last--;
  if (last < body)
    return body;
  const lineBreak = text2.indexOf("\n", last);
  const end = lineBreak < 0 ? text2.length : lineBreak + 1;
  let first = body;
  while (isSpace(text2.charCodeAt(first)))
    first++;
  const indent = first - (text2.lastIndexOf("\n", first - 1) + 1);
  const trailing = text2.slice(end, text2.lastIndexOf("\n", close - 1) + 1);
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
import { readFileSync } from "node:fs";
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);
var cached;
function packageVersion() {
  cached ??= JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")).version;
  return cached;
}
var HOMEPAGE = "https://github.com/stsplan/stsplan";
function ruleDocText(id) {
  try {
    return readFileSync(new URL(`rules/${id}.md`, PACKAGE_ROOT), "utf8");
  } catch {
    return void 0;
  }
}

// build/src/load/yaml-lib.js
var lib;
function yamlLib() {
  return lib ??= BUNDLED ? __require("./yaml.cjs") : createRequire(import.meta.url)("yaml");
}

// build/src/load/yaml-aliases.js
function allowedAliasRatio(nodes2) {
  if (nodes2 <= 4e5)
    return 0.99;
  if (nodes2 >= 4e6)
    return 0.1;
  return 0.99 - 0.89 * (nodes2 - 4e5) / 36e5;
}
var excessive = (nodes2, aliased) => aliased > 100 && nodes2 > 1e3 && aliased / nodes2 > allowedAliasRatio(nodes2);
var EXPANSION_FLOOR = 1e3;
function aliasProblem(doc, maxExpansion, maxDepth) {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yamlLib();
  if (doc.contents === null)
    return null;
  const anchors = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Map();
  let nodes2 = 1;
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
      const key2 = pair.key;
      const value = pair.value;
      if (isScalar(key2) && typeof key2.value === "symbol")
        out.push(value);
      else
        out.push(key2, value);
    }
    return out;
  };
  const visit = (node) => {
    nodes2++;
    if (!kubectl && excessive(nodes2, aliased))
      kubectl = { kind: "kubectl", at: node ?? stack[stack.length - 1].node, nodes: nodes2, aliased };
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
      nodes2 += expanded.size;
      aliased += expanded.size;
      if (!kubectl && excessive(nodes2, aliased))
        kubectl = { kind: "kubectl", at: node, nodes: nodes2, aliased };
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
      const result = visit(child);
      if (result === null)
        return { kind: "self", at: child, name: child.source };
      if (result === "open") {
        stack.push({ node: child, children: childrenOf(child), next: 0, size: 1, depth: 0 });
        continue;
      }
      if (stack.length + result.depth > maxDepth)
        return { kind: "depth", at: child };
      frame.size += result.size;
      frame.depth = Math.max(frame.depth, result.depth);
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
  const written = nodes2 - aliased;
  if (aliased > EXPANSION_FLOOR && nodes2 > maxExpansion * written) {
    const over = added.find(([, sum]) => sum > EXPANSION_FLOOR && written + sum > maxExpansion * written);
    return { kind: "expansion", at: over[0], written, expanded: nodes2 };
  }
  return null;
}

// build/src/text/printable.js
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var ALL = new RegExp(UNPRINTABLE.source, "g");
function printable(text2) {
  return text2.replace(ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

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
function helmDocuments(text2) {
  const helm = text2.includes("# Source: ");
  const kustomize = text2.includes("config.kubernetes.io/origin");
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
    const m = breaks.exec(text2);
    const end = m ? m.index : text2.length;
    const l = text2.slice(offset, end);
    if (/^---(?:[ \t]|$)/.test(l)) {
      const next = m ? end + m[0].length : text2.length;
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
  close(text2.length, line);
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
var SCALAR_TAGS = new Set(SCALAR_NAMES.map((name2) => `tag:yaml.org,2002:${name2}`));
var KUBECTL_SCALAR_TAGS = SCALAR_NAMES.map((name2) => ({
  tag: `tag:yaml.org,2002:${name2}`,
  default: true,
  identify: (v) => name2 === "null" ? v === null : name2 === "bool" ? typeof v === "boolean" : typeof v === "number",
  test: Object.assign(/(?:)/, { test: (source) => kubectlTakes(name2, plainScalar(source)) }),
  resolve: (source) => plainScalar(source).value
}));
function kubectlTags(tags) {
  const kept2 = tags.filter((t) => typeof t === "string" ? !["timestamp", "set", "omap", "pairs", "binary", "floatTime", "intTime"].includes(t) : !(DROPPED_TAGS.has(t.tag) || SCALAR_TAGS.has(t.tag) || t.format === "TIME"));
  return [...KUBECTL_SCALAR_TAGS, ...kept2];
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
  const probe2 = bytes.subarray(0, 8192);
  if (probe2.includes(0))
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
function* depthCheckedTokens(text2, maxDepth) {
  const { Lexer, Parser } = yamlLib();
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text2)) {
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
function tooDeepAt(text2, maxDepth) {
  try {
    for (const _ of depthCheckedTokens(text2, maxDepth))
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
  const text2 = file.blanked ?? file.text;
  try {
    return composeYaml(file, text2, maxDepth);
  } catch (e) {
    if (!(e instanceof TooDeep))
      throw e;
  }
  const deep = [];
  let rest = text2;
  for (const [from, to] of documentExtents(text2)) {
    const at = tooDeepAt(text2.slice(from, to), maxDepth);
    if (at === null)
      continue;
    deep.push(from + at);
    const keep = text2.startsWith("---", from) ? from + 3 : from;
    rest = rest.slice(0, keep) + blank(text2.slice(keep, to)) + rest.slice(to);
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
    file.blanked = blank(text2);
    return [];
  }
}
function composeYaml(file, text2, maxDepth) {
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
  return Array.from(composer.compose(depthCheckedTokens(text2, maxDepth)));
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
    const text2 = file.blanked ?? file.text;
    doc = parseYaml({ path: file.path, json: file.json, text: text2.slice(from, starts[index + 1] ?? text2.length) })[0];
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
  const text2 = file.blanked ?? file.text;
  const maxDepth = fastDepth(depthLimit.get(file) ?? MAX_DEPTH);
  const { starts } = file.fast;
  if (starts) {
    const from = starts[index];
    const docs = positionTrees(text2.slice(from, starts[index + 1] ?? text2.length), file.json, maxDepth, from);
    cache2.set(index, docs?.length === 1 ? docs[0] : null);
  } else {
    const docs = positionTrees(text2, file.json, maxDepth);
    docs?.forEach((tree, i) => cache2.set(i, tree));
    if (!cache2.has(index))
      cache2.set(index, null);
  }
  return cache2.get(index);
}
function documentOf(resource) {
  return documentAt(resource.file, resource.docIndex);
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
  const size2 = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size2 > limits.maxFileBytes) {
    return { file: empty2, resources: [], errors: [inputError(empty2, `file is ${size2} bytes, over the limit of ${limits.maxFileBytes} (--max-file-bytes)`)] };
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
  const text2 = unread(file, readable(file.text), limits, errors);
  if (text2 !== file.text)
    file.blanked = text2;
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
  const name2 = baseName(file.path);
  const pseudo = (kind, object, resourceName2) => ({
    file,
    docIndex: 0,
    base: [],
    object,
    apiVersion: str2(object.apiVersion) ?? "",
    kind,
    name: resourceName2,
    namespace: void 0,
    reportable: options.reportable ?? true
  });
  if (KUSTOMIZATION_FILES.includes(name2)) {
    const value = firstValue(file, limits);
    const k = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
    const list2 = (v) => Array.isArray(v) ? v : [];
    const paths = [];
    for (const p of list2(k.patchesStrategicMerge))
      if (typeof p === "string" && !p.includes("\n"))
        paths.push(p);
    for (const key2 of ["patches", "patchesJson6902"]) {
      for (const p of list2(k[key2]))
        if (typeof p === "object" && p !== null && typeof p.path === "string")
          paths.push(p.path);
    }
    const dir = dirName(file.path);
    const patches = paths.filter((p) => !/^[a-z]+:\/\//i.test(p)).map((p) => normalizePath(dir ? `${dir}/${p}` : p));
    return { kind: "kustomization", patches, resource: pseudo("Kustomization", k, dir || ".") };
  }
  if (name2 === "Chart.yaml") {
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
function jsonComment(text2) {
  if (!/^\s*\{/.test(text2) || !/\/[/*]/.test(text2))
    return null;
  try {
    JSON.parse(text2);
    return null;
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    if (!at)
      return null;
    const i = Number(at[1]);
    return text2.startsWith("//", i) || text2.startsWith("/*", i) ? i : null;
  }
}
function readable(text2) {
  let out = text2.includes("\r") ? text2.replace(/\r(?!\n)/g, "\n") : text2;
  if (out.includes("\uFEFF")) {
    const starts = kubectlChunkStarts(text2);
    out = out.replace(/\uFEFF/g, (bom, at) => starts.has(at) ? "\n" : bom);
  }
  return out;
}
function kubectlChunkStarts(text2) {
  const starts = /* @__PURE__ */ new Set();
  let collected = false;
  for (let at = 0; at < text2.length; ) {
    const nl = text2.indexOf("\n", at);
    const next = nl < 0 ? text2.length : nl + 1;
    if (text2.startsWith("---", at) && collected) {
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
function unread(file, text2, limits, errors) {
  const control = file.json ? JSON_CONTROL : YAML_CONTROL;
  control.lastIndex = 0;
  let nextControl = control.exec(text2);
  const mayBeLarge = text2.length * 3 > limits.maxDocumentBytes;
  if (!nextControl && !mayBeLarge && !/\r(?!\n)/.test(file.text))
    return text2;
  const skipped = [];
  for (const [from, to] of documentExtents(text2)) {
    while (nextControl && nextControl.index < from)
      nextControl = control.exec(text2);
    if (from > 0 && file.text[from - 1] === "\r") {
      errors.push(inputError(file, 'kubectl does not start a document at this "---": it splits a stream only at "---" lines after a line feed (LF), and the line break before this one is a lone carriage return (CR); kubectl does not read this document (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (goesOnAfterCR(file.text, from)) {
      errors.push(inputError(file, 'kubectl rejects this "---" line ("invalid Yaml document separator"): it reads lines up to a line feed (LF), and this one goes on after a lone carriage return (CR); this document was not read (end the lines with LF or CRLF)', rangeFromOffsets(file, from, from + 3)));
    } else if (nextControl && nextControl.index < to) {
      const at = nextControl.index;
      const code = `U+${text2.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0")}`;
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
    return text2;
  let out = "";
  let last = 0;
  for (const [from, to] of skipped) {
    out += text2.slice(last, from) + blank(text2.slice(from, to));
    last = to;
  }
  return out + text2.slice(last);
}
function goesOnAfterCR(text2, from) {
  if (!text2.startsWith("---", from) || from > 0 && text2[from - 1] !== "\n")
    return false;
  const nl = text2.indexOf("\n", from);
  const line = text2.slice(from + 3, nl < 0 ? text2.length : nl).replace(/\r$/, "");
  if (!/\r/.test(line))
    return false;
  const rest = line.trim();
  return rest !== "" && !rest.startsWith("#");
}
function blank(text2) {
  return text2.split("\n").map((line) => " ".repeat(line.length)).join("\n");
}
function documentExtents(text2) {
  const out = [];
  let from = 0;
  for (const at of separators(text2)) {
    if (at > from)
      out.push([from, at]);
    from = at;
  }
  out.push([from, text2.length]);
  return out;
}
function loadText(file, options, limits, errors) {
  const resources3 = [];
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
    resources3.push({
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
      return { file, resources: resources3, errors: [...errors, inputError(file, `could not parse: ${e.message}`)] };
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
        let text2;
        if (merge2) {
          [from, to] = merge2.at.range ?? [from, to];
          text2 = `merge key "<<" needs a map, an alias of one or a list of them, not ${merge2.what}: kubectl fails with "map merge requires map or sequence of maps as the value"`;
        } else if (unresolved) {
          const name2 = unresolved[1];
          const alias = findAlias(doc, name2);
          if (alias?.range)
            [from, to] = alias.range;
          text2 = `alias *${name2} has no anchor &${name2} before it in this document (anchors do not carry over from one document to the next)`;
        } else if (/alias/i.test(msg)) {
          text2 = `too many YAML alias expansions (over ${limits.maxAliasCount}, --max-aliases): possible "billion laughs" document`;
        } else
          text2 = `could not read document: ${msg}`;
        errors.push(inputError(file, text2, rangeFromOffsets(file, from, Math.min(to, lineEnd(file.text, from)))));
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
  const foreign = foreignDocs > 0 && resources3.length === 0 && errors.length === foreignDocs;
  return { file, resources: resources3, errors, ...foreign ? { foreign } : {} };
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
function findAlias(doc, name2) {
  let found = null;
  yamlLib().visit(doc, {
    Alias(_, node) {
      if (node.source !== name2)
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
function mapEntry(doc, map2, key2, depth) {
  const { isAlias, isMap, isSeq } = yamlLib();
  const { keys, merges } = indexOf(map2);
  const found = keys.get(key2);
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
      const hit = mapEntry(doc, source, key2, depth + 1);
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
function keyString(key2) {
  if (key2 && typeof key2 === "object" && "value" in key2) {
    const { value } = key2;
    return typeof value === "symbol" ? value.description ?? "<<" : String(value);
  }
  return String(key2);
}

// build/src/load/locate.js
function spanRange(file, from, end, collection) {
  return rangeFromOffsets(file, from, collection ? trimEnd(file.text, from, Math.min(end, lineEnd(file.text, from))) : end);
}
function nodeRange(file, node) {
  const { isMap, isSeq } = yamlLib();
  const [from, valueEnd] = node.range ?? [0, 0, 0];
  return spanRange(file, from, valueEnd, isMap(node) || isSeq(node));
}
function treeRange(file, node) {
  return spanRange(file, node.start, node.end, node.kind !== "scalar");
}
function trimEnd(text2, from, to) {
  let end = to;
  while (end > from && /\s/.test(text2[end - 1]))
    end--;
  return end;
}
function locate(resource, path, options = {}) {
  const { file } = resource;
  const tree = positionTreeAt(file, resource.docIndex);
  if (tree)
    return locateInTree(file, tree, resource.base, path, options);
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const doc = documentOf(resource);
  const full = [...resource.base, ...path];
  const { node, keyNode, depth } = walkPath(doc, full);
  const exact = depth === full.length;
  if (!exact || options.key) {
    if (keyNode && depth > resource.base.length)
      return { range: nodeRange(file, keyNode), exact };
  }
  if (node === null || node === void 0) {
    if (keyNode)
      return { range: nodeRange(file, keyNode), exact };
    return { range: rangeFromOffsets(file, 0, 0), exact: false };
  }
  if ((isMap(node) || isSeq(node)) && !node.flow && keyNode && depth > resource.base.length) {
    return { range: nodeRange(file, keyNode), exact };
  }
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) {
    const r = node.range;
    if (r && r[0] === r[1] && keyNode)
      return { range: nodeRange(file, keyNode), exact };
    return { range: nodeRange(file, node), exact };
  }
  return { range: rangeFromOffsets(file, 0, 0), exact: false };
}
function locateInTree(file, tree, base, path, options) {
  const full = [...base, ...path];
  const { node, keyNode, depth } = walkTree(tree, full);
  const exact = depth === full.length;
  const keyed2 = keyNode !== null && depth > base.length;
  if ((!exact || options.key) && keyed2)
    return { range: treeRange(file, keyNode), exact };
  if (node.kind !== "scalar" && !node.flow && keyed2)
    return { range: treeRange(file, keyNode), exact };
  if (node.start === node.end && keyNode)
    return { range: treeRange(file, keyNode), exact };
  return { range: treeRange(file, node), exact };
}

// build/src/k8s/kinds.js
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "StorageClass",
  "PersistentVolume",
  "Namespace",
  "Node",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "APIService",
  "IngressClass",
  "RuntimeClass",
  "VolumeSnapshotClass",
  "VolumeAttributesClass"
]);
var SERVED = {
  StatefulSet: "apps/v1",
  Service: "v1",
  StorageClass: "storage.k8s.io/v1",
  PersistentVolumeClaim: "v1",
  PersistentVolume: "v1",
  PodDisruptionBudget: "policy/v1"
};
function isClusterScoped(kind) {
  return CLUSTER_SCOPED.has(kind);
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

// build/src/load/resource-index.js
function dirOf(path) {
  let dir = dirs.get(path);
  if (dir === void 0)
    dirs.set(path, dir = dirName(path));
  return dir;
}
var dirs = /* @__PURE__ */ new Map();
function within(a, b) {
  if (a === b)
    return true;
  if (a === "")
    return !b.startsWith("/");
  return b.startsWith(a.endsWith("/") ? a : `${a}/`);
}
function proximity(candidate, referrer) {
  if (candidate.file.path === referrer.file.path)
    return 0;
  const c = dirOf(candidate.file.path);
  const r = dirOf(referrer.file.path);
  const depth = (d) => d === "" ? 0 : d.split("/").length;
  if (c === r)
    return 1;
  if (within(c, r))
    return 2 + (depth(r) - depth(c));
  if (candidate.shared)
    return 1e5;
  return null;
}
function shadowContext(resources3, defaultNamespace) {
  const key2 = (r) => `${groupOf(r.apiVersion)}\0${r.kind}\0${isClusterScoped(r.kind) ? "" : r.namespace ?? defaultNamespace}\0${r.name}`;
  const inputs = new Set(resources3.filter((r) => r.reportable && !r.partial && r.name !== "").map(key2));
  if (inputs.size === 0)
    return resources3;
  const kept2 = resources3.filter((r) => r.reportable || r.name === "" || !inputs.has(key2(r)));
  return kept2.length === resources3.length ? resources3 : kept2;
}
var ResourceIndex = class _ResourceIndex {
  defaultNamespace;
  all;
  byKind = /* @__PURE__ */ new Map();
  /** Made on the first lookup by identity: most scoped indexes are only asked by kind. */
  byKeyMap;
  constructor(resources3, defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
    this.all = resources3;
    for (const r of resources3) {
      if (r.partial)
        continue;
      let list2 = this.byKind.get(r.kind);
      if (!list2)
        this.byKind.set(r.kind, list2 = []);
      list2.push(r);
    }
  }
  get byKey() {
    if (!this.byKeyMap) {
      this.byKeyMap = /* @__PURE__ */ new Map();
      for (const list2 of this.byKind.values()) {
        for (const r of list2) {
          const key2 = this.key(r.kind, this.namespaceOf(r), r.name);
          let same = this.byKeyMap.get(key2);
          if (!same)
            this.byKeyMap.set(key2, same = []);
          same.push(r);
        }
      }
    }
    return this.byKeyMap;
  }
  key(kind, namespace, name2) {
    return `${kind}\0${namespace}\0${name2}`;
  }
  /** The namespace an object lands in ('' for cluster-scoped kinds). */
  namespaceOf(r) {
    if (isClusterScoped(r.kind))
      return "";
    return r.namespace ?? this.defaultNamespace;
  }
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
  // The index never changes after construction, so the lists below are made once, on first use:
  // rules ask for them once per object, and 20,000 objects made that quadratic.
  servedCache = /* @__PURE__ */ new Map();
  byNamespace = /* @__PURE__ */ new Map();
  scopes = /* @__PURE__ */ new Map();
  belowCache = /* @__PURE__ */ new Map();
  byDir;
  /**
   * The resources of the directories `keep` accepts, in input order: grouped by directory once, so
   * that a scope costs a pass over the directories, not over every resource.
   */
  scope(cache2, dir, keep, shared) {
    let scoped = cache2.get(dir);
    if (!scoped) {
      if (!this.byDir) {
        this.byDir = /* @__PURE__ */ new Map();
        this.all.forEach((r) => {
          const d = dirOf(r.file.path);
          let list2 = this.byDir.get(d);
          if (!list2)
            this.byDir.set(d, list2 = []);
          list2.push(r);
        });
      }
      const picked = /* @__PURE__ */ new Set();
      for (const [d, list2] of this.byDir)
        if (keep(d))
          for (const r of list2)
            picked.add(r);
      if (shared) {
        for (const r of this.all)
          if (r.shared)
            picked.add(r);
      }
      scoped = picked.size === this.all.length ? this : new _ResourceIndex(this.all.filter((r) => picked.has(r)), this.defaultNamespace);
      cache2.set(dir, scoped);
    }
    return scoped;
  }
  /**
   * The objects a reference from `referrer` may resolve to: those in its directory and its
   * ancestors, and shared context (`--context`, the config's `context`); see proximity. Linting a
   * folder of independent projects then never matches one project's StatefulSet with another
   * project's Service of the same name.
   */
  visibleFrom(referrer) {
    const dir = dirOf(referrer.file.path);
    return this.scope(this.scopes, dir, (d) => within(d, dir), true);
  }
  /**
   * The objects whose reach `target` is in (see proximity): those in its directory and below it,
   * or every object when the target is shared context. A PodDisruptionBudget is part of the
   * applications of the StatefulSets among these.
   */
  below(target) {
    if (target.shared)
      return this;
    const dir = dirOf(target.file.path);
    return this.scope(this.belowCache, dir, (d) => within(dir, d), false);
  }
  /** Resources of a kind in the apiVersion stsplan checks. */
  served(kind) {
    let list2 = this.servedCache.get(kind);
    if (!list2) {
      const v = SERVED[kind];
      this.servedCache.set(kind, list2 = this.ofKind(kind).filter((r) => v === void 0 || r.apiVersion === v));
    }
    return list2;
  }
  /** Resources of a kind (any apiVersion) in a namespace. */
  ofKindIn(kind, namespace) {
    let groups2 = this.byNamespace.get(kind);
    if (!groups2) {
      this.byNamespace.set(kind, groups2 = /* @__PURE__ */ new Map());
      for (const r of this.ofKind(kind)) {
        const ns = this.namespaceOf(r);
        let list2 = groups2.get(ns);
        if (!list2)
          groups2.set(ns, list2 = []);
        list2.push(r);
      }
    }
    return groups2.get(namespace) ?? [];
  }
  /** All resources with this kind, namespace and name (more than one is a duplicate). */
  find(kind, namespace, name2) {
    return this.byKey.get(this.key(kind, isClusterScoped(kind) ? "" : namespace, name2)) ?? [];
  }
  /**
   * The object that wins when the same identity is defined twice: the last one applied. With
   * `near`, only definitions within the referrer's reach count (see visibleFrom), and the nearest
   * wins (see proximity): files that define the same identity are usually variants (overlays,
   * install flavours) applied separately, so a reference means its own variant's object.
   */
  get(kind, namespace, name2, near) {
    const all = this.find(kind, namespace, name2).filter((r) => SERVED[kind] === void 0 || r.apiVersion === SERVED[kind]);
    if (!near)
      return all[all.length - 1];
    let best;
    let bestDistance = Infinity;
    for (const r of all) {
      const d = proximity(r, near);
      if (d !== null && d <= bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    return best;
  }
  /**
   * Definitions of this identity that exist among the inputs but out of `near`'s reach (another
   * application), by path: which file a reviewer passed first does not decide which one is named.
   */
  outOfReach(kind, namespace, name2, near) {
    return this.find(kind, namespace, name2).filter((r) => (SERVED[kind] === void 0 || r.apiVersion === SERVED[kind]) && proximity(r, near) === null).sort((a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.docIndex - b.docIndex);
  }
  /** Resources of a kind, in the apiVersion stsplan checks, in a namespace. */
  inNamespace(kind, namespace) {
    const v = SERVED[kind];
    const list2 = this.ofKindIn(kind, namespace);
    return v === void 0 ? list2 : list2.filter((r) => r.apiVersion === v);
  }
};
function governingService(index, sts) {
  const spec = sts.object.spec;
  const name2 = spec?.serviceName;
  if (typeof name2 !== "string" || name2 === "")
    return null;
  return { name: name2, service: index.get("Service", index.namespaceOf(sts), name2, sts) };
}

// build/src/types.js
var isInputError = (d) => d.ruleId === "input" && d.severity === "error";
function setOwn(obj, key2, value) {
  if (key2 === "__proto__")
    Object.defineProperty(obj, key2, { value, writable: true, enumerable: true, configurable: true });
  else
    obj[key2] = value;
}
var STDIN_NAME = "<stdin>";
var RENDER_NAME = "<render>";
var isStreamName = (name2) => name2 === STDIN_NAME || name2 === RENDER_NAME || name2.endsWith(`:${RENDER_NAME}`);
function pathText(path) {
  let out = "";
  for (const seg of path)
    out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}

// build/src/k8s/versions.js
var SUPPORTED_VERSIONS = ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"];
var DEFAULT_VERSION = "1.36";
function parseKubeVersion(input) {
  const m = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!m)
    return `invalid Kubernetes version "${input}": expected 1.MINOR or 1.MINOR.PATCH, one of ${SUPPORTED_VERSIONS.join(", ")}`;
  const minor = Number(m[1]);
  const schema2 = `1.${minor}`;
  if (!SUPPORTED_VERSIONS.includes(schema2)) {
    return `Kubernetes ${input} is not supported: stsplan ships schemas for ${SUPPORTED_VERSIONS[0]} to ${SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1]}`;
  }
  return { minor, patch: m[2] === void 0 ? void 0 : Number(m[2]), schema: schema2, text: input.replace(/^v/, "") };
}
var FIELD_GATES = {
  VolumeAttributesClass: 34,
  // alpha 1.29, beta (off) 1.31, GA 1.34
  ServiceTrafficDistribution: 31,
  // alpha 1.30, beta 1.31, GA 1.33
  InPlacePodVerticalScaling: 33,
  // alpha 1.27, beta 1.33, GA 1.35
  PodLevelResources: 34,
  // alpha 1.32, beta 1.34
  UserNamespacesSupport: 33,
  // beta (off) 1.30, on 1.33
  SupplementalGroupsPolicy: 33,
  // alpha 1.31, beta 1.33, GA 1.35
  SELinuxChangePolicy: 33,
  // alpha 1.32, beta 1.33
  PodLifecycleSleepAction: 30,
  // alpha 1.29, beta 1.30, GA 1.34
  ContainerStopSignals: void 0,
  // alpha 1.33
  MatchLabelKeysInPodAffinity: 31,
  // alpha 1.29, beta 1.31, GA 1.33
  RecursiveReadOnlyMounts: 31,
  // alpha 1.30, beta 1.31, GA 1.33
  DynamicResourceAllocation: 34,
  // alpha 1.26, beta (off) 1.32, GA 1.34
  HostnameOverride: 35,
  // alpha 1.34, beta 1.35
  ContainerRestartRules: 35,
  // alpha 1.34, beta 1.35
  EnvFiles: 35,
  // alpha 1.34, beta 1.35
  ProcMountType: 33
  // alpha 1.12, beta (off) 1.31, on 1.33
};
var KNOWN_GATES = ["MaxUnavailableStatefulSet", "StatefulSetAutoDeletePVC", "StatefulSetStartOrdinal", "PodIndexLabel", ...Object.keys(FIELD_GATES)];
function defaultGates(v) {
  const maxUnavailable = v.minor >= 37 || v.minor === 35 && v.patch !== void 0 && v.patch <= 3;
  return {
    MaxUnavailableStatefulSet: maxUnavailable,
    StatefulSetAutoDeletePVC: v.minor >= 27,
    StatefulSetStartOrdinal: v.minor >= 27,
    PodIndexLabel: v.minor >= 28
  };
}
function gateEnabled(gates2, gate, v) {
  const set2 = gates2[gate];
  if (set2 !== void 0)
    return set2;
  const on = FIELD_GATES[gate];
  return on !== void 0 && v.minor >= on;
}
var CONTAINERS = ["containers", "initContainers"];
var POD_UTIL = "pkg/api/pod/util.go dropDisabledPodFields (via DropDisabledTemplateFields for a StatefulSet template)";
var AFFINITY_TERMS = [
  ["requiredDuringSchedulingIgnoredDuringExecution", "*"],
  ["preferredDuringSchedulingIgnoredDuringExecution", "*", "podAffinityTerm"]
];
var GATED_FIELDS = [
  { gate: "MaxUnavailableStatefulSet", scope: "StatefulSet", path: ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"], source: "pkg/registry/apps/statefulset/strategy.go dropStatefulSetDisabledFields" },
  { gate: "VolumeAttributesClass", scope: "Claim", path: ["spec", "volumeAttributesClassName"], source: "pkg/api/persistentvolumeclaim/util.go DropDisabledFields" },
  { gate: "ServiceTrafficDistribution", scope: "Service", path: ["spec", "trafficDistribution"], source: "pkg/api/service/util.go DropDisabledSpecFields" },
  { gate: "InPlacePodVerticalScaling", scope: "PodSpec", path: [CONTAINERS, "*", "resizePolicy"], source: POD_UTIL },
  { gate: "PodLevelResources", scope: "PodSpec", path: ["resources"], source: POD_UTIL },
  { gate: "UserNamespacesSupport", scope: "PodSpec", path: ["hostUsers"], source: POD_UTIL },
  { gate: "SupplementalGroupsPolicy", scope: "PodSpec", path: ["securityContext", "supplementalGroupsPolicy"], source: POD_UTIL },
  { gate: "SELinuxChangePolicy", scope: "PodSpec", path: ["securityContext", "seLinuxChangePolicy"], source: POD_UTIL },
  { gate: "PodLifecycleSleepAction", scope: "PodSpec", path: [CONTAINERS, "*", "lifecycle", ["postStart", "preStop"], "sleep"], source: POD_UTIL },
  { gate: "ContainerStopSignals", scope: "PodSpec", path: [CONTAINERS, "*", "lifecycle", "stopSignal"], source: POD_UTIL },
  ...AFFINITY_TERMS.map((term) => ({ gate: "MatchLabelKeysInPodAffinity", scope: "PodSpec", path: ["affinity", ["podAffinity", "podAntiAffinity"], ...term, ["matchLabelKeys", "mismatchLabelKeys"]], source: POD_UTIL })),
  { gate: "ProcMountType", scope: "PodSpec", path: [CONTAINERS, "*", "securityContext", "procMount"], source: POD_UTIL },
  { gate: "RecursiveReadOnlyMounts", scope: "PodSpec", path: [CONTAINERS, "*", "volumeMounts", "*", "recursiveReadOnly"], source: POD_UTIL },
  { gate: "DynamicResourceAllocation", scope: "PodSpec", path: ["resourceClaims"], source: POD_UTIL },
  { gate: "DynamicResourceAllocation", scope: "PodSpec", path: [CONTAINERS, "*", "resources", "claims"], source: POD_UTIL },
  { gate: "HostnameOverride", scope: "PodSpec", path: ["hostnameOverride"], source: POD_UTIL },
  // Only regular containers: an init container's restartPolicy (a sidecar) is SidecarContainers, on since 1.29.
  { gate: "ContainerRestartRules", scope: "PodSpec", path: ["containers", "*", "restartPolicy"], source: POD_UTIL, since: 34 },
  { gate: "ContainerRestartRules", scope: "PodSpec", path: [CONTAINERS, "*", "restartPolicyRules"], source: POD_UTIL },
  { gate: "EnvFiles", scope: "PodSpec", path: [CONTAINERS, "*", "env", "*", "valueFrom", "fileKeyRef"], source: POD_UTIL }
];

// build/src/lint/rule.js
function ruleDocsUrl(id) {
  return `${HOMEPAGE}/blob/main/rules/${id}.md`;
}
function interpolate(text2, data) {
  if (!data)
    return text2;
  return text2.replace(/\{\{([^{}]+?)\}\}/gu, (whole, term) => {
    const name2 = term.trim();
    return Object.hasOwn(data, name2) ? String(data[name2]) : whole;
  });
}
function defineRule(rule) {
  const texts = rule.meta.messages;
  const meta = { ...rule.meta, docs: { url: ruleDocsUrl(rule.meta.id) } };
  return {
    meta,
    check(engine) {
      const report = (r) => {
        const { messageId, data, ...rest } = r;
        const text2 = texts[messageId];
        if (text2 === void 0)
          throw new Error(`rule ${meta.id} has no message "${messageId}"`);
        engine.report({ ...rest, messageId, message: interpolate(text2, data) });
      };
      const context = {
        index: engine.index,
        options: engine.options,
        base: engine.base,
        targets: (kind) => engine.targets(kind),
        schemaErrors: (resource) => engine.schemaErrors(resource),
        sources: engine.sources,
        report
      };
      rule.check(context);
    }
  };
}

// build/src/k8s/profiles.js
var DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
var BETA_DEFAULT_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";
function isDefaultClass(sc2) {
  const a = sc2.metadata?.annotations;
  if (!a || typeof a !== "object")
    return false;
  return a[DEFAULT_ANNOTATION] === "true" || a[BETA_DEFAULT_ANNOTATION] === "true";
}
function storageClassInfo(sc2) {
  return {
    name: sc2.metadata?.name ?? "",
    provisioner: typeof sc2.provisioner === "string" ? sc2.provisioner : "",
    volumeBindingMode: typeof sc2.volumeBindingMode === "string" ? sc2.volumeBindingMode : "Immediate",
    allowVolumeExpansion: sc2.allowVolumeExpansion === true,
    isDefault: isDefaultClass(sc2),
    reclaimPolicy: typeof sc2.reclaimPolicy === "string" && sc2.reclaimPolicy !== "" ? sc2.reclaimPolicy : "Delete"
  };
}
var sc = (name2, provisioner2, volumeBindingMode, allowVolumeExpansion, isDefault = false) => ({
  name: name2,
  provisioner: provisioner2,
  volumeBindingMode,
  allowVolumeExpansion,
  isDefault
});
function builtinProfile(name2, minor) {
  switch (name2) {
    case "eks":
      return {
        name: name2,
        cloud: "aws",
        // CoreDNS, deployed on every cluster: https://docs.aws.amazon.com/eks/latest/userguide/managing-coredns.html
        dns: "coredns",
        storageClasses: [
          // gp2 (kubernetes.io/aws-ebs), created with the cluster. From 1.30 EKS no longer annotates it as default on
          // newly created clusters ("Kubernetes 1.30" in
          // https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-extended.html); a cluster created
          // earlier keeps the annotation through upgrades, which the target version cannot tell, so a target below
          // 1.30 stands for a cluster created before it. Binding mode and expansion as `kubectl get storageclass`
          // prints the class in AWS's EKS Workshop (https://github.com/aws-samples/eks-workshop-v2/blob/main/website/docs/fundamentals/storage/ebs/ebs-csi-driver.md);
          // the user guide does not print it.
          sc("gp2", "kubernetes.io/aws-ebs", "WaitForFirstConsumer", false, minor < 30)
          // Not here: ebs-csi-default-sc (ebs.csi.aws.com, gp3, annotated default), which the add-on creates only when
          // configured with defaultStorageClass.enabled: true (add-on 1.31.0 or later, per the 1.30 note above); the value
          // defaults to false (charts/aws-ebs-csi-driver/values.yaml and templates/ebs-csi-default-sc.yaml in
          // https://github.com/kubernetes-sigs/aws-ebs-csi-driver).
        ],
        provisioners: [
          "ebs.csi.aws.com",
          // the EBS CSI driver add-on this profile assumes (above)
          "kubernetes.io/aws-ebs",
          // gp2's in-tree name, served by ebs.csi.aws.com through CSI migration
          "kubernetes.io/no-provisioner"
          // Not here: efs.csi.aws.com and fsx.csi.aws.com. They are separate add-ons for separate services that a new
          // cluster does not have (https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html,
          // https://docs.aws.amazon.com/eks/latest/userguide/fsx-csi.html); a cluster that has them is described by its
          // own `kubectl get storageclass -o yaml`.
        ]
      };
    case "eks-auto":
      return {
        name: name2,
        cloud: "aws",
        // Auto Mode runs cluster DNS as a managed component (https://docs.aws.amazon.com/eks/latest/userguide/automode.html);
        // the guide's RBAC for that component is the ClusterRole system:coredns labelled eks.amazonaws.com/component: coredns
        // (latest/ug/automode/kubernetes-rbac/coredns-role.yaml in https://github.com/awsdocs/amazon-eks-user-guide). The guide
        // does not name CoreDNS in its text: not fully verified.
        dns: "coredns",
        // "EKS Auto Mode does not create a StorageClass for you":
        // https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html. Whether an Auto Mode cluster also
        // gets EKS's gp2 class is not documented (not verified); if it does, gp2's provisioner does not run here, so
        // claims naming it stay Pending either way and leaving it out reports them.
        storageClasses: [],
        provisioners: ["ebs.csi.eks.amazonaws.com", "kubernetes.io/no-provisioner"]
      };
    case "gke":
    case "gke-autopilot": {
      const autopilot = name2 === "gke-autopilot";
      return {
        name: name2,
        cloud: "gcp",
        // Standard: kube-dns, "the default DNS provider for Standard clusters"; Autopilot: new clusters use Cloud DNS
        // and the provider cannot be changed (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/service-discovery).
        // Cloud DNS for GKE "supports the full Kubernetes DNS specification" and creates records for ClusterIP, headless
        // and ExternalName Services (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/about-cloud-dns), but the
        // docs do not say whether it answers `<pod>.<service>` for a Service that is not headless (the specification
        // defines those names for headless Services only), so the Autopilot profile names no DNS server.
        ...autopilot ? {} : { dns: "kube-dns" },
        // The Compute Engine persistent disk CSI driver is always on in Autopilot and on by default in new Standard
        // clusters; from 1.22 CSI migration serves the in-tree kubernetes.io/gce-pd classes through it
        // (https://docs.cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/gce-pd-csi-driver).
        // The classes below (standard-rwo: pd-balanced, the default; premium-rwo: pd-ssd; standard: pd-standard, the
        // legacy in-tree class) with their binding modes and expansion are as `kubectl get storageclass` prints them on
        // current clusters; GKE's page on them (https://docs.cloud.google.com/kubernetes-engine/docs/concepts/persistent-volumes)
        // could not be read past its opening here: not verified beyond the names. Kept because dropping the default would
        // report every claim that relies on it.
        storageClasses: [
          sc("standard-rwo", "pd.csi.storage.gke.io", "WaitForFirstConsumer", true, true),
          sc("premium-rwo", "pd.csi.storage.gke.io", "WaitForFirstConsumer", true),
          sc("standard", "kubernetes.io/gce-pd", "Immediate", true)
          // Not here: standard-rwx, premium-rwx, enterprise-rwx, zonal-rwx (filestore.csi.storage.gke.io), which exist only
          // once the Filestore CSI driver is enabled (https://docs.cloud.google.com/filestore/docs/csi-driver); whether a new
          // cluster of either mode has it enabled is not verified, and listing them would hide the error of a cluster that
          // lacks it. Nor Hyperdisk classes such as hyperdisk-balanced: that GKE creates any is not verified.
        ],
        provisioners: ["pd.csi.storage.gke.io", "kubernetes.io/gce-pd", "kubernetes.io/no-provisioner"]
      };
    }
    case "aks":
      return {
        name: name2,
        cloud: "azure",
        // CoreDNS, for all clusters since 1.12: https://learn.microsoft.com/azure/aks/coredns-custom
        dns: "coredns",
        storageClasses: [
          // default (the default class, "the same as managed-csi") and managed-csi: Standard SSD; managed-csi-premium: Premium
          // SSD; all expandable, and "The default storage classes use volumeBindingMode: WaitForFirstConsumer"
          // (https://learn.microsoft.com/azure/aks/concepts-storage, https://learn.microsoft.com/azure/aks/azure-disk-csi).
          sc("default", "disk.csi.azure.com", "WaitForFirstConsumer", true, true),
          sc("managed-csi", "disk.csi.azure.com", "WaitForFirstConsumer", true),
          sc("managed-csi-premium", "disk.csi.azure.com", "WaitForFirstConsumer", true),
          // managed-csi-premium-v2 (Premium SSD v2), built in "Effective starting with Kubernetes version 1.35"
          // (https://learn.microsoft.com/azure/aks/create-volume-azure-disk). Binding mode from the sentence above; the docs do
          // not say whether it allows expansion (not verified), so false: the planner then asks to check rather than promise.
          ...minor >= 35 ? [sc("managed-csi-premium-v2", "disk.csi.azure.com", "WaitForFirstConsumer", false)] : [],
          // azurefile-csi (Standard) and azurefile-csi-premium (Premium), expandable (https://learn.microsoft.com/azure/aks/azure-files-csi).
          // Immediate binding is not stated there (not verified): the docs' Azure Files class examples use it, as does the
          // table of built-in classes in Microsoft's AKS workshop
          // (https://microsoft.github.io/k8s-on-azure-workshop/module-3/2_storage/2_aks_storage_implementation/).
          sc("azurefile-csi", "file.csi.azure.com", "Immediate", true),
          sc("azurefile-csi-premium", "file.csi.azure.com", "Immediate", true)
          // Not here: azureblob-nfs-premium and azureblob-fuse-premium (blob.csi.azure.com), which come with the Blob CSI driver,
          // enabled per cluster (csi-storage-drivers above). Nor the in-tree-era names managed, managed-premium, azurefile,
          // azurefile-premium: AKS's lists of built-in classes (concepts-storage, create-volume-azure-disk) no longer have them;
          // whether older clusters still carry them is not verified, and a cluster that does is described by its own
          // `kubectl get storageclass -o yaml`.
        ],
        provisioners: ["disk.csi.azure.com", "file.csi.azure.com", "kubernetes.io/azure-disk", "kubernetes.io/azure-file", "kubernetes.io/no-provisioner"]
      };
    case "kind":
      return {
        name: name2,
        // kind bootstraps each node with kubeadm (https://kind.sigs.k8s.io/docs/design/initial/), and kubeadm installs
        // CoreDNS (https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/).
        dns: "coredns",
        // The node image's default-storage manifest: class standard, rancher.io/local-path, WaitForFirstConsumer, annotated
        // default, no allowVolumeExpansion (pkg/build/nodeimage/const_storage.go in https://github.com/kubernetes-sigs/kind).
        storageClasses: [sc("standard", "rancher.io/local-path", "WaitForFirstConsumer", false, true)],
        provisioners: ["rancher.io/local-path", "kubernetes.io/no-provisioner"]
      };
    case "minikube":
      return {
        name: name2,
        // minikube's default bootstrapper is kubeadm (pkg/minikube/bootstrapper/kubeadm in
        // https://github.com/kubernetes/minikube), which installs CoreDNS (kubeadm-init page above).
        dns: "coredns",
        // The default-storageclass and storage-provisioner addons are on by default (defaultAddons in pkg/addons/addons.go);
        // deploy/addons/storageclass/storageclass.yaml: class standard, k8s.io/minikube-hostpath, annotated default, no
        // volumeBindingMode (so Immediate) and no allowVolumeExpansion. The provisioner makes hostPath volumes
        // (https://minikube.sigs.k8s.io/docs/handbook/persistent_volumes/).
        storageClasses: [sc("standard", "k8s.io/minikube-hostpath", "Immediate", false, true)],
        provisioners: ["k8s.io/minikube-hostpath", "kubernetes.io/no-provisioner"]
      };
    default:
      return void 0;
  }
}
var BUILTIN_PROFILES = ["eks", "eks-auto", "gke", "gke-autopilot", "aks", "kind", "minikube"];

// build/src/lint/storage.js
var BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
function storageClasses(index) {
  return index.served("StorageClass").map((r) => ({ info: storageClassInfo(r.object), resource: r }));
}
function inputDefaultClasses(index) {
  return storageClasses(index).filter((c) => c.info.isDefault).sort((a, b) => a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0);
}
function defaultClasses(index, cluster) {
  const fromInputs = inputDefaultClasses(index);
  if (fromInputs.length)
    return fromInputs;
  return (cluster?.storageClasses ?? []).filter((c) => c.isDefault).map((info) => ({ info }));
}
function classOf(claim, base, index, cluster) {
  const field = claim.spec?.storageClassName;
  const annotation = claim.metadata?.annotations?.[BETA_CLASS_ANNOTATION];
  let name2;
  let path;
  let via;
  if (typeof annotation === "string" && annotation !== "") {
    name2 = annotation;
    path = [...base, "metadata", "annotations", BETA_CLASS_ANNOTATION];
    via = "annotation";
  } else if (typeof field === "string") {
    if (field === "")
      return { name: "", path: [...base, "spec", "storageClassName"], via: "static", origin: "input" };
    name2 = field;
    path = [...base, "spec", "storageClassName"];
    via = "field";
  } else {
    const defaults = defaultClasses(index, cluster);
    const chosen = defaults[defaults.length - 1];
    if (!chosen)
      return { name: void 0, path: [...base, "spec"], via: "none", origin: "missing" };
    return { name: chosen.info.name, path: [...base, "spec"], via: "default", info: chosen.info, origin: chosen.resource ? "input" : "profile", ...chosen.resource ? { resource: chosen.resource } : {} };
  }
  const inInputs = storageClasses(index).filter((c) => c.info.name === name2);
  const hit = inInputs[inInputs.length - 1];
  if (hit)
    return { name: name2, path, via, info: hit.info, resource: hit.resource, origin: "input" };
  const fromProfile = cluster?.storageClasses.find((c) => c.name === name2);
  if (fromProfile)
    return { name: name2, path, via, info: fromProfile, origin: "profile" };
  return { name: name2, path, via, origin: "missing" };
}
function claimsOf(resources3, objectOf = (r) => r.object) {
  const out = [];
  for (const r of resources3.pvcs)
    out.push({ resource: r, claim: objectOf(r), base: [], label: "", prefix: "" });
  for (const r of resources3.statefulSets) {
    const spec = objectOf(r).spec;
    const list2 = spec?.volumeClaimTemplates;
    if (!Array.isArray(list2))
      continue;
    list2.forEach((t, i) => {
      if (typeof t !== "object" || t === null)
        return;
      const claim = t;
      const label = `claim template ${claim.metadata?.name ?? i}`;
      out.push({ resource: r, claim, base: ["spec", "volumeClaimTemplates", i], label, prefix: `${label}: ` });
    });
  }
  return out;
}

// build/src/k8s/selector.js
function asLabels(v) {
  const out = {};
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return out;
  for (const [k, val] of Object.entries(v))
    if (typeof val === "string")
      setOwn(out, k, val);
  return out;
}
function requirementMatches(req, labels) {
  const has2 = Object.prototype.hasOwnProperty.call(labels, req.key);
  const values = Array.isArray(req.values) ? req.values : [];
  switch (req.operator) {
    case "In":
      return has2 && values.includes(labels[req.key]);
    case "NotIn":
      return !has2 || !values.includes(labels[req.key]);
    case "Exists":
      return has2;
    case "DoesNotExist":
      return !has2;
    default:
      return false;
  }
}
function selectorMatches(selector, labels) {
  if (!selector || typeof selector !== "object")
    return false;
  for (const [k, v] of Object.entries(asLabels(selector.matchLabels)))
    if (labels[k] !== v)
      return false;
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  return exprs.every((r) => r && typeof r === "object" && requirementMatches(r, labels));
}
function selectorIsEmpty(selector) {
  if (!selector)
    return true;
  const ml = Object.keys(asLabels(selector.matchLabels)).length;
  const me = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return ml + me === 0;
}
function mapSelectorMatches(selector, labels) {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}
function formatLabels(labels) {
  const e = Object.entries(labels);
  return e.length ? e.map(([k, v]) => `${k}=${v}`).join(",") : "(none)";
}

// build/src/k8s/objects.js
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function imageTag(image) {
  const name2 = image.split("@")[0];
  const colon = name2.lastIndexOf(":");
  return colon > name2.lastIndexOf("/") ? name2.slice(colon + 1) : "";
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
function records(v) {
  if (!Array.isArray(v))
    return [];
  const out = [];
  v.forEach((item, i) => {
    if (isRecord(item))
      out.push([item, i]);
  });
  return out;
}
var asStatefulSet = (r) => r.object;
var asService = (r) => r.object;
var asClaim = (r) => r.object;
var MAX_INT32 = 2147483647;
function replicasOf(sts) {
  const n = sts.spec?.replicas;
  return typeof n === "number" ? n : 1;
}
function startOrdinalOf(sts) {
  const n = sts.spec?.ordinals?.start;
  return typeof n === "number" && n >= 0 ? n : 0;
}
function firstPodName(r) {
  return `${r.name}-${startOrdinalOf(asStatefulSet(r))}`;
}
function podManagementPolicyOf(sts) {
  return sts.spec?.podManagementPolicy ?? "OrderedReady";
}
var templates = /* @__PURE__ */ new WeakMap();
function podTemplateOf(r) {
  let t = templates.get(r);
  if (t === void 0)
    templates.set(r, t = findPodTemplate(r));
  return t;
}
function findPodTemplate(r) {
  const o = r.object;
  let path;
  switch (r.kind) {
    case "Pod":
      path = [];
      break;
    case "CronJob":
      path = ["spec", "jobTemplate", "spec", "template"];
      break;
    case "StatefulSet":
    case "Deployment":
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      path = ["spec", "template"];
      break;
    default:
      return null;
  }
  let node = o;
  for (const seg of path)
    node = isRecord(node) ? node[seg] : void 0;
  if (!isRecord(node))
    return null;
  const template = node;
  const spec = isRecord(template.spec) ? template.spec : {};
  const labels = asLabels(isRecord(template.metadata) ? template.metadata.labels : void 0);
  return { template, spec, labels, path };
}
function containersOf(spec) {
  const out = [];
  for (const kind of ["initContainers", "containers", "ephemeralContainers"]) {
    for (const [c, i] of records(spec[kind]))
      out.push({ container: c, path: [kind, i], kind });
  }
  return out;
}
function claimTemplatesOf(sts) {
  return records(sts.spec?.volumeClaimTemplates);
}
function claimTemplateName(t) {
  return typeof t.metadata?.name === "string" ? t.metadata.name : "";
}
function externallyAccessible(svc) {
  const spec = isRecord(svc) && isRecord(svc.spec) ? svc.spec : {};
  const type2 = spec.type === void 0 || spec.type === "" ? "ClusterIP" : spec.type;
  return type2 === "LoadBalancer" || type2 === "NodePort" || type2 === "ClusterIP" && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
}

// build/src/k8s/values.js
var show = (v) => typeof v === "string" ? JSON.stringify(v) : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v) ?? String(v);
var str3 = (v) => typeof v === "string" ? v : "";
var num = (v) => typeof v === "number" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
var strings = (v) => list(v).filter((x) => typeof x === "string");
var fieldError = {
  invalid: (field, value, detail) => `${field}: Invalid value: ${show(value)}: ${detail}`,
  required: (field, detail) => `${field}: Required value${detail ? `: ${detail}` : ""}`,
  forbidden: (field, detail) => `${field}: Forbidden: ${detail}`,
  duplicate: (field, value) => `${field}: Duplicate value: ${show(value)}`,
  unsupported: (field, value, supported) => `${field}: Unsupported value: ${show(value)}: supported values: ${supported.map(show).join(", ")}`
};
function* fieldsAt(node, segs, at = []) {
  const [seg, ...rest] = segs;
  if (seg === void 0)
    return;
  const keys = [];
  if (seg === "*") {
    if (Array.isArray(node))
      for (let i = 0; i < node.length; i++)
        keys.push(i);
    else if (isRecord(node))
      keys.push(...Object.keys(node));
  } else if (isRecord(node)) {
    for (const name2 of typeof seg === "string" ? [seg] : seg)
      if (Object.hasOwn(node, name2))
        keys.push(name2);
  }
  const parent = node;
  for (const k of keys) {
    if (rest.length === 0)
      yield [parent, k, [...at, k]];
    else
      yield* fieldsAt(parent[k], rest, [...at, k]);
  }
}
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
var TYPE_BY_TEXT = new Map(Object.entries(FIELD_ERROR_TYPES).map(([id, text2]) => [text2, id]));
var FIELD_ERROR = new RegExp(`: (${Object.values(FIELD_ERROR_TYPES).join("|")})(?=: |$)`, "u");
function fieldErrorOf(message, types2) {
  const m = FIELD_ERROR.exec(message);
  const type2 = m ? TYPE_BY_TEXT.get(m[1]) : void 0;
  if (!m || type2 === void 0)
    throw new Error(`not a field.Error message: ${JSON.stringify(message)}`);
  if (!types2.includes(type2))
    throw new Error(`a field.Error of type ${type2}, which the rule does not declare: ${JSON.stringify(message)}`);
  return { type: type2, field: message.slice(0, m.index), detail: message.slice(m.index + m[0].length) };
}
function fieldErrorMessages(types2, around = "$&") {
  const out = {};
  for (const t of types2)
    out[t] = around.replace("$&", `{{field}}: ${FIELD_ERROR_TYPES[t]}{{detail}}`);
  return out;
}

// build/src/k8s/enums.js
var CONTAINERS2 = ["containers", "initContainers"];
var ENUMS = [
  // ---- StatefulSet (pkg/apis/apps/validation) ----
  { scope: "StatefulSet", path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenDeleted"], values: ["Retain", "Delete"], source: "apps/validation ValidatePersistentVolumeClaimRetentionPolicyType", default: "Retain" },
  { scope: "StatefulSet", path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenScaled"], values: ["Retain", "Delete"], source: "apps/validation ValidatePersistentVolumeClaimRetentionPolicyType", default: "Retain" },
  { scope: "StatefulSet", path: ["spec", "podManagementPolicy"], values: ["OrderedReady", "Parallel"], source: "apps/validation ValidateStatefulSetSpec", invalid: "must be 'OrderedReady' or 'Parallel'", default: "OrderedReady" },
  { scope: "StatefulSet", path: ["spec", "updateStrategy", "type"], values: ["RollingUpdate", "OnDelete"], source: "apps/validation ValidateStatefulSetSpec", invalid: "must be 'RollingUpdate' or 'OnDelete'", default: "RollingUpdate", reportOnParent: true },
  // The StatefulSet's own restartPolicy check (ValidatePodSpec's wider list is the pod section's).
  { scope: "StatefulSet", path: ["spec", "template", "spec", "restartPolicy"], values: ["Always"], source: "apps/validation ValidateStatefulSetSpec", default: "Always" },
  // ---- Service (pkg/apis/core/validation ValidateService) ----
  // NotSupported lists are sets.List(…), i.e. sorted.
  { scope: "Service", path: ["spec", "type"], values: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"], source: "core/validation ValidateService", default: "ClusterIP" },
  { scope: "Service", path: ["spec", "ports", "*", "protocol"], values: ["SCTP", "TCP", "UDP"], source: "core/validation validateServicePort", default: "TCP" },
  { scope: "Service", path: ["spec", "sessionAffinity"], values: ["ClientIP", "None"], source: "core/validation ValidateService", default: "None" },
  { scope: "Service", path: ["spec", "ipFamilies", "*"], values: ["IPv4", "IPv6"], source: "core/validation ValidateServiceClusterIPsRelatedFields" },
  { scope: "Service", path: ["spec", "ipFamilyPolicy"], values: ["PreferDualStack", "RequireDualStack", "SingleStack"], source: "core/validation ValidateServiceClusterIPsRelatedFields" },
  // Only externally accessible Services (NodePort, LoadBalancer, ClusterIP with externalIPs); on the
  // others any value is "may only be set for externally-accessible services" (validate.ts).
  { scope: "Service", path: ["spec", "externalTrafficPolicy"], values: ["Cluster", "Local"], source: "core/validation validateServiceExternalTrafficPolicy", default: "Cluster", applies: (svc) => externallyAccessible(svc) },
  { scope: "Service", path: ["spec", "internalTrafficPolicy"], values: ["Cluster", "Local"], source: "core/validation validateServiceInternalTrafficFieldsValue" },
  // ServiceTrafficDistribution: alpha (off, the field is dropped) in 1.30, beta on from 1.31.
  // PreferSameTrafficDistribution: alpha 1.33, beta on 1.34, GA 1.35 (pkg/features/kube_features.go).
  { scope: "Service", path: ["spec", "trafficDistribution"], values: ["PreferClose"], source: "core/validation validateServiceTrafficDistribution", since: 31, until: 33 },
  { scope: "Service", path: ["spec", "trafficDistribution"], values: ["PreferClose", "PreferSameNode", "PreferSameZone"], source: "core/validation validateServiceTrafficDistribution", since: 34 },
  // ---- PersistentVolumeClaim and claim templates (pkg/apis/core/validation ValidatePersistentVolumeClaimSpec) ----
  // Access modes are the access-mode-invalid rule, which reads this entry.
  { scope: "PersistentVolumeClaim", path: ["spec", "accessModes", "*"], values: ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"], source: "core/validation ValidatePersistentVolumeClaimSpec" },
  { scope: "PersistentVolumeClaim", path: ["spec", "volumeMode"], values: ["Block", "Filesystem"], source: "core/validation ValidatePersistentVolumeClaimSpec" },
  // ---- StorageClass (pkg/apis/storage/validation) ----
  // A pointer, defaulted to Delete only when absent; validateReclaimPolicy checks only a non-empty value.
  { scope: "StorageClass", path: ["reclaimPolicy"], values: ["Delete", "Retain"], source: "storage/validation validateReclaimPolicy", empty: "valid" },
  { scope: "StorageClass", path: ["volumeBindingMode"], values: ["Immediate", "WaitForFirstConsumer"], source: "storage/validation validateVolumeBindingMode" },
  // ---- PodDisruptionBudget (pkg/apis/policy/validation) ----
  { scope: "PodDisruptionBudget", path: ["spec", "unhealthyPodEvictionPolicy"], values: ["AlwaysAllow", "IfHealthyBudget"], source: "policy/validation ValidatePodDisruptionBudgetSpec" },
  // ---- Pod spec (pkg/apis/core/validation ValidatePodSpec and callees) ----
  // Containers (validate-container.ts reports the entries whose path starts with CONTAINERS,
  // 'containers' or 'initContainers'; pod-level entries never do). Lists are in upstream's message order.
  { scope: "PodSpec", path: [CONTAINERS2, "*", "ports", "*", "protocol"], values: ["SCTP", "TCP", "UDP"], source: "core/validation validateContainerPorts", default: "TCP" },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "imagePullPolicy"], values: ["Always", "IfNotPresent", "Never"], source: "core/validation validatePullPolicy", default: "IfNotPresent" },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "terminationMessagePolicy"], values: ["File", "FallbackToLogsOnError"], source: "core/validation validateContainerCommon", default: "File" },
  { scope: "PodSpec", path: [CONTAINERS2, "*", ["livenessProbe", "readinessProbe", "startupProbe"], "httpGet", "scheme"], values: ["HTTP", "HTTPS"], source: "core/validation validateHTTPGetAction", default: "HTTP" },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "lifecycle", ["postStart", "preStop"], "httpGet", "scheme"], values: ["HTTP", "HTTPS"], source: "core/validation validateHTTPGetAction", default: "HTTP" },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "volumeMounts", "*", "mountPropagation"], values: ["Bidirectional", "HostToContainer", "None"], source: "core/validation validateMountPropagation", messageDropsIndexAfter: "volumeMounts" },
  // RecursiveReadOnlyMounts: alpha (off) in 1.30, beta (on) from 1.31; a disabled gate drops the field.
  { scope: "PodSpec", path: [CONTAINERS2, "*", "volumeMounts", "*", "recursiveReadOnly"], values: ["Disabled", "Enabled", "IfPossible"], source: "core/validation validateMountRecursiveReadOnly", since: 31, messageDropsIndexAfter: "volumeMounts" },
  // InPlacePodVerticalScaling: alpha (off, resizePolicy dropped) to 1.32, beta (on) from 1.33.
  { scope: "PodSpec", path: [CONTAINERS2, "*", "resizePolicy", "*", "resourceName"], values: ["cpu", "memory"], source: "core/validation validateResizePolicy", since: 33, empty: { required: "" }, messageDropsIndexAfter: "resizePolicy", messageNamesList: true },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "resizePolicy", "*", "restartPolicy"], values: ["NotRequired", "RestartContainer"], source: "core/validation validateResizePolicy", since: 33, empty: { required: "" }, messageDropsIndexAfter: "resizePolicy", messageNamesList: true },
  // ProcMountType: alpha/beta off (procMount dropped) to 1.32, on from 1.33.
  { scope: "PodSpec", path: [CONTAINERS2, "*", "securityContext", "procMount"], values: ["Default", "Unmasked"], source: "core/validation ValidateProcMountType", since: 33 },
  { scope: "PodSpec", path: [CONTAINERS2, "*", "securityContext", "seccompProfile", "type"], values: ["Localhost", "RuntimeDefault", "Unconfined"], source: "core/validation validateSeccompProfileType", empty: { required: "type is required when seccompProfile is set" } },
  // AppArmor fields: GA from 1.30.
  { scope: "PodSpec", path: [CONTAINERS2, "*", "securityContext", "appArmorProfile", "type"], values: ["Localhost", "RuntimeDefault", "Unconfined"], source: "core/validation ValidateAppArmorProfileField", since: 30, empty: { required: "type is required when appArmorProfile is set" } },
  // SidecarContainers: beta (on) from 1.29, GA 1.33.
  { scope: "PodSpec", path: ["initContainers", "*", "restartPolicy"], values: ["Always"], source: "core/validation validateInitContainerRestartPolicy" },
  // Pod level (validate-pod.ts reports these; the container entries start with [containers, initContainers]).
  { scope: "PodSpec", path: ["dnsPolicy"], values: ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"], source: "core/validation validateDNSPolicy", default: "ClusterFirst" },
  { scope: "PodSpec", path: ["preemptionPolicy"], values: ["PreemptLowerPriority", "Never"], source: "core/validation ValidatePreemptionPolicy", empty: { required: "" } },
  { scope: "PodSpec", path: ["tolerations", "*", "operator"], values: ["Equal", "Exists"], source: "core/validation ValidateTolerations", empty: "valid" },
  { scope: "PodSpec", path: ["tolerations", "*", "effect"], values: ["NoSchedule", "PreferNoSchedule", "NoExecute"], source: "core/validation validateTaintEffect", empty: "valid" },
  { scope: "PodSpec", path: ["topologySpreadConstraints", "*", "whenUnsatisfiable"], values: ["DoNotSchedule", "ScheduleAnyway"], source: "core/validation ValidateWhenUnsatisfiable" },
  { scope: "PodSpec", path: ["topologySpreadConstraints", "*", "nodeAffinityPolicy"], values: ["Honor", "Ignore"], source: "core/validation validateNodeInclusionPolicy" },
  { scope: "PodSpec", path: ["topologySpreadConstraints", "*", "nodeTaintsPolicy"], values: ["Honor", "Ignore"], source: "core/validation validateNodeInclusionPolicy" },
  { scope: "PodSpec", path: ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms", "*", "matchExpressions", "*", "operator"], values: ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"], source: "core/validation ValidateNodeSelectorRequirement", invalid: "not a valid selector operator" },
  { scope: "PodSpec", path: ["affinity", "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", "*", "preference", "matchExpressions", "*", "operator"], values: ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"], source: "core/validation ValidateNodeSelectorRequirement", invalid: "not a valid selector operator" },
  { scope: "PodSpec", path: ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms", "*", "matchFields", "*", "operator"], values: ["In", "NotIn"], source: "core/validation ValidateNodeFieldSelectorRequirement", invalid: "not a valid selector operator" },
  { scope: "PodSpec", path: ["affinity", "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", "*", "preference", "matchFields", "*", "operator"], values: ["In", "NotIn"], source: "core/validation ValidateNodeFieldSelectorRequirement", invalid: "not a valid selector operator" },
  { scope: "PodSpec", path: ["securityContext", "fsGroupChangePolicy"], values: ["Always", "OnRootMismatch"], source: "core/validation validateFSGroupChangePolicy" },
  { scope: "PodSpec", path: ["securityContext", "seccompProfile", "type"], values: ["Localhost", "RuntimeDefault", "Unconfined"], source: "core/validation validateSeccompProfileType", empty: { required: "type is required when seccompProfile is set" } },
  { scope: "PodSpec", path: ["securityContext", "appArmorProfile", "type"], values: ["Localhost", "RuntimeDefault", "Unconfined"], source: "core/validation ValidateAppArmorProfileField", since: 30, empty: { required: "type is required when appArmorProfile is set" } },
  // SupplementalGroupsPolicy and SELinuxChangePolicy: gates beta (on) from 1.33; before, the field is dropped.
  { scope: "PodSpec", path: ["securityContext", "supplementalGroupsPolicy"], values: ["Merge", "Strict"], source: "core/validation validateSupplementalGroupsPolicy", since: 33 },
  { scope: "PodSpec", path: ["securityContext", "seLinuxChangePolicy"], values: ["MountOption", "Recursive"], source: "core/validation validateSELinuxChangePolicy", since: 33 },
  // SetDefaults_HostPathVolumeSource puts "" (HostPathUnset) where type is absent; "" is a supported value.
  { scope: "PodSpec", path: ["volumes", "*", "hostPath", "type"], values: ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"], source: "core/validation validateHostPathType" },
  { scope: "PodSpec", path: ["os", "name"], values: ["linux", "windows"], source: "core/validation validateOS", empty: { required: "cannot be empty" }, atParent: true }
];
function enumValues(scope, path, minor) {
  const key2 = JSON.stringify(path);
  return ENUMS.find((e) => e.scope === scope && JSON.stringify(e.path) === key2 && (e.since === void 0 || minor >= e.since) && (e.until === void 0 || minor <= e.until))?.values;
}
function enumProblems(scope, object, base, minor) {
  const out = [];
  for (const entry of ENUMS) {
    if (entry.scope !== scope || entry.since !== void 0 && minor < entry.since || entry.until !== void 0 && minor > entry.until)
      continue;
    if (entry.applies && !entry.applies(object))
      continue;
    for (const [parent, key2, at] of fieldsAt(object, entry.path)) {
      const value = parent[key2];
      if (typeof value !== "string" || entry.values.includes(value) || value === "" && (entry.default !== void 0 || entry.empty === "valid"))
        continue;
      const path = [...base, ...at];
      out.push(entry.reportOnParent ? { path, value, entry, parent: { path: path.slice(0, -1), value: valueAt(object, at.slice(0, -1)) } } : { path, value, entry });
    }
  }
  return out;
}
function enumMessage(p, field) {
  const empty2 = p.entry.empty;
  if (p.value === "" && typeof empty2 === "object")
    return fieldError.required(field, empty2.required);
  if (p.entry.invalid !== void 0)
    return fieldError.invalid(field, p.parent ? p.parent.value : p.value, p.entry.invalid);
  return fieldError.unsupported(field, p.value, p.entry.values);
}

// build/src/k8s/quantity-canonical.js
var QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
var DECIMAL_EXP = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY_EXP = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL_EXP).map(([k, v]) => [v, k]));
var BINARY_SUFFIX = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
function canonicalQuantity(input) {
  const text2 = String(input).trim();
  const m = QUANTITY.exec(text2);
  if (!m || m[2] === "" && (m[3] ?? "") === "")
    return String(input);
  const negative = m[1] === "-";
  const intPart = m[2] ?? "";
  const fracPart = m[3] ?? "";
  const suffix = m[4] ?? "";
  let digits = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, "") || "0");
  let exp10 = -fracPart.length;
  let exp2 = 0;
  let format = "decimal";
  if (suffix in BINARY_EXP) {
    format = "binary";
    exp2 = BINARY_EXP[suffix];
  } else if (/^[eE]/.test(suffix)) {
    format = "exponent";
    exp10 += Number(suffix.slice(1));
  } else
    exp10 += DECIMAL_EXP[suffix];
  if (digits === 0n)
    return "0";
  if (format === "binary") {
    let value;
    if (exp10 >= 0)
      value = digits * 10n ** BigInt(exp10) * 2n ** BigInt(exp2);
    else {
      const num2 = digits * 2n ** BigInt(exp2);
      const den = 10n ** BigInt(-exp10);
      if (num2 % den === 0n)
        value = num2 / den;
    }
    if (value !== void 0 && (value >= 1024n || value <= -1024n)) {
      let k = 0;
      while (k < 6 && value % 1024n === 0n) {
        value /= 1024n;
        k++;
      }
      return `${negative ? "-" : ""}${value}${BINARY_SUFFIX[k]}`;
    }
    if (value !== void 0)
      return `${negative ? "-" : ""}${value}`;
    digits *= 2n ** BigInt(exp2);
    format = "decimal";
  }
  while (digits % 10n === 0n) {
    digits /= 10n;
    exp10++;
  }
  if (exp10 < -9) {
    const den = 10n ** BigInt(-9 - exp10);
    digits = (digits + den - 1n) / den;
    exp10 = -9;
  }
  let e = Math.floor(exp10 / 3) * 3;
  if (format === "decimal" && e > 18)
    e = 18;
  digits *= 10n ** BigInt(exp10 - e);
  const sign = negative ? "-" : "";
  if (format === "exponent")
    return e === 0 ? `${sign}${digits}` : `${sign}${digits}e${e}`;
  return `${sign}${digits}${DECIMAL_SUFFIX.get(e)}`;
}

// build/src/k8s/defaults.js
var clone = (v) => v === void 0 ? v : JSON.parse(JSON.stringify(v));
function setDefault(o, key2, value) {
  if (o[key2] === void 0 || o[key2] === null)
    o[key2] = value;
}
function setIfEmpty(o, key2, value) {
  if (o[key2] === void 0 || o[key2] === null || o[key2] === "" || o[key2] === 0)
    o[key2] = value;
}
var PLANNER = { canonical: true };
function canonicalResourceList(list2, mode) {
  if (!isRecord(list2) || !mode.canonical)
    return;
  for (const [k, v] of Object.entries(list2))
    if (typeof v === "string" || typeof v === "number")
      list2[k] = canonicalQuantity(v);
}
function defaultPullPolicy(image) {
  if (typeof image !== "string")
    return "IfNotPresent";
  const tag = imageTag(image);
  return tag === "" && !image.includes("@") || tag === "latest" ? "Always" : "IfNotPresent";
}
function defaultHandler(h) {
  if (!isRecord(h) || !isRecord(h.httpGet))
    return;
  const g = h.httpGet;
  setIfEmpty(g, "path", "/");
  setIfEmpty(g, "scheme", "HTTP");
}
function defaultProbe(p) {
  if (!isRecord(p))
    return;
  setIfEmpty(p, "timeoutSeconds", 1);
  setIfEmpty(p, "periodSeconds", 10);
  setIfEmpty(p, "successThreshold", 1);
  setIfEmpty(p, "failureThreshold", 3);
  defaultHandler(p);
}
function defaultFieldRef(ref) {
  if (isRecord(ref))
    setIfEmpty(ref, "apiVersion", "v1");
}
function defaultContainer(c, hostNetwork, mode) {
  if (!isRecord(c))
    return;
  setIfEmpty(c, "imagePullPolicy", defaultPullPolicy(c.image));
  setIfEmpty(c, "terminationMessagePath", "/dev/termination-log");
  setIfEmpty(c, "terminationMessagePolicy", "File");
  setDefault(c, "resources", {});
  if (isRecord(c.resources)) {
    canonicalResourceList(c.resources.limits, mode);
    canonicalResourceList(c.resources.requests, mode);
  }
  if (Array.isArray(c.ports)) {
    for (const p of c.ports) {
      if (!isRecord(p))
        continue;
      setIfEmpty(p, "protocol", "TCP");
      if (hostNetwork)
        setIfEmpty(p, "hostPort", p.containerPort);
    }
  }
  if (Array.isArray(c.env)) {
    for (const e of c.env)
      if (isRecord(e) && isRecord(e.valueFrom))
        defaultFieldRef(e.valueFrom.fieldRef);
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  if (isRecord(c.lifecycle)) {
    defaultHandler(c.lifecycle.postStart);
    defaultHandler(c.lifecycle.preStop);
  }
}
var VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
function defaultVolume(v, mode) {
  if (!isRecord(v))
    return;
  if (!VOLUME_SOURCES.some((s) => v[s] !== void 0))
    v.emptyDir = {};
  for (const s of ["secret", "configMap", "downwardAPI", "projected"])
    if (isRecord(v[s]))
      setDefault(v[s], "defaultMode", 420);
  if (isRecord(v.hostPath))
    setDefault(v.hostPath, "type", "");
  if (mode.canonical && isRecord(v.emptyDir) && v.emptyDir.sizeLimit !== void 0)
    v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit);
  if (isRecord(v.downwardAPI) && Array.isArray(v.downwardAPI.items)) {
    for (const i of v.downwardAPI.items)
      if (isRecord(i))
        defaultFieldRef(i.fieldRef);
  }
  if (isRecord(v.projected) && Array.isArray(v.projected.sources)) {
    for (const s of v.projected.sources) {
      if (!isRecord(s))
        continue;
      if (isRecord(s.serviceAccountToken))
        setDefault(s.serviceAccountToken, "expirationSeconds", 3600);
      if (isRecord(s.downwardAPI) && Array.isArray(s.downwardAPI.items)) {
        for (const i of s.downwardAPI.items)
          if (isRecord(i))
            defaultFieldRef(i.fieldRef);
      }
    }
  }
  if (isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate))
    defaultClaimSpec(v.ephemeral.volumeClaimTemplate.spec, mode);
}
function defaultClaimSpec(spec, mode) {
  if (!isRecord(spec))
    return;
  setDefault(spec, "volumeMode", "Filesystem");
  if (isRecord(spec.resources)) {
    canonicalResourceList(spec.resources.requests, mode);
    canonicalResourceList(spec.resources.limits, mode);
  }
}
function defaultPodSpec(spec, mode) {
  setIfEmpty(spec, "dnsPolicy", "ClusterFirst");
  setIfEmpty(spec, "restartPolicy", "Always");
  setDefault(spec, "terminationGracePeriodSeconds", 30);
  setDefault(spec, "securityContext", {});
  setIfEmpty(spec, "schedulerName", "default-scheduler");
  const hostNetwork = spec.hostNetwork === true;
  for (const kind of ["initContainers", "containers"])
    if (Array.isArray(spec[kind]))
      for (const c of spec[kind])
        defaultContainer(c, hostNetwork, mode);
  if (Array.isArray(spec.volumes))
    for (const v of spec.volumes)
      defaultVolume(v, mode);
}
function defaultPodTemplate(template) {
  const t = isRecord(template) ? clone(template) : {};
  const meta = isRecord(t.metadata) ? t.metadata : {};
  meta.creationTimestamp = null;
  t.metadata = meta;
  const spec = isRecord(t.spec) ? t.spec : {};
  t.spec = spec;
  defaultPodSpec(spec, PLANNER);
  if (typeof spec.serviceAccountName === "string" && spec.serviceAccountName !== "")
    setDefault(spec, "serviceAccount", spec.serviceAccountName);
  return t;
}
function defaultClaim(claim) {
  const c = isRecord(claim) ? clone(claim) : {};
  delete c.apiVersion;
  delete c.kind;
  const meta = isRecord(c.metadata) ? c.metadata : {};
  meta.creationTimestamp = null;
  c.metadata = meta;
  if (!isRecord(c.spec))
    c.spec = {};
  defaultClaimSpec(c.spec, PLANNER);
  c.status = { phase: "Pending", ...isRecord(c.status) ? c.status : {} };
  return c;
}
function defaultStatefulSetFields(s) {
  setIfEmpty(s, "podManagementPolicy", "OrderedReady");
  const strategy = isRecord(s.updateStrategy) ? s.updateStrategy : {};
  s.updateStrategy = strategy;
  if (strategy.type === void 0 || strategy.type === null || strategy.type === "") {
    strategy.type = "RollingUpdate";
    setDefault(strategy, "rollingUpdate", {});
  }
  if (strategy.type === "RollingUpdate" && isRecord(strategy.rollingUpdate))
    setDefault(strategy.rollingUpdate, "partition", 0);
  const retention = isRecord(s.persistentVolumeClaimRetentionPolicy) ? s.persistentVolumeClaimRetentionPolicy : {};
  setIfEmpty(retention, "whenDeleted", "Retain");
  setIfEmpty(retention, "whenScaled", "Retain");
  s.persistentVolumeClaimRetentionPolicy = retention;
  setDefault(s, "replicas", 1);
  setDefault(s, "revisionHistoryLimit", 10);
}
function defaultStatefulSetSpec(spec) {
  const s = isRecord(spec) ? clone(spec) : {};
  defaultStatefulSetFields(s);
  setDefault(s, "serviceName", "");
  const strategy = s.updateStrategy;
  if (strategy.type === "RollingUpdate") {
    const ru = isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
    setDefault(ru, "partition", 0);
    strategy.rollingUpdate = ru;
  }
  if (Array.isArray(s.volumeClaimTemplates))
    s.volumeClaimTemplates = s.volumeClaimTemplates.map(defaultClaim);
  else
    s.volumeClaimTemplates = [];
  if (isRecord(s.selector)) {
    if (isRecord(s.selector.matchLabels) && Object.keys(s.selector.matchLabels).length === 0)
      delete s.selector.matchLabels;
    if (Array.isArray(s.selector.matchExpressions) && s.selector.matchExpressions.length === 0)
      delete s.selector.matchExpressions;
  }
  s.template = defaultPodTemplate(s.template);
  return s;
}
function defaultServiceSpec(spec) {
  setIfEmpty(spec, "sessionAffinity", "None");
  if (spec.sessionAffinity === "None")
    delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === "ClientIP") {
    const config = spec.sessionAffinityConfig;
    const timeout = isRecord(config) && isRecord(config.clientIP) ? config.clientIP.timeoutSeconds : void 0;
    if (timeout === void 0 || timeout === null)
      spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  setIfEmpty(spec, "type", "ClusterIP");
  if (Array.isArray(spec.ports)) {
    for (const p of spec.ports) {
      if (!isRecord(p))
        continue;
      setIfEmpty(p, "protocol", "TCP");
      if (p.targetPort === void 0 || p.targetPort === null || p.targetPort === 0 || p.targetPort === "")
        p.targetPort = p.port;
    }
  }
  if (externallyAccessible({ spec }))
    setIfEmpty(spec, "externalTrafficPolicy", "Cluster");
  if (spec.type === "NodePort" || spec.type === "LoadBalancer" || spec.type === "ClusterIP")
    setDefault(spec, "internalTrafficPolicy", "Cluster");
  if (spec.type === "LoadBalancer")
    setDefault(spec, "allocateLoadBalancerNodePorts", true);
}
var ADMISSION = { canonical: false };
function applyApiDefaults(kind, object) {
  const spec = object.spec;
  switch (kind) {
    case "StatefulSet": {
      if (!isRecord(spec))
        return;
      defaultStatefulSetFields(spec);
      if (isRecord(spec.template) && isRecord(spec.template.spec))
        defaultPodSpec(spec.template.spec, ADMISSION);
      if (Array.isArray(spec.volumeClaimTemplates)) {
        for (const t of spec.volumeClaimTemplates)
          if (isRecord(t))
            defaultClaimSpec(t.spec, ADMISSION);
      }
      return;
    }
    case "Service":
      if (isRecord(spec))
        defaultServiceSpec(spec);
      return;
    case "PersistentVolumeClaim":
      defaultClaimSpec(spec, ADMISSION);
      return;
    case "StorageClass":
      setDefault(object, "reclaimPolicy", "Delete");
      setDefault(object, "volumeBindingMode", "Immediate");
      return;
    default:
  }
}

// build/src/lint/admitted.js
var memo = /* @__PURE__ */ new WeakMap();
function scopeBases(kind) {
  switch (kind) {
    case "StatefulSet":
      return { StatefulSet: [], PodSpec: ["spec", "template", "spec"], Claim: ["spec", "volumeClaimTemplates", "*"] };
    case "Service":
      return { Service: [] };
    case "PersistentVolumeClaim":
      return { Claim: [] };
    default:
      return {};
  }
}
function present(v) {
  return v !== void 0 && v !== null;
}
function inUse(object, kind, gate) {
  const bases = scopeBases(kind);
  for (const e of GATED_FIELDS) {
    const base = bases[e.scope];
    if (e.gate !== gate || !base)
      continue;
    for (const [parent, key2] of fieldsAt(object, [...base, ...e.path]))
      if (present(parent[key2]))
        return true;
  }
  return false;
}
function admitted(r, ctx) {
  let perRun = memo.get(ctx.options);
  if (!perRun)
    memo.set(ctx.options, perRun = /* @__PURE__ */ new WeakMap());
  let a = perRun.get(r);
  if (!a)
    perRun.set(r, a = admit(r, ctx));
  return a;
}
function admit(r, ctx) {
  const object = clone(r.object);
  applyApiDefaults(r.kind, object);
  const dropped = [];
  const bases = scopeBases(r.kind);
  const stored = ctx.base?.get(r.kind, ctx.index.namespaceOf(r), r.name)?.object;
  for (const e of GATED_FIELDS) {
    const base = bases[e.scope];
    if (!base || e.since !== void 0 && ctx.options.kubeVersion.minor < e.since || gateEnabled(ctx.options.featureGates, e.gate, ctx.options.kubeVersion))
      continue;
    if (stored && inUse(stored, r.kind, e.gate))
      continue;
    for (const [p, key2, path] of [...fieldsAt(object, [...base, ...e.path])]) {
      if (!present(p[key2]))
        continue;
      dropped.push({ path, value: p[key2], entry: e });
      delete p[key2];
    }
  }
  return { object, dropped };
}
function admittedAs(r, ctx) {
  return admitted(r, ctx).object;
}

// build/rules/access-mode-invalid.js
var access_mode_invalid_default = defineRule({
  meta: {
    id: "access-mode-invalid",
    severity: "error",
    category: "rejected",
    description: "Require valid access modes on claims and claim templates",
    // field.Error types, as ValidatePersistentVolumeClaimSpec gives them; `prefix` names the claim template.
    messages: {
      required: "{{prefix}}spec.accessModes: Required value: at least 1 access mode is required",
      notSupported: "{{prefix}}spec.accessModes: Unsupported value: {{value}}: supported values: {{supported}}",
      forbidden: "{{prefix}}spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes"
    }
  },
  check(ctx) {
    const allowed = enumValues("PersistentVolumeClaim", ["spec", "accessModes", "*"], ctx.options.kubeVersion.minor) ?? [];
    for (const c of claimsOf({ pvcs: ctx.targets("PersistentVolumeClaim"), statefulSets: ctx.targets("StatefulSet") }, (r) => admitted(r, ctx).object)) {
      const modes = c.claim.spec?.accessModes;
      const path = [...c.base, "spec", "accessModes"];
      if (!Array.isArray(modes) || modes.length === 0) {
        ctx.report({
          resource: c.resource,
          path: Array.isArray(modes) ? path : [...c.base, "spec"],
          key: !Array.isArray(modes),
          messageId: "required",
          data: { prefix: c.prefix },
          hint: "add `accessModes: [ReadWriteOnce]`"
        });
        continue;
      }
      modes.forEach((m, i) => {
        if (typeof m === "string" && !allowed.includes(m)) {
          ctx.report({
            resource: c.resource,
            path: [...path, i],
            messageId: "notSupported",
            data: { prefix: c.prefix, value: show(m), supported: allowed.map(show).join(", ") },
            hint: "access modes are case-sensitive: use ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod"
          });
        }
      });
      if (modes.includes("ReadWriteOncePod") && modes.length > 1) {
        ctx.report({
          resource: c.resource,
          path,
          messageId: "forbidden",
          data: { prefix: c.prefix },
          hint: "use ReadWriteOncePod alone"
        });
      }
    }
  }
});

// build/src/k8s/provisioners.js
var RWO = ["ReadWriteOnce"];
var RWO_RWOP = ["ReadWriteOnce", "ReadWriteOncePod"];
var FILE = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany"];
var PROVISIONERS = [
  { name: "ebs.csi.aws.com", backend: "AWS EBS", accessModes: RWO_RWOP, blockOnlyModes: ["ReadWriteMany"], expansion: true, topology: "zonal", cloud: "aws" },
  { name: "ebs.csi.eks.amazonaws.com", backend: "AWS EBS (EKS Auto Mode)", accessModes: RWO_RWOP, expansion: true, topology: "zonal", cloud: "aws" },
  { name: "kubernetes.io/aws-ebs", backend: "AWS EBS (in-tree)", accessModes: RWO, expansion: true, topology: "zonal", inTree: { removedIn: 27, csi: "ebs.csi.aws.com" }, cloud: "aws" },
  { name: "efs.csi.aws.com", backend: "AWS EFS", accessModes: FILE, expansion: false, topology: "none", cloud: "aws" },
  { name: "fsx.csi.aws.com", backend: "Amazon FSx for Lustre", accessModes: FILE, expansion: true, topology: "zonal", cloud: "aws" },
  { name: "pd.csi.storage.gke.io", backend: "GCE Persistent Disk", accessModes: ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteOncePod"], blockOnlyModes: ["ReadWriteMany"], expansion: true, topology: "zonal", cloud: "gcp" },
  { name: "kubernetes.io/gce-pd", backend: "GCE PD (in-tree)", accessModes: ["ReadWriteOnce", "ReadOnlyMany"], expansion: true, topology: "zonal", inTree: { removedIn: 28, csi: "pd.csi.storage.gke.io" }, cloud: "gcp" },
  { name: "filestore.csi.storage.gke.io", backend: "Google Filestore", accessModes: FILE, expansion: true, topology: "zonal", cloud: "gcp" },
  { name: "com.google.csi.filestore", backend: "Google Filestore (old name)", accessModes: FILE, expansion: true, topology: "zonal", cloud: "gcp" },
  { name: "disk.csi.azure.com", backend: "Azure Disk", accessModes: RWO_RWOP, blockOnlyModes: ["ReadWriteMany"], expansion: true, topology: "zonal", cloud: "azure" },
  { name: "kubernetes.io/azure-disk", backend: "Azure Disk (in-tree)", accessModes: RWO, expansion: true, topology: "zonal", inTree: { removedIn: 27, csi: "disk.csi.azure.com" }, cloud: "azure" },
  { name: "file.csi.azure.com", backend: "Azure Files", accessModes: FILE, expansion: true, topology: "none", cloud: "azure" },
  { name: "kubernetes.io/azure-file", backend: "Azure Files (in-tree)", accessModes: FILE, expansion: true, topology: "none", inTree: { removedIn: 30, csi: "file.csi.azure.com" }, cloud: "azure" },
  { name: "csi.vsphere.vmware.com", backend: "vSphere CNS", accessModes: FILE, expansion: true, topology: "none" },
  { name: "kubernetes.io/vsphere-volume", backend: "vSphere (in-tree)", accessModes: RWO, expansion: true, topology: "none", inTree: { removedIn: 30, csi: "csi.vsphere.vmware.com" } },
  { name: "cinder.csi.openstack.org", backend: "OpenStack Cinder", accessModes: RWO, expansion: true, topology: "zonal" },
  { name: "kubernetes.io/cinder", backend: "OpenStack Cinder (in-tree)", accessModes: RWO, expansion: true, topology: "zonal", inTree: { removedIn: 26, csi: "cinder.csi.openstack.org" } },
  { name: "rbd.csi.ceph.com", backend: "Ceph RBD", accessModes: ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteOncePod"], blockOnlyModes: ["ReadWriteMany"], expansion: true, topology: "none" },
  { name: "kubernetes.io/rbd", backend: "Ceph RBD (in-tree)", accessModes: ["ReadWriteOnce", "ReadOnlyMany"], expansion: false, topology: "none", inTree: { removedIn: 31 } },
  { name: "cephfs.csi.ceph.com", backend: "CephFS", accessModes: ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"], expansion: true, topology: "none" },
  { name: "kubernetes.io/cephfs", backend: "CephFS (in-tree)", accessModes: FILE, expansion: false, topology: "none", inTree: { removedIn: 31 } },
  { name: "driver.longhorn.io", backend: "Longhorn", accessModes: ["ReadWriteOnce", "ReadWriteMany", "ReadWriteOncePod"], expansion: true, topology: "none" },
  { name: "openebs.io/local", backend: "OpenEBS LocalPV", accessModes: RWO, expansion: false, topology: "node-local" },
  { name: "local.csi.openebs.io", backend: "OpenEBS LVM LocalPV", accessModes: RWO, expansion: true, topology: "node-local" },
  { name: "zfs.csi.openebs.io", backend: "OpenEBS ZFS LocalPV", accessModes: RWO, expansion: true, topology: "node-local" },
  { name: "io.openebs.csi-mayastor", backend: "OpenEBS Mayastor", accessModes: RWO, expansion: true, topology: "none" },
  { name: "cstor.csi.openebs.io", backend: "OpenEBS cStor", accessModes: RWO, expansion: true, topology: "none" },
  // local-path-provisioner: ReadWriteMany and ReadOnlyMany only with a sharedFileSystemPath in its
  // config (README), and Provision fails with "configuration error, no node was specified" without
  // a selected node (provisioner.go), that is with Immediate binding.
  { name: "rancher.io/local-path", backend: "local-path-provisioner", accessModes: RWO, expansion: false, topology: "node-local", configurable: { modes: ["ReadOnlyMany", "ReadWriteMany"], how: "its config sets a sharedFileSystemPath" }, needsNode: 'Provision fails with "configuration error, no node was specified"' },
  { name: "k8s.io/minikube-hostpath", backend: "minikube hostPath", accessModes: FILE, expansion: false, topology: "none" },
  { name: "kubernetes.io/no-provisioner", backend: "static local PersistentVolumes", accessModes: FILE, expansion: false, topology: "node-local", static: true },
  { name: "k8s-sigs.io/nfs-subdir-external-provisioner", backend: "NFS subdir", accessModes: FILE, expansion: false, topology: "none" },
  { name: "cluster.local/nfs-subdir-external-provisioner", backend: "NFS subdir (Helm chart default)", accessModes: FILE, expansion: false, topology: "none" },
  { name: "nfs.csi.k8s.io", backend: "csi-driver-nfs", accessModes: FILE, expansion: false, topology: "none" },
  { name: "pxd.portworx.com", backend: "Portworx", accessModes: FILE, expansion: true, topology: "none" },
  { name: "kubernetes.io/portworx-volume", backend: "Portworx (in-tree)", accessModes: FILE, expansion: true, topology: "none", inTree: { removedIn: 36, csi: "pxd.portworx.com" } },
  { name: "dobs.csi.digitalocean.com", backend: "DigitalOcean Block Storage", accessModes: RWO, expansion: true, topology: "zonal" },
  { name: "csi.hetzner.cloud", backend: "Hetzner Volumes", accessModes: RWO, expansion: true, topology: "zonal" },
  { name: "topolvm.io", backend: "TopoLVM", accessModes: RWO, expansion: true, topology: "node-local" },
  { name: "topolvm.cybozu.com", backend: "TopoLVM (old name)", accessModes: RWO, expansion: true, topology: "node-local" },
  { name: "linstor.csi.linbit.com", backend: "LINSTOR", accessModes: RWO, expansion: true, topology: "none" },
  { name: "csi.trident.netapp.io", backend: "NetApp Trident", accessModes: FILE, expansion: true, topology: "none" },
  { name: "hostpath.csi.k8s.io", backend: "CSI hostpath sample driver", accessModes: ["ReadWriteOnce", "ReadWriteOncePod"], expansion: true, topology: "node-local" },
  { name: "kubernetes.io/glusterfs", backend: "GlusterFS (in-tree)", accessModes: FILE, expansion: false, topology: "none", inTree: { removedIn: 26 } },
  { name: "kubernetes.io/quobyte", backend: "Quobyte (in-tree)", accessModes: FILE, expansion: false, topology: "none", inTree: { removedIn: 25 } },
  { name: "kubernetes.io/storageos", backend: "StorageOS (in-tree)", accessModes: RWO, expansion: false, topology: "none", inTree: { removedIn: 25 } },
  { name: "kubernetes.io/scaleio", backend: "ScaleIO (in-tree)", accessModes: RWO, expansion: false, topology: "none", inTree: { removedIn: 22 } }
];
var BY_NAME = new Map(PROVISIONERS.map((p) => [p.name, p]));
function provisioner(name2) {
  return BY_NAME.get(name2);
}
function removedWithoutReplacement(p, minor) {
  return p.inTree !== void 0 && minor >= p.inTree.removedIn && p.inTree.csi === void 0;
}

// build/rules/access-mode-unsupported.js
var access_mode_unsupported_default = defineRule({
  meta: {
    id: "access-mode-unsupported",
    severity: "error",
    category: "runtime",
    description: "Disallow access modes the claim's provisioner cannot provide",
    messages: {
      unsupported: '{{prefix}}{{mode}} is not supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}": the claim stays Pending (ProvisioningFailed)',
      unsupportedForFilesystem: '{{prefix}}{{mode}} is not supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}" for volumeMode: Filesystem: the claim stays Pending (ProvisioningFailed)',
      onlyWhereConfigured: '{{prefix}}{{mode}} is supported by provisioner {{provisioner}} ({{backend}}) of StorageClass "{{storageClass}}" only where {{how}}: elsewhere the claim stays Pending (ProvisioningFailed)'
    }
  },
  check(ctx) {
    for (const c of claimsOf({ pvcs: ctx.targets("PersistentVolumeClaim"), statefulSets: ctx.targets("StatefulSet") })) {
      const modes = c.claim.spec?.accessModes;
      if (!Array.isArray(modes))
        continue;
      const cls = classOf(c.claim, c.base, ctx.index.visibleFrom(c.resource), ctx.options.cluster);
      const info = cls.info;
      if (!info)
        continue;
      const p = provisioner(info.provisioner);
      if (!p || p.static)
        continue;
      const block = c.claim.spec?.volumeMode === "Block";
      modes.forEach((m, i) => {
        if (typeof m !== "string" || p.accessModes.includes(m))
          return;
        const blockOnly = p.blockOnlyModes?.includes(m);
        if (blockOnly && block)
          return;
        const configurable = p.configurable?.modes?.includes(m) ? p.configurable : void 0;
        const data = { prefix: c.prefix, mode: m, provisioner: p.name, backend: p.backend, storageClass: info.name };
        ctx.report({
          resource: c.resource,
          path: [...c.base, "spec", "accessModes", i],
          ...configurable ? { severity: "warning", messageId: "onlyWhereConfigured", data: { ...data, how: configurable.how } } : { messageId: blockOnly ? "unsupportedForFilesystem" : "unsupported", data },
          hint: m === "ReadWriteMany" ? "use ReadWriteOnce (each StatefulSet pod gets its own claim anyway), or a file-storage class (NFS, EFS, Filestore, Azure Files, CephFS)" : `use one of: ${p.accessModes.join(", ")}`,
          ...cls.resource ? { related: [{ resource: cls.resource, path: ["provisioner"], message: `StorageClass "${cls.name}" uses ${p.name}` }] } : {}
        });
      });
    }
  }
});

// build/src/k8s/hints.js
var REQUIRED = {
  "spec.selector": "add spec.selector.matchLabels with the pod template's labels (apps/v1 requires a selector, and it cannot be changed later)",
  "spec.template": "add spec.template with metadata.labels (matching spec.selector) and spec.containers",
  "spec.template.spec.containers": "add spec.template.spec.containers with at least one container (name and image)",
  "spec.template.spec.containers.image": "add the container image, e.g. image: registry.example/app:1.2.3",
  "spec.template.spec.initContainers.image": "add the init container image",
  "spec.template.spec.containers.name": "give the container a name (a DNS-1123 label, unique in the pod)",
  "spec.ports": "add spec.ports (a Service with a cluster IP needs at least one port), or make the Service headless with clusterIP: None",
  "spec.ports.port": "add the port number the Service listens on (port: 80)",
  "spec.ports.name": "name every port (a DNS-1123 label, unique in the Service): with more than one port each needs a name",
  "metadata.name": "add metadata.name",
  "spec.resources.requests.storage": "add resources: {requests: {storage: 10Gi}}",
  "provisioner": "add the provisioner, e.g. ebs.csi.aws.com or the name of the CSI driver that serves the class"
};
function indexless(field) {
  return field.replace(/\[\d+\]/g, "");
}
function apiHint(message) {
  const m = /(?:^|: )([A-Za-z0-9_.[\]"/-]+): (Required value|Unsupported value|Invalid value|Forbidden|Duplicate value|Too long|Too many)(?::\s*(.*))?$/.exec(message);
  if (!m)
    return void 0;
  const [, field, type2, detail = ""] = m;
  switch (type2) {
    case "Required value":
      return REQUIRED[indexless(field)] ?? `add ${field}${detail ? ` (${detail})` : ""}`;
    case "Unsupported value": {
      const supported = /supported values: (.*)$/.exec(detail);
      return supported ? `use one of: ${supported[1]}` : `use a supported value for ${field}`;
    }
    case "Invalid value": {
      const reason = detail.replace(/^(".*?"|\S+): /, "");
      return `change ${field}: ${reason}`;
    }
    case "Forbidden":
      return `remove ${field}${detail ? `: ${detail}` : ""}`;
    case "Duplicate value":
      return `make each ${indexless(field)} unique`;
    case "Too long":
      return `shorten ${field}${detail ? ` (${detail})` : ""}`;
    case "Too many":
      return `use fewer entries in ${field}${detail ? ` (${detail})` : ""}`;
    default:
      return void 0;
  }
}
function hintOf(p) {
  return p.hint ?? apiHint(p.message);
}

// build/src/k8s/names.js
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var DNS1123_LABEL_MAX = 63;
var DNS1123_SUBDOMAIN_MAX = 253;
var LABEL_VALUE_MAX = 63;
var maxLen = (n) => `must be no more than ${n} characters`;
function dns1123Label(v) {
  const errs = [];
  if (v.length > DNS1123_LABEL_MAX)
    errs.push(maxLen(DNS1123_LABEL_MAX));
  if (!DNS1123_LABEL.test(v)) {
    errs.push("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')");
  }
  return errs;
}
function dns1123Subdomain(v) {
  const errs = [];
  if (v.length > DNS1123_SUBDOMAIN_MAX)
    errs.push(maxLen(DNS1123_SUBDOMAIN_MAX));
  if (!DNS1123_SUBDOMAIN.test(v)) {
    errs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')");
  }
  return errs;
}
function dns1035Label(v) {
  const errs = [];
  if (v.length > DNS1123_LABEL_MAX)
    errs.push(maxLen(DNS1123_LABEL_MAX));
  if (!DNS1035_LABEL.test(v)) {
    errs.push("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')");
  }
  return errs;
}
function labelValue(v) {
  const errs = [];
  if (v.length > LABEL_VALUE_MAX)
    errs.push(maxLen(LABEL_VALUE_MAX));
  if (!LABEL_VALUE.test(v)) {
    errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')");
  }
  return errs;
}
function qualifiedName(v) {
  const parts = v.split("/");
  let name2 = v;
  const errs = [];
  if (parts.length === 2) {
    const [prefix, n] = parts;
    name2 = n;
    if (prefix.length === 0)
      errs.push("prefix part must be non-empty");
    else
      errs.push(...dns1123Subdomain(prefix).map((e) => `prefix part ${e}`));
  } else if (parts.length > 2) {
    return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (name2.length === 0)
    errs.push("name part must be non-empty");
  else {
    if (name2.length > 63)
      errs.push(`name part ${maxLen(63)}`);
    if (!QUALIFIED_NAME.test(name2)) {
      errs.push("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')");
    }
  }
  return errs;
}
function ianaServiceName(v) {
  const errs = [];
  if (v.length > 15)
    errs.push(maxLen(15));
  if (!/^[-a-z0-9]+$/.test(v))
    errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (v.includes("--"))
    errs.push("must not contain consecutive hyphens");
  if (!/[a-z]/.test(v))
    errs.push("must contain at least one letter (a-z)");
  if (v.startsWith("-") || v.endsWith("-"))
    errs.push("must not begin or end with a hyphen");
  return errs;
}
function portNumber(v) {
  return Number.isInteger(v) && v >= 1 && v <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];
}

// build/src/k8s/ip.js
function ipv4Bytes(v) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (!m)
    return void 0;
  const parts = m.slice(1).map(Number);
  if (parts.some((n) => n > 255))
    return void 0;
  return parts;
}
function ipv6Bytes(v) {
  if (!v.includes(":") || /[^0-9a-fA-F:.]/.test(v))
    return void 0;
  let tail = [];
  let text2 = v;
  const lastColon = v.lastIndexOf(":");
  if (v.slice(lastColon + 1).includes(".")) {
    const four = ipv4Bytes(v.slice(lastColon + 1));
    if (!four)
      return void 0;
    tail = four;
    text2 = `${v.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text2.split("::");
  if (halves.length > 2)
    return void 0;
  const groups2 = (s) => {
    if (s === "")
      return [];
    const out = [];
    for (const g of s.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g))
        return void 0;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups2(halves[0]);
  const rest = halves.length === 2 ? groups2(halves[1]) : [];
  if (!head || !rest)
    return void 0;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0)
    return void 0;
  const words = [...head, ...Array(halves.length === 2 ? missing : 0).fill(0), ...rest];
  const bytes = words.flatMap((w) => [w >> 8, w & 255]);
  if (tail.length)
    bytes.splice(12, 4, ...tail);
  return bytes;
}
function ipFamilyOf(v) {
  if (ipv4Bytes(v))
    return "IPv4";
  if (ipv6Bytes(v))
    return "IPv6";
  return void 0;
}
function isValidCIDR(v) {
  const i = v.indexOf("/");
  if (i < 0)
    return false;
  const family = ipFamilyOf(v.slice(0, i));
  const bits = v.slice(i + 1);
  if (!family || !/^\d{1,3}$/.test(bits))
    return false;
  return Number(bits) <= (family === "IPv4" ? 32 : 128);
}
function specialIPProblems(v) {
  const four = ipv4Bytes(v);
  const six = four ? void 0 : ipv6Bytes(v);
  const mapped = six && six.slice(0, 10).every((b) => b === 0) && six[10] === 255 && six[11] === 255 ? six.slice(12) : void 0;
  const b4 = four ?? mapped;
  const out = [];
  if (b4) {
    if (b4.every((b) => b === 0))
      out.push(`may not be unspecified (${v})`);
    if (b4[0] === 127)
      out.push("may not be in the loopback range (127.0.0.0/8, ::1/128)");
    if (b4[0] === 169 && b4[1] === 254)
      out.push("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
    if (b4[0] === 224 && b4[1] === 0 && b4[2] === 0)
      out.push("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
  } else if (six) {
    if (six.every((b) => b === 0))
      out.push(`may not be unspecified (${v})`);
    if (six.slice(0, 15).every((b) => b === 0) && six[15] === 1)
      out.push("may not be in the loopback range (127.0.0.0/8, ::1/128)");
    if (six[0] === 254 && (six[1] & 192) === 128)
      out.push("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
    if (six[0] === 255 && (six[1] & 15) === 2)
      out.push("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
  }
  return out;
}

// build/src/k8s/quantity.js
var SUFFIX = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
var QUANTITY2 = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
function parseQuantity(v) {
  if (typeof v === "number")
    return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string")
    return void 0;
  const m = QUANTITY2.exec(v.trim());
  if (!m)
    return void 0;
  const n = Number(m[1]);
  const suffix = m[2] ?? "";
  if (/^[eE]/.test(suffix))
    return n * 10 ** Number(suffix.slice(1));
  return n * SUFFIX[suffix];
}

// build/src/k8s/validate.js
var invalid = (path, value, detail, hint2) => ({
  path,
  message: fieldError.invalid(fieldName(path), value, detail),
  ...hint2 ? { hint: hint2 } : {}
});
var required = (path, detail, at) => ({
  path: at ?? path.slice(0, -1),
  key: true,
  message: fieldError.required(fieldName(path), detail)
});
var forbidden = (path, detail, hint2) => ({ path, message: fieldError.forbidden(fieldName(path), detail), ...hint2 ? { hint: hint2 } : {} });
var duplicate = (path, value) => ({ path, message: fieldError.duplicate(fieldName(path), value) });
function names(path, value, check) {
  return check(value).map((e) => invalid(path, value, e));
}
function enumChecks(scope, object, base, minor) {
  return enumProblems(scope, object, base, minor).map((p) => ({ path: p.path, message: enumMessage(p, fieldName(p.parent?.path ?? p.path)) }));
}
function nonNegative(path, v) {
  return typeof v === "number" && v < 0 ? [invalid(path, v, "must be greater than or equal to 0")] : [];
}
function labelSelector(sel, path) {
  if (!sel)
    return [];
  const out = labelMap(sel.matchLabels, [...path, "matchLabels"]);
  for (const [req, i] of records(sel.matchExpressions)) {
    const p = [...path, "matchExpressions", i];
    const values = Array.isArray(req.values) ? req.values : [];
    const counted = operatorValueCount(req.operator, values, p);
    if (counted)
      out.push(...counted);
    else if (typeof req.operator === "string")
      out.push(invalid([...p, "operator"], req.operator, "not a valid selector operator"));
    if (typeof req.key === "string")
      out.push(...qualifiedName(req.key).map((e) => invalid([...p, "key"], req.key, e)));
    values.forEach((v, j) => {
      if (typeof v === "string")
        out.push(...labelValue(v).map((e) => invalid([...p, "values", j], v, e)));
    });
  }
  return out;
}
function operatorValueCount(operator, values, p) {
  switch (operator) {
    case "In":
    case "NotIn":
      return values.length === 0 ? [required([...p, "values"], "must be specified when `operator` is 'In' or 'NotIn'", p)] : [];
    case "Exists":
    case "DoesNotExist":
      return values.length > 0 ? [forbidden([...p, "values"], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")] : [];
    default:
      return void 0;
  }
}
function labelMap(labels, at) {
  if (!isRecord(labels))
    return [];
  const field = fieldName(at);
  const out = [];
  for (const [k, v] of Object.entries(labels)) {
    out.push(...qualifiedName(k).map((e) => ({ path: [...at, k], key: true, message: fieldError.invalid(field, k, e) })));
    if (typeof v === "string")
      out.push(...labelValue(v).map((e) => ({ path: [...at, k], message: fieldError.invalid(field, v, e) })));
  }
  return out;
}
function labelsAndAnnotations(meta, path) {
  if (!isRecord(meta))
    return [];
  const out = labelMap(meta.labels, [...path, "labels"]);
  if (isRecord(meta.annotations)) {
    let total = 0;
    for (const [k, v] of Object.entries(meta.annotations)) {
      out.push(...qualifiedName(k.toLowerCase()).map((e) => ({ path: [...path, "annotations", k], key: true, message: fieldError.invalid(fieldName([...path, "annotations"]), k, e) })));
      total += k.length + (typeof v === "string" ? v.length : 0);
    }
    if (total > 256 * 1024)
      out.push({ path: [...path, "annotations"], key: true, message: `${fieldName([...path, "annotations"])}: Too long: must have at most 262144 bytes` });
  }
  return out;
}
var STANDARD_FINALIZERS = ["kubernetes", "orphan", "foregroundDeletion"];
function finalizers(meta, path) {
  if (!isRecord(meta) || !Array.isArray(meta.finalizers))
    return [];
  const list2 = meta.finalizers;
  const at = [...path, "finalizers"];
  const out = [];
  list2.forEach((f, i) => {
    if (typeof f !== "string")
      return;
    for (const e of qualifiedName(f))
      out.push({ path: [...at, i], message: fieldError.invalid(fieldName(at), f, e) });
    if (!f.includes("/") && !STANDARD_FINALIZERS.includes(f)) {
      out.push(invalid([...at, i], f, "name is neither a standard finalizer name nor is it fully qualified", "prefix the finalizer with a domain you own, e.g. example.com/cleanup"));
    }
  });
  if (list2.includes("orphan") && list2.includes("foregroundDeletion"))
    out.push(invalid(at, list2, "finalizer orphan and foregroundDeletion cannot be both set"));
  return out;
}
function objectMeta(kind, object) {
  const meta = object.metadata;
  const out = [];
  if (!isRecord(meta))
    return [{ path: [], key: false, message: "metadata.name: Required value: name or generateName is required" }];
  const name2 = meta.name;
  if (typeof name2 !== "string" || name2 === "") {
    if (typeof meta.generateName !== "string" || meta.generateName === "")
      out.push(required(["metadata", "name"], "name or generateName is required", ["metadata"]));
  } else {
    const grammar = kind === "Service" ? dns1035Label : kind === "StatefulSet" ? dns1123Label : dns1123Subdomain;
    out.push(...names(["metadata", "name"], name2, grammar));
  }
  if (typeof meta.namespace === "string" && meta.namespace !== "")
    out.push(...names(["metadata", "namespace"], meta.namespace, dns1123Label));
  out.push(...labelsAndAnnotations(meta, ["metadata"]));
  out.push(...finalizers(meta, ["metadata"]));
  return out;
}
function intOrPercent(path, v, allowZero) {
  if (v === void 0)
    return [];
  if (typeof v === "number") {
    if (v < 0)
      return [invalid(path, v, "must be greater than or equal to 0")];
    if (!allowZero && v === 0)
      return [invalid(path, v, "cannot be 0")];
    return [];
  }
  if (typeof v === "string") {
    const m = /^(\d+)%$/.exec(v);
    if (!m)
      return [invalid(path, v, "must be an integer or percentage (e.g '5%', or '5')")];
    const n = Number(m[1]);
    if (n > 100)
      return [invalid(path, v, "must not be greater than 100%")];
    if (!allowZero && n === 0)
      return [invalid(path, v, "cannot be 0")];
  }
  return [];
}
function statefulSetSpec(sts, minor) {
  const spec = sts.spec;
  if (!spec)
    return [required(["spec"], void 0, [])];
  const out = [];
  out.push(...enumChecks("StatefulSet", sts, [], minor));
  const us = spec.updateStrategy;
  if (us) {
    const type2 = us.type || "RollingUpdate";
    if (type2 === "OnDelete" && us.rollingUpdate !== void 0) {
      out.push(invalid(["spec", "updateStrategy", "rollingUpdate"], "OnDelete", "only allowed for updateStrategy 'RollingUpdate'", "remove rollingUpdate, or use type: RollingUpdate"));
    }
    const ru = us.rollingUpdate;
    if (ru && type2 === "RollingUpdate") {
      out.push(...nonNegative(["spec", "updateStrategy", "rollingUpdate", "partition"], ru.partition));
      out.push(...intOrPercent(["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"], ru.maxUnavailable, false));
    }
  }
  out.push(...nonNegative(["spec", "replicas"], spec.replicas));
  out.push(...nonNegative(["spec", "minReadySeconds"], spec.minReadySeconds));
  out.push(...nonNegative(["spec", "ordinals", "start"], spec.ordinals?.start));
  if (spec.selector) {
    const ml = isRecord(spec.selector.matchLabels) ? Object.keys(spec.selector.matchLabels).length : 0;
    const me = Array.isArray(spec.selector.matchExpressions) ? spec.selector.matchExpressions.length : 0;
    if (ml + me === 0)
      out.push(invalid(["spec", "selector"], spec.selector, "empty selector is invalid for statefulset", "add matchLabels that the pod template labels carry"));
    out.push(...labelSelector(spec.selector, ["spec", "selector"]));
  }
  const tspec = spec.template?.spec;
  if (tspec) {
    if (tspec.activeDeadlineSeconds !== void 0)
      out.push(forbidden(["spec", "template", "spec", "activeDeadlineSeconds"], "activeDeadlineSeconds in StatefulSet is not Supported"));
  }
  if (minor >= 33 && typeof spec.serviceName === "string" && spec.serviceName !== "") {
    out.push(...names(["spec", "serviceName"], spec.serviceName, dns1123Label));
  }
  return out;
}
var TOPOLOGY_MODE = "service.kubernetes.io/topology-mode";
var TOPOLOGY_HINTS = "service.kubernetes.io/topology-aware-hints";
var SOURCE_RANGES = "service.beta.kubernetes.io/load-balancer-source-ranges";
var LB_ONLY = "may only be used when `type` is 'LoadBalancer'";
function serviceSpec(svc, minor) {
  const spec = svc.spec ?? {};
  const out = [];
  const type2 = spec.type || "ClusterIP";
  out.push(...enumChecks("Service", svc, [], minor));
  const ann = isRecord(svc.metadata?.annotations) ? svc.metadata.annotations : {};
  if (typeof ann[TOPOLOGY_MODE] === "string" && typeof ann[TOPOLOGY_HINTS] === "string" && ann[TOPOLOGY_MODE] !== ann[TOPOLOGY_HINTS]) {
    out.push({ path: ["metadata", "annotations", TOPOLOGY_MODE], message: `metadata.annotations[${TOPOLOGY_MODE}]: Invalid value: ${show(ann[TOPOLOGY_MODE])}: must match annotations[${TOPOLOGY_HINTS}] when both are specified` });
  }
  const clusterIPs = Array.isArray(spec.clusterIPs) ? spec.clusterIPs.filter((v) => typeof v === "string") : [];
  const headless = spec.clusterIP === "None" || clusterIPs[0] === "None";
  const ports2 = records(spec.ports);
  if (type2 === "ExternalName") {
    if (spec.clusterIP !== void 0 && spec.clusterIP !== "")
      out.push(forbidden(["spec", "clusterIP"], "may not be set for ExternalName services"));
    else if (clusterIPs.length > 0)
      out.push(forbidden(["spec", "clusterIPs"], "may not be set for ExternalName services"));
    if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length > 0)
      out.push(forbidden(["spec", "ipFamilies"], "may not be set for ExternalName services"));
    if (spec.ipFamilyPolicy !== void 0 && spec.ipFamilyPolicy !== null)
      out.push(forbidden(["spec", "ipFamilyPolicy"], "may not be set for ExternalName services"));
    const cname = typeof spec.externalName === "string" ? spec.externalName.replace(/\.$/, "") : "";
    if (cname === "")
      out.push(required(["spec", "externalName"], void 0, ["spec"]));
    else
      out.push(...names(["spec", "externalName"], cname, dns1123Subdomain));
  } else if (!headless && ports2.length === 0) {
    out.push(required(["spec", "ports"], void 0, ["spec"]));
  }
  if (headless && (type2 === "LoadBalancer" || type2 === "NodePort")) {
    out.push(invalid(["spec", "clusterIP"], "None", `may not be set to 'None' for ${type2} services`));
  }
  if (typeof spec.clusterIP === "string" && spec.clusterIP !== "" && spec.clusterIP !== "None" && !ipFamilyOf(spec.clusterIP)) {
    out.push(invalid(["spec", "clusterIP"], spec.clusterIP, "must be empty, 'None', or a valid IP address"));
  }
  if (type2 !== "ExternalName")
    out.push(...clusterIPsRelated(svc, clusterIPs, headless));
  const seenNames = /* @__PURE__ */ new Map();
  const seenPorts = /* @__PURE__ */ new Set();
  const seenNodePorts = /* @__PURE__ */ new Set();
  for (const [p, i] of ports2) {
    const base = ["spec", "ports", i];
    if (ports2.length > 1 && (typeof p.name !== "string" || p.name === ""))
      out.push(required([...base, "name"], void 0, base));
    if (typeof p.name === "string" && p.name !== "") {
      out.push(...names([...base, "name"], p.name, dns1123Label));
      if (seenNames.has(p.name))
        out.push(duplicate([...base, "name"], p.name));
      seenNames.set(p.name, i);
    }
    if (typeof p.port === "number")
      out.push(...portNumber(p.port).map((e) => invalid([...base, "port"], p.port, e)));
    const proto = p.protocol || "TCP";
    const key2 = `${proto}/${p.port}`;
    if (typeof p.port === "number" && seenPorts.has(key2))
      out.push({ path: base, message: `${fieldName(base)}: Duplicate value: ${JSON.stringify({ port: p.port, protocol: proto })}` });
    seenPorts.add(key2);
    const tp = p.targetPort;
    if (typeof tp === "number")
      out.push(...portNumber(tp).map((e) => invalid([...base, "targetPort"], tp, e)));
    else if (typeof tp === "string")
      out.push(...ianaServiceName(tp).map((e) => invalid([...base, "targetPort"], tp, e)));
    if (typeof p.appProtocol === "string")
      out.push(...names([...base, "appProtocol"], p.appProtocol, qualifiedName));
    if (typeof p.nodePort === "number" && p.nodePort !== 0) {
      if (type2 === "ClusterIP")
        out.push(forbidden([...base, "nodePort"], "may not be used when `type` is 'ClusterIP'"));
      const nkey = `${proto}/${p.nodePort}`;
      if (seenNodePorts.has(nkey))
        out.push(duplicate([...base, "nodePort"], p.nodePort));
      seenNodePorts.add(nkey);
    }
  }
  out.push(...labelMap(spec.selector, ["spec", "selector"]));
  if (spec.sessionAffinity === "ClientIP") {
    const t = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
    if (typeof t === "number" && (t <= 0 || t > 86400)) {
      out.push(invalid(["spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"], t, "must be greater than 0 and less than 86400"));
    }
  }
  (Array.isArray(spec.externalIPs) ? spec.externalIPs : []).forEach((ip, i) => {
    if (typeof ip !== "string")
      return;
    const at = ["spec", "externalIPs", i];
    if (!ipFamilyOf(ip))
      out.push(invalid(at, ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    else
      out.push(...specialIPProblems(ip).map((e) => invalid(at, ip, e)));
  });
  const ranges = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
  if (ranges.length > 0) {
    if (type2 !== "LoadBalancer")
      out.push({ path: ["spec", "loadBalancerSourceRanges"], message: `spec.LoadBalancerSourceRanges: Forbidden: ${LB_ONLY}` });
    ranges.forEach((r, i) => {
      if (typeof r === "string" && !isValidCIDR(r.trim())) {
        out.push({ path: ["spec", "loadBalancerSourceRanges", i], message: `spec.LoadBalancerSourceRanges[${i}]: Invalid value: ${show(r.trim())}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)` });
      }
    });
  } else if (typeof ann[SOURCE_RANGES] === "string") {
    const at = ["metadata", "annotations", SOURCE_RANGES];
    if (type2 !== "LoadBalancer")
      out.push(forbidden(at, LB_ONLY));
    const val = ann[SOURCE_RANGES].trim();
    if (val !== "") {
      for (const c of val.split(",").map((x) => x.trim()))
        if (!isValidCIDR(c))
          out.push(invalid(at, c, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
    }
  }
  if (spec.allocateLoadBalancerNodePorts !== void 0 && spec.allocateLoadBalancerNodePorts !== null && type2 !== "LoadBalancer")
    out.push(forbidden(["spec", "allocateLoadBalancerNodePorts"], LB_ONLY));
  if (typeof spec.loadBalancerClass === "string") {
    if (type2 === "LoadBalancer")
      out.push(...names(["spec", "loadBalancerClass"], spec.loadBalancerClass, qualifiedName));
    else
      out.push(forbidden(["spec", "loadBalancerClass"], LB_ONLY));
  }
  if (!externallyAccessible(svc) && typeof spec.externalTrafficPolicy === "string" && spec.externalTrafficPolicy !== "") {
    out.push(invalid(["spec", "externalTrafficPolicy"], spec.externalTrafficPolicy, "may only be set for externally-accessible services", "remove externalTrafficPolicy, or use type NodePort or LoadBalancer"));
  }
  const hc = spec.healthCheckNodePort;
  if (typeof hc === "number" && hc !== 0) {
    const needsHealthCheck = type2 === "LoadBalancer" && spec.externalTrafficPolicy === "Local";
    if (!needsHealthCheck)
      out.push(invalid(["spec", "healthCheckNodePort"], hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    else
      out.push(...portNumber(hc).map((e) => invalid(["spec", "healthCheckNodePort"], hc, e)));
  }
  return out;
}
function clusterIPsRelated(svc, clusterIPs, headless) {
  const spec = svc.spec ?? {};
  const out = [];
  if (clusterIPs.length > 0 && typeof spec.clusterIP === "string" && spec.clusterIP !== "" && clusterIPs[0] !== spec.clusterIP) {
    out.push(invalid(["spec", "clusterIPs"], clusterIPs, "first value must match `clusterIP`"));
  }
  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies : [];
  const seen = /* @__PURE__ */ new Set();
  families.forEach((f, i) => {
    if (seen.has(f))
      out.push(duplicate(["spec", "ipFamilies", i], f));
    seen.add(f);
  });
  let badIPs = false;
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === "None") {
      if (clusterIPs.length > 1) {
        badIPs = true;
        out.push(invalid(["spec", "clusterIPs"], clusterIPs, "'None' must be the first and only value"));
      }
      return;
    }
    if (!ipFamilyOf(ip)) {
      badIPs = true;
      if (!(i === 0 && ip === spec.clusterIP))
        out.push(invalid(["spec", "clusterIPs", i], ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    }
  });
  if (clusterIPs.length > 2)
    out.push(invalid(["spec", "clusterIPs"], clusterIPs, "may only hold up to 2 values"));
  if (badIPs)
    return out;
  if (clusterIPs.length === 2 && ipFamilyOf(clusterIPs[0]) === ipFamilyOf(clusterIPs[1])) {
    out.push(invalid(["spec", "clusterIPs"], clusterIPs, "may specify no more than one IP for each IP family"));
  }
  if (!headless && clusterIPs.length > 0 && families.length > 0) {
    clusterIPs.forEach((ip, i) => {
      if (i >= families.length)
        return;
      const fam = ipFamilyOf(ip);
      if (families[i] === "IPv4" && fam === "IPv6")
        out.push(invalid(["spec", "clusterIPs", i], ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (families[i] === "IPv6" && fam !== "IPv6")
        out.push(invalid(["spec", "clusterIPs", i], ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    });
  }
  if (out.length === 0 && spec.ipFamilyPolicy === "SingleStack") {
    if (clusterIPs.length === 2)
      out.push(invalid(["spec", "ipFamilyPolicy"], "SingleStack", "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    if (families.length === 2)
      out.push(invalid(["spec", "ipFamilyPolicy"], "SingleStack", "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
  return out;
}
function serviceClusterProblems(svc, clusterFamilies) {
  const spec = svc.spec ?? {};
  const type2 = spec.type || "ClusterIP";
  if (type2 === "ExternalName")
    return [];
  const selectorless = !isRecord(spec.selector) || Object.keys(spec.selector).length === 0;
  if (spec.clusterIP === "None" && selectorless)
    return [];
  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies.filter((f) => f === "IPv4" || f === "IPv6") : [];
  const clusterIPs = Array.isArray(spec.clusterIPs) ? spec.clusterIPs.filter((v) => typeof v === "string") : typeof spec.clusterIP === "string" && spec.clusterIP !== "" ? [spec.clusterIP] : [];
  const policy = spec.ipFamilyPolicy ?? (families.length === 2 || clusterIPs.length === 2 ? "RequireDualStack" : "SingleStack");
  const out = [];
  const known = clusterFamilies !== void 0;
  if (policy === "RequireDualStack" && (clusterFamilies ?? []).length < 2) {
    const p = invalid(["spec", "ipFamilyPolicy"], "RequireDualStack", "this cluster is not configured for dual-stack services");
    out.push(known ? { ...p, known, check: "dualStack", apiMessage: p.message, path: spec.ipFamilyPolicy !== void 0 ? ["spec", "ipFamilyPolicy"] : ["spec", "ipFamilies"] } : { path: spec.ipFamilyPolicy !== void 0 ? ["spec", "ipFamilyPolicy"] : ["spec", "ipFamilies"], known, check: "dualStack", apiMessage: p.message, message: `ipFamilyPolicy RequireDualStack: the API server rejects the Service on a single-stack cluster ("${p.message}")`, hint: "use PreferDualStack, or pass a cluster profile that says the cluster is dual-stack (ipFamilies: [IPv4, IPv6])" });
  }
  families.forEach((f, i) => {
    if (known ? clusterFamilies.includes(f) : f === "IPv4")
      return;
    const p = invalid(["spec", "ipFamilies", i], f, "not configured on this cluster");
    out.push(known ? { ...p, known, check: "family", apiMessage: p.message, family: f } : { path: ["spec", "ipFamilies", i], known, check: "family", apiMessage: p.message, family: f, message: `ipFamilies ${f}: the API server rejects the Service on a cluster without ${f} Services ("${p.message}")`, hint: `pass a cluster profile that says which IP families the cluster serves (ipFamilies: [${f}] or [IPv4, IPv6])` });
  });
  return out;
}
function claimSpec(claim, base, minor) {
  const spec = claim.spec;
  const out = [];
  if (!spec)
    return [required([...base, "spec"], void 0, base)];
  out.push(...enumChecks("PersistentVolumeClaim", claim, base, minor).filter((p) => p.path[base.length + 1] !== "accessModes"));
  const storage = spec.resources?.requests?.storage;
  if (storage === void 0) {
    out.push({ ...required([...base, "spec", "resources", "requests", "storage"], void 0, [...base, "spec"]), message: `${fieldName([...base, "spec", "resources"])}[storage]: Required value` });
  } else {
    const q = parseQuantity(storage);
    if (q !== void 0 && q <= 0)
      out.push(invalid([...base, "spec", "resources", "requests", "storage"], storage, "must be greater than zero"));
  }
  if (typeof spec.storageClassName === "string" && spec.storageClassName !== "")
    out.push(...names([...base, "spec", "storageClassName"], spec.storageClassName, dns1123Subdomain));
  for (const f of ["dataSource", "dataSourceRef"]) {
    const ds = spec[f];
    if (!ds)
      continue;
    if (!ds.name)
      out.push(required([...base, "spec", f, "name"], void 0, [...base, "spec", f]));
    if (!ds.kind)
      out.push(required([...base, "spec", f, "kind"], void 0, [...base, "spec", f]));
  }
  out.push(...labelSelector(spec.selector, [...base, "spec", "selector"]));
  return out;
}
function claimTemplateMeta(template, base) {
  const meta = template.metadata;
  const out = [];
  const name2 = meta?.name;
  const at = [...base, "metadata", "name"];
  const grammar = (check, v) => check(v).filter((e) => !e.startsWith("must be no more than"));
  if (typeof name2 !== "string" || name2 === "") {
    out.push(required(at, "the PVC name and the pod volume name are made from it", [...base, "metadata"]));
  } else {
    const sub = grammar(dns1123Subdomain, name2);
    if (sub.length)
      out.push(...sub.map((e) => ({ ...invalid(at, name2, e), message: `PVC name "${name2}-\u2026": metadata.name: Invalid value: ${show(`${name2}-\u2026`)}: ${e}` })));
    else
      out.push(...grammar(dns1123Label, name2).map((e) => ({ ...invalid(at, name2, e), message: `pod volume name: spec.volumes[].name: Invalid value: ${show(name2)}: ${e}` })));
  }
  out.push(...labelsAndAnnotations(meta, [...base, "metadata"]));
  out.push(...finalizers(meta, [...base, "metadata"]));
  return out;
}
function storageClass(sc2, minor) {
  const out = [];
  if (typeof sc2.provisioner !== "string" || sc2.provisioner === "")
    out.push(required(["provisioner"], void 0, []));
  else
    out.push(...names(["provisioner"], sc2.provisioner, (v) => qualifiedName(v.toLowerCase())));
  out.push(...enumChecks("StorageClass", sc2, [], minor));
  if (isRecord(sc2.parameters)) {
    const entries = Object.entries(sc2.parameters);
    if (entries.length > 512)
      out.push({ path: ["parameters"], key: true, message: `parameters: Too long: ${entries.length}: Provisioner Parameters exceeded max allowed (512 entries)` });
    let bytes = 0;
    for (const [k, v] of entries) {
      if (k === "")
        out.push(invalid(["parameters"], "", "field can not be empty."));
      bytes += k.length + (typeof v === "string" ? v.length : 0);
    }
    if (bytes > 256 * 1024)
      out.push({ path: ["parameters"], key: true, message: "parameters: Too long: Provisioner Parameters exceeded max allowed (256 KiB)" });
  }
  out.push(...allowedTopologies(sc2));
  return out;
}
function allowedTopologies(sc2) {
  const out = [];
  const terms = [];
  for (const [term, i] of records(sc2.allowedTopologies)) {
    const exprs = records(term.matchLabelExpressions);
    if (exprs.length === 0)
      out.push(required(["allowedTopologies", i, "matchLabelExpressions"], "must have at least one label selector requirement", ["allowedTopologies", i]));
    const map2 = /* @__PURE__ */ new Map();
    for (const [e, j] of exprs) {
      const p = ["allowedTopologies", i, "matchLabelExpressions", j];
      if (!e.key)
        out.push(required([...p, "key"], void 0, p));
      const values = Array.isArray(e.values) ? e.values : [];
      if (values.length === 0)
        out.push(required([...p, "values"], "must specify as least one value", p));
      const set2 = /* @__PURE__ */ new Set();
      values.forEach((v, k) => {
        if (typeof v !== "string")
          return;
        if (set2.has(v))
          out.push(duplicate([...p, "values", k], v));
        set2.add(v);
      });
      const key2 = typeof e.key === "string" ? e.key : "";
      if (map2.has(key2))
        out.push(duplicate([...p, "key"], key2));
      map2.set(key2, set2);
    }
    if (terms.some((t) => sameTerm(t, map2)))
      out.push(duplicate(["allowedTopologies", i, "matchLabelExpressions"], ""));
    terms.push(map2);
  }
  return out;
}
function sameTerm(a, b) {
  if (a.size !== b.size)
    return false;
  for (const [k, va] of a) {
    const vb = b.get(k);
    if (!vb || vb.size !== va.size || [...va].some((v) => !vb.has(v)))
      return false;
  }
  return true;
}
function pdbSpec(pdb, minor) {
  const spec = pdb.spec;
  if (!spec)
    return [];
  const out = [];
  if (spec.minAvailable !== void 0 && spec.maxUnavailable !== void 0) {
    out.push(invalid(["spec", "maxUnavailable"], spec.maxUnavailable, "minAvailable and maxUnavailable cannot be both set", "keep one of minAvailable and maxUnavailable"));
  }
  out.push(...intOrPercent(["spec", "minAvailable"], spec.minAvailable, true));
  out.push(...intOrPercent(["spec", "maxUnavailable"], spec.maxUnavailable, true));
  out.push(...enumChecks("PodDisruptionBudget", pdb, [], minor));
  out.push(...labelSelector(spec.selector, ["spec", "selector"]));
  return out;
}

// build/rules/claim-spec-invalid.js
var TYPES = ["required", "invalid", "forbidden", "notSupported"];
var claim_spec_invalid_default = defineRule({
  meta: {
    id: "claim-spec-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow PersistentVolumeClaims and claim templates that the API server rejects",
    // `prefix` names the claim template; `when` says when a template's problem fails.
    messages: fieldErrorMessages(TYPES, "{{prefix}}$&{{when}}")
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const c of claimsOf({ pvcs: ctx.targets("PersistentVolumeClaim"), statefulSets: ctx.targets("StatefulSet") }, (r) => admitted(r, ctx).object)) {
      const template = c.base.length > 0;
      for (const p of claimSpec(c.claim, c.base, minor)) {
        const when = !template ? "" : minor >= 34 ? " (rejected at apply since 1.34)" : ": the controller fails to create the PVC (FailedCreate) and the pod never starts";
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: c.resource, path: p.path, key: p.key, messageId: type2, data: { prefix: c.prefix, field, detail, when }, hint: p.message.includes("[storage]") && !p.hint ? "add `resources: {requests: {storage: 10Gi}}`" : hintOf(p) });
      }
      if (template) {
        for (const p of claimTemplateMeta(c.claim, c.base)) {
          const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES);
          const when = ": the controller fails to create the PVC or the pod (FailedCreate) and the pod never starts";
          ctx.report({ resource: c.resource, path: p.path, key: p.key, messageId: type2, data: { prefix: c.prefix, field, detail, when }, hint: hintOf(p) });
        }
      }
    }
  }
});

// build/rules/claim-template-namespace.js
var claim_template_namespace_default = defineRule({
  meta: {
    id: "claim-template-namespace",
    severity: "warning",
    category: "runtime",
    description: "Disallow a claim template namespace that differs from the StatefulSet's",
    messages: {
      namespaceIgnored: `claim template namespace "{{namespace}}" is ignored: the controller creates the PVCs in the StatefulSet's namespace "{{setNamespace}}"`
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const ns = ctx.index.namespaceOf(r);
      for (const [t, i] of claimTemplatesOf(asStatefulSet(r))) {
        const tns = t.metadata?.namespace;
        if (typeof tns !== "string" || tns === "" || tns === ns)
          continue;
        ctx.report({
          resource: r,
          path: ["spec", "volumeClaimTemplates", i, "metadata", "namespace"],
          messageId: "namespaceIgnored",
          data: { namespace: tns, setNamespace: ns },
          hint: "remove metadata.namespace from the claim template"
        });
      }
    }
  }
});

// build/rules/claim-template-unused.js
var claim_template_unused_default = defineRule({
  meta: {
    id: "claim-template-unused",
    severity: "warning",
    category: "runtime",
    description: "Disallow claim templates that no container mounts",
    messages: {
      notMounted: 'claim template "{{name}}" is not mounted by any container: every pod still gets a PVC {{name}}-{{set}}-N that nothing uses'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const mounted = /* @__PURE__ */ new Set();
      for (const { container } of containersOf(tpl.spec)) {
        for (const [m] of records(container.volumeMounts))
          mounted.add(m.name);
        for (const [d] of records(container.volumeDevices))
          mounted.add(d.name);
      }
      for (const [t, i] of claimTemplatesOf(asStatefulSet(r))) {
        const name2 = claimTemplateName(t);
        if (!name2 || mounted.has(name2))
          continue;
        ctx.report({
          resource: r,
          path: ["spec", "volumeClaimTemplates", i, "metadata", "name"],
          messageId: "notMounted",
          data: { name: name2, set: r.name },
          hint: `add a volumeMount named "${name2}" to the container that needs the data, or remove the template (volumeClaimTemplates is immutable: this needs delete --cascade=orphan and re-create)`
        });
      }
    }
  }
});

// build/rules/default-storage-class.js
var default_storage_class_default = defineRule({
  meta: {
    id: "default-storage-class",
    severity: "warning",
    category: "runtime",
    description: "Require exactly one default StorageClass where claims rely on the default",
    messages: {
      severalDefaults: "more than one StorageClass is marked default ({{names}}): claims without storageClassName get the most recently created one (older releases reject them)",
      noDefaultInProfile: '{{claim}} sets no storageClassName and cluster profile "{{cluster}}" has no default StorageClass: the claim stays Pending',
      noDefaultOnFreshCluster: '{{claim}} sets no storageClassName and a fresh "{{cluster}}" cluster has no default StorageClass: unless someone marked one default, the claim stays Pending'
    }
  },
  check(ctx) {
    for (const d of inputDefaultClasses(ctx.index)) {
      if (!d.resource.reportable)
        continue;
      const defaults = inputDefaultClasses(ctx.index.visibleFrom(d.resource));
      if (defaults.length > 1) {
        const names2 = defaults.map((x) => x.info.name);
        ctx.report({
          resource: d.resource,
          path: ["metadata", "annotations"],
          messageId: "severalDefaults",
          data: { names: names2.join(", ") },
          hint: 'keep storageclass.kubernetes.io/is-default-class: "true" on one class only',
          related: defaults.filter((o) => o.resource !== d.resource).map((o) => ({ resource: o.resource, path: ["metadata", "annotations"], message: `StorageClass "${o.info.name}" is also default` }))
        });
      }
    }
    const cluster = ctx.options.cluster;
    if (!cluster)
      return;
    for (const c of claimsOf({ pvcs: ctx.targets("PersistentVolumeClaim"), statefulSets: ctx.targets("StatefulSet") })) {
      if (defaultClasses(ctx.index.visibleFrom(c.resource), cluster).length > 0)
        continue;
      const spec = c.claim.spec;
      if (!spec || typeof spec.storageClassName === "string")
        continue;
      if (c.claim.metadata?.annotations?.["volume.beta.kubernetes.io/storage-class"])
        continue;
      ctx.report({
        resource: c.resource,
        path: [...c.base, "spec"],
        key: true,
        severity: cluster.exact ? "error" : "warning",
        messageId: cluster.exact ? "noDefaultInProfile" : "noDefaultOnFreshCluster",
        data: { claim: c.label || "the claim", cluster: cluster.name },
        hint: `set storageClassName (one of: ${cluster.storageClasses.map((s) => s.name).join(", ") || "none in the profile"})`
      });
    }
  }
});

// build/schemas/k8s/api-resources.js
var API_MINORS = { first: 29, last: 36 };
var API_GROUPS = ["", "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "apps", "authentication.k8s.io", "authorization.k8s.io", "autoscaling", "batch", "certificates.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io", "internal.apiserver.k8s.io", "networking.k8s.io", "node.k8s.io", "policy", "rbac.authorization.k8s.io", "resource.k8s.io", "scheduling.k8s.io", "storage.k8s.io", "storagemigration.k8s.io"];
var API_RESOURCES_JSON = `{
"admissionregistration.k8s.io/v1":{"MutatingAdmissionPolicy":[36,36],"MutatingAdmissionPolicyBinding":[36,36],"MutatingWebhookConfiguration":[29,36],"ValidatingAdmissionPolicy":[30,36],"ValidatingAdmissionPolicyBinding":[30,36],"ValidatingWebhookConfiguration":[29,36]},
"admissionregistration.k8s.io/v1alpha1":{"MutatingAdmissionPolicy":[32,36],"MutatingAdmissionPolicyBinding":[32,36],"ValidatingAdmissionPolicy":[29,31],"ValidatingAdmissionPolicyBinding":[29,31]},
"admissionregistration.k8s.io/v1beta1":{"MutatingAdmissionPolicy":[34,36],"MutatingAdmissionPolicyBinding":[34,36],"ValidatingAdmissionPolicy":[29,33],"ValidatingAdmissionPolicyBinding":[29,33]},
"apiextensions.k8s.io/v1":{"CustomResourceDefinition":[29,36]},
"apiregistration.k8s.io/v1":{"APIService":[29,36]},
"apps/v1":{"ControllerRevision":[29,36],"DaemonSet":[29,36],"Deployment":[29,36],"ReplicaSet":[29,36],"StatefulSet":[29,36]},
"authentication.k8s.io/v1":{"SelfSubjectReview":[29,36],"TokenReview":[29,36]},
"authentication.k8s.io/v1alpha1":{"SelfSubjectReview":[29,31]},
"authentication.k8s.io/v1beta1":{"SelfSubjectReview":[29,32]},
"authorization.k8s.io/v1":{"LocalSubjectAccessReview":[29,36],"SelfSubjectAccessReview":[29,36],"SelfSubjectRulesReview":[29,36],"SubjectAccessReview":[29,36]},
"autoscaling/v1":{"HorizontalPodAutoscaler":[29,36]},
"autoscaling/v2":{"HorizontalPodAutoscaler":[29,36]},
"batch/v1":{"CronJob":[29,36],"Job":[29,36]},
"certificates.k8s.io/v1":{"CertificateSigningRequest":[29,36]},
"certificates.k8s.io/v1alpha1":{"ClusterTrustBundle":[29,36],"PodCertificateRequest":[34,34]},
"certificates.k8s.io/v1beta1":{"ClusterTrustBundle":[33,36],"PodCertificateRequest":[35,36]},
"coordination.k8s.io/v1":{"Lease":[29,36]},
"coordination.k8s.io/v1alpha1":{"LeaseCandidate":[31,31]},
"coordination.k8s.io/v1alpha2":{"LeaseCandidate":[32,36]},
"coordination.k8s.io/v1beta1":{"LeaseCandidate":[33,36]},
"discovery.k8s.io/v1":{"EndpointSlice":[29,36]},
"events.k8s.io/v1":{"Event":[29,36]},
"flowcontrol.apiserver.k8s.io/v1":{"FlowSchema":[29,36],"PriorityLevelConfiguration":[29,36]},
"flowcontrol.apiserver.k8s.io/v1beta3":{"FlowSchema":[29,31],"PriorityLevelConfiguration":[29,31]},
"internal.apiserver.k8s.io/v1alpha1":{"StorageVersion":[29,36]},
"networking.k8s.io/v1":{"IPAddress":[33,36],"Ingress":[29,36],"IngressClass":[29,36],"NetworkPolicy":[29,36],"ServiceCIDR":[33,36]},
"networking.k8s.io/v1alpha1":{"IPAddress":[29,30],"ServiceCIDR":[29,30]},
"networking.k8s.io/v1beta1":{"IPAddress":[31,36],"ServiceCIDR":[31,36]},
"node.k8s.io/v1":{"RuntimeClass":[29,36]},
"policy/v1":{"PodDisruptionBudget":[29,36]},
"rbac.authorization.k8s.io/v1":{"ClusterRole":[29,36],"ClusterRoleBinding":[29,36],"Role":[29,36],"RoleBinding":[29,36]},
"resource.k8s.io/v1":{"DeviceClass":[34,36],"ResourceClaim":[34,36],"ResourceClaimTemplate":[34,36],"ResourceSlice":[34,36]},
"resource.k8s.io/v1alpha2":{"PodSchedulingContext":[29,30],"ResourceClaim":[29,30],"ResourceClaimParameters":[30,30],"ResourceClaimTemplate":[29,30],"ResourceClass":[29,30],"ResourceClassParameters":[30,30],"ResourceSlice":[30,30]},
"resource.k8s.io/v1alpha3":{"DeviceClass":[31,33],"DeviceTaintRule":[33,36],"PodSchedulingContext":[31,31],"ResourceClaim":[31,33],"ResourceClaimTemplate":[31,33],"ResourcePoolStatusRequest":[36,36],"ResourceSlice":[31,33]},
"resource.k8s.io/v1beta1":{"DeviceClass":[32,36],"ResourceClaim":[32,36],"ResourceClaimTemplate":[32,36],"ResourceSlice":[32,36]},
"resource.k8s.io/v1beta2":{"DeviceClass":[33,36],"DeviceTaintRule":[36,36],"ResourceClaim":[33,36],"ResourceClaimTemplate":[33,36],"ResourceSlice":[33,36]},
"scheduling.k8s.io/v1":{"PriorityClass":[29,36]},
"scheduling.k8s.io/v1alpha1":{"Workload":[35,35]},
"scheduling.k8s.io/v1alpha2":{"PodGroup":[36,36],"Workload":[36,36]},
"storage.k8s.io/v1":{"CSIDriver":[29,36],"CSINode":[29,36],"CSIStorageCapacity":[29,36],"StorageClass":[29,36],"VolumeAttachment":[29,36],"VolumeAttributesClass":[34,36]},
"storage.k8s.io/v1alpha1":{"VolumeAttributesClass":[29,34]},
"storage.k8s.io/v1beta1":{"VolumeAttributesClass":[31,36]},
"storagemigration.k8s.io/v1alpha1":{"StorageVersionMigration":[30,34]},
"storagemigration.k8s.io/v1beta1":{"StorageVersionMigration":[35,36]},
"v1":{"Binding":[29,36],"ComponentStatus":[29,36],"ConfigMap":[29,36],"Endpoints":[29,36],"Event":[29,36],"LimitRange":[29,36],"Namespace":[29,36],"Node":[29,36],"PersistentVolume":[29,36],"PersistentVolumeClaim":[29,36],"Pod":[29,36],"PodTemplate":[29,36],"ReplicationController":[29,36],"ResourceQuota":[29,36],"Secret":[29,36],"Service":[29,36],"ServiceAccount":[29,36]}
}`;

// build/src/text/did-you-mean.js
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++)
    d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

// build/src/k8s/api-versions.js
var SELECTOR = "apps/v1 requires spec.selector, immutable after creation: use the template labels";
var REMOVED_BEFORE = [
  // 1.16
  { apiVersion: "apps/v1beta1", kinds: ["StatefulSet"], removedIn: 16, replacement: "apps/v1", note: "apps/v1 requires spec.selector and defaults updateStrategy to RollingUpdate (apps/v1beta1 defaulted to OnDelete)" },
  { apiVersion: "apps/v1beta2", kinds: ["StatefulSet"], removedIn: 16, replacement: "apps/v1", note: "apps/v1 requires spec.selector" },
  { apiVersion: "apps/v1beta1", kinds: ["ControllerRevision"], removedIn: 16, replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: ["ControllerRevision"], removedIn: 16, replacement: "apps/v1" },
  { apiVersion: "apps/v1beta1", kinds: ["Deployment"], removedIn: 16, replacement: "apps/v1", note: `${SELECTOR}; revisionHistoryLimit defaults to 10 (was 2)` },
  { apiVersion: "apps/v1beta2", kinds: ["Deployment"], removedIn: 16, replacement: "apps/v1", note: SELECTOR },
  { apiVersion: "apps/v1beta1", kinds: ["ReplicaSet"], removedIn: 16, replacement: "apps/v1", note: SELECTOR },
  { apiVersion: "apps/v1beta2", kinds: ["ReplicaSet", "DaemonSet"], removedIn: 16, replacement: "apps/v1", note: SELECTOR },
  { apiVersion: "extensions/v1beta1", kinds: ["Deployment"], removedIn: 16, replacement: "apps/v1", note: `${SELECTOR}; spec.rollbackTo is gone; progressDeadlineSeconds, revisionHistoryLimit, maxSurge and maxUnavailable get new defaults` },
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet"], removedIn: 16, replacement: "apps/v1", note: `${SELECTOR}; spec.templateGeneration is gone; updateStrategy defaults to RollingUpdate (was OnDelete)` },
  { apiVersion: "extensions/v1beta1", kinds: ["ReplicaSet"], removedIn: 16, replacement: "apps/v1", note: SELECTOR },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: 16, replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: 16, replacement: null, note: "PodSecurityPolicy moved to policy/v1beta1, itself removed in 1.25: use Pod Security Admission or a third-party admission webhook" },
  // 1.22
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], removedIn: 22, replacement: "admissionregistration.k8s.io/v1", note: "v1 requires webhooks[*].sideEffects and admissionReviewVersions, and defaults failurePolicy to Fail" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: 22, replacement: "apiextensions.k8s.io/v1", note: "v1 requires spec.scope and a structural spec.versions[*].schema.openAPIV3Schema; spec.version, validation, subresources and additionalPrinterColumns move into spec.versions[*]" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], removedIn: 22, replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], removedIn: 22, replacement: "authentication.k8s.io/v1" },
  { apiVersion: "authorization.k8s.io/v1beta1", kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview", "SelfSubjectRulesReview"], removedIn: 22, replacement: "authorization.k8s.io/v1", note: "spec.group is renamed spec.groups" },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], removedIn: 22, replacement: "certificates.k8s.io/v1", note: "v1 requires spec.signerName and spec.usages" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: 22, replacement: "coordination.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: 22, replacement: "networking.k8s.io/v1", note: "spec.backend is renamed spec.defaultBackend, serviceName/servicePort become service.name and service.port.number or .name, and every path needs a pathType" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress"], removedIn: 22, replacement: "networking.k8s.io/v1", note: "spec.backend is renamed spec.defaultBackend, serviceName/servicePort become service.name and service.port.number or .name, and every path needs a pathType" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["IngressClass"], removedIn: 22, replacement: "networking.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], removedIn: 22, replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: 22, replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], removedIn: 22, replacement: "storage.k8s.io/v1" },
  // 1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: 25, replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: 25, replacement: "discovery.k8s.io/v1", note: "use each endpoint's nodeName and zone instead of topology" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: 25, replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: 25, replacement: "autoscaling/v2", note: "targetAverageUtilization becomes target.averageUtilization with target.type: Utilization" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: 25, replacement: "policy/v1", note: "in policy/v1 an empty selector selects every pod in the namespace" },
  { apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: 25, replacement: null, note: "PodSecurityPolicy has no successor: use Pod Security Admission (pod-security.kubernetes.io labels on the namespace) or a third-party admission webhook" },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: 25, replacement: "node.k8s.io/v1" },
  // 1.26
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: 26, replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: 26, replacement: "autoscaling/v2" },
  // 1.27
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: 27, replacement: "storage.k8s.io/v1" },
  // 1.29
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: 29, replacement: "flowcontrol.apiserver.k8s.io/v1", note: "spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares" }
];
var LEGACY_BETA_ON = {
  "flowcontrol.apiserver.k8s.io/v1beta3": ["FlowSchema", "PriorityLevelConfiguration"]
};
var table;
var groups;
function resources() {
  return table ??= JSON.parse(API_RESOURCES_JSON);
}
function versionOf(apiVersion) {
  return apiVersion.slice(apiVersion.indexOf("/") + 1);
}
function isBuiltinGroup(group) {
  groups ??= /* @__PURE__ */ new Set([...API_GROUPS, ...REMOVED_BEFORE.map((r) => groupOf(r.apiVersion))]);
  return groups.has(group);
}
function stageOf(apiVersion) {
  const v = versionOf(apiVersion);
  return /^v\d+alpha\d+$/.test(v) ? "alpha" : /^v\d+beta\d+$/.test(v) ? "beta" : "ga";
}
function priority(apiVersion) {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(versionOf(apiVersion));
  if (!m)
    return 0;
  const stage = m[2] === void 0 ? 3 : m[2] === "beta" ? 2 : 1;
  return stage * 1e6 + Number(m[1]) * 1e3 + Number(m[3] ?? 0);
}
function servedAt(range, minor) {
  return range !== void 0 && range[0] <= minor && minor <= range[1];
}
function enabledByDefault(apiVersion, kind) {
  const stage = stageOf(apiVersion);
  return stage === "ga" || stage === "beta" && (LEGACY_BETA_ON[apiVersion]?.includes(kind) ?? false);
}
function servingApiVersions(kind, minor) {
  const t = resources();
  return Object.keys(t).filter((gv) => servedAt(t[gv][kind], minor));
}
function alternativeFor(kind, minor, apiVersion) {
  const group = groupOf(apiVersion);
  const ranked = servingApiVersions(kind, minor).filter((gv) => gv !== apiVersion).map((gv) => ({ apiVersion: gv, enabledByDefault: enabledByDefault(gv, kind), same: groupOf(gv) === group })).sort((a, b) => Number(b.same) - Number(a.same) || Number(b.enabledByDefault) - Number(a.enabledByDefault) || priority(b.apiVersion) - priority(a.apiVersion));
  const best = ranked[0];
  return best ? { apiVersion: best.apiVersion, enabledByDefault: best.enabledByDefault } : void 0;
}
function closestKind(apiVersion, kind, minor) {
  const t = resources();
  const own = Object.entries(t[apiVersion] ?? {}).filter(([, range]) => servedAt(range, minor));
  const group = groupOf(apiVersion);
  const candidates = own.length ? own.map(([k]) => ({ kind: k, apiVersion })) : Object.keys(t).filter((gv) => groupOf(gv) === group).sort((a, b) => priority(b) - priority(a)).flatMap((gv) => Object.entries(t[gv]).filter(([, range]) => servedAt(range, minor)).map(([k]) => ({ kind: k, apiVersion: gv })));
  const wanted = kind.toLowerCase();
  const limit = Math.max(1, Math.floor(kind.length / 3));
  let best;
  for (const c of candidates) {
    const distance = editDistance(wanted, c.kind.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance))
      best = { ...c, distance };
  }
  return best && { kind: best.kind, apiVersion: best.apiVersion };
}
var SERVED2 = { status: "served" };
var CUSTOM = { status: "custom" };
function apiStatus(apiVersion, kind, minor) {
  if (SERVED[kind] === apiVersion)
    return SERVED2;
  if (!isBuiltinGroup(groupOf(apiVersion)))
    return CUSTOM;
  if (kind.endsWith("List"))
    return SERVED2;
  const range = resources()[apiVersion]?.[kind];
  const removed = REMOVED_BEFORE.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
  if (range && servedAt(range, minor)) {
    const stage = stageOf(apiVersion);
    const offByDefault = stage === "ga" || enabledByDefault(apiVersion, kind) ? void 0 : stage;
    const removedIn = range[1] < API_MINORS.last ? range[1] + 1 : void 0;
    if (offByDefault === void 0 && removedIn === void 0)
      return SERVED2;
    const alternative2 = alternativeFor(kind, minor, apiVersion);
    return {
      status: "deprecated",
      ...offByDefault ? { offByDefault } : {},
      ...removedIn !== void 0 ? { removedIn } : {},
      ...alternative2?.enabledByDefault ? { alternative: alternative2 } : {}
    };
  }
  if (removed) {
    const extra = {
      ...removed.replacement !== null ? { alternative: { apiVersion: removed.replacement, enabledByDefault: enabledByDefault(removed.replacement, kind) } } : {},
      ...removed.note ? { note: removed.note } : {}
    };
    return { status: minor >= removed.removedIn ? "removed" : "deprecated", removedIn: removed.removedIn, ...extra };
  }
  const alternative = alternativeFor(kind, minor, apiVersion);
  if (range && range[1] < minor)
    return { status: "removed", removedIn: range[1] + 1, ...alternative ? { alternative } : {} };
  if (range)
    return { status: "no-match", firstServed: range[0], ...alternative ? { alternative } : {} };
  if (alternative)
    return { status: "no-match", alternative };
  const suggestion = closestKind(apiVersion, kind, minor);
  return { status: "no-match", ...suggestion ? { suggestion } : {} };
}

// build/rules/deprecated-api-version.js
function hint(alternative, note) {
  if (!alternative)
    return note;
  const off = alternative.enabledByDefault ? "" : `, which the target serves only where enabled (--runtime-config=${alternative.apiVersion}=true)`;
  return `use apiVersion: ${alternative.apiVersion}${off}${note ? ` (${note})` : ""}`;
}
var deprecated_api_version_default = defineRule({
  meta: {
    id: "deprecated-api-version",
    severity: "warning",
    category: "rejected",
    description: "Disallow apiVersions that are deprecated, off by default or no longer served",
    messages: {
      removed: '{{kind}} {{apiVersion}} is not served since Kubernetes 1.{{removedIn}}: `kubectl apply` fails: no matches for kind "{{kind}}" in version "{{apiVersion}}"',
      offByDefault: '{{kind}} {{apiVersion}} is {{stage}} API that Kubernetes 1.{{minor}} serves only where the cluster enables it: `kubectl apply` fails with "no matches for kind" on clusters that do not',
      offByDefaultAndRemovedLater: '{{kind}} {{apiVersion}} is {{stage}} API that Kubernetes 1.{{minor}} serves only where the cluster enables it: `kubectl apply` fails with "no matches for kind" on clusters that do not, and Kubernetes 1.{{removedIn}} no longer serves it',
      deprecated: '{{kind}} {{apiVersion}} is deprecated: Kubernetes 1.{{removedIn}} no longer serves it (`kubectl apply` fails there with "no matches for kind")'
    }
  },
  check(ctx) {
    const { minor } = ctx.options.kubeVersion;
    for (const r of ctx.index.all) {
      if (!r.reportable)
        continue;
      const s = apiStatus(r.apiVersion, r.kind, minor);
      if (s.status === "removed") {
        ctx.report({
          resource: r,
          path: ["apiVersion"],
          severity: "error",
          messageId: "removed",
          data: { kind: r.kind, apiVersion: r.apiVersion, removedIn: s.removedIn },
          ...withHint(hint(s.alternative, s.note))
        });
      } else if (s.status === "deprecated") {
        const object = { kind: r.kind, apiVersion: r.apiVersion };
        const message = s.offByDefault ? s.removedIn !== void 0 ? { messageId: "offByDefaultAndRemovedLater", data: { ...object, stage: s.offByDefault === "alpha" ? "an alpha" : "a beta", minor, removedIn: s.removedIn } } : { messageId: "offByDefault", data: { ...object, stage: s.offByDefault === "alpha" ? "an alpha" : "a beta", minor } } : s.removedIn !== void 0 ? { messageId: "deprecated", data: { ...object, removedIn: s.removedIn } } : void 0;
        if (!message)
          continue;
        const advice = s.alternative ? hint(s.alternative, s.note) : s.offByDefault ? `it needs kube-apiserver --runtime-config=${r.apiVersion}=true (and the feature gate of the API, if it has one)` : s.note;
        ctx.report({ resource: r, path: ["apiVersion"], severity: "warning", ...message, ...withHint(advice) });
      }
    }
  }
});
function withHint(hint2) {
  return hint2 ? { hint: hint2 } : {};
}

// build/rules/deprecated-topology-label.js
var DEPRECATED = /* @__PURE__ */ new Map([
  ["failure-domain.beta.kubernetes.io/zone", "topology.kubernetes.io/zone"],
  ["failure-domain.beta.kubernetes.io/region", "topology.kubernetes.io/region"]
]);
function walk(v, path, hits) {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (typeof item !== "object" || item === null)
        continue;
      path.push(i);
      walk(item, path, hits);
      path.pop();
    }
  } else if (isRecord(v)) {
    for (const k in v) {
      const val = v[k];
      if (DEPRECATED.has(k) && (path.includes("nodeSelector") || path.includes("matchLabels") || path.includes("labels")))
        hits.push({ path: [...path, k], key: true, label: k });
      if (typeof val === "string") {
        if (DEPRECATED.has(val) && (k === "key" || k === "topologyKey"))
          hits.push({ path: [...path, k], key: false, label: val });
      } else if (typeof val === "object" && val !== null) {
        path.push(k);
        walk(val, path, hits);
        path.pop();
      }
    }
  }
}
var deprecated_topology_label_default = defineRule({
  meta: {
    id: "deprecated-topology-label",
    severity: "warning",
    category: "runtime",
    description: "Disallow the deprecated failure-domain.beta.kubernetes.io topology labels",
    messages: {
      deprecatedLabel: '"{{label}}" is deprecated: nodes carry {{replacement}} (the beta label is no longer set on new nodes by most providers)'
    }
  },
  check(ctx) {
    for (const kind of ["StatefulSet", "StorageClass", "PersistentVolume", "PersistentVolumeClaim"]) {
      for (const r of ctx.targets(kind)) {
        const from = kind === "StatefulSet" ? ["spec"] : kind === "StorageClass" ? ["allowedTopologies"] : ["spec"];
        let node = r.object;
        for (const seg of from)
          node = isRecord(node) ? node[seg] : void 0;
        const hits = [];
        walk(node, [...from], hits);
        for (const hit of hits) {
          if (kind === "StatefulSet" && hit.path.includes("metadata") && hit.path.includes("labels") && !hit.path.includes("matchLabels"))
            continue;
          ctx.report({
            resource: r,
            path: hit.path,
            key: hit.key,
            messageId: "deprecatedLabel",
            data: { label: hit.label, replacement: String(DEPRECATED.get(hit.label)) },
            hint: `use ${DEPRECATED.get(hit.label)}`
          });
        }
      }
    }
  }
});

// build/src/load/yaml-walk.js
function* scalars(resource) {
  const { isScalar } = yamlLib();
  for (const { path, node, isKey } of nodes(resource))
    if (isScalar(node))
      yield { path, scalar: node, isKey };
}
function* maps(resource) {
  const { isMap } = yamlLib();
  for (const { path, node, isKey } of nodes(resource)) {
    if (!isKey && isMap(node))
      yield { path, node };
  }
}
function* nodes(resource) {
  const { isAlias, isMap, isScalar, isSeq } = yamlLib();
  const root = nodeAt(documentOf(resource), resource.base);
  const stack = [[root, []]];
  while (stack.length) {
    const [node, path] = stack.pop();
    if (!node || isAlias(node))
      continue;
    yield { path, node, isKey: false };
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        const key2 = keyString(pair.key);
        if (isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key))
          yield { path: [...path, key2], node: pair.key, isKey: true };
        stack.push([pair.value, [...path, key2]]);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--)
        stack.push([node.items[i], [...path, i]]);
    }
  }
}

// build/rules/duplicate-key.js
var duplicate_key_default = defineRule({
  meta: {
    id: "duplicate-key",
    severity: "warning",
    category: "runtime",
    description: "Disallow duplicate keys in a mapping, where the last one silently wins",
    messages: {
      duplicateKey: 'key "{{key}}" appears {{count}} times in this mapping: kubectl keeps only this last one and silently drops the others'
    }
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      if (!r.reportable || r.file.fast)
        continue;
      for (const { path, node } of maps(r)) {
        const counts = /* @__PURE__ */ new Map();
        for (const pair of node.items) {
          const k = keyString(pair.key);
          if (k === "<<")
            continue;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        for (const [k, n] of counts) {
          if (n < 2)
            continue;
          ctx.report({
            resource: r,
            path: [...path, k],
            key: true,
            messageId: "duplicateKey",
            data: { key: k, count: n },
            hint: "merge the entries under one key"
          });
        }
      }
    }
  }
});

// build/rules/duplicate-resource.js
var duplicate_resource_default = defineRule({
  meta: {
    id: "duplicate-resource",
    severity: "warning",
    category: "runtime",
    description: "Disallow defining the same kind, namespace and name twice in one file or stream",
    messages: {
      alreadyDefined: '{{kind}} "{{name}}" in namespace "{{namespace}}" is already defined {{where}}: kubectl applies both, one after the other, and the one applied last silently wins'
    }
  },
  check(ctx) {
    const groups2 = /* @__PURE__ */ new Map();
    for (const r of ctx.index.all) {
      if (!r.name || r.partial)
        continue;
      const key2 = `${r.file.path}/${r.apiVersion.split("/").length > 1 ? r.apiVersion.split("/")[0] : ""}/${r.kind}/${ctx.index.namespaceOf(r)}/${r.name}`;
      let g = groups2.get(key2);
      if (!g)
        groups2.set(key2, g = []);
      g.push(r);
    }
    for (const group of groups2.values()) {
      if (group.length < 2)
        continue;
      const [first, ...rest] = group;
      for (const dup of rest) {
        const where2 = "earlier in this file";
        ctx.report({
          resource: dup,
          path: ["metadata", "name"],
          messageId: "alreadyDefined",
          data: { kind: dup.kind, name: dup.name, namespace: ctx.index.namespaceOf(dup) || "(cluster)", where: where2 },
          hint: "remove or rename one of the definitions",
          related: [{ resource: first, path: ["metadata", "name"], message: "first definition" }]
        });
      }
    }
  }
});

// build/rules/field-dropped.js
var field_dropped_default = defineRule({
  meta: {
    id: "field-dropped",
    severity: "warning",
    category: "runtime",
    description: "Point out fields the API server drops on the target version because their feature gate is off",
    messages: {
      dropped: "{{field}} is dropped by the API server on Kubernetes {{version}} (feature gate {{gate}} is off): it has no effect and is not stored"
    }
  },
  check(ctx) {
    const v = ctx.options.kubeVersion.text;
    for (const kind of ["StatefulSet", "Service", "PersistentVolumeClaim"]) {
      for (const r of ctx.targets(kind)) {
        for (const d of admitted(r, ctx).dropped) {
          if (d.entry.gate === "MaxUnavailableStatefulSet")
            continue;
          ctx.report({
            resource: r,
            path: d.path,
            key: true,
            messageId: "dropped",
            data: { field: fieldName(d.path), version: v, gate: d.entry.gate },
            hint: `remove the field, or enable the gate on the control plane (and pass --feature-gates ${d.entry.gate}=true)`
          });
        }
      }
    }
  }
});

// build/rules/headless-port-unnamed.js
var headless_port_unnamed_default = defineRule({
  meta: {
    id: "headless-port-unnamed",
    severity: "info",
    category: "practice",
    description: "Require names on headless Service ports so that SRV records are published",
    messages: {
      unnamedPort: "port {{port}} has no name, so no SRV record _<name>._{{protocol}}.{{service}}.<namespace>.svc is published for it"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("Service")) {
      const spec = asService(r).spec;
      if (spec?.clusterIP !== "None")
        continue;
      for (const [p, i] of records(spec.ports)) {
        if (typeof p.name === "string" && p.name !== "")
          continue;
        const proto = (p.protocol ?? "TCP").toLowerCase();
        ctx.report({
          resource: r,
          path: ["spec", "ports", i],
          messageId: "unnamedPort",
          data: { port: p.port ?? "?", protocol: proto, service: r.name },
          hint: "add `name:` to the port (e.g. the protocol it serves: web, peer, client)"
        });
      }
    }
  }
});

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

// build/src/k8s/hpa.js
var AUTOSCALING_VERSIONS = ["autoscaling/v2", "autoscaling/v1"];
function readAutoscaler(r, problems = []) {
  const bad = (path, expected, v) => {
    problems.push({ path, message: `expected ${expected}, got ${describe(v)}` });
  };
  const o = r.object;
  const spec = o.spec;
  const out = { resource: r, target: null, minReplicas: 1, maxReplicas: void 0 };
  if (spec === void 0 || spec === null)
    return out;
  if (!isRecord(spec))
    return bad(["spec"], "a map", spec), out;
  const int3 = (key2) => {
    const v = spec[key2];
    if (v === void 0 || v === null)
      return void 0;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_INT32)
      return v;
    bad(["spec", key2], "an integer 0..2147483647", v);
    return void 0;
  };
  out.minReplicas = int3("minReplicas") ?? 1;
  out.maxReplicas = int3("maxReplicas");
  const ref = spec.scaleTargetRef;
  if (ref === void 0 || ref === null)
    return out;
  if (!isRecord(ref))
    return bad(["spec", "scaleTargetRef"], "a map", ref), out;
  const str4 = (key2) => {
    const v = ref[key2];
    if (v === void 0 || v === null)
      return void 0;
    if (typeof v === "string")
      return v;
    bad(["spec", "scaleTargetRef", key2], "a string", v);
    return void 0;
  };
  const kind = str4("kind");
  const name2 = str4("name");
  const apiVersion = str4("apiVersion") ?? "";
  if (kind !== void 0 && name2 !== void 0)
    out.target = { group: groupOf(apiVersion), kind, name: name2 };
  return out;
}
function scalesStatefulSet(a, name2) {
  return a.target !== null && a.target.group === "apps" && a.target.kind === "StatefulSet" && a.target.name === name2;
}

// build/src/lint/autoscalers.js
var byTarget = /* @__PURE__ */ new WeakMap();
function targetsOf(index) {
  let map2 = byTarget.get(index);
  if (!map2) {
    byTarget.set(index, map2 = /* @__PURE__ */ new Map());
    for (const r of index.ofKind("HorizontalPodAutoscaler")) {
      if (!AUTOSCALING_VERSIONS.includes(r.apiVersion))
        continue;
      const a = readAutoscaler(r);
      if (!a.target || !scalesStatefulSet(a, a.target.name))
        continue;
      const key2 = `${index.namespaceOf(r)}\0${a.target.name}`;
      const list2 = map2.get(key2);
      if (list2)
        list2.push(a);
      else
        map2.set(key2, [a]);
    }
  }
  return map2;
}
function autoscalersScaling(index, r) {
  const ns = index.namespaceOf(r);
  const key2 = `${ns}\0${r.name}`;
  const all = targetsOf(index).get(key2);
  if (!all)
    return [];
  const near = new Set((targetsOf(index.below(r)).get(key2) ?? []).map((a) => a.resource));
  return all.filter((a) => a.resource.shared || near.has(a.resource) && index.get("StatefulSet", ns, r.name, a.resource) === r).sort((a, b) => a.resource.file.path < b.resource.file.path ? -1 : a.resource.file.path > b.resource.file.path ? 1 : a.resource.docIndex - b.resource.docIndex);
}

// build/rules/hpa-replicas-conflict.js
var hpa_replicas_conflict_default = defineRule({
  meta: {
    id: "hpa-replicas-conflict",
    severity: "warning",
    category: "runtime",
    description: "Disallow spec.replicas on a StatefulSet that a HorizontalPodAutoscaler scales, since every apply resets the count",
    messages: {
      // {{where}}: "" or " (in FILE)" when the autoscaler is in another file; {{claims}}: "" or
      // what whenScaled: Delete adds.
      resetByApply: "replicas {{replicas}} is also set by HorizontalPodAutoscaler {{hpa}}{{where}}: every kubectl apply sets the live count back to {{replicas}}, so when the autoscaler has scaled the set up, the controller deletes the highest ordinals{{claims}}, then the autoscaler scales up again",
      zeroStopsAutoscaler: "replicas 0 is also set by HorizontalPodAutoscaler {{hpa}}{{where}}: every kubectl apply scales the set to 0, deleting all its pods{{claims}}, and the autoscaler does not scale it up again (it leaves a target with 0 replicas alone while its minReplicas is {{min}})"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const replicas = sts.spec?.replicas;
      if (typeof replicas !== "number")
        continue;
      const found = autoscalersScaling(ctx.index, r);
      const first = found[0];
      if (!first)
        continue;
      const h = first.resource;
      const hpa = `${h.name}${found.length > 1 ? ` (and ${found.length - 1} more)` : ""}`;
      const where2 = h.file.path === r.file.path ? "" : ` (in ${h.file.path})`;
      const claims = sts.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === "Delete" ? " (and, with whenScaled: Delete, their PVCs and the data on them)" : "";
      const zero = replicas === 0 && first.minReplicas !== 0;
      ctx.report({
        resource: r,
        path: ["spec", "replicas"],
        ...zero ? { messageId: "zeroStopsAutoscaler", data: { hpa, where: where2, claims, min: first.minReplicas } } : { messageId: "resetByApply", data: { replicas, hpa, where: where2, claims } },
        hint: "remove spec.replicas and let the autoscaler own the count; if the set was applied with it, run kubectl apply set-last-applied -f on the edited manifest first, or that apply deletes the field and the API server sets replicas to 1",
        related: found.map((a) => ({ resource: a.resource, path: ["spec", "scaleTargetRef"], message: `HorizontalPodAutoscaler ${a.resource.name} scales this StatefulSet` }))
      });
    }
  }
});

// build/rules/immediate-binding-zonal.js
var immediate_binding_zonal_default = defineRule({
  meta: {
    id: "immediate-binding-zonal",
    severity: "warning",
    category: "runtime",
    description: "Require WaitForFirstConsumer binding for zonal and node-local provisioners",
    messages: {
      noNodeSelected: "{{provisioner}} provisions only for the node a pod was scheduled to, but binding is Immediate{{byDefault}}: no node is selected, {{failure}}, and every claim of this class stays Pending",
      bindsArbitraryLocalVolume: "{{provisioner}} needs volumeBindingMode: WaitForFirstConsumer: with Immediate binding the claim binds to a local volume on an arbitrary node before the pod is scheduled",
      provisionedBeforeScheduling: "{{provisioner}} volumes are {{topology}}, but binding is Immediate{{byDefault}}: the volume is created in an arbitrary {{place}} before the pod is scheduled, so StatefulSet pods can become unschedulable"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StorageClass")) {
      const sc2 = r.object;
      const p = typeof sc2.provisioner === "string" ? provisioner(sc2.provisioner) : void 0;
      if (!p || p.topology === "none")
        continue;
      const mode = sc2.volumeBindingMode ?? "Immediate";
      if (mode !== "Immediate")
        continue;
      const explicit = sc2.volumeBindingMode !== void 0;
      const byDefault = explicit ? "" : " (the default)";
      ctx.report({
        resource: r,
        path: explicit ? ["volumeBindingMode"] : ["provisioner"],
        // A provisioner that needs the pod's node never provisions with Immediate binding.
        ...p.needsNode ? { severity: "error" } : {},
        ...p.needsNode ? { messageId: "noNodeSelected", data: { provisioner: p.name, byDefault, failure: p.needsNode } } : p.static ? { messageId: "bindsArbitraryLocalVolume", data: { provisioner: p.name } } : { messageId: "provisionedBeforeScheduling", data: { provisioner: p.name, topology: p.topology, byDefault, place: p.topology === "zonal" ? "zone" : "node" } },
        hint: "set `volumeBindingMode: WaitForFirstConsumer` (StorageClass fields are immutable: re-create the class)"
      });
    }
  }
});

// build/src/k8s/immutable.js
var MUTABLE_STATEFULSET_FIELDS = ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];
var STATEFULSET_UPDATE_FORBIDDEN = "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
var MAX_CHANGES = 20;
function diffLeaves(a, b, path, out) {
  if (out.length >= MAX_CHANGES)
    return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      diffLeaves(a[i], b[i], [...path, i], out);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      diffLeaves(a[k], b[k], [...path, k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push({ path, from: a, to: b });
}
function statefulSetImmutableChanges(before, after) {
  const a = defaultStatefulSetSpec(before.spec);
  const b = defaultStatefulSetSpec(after.spec);
  const changes = [];
  for (const key2 of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (MUTABLE_STATEFULSET_FIELDS.includes(key2))
      continue;
    diffLeaves(a[key2], b[key2], ["spec", key2], changes);
  }
  return { changes, storageGrowth: storageGrowthOnly(changes, b.volumeClaimTemplates) };
}
function storageGrowthOnly(changes, templates2) {
  if (changes.length === 0)
    return null;
  const out = [];
  for (const c of changes) {
    const p = c.path;
    const isStorage = p.length === 7 && p[1] === "volumeClaimTemplates" && p[3] === "spec" && p[4] === "resources" && p[5] === "requests" && p[6] === "storage";
    if (!isStorage)
      return null;
    const from = parseQuantity(c.from);
    const to = parseQuantity(c.to);
    if (from === void 0 || to === void 0 || to <= from)
      return null;
    out.push({ template: templates2[p[2]]?.metadata?.name ?? String(p[2]), from: String(c.from), to: String(c.to) });
  }
  return out;
}
function clusterIPOf(s) {
  const ip = s.spec?.clusterIP ?? s.spec?.clusterIPs?.[0];
  return typeof ip === "string" && ip !== "" ? ip : void 0;
}
function withAllocatedValues(desired, current) {
  if (!current || clusterIPOf(desired) !== void 0 || clusterIPOf(current) === void 0)
    return desired;
  const type2 = (s) => s.spec?.type ?? "ClusterIP";
  if (type2(desired) === "ExternalName" || type2(current) === "ExternalName")
    return desired;
  return { ...desired, spec: { ...desired.spec, clusterIP: clusterIPOf(current) } };
}
function serviceImmutableChanges(before, after) {
  const from = clusterIPOf(before);
  const to = clusterIPOf(after);
  const type2 = (s) => s.spec?.type ?? "ClusterIP";
  if (type2(before) === "ExternalName" || type2(after) === "ExternalName")
    return [];
  if (to === void 0)
    return [];
  if (from === to)
    return [];
  if (from === void 0 && to !== "None")
    return [];
  return [{ path: ["spec", "clusterIP"], from: from ?? "(allocated)", to }];
}
var CLAIM_SPEC_IMMUTABLE = "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";
var CLAIM_RESIZE_FORBIDDEN = "only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize";
function claimUpdateProblems(before, after, minor, expandable) {
  const a = defaultClaim(before).spec;
  const b = defaultClaim(after).spec;
  const out = [];
  const changes = [];
  for (const key2 of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (key2 === "volumeName" && (a.volumeName === void 0 || a.volumeName === ""))
      continue;
    if (key2 === "storageClassName" && a.storageClassName === void 0)
      continue;
    if (key2 === "volumeAttributesClassName")
      continue;
    if (key2 === "resources") {
      const ra = isRecord(a.resources) ? a.resources : {};
      const rb = isRecord(b.resources) ? b.resources : {};
      const reqA = isRecord(ra.requests) ? { ...ra.requests } : {};
      const reqB = isRecord(rb.requests) ? { ...rb.requests } : {};
      delete reqA.storage;
      delete reqB.storage;
      diffLeaves({ ...ra, requests: reqA }, { ...rb, requests: reqB }, ["spec", "resources"], changes);
      continue;
    }
    diffLeaves(a[key2], b[key2], ["spec", key2], changes);
  }
  for (const c of changes)
    out.push({ change: c, message: CLAIM_SPEC_IMMUTABLE, kind: "immutable" });
  const from = parseQuantity(before.spec?.resources?.requests?.storage);
  const to = parseQuantity(after.spec?.resources?.requests?.storage);
  if (from !== void 0 && to !== void 0 && from !== to) {
    const change = { path: ["spec", "resources", "requests", "storage"], from: before.spec?.resources?.requests?.storage, to: after.spec?.resources?.requests?.storage };
    if (to < from) {
      const detail = minor >= 32 ? "field can not be less than status.capacity" : "field can not be less than previous value";
      out.push({ change, message: `spec.resources.requests.storage: Forbidden: ${detail}`, kind: "shrink" });
    } else if (expandable === false) {
      out.push({ change, message: CLAIM_RESIZE_FORBIDDEN, kind: "resize" });
    }
  }
  return out;
}

// build/rules/immutable-field-changed.js
var show2 = (v) => v === void 0 ? "(unset)" : JSON.stringify(v);
function describe2(c) {
  return `${pathText(c.path)} changes from ${show2(c.from)} to ${show2(c.to)}`;
}
var immutable_field_changed_default = defineRule({
  meta: {
    id: "immutable-field-changed",
    severity: "error",
    category: "rejected",
    description: "Disallow changes to fields the API server does not let an update change",
    requires: "base",
    // One id per rejection the API server gives: the update validation that fails, or the admission plugin.
    messages: {
      statefulSetSpecForbidden: `{{change}}: the API server rejects the update ("updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")`,
      clusterIPChanged: "{{change}}: the API server rejects the update (spec.clusterIPs[0]: may not change once set)",
      claimSpecImmutable: "{{change}}: the API server rejects the update ({{error}}): a claim's spec is fixed once created, except its storage request and volumeAttributesClassName once it is bound",
      claimShrink: "{{change}}: the API server rejects the update ({{error}}): a volume cannot shrink{{recovery}}",
      claimResize: '{{change}}: the API server rejects the update (PersistentVolumeClaimResize: "{{error}}"): StorageClass "{{storageClass}}" does not set allowVolumeExpansion: true'
    }
  },
  check(ctx) {
    const base = ctx.base;
    if (!base)
      return;
    for (const r of ctx.targets("StatefulSet")) {
      const before = base.get("StatefulSet", ctx.index.namespaceOf(r), r.name);
      if (!before)
        continue;
      const { changes, storageGrowth } = statefulSetImmutableChanges(asStatefulSet(before), asStatefulSet(r));
      const hint2 = storageGrowth ? `to grow storage: expand each existing PVC (${storageGrowth.map((g) => `${g.template}-${r.name}-N to ${g.to}`).join(", ")}; its StorageClass must set allowVolumeExpansion: true), then kubectl delete statefulset ${r.name} --cascade=orphan and apply again` : `revert the change, or kubectl delete statefulset ${r.name} --cascade=orphan (pods and PVCs stay) and apply again`;
      for (const c of changes) {
        ctx.report({
          resource: r,
          path: c.path,
          messageId: "statefulSetSpecForbidden",
          data: { change: describe2(c) },
          hint: hint2,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show2(c.from)}` }]
        });
      }
    }
    for (const r of ctx.targets("Service")) {
      const before = base.get("Service", ctx.index.namespaceOf(r), r.name);
      if (!before)
        continue;
      for (const c of serviceImmutableChanges(asService(before), asService(r))) {
        ctx.report({
          resource: r,
          path: c.path,
          messageId: "clusterIPChanged",
          data: { change: describe2(c) },
          hint: `revert the change, or delete the Service and create it again (its DNS records change meanwhile)`,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show2(c.from)}` }]
        });
      }
    }
    for (const r of ctx.targets("PersistentVolumeClaim")) {
      const before = base.get("PersistentVolumeClaim", ctx.index.namespaceOf(r), r.name);
      if (!before)
        continue;
      const claim = asClaim(r);
      const cls = classOf(claim, [], ctx.index, ctx.options.cluster);
      for (const p of claimUpdateProblems(asClaim(before), claim, ctx.options.kubeVersion.minor, cls.info?.allowVolumeExpansion)) {
        const c = p.change;
        const change = describe2(c);
        const message = p.kind === "resize" ? { messageId: "claimResize", data: { change, error: p.message, storageClass: String(cls.name) } } : p.kind === "shrink" ? { messageId: "claimShrink", data: { change, error: p.message, recovery: ctx.options.kubeVersion.minor >= 32 ? "; a request may only go back down to recover from a failed expansion, to above the capacity the volume has" : "" } } : { messageId: "claimSpecImmutable", data: { change, error: p.message } };
        ctx.report({
          resource: r,
          path: c.path,
          ...message,
          hint: p.kind === "resize" ? `set allowVolumeExpansion: true on StorageClass ${cls.name} (if its provisioner supports expansion), or keep the size` : p.kind === "shrink" ? "keep the earlier size; to get a smaller volume, create a new claim and copy the data" : `revert the change, or create a new claim (the data stays on the old volume: copy it)`,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show2(c.from)}` }]
        });
      }
    }
  }
});

// build/src/k8s/complete.js
var has = (o, ...path) => {
  let v = o;
  for (const k of path)
    v = isRecord(v) ? v[k] : void 0;
  return v !== void 0 && v !== null;
};
function missingToCreate(r) {
  const o = r.object;
  const need = (paths) => paths.filter((p) => !has(o, ...p)).map((p) => p.join("."));
  switch (r.kind) {
    case "StatefulSet":
      return need([["spec", "selector"], ["spec", "template"]]);
    case "Service": {
      const spec = isRecord(o.spec) ? o.spec : {};
      if (spec.type === "ExternalName")
        return need([["spec", "externalName"]]);
      if (spec.clusterIP === "None")
        return [];
      return Array.isArray(spec.ports) && spec.ports.length > 0 ? [] : ["spec.ports"];
    }
    case "PersistentVolumeClaim":
      return need([["spec", "accessModes"], ["spec", "resources", "requests", "storage"]]);
    case "PersistentVolume":
      return need([["spec", "capacity"], ["spec", "accessModes"]]);
    case "StorageClass":
      return need([["provisioner"]]);
    default:
      return [];
  }
}
function patchShaped(r) {
  const o = r.object;
  switch (r.kind) {
    case "StatefulSet": {
      const labels = isRecord(o.spec) && isRecord(o.spec.template) && isRecord(o.spec.template.metadata) ? o.spec.template.metadata.labels : void 0;
      return !has(o, "spec", "selector") && !(isRecord(labels) && Object.keys(labels).length > 0);
    }
    case "Service":
      return !has(o, "spec", "selector") && !has(o, "spec", "ports");
    case "PersistentVolumeClaim":
      return !has(o, "spec", "accessModes") && !has(o, "spec", "resources", "requests", "storage");
    case "PersistentVolume":
      return !has(o, "spec", "capacity") && !has(o, "spec", "accessModes");
    case "StorageClass":
      return !has(o, "provisioner");
    default:
      return false;
  }
}

// build/rules/lint-rendered-output.js
var shell = (s) => /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
var lint_rendered_output_default = defineRule({
  meta: {
    id: "lint-rendered-output",
    severity: "info",
    category: "practice",
    description: "Point out kustomizations, Helm charts and patches, whose rendered output is what gets applied",
    messages: {
      kustomization: "stsplan checks the files as they are written; kustomize changes the objects before they are applied (patches, namespace, name prefixes, labels)",
      kustomizationWithPatches: "stsplan checks the files as they are written, and {{patchFiles}} (fields, types and values; required fields come from what it patches); kustomize changes the objects before they are applied (patches, namespace, name prefixes, labels)",
      helmChart: "the templates of this chart are Go templates, not YAML until Helm renders them, so stsplan does not read them",
      helmTemplate: "a Go template of a Helm chart, not YAML until Helm renders it: stsplan does not read it",
      probablePatch: "lacks {{missing}}, which the API server requires to create it, so applied on its own it is rejected; it looks like a kustomize patch of the {{kind}} defined in full in {{file}}, and is checked as a partial object"
    }
  },
  check(ctx) {
    const charts = /* @__PURE__ */ new Set();
    for (const source of ctx.sources) {
      if (source.kind === "kustomization") {
        const dir = source.resource.name;
        const k = source.resource.object;
        const patches = source.patches.length;
        const key2 = ["patches", "patchesStrategicMerge", "patchesJson6902"].find((p) => p in k);
        ctx.report({
          resource: source.resource,
          path: key2 ? [key2] : [],
          key: key2 !== void 0,
          ...patches ? { messageId: "kustomizationWithPatches", data: { patchFiles: patches === 1 ? "the patch file listed here as a partial object" : `the ${patches} patch files listed here as partial objects` } } : { messageId: "kustomization" },
          hint: `lint what is applied: kubectl kustomize ${shell(dir)} | stsplan lint -`
        });
      } else if (source.kind === "helm-chart") {
        charts.add(source.dir);
        ctx.report({
          resource: source.resource,
          path: "name" in source.resource.object ? ["name"] : [],
          messageId: "helmChart",
          hint: `lint what is applied: helm template my-release ${shell(source.dir || ".")} -f values.yaml | stsplan lint -`
        });
      }
    }
    for (const source of ctx.sources) {
      if (source.kind !== "helm-template" || charts.has(source.dir))
        continue;
      charts.add(source.dir);
      ctx.report({
        resource: source.resource,
        path: [],
        messageId: "helmTemplate",
        hint: `lint what is applied: helm template my-release ${shell(source.dir || ".")} | stsplan lint -`
      });
    }
    for (const r of ctx.index.all) {
      if (r.partial !== "probable" || !r.reportable || !r.patchOf)
        continue;
      const whole = r.patchOf;
      const missing = missingToCreate(r);
      ctx.report({
        resource: r,
        path: ["metadata", "name"],
        severity: "warning",
        messageId: "probablePatch",
        data: { missing: missing.join(" and "), kind: r.kind, file: whole.file.path },
        hint: "lint the rendered overlay (kubectl kustomize DIR | stsplan lint -), or include the kustomization that lists this patch",
        related: [{ resource: whole, path: ["metadata", "name"], message: `${r.kind} ${r.name} in full` }]
      });
    }
  }
});

// build/rules/max-unavailable-ignored.js
var max_unavailable_ignored_default = defineRule({
  meta: {
    id: "max-unavailable-ignored",
    severity: "warning",
    category: "runtime",
    description: "Point out rollingUpdate.maxUnavailable where the target version drops it (MaxUnavailableStatefulSet off)",
    messages: {
      dropped: "maxUnavailable is dropped by the API server on Kubernetes {{version}} (feature gate MaxUnavailableStatefulSet is off): rolling updates replace one pod at a time"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      for (const d of admitted(r, ctx).dropped) {
        if (d.entry.gate !== "MaxUnavailableStatefulSet")
          continue;
        ctx.report({
          resource: r,
          path: d.path,
          messageId: "dropped",
          data: { version: ctx.options.kubeVersion.text },
          hint: "remove the field, or enable the gate on the control plane (and pass --feature-gates MaxUnavailableStatefulSet=true)"
        });
      }
    }
  }
});

// build/rules/metadata-invalid.js
var TYPES2 = ["required", "invalid", "tooLong"];
var KINDS = ["StatefulSet", "Service", "StorageClass", "PersistentVolumeClaim", "PersistentVolume", "PodDisruptionBudget"];
var metadata_invalid_default = defineRule({
  meta: {
    id: "metadata-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow object names, namespaces, labels and annotations that the API server rejects",
    messages: fieldErrorMessages(TYPES2)
  },
  check(ctx) {
    for (const kind of KINDS) {
      for (const r of ctx.targets(kind)) {
        for (const p of objectMeta(kind, r.object)) {
          const hint2 = p.path.join(".") === "metadata.name" && kind === "Service" ? "Service names must start with a letter (DNS-1035)" : void 0;
          const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES2);
          ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail }, ...hint2 ? { hint: hint2 } : {} });
        }
      }
    }
  }
});

// build/rules/missing-readiness-probe.js
var missing_readiness_probe_default = defineRule({
  meta: {
    id: "missing-readiness-probe",
    severity: "warning",
    category: "runtime",
    description: "Require a readiness probe where the StatefulSet controller waits for one pod to be Ready before it moves to the next",
    messages: {
      createsNextPod: 'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller creates the next pod at that moment',
      createsAndReplacesNextPod: 'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller creates the next pod and replaces the next one in a rolling update at that moment',
      replacesNextPod: 'no container has a readinessProbe, so a pod is Ready as soon as "{{container}}" is running, not when it can serve: the controller replaces the next pod in a rolling update at that moment'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      if (replicasOf(sts) < 2)
        continue;
      const ordered = podManagementPolicyOf(sts) === "OrderedReady";
      const rolling = (sts.spec?.updateStrategy?.type ?? "RollingUpdate") === "RollingUpdate";
      if (!ordered && !rolling)
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const containers2 = records(tpl.spec.containers);
      if (containers2.length === 0)
        continue;
      if (containers2.some(([c]) => c.readinessProbe !== void 0))
        continue;
      if (records(tpl.spec.initContainers).some(([c]) => c.restartPolicy === "Always" && c.readinessProbe !== void 0))
        continue;
      const [first, i] = containers2[0];
      ctx.report({
        resource: r,
        path: [...tpl.path, "spec", "containers", i, "name"],
        messageId: ordered ? rolling ? "createsAndReplacesNextPod" : "createsNextPod" : "replacesNextPod",
        data: { container: String(first.name) },
        hint: "add a readinessProbe that checks the service is ready to join its peers"
      });
    }
  }
});

// build/rules/name-too-long.js
var MAX_HASH = 10;
var name_too_long_default = defineRule({
  meta: {
    id: "name-too-long",
    severity: "error",
    category: "failed-create",
    description: "Disallow StatefulSet and claim template names whose derived pod, label and PVC names break Kubernetes limits",
    // One id per derived name, by the limit it breaks.
    messages: {
      podName: 'pod name "{{pod}}" (highest ordinal) is {{length}} characters, over the {{max}} of a hostname: that pod fails to create',
      revisionHashLabel: 'StatefulSet name is {{length}} characters: the controller-revision-hash label "{{name}}-<hash>" can exceed {{max}} characters, and then every pod fails to create (kubernetes/kubernetes#64023)',
      volumeName: 'claim template name "{{template}}" is {{length}} characters: it becomes a pod volume name, which must be a DNS label of at most {{max}}',
      pvcName: 'PVC name "{{start}}\u2026" is {{length}} characters, over {{max}}: PVC creation fails'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const name2 = r.name;
      if (!name2)
        continue;
      const highest = startOrdinalOf(sts) + Math.max(replicasOf(sts), 1) - 1;
      const pod = `${name2}-${highest}`;
      if (pod.length > DNS1123_LABEL_MAX) {
        ctx.report({
          resource: r,
          path: ["metadata", "name"],
          messageId: "podName",
          data: { pod, length: pod.length, max: DNS1123_LABEL_MAX },
          hint: `shorten the StatefulSet name to at most ${DNS1123_LABEL_MAX - 1 - String(highest).length} characters`
        });
      } else if (name2.length + 1 + MAX_HASH > LABEL_VALUE_MAX) {
        ctx.report({
          resource: r,
          path: ["metadata", "name"],
          messageId: "revisionHashLabel",
          data: { name: name2, length: name2.length, max: LABEL_VALUE_MAX },
          hint: `shorten the name to at most ${LABEL_VALUE_MAX - 1 - MAX_HASH} characters`
        });
      }
      for (const [t, i] of claimTemplatesOf(sts)) {
        const tname = claimTemplateName(t);
        if (!tname)
          continue;
        const pvc = `${tname}-${pod}`;
        if (tname.length > DNS1123_LABEL_MAX) {
          ctx.report({
            resource: r,
            path: ["spec", "volumeClaimTemplates", i, "metadata", "name"],
            messageId: "volumeName",
            data: { template: tname, length: tname.length, max: DNS1123_LABEL_MAX },
            hint: "shorten the claim template name"
          });
        } else if (pvc.length > DNS1123_SUBDOMAIN_MAX) {
          ctx.report({
            resource: r,
            path: ["spec", "volumeClaimTemplates", i, "metadata", "name"],
            messageId: "pvcName",
            data: { start: pvc.slice(0, 40), length: pvc.length, max: DNS1123_SUBDOMAIN_MAX },
            hint: "shorten the claim template or StatefulSet name"
          });
        }
      }
    }
  }
});

// build/rules/partition-out-of-range.js
var partition_out_of_range_default = defineRule({
  meta: {
    id: "partition-out-of-range",
    severity: "info",
    category: "practice",
    description: "Point out a rollingUpdate.partition greater than replicas, which holds every pod at its revision",
    messages: {
      partitionAboveReplicas: "partition {{partition}} is greater than replicas {{replicas}}: a new template reaches no pod until the partition is lowered (a staged rollout holding every pod; kubectl rollout status still reports it complete)"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition;
      const replicas = replicasOf(sts);
      if (typeof partition !== "number" || partition <= replicas)
        continue;
      ctx.report({
        resource: r,
        path: ["spec", "updateStrategy", "rollingUpdate", "partition"],
        messageId: "partitionAboveReplicas",
        data: { partition, replicas },
        hint: `if no rollout is being staged, lower the partition (0 updates every pod)`,
        related: sts.spec?.replicas !== void 0 ? [{ resource: r, path: ["spec", "replicas"], message: `replicas: ${replicas}` }] : []
      });
    }
  }
});

// build/src/k8s/revision.js
function goJson(value) {
  const sorted = (v) => {
    if (Array.isArray(v))
      return v.map(sorted);
    if (v && typeof v === "object") {
      const out = {};
      for (const k of Object.keys(v).sort())
        setOwn(out, k, sorted(v[k]));
      return out;
    }
    return v;
  };
  return JSON.stringify(sorted(value)).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function fnv1(bytes) {
  let h = 2166136261;
  for (const b of bytes) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h;
}
var ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
function safeEncode(s) {
  let out = "";
  for (const ch of s)
    out += ALPHANUMS[ch.codePointAt(0) % ALPHANUMS.length];
  return out;
}
function revisionData(template) {
  return goJson({ spec: { template: { ...defaultPodTemplate(template), $patch: "replace" } } });
}
function revisionName(setName, template, collisionCount = 0) {
  const data = new TextEncoder().encode(revisionData(template) + String(collisionCount));
  return `${setName.slice(0, 223)}-${safeEncode(String(fnv1(data)))}`;
}

// build/src/k8s/pod-labels.js
var POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
var POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
var REVISION_LABEL = "controller-revision-hash";
function termsOfMap(selector) {
  return { keys: new Set(Object.keys(selector)), values: Object.values(selector) };
}
function termsOfLabelSelector(selector) {
  const matchLabels = asLabels(selector?.matchLabels);
  const keys = new Set(Object.keys(matchLabels));
  const values = Object.values(matchLabels);
  for (const req of Array.isArray(selector?.matchExpressions) ? selector.matchExpressions : []) {
    if (!req || typeof req !== "object")
      continue;
    if (typeof req.key === "string")
      keys.add(req.key);
    if (Array.isArray(req.values)) {
      for (const v of req.values)
        if (typeof v === "string")
          values.push(v);
    }
  }
  return { keys, values };
}
function statefulSetPodsSelected(set2, terms, selects, gates2) {
  const tpl = podTemplateOf(set2);
  const plain = !terms.keys.has(POD_NAME_LABEL) && !terms.keys.has(POD_INDEX_LABEL) && !terms.keys.has(REVISION_LABEL);
  if (plain && !selects(tpl?.labels ?? {}))
    return { pods: Math.max(replicasOf(asStatefulSet(set2)), 1), count: 0, names: [], range: "" };
  const sts = asStatefulSet(set2);
  const start = gates2.StatefulSetStartOrdinal === false ? 0 : startOrdinalOf(sts);
  const pods = Math.max(replicasOf(sts), 1);
  const last = start + pods - 1;
  const name2 = (o) => `${set2.name}-${o}`;
  const range = pods === 1 ? name2(start) : `${name2(start)}..${name2(last)}`;
  const base = tpl?.labels ?? {};
  if (plain)
    return { pods, count: pods, names: [0, 1, 2].filter((i) => i < pods).map((i) => name2(start + i)), range };
  let revision;
  const labelsOf = (ordinal) => {
    const labels = { ...base, [POD_NAME_LABEL]: name2(ordinal) };
    if (gates2.PodIndexLabel !== false)
      labels[POD_INDEX_LABEL] = String(ordinal);
    if (terms.keys.has(REVISION_LABEL) && tpl)
      labels[REVISION_LABEL] = revision ??= revisionName(set2.name, tpl.template);
    return labels;
  };
  const mentioned = /* @__PURE__ */ new Set();
  const prefix = `${set2.name}-`;
  for (const v of terms.values) {
    const digits = v.startsWith(prefix) ? v.slice(prefix.length) : v;
    if (!/^\d{1,10}$/.test(digits))
      continue;
    const o = Number(digits);
    if (o >= start && o <= last)
      mentioned.add(o);
  }
  const selected = [...mentioned].filter((o) => selects(labelsOf(o))).sort((a, b) => a - b);
  let count2 = selected.length;
  const rest = pods - mentioned.size;
  let restSelected = false;
  if (rest > 0) {
    let o = start;
    while (mentioned.has(o))
      o++;
    restSelected = selects(labelsOf(o));
    if (restSelected)
      count2 += rest;
  }
  const first = [...selected];
  if (restSelected) {
    for (let o = start, n = 0; o <= last && n < 3; o++) {
      if (mentioned.has(o))
        continue;
      first.push(o);
      n++;
    }
  }
  const names2 = first.sort((a, b) => a - b).slice(0, 3).map(name2);
  return { pods, count: count2, names: names2, range };
}
function selectionText(s) {
  return s.names.join(", ") + (s.count > s.names.length ? ` and ${s.count - s.names.length} more` : "");
}

// build/rules/pdb-blocks-disruption.js
function scaled(v, total) {
  if (typeof v === "number")
    return v;
  return Math.ceil(Number(v.slice(0, -1)) * total / 100);
}
var pdb_blocks_disruption_default = defineRule({
  meta: {
    id: "pdb-blocks-disruption",
    severity: "warning",
    category: "runtime",
    description: "Disallow PodDisruptionBudgets that allow no voluntary disruption of the StatefulSet pods they select",
    messages: {
      maxUnavailableZero: "maxUnavailable 0 allows no voluntary disruption: node drains and cluster upgrades block until someone deletes this budget",
      maxUnavailableCountsAllReplicas: "allows no voluntary disruption of {{sets}}: the disruption controller measures maxUnavailable {{maxUnavailable}} against all {{replicas}} replicas, so it wants {{desired}} healthy, but only {{pods}} of them are selected, so node drains and cluster upgrades block until someone deletes this budget",
      maxUnavailableNoneToSpare: "allows no voluntary disruption of {{sets}}: maxUnavailable {{maxUnavailable}} of {{replicas}} leaves none to spare, so node drains and cluster upgrades block until someone deletes this budget",
      minAvailableAllPods: "allows no voluntary disruption of {{sets}}: minAvailable {{minAvailable}} with {{pods}} selected pods, so node drains and cluster upgrades block until someone deletes this budget",
      minAvailableRoundsUp: "allows no voluntary disruption of {{sets}}: minAvailable {{minAvailable}} of {{replicas}} replicas rounds up to {{desired}}, with {{pods}} selected pods, so node drains and cluster upgrades block until someone deletes this budget"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("PodDisruptionBudget")) {
      const spec = r.object.spec;
      if (!spec)
        continue;
      const max = spec.maxUnavailable;
      if (max === 0 || max === "0%") {
        ctx.report({
          resource: r,
          path: ["spec", "maxUnavailable"],
          messageId: "maxUnavailableZero",
          hint: "use maxUnavailable: 1"
        });
        continue;
      }
      const min = spec.minAvailable;
      const valid = (v) => typeof v === "number" || typeof v === "string" && /^\d+%$/.test(v);
      if (!valid(max) && !valid(min))
        continue;
      const terms = termsOfLabelSelector(spec.selector);
      const selected = [];
      for (const s of ctx.index.below(r).inNamespace("StatefulSet", ctx.index.namespaceOf(r))) {
        const replicas = replicasOf(asStatefulSet(s));
        if (replicas < 1)
          continue;
        const selection = statefulSetPodsSelected(s, terms, (labels) => selectorMatches(spec.selector, labels), ctx.options.featureGates);
        if (selection.count > 0)
          selected.push({ set: s, replicas, selection });
      }
      if (selected.length === 0)
        continue;
      selected.sort((a, b) => a.set.name < b.set.name ? -1 : a.set.name > b.set.name ? 1 : a.set.file.path < b.set.file.path ? -1 : 1);
      const pods = selected.reduce((n, x) => n + x.selection.count, 0);
      const scale = selected.reduce((n, x) => n + x.replicas, 0);
      let desired;
      let field;
      let why;
      if (valid(max)) {
        field = "maxUnavailable";
        desired = scale - scaled(max, scale);
        why = scale > pods ? { messageId: "maxUnavailableCountsAllReplicas", data: { maxUnavailable: max, replicas: scale, desired, pods } } : { messageId: "maxUnavailableNoneToSpare", data: { maxUnavailable: max, replicas: scale } };
      } else {
        field = "minAvailable";
        const total = typeof min === "number" ? pods : scale;
        desired = scaled(min, total);
        why = typeof min === "number" ? { messageId: "minAvailableAllPods", data: { minAvailable: min, pods } } : { messageId: "minAvailableRoundsUp", data: { minAvailable: String(min), replicas: scale, desired, pods } };
      }
      if (pods - desired > 0)
        continue;
      const sets = selected.map((x) => x.selection.count === x.replicas ? `StatefulSet "${x.set.name}" (${x.replicas} replicas)` : `${selectionText(x.selection)} of StatefulSet "${x.set.name}"`).join(", ");
      ctx.report({
        resource: r,
        path: ["spec", field],
        messageId: why.messageId,
        data: { ...why.data, sets },
        hint: field === "minAvailable" ? `use minAvailable: ${Math.max(pods - 1, 0)} or maxUnavailable: 1` : "select all pods of the StatefulSet with one budget (its spec.selector) and maxUnavailable: 1",
        related: selected.map((x) => ({ resource: x.set, path: ["spec", "replicas"], message: `replicas: ${x.replicas}` }))
      });
    }
  }
});

// build/rules/pdb-missing.js
var pdb_missing_default = defineRule({
  meta: {
    id: "pdb-missing",
    severity: "warning",
    category: "runtime",
    description: "Require a PodDisruptionBudget that selects the pods of a replicated StatefulSet",
    messages: {
      noBudget: "no PodDisruptionBudget selects the pods of this StatefulSet ({{replicas}} replicas): a node drain may evict several members of the quorum at once",
      partlyCovered: "PodDisruptionBudgets select only {{selected}} of {{range}}: a node drain may evict the others together"
    }
  },
  check(ctx) {
    const gathered = /* @__PURE__ */ new Map();
    const budgets = (scope, ns) => {
      let byNs = gathered.get(scope);
      if (!byNs)
        gathered.set(scope, byNs = /* @__PURE__ */ new Map());
      let b = byNs.get(ns);
      if (!b) {
        const selectors = scope.inNamespace("PodDisruptionBudget", ns).map((p) => p.object.spec?.selector).filter((s) => s !== void 0 && s !== null);
        const terms = { keys: /* @__PURE__ */ new Set(), values: [] };
        for (const s of selectors) {
          const t = termsOfLabelSelector(s);
          for (const k of t.keys)
            terms.keys.add(k);
          terms.values.push(...t.values);
        }
        byNs.set(ns, b = { selectors, terms });
      }
      return b;
    };
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const replicas = replicasOf(sts);
      if (replicas < 2)
        continue;
      if (!podTemplateOf(r))
        continue;
      const { selectors, terms } = budgets(ctx.index.visibleFrom(r), ctx.index.namespaceOf(r));
      const covered = statefulSetPodsSelected(r, terms, (labels) => selectors.some((s) => selectorMatches(s, labels)), ctx.options.featureGates);
      if (covered.count === covered.pods)
        continue;
      ctx.report({
        resource: r,
        path: ["metadata", "name"],
        ...covered.count === 0 ? { messageId: "noBudget", data: { replicas } } : { messageId: "partlyCovered", data: { selected: selectionText(covered), range: covered.range } },
        hint: "add a policy/v1 PodDisruptionBudget with `maxUnavailable: 1` and the StatefulSet's selector"
      });
    }
  }
});

// build/rules/pdb-spec-invalid.js
var TYPES3 = ["required", "invalid", "forbidden", "notSupported"];
var pdb_spec_invalid_default = defineRule({
  meta: {
    id: "pdb-spec-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow PodDisruptionBudgets that the API server rejects",
    messages: fieldErrorMessages(TYPES3)
  },
  check(ctx) {
    for (const r of ctx.targets("PodDisruptionBudget")) {
      for (const p of pdbSpec(admittedAs(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES3);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail }, ...p.hint ? { hint: p.hint } : {} });
      }
    }
  }
});

// build/src/k8s/peers.js
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var END = "(?![A-Za-z0-9_-])";
var START = "(?<![A-Za-z0-9_.$/-])";
function peerMentions(text2, setName, service) {
  if (!text2 || !service)
    return [];
  const out = [];
  const svc = escape(service);
  const pod = new RegExp(`(?<![A-Za-z0-9_.$-])${escape(setName)}-(\\d{1,9})\\.${svc}${END}`, "g");
  for (const m of text2.matchAll(pod))
    out.push({ kind: "pod", text: m[0], ordinal: Number(m[1]) });
  const templated = new RegExp(`(?:\\$\\([A-Za-z_][A-Za-z0-9_]*\\)|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*)\\.${svc}${END}`, "g");
  for (const m of text2.matchAll(templated))
    out.push({ kind: "templated", text: m[0] });
  const forms = [
    // <service>.<namespace>.svc (the namespace literal or a variable)
    `${START}${svc}\\.(?:[a-z0-9-]+|\\$\\([A-Za-z_][A-Za-z0-9_]*\\)|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})\\.svc${END}`,
    // <service>:<port> and scheme://<service>
    `${START}${svc}:\\d{1,5}${END}`,
    `//${svc}(?=[:/]|$|[^A-Za-z0-9_.-])`,
    // peer-finder -service=<service> (an SRV lookup of the Service)
    `(?<![A-Za-z0-9_-])--?service[= ]["']?${svc}["']?(?![A-Za-z0-9_.-])`,
    // _<port>._<proto>.<service>
    `_[a-z0-9-]+\\._(?:tcp|udp|sctp)\\.${svc}${END}`
  ];
  for (const f of forms)
    for (const m of text2.matchAll(new RegExp(f, "g")))
      out.push({ kind: "service", text: m[0] });
  return out;
}
var strings2 = (v) => Array.isArray(v) ? v.filter((s) => typeof s === "string") : [];
function probeText(p) {
  if (!isRecord(p))
    return "";
  const parts = [];
  if (isRecord(p.exec))
    parts.push(...strings2(p.exec.command));
  if (isRecord(p.httpGet)) {
    for (const v of [p.httpGet.host, p.httpGet.path])
      if (typeof v === "string")
        parts.push(v);
  }
  if (isRecord(p.tcpSocket) && typeof p.tcpSocket.host === "string")
    parts.push(p.tcpSocket.host);
  return parts.join(" ");
}
function containerTexts(podSpec2, podSpecPath) {
  const out = [];
  for (const field of ["initContainers", "containers"]) {
    for (const [c, i] of records(podSpec2[field])) {
      const name2 = typeof c.name === "string" ? c.name : String(i);
      for (const key2 of ["command", "args"]) {
        const list2 = c[key2];
        if (!Array.isArray(list2))
          continue;
        list2.forEach((s, j) => {
          if (typeof s === "string")
            out.push({ text: s, path: [...podSpecPath, field, i, key2, j], container: name2 });
        });
      }
      for (const [e, j] of records(c.env))
        if (typeof e.value === "string")
          out.push({ text: e.value, path: [...podSpecPath, field, i, "env", j, "value"], container: name2 });
    }
  }
  return out;
}

// build/rules/peer-dns-before-ready.js
var TOLERATE = "service.alpha.kubernetes.io/tolerate-unready-endpoints";
var peer_dns_before_ready_default = defineRule({
  meta: {
    id: "peer-dns-before-ready",
    severity: "warning",
    category: "runtime",
    description: "Require publishNotReadyAddresses on the headless Service of pods that start in parallel and look each other up by name",
    messages: {
      parallel: `container "{{container}}" names its peers by DNS ({{peer}}), and with podManagementPolicy Parallel the pods start together, but Service "{{service}}" does not set publishNotReadyAddresses: a peer's name resolves only once that peer is Ready ({{gate}}), so until then the lookups fail{{annotation}}`
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      if (podManagementPolicyOf(sts) !== "Parallel" || replicasOf(sts) < 2)
        continue;
      const gov = governingService(ctx.index, r);
      if (!gov?.service)
        continue;
      const svc = asService(gov.service);
      if (svc.spec?.clusterIP !== "None" || svc.spec.publishNotReadyAddresses === true)
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const probed = records(tpl.spec.containers).find(([c]) => c.readinessProbe !== void 0 || c.startupProbe !== void 0);
      const inits = records(tpl.spec.initContainers).length > 0;
      if (!probed && !inits)
        continue;
      for (const t of containerTexts(tpl.spec, [...tpl.path, "spec"])) {
        const m = peerMentions(t.text, r.name, gov.name)[0];
        if (!m)
          continue;
        const gate = probed ? `container "${String(probed[0].name ?? probed[1])}" has a ${probed[0].readinessProbe !== void 0 ? "readinessProbe" : "startupProbe"}` : "not before its init containers finish";
        const annotated = svc.metadata?.annotations?.[TOLERATE] !== void 0;
        ctx.report({
          resource: r,
          path: t.path,
          messageId: "parallel",
          data: { container: t.container, peer: m.text, service: gov.name, gate, annotation: annotated ? `; the annotation ${TOLERATE} is ignored (the EndpointSlice and Endpoints controllers read only spec.publishNotReadyAddresses)` : "" },
          hint: `set publishNotReadyAddresses: true on Service "${gov.name}": each pod's name then resolves as soon as it has an IP`,
          related: [{ resource: gov.service, path: ["spec"], key: true, message: "no publishNotReadyAddresses: true here" }]
        });
        break;
      }
    }
  }
});

// build/rules/peer-probe-deadlock.js
var peer_probe_deadlock_default = defineRule({
  meta: {
    id: "peer-probe-deadlock",
    severity: "error",
    category: "runtime",
    description: "Disallow readiness probes that need peers which cannot be Ready or exist before the probing pod is Ready",
    messages: {
      laterPod: 'the {{probe}} of container "{{container}}" needs {{peer}}, but with podManagementPolicy OrderedReady the controller creates {{later}} only after {{first}} is Ready: {{first}} never becomes Ready and no further pod is created',
      serviceName: 'the {{probe}} of container "{{container}}" looks up {{peer}}, the headless Service "{{service}}", which has an address only for Ready pods (it does not set publishNotReadyAddresses): while no pod is Ready the name does not resolve, so no pod ever becomes Ready'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const gov = governingService(ctx.index, r);
      if (!gov)
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const ordered = podManagementPolicyOf(sts) === "OrderedReady";
      const first = startOrdinalOf(sts);
      const svc = gov.service ? asService(gov.service).spec : void 0;
      const headlessUnpublished = !!gov.service && svc?.clusterIP === "None" && svc.publishNotReadyAddresses !== true && svc.type !== "ExternalName";
      for (const [c, i] of records(tpl.spec.containers)) {
        for (const key2 of ["readinessProbe", "startupProbe"]) {
          const text2 = probeText(c[key2]);
          if (!text2 || text2.includes("||"))
            continue;
          const mentions = peerMentions(text2, r.name, gov.name);
          if (mentions.length === 0)
            continue;
          const base = { resource: r, path: [...tpl.path, "spec", "containers", i, key2], key: true };
          const probe2 = key2 === "readinessProbe" ? "readinessProbe" : "startupProbe";
          const container = String(c.name ?? i);
          const later = mentions.filter((m) => m.kind === "pod" && m.ordinal > first && m.ordinal < first + replicasOf(sts));
          const self = mentions.some((m) => m.kind === "pod" && m.ordinal === first || m.kind === "templated");
          if (ordered && later.length && !self) {
            const m = later[0];
            ctx.report({
              ...base,
              messageId: "laterPod",
              data: { probe: probe2, container, peer: m.text, later: `${r.name}-${m.ordinal}`, first: `${r.name}-${first}` },
              hint: "probe only the pod itself (localhost), or set podManagementPolicy: Parallel so all pods start together (and publishNotReadyAddresses: true on the Service so they find each other)"
            });
            continue;
          }
          const service = mentions.find((m) => m.kind === "service");
          if (service && headlessUnpublished) {
            ctx.report({
              ...base,
              messageId: "serviceName",
              data: { probe: probe2, container, peer: service.text, service: gov.name },
              hint: `probe only the pod itself (localhost), or set publishNotReadyAddresses: true on Service "${gov.name}"`,
              related: [{ resource: gov.service, path: ["spec"], key: true, message: "no publishNotReadyAddresses: true here" }]
            });
          }
        }
      }
    }
  }
});

// build/rules/pod-anti-affinity-missing.js
function describeSelector(s) {
  if (!s)
    return "no labelSelector (it selects no pods)";
  const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions ?? [])
    parts.push(`${e.key} ${e.operator}${e.values?.length ? ` (${e.values.join(", ")})` : ""}`);
  return parts.length ? parts.join(", ") : "an empty labelSelector";
}
var pod_anti_affinity_missing_default = defineRule({
  meta: {
    id: "pod-anti-affinity-missing",
    severity: "warning",
    category: "runtime",
    description: "Require replicated StatefulSets to spread their pods across hosts or zones",
    messages: {
      termMissesPods: "{{replicas}} replicas, and {{term}} selects {{selector}}, which the set's own pods (labels {{labels}}) do not match: it does not keep them apart, so several members can land on one node and fail together",
      noSpread: "{{replicas}} replicas with no pod anti-affinity or topology spread over hosts or zones: several members can land on one node and fail together"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      if (replicasOf(sts) < 2)
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const spec = [...tpl.path, "spec"];
      const anti = tpl.spec.affinity?.podAntiAffinity;
      const terms = [
        ...records(anti?.requiredDuringSchedulingIgnoredDuringExecution).map(([t, i]) => ({ what: "the required podAntiAffinity term", path: [...spec, "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", i], topologyKey: t.topologyKey, selector: t.labelSelector })),
        ...records(anti?.preferredDuringSchedulingIgnoredDuringExecution).map(([w, i]) => ({ what: "the preferred podAntiAffinity term", path: [...spec, "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i, "podAffinityTerm"], topologyKey: w.podAffinityTerm?.topologyKey, selector: w.podAffinityTerm?.labelSelector })),
        ...records(tpl.spec.topologySpreadConstraints).map(([c, i]) => ({ what: "the topologySpreadConstraint", path: [...spec, "topologySpreadConstraints", i], topologyKey: c.topologyKey, selector: c.labelSelector }))
      ];
      const spreads = (t) => typeof t.topologyKey === "string" && t.topologyKey !== "" && selectorMatches(t.selector, tpl.labels);
      if (terms.some(spreads))
        continue;
      const missed = terms.find((t) => !selectorMatches(t.selector, tpl.labels));
      if (missed) {
        ctx.report({
          resource: r,
          path: missed.selector ? [...missed.path, "labelSelector"] : missed.path,
          key: !missed.selector,
          messageId: "termMissesPods",
          data: { replicas: replicasOf(sts), term: missed.what, selector: describeSelector(missed.selector), labels: formatLabels(tpl.labels) },
          hint: `select the pod template's labels in the term (e.g. matchLabels: {${Object.entries(tpl.labels).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(", ")}})`
        });
        continue;
      }
      ctx.report({
        resource: r,
        path: spec,
        key: true,
        messageId: "noSpread",
        data: { replicas: replicasOf(sts) },
        hint: "add a preferred podAntiAffinity term (topologyKey: kubernetes.io/hostname) or a topologySpreadConstraint selecting the pod labels"
      });
    }
  }
});

// build/src/k8s/validate-container.js
var name = (p) => fieldName(p);
var keyed = (p, key2) => `${name(p)}[${key2}]`;
var invalid2 = (loc, value, detail, field = name(loc)) => ({ path: loc, message: fieldError.invalid(field, value, detail) });
var forbidden2 = (loc, detail, field = name(loc)) => ({ path: loc, message: fieldError.forbidden(field, detail) });
var duplicate2 = (loc, value, field = name(loc)) => ({ path: loc, message: fieldError.duplicate(field, value) });
var unsupported = (loc, value, values, field = name(loc)) => ({ path: loc, message: fieldError.unsupported(field, value, values) });
var required2 = (obj, key2, p, detail = "") => {
  const present2 = isRecord(obj) && Object.hasOwn(obj, key2);
  return { path: present2 ? [...p, key2] : p, key: !present2, message: fieldError.required(name([...p, key2]), detail) };
};
var regexError = (msg, fmt, ...examples) => `${msg} (e.g. ${examples.map((e) => `'${e}', `).join("or ")}regex used for validation is '${fmt}')`;
function chDirPrefix(v) {
  if (v === ".")
    return ["must not be '.'"];
  if (v === "..")
    return ["must not be '..'"];
  if (v.startsWith(".."))
    return ["must not start with '..'"];
  return [];
}
function envVarName(v, relaxed) {
  if (relaxed) {
    const errs2 = [];
    if (v.length === 0)
      errs2.push("environment variable name must be non-empty");
    if ([...v].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) > 126 || c === "=")) {
      errs2.push("a valid environment variable name must consist only of printable ASCII characters other than '='");
    }
    return errs2;
  }
  const errs = [];
  if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(v)) {
    errs.push(regexError("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit", "[-._a-zA-Z][-._a-zA-Z0-9]*", "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
  }
  return [...errs, ...chDirPrefix(v)];
}
function configMapKey(v) {
  const errs = [];
  if (v.length > 253)
    errs.push("must be no more than 253 characters");
  if (!/^[-._a-zA-Z0-9]+$/.test(v))
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", "[-._a-zA-Z0-9]+", "key.name", "KEY_NAME", "key-name"));
  return [...errs, ...chDirPrefix(v)];
}
var subdomainName = (v, prefix) => dns1123Subdomain(prefix && v.endsWith("-") ? `${v.slice(0, -1)}a` : v);
function localDescendingPath(loc, v, field) {
  const out = [];
  if (v.startsWith("/"))
    out.push(invalid2(loc, v, "must be a relative path", field));
  if (v.split("/").includes(".."))
    out.push(invalid2(loc, v, "must not contain '..'", field));
  return out;
}
function containerEnumProblems(spec, path, minor) {
  return enumProblems("PodSpec", spec, path, minor).filter((p) => {
    const first = p.entry.path[0];
    return Array.isArray(first) ? first.includes("containers") : first === "containers" || first === "initContainers";
  });
}
function enumProblem(p) {
  const drop = p.entry.messageDropsIndexAfter;
  let field = p.path;
  if (drop !== void 0) {
    const i = p.path.lastIndexOf(drop);
    if (i >= 0 && typeof p.path[i + 1] === "number")
      field = p.entry.messageNamesList ? p.path.slice(0, i + 1) : [...p.path.slice(0, i + 1), ...p.path.slice(i + 2)];
  }
  return { path: p.path, message: enumMessage(p, name(field)) };
}
function portNumOrName(loc, port) {
  if (typeof port === "number")
    return portNumber(port).map((e) => invalid2(loc, port, e));
  if (typeof port === "string")
    return ianaServiceName(port).map((e) => invalid2(loc, port, e));
  return [];
}
var httpHeaderName = (v) => /^[-A-Za-z0-9!#$%&'*+.^_`|~]+$/.test(v) ? [] : [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", "[-A-Za-z0-9]+", "X-Header-Name")];
function handler(h, p, kinds, gracePeriod, minor) {
  const out = [];
  let n = 0;
  for (const kind of kinds) {
    const v = h[kind];
    if (v === void 0)
      continue;
    const hp = [...p, kind];
    if (n > 0) {
      out.push(forbidden2(hp, "may not specify more than 1 handler type"));
      continue;
    }
    n++;
    if (!isRecord(v))
      continue;
    switch (kind) {
      case "exec":
        if (!Array.isArray(v.command) || v.command.length === 0)
          out.push(required2(v, "command", hp));
        break;
      case "httpGet":
        out.push(...portNumOrName([...hp, "port"], v.port));
        for (const [hdr] of records(v.httpHeaders)) {
          if (typeof hdr.name === "string")
            out.push(...httpHeaderName(hdr.name).map((e) => invalid2([...hp, "httpHeaders"], hdr.name, e)));
        }
        break;
      case "tcpSocket":
        out.push(...portNumOrName([...hp, "port"], v.port));
        break;
      case "grpc":
        if (typeof v.port === "number")
          out.push(...portNumber(v.port).map((e) => invalid2([...hp, "port"], v.port, e)));
        break;
      case "sleep": {
        const s = num(v.seconds);
        if (s === void 0)
          break;
        if (minor >= 33) {
          if (s < 0 || s > gracePeriod)
            out.push(invalid2(hp, s, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`));
        } else if (s <= 0 || s > gracePeriod) {
          out.push(invalid2(hp, s, `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`));
        }
        break;
      }
    }
  }
  if (n === 0)
    out.push({ path: p, message: fieldError.required(name(p), "must specify a handler type") });
  return out;
}
var PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
var LIFECYCLE_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"];
function probe(p, path, kind, gracePeriod, minor) {
  if (!isRecord(p))
    return [];
  const out = handler(p, path, PROBE_HANDLERS, gracePeriod, minor);
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"]) {
    const v = num(p[f]);
    if (v !== void 0 && v < 0)
      out.push(invalid2([...path, f], v, "must be greater than or equal to 0"));
  }
  const tgps = num(p.terminationGracePeriodSeconds);
  if (tgps !== void 0 && tgps <= 0)
    out.push(invalid2([...path, "terminationGracePeriodSeconds"], tgps, "must be greater than 0"));
  const st = num(p.successThreshold);
  if (kind !== "readinessProbe" && st !== void 0 && st !== 0 && st !== 1)
    out.push(invalid2([...path, "successThreshold"], st, "must be 1"));
  if (kind === "readinessProbe" && p.terminationGracePeriodSeconds !== void 0) {
    out.push(invalid2([...path, "terminationGracePeriodSeconds"], p.terminationGracePeriodSeconds, "must not be set for readinessProbes"));
  }
  return out;
}
function lifecycle(c, p, gracePeriod, minor) {
  const lc = c.lifecycle;
  if (!isRecord(lc))
    return [];
  const out = [];
  for (const h of ["postStart", "preStop"]) {
    if (isRecord(lc[h]))
      out.push(...handler(lc[h], [...p, "lifecycle", h], LIFECYCLE_HANDLERS, gracePeriod, minor));
  }
  return out;
}
function ports(c, p) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [port, j] of records(c.ports)) {
    const pp = [...p, "ports", j];
    if (typeof port.name === "string" && port.name !== "") {
      const errs = ianaServiceName(port.name);
      if (errs.length > 0)
        out.push(...errs.map((e) => invalid2([...pp, "name"], port.name, e)));
      else if (seen.has(port.name))
        out.push(duplicate2([...pp, "name"], port.name));
      else
        seen.add(port.name);
    }
    if (port.containerPort === 0)
      out.push(required2(port, "containerPort", pp));
    else if (typeof port.containerPort === "number")
      out.push(...portNumber(port.containerPort).map((e) => invalid2([...pp, "containerPort"], port.containerPort, e)));
    if (typeof port.hostPort === "number" && port.hostPort !== 0)
      out.push(...portNumber(port.hostPort).map((e) => invalid2([...pp, "hostPort"], port.hostPort, e)));
  }
  return out;
}
function hostPortConflicts(list2, base) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [c, i] of list2) {
    for (const [port, j] of records(c.ports)) {
      if (typeof port.hostPort !== "number" || port.hostPort === 0)
        continue;
      const key2 = `${port.protocol || "TCP"}/${str3(port.hostIP)}/${port.hostPort}`;
      if (seen.has(key2))
        out.push(duplicate2([...base, i, "ports", j, "hostPort"], key2));
      else
        seen.add(key2);
    }
  }
  return out;
}
var ENV_FIELD_PATHS = ["metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];
var POD_FIELD_LABELS = /* @__PURE__ */ new Set(["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"]);
var RESOURCE_FIELD_PATHS = ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];
var BYTE_DIVISORS = /* @__PURE__ */ new Set(["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"]);
function fieldRef(fs, p) {
  const apiVersion = str3(fs.apiVersion) || "v1";
  const fp = str3(fs.fieldPath);
  if (fp === "")
    return [required2(fs, "fieldPath", p)];
  const converting = (e) => [invalid2([...p, "fieldPath"], fp, `error converting fieldPath: ${e}`)];
  if (apiVersion !== "v1")
    return converting(`unsupported pod version: ${apiVersion}`);
  const sub = /^(.+)\['(.*)'\]$/.exec(fp);
  if (sub) {
    const [, bare, key2] = sub;
    if (bare !== "metadata.annotations" && bare !== "metadata.labels")
      return converting(`field label does not support subscript: ${fp}`);
    const k = bare === "metadata.annotations" ? key2.toLowerCase() : key2;
    return qualifiedName(k).map((e) => invalid2(p, k, e));
  }
  const label = fp === "spec.host" ? "spec.nodeName" : fp;
  if (!POD_FIELD_LABELS.has(label))
    return converting(`field label not supported: ${fp}`);
  if (!ENV_FIELD_PATHS.includes(label))
    return [unsupported([...p, "fieldPath"], label, [...ENV_FIELD_PATHS].sort())];
  return [];
}
function resourceFieldRef(fs, p) {
  const out = [];
  const r = str3(fs.resource);
  if (r === "")
    out.push(required2(fs, "resource", p));
  else if (!RESOURCE_FIELD_PATHS.includes(r) && !r.startsWith("requests.hugepages-") && !r.startsWith("limits.hugepages-")) {
    out.push(unsupported([...p, "resource"], r, RESOURCE_FIELD_PATHS));
  }
  if (fs.divisor !== void 0 && (typeof fs.divisor === "string" || typeof fs.divisor === "number") && parseQuantity(fs.divisor) !== 0) {
    const d = canonicalQuantity(fs.divisor);
    const dp = [...p, "divisor"];
    if ((r === "limits.cpu" || r === "requests.cpu") && d !== "1m" && d !== "1")
      out.push(invalid2(dp, r, "only divisor's values 1m and 1 are supported with the cpu resource"));
    const bytes = (kind) => invalid2(dp, r, `only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the ${kind} resource`);
    if ((r === "limits.memory" || r === "requests.memory") && !BYTE_DIVISORS.has(d))
      out.push(bytes("memory"));
    if ((r === "limits.ephemeral-storage" || r === "requests.ephemeral-storage") && !BYTE_DIVISORS.has(d))
      out.push(bytes("local ephemeral storage"));
    if ((r.startsWith("requests.hugepages-") || r.startsWith("limits.hugepages-")) && !BYTE_DIVISORS.has(d))
      out.push(bytes("hugepages"));
  }
  return out;
}
function keySelector(s, p) {
  const out = subdomainName(str3(s.name), false).map((e) => invalid2([...p, "name"], str3(s.name), e));
  const key2 = str3(s.key);
  if (key2 === "")
    out.push(required2(s, "key", p));
  else
    out.push(...configMapKey(key2).map((e) => invalid2([...p, "key"], key2, e)));
  return out;
}
function env(c, p, relaxed) {
  const out = [];
  for (const [ev, i] of records(c.env)) {
    const ep = [...p, "env", i];
    const n = str3(ev.name);
    if (n === "")
      out.push(required2(ev, "name", ep));
    else
      out.push(...envVarName(n, relaxed).map((e) => invalid2([...ep, "name"], n, e)));
    const vf = ev.valueFrom;
    if (!isRecord(vf))
      continue;
    const vp = [...ep, "valueFrom"];
    let sources = 0;
    if (isRecord(vf.fieldRef)) {
      sources++;
      out.push(...fieldRef(vf.fieldRef, [...vp, "fieldRef"]));
    }
    if (isRecord(vf.resourceFieldRef)) {
      sources++;
      out.push(...resourceFieldRef(vf.resourceFieldRef, [...vp, "resourceFieldRef"]));
    }
    for (const k of ["configMapKeyRef", "secretKeyRef"]) {
      if (!isRecord(vf[k]))
        continue;
      sources++;
      out.push(...keySelector(vf[k], [...vp, k]));
    }
    if (isRecord(vf.fileKeyRef))
      sources++;
    if (sources === 0)
      out.push(invalid2(vp, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
    else if (str3(ev.value) !== "")
      out.push(invalid2(vp, "", "may not be specified when `value` is not empty"));
    else if (sources > 1)
      out.push(invalid2(vp, "", "may not have more than one field specified at a time"));
  }
  return out;
}
function envFrom(c, p, relaxed) {
  const out = [];
  for (const [ef, i] of records(c.envFrom)) {
    const ip = [...p, "envFrom", i];
    const prefix = str3(ef.prefix);
    if (prefix !== "")
      out.push(...envVarName(prefix, relaxed).map((e) => invalid2([...ip, "prefix"], prefix, e)));
    let sources = 0;
    for (const k of ["configMapRef", "secretRef"]) {
      const ref = ef[k];
      if (!isRecord(ref))
        continue;
      sources++;
      const n = str3(ref.name);
      if (n === "")
        out.push(required2(ref, "name", [...ip, k]));
      else
        out.push(...subdomainName(n, true).map((e) => invalid2([...ip, k, "name"], n, e)));
    }
    const field = name([...p, "envFrom"]);
    if (sources === 0)
      out.push(invalid2(ip, "", "must specify one of: `configMapRef` or `secretRef`", field));
    else if (sources > 1)
      out.push(invalid2(ip, "", "may not have more than one field specified at a time", field));
  }
  return out;
}
function mountsAndDevices(c, p, minor) {
  const out = [];
  const devices = records(c.volumeDevices);
  const deviceNames = new Map(devices.map(([d]) => [str3(d.name), str3(d.devicePath)]));
  const devicePaths = new Set(devices.map(([d]) => str3(d.devicePath)));
  const mounts = records(c.volumeMounts);
  const mountNames = new Set(mounts.map(([m]) => str3(m.name)));
  const mountPaths = new Set(mounts.map(([m]) => str3(m.mountPath)));
  const privileged = isRecord(c.securityContext) && c.securityContext.privileged === true;
  const seen = /* @__PURE__ */ new Set();
  const listField2 = (f) => name([...p, "volumeMounts", f]);
  for (const [m, j] of mounts) {
    const mp = [...p, "volumeMounts", j];
    const path = str3(m.mountPath);
    if (path === "")
      out.push(required2(m, "mountPath", mp));
    else if (seen.has(path))
      out.push(invalid2([...mp, "mountPath"], path, "must be unique"));
    seen.add(path);
    if (str3(m.name) !== "" && deviceNames.has(str3(m.name)))
      out.push(invalid2([...mp, "name"], m.name, "must not already exist in volumeDevices"));
    if (path !== "" && devicePaths.has(path))
      out.push(invalid2([...mp, "mountPath"], path, "must not already exist as a path in volumeDevices"));
    const subPath = str3(m.subPath);
    const subPathExpr = str3(m.subPathExpr);
    if (subPath !== "")
      out.push(...localDescendingPath([...mp, "subPath"], subPath, listField2("subPath")));
    if (subPathExpr !== "") {
      if (subPath !== "")
        out.push(invalid2([...mp, "subPathExpr"], subPathExpr, "subPathExpr and subPath are mutually exclusive"));
      out.push(...localDescendingPath([...mp, "subPathExpr"], subPathExpr, listField2("subPathExpr")));
    }
    if (m.mountPropagation === "Bidirectional" && !privileged) {
      out.push(forbidden2([...mp, "mountPropagation"], "Bidirectional mount propagation is available only to privileged containers", listField2("mountPropagation")));
    }
    out.push(...recursiveReadOnly(m, mp, listField2("recursiveReadOnly"), minor));
  }
  const devSeenNames = /* @__PURE__ */ new Set();
  const devSeenPaths = /* @__PURE__ */ new Set();
  for (const [d, j] of devices) {
    const dp = [...p, "volumeDevices", j];
    const dn = str3(d.name);
    const path = str3(d.devicePath);
    if (dn === "")
      out.push(required2(d, "name", dp));
    if (devSeenNames.has(dn))
      out.push(invalid2([...dp, "name"], dn, "must be unique"));
    if (path === "")
      out.push(required2(d, "devicePath", dp));
    if (devSeenPaths.has(path))
      out.push(invalid2([...dp, "devicePath"], path, "must be unique"));
    if (path !== "" && path.split("/").includes(".."))
      out.push(invalid2([...dp, "devicePath"], path, "can not contain backsteps ('..')"));
    else
      devSeenPaths.add(path);
    if (mountNames.has(dn))
      out.push(invalid2([...dp, "name"], dn, "must not already exist in volumeMounts"));
    if (mountPaths.has(path))
      out.push(invalid2([...dp, "devicePath"], path, "must not already exist as a path in volumeMounts"));
    if (dn !== "")
      devSeenNames.add(dn);
  }
  return out;
}
function recursiveReadOnly(m, mp, field, minor) {
  const rro = m.recursiveReadOnly;
  if (minor < 31 || rro !== "Enabled" && rro !== "IfPossible")
    return [];
  const out = [];
  if (m.readOnly !== true)
    out.push(forbidden2([...mp, "recursiveReadOnly"], "may only be specified when readOnly is true", field));
  if (m.mountPropagation !== void 0 && m.mountPropagation !== "None")
    out.push(forbidden2([...mp, "recursiveReadOnly"], "may only be specified when mountPropagation is None or not specified", field));
  return out;
}
var STANDARD_CONTAINER = /* @__PURE__ */ new Set(["cpu", "memory", "ephemeral-storage"]);
var STANDARD = /* @__PURE__ */ new Set([
  "cpu",
  "memory",
  "ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "pods",
  "services",
  "replicationcontrollers",
  "resourcequotas",
  "secrets",
  "configmaps",
  "persistentvolumeclaims",
  "storage",
  "requests.storage",
  "services.nodeports",
  "services.loadbalancers"
]);
var isHugePages = (r) => r.startsWith("hugepages-");
var isNative = (r) => !r.includes("/") || r.includes("kubernetes.io/");
var isExtended = (r) => !isNative(r) && !r.startsWith("requests.") && qualifiedName(`requests.${r}`).length === 0;
var overcommitAllowed = (r) => isNative(r) && !isHugePages(r);
function resourceName(r, loc, field) {
  const errs = qualifiedName(r).map((e) => invalid2(loc, r, e, field));
  if (errs.length > 0)
    return errs;
  const out = [];
  if (!r.includes("/")) {
    if (!STANDARD.has(r) && !isHugePages(r))
      out.push(invalid2(loc, r, "must be a standard resource type or fully qualified", field));
    if (!STANDARD_CONTAINER.has(r) && !isHugePages(r))
      out.push(invalid2(loc, r, "must be a standard resource for containers", field));
  } else if (!isNative(r) && !isExtended(r)) {
    out.push(invalid2(loc, r, "doesn't follow extended resource name standard", field));
  }
  return out;
}
function quantityValue(r, raw, loc, field) {
  const q = parseQuantity(raw);
  if (q === void 0)
    return [];
  const text2 = canonicalQuantity(raw);
  const out = [];
  if (q < 0)
    out.push(invalid2(loc, text2, "must be greater than or equal to 0", field));
  if (isExtended(r) && Math.round(q * 1e3) % 1e3 !== 0)
    out.push(invalid2(loc, text2, "must be an integer", field));
  if (isHugePages(r)) {
    const page = parseQuantity(r.slice("hugepages-".length));
    if (page === void 0 || page <= 0 || !Number.isInteger(page) || Math.trunc(q) % page !== 0)
      out.push(invalid2(loc, text2, `${text2} is not positive integer multiple of ${r}`, field));
  }
  return out;
}
function resources2(c, p, podClaims, minor) {
  const res = c.resources;
  if (!isRecord(res))
    return [];
  const out = [];
  const rp = [...p, "resources"];
  const limits = isRecord(res.limits) ? res.limits : {};
  const requests = { ...limits, ...isRecord(res.requests) ? res.requests : {} };
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [r, v] of Object.entries(limits)) {
    const loc = [...rp, "limits", r];
    const field = keyed([...rp, "limits"], r);
    out.push(...resourceName(r, loc, field), ...quantityValue(r, v, loc, field));
    if (isHugePages(r))
      hugePages = true;
    if (r === "cpu" || r === "memory")
      cpuOrMemory = true;
  }
  const explicit = isRecord(res.requests) ? res.requests : {};
  for (const [r, v] of Object.entries(requests)) {
    const given = Object.hasOwn(explicit, r);
    const loc = given ? [...rp, "requests", r] : [...rp, "limits", r];
    const field = keyed([...rp, "requests"], r);
    if (given)
      out.push(...resourceName(r, loc, field), ...quantityValue(r, v, loc, field));
    const q = parseQuantity(v);
    const text2 = typeof v === "string" || typeof v === "number" ? canonicalQuantity(v) : String(v);
    if (Object.hasOwn(limits, r)) {
      const l = parseQuantity(limits[r]);
      const lText = canonicalQuantity(limits[r]);
      if (q !== void 0 && l !== void 0 && q !== l && !overcommitAllowed(r))
        out.push(invalid2(loc, text2, `must be equal to ${r} limit of ${lText}`, name([...rp, "requests"])));
      else if (q !== void 0 && l !== void 0 && q > l)
        out.push(invalid2(loc, text2, `must be less than or equal to ${r} limit of ${lText}`, name([...rp, "requests"])));
    } else if (!overcommitAllowed(r)) {
      out.push({ path: loc, message: fieldError.required(name([...rp, "limits"]), "Limit must be set for non overcommitable resources") });
    }
    if (isHugePages(r))
      hugePages = true;
    if (r === "cpu" || r === "memory")
      cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory)
    out.push(forbidden2(rp, "HugePages require cpu or memory"));
  if (minor >= 34) {
    const seen = /* @__PURE__ */ new Set();
    for (const [claim, i] of records(res.claims)) {
      const cp = [...rp, "claims", i];
      const n = str3(claim.name);
      if (n === "") {
        out.push({ path: cp, message: fieldError.required(name(cp)) });
        continue;
      }
      const request = str3(claim.request);
      if (seen.has(n))
        out.push(duplicate2(cp, n));
      else {
        let key2 = n;
        if (request !== "") {
          out.push(...dns1123Label(request).map((e) => invalid2([...cp, "request"], request, e)));
          key2 = `${n}/${request}`;
        }
        if (seen.has(key2))
          out.push(duplicate2(cp, key2));
        else if (request === "") {
          for (const k of seen)
            if (k.startsWith(`${n}/`))
              out.push(duplicate2(cp, n));
        }
        seen.add(key2);
      }
      if (!podClaims.has(n)) {
        const list2 = [...podClaims].sort();
        out.push({ path: cp, message: `${name(cp)}: Not found: ${show(n)}: must be one of the names in pod.spec.resourceClaims${list2.length === 0 ? " which is empty" : `: ${list2.join(", ")}`}` });
      }
    }
  }
  return out;
}
function resizePolicy(c, p, minor) {
  if (minor < 33)
    return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [rp, i] of records(c.resizePolicy)) {
    const r = str3(rp.resourceName);
    if (seen.has(r))
      out.push(duplicate2([...p, "resizePolicy", i], r));
    seen.add(r);
  }
  return out;
}
var MAX_ID = 2147483647;
function securityContext(sc2, p, hostUsers, minor) {
  if (!isRecord(sc2))
    return [];
  const sp = [...p, "securityContext"];
  const out = [];
  for (const f of ["runAsUser", "runAsGroup"]) {
    const v = num(sc2[f]);
    if (v !== void 0 && (v < 0 || v > MAX_ID))
      out.push(invalid2([...sp, f], v, `must be between 0 and ${MAX_ID}, inclusive`));
  }
  if (minor >= 33 && hostUsers && sc2.procMount === "Unmasked")
    out.push(invalid2([...sp, "procMount"], "Unmasked", "`hostUsers` must be false to use `Unmasked`"));
  const sec = sc2.seccompProfile;
  if (isRecord(sec)) {
    const pp = [...sp, "seccompProfile"];
    if (sec.type === "Localhost") {
      if (typeof sec.localhostProfile !== "string")
        out.push(required2(sec, "localhostProfile", pp, "must be set when seccomp type is Localhost"));
      else
        out.push(...localDescendingPath([...pp, "localhostProfile"], sec.localhostProfile, name([...pp, "localhostProfile"])));
    } else if (sec.localhostProfile !== void 0) {
      out.push(invalid2([...pp, "localhostProfile"], sec, "can only be set when seccomp type is Localhost"));
    }
  }
  if (sc2.allowPrivilegeEscalation === false) {
    if (sc2.privileged === true)
      out.push(invalid2(sp, sc2, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
    const add = isRecord(sc2.capabilities) && Array.isArray(sc2.capabilities.add) ? sc2.capabilities.add : [];
    for (const cap of add)
      if (cap === "CAP_SYS_ADMIN")
        out.push(invalid2(sp, sc2, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
  }
  out.push(...windowsOptions(sc2.windowsOptions, [...sp, "windowsOptions"]));
  const aa = sc2.appArmorProfile;
  if (minor >= 30 && isRecord(aa)) {
    const ap = [...sp, "appArmorProfile"];
    const lp = [...ap, "localhostProfile"];
    if (aa.type === "Localhost") {
      if (typeof aa.localhostProfile !== "string")
        out.push(required2(aa, "localhostProfile", ap, "must be set when AppArmor type is Localhost"));
      else {
        const v = aa.localhostProfile;
        if (v.trim() !== v)
          out.push(invalid2(lp, v, "must not be padded with whitespace"));
        else if (v === "")
          out.push(required2(aa, "localhostProfile", ap, "must be set when AppArmor type is Localhost"));
        if (v.length > 4095)
          out.push({ path: lp, message: `${name(lp)}: Too long: may not be more than 4095 bytes` });
      }
    } else if ((aa.type === "RuntimeDefault" || aa.type === "Unconfined") && aa.localhostProfile !== void 0) {
      out.push(invalid2(lp, aa.localhostProfile, "can only be set when AppArmor type is Localhost"));
    }
  }
  return out;
}
function windowsOptions(w, p) {
  if (!isRecord(w))
    return [];
  const out = [];
  if (typeof w.gmsaCredentialSpecName === "string")
    out.push(...dns1123Subdomain(w.gmsaCredentialSpecName).map((e) => invalid2([...p, "gmsaCredentialSpecName"], w.gmsaCredentialSpecName, e)));
  if (typeof w.gmsaCredentialSpec === "string") {
    if (w.gmsaCredentialSpec.length === 0)
      out.push(invalid2([...p, "gmsaCredentialSpec"], "", "gmsaCredentialSpec cannot be an empty string"));
    else if (w.gmsaCredentialSpec.length > 64 * 1024)
      out.push(invalid2([...p, "gmsaCredentialSpec"], w.gmsaCredentialSpec, "gmsaCredentialSpec size must be under 64 KiB"));
  }
  const u = w.runAsUserName;
  if (typeof u === "string") {
    const up = [...p, "runAsUserName"];
    const parts = u.split("\\");
    if (u.length === 0)
      out.push(invalid2(up, u, "runAsUserName cannot be an empty string"));
    else if (/[\x00-\x1f\x7f]/.test(u))
      out.push(invalid2(up, u, "runAsUserName cannot contain control characters"));
    else if (parts.length > 2)
      out.push(invalid2(up, u, "runAsUserName cannot contain more than one backslash"));
    else {
      const [domain, user] = parts.length === 1 ? ["", parts[0]] : [parts[0], parts[1]];
      if (domain.length >= 256)
        out.push(invalid2(up, u, "runAsUserName's Domain length must be under 256 characters"));
      const netBios = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
      const dns = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
      if (parts.length === 2 && !(netBios.test(domain) || dns.test(domain)))
        out.push(invalid2(up, u, "runAsUserName's Domain doesn't match the NetBios nor the DNS format"));
      if (user.length === 0)
        out.push(invalid2(up, u, "runAsUserName's User cannot be empty"));
      else if (user.length > 104)
        out.push(invalid2(up, u, "runAsUserName's User length must not be longer than 104 characters"));
      if (/^[. ]+$/.test(user))
        out.push(invalid2(up, u, "runAsUserName's User cannot contain only periods or spaces"));
      if (/["/\\:;|=,+*?<>@[\]]/.test(user))
        out.push(invalid2(up, u, `runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`));
    }
  }
  return out;
}
function common2(c, cp, ctx) {
  const out = [];
  if (typeof c.name !== "string" || c.name === "")
    out.push(required2(c, "name", cp));
  else
    out.push(...dns1123Label(c.name).map((e) => invalid2([...cp, "name"], c.name, e)));
  if (typeof c.image !== "string" || c.image === "")
    out.push(required2(c, "image", cp));
  else if (c.image.trim() !== c.image)
    out.push(invalid2([...cp, "image"], c.image, "must not have leading or trailing whitespace"));
  out.push(...ports(c, cp));
  out.push(...env(c, cp, ctx.relaxedEnv));
  out.push(...envFrom(c, cp, ctx.relaxedEnv));
  out.push(...mountsAndDevices(c, cp, ctx.minor));
  out.push(...resources2(c, cp, ctx.claims, ctx.minor));
  out.push(...resizePolicy(c, cp, ctx.minor));
  out.push(...securityContext(c.securityContext, cp, ctx.hostUsers, ctx.minor));
  return out;
}
var probesOf = (c, cp, ctx) => ["livenessProbe", "readinessProbe", "startupProbe"].flatMap((k) => probe(c[k], [...cp, k], k, ctx.gracePeriod, ctx.minor));
function containers(spec, path, minor) {
  const sc2 = isRecord(spec.securityContext) ? spec.securityContext : {};
  const ctx = {
    // SetDefaults_PodSpec: terminationGracePeriodSeconds 30.
    gracePeriod: num(spec.terminationGracePeriodSeconds) ?? 30,
    hostUsers: sc2.hostUsers !== false,
    // RelaxedEnvironmentVariableValidation: alpha (off) 1.30–1.31, beta (on) 1.32, GA 1.34.
    relaxedEnv: minor >= 32,
    claims: new Set(records(spec.resourceClaims).map(([c]) => str3(c.name)).filter(Boolean)),
    minor
  };
  const out = [];
  const skipped = [];
  const regular = records(spec.containers);
  const regularNames = /* @__PURE__ */ new Set();
  for (const [c, i] of regular) {
    const cp = [...path, "containers", i];
    out.push(...common2(c, cp, ctx));
    const n = str3(c.name);
    if (regularNames.has(n))
      out.push(duplicate2([...cp, "name"], n));
    else
      regularNames.add(n);
    out.push(...lifecycle(c, cp, ctx.gracePeriod, minor));
    out.push(...probesOf(c, cp, ctx));
    if (minor <= 33 && c.restartPolicy !== void 0)
      out.push(forbidden2([...cp, "restartPolicy"], "may not be set for non-init containers"));
  }
  out.push(...hostPortConflicts(regular, [...path, "containers"]));
  const allNames = new Set(regular.map(([c]) => str3(c.name)));
  for (const [c, i] of records(spec.initContainers)) {
    const cp = [...path, "initContainers", i];
    out.push(...common2(c, cp, ctx));
    const n = str3(c.name);
    if (allNames.has(n))
      out.push(duplicate2([...cp, "name"], n));
    else if (n !== "")
      allNames.add(n);
    out.push(...hostPortConflicts([[c, i]], [...path, "initContainers"]));
    if (c.restartPolicy === "Always") {
      out.push(...lifecycle(c, cp, ctx.gracePeriod, minor));
      out.push(...probesOf(c, cp, ctx));
    } else {
      for (const f of ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"]) {
        if (c[f] === void 0)
          continue;
        out.push(forbidden2([...cp, f], "may not be set for init containers without restartPolicy=Always"));
        skipped.push([...cp, f]);
      }
    }
  }
  const under = (p, base) => base.every((s, k) => p[k] === s);
  for (const e of containerEnumProblems(spec, path, minor)) {
    if (skipped.some((s) => under(e.path, s)))
      continue;
    out.push(enumProblem(e));
  }
  return out;
}

// build/src/k8s/validate-pod.js
var shownAt = (p, at) => ({ ...p, path: at });
var invalidShown = (shown, at, value, detail) => ({ path: at, message: fieldError.invalid(fieldName(shown), value, detail) });
var requiredShown = (shown, at, detail) => ({ path: at, key: true, message: fieldError.required(fieldName(shown), detail) });
var unsupportedShown = (shown, at, value, supported) => ({ path: at, message: fieldError.unsupported(fieldName(shown), value, supported) });
var isObj = (v) => isRecord(v);
function requireString(obj, name2, shown, at, detail) {
  return str3(obj[name2]) === "" ? [requiredShown([...shown, name2], at, detail)] : [];
}
function noBacksteps(p, shown, at) {
  return p.split("/").includes("..") ? [invalidShown(shown, at, p, "must not contain '..'")] : [];
}
function localDescending(p, shown, at) {
  const out = [];
  if (p.startsWith("/"))
    out.push(invalidShown(shown, at, p, "must be a relative path"));
  out.push(...noBacksteps(p, shown, at));
  return out;
}
function localNonReserved(p, shown, at) {
  const out = localDescending(p, shown, at);
  if (p.startsWith("..") && !p.startsWith("../"))
    out.push(invalidShown(shown, at, p, "must not start with '..'"));
  return out;
}
var FILE_MODE = "must be a number between 0 and 0777 (octal), both inclusive";
function fileMode(v, shown, at) {
  return typeof v === "number" && (v < 0 || v > 511) ? [invalidShown(shown, at, v, FILE_MODE)] : [];
}
function keyToPath(kp, p) {
  const out = [...requireString(kp, "key", p, p), ...requireString(kp, "path", p, p)];
  out.push(...localNonReserved(str3(kp.path), [...p, "path"], [...p, "path"]));
  out.push(...fileMode(kp.mode, [...p, "mode"], [...p, "mode"]));
  return out;
}
function items(source, p) {
  return records(source.items).flatMap(([kp, i]) => keyToPath(kp, [...p, "items", i]));
}
var VOLUME_FIELD_PATHS = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];
var RESOURCE_FIELD_PATHS2 = ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];
function objectFieldSelector(ref, shown, at) {
  const fp = str3(ref.fieldPath);
  if (fp === "")
    return [requiredShown([...shown, "fieldPath"], at)];
  const m = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(fp);
  if (m) {
    const key2 = m[2];
    const errs = m[1] === "metadata.annotations" ? qualifiedName(key2.toLowerCase()) : qualifiedName(key2);
    return errs.map((e) => invalidShown([...shown, "fieldPath"], [...at, "fieldPath"], key2, e));
  }
  return VOLUME_FIELD_PATHS.includes(fp) ? [] : [unsupportedShown([...shown, "fieldPath"], [...at, "fieldPath"], fp, VOLUME_FIELD_PATHS)];
}
function resourceFieldSelector(ref, shown, at) {
  const out = [];
  if (str3(ref.containerName) === "")
    out.push(requiredShown([...shown, "containerName"], at));
  const r = str3(ref.resource);
  if (r === "")
    out.push(requiredShown([...shown, "resource"], at));
  else if (!RESOURCE_FIELD_PATHS2.includes(r) && !r.startsWith("requests.hugepages-") && !r.startsWith("limits.hugepages-")) {
    out.push(unsupportedShown([...shown, "resource"], [...at, "resource"], r, RESOURCE_FIELD_PATHS2));
  }
  return out;
}
function downwardFile(file, shown, at) {
  const out = requireString(file, "path", shown, at);
  out.push(...localNonReserved(str3(file.path), [...shown, "path"], [...at, "path"]));
  const fieldRef2 = isRecord(file.fieldRef) ? file.fieldRef : void 0;
  const resRef = isRecord(file.resourceFieldRef) ? file.resourceFieldRef : void 0;
  if (fieldRef2) {
    out.push(...objectFieldSelector(fieldRef2, [...shown, "fieldRef"], [...at, "fieldRef"]));
    if (resRef)
      out.push(invalidShown(shown, at, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
  } else if (resRef) {
    out.push(...resourceFieldSelector(resRef, [...shown, "resourceFieldRef"], [...at, "resourceFieldRef"]));
  } else {
    out.push(requiredShown(shown, at, "one of fieldRef and resourceFieldRef is required"));
  }
  out.push(...fileMode(file.mode, [...shown, "mode"], [...at, "mode"]));
  return out;
}
function projected(src, p) {
  const out = fileMode(src.defaultMode, [...p, "defaultMode"], [...p, "defaultMode"]);
  const paths = /* @__PURE__ */ new Set();
  const conflict = (value, at) => invalidShown(p, at, value, "conflicting duplicate paths");
  for (const [source, i] of records(src.sources)) {
    const sp = [...p, "sources", i];
    let n = 0;
    for (const kind of ["secret", "configMap"]) {
      const s = source[kind];
      if (!isRecord(s))
        continue;
      n++;
      out.push(...requireString(s, "name", [...sp, kind], [...sp, kind]));
      for (const [kp, j] of records(s.items)) {
        const ip = [...sp, kind, "items", j];
        out.push(...keyToPath(kp, ip));
        const path = str3(kp.path);
        if (path === "")
          continue;
        if (paths.has(path))
          out.push(conflict(str3(s.name), [...ip, "path"]));
        paths.add(path);
      }
    }
    const dapi = source.downwardAPI;
    if (isRecord(dapi)) {
      n++;
      for (const [file, j] of records(dapi.items)) {
        const ip = [...sp, "downwardAPI", "items", j];
        out.push(...downwardFile(file, [...sp, "downwardAPI"], ip));
        const path = str3(file.path);
        if (path === "")
          continue;
        if (paths.has(path))
          out.push(conflict(path, [...ip, "path"]));
        paths.add(path);
      }
    }
    const sat = source.serviceAccountToken;
    if (isRecord(sat)) {
      n++;
      const tp = [...sp, "serviceAccountToken"];
      const exp = num(sat.expirationSeconds) ?? 3600;
      if (exp < 600)
        out.push(invalidShown([...tp, "expirationSeconds"], [...tp, "expirationSeconds"], exp, "may not specify a duration less than 10 minutes"));
      if (exp > 2 ** 32)
        out.push(invalidShown([...tp, "expirationSeconds"], [...tp, "expirationSeconds"], exp, "may not specify a duration larger than 2^32 seconds"));
      if (str3(sat.path) === "")
        out.push(requiredShown([...p, "path"], tp));
      else
        out.push(...localNonReserved(str3(sat.path), [...p, "path"], [...tp, "path"]));
    }
    if (isRecord(source.clusterTrustBundle))
      n++;
    if (isRecord(source.podCertificate))
      n++;
    if (n > 1)
      out.push(forbidden(sp, "may not specify more than 1 volume type per source"));
  }
  return out;
}
var SOURCES = [
  ["emptyDir", "emptyDir", "emptyDir"],
  ["hostPath", "hostPath", "hostPath"],
  ["gitRepo", "gitRepo", "gitRepo"],
  ["gcePersistentDisk", "gcePersistentDisk", "persistentDisk"],
  ["awsElasticBlockStore", "awsElasticBlockStore", "awsElasticBlockStore"],
  ["secret", "secret", "secret"],
  ["nfs", "nfs", "nfs"],
  ["iscsi", "iscsi", "iscsi"],
  ["glusterfs", "glusterfs", "glusterfs"],
  ["flocker", "flocker", "flocker"],
  ["persistentVolumeClaim", "persistentVolumeClaim", "persistentVolumeClaim"],
  ["rbd", "rbd", "rbd"],
  ["cinder", "cinder", "cinder"],
  ["cephfs", "cephFS", "cephfs"],
  ["quobyte", "quobyte", "quobyte"],
  ["downwardAPI", "downwarAPI", "downwardAPI"],
  ["fc", "fc", "fc"],
  ["flexVolume", "flexVolume", "flexVolume"],
  ["configMap", "configMap", "configMap"],
  ["azureFile", "azureFile", "azureFile"],
  ["vsphereVolume", "vsphereVolume", "vsphereVolume"],
  ["photonPersistentDisk", "photonPersistentDisk", "photonPersistentDisk"],
  ["portworxVolume", "portworxVolume", "portworxVolume"],
  ["azureDisk", "azureDisk", "azureDisk"],
  ["storageos", "storageos", "storageos"],
  ["projected", "projected", "projected"],
  ["scaleIO", "scaleIO", "scaleIO"],
  ["csi", "csi", "csi"],
  ["ephemeral", "ephemeral", "ephemeral"],
  ["image", "image", "image"]
];
var ISCSI_IQN = /iqn\.\d{4}-\d{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\s]+)$/;
var ISCSI_EUI = /^eui.[A-Za-z0-9]{16}$/;
var ISCSI_NAA = /^naa.[A-Za-z0-9]{32}$/;
function iscsiName(v, shown, at, prefixDetail) {
  if (!v.startsWith("iqn") && !v.startsWith("eui") && !v.startsWith("naa"))
    return [invalidShown(shown, at, v, prefixDetail)];
  if (v.startsWith("iqn") && !ISCSI_IQN.test(v) || v.startsWith("eui") && !ISCSI_EUI.test(v) || v.startsWith("naa") && !ISCSI_NAA.test(v)) {
    return [invalidShown(shown, at, v, "must be valid format")];
  }
  return [];
}
var PARTITION = "must be between 1 and 255, inclusive";
function volumeSource(kind, s, shown, at, volName, minor) {
  const req = (name2, detail) => requireString(s, name2, shown, at, detail);
  const out = [];
  switch (kind) {
    case "emptyDir": {
      const q = parseQuantity(s.sizeLimit);
      if (q !== void 0 && q < 0)
        out.push(forbidden([...at, "sizeLimit"], "SizeLimit field must be a valid resource quantity"));
      break;
    }
    case "hostPath":
      if (str3(s.path) === "")
        return req("path");
      out.push(...noBacksteps(str3(s.path), [...shown, "path"], [...at, "path"]));
      break;
    case "gitRepo":
      out.push(...req("repository"));
      out.push(...localDescending(str3(s.directory), [...shown, "directory"], [...at, "directory"]));
      break;
    case "gcePersistentDisk":
    case "awsElasticBlockStore": {
      out.push(...req(kind === "gcePersistentDisk" ? "pdName" : "volumeID"));
      const part = num(s.partition);
      if (part !== void 0 && (part < 0 || part > 255))
        out.push(invalidShown([...shown, "partition"], [...at, "partition"], part, PARTITION));
      break;
    }
    case "secret":
      out.push(...req("secretName"));
      out.push(...fileMode(s.defaultMode, [...shown, "defaultMode"], [...at, "defaultMode"]));
      out.push(...items(s, at));
      break;
    case "configMap":
      out.push(...req("name"));
      out.push(...fileMode(s.defaultMode, [...shown, "defaultMode"], [...at, "defaultMode"]));
      out.push(...items(s, at));
      break;
    case "nfs":
      out.push(...req("server"), ...req("path"));
      if (!str3(s.path).startsWith("/"))
        out.push(invalidShown([...shown, "path"], [...at, "path"], str3(s.path), "must be an absolute path"));
      break;
    case "iscsi": {
      out.push(...req("targetPortal"));
      const iqn = str3(s.iqn);
      if (iqn === "")
        out.push(...req("iqn"));
      else
        out.push(...iscsiName(iqn, [...shown, "iqn"], [...at, "iqn"], "must be valid format starting with iqn, eui, or naa"));
      const lun = num(s.lun) ?? 0;
      if (lun < 0 || lun > 255)
        out.push(invalidShown([...shown, "lun"], [...at, "lun"], lun, "must be between 0 and 255, inclusive"));
      if ((s.chapAuthDiscovery === true || s.chapAuthSession === true) && !isRecord(s.secretRef))
        out.push(requiredShown([...shown, "secretRef"], at));
      if (typeof s.initiatorName === "string") {
        out.push(...iscsiName(s.initiatorName, [...shown, "initiatorname"], [...at, "initiatorName"], "must be valid format starting with iqn, eui, or naa"));
        if (`${volName}:${str3(s.targetPortal)}`.length > 64) {
          out.push(invalidShown([...shown, "name"], at, volName, "Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified."));
        }
      }
      break;
    }
    case "glusterfs":
      out.push(...req("endpoints"), ...req("path"));
      break;
    case "flocker": {
      const name2 = str3(s.datasetName);
      const uuid = str3(s.datasetUUID);
      if (name2 === "" && uuid === "")
        out.push(requiredShown(shown, at, "one of datasetName and datasetUUID is required"));
      if (name2 !== "" && uuid !== "")
        out.push(invalidShown(shown, at, "resource", "datasetName and datasetUUID can not be specified simultaneously"));
      if (name2.includes("/"))
        out.push(invalidShown([...shown, "datasetName"], [...at, "datasetName"], name2, "must not contain '/'"));
      break;
    }
    case "persistentVolumeClaim":
      out.push(...req("claimName"));
      break;
    case "rbd":
      if (list(s.monitors).length === 0)
        out.push(requiredShown([...shown, "monitors"], at));
      out.push(...req("image"));
      break;
    case "cinder":
      out.push(...req("volumeID"));
      if (isRecord(s.secretRef))
        out.push(...requireString(s.secretRef, "name", [...shown, "secretRef"], [...at, "secretRef"]));
      break;
    case "cephfs":
      if (list(s.monitors).length === 0)
        out.push(requiredShown([...shown, "monitors"], at));
      break;
    case "quobyte": {
      const registry = str3(s.registry);
      if (registry === "")
        out.push(...req("registry", "must be a host:port pair or multiple pairs separated by commas"));
      else if (str3(s.tenant).length >= 65)
        out.push(requiredShown([...shown, "tenant"], [...at, "tenant"], "must be a UUID and may not exceed a length of 64 characters"));
      else {
        for (const pair of registry.split(",")) {
          if (!/^(\[[^\]]*\]|[^:[\]]*):[^:]*$/.test(pair))
            out.push(invalidShown([...shown, "registry"], [...at, "registry"], registry, "must be a host:port pair or multiple pairs separated by commas"));
        }
      }
      out.push(...req("volume"));
      break;
    }
    case "downwardAPI":
      out.push(...fileMode(s.defaultMode, [...shown, "defaultMode"], [...at, "defaultMode"]));
      for (const [file, i] of records(s.items))
        out.push(...downwardFile(file, shown, [...at, "items", i]));
      break;
    case "fc": {
      const wwns = list(s.targetWWNs);
      const wwids = list(s.wwids);
      if (wwns.length === 0 && wwids.length === 0)
        out.push(requiredShown([...shown, "targetWWNs"], at, "must specify either targetWWNs or wwids, but not both"));
      if (wwns.length > 0 && wwids.length > 0)
        out.push(invalidShown([...shown, "targetWWNs"], [...at, "targetWWNs"], wwns, "targetWWNs and wwids can not be specified simultaneously"));
      if (wwns.length > 0) {
        const lun = num(s.lun);
        if (lun === void 0)
          out.push(requiredShown([...shown, "lun"], at, "lun is required if targetWWNs is specified"));
        else if (lun < 0 || lun > 255)
          out.push(invalidShown([...shown, "lun"], [...at, "lun"], lun, "must be between 0 and 255, inclusive"));
      }
      break;
    }
    case "flexVolume":
      out.push(...req("driver"));
      for (const k of Object.keys(isRecord(s.options) ? s.options : {})) {
        const ns = k.includes("/") ? k.slice(0, k.indexOf("/")) : k;
        const normalized = `.${ns.toLowerCase()}`;
        if (normalized.endsWith(".kubernetes.io") || normalized.endsWith(".k8s.io")) {
          out.push(invalidShown([...shown, "options", k], [...at, "options", k], k, "kubernetes.io and k8s.io namespaces are reserved"));
        }
      }
      break;
    case "azureFile":
      out.push(...req("secretName"), ...req("shareName"));
      break;
    case "vsphereVolume":
      out.push(...req("volumePath"));
      break;
    case "photonPersistentDisk":
      out.push(...req("pdID"));
      break;
    case "portworxVolume":
      out.push(...req("volumeID"));
      break;
    case "azureDisk":
      out.push(...req("diskName"), ...req("diskURI"));
      break;
    case "storageos":
      if (str3(s.volumeName) === "")
        out.push(...req("volumeName"));
      else
        out.push(...dns1123Label(str3(s.volumeName)).map((e) => invalidShown([...shown, "volumeName"], [...at, "volumeName"], s.volumeName, e)));
      if (str3(s.volumeNamespace) !== "")
        out.push(...dns1123Label(str3(s.volumeNamespace)).map((e) => invalidShown([...shown, "volumeNamespace"], [...at, "volumeNamespace"], s.volumeNamespace, e)));
      if (isRecord(s.secretRef))
        out.push(...requireString(s.secretRef, "name", [...shown, "secretRef"], [...at, "secretRef"]));
      break;
    case "projected":
      out.push(...projected(s, at));
      break;
    case "scaleIO":
      out.push(...req("gateway"), ...req("system"), ...req("volumeName"));
      break;
    case "csi": {
      const driver = str3(s.driver);
      if (driver === "")
        out.push(requiredShown([...shown, "driver"], at));
      if (driver.length > 63)
        out.push({ path: [...at, "driver"], message: `${fieldName([...shown, "driver"])}: Too long: may not be more than 63 bytes` });
      out.push(...dns1123Subdomain(driver.toLowerCase()).map((e) => invalidShown([...shown, "driver"], [...at, "driver"], driver, e)));
      const ref = s.nodePublishSecretRef;
      if (isRecord(ref)) {
        if (str3(ref.name) === "")
          out.push(requiredShown([...shown, "nodePublishSecretRef", "name"], [...at, "nodePublishSecretRef"]));
        else
          out.push(...dns1123Subdomain(str3(ref.name)).map((e) => invalidShown([...shown, "name"], [...at, "nodePublishSecretRef", "name"], ref.name, e)));
      }
      break;
    }
    case "ephemeral": {
      const tpl = s.volumeClaimTemplate;
      if (!isRecord(tpl))
        return [requiredShown([...shown, "volumeClaimTemplate"], at)];
      const tp = [...at, "volumeClaimTemplate"];
      if (isRecord(tpl.metadata)) {
        for (const [k, v] of Object.entries(tpl.metadata)) {
          if (k !== "labels" && k !== "annotations" && v !== void 0 && v !== "" && !(Array.isArray(v) && v.length === 0))
            out.push(forbidden([...tp, "metadata", k], "cannot be set"));
        }
      }
      out.push(...claimSpec({ spec: tpl.spec }, tp, minor));
      if (isRecord(tpl.spec) && list(tpl.spec.accessModes).length === 0)
        out.push(required([...tp, "spec", "accessModes"], "at least 1 access mode is required", [...tp, "spec"]));
      break;
    }
  }
  return out;
}
function volumes(spec, path, claimNames2, minor) {
  const out = [];
  const seen = new Set(claimNames2);
  for (const [v, i] of records(spec.volumes)) {
    const vp = [...path, "volumes", i];
    const name2 = v.name;
    if (typeof name2 === "string" && claimNames2.includes(name2))
      continue;
    if (name2 === "")
      out.push(required([...vp, "name"], void 0, vp));
    else if (typeof name2 === "string") {
      out.push(...names([...vp, "name"], name2, dns1123Label));
      if (seen.has(name2))
        out.push(duplicate([...vp, "name"], name2));
      seen.add(name2);
    }
    let n = 0;
    const src = v;
    for (const [kind, moreName, validated] of SOURCES) {
      const s = src[kind];
      if (!isRecord(s))
        continue;
      if (n > 0) {
        out.push({ path: [...vp, kind], message: `${fieldName([...vp, moreName])}: Forbidden: may not specify more than 1 volume type` });
        continue;
      }
      n++;
      out.push(...volumeSource(kind, s, [...vp, validated], [...vp, kind], typeof name2 === "string" ? name2 : "", minor));
    }
  }
  return out;
}
function nodeSelectorRequirement(rq, p, allowInvalidValues) {
  const out = [];
  const values = strings(rq.values);
  out.push(...operatorValueCount(rq.operator, values, p) ?? []);
  if ((rq.operator === "Gt" || rq.operator === "Lt") && values.length !== 1)
    out.push(required([...p, "values"], "must be specified single value when `operator` is 'Lt' or 'Gt'", p));
  if (typeof rq.key === "string")
    out.push(...qualifiedName(rq.key).map((e) => invalid([...p, "key"], rq.key, e)));
  if (!allowInvalidValues) {
    values.forEach((v, j) => out.push(...labelValue(v).map((e) => invalid([...p, "values", j], v, e))));
  }
  return out;
}
function nodeFieldRequirement(rq, p) {
  const out = [];
  const values = strings(rq.values);
  if ((rq.operator === "In" || rq.operator === "NotIn") && values.length !== 1) {
    out.push(required([...p, "values"], "must be only one value when `operator` is 'In' or 'NotIn' for node field selector", p));
  }
  if (rq.key !== "metadata.name")
    out.push(invalid([...p, "key"], str3(rq.key), "not a valid field selector key"));
  else
    values.forEach((v, j) => out.push(...dns1123Subdomain(v).map((e) => invalid([...p, "values", j], v, e))));
  return out;
}
function nodeSelectorTerm(term, p, allowInvalidValues) {
  const out = [];
  for (const [rq, j] of records(term.matchExpressions))
    out.push(...nodeSelectorRequirement(rq, [...p, "matchExpressions", j], allowInvalidValues));
  for (const [rq, j] of records(term.matchFields))
    out.push(...nodeFieldRequirement(rq, [...p, "matchFields", j]));
  return out;
}
function weight(w, p) {
  const n = num(w) ?? 0;
  return n <= 0 || n > 100 ? [invalid(p, n, "must be in the range 1-100")] : [];
}
function podLabelKeys(templateLabels2, minor) {
  const keys = new Set(Object.keys(templateLabels2));
  keys.add("controller-revision-hash");
  keys.add("statefulset.kubernetes.io/pod-name");
  if (minor >= 28)
    keys.add("apps.kubernetes.io/pod-index");
  return keys;
}
function matchLabelKeys(term, p, podKeys, minor) {
  if (minor < 31)
    return [];
  const out = [];
  const sel = isRecord(term.labelSelector) ? term.labelSelector : void 0;
  const match = strings(term.matchLabelKeys);
  const mismatch = strings(term.mismatchLabelKeys);
  for (const [field, keys] of [["matchLabelKeys", match], ["mismatchLabelKeys", mismatch]]) {
    if (keys.length === 0)
      continue;
    if (!sel) {
      out.push(forbidden([...p, field], "must not be specified when labelSelector is not set"));
      continue;
    }
    keys.forEach((k, j) => out.push(...qualifiedName(k).map((e) => invalid([...p, field, j], k, e))));
  }
  if (sel) {
    const index = /* @__PURE__ */ new Map();
    match.forEach((k, j) => index.set(k, j));
    const seen = new Set(Object.keys(isRecord(sel.matchLabels) ? sel.matchLabels : {}));
    const exprKeys = records(sel.matchExpressions).map(([e]) => str3(e.key));
    for (const k of [...match, ...mismatch])
      if (podKeys.has(k))
        exprKeys.push(k);
    for (const key2 of exprKeys) {
      const j = index.get(key2);
      if (j !== void 0 && seen.has(key2)) {
        out.push({ path: [...p, "matchLabelKeys", j], message: fieldError.invalid(`${fieldName(p)}[${j}]`, key2, "exists in both matchLabelKeys and labelSelector") });
        index.delete(key2);
      }
      seen.add(key2);
    }
  }
  const mis = new Set(mismatch);
  match.forEach((k, j) => {
    if (mis.has(k))
      out.push(invalid([...p, "matchLabelKeys", j], k, "exists in both matchLabelKeys and mismatchLabelKeys"));
  });
  return out;
}
function podAffinityTerm(term, p, podKeys, minor) {
  const out = [];
  out.push(...labelSelector(isRecord(term.labelSelector) ? term.labelSelector : void 0, [...p, "labelSelector"]));
  out.push(...labelSelector(isRecord(term.namespaceSelector) ? term.namespaceSelector : void 0, [...p, "namespaceSelector"]));
  strings(term.namespaces).forEach((ns, j) => out.push(...dns1123Label(ns).map((e) => invalidShown([...p, "namespace"], [...p, "namespaces", j], ns, e))));
  out.push(...matchLabelKeys(term, p, podKeys, minor));
  const key2 = str3(term.topologyKey);
  if (key2 === "")
    out.push(required([...p, "topologyKey"], "can not be empty", p));
  out.push(...qualifiedName(key2).map((e) => ({ ...invalid([...p, "topologyKey"], key2, e), ...key2 === "" ? { path: p, key: true } : {} })));
  return out;
}
function affinity(a, path, podKeys, minor) {
  if (!isObj(a))
    return [];
  const out = [];
  const base = [...path, "affinity"];
  const na = a.nodeAffinity;
  if (isObj(na)) {
    const np = [...base, "nodeAffinity"];
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (isObj(req)) {
      const rp = [...np, "requiredDuringSchedulingIgnoredDuringExecution"];
      const terms = records(req.nodeSelectorTerms);
      if (list(req.nodeSelectorTerms).length === 0)
        out.push(required([...rp, "nodeSelectorTerms"], "must have at least one node selector term", rp));
      for (const [t, i] of terms)
        out.push(...nodeSelectorTerm(t, [...rp, "nodeSelectorTerms", i], false));
    }
    for (const [t, i] of records(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      const tp = [...np, "preferredDuringSchedulingIgnoredDuringExecution", i];
      out.push(...weight(t.weight, [...tp, "weight"]));
      if (isObj(t.preference))
        out.push(...nodeSelectorTerm(t.preference, [...tp, "preference"], true));
    }
  }
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    const pa = a[kind];
    if (!isObj(pa))
      continue;
    const pp = [...base, kind];
    for (const [t, i] of records(pa.requiredDuringSchedulingIgnoredDuringExecution)) {
      out.push(...podAffinityTerm(t, [...pp, "requiredDuringSchedulingIgnoredDuringExecution", i], podKeys, minor));
    }
    for (const [t, i] of records(pa.preferredDuringSchedulingIgnoredDuringExecution)) {
      const tp = [...pp, "preferredDuringSchedulingIgnoredDuringExecution", i];
      out.push(...weight(t.weight, [...tp, "weight"]));
      if (isObj(t.podAffinityTerm))
        out.push(...podAffinityTerm(t.podAffinityTerm, [...tp, "podAffinityTerm"], podKeys, minor));
    }
  }
  return out;
}
function tolerations(list2, path) {
  const out = [];
  for (const [t, i] of records(list2)) {
    const p = [...path, "tolerations", i];
    const key2 = str3(t.key);
    const op = str3(t.operator);
    const value = str3(t.value);
    if (key2 !== "")
      out.push(...qualifiedName(key2).map((e) => invalid([...p, "key"], key2, e)));
    if (key2 === "" && op !== "Exists") {
      out.push({ ...invalid([...p, "operator"], op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'), ...t.operator === void 0 ? { path: p, key: true } : {} });
    }
    if (t.tolerationSeconds !== void 0 && t.tolerationSeconds !== null && t.effect !== "NoExecute") {
      out.push({ ...invalid([...p, "effect"], str3(t.effect), "effect must be 'NoExecute' when `tolerationSeconds` is set"), ...t.effect === void 0 ? { path: [...p, "tolerationSeconds"] } : {} });
    }
    const at = t.operator === void 0 ? [...p, "value"] : [...p, "operator"];
    if (op === "Equal" || op === "") {
      const errs = labelValue(value);
      if (errs.length > 0)
        out.push({ path: at, message: fieldError.invalid(fieldName([...p, "operator"]), value, errs.join(";")) });
    } else if (op === "Exists" && value !== "") {
      out.push({ path: [...p, "value"], message: fieldError.invalid(fieldName([...p, "operator"]), value, "value must be empty when `operator` is 'Exists'") });
    }
  }
  return out;
}
function topologySpread(list2, path, minor) {
  const out = [];
  const all = records(list2);
  all.forEach(([c, i], n) => {
    const p = [...path, "topologySpreadConstraints", i];
    if (typeof c.maxSkew === "number" && c.maxSkew <= 0)
      out.push(invalid([...p, "maxSkew"], c.maxSkew, "must be greater than zero"));
    if (c.topologyKey === "")
      out.push(required([...p, "topologyKey"], "can not be empty", p));
    const wu = str3(c.whenUnsatisfiable);
    if (all.slice(n + 1).some(([o]) => str3(o.topologyKey) === str3(c.topologyKey) && str3(o.whenUnsatisfiable) === wu)) {
      out.push({ path: p, message: fieldError.duplicate(`${fieldName(p)}.{topologyKey, whenUnsatisfiable}`, `{${str3(c.topologyKey)}, ${wu}}`) });
    }
    if (typeof c.minDomains === "number") {
      if (c.minDomains <= 0)
        out.push(invalid([...p, "minDomains"], c.minDomains, "must be greater than zero"));
      if (wu !== "DoNotSchedule")
        out.push(invalid([...p, "minDomains"], c.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${wu}`));
    }
    const keys = strings(c.matchLabelKeys);
    const sel = isObj(c.labelSelector) ? c.labelSelector : void 0;
    if (keys.length > 0) {
      if (!sel)
        out.push(forbidden([...p, "matchLabelKeys"], "must not be specified when labelSelector is not set"));
      const selKeys = /* @__PURE__ */ new Set([...Object.keys(isRecord(sel?.matchLabels) ? sel.matchLabels : {}), ...records(sel?.matchExpressions).map(([e]) => str3(e.key))]);
      keys.forEach((k, j) => {
        out.push(...qualifiedName(k).map((e) => invalid([...p, "matchLabelKeys", j], k, e)));
        if (minor < 34 && selKeys.has(k))
          out.push(invalid([...p, "matchLabelKeys", j], k, "exists in both matchLabelKeys and labelSelector"));
      });
    }
    out.push(...labelSelector(sel, [...p, "labelSelector"]));
  });
  return out;
}
var isValidIP = (v) => ipFamilyOf(v) !== void 0;
var IP_DETAIL = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
var DNS1123_SUBDOMAIN_UNDERSCORE = /^_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/;
function dnsConfig(spec, path, minor) {
  const out = [];
  const cp = [...path, "dnsConfig"];
  const cfg = isObj(spec.dnsConfig) ? spec.dnsConfig : void 0;
  if (spec.dnsPolicy === "None") {
    if (!cfg)
      return [{ ...required(cp, "must provide `dnsConfig` when `dnsPolicy` is None", path), path: [...path, "dnsPolicy"], key: false }];
    if (strings(cfg.nameservers).length === 0)
      return [required([...cp, "nameservers"], "must provide at least one DNS nameserver when `dnsPolicy` is None", cp)];
  }
  if (!cfg)
    return out;
  const ns = strings(cfg.nameservers);
  if (ns.length > 3)
    out.push(invalid([...cp, "nameservers"], ns, "must not have more than 3 nameservers"));
  list(cfg.nameservers).forEach((n, i) => {
    if (typeof n === "string" && !isValidIP(n))
      out.push(invalid([...cp, "nameservers", i], n, IP_DETAIL));
  });
  const searches = strings(cfg.searches);
  if (searches.length > 32)
    out.push(invalid([...cp, "searches"], searches, "must not have more than 32 search paths"));
  if (searches.join(" ").length > 2048)
    out.push(invalid([...cp, "searches"], searches, "must not have more than 2048 characters (including spaces) in the search list"));
  list(cfg.searches).forEach((s, i) => {
    if (typeof s !== "string")
      return;
    const at = [...cp, "searches", i];
    if (minor >= 33) {
      if (s === ".")
        return;
      const v = s.replace(/\.$/, "");
      const errs = [];
      if (v.length > 253)
        errs.push("must be no more than 253 characters");
      if (!DNS1123_SUBDOMAIN_UNDERSCORE.test(v)) {
        errs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')");
      }
      out.push(...errs.map((e) => invalid(at, v, e)));
    } else {
      const v = s.replace(/\.$/, "");
      out.push(...dns1123Subdomain(v).map((e) => invalid(at, v, e)));
    }
  });
  for (const [o, i] of records(cfg.options)) {
    if (str3(o.name) === "")
      out.push({ path: [...cp, "options", i], key: true, message: fieldError.required(fieldName([...cp, "options", i]), "must not be empty") });
  }
  return out;
}
function hostAliases(spec, path) {
  const out = [];
  for (const [h, i] of records(spec.hostAliases)) {
    const p = [...path, "hostAliases", i];
    const ip = str3(h.ip);
    if (!isValidIP(ip))
      out.push({ ...invalid([...p, "ip"], ip, IP_DETAIL), ...h.ip === void 0 ? { path: p, key: true } : {} });
    list(h.hostnames).forEach((n, j) => {
      if (typeof n === "string")
        out.push(...dns1123Subdomain(n).map((e) => invalid([...p, "hostnames", j], n, e)));
    });
  }
  return out;
}
function gates(spec, path) {
  const out = [];
  for (const [g, i] of records(spec.readinessGates)) {
    const p = [...path, "readinessGates", i, "conditionType"];
    out.push(...qualifiedName(str3(g.conditionType)).map((e) => invalid(p, str3(g.conditionType), e)));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [g, i] of records(spec.schedulingGates)) {
    const shown = [...path, "schedulingGates", i];
    const at = [...shown, "name"];
    const name2 = str3(g.name);
    out.push(...qualifiedName(name2).map((e) => invalidShown(shown, at, name2, e)));
    if (seen.has(name2))
      out.push({ path: at, message: fieldError.duplicate(fieldName(shown), name2) });
    seen.add(name2);
  }
  return out;
}
var ID_RANGE = "must be between 0 and 2147483647, inclusive";
var SYSCTL = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
var SYSCTL_DETAIL = "must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";
function sysctlNamespace(name2) {
  const firstSep = name2.search(/[./]/);
  const n = firstSep >= 0 && name2[firstSep] === "/" ? name2.replace(/[./]/g, (c) => c === "/" ? "." : "/") : name2;
  if (n === "kernel.sem" || n.startsWith("kernel.shm") || n.startsWith("kernel.msg") || n.startsWith("fs.mqueue."))
    return "ipc";
  if (n.startsWith("net."))
    return "net";
  return void 0;
}
function securityContext2(spec, path, minor) {
  const out = [];
  const sc2 = isObj(spec.securityContext) ? spec.securityContext : void 0;
  const sp = [...path, "securityContext"];
  if (sc2) {
    for (const f of ["fsGroup", "runAsUser", "runAsGroup"]) {
      const v = sc2[f];
      if (typeof v === "number" && (v < 0 || v > 2147483647))
        out.push(invalid([...sp, f], v, ID_RANGE));
    }
    list(sc2.supplementalGroups).forEach((g, i) => {
      if (typeof g === "number" && (g < 0 || g > 2147483647))
        out.push(invalid([...sp, "supplementalGroups", i], g, ID_RANGE));
    });
    const names2 = /* @__PURE__ */ new Set();
    for (const [s, i] of records(sc2.sysctls)) {
      const np = [...sp, "sysctls", i, "name"];
      const name2 = str3(s.name);
      if (name2 === "")
        out.push(required(np, void 0, [...sp, "sysctls", i]));
      else if (name2.length > 253 || !SYSCTL.test(name2))
        out.push(invalid(np, name2, SYSCTL_DETAIL));
      else if (names2.has(name2))
        out.push(duplicate(np, name2));
      const ns = sysctlNamespace(name2);
      if (spec.hostNetwork === true && ns === "net")
        out.push(invalid(np, name2, "may not be specified when 'hostNetwork' is true"));
      else if (spec.hostIPC === true && ns === "ipc")
        out.push(invalid(np, name2, "may not be specified when 'hostIPC' is true"));
      names2.add(name2);
    }
    const seccomp = sc2.seccompProfile;
    if (isRecord(seccomp)) {
      const p = [...sp, "seccompProfile"];
      if (seccomp.type === "Localhost") {
        if (typeof seccomp.localhostProfile !== "string")
          out.push(required([...p, "localhostProfile"], "must be set when seccomp type is Localhost", p));
        else
          out.push(...localDescending(seccomp.localhostProfile, [...p, "localhostProfile"], [...p, "localhostProfile"]));
      } else if (typeof seccomp.localhostProfile === "string") {
        out.push(invalid([...p, "localhostProfile"], seccomp, "can only be set when seccomp type is Localhost"));
      }
    }
    const apparmor = sc2.appArmorProfile;
    if (minor >= 30 && isRecord(apparmor)) {
      const p = [...sp, "appArmorProfile"];
      const lp = apparmor.localhostProfile;
      if (apparmor.type === "Localhost") {
        if (typeof lp !== "string")
          out.push(required([...p, "localhostProfile"], "must be set when AppArmor type is Localhost", p));
        else {
          if (lp.trim() !== lp)
            out.push(invalid([...p, "localhostProfile"], lp, "must not be padded with whitespace"));
          else if (lp === "")
            out.push(required([...p, "localhostProfile"], "must be set when AppArmor type is Localhost", [...p, "localhostProfile"]));
          if (lp.length > 4095)
            out.push({ path: [...p, "localhostProfile"], message: `${fieldName([...p, "localhostProfile"])}: Too long: may not be more than 4095 bytes` });
        }
      } else if ((apparmor.type === "RuntimeDefault" || apparmor.type === "Unconfined") && typeof lp === "string") {
        out.push(invalid([...p, "localhostProfile"], lp, "can only be set when AppArmor type is Localhost"));
      }
    }
  }
  if (spec.shareProcessNamespace === true && spec.hostPID === true) {
    out.push(invalidShown([...sp, "shareProcessNamespace"], [...path, "shareProcessNamespace"], true, "ShareProcessNamespace and HostPID cannot both be enabled"));
  }
  if (minor >= 33 && spec.hostUsers === false) {
    for (const [f, shown] of [["hostNetwork", "hostNetwork"], ["hostPID", "HostPID"], ["hostIPC", "HostIPC"]]) {
      if (spec[f] === true)
        out.push({ path: [...path, f], message: `${fieldName([...path, shown])}: Forbidden: when \`pod.Spec.HostUsers\` is false` });
    }
  }
  return out;
}
function hostNetworkPorts(spec, path) {
  if (spec.hostNetwork !== true)
    return [];
  const out = [];
  for (const [c, i] of records(spec.containers)) {
    for (const [port, j] of records(c.ports)) {
      const hp = port.hostPort;
      if (typeof hp === "number" && hp !== 0 && hp !== port.containerPort) {
        out.push(invalid([...path, "containers", i, "ports", j, "hostPort"], hp, "must match `containerPort` when `hostNetwork` is true"));
      }
    }
  }
  return out;
}
function osFields(spec, path) {
  const os = isRecord(spec.os) ? str3(spec.os.name) : "";
  if (os !== "linux" && os !== "windows")
    return [];
  const out = [];
  const sc2 = isRecord(spec.securityContext) ? spec.securityContext : {};
  const sp = [...path, "securityContext"];
  const allContainers = ["containers", "initContainers"].flatMap((kind) => records(spec[kind]).map(([c, i]) => [c.securityContext, [...path, kind, i, "securityContext"]]));
  if (os === "linux") {
    if (sc2.windowsOptions !== void 0)
      out.push(forbidden([...sp, "windowsOptions"], "windows options cannot be set for a linux pod"));
    for (const [csc, cp] of allContainers)
      if (isRecord(csc) && csc.windowsOptions !== void 0)
        out.push(forbidden([...cp, "windowsOptions"], "windows options cannot be set for a linux pod"));
    return out;
  }
  const no = (at, shown) => ({ path: at, message: `${fieldName(shown ?? at)}: Forbidden: cannot be set for a windows pod` });
  for (const f of ["appArmorProfile", "seLinuxOptions", "seccompProfile", "fsGroup", "fsGroupChangePolicy", "runAsUser", "runAsGroup", "supplementalGroups", "supplementalGroupsPolicy", "seLinuxChangePolicy"]) {
    if (sc2[f] !== void 0)
      out.push(no([...sp, f]));
  }
  if (list(sc2.sysctls).length > 0)
    out.push(no([...sp, "sysctls"]));
  if (spec.hostUsers !== void 0)
    out.push(no([...path, "hostUsers"]));
  if (spec.hostPID === true)
    out.push(no([...path, "hostPID"]));
  if (spec.hostIPC === true)
    out.push(no([...path, "hostIPC"]));
  if (spec.shareProcessNamespace !== void 0)
    out.push(no([...path, "shareProcessNamespace"]));
  for (const [csc, cp] of allContainers) {
    if (!isRecord(csc))
      continue;
    for (const f of ["appArmorProfile", "seLinuxOptions", "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation", "procMount", "runAsUser", "runAsGroup"]) {
      if (csc[f] !== void 0)
        out.push(no([...cp, f]));
    }
  }
  return out;
}
function podEnums(spec, path, minor) {
  const out = [];
  for (const p of enumProblems("PodSpec", spec, path, minor)) {
    const first = p.entry.path[0];
    if (typeof first !== "string")
      continue;
    const emptyRequired = p.value === "" && typeof p.entry.empty === "object";
    const shown = p.entry.atParent && !emptyRequired ? p.path.slice(0, -1) : p.path;
    out.push({ path: p.path, message: enumMessage(p, fieldName(shown)) });
  }
  return out;
}
function podSpec(spec, path, claimNames2, minor, templateLabels2 = {}) {
  const out = [];
  out.push(...volumes(spec, path, claimNames2, minor));
  if (Array.isArray(spec.containers) && spec.containers.length === 0)
    out.push(shownAt(required([...path, "containers"]), [...path, "containers"]));
  out.push(...containers(spec, path, minor));
  out.push(...hostNetworkPorts(spec, path));
  out.push(...podEnums(spec, path, minor));
  out.push(...labelMap(spec.nodeSelector, [...path, "nodeSelector"]));
  out.push(...securityContext2(spec, path, minor));
  out.push(...affinity(spec.affinity, path, podLabelKeys(templateLabels2, minor), minor));
  out.push(...dnsConfig(spec, path, minor));
  out.push(...gates(spec, path));
  out.push(...topologySpread(spec.topologySpreadConstraints, path, minor));
  if (typeof spec.serviceAccountName === "string" && spec.serviceAccountName !== "") {
    out.push(...names([...path, "serviceAccountName"], spec.serviceAccountName, dns1123Subdomain));
  }
  for (const f of ["nodeName", "priorityClassName", "runtimeClassName"]) {
    const v = spec[f];
    if (typeof v === "string" && (v !== "" || f === "runtimeClassName"))
      out.push(...names([...path, f], v, dns1123Subdomain));
  }
  out.push(...tolerations(spec.tolerations, path));
  out.push(...hostAliases(spec, path));
  out.push(...osFields(spec, path));
  return out;
}
var APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
var DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
function validDeletionCost(v) {
  const first = v[0];
  if (first === void 0 || !(first === "-" || v === "0" || first >= "1" && first <= "9"))
    return false;
  if (!/^-?[0-9]+$/.test(v))
    return false;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647;
}
function seccompAnnotation(v, at) {
  if (v === "runtime/default" || v === "docker/default" || v === "unconfined")
    return [];
  if (v.startsWith("localhost/"))
    return localDescending(v.slice("localhost/".length), at, at);
  return [invalid(at, v, "must be a valid seccomp profile")];
}
function podAnnotations(annotations, spec, path) {
  if (!isRecord(annotations))
    return [];
  const out = [];
  const containerNames = new Set(["containers", "initContainers"].flatMap((k) => records(spec[k]).map(([c]) => str3(c.name))));
  for (const [k, raw] of Object.entries(annotations)) {
    if (typeof raw !== "string")
      continue;
    const at = [...path, k];
    if (k === DELETION_COST && !validDeletionCost(raw))
      out.push(invalid(at, raw, "must be a 32bit integer"));
    if (k === SECCOMP_POD || k.startsWith(SECCOMP_CONTAINER_PREFIX))
      out.push(...seccompAnnotation(raw, at));
    if (k.startsWith(APPARMOR_PREFIX)) {
      const container = k.slice(APPARMOR_PREFIX.length);
      if (!containerNames.has(container))
        out.push(invalid(at, container, "container not found"));
      if (raw !== "" && raw !== "runtime/default" && raw !== "unconfined" && !raw.startsWith("localhost/")) {
        out.push(invalid(at, raw, `invalid AppArmor profile name: ${JSON.stringify(raw)}`));
      }
    }
  }
  return out;
}

// build/rules/pod-template-invalid.js
var TYPES4 = ["required", "invalid", "forbidden", "duplicate", "notSupported", "tooLong", "notFound"];
var AT_APPLY = "the API server rejects the StatefulSet: it validates the template's labels and annotations";
var pod_template_invalid_default = defineRule({
  meta: {
    id: "pod-template-invalid",
    severity: "error",
    category: "failed-create",
    description: "Disallow pod templates that produce pods the API server rejects, so the rollout fails with FailedCreate",
    // `when` says when it fails: at apply, or at each pod's creation.
    messages: fieldErrorMessages(TYPES4, "pod template: $& ({{when}})")
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.targets("StatefulSet")) {
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const sts = admittedAs(r, ctx);
      const claims = claimTemplatesOf(sts).map(([t]) => claimTemplateName(t)).filter(Boolean);
      const atApply = labelsAndAnnotations(tpl.template.metadata, [...tpl.path, "metadata"]);
      for (const p of atApply) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES4);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail, when: AT_APPLY }, hint: hintOf(p) });
      }
      const spec = sts.spec?.template?.spec ?? {};
      const problems = podSpec(spec, [...tpl.path, "spec"], claims, minor, tpl.labels);
      problems.push(...podAnnotations(tpl.template.metadata?.annotations, spec, [...tpl.path, "metadata", "annotations"]));
      const svc = sts.spec?.serviceName;
      if (minor < 33 && typeof svc === "string" && svc !== "") {
        for (const e of dns1123Label(svc))
          problems.push({ path: ["spec", "serviceName"], message: `pod spec.subdomain: Invalid value: "${svc}": ${e}` });
      }
      if (problems.length === 0)
        continue;
      const rejected = atApply.length > 0 || ctx.schemaErrors(r).length > 0 || objectMeta("StatefulSet", r.object).length > 0 || statefulSetSpec(sts, minor).length > 0 || sts.spec?.selector !== void 0 && !selectorMatches(sts.spec.selector, tpl.labels);
      const when = rejected ? "once the API server accepts the StatefulSet (it rejects it for its own errors first), every pod fails to create: FailedCreate" : "the StatefulSet is accepted, then every pod fails to create: FailedCreate";
      for (const p of problems) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES4);
        ctx.report({
          resource: r,
          path: p.path,
          key: p.key,
          messageId: type2,
          data: { field, detail, when },
          hint: hintOf(p)
        });
      }
    }
  }
});

// build/rules/provisioner-removed.js
var provisioner_removed_default = defineRule({
  meta: {
    id: "provisioner-removed",
    severity: "warning",
    category: "runtime",
    description: "Disallow in-tree provisioner names that the target version removed or redirects to CSI",
    messages: {
      removedWithoutMigration: "in-tree provisioner {{provisioner}} was removed in Kubernetes 1.{{removedIn}} with no CSI migration: claims of this class are never provisioned",
      redirectedToCsi: "in-tree provisioner {{provisioner}} was removed in 1.{{removedIn}}; calls are redirected to {{csi}}, which must be installed",
      deprecated: "in-tree provisioner {{provisioner}} is deprecated and removed in 1.{{removedIn}}"
    }
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.targets("StorageClass")) {
      const name2 = r.object.provisioner;
      const p = typeof name2 === "string" ? provisioner(name2) : void 0;
      if (!p?.inTree)
        continue;
      const broken = removedWithoutReplacement(p, minor);
      const removed = minor >= p.inTree.removedIn;
      const data = { provisioner: p.name, removedIn: p.inTree.removedIn };
      ctx.report({
        resource: r,
        path: ["provisioner"],
        severity: broken ? "error" : "warning",
        ...broken ? { messageId: "removedWithoutMigration", data } : removed ? { messageId: "redirectedToCsi", data: { ...data, csi: String(p.inTree.csi) } } : { messageId: "deprecated", data },
        hint: p.inTree.csi ? `use provisioner: ${p.inTree.csi} in a new StorageClass` : "move to a CSI driver and migrate the data"
      });
    }
  }
});

// build/rules/provisioner-unavailable.js
var CLOUDS = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" };
var provisioner_unavailable_default = defineRule({
  meta: {
    id: "provisioner-unavailable",
    severity: "error",
    category: "runtime",
    description: "Require StorageClass provisioners to exist on the target cluster profile",
    messages: {
      otherCloud: `provisioner "{{provisioner}}" is {{cloud}}'s own storage and does not run on cluster profile "{{cluster}}": claims of this class stay Pending`,
      notInProfile: 'provisioner "{{provisioner}}" is not among the provisioners of cluster profile "{{cluster}}": claims of this class stay Pending',
      notOnFreshCluster: 'provisioner "{{provisioner}}" does not run on a fresh "{{cluster}}" cluster: claims of this class stay Pending unless its CSI driver is installed'
    }
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    if (!cluster)
      return;
    for (const r of ctx.targets("StorageClass")) {
      const p = r.object.provisioner;
      if (typeof p !== "string" || cluster.provisioners.includes(p))
        continue;
      const known = provisioner(p);
      const otherCloud = known?.cloud && cluster.cloud && known.cloud !== cluster.cloud ? known.cloud : void 0;
      const certain = cluster.exact === true || otherCloud !== void 0;
      ctx.report({
        resource: r,
        path: ["provisioner"],
        severity: certain ? "error" : "warning",
        ...otherCloud ? { messageId: "otherCloud", data: { provisioner: p, cloud: CLOUDS[otherCloud], cluster: cluster.name } } : { messageId: cluster.exact ? "notInProfile" : "notOnFreshCluster", data: { provisioner: p, cluster: cluster.name } },
        hint: certain ? `use one of: ${cluster.provisioners.join(", ")}, or install the CSI driver and add it to your cluster profile` : `make sure the cluster runs the driver of "${p}", or pass the cluster's own classes with --cluster FILE (kubectl get storageclass -o yaml)`
      });
    }
  }
});

// build/rules/retention-deletes-data.js
var retention_deletes_data_default = defineRule({
  meta: {
    id: "retention-deletes-data",
    severity: "info",
    category: "practice",
    description: "Point out persistentVolumeClaimRetentionPolicy settings that delete data with the pods",
    messages: {
      whenScaledDelete: "whenScaled: Delete: scaling down deletes the PVCs (and, with a Delete reclaim policy, the volumes) of the removed pods",
      whenDeletedDelete: "whenDeleted: Delete: deleting the StatefulSet deletes every PVC it created"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const policy = asStatefulSet(r).spec?.persistentVolumeClaimRetentionPolicy;
      if (!policy)
        continue;
      if (policy.whenScaled === "Delete") {
        ctx.report({
          resource: r,
          path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenScaled"],
          messageId: "whenScaledDelete",
          hint: "keep Retain if scaled-away replicas should find their data when scaled back up"
        });
      }
      if (policy.whenDeleted === "Delete") {
        ctx.report({
          resource: r,
          path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenDeleted"],
          messageId: "whenDeletedDelete",
          hint: "keep Retain unless the data is disposable; `kubectl delete --cascade=orphan` keeps pods and PVCs"
        });
      }
    }
  }
});

// build/rules/schema.js
var MAX_PER_OBJECT = 100;
var schema_default = defineRule({
  meta: {
    id: "schema",
    severity: "error",
    category: "rejected",
    description: "Require objects to match the Kubernetes OpenAPI schema of the target version, with no unknown fields",
    // One id per kind of schema error (the ajv keyword that fails: SchemaErrorKind), beside the
    // kind no version serves and the cap on findings per object.
    messages: {
      noMatchingKind: 'no matches for kind "{{kind}}" in version "{{apiVersion}}"',
      unknownField: 'unknown field "{{field}}"',
      required: "{{field}}: Required value",
      typeInvalid: "{{field}}: expected {{expected}}, got {{actual}}",
      invalidQuantity: "{{field}}: invalid quantity {{value}}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      outOfRange: "{{field}}: {{value}} is out of range for a 32-bit integer",
      tooManyErrors: "{{count}} more schema errors in this object are not listed (only the first {{max}} are)"
    }
  },
  check(ctx) {
    const { minor } = ctx.options.kubeVersion;
    for (const r of ctx.index.all) {
      if (!r.reportable)
        continue;
      const s = apiStatus(r.apiVersion, r.kind, minor);
      if (s.status === "no-match") {
        let hint2;
        if (s.firstServed !== void 0) {
          hint2 = `${r.apiVersion} serves ${r.kind} from Kubernetes 1.${s.firstServed} on (the target is 1.${minor})`;
          if (s.alternative)
            hint2 += `; use apiVersion: ${s.alternative.apiVersion}${s.alternative.enabledByDefault ? "" : ", served only where enabled"}`;
        } else if (s.alternative) {
          hint2 = `use apiVersion: ${s.alternative.apiVersion}`;
        } else if (s.suggestion) {
          const caseOnly = s.suggestion.kind.toLowerCase() === r.kind.toLowerCase();
          hint2 = `${caseOnly ? "kinds are case-sensitive (kubectl cannot map it): " : ""}did you mean ${s.suggestion.kind}?${s.suggestion.apiVersion === r.apiVersion ? "" : ` (apiVersion: ${s.suggestion.apiVersion})`}`;
        }
        ctx.report({
          resource: r,
          path: s.alternative || s.firstServed !== void 0 ? ["apiVersion"] : ["kind"],
          messageId: "noMatchingKind",
          data: { kind: r.kind, apiVersion: r.apiVersion },
          ...hint2 ? { hint: hint2 } : {}
        });
        continue;
      }
      const errors = ctx.schemaErrors(r);
      for (const e of errors.slice(0, MAX_PER_OBJECT)) {
        const { kind } = e;
        if (kind === "other")
          throw new Error(`schema error of an unhandled keyword: ${e.message}`);
        ctx.report({ resource: r, path: e.path, key: e.key, messageId: kind, data: e.data, ...e.hint ? { hint: e.hint } : {} });
      }
      if (errors.length > MAX_PER_OBJECT) {
        const next = errors[MAX_PER_OBJECT];
        ctx.report({ resource: r, path: next.path, key: next.key, messageId: "tooManyErrors", data: { count: errors.length - MAX_PER_OBJECT, max: MAX_PER_OBJECT } });
      }
    }
  }
});

// build/rules/selector-mismatch.js
var selector_mismatch_default = defineRule({
  meta: {
    id: "selector-mismatch",
    severity: "error",
    category: "rejected",
    description: "Require spec.selector to match the pod template's labels",
    messages: {
      selectorMismatch: "spec.template.metadata.labels ({{labels}}): `selector` does not match template `labels`; the API server rejects this StatefulSet"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sel = asStatefulSet(r).spec?.selector;
      if (!sel || selectorIsEmpty(sel))
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl || selectorMatches(sel, tpl.labels))
        continue;
      ctx.report({
        resource: r,
        path: ["spec", "template", "metadata", "labels"],
        messageId: "selectorMismatch",
        data: { labels: formatLabels(tpl.labels) },
        hint: "copy spec.selector.matchLabels into spec.template.metadata.labels",
        related: [{ resource: r, path: ["spec", "selector"], message: "the selector" }]
      });
    }
  }
});

// build/rules/service-not-found.js
var service_not_found_default = defineRule({
  meta: {
    id: "service-not-found",
    severity: "warning",
    category: "runtime",
    description: "Require spec.serviceName to name a Service of the same namespace and application",
    messages: {
      invalidName: 'serviceName "{{name}}" can never name a Service (Service names are DNS-1035 labels: lowercase, starting with a letter): the pods are created, but no DNS name ever resolves for them',
      // {{elsewhere}}: "" or where a Service of that name was found out of the StatefulSet's reach
      // (as ESLint's no-unused-vars appends {{additional}}).
      notFound: 'no Service "{{name}}" in namespace "{{namespace}}" among the inputs: the pods are created, but names like {{pod}} resolve only once that Service exists{{elsewhere}}'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const gov = governingService(ctx.index, r);
      if (!gov || gov.service)
        continue;
      const { name: name2 } = gov;
      const ns = ctx.index.namespaceOf(r);
      if (dns1035Label(name2).length > 0) {
        ctx.report({
          resource: r,
          path: ["spec", "serviceName"],
          messageId: "invalidName",
          data: { name: name2 },
          hint: 'rename the governing Service and serviceName to a DNS-1035 label such as "web"'
        });
        continue;
      }
      const pod = `${firstPodName(r)}.${name2}.${ns}.svc`;
      const elsewhere = ctx.index.outOfReach("Service", ns, name2, r)[0];
      const otherNamespace = elsewhere ? void 0 : ctx.index.visibleFrom(r).ofKind("Service").filter((s) => s.name === name2).sort((a, b) => ctx.index.namespaceOf(a) < ctx.index.namespaceOf(b) ? -1 : 1)[0];
      let where2 = "";
      if (elsewhere)
        where2 = `; a Service "${name2}" is defined in ${elsewhere.file.path}, in another directory tree, which stsplan takes for another application`;
      else if (otherNamespace)
        where2 = `; the Service "${name2}" in namespace "${ctx.index.namespaceOf(otherNamespace)}" does not count: pods resolve their subdomain in their own namespace`;
      ctx.report({
        resource: r,
        path: ["spec", "serviceName"],
        messageId: "notFound",
        data: { name: name2, namespace: ns, pod, elsewhere: where2 },
        hint: elsewhere ? `if ${elsewhere.file.path} belongs to this application, pass it with --context (or list it under context: in .stsplan.yaml)` : `add a headless Service "${name2}" (clusterIP: None) in namespace "${ns}" that selects the pods, or pass the file that defines it with --context`,
        ...elsewhere ?? otherNamespace ? { related: [{ resource: elsewhere ?? otherNamespace, path: ["metadata", "name"], message: elsewhere ? "a Service of that name in another application" : "a Service of that name in another namespace" }] } : {}
      });
    }
  }
});

// build/rules/service-not-headless.js
var service_not_headless_default = defineRule({
  meta: {
    id: "service-not-headless",
    severity: "warning",
    category: "runtime",
    description: "Require the governing Service of a StatefulSet to be headless (clusterIP: None)",
    messages: {
      externalName: 'Service "{{service}}" is an ExternalName Service: the EndpointSlice controller gives it no endpoints, so no DNS server publishes names like {{pod}}',
      notHeadlessKubeDns: 'Service "{{service}}" has a cluster IP (it is not headless): kube-dns, the DNS server of cluster profile "{{cluster}}", publishes per-pod names only for headless Services, so {{pod}} does not resolve',
      notHeadlessCoreDns: `Service "{{service}}" has a cluster IP (it is not headless): CoreDNS, the DNS server of cluster profile "{{cluster}}", still answers {{pod}} with the pod's address, but kube-dns and the Kubernetes DNS specification do not, and {{serviceDns}} returns the cluster IP instead of each pod's address`,
      notHeadless: `Service "{{service}}" has a cluster IP (it is not headless): CoreDNS (kubeadm, EKS, AKS, kind, minikube) still answers {{pod}} with the pod's address, kube-dns (GKE's default) does not, and {{serviceDns}} returns the cluster IP instead of each pod's address (--cluster names the target's DNS server)`
    }
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    const dns = cluster?.dns;
    const severity = dns === "kube-dns" ? "error" : "warning";
    for (const r of ctx.targets("StatefulSet")) {
      const gov = governingService(ctx.index, r);
      if (!gov?.service)
        continue;
      const { name: name2, service: svc } = gov;
      const spec = asService(svc).spec;
      const pod = `${firstPodName(r)}.${name2}.${ctx.index.namespaceOf(r)}.svc`;
      if (spec?.type === "ExternalName") {
        ctx.report({
          resource: r,
          path: ["spec", "serviceName"],
          severity,
          messageId: "externalName",
          data: { service: name2, pod },
          hint: "point serviceName at a headless Service (clusterIP: None) that selects the pods",
          related: [{ resource: svc, path: ["spec", "type"], message: "type: ExternalName here" }]
        });
        continue;
      }
      if (spec?.clusterIP === "None")
        continue;
      const ip = spec?.clusterIP;
      const service = `${name2}.${ctx.index.namespaceOf(r)}.svc`;
      const message = dns === "kube-dns" ? { messageId: "notHeadlessKubeDns", data: { service: name2, cluster: cluster.name, pod } } : dns === "coredns" ? { messageId: "notHeadlessCoreDns", data: { service: name2, cluster: cluster.name, pod, serviceDns: service } } : { messageId: "notHeadless", data: { service: name2, pod, serviceDns: service } };
      ctx.report({
        resource: r,
        path: ["spec", "serviceName"],
        severity,
        ...message,
        hint: "set `clusterIP: None` on the governing Service (clusterIP is immutable: delete and re-create the Service); keep a separate ClusterIP Service for clients",
        related: [{ resource: svc, path: ip ? ["spec", "clusterIP"] : ["spec"], key: !ip, message: ip ? `clusterIP "${ip}" here` : "no clusterIP: None here" }]
      });
    }
  }
});

// build/rules/service-selector-mismatch.js
var service_selector_mismatch_default = defineRule({
  meta: {
    id: "service-selector-mismatch",
    severity: "warning",
    category: "runtime",
    description: "Require the governing Service's selector to select the StatefulSet's pods",
    messages: {
      noSelector: 'Service "{{service}}" has no selector: its endpoints, and so names like {{pod}}, are whatever the program that writes them publishes (as Patroni does for its leader); stsplan cannot see them',
      selectsSomePods: 'Service "{{service}}" selects {{selector}}, which only {{selected}} of {{range}} carry: the other pods get no endpoint in it, so their names ({{pod}} and the like) do not resolve',
      selectsNoPod: 'Service "{{service}}" selects {{selector}}, but the pods carry {{labels}} (no {{missing}}): the Service has no endpoints for them, so names like {{pod}} do not resolve'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const gov = governingService(ctx.index, r);
      if (!gov?.service)
        continue;
      const { name: name2, service: svc } = gov;
      const spec = asService(svc).spec;
      if (spec?.type === "ExternalName")
        continue;
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const ns = ctx.index.namespaceOf(r);
      const pod = `${firstPodName(r)}.${name2}.${ns}.svc`;
      const selector = asLabels(spec?.selector);
      if (Object.keys(selector).length === 0) {
        const scope = ctx.index.visibleFrom(r);
        const written = scope.inNamespace("Endpoints", ns).some((e) => e.name === name2) || scope.inNamespace("EndpointSlice", ns).some((e) => asLabels(e.object.metadata?.labels)["kubernetes.io/service-name"] === name2);
        if (written)
          continue;
        ctx.report({
          resource: r,
          path: ["spec", "serviceName"],
          severity: "info",
          messageId: "noSelector",
          data: { service: name2, pod },
          hint: `if nothing writes endpoints for "${name2}", add \`selector: {${Object.entries(tpl.labels).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(", ")}}\` to it`,
          related: [{ resource: svc, path: ["spec"], key: true, message: "Service spec without a selector" }]
        });
        continue;
      }
      const selection = statefulSetPodsSelected(r, termsOfMap(selector), (labels) => mapSelectorMatches(selector, labels), ctx.options.featureGates);
      if (selection.count === selection.pods)
        continue;
      if (selection.count > 0) {
        ctx.report({
          resource: r,
          path: ["spec", "serviceName"],
          messageId: "selectsSomePods",
          data: { service: name2, selector: formatLabels(selector), selected: selectionText(selection), range: selection.range, pod },
          hint: "select the labels every pod of the set carries (those of spec.selector); keep per-pod Services separate from the governing Service",
          related: [{ resource: svc, path: ["spec", "selector"], message: "the Service selector" }]
        });
        continue;
      }
      const missing = Object.entries(selector).filter(([k, v]) => tpl.labels[k] !== v).map(([k, v]) => `${k}=${v}`);
      ctx.report({
        resource: r,
        path: [...tpl.path, "metadata", "labels"],
        messageId: "selectsNoPod",
        data: { service: name2, selector: formatLabels(selector), labels: formatLabels(tpl.labels), missing: missing.join(", "), pod },
        hint: "make the Service selector a subset of the pod template labels",
        related: [{ resource: svc, path: ["spec", "selector"], message: "the Service selector" }]
      });
    }
  }
});

// build/rules/service-spec-invalid.js
var TYPES5 = ["required", "invalid", "forbidden", "duplicate", "notSupported"];
var service_spec_invalid_default = defineRule({
  meta: {
    id: "service-spec-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow Service specs that the API server rejects (validation beyond the schema)",
    messages: {
      ...fieldErrorMessages(TYPES5),
      // Without the cluster's IP families: what the API server says on a cluster that lacks them.
      dualStackUnknown: 'ipFamilyPolicy RequireDualStack: the API server rejects the Service on a single-stack cluster ("{{error}}")',
      familyUnknown: 'ipFamilies {{family}}: the API server rejects the Service on a cluster without {{family}} Services ("{{error}}")'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("Service")) {
      const svc = admittedAs(r, ctx);
      for (const p of serviceSpec(svc, ctx.options.kubeVersion.minor)) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES5);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail }, ...p.hint ? { hint: p.hint } : {} });
      }
      for (const p of serviceClusterProblems(svc, ctx.options.cluster?.ipFamilies)) {
        const hint2 = p.hint ? { hint: p.hint } : {};
        if (p.known) {
          const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES5);
          ctx.report({ resource: r, path: p.path, severity: "error", messageId: type2, data: { field, detail }, ...hint2 });
        } else if (p.check === "dualStack") {
          ctx.report({ resource: r, path: p.path, severity: "warning", messageId: "dualStackUnknown", data: { error: p.apiMessage }, ...hint2 });
        } else {
          ctx.report({ resource: r, path: p.path, severity: "warning", messageId: "familyUnknown", data: { family: p.family ?? "", error: p.apiMessage }, ...hint2 });
        }
      }
    }
  }
});

// build/rules/service-targets-no-pods.js
var WORKLOADS = ["StatefulSet", "Deployment", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod"];
var service_targets_no_pods_default = defineRule({
  meta: {
    id: "service-targets-no-pods",
    severity: "warning",
    category: "runtime",
    description: "Require a Service selector to select the pods of some workload in the inputs or context",
    messages: {
      noSuchOrdinal: 'selector {{selector}} matches no pod: StatefulSet "{{set}}" has pods {{range}}, so the Service has no endpoints',
      noWorkload: 'selector {{selector}} matches the pods of no workload in namespace "{{namespace}}" among the inputs: unless a workload defined elsewhere carries these labels, the Service has no endpoints'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("Service")) {
      const spec = asService(r).spec;
      if (!spec || spec.type === "ExternalName")
        continue;
      const selector = asLabels(spec.selector);
      if (Object.keys(selector).length === 0)
        continue;
      const ns = ctx.index.namespaceOf(r);
      const scopes = [ctx.index.visibleFrom(r), ctx.index.below(r)];
      const selects = (labels) => mapSelectorMatches(selector, labels);
      const terms = termsOfMap(selector);
      const hit = (w) => {
        if (w.kind === "StatefulSet")
          return statefulSetPodsSelected(w, terms, selects, ctx.options.featureGates).count > 0;
        const labels = podTemplateOf(w)?.labels;
        return labels !== void 0 && selects(labels);
      };
      let seen = false;
      let found = false;
      search: for (const scope of scopes) {
        for (const kind of WORKLOADS) {
          for (const w of scope.ofKindIn(kind, ns)) {
            seen = true;
            if (hit(w)) {
              found = true;
              break search;
            }
          }
        }
      }
      if (found || !seen)
        continue;
      const candidates = scopes.flatMap((scope) => WORKLOADS.flatMap((kind) => scope.ofKindIn(kind, ns)));
      const podName2 = selector[POD_NAME_LABEL];
      const owner = podName2 === void 0 ? void 0 : candidates.find((w) => w.kind === "StatefulSet" && podName2.startsWith(`${w.name}-`));
      const range = owner && statefulSetPodsSelected(owner, terms, () => true, ctx.options.featureGates).range;
      ctx.report({
        resource: r,
        path: ["spec", "selector"],
        ...owner ? { messageId: "noSuchOrdinal", data: { selector: formatLabels(selector), set: owner.name, range: String(range) } } : { messageId: "noWorkload", data: { selector: formatLabels(selector), namespace: ns } },
        hint: "align the selector with the pod template labels of the workload it fronts"
      });
    }
  }
});

// build/rules/statefulset-spec-invalid.js
var TYPES6 = ["required", "invalid", "forbidden", "notSupported"];
var statefulset_spec_invalid_default = defineRule({
  meta: {
    id: "statefulset-spec-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow StatefulSet specs that the API server rejects (validation beyond the schema)",
    messages: fieldErrorMessages(TYPES6)
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      for (const p of statefulSetSpec(admittedAs(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES6);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail }, ...p.hint ? { hint: p.hint } : {} });
      }
    }
  }
});

// build/rules/storage-class-not-found.js
var storage_class_not_found_default = defineRule({
  meta: {
    id: "storage-class-not-found",
    severity: "warning",
    category: "runtime",
    description: "Require storageClassName to name a StorageClass from the inputs or the cluster profile",
    messages: {
      // {{elsewhere}}: "" or where a StorageClass of that name was found out of the claim's reach
      // (as ESLint's no-unused-vars appends {{additional}}).
      notInProfile: `{{prefix}}StorageClass "{{name}}" does not exist on cluster profile "{{cluster}}" or in this application's inputs: the claim stays Pending{{elsewhere}}`,
      notOnFreshCluster: `{{prefix}}StorageClass "{{name}}" is neither in this application's inputs nor one of the classes a fresh "{{cluster}}" cluster has: unless someone created it, the claim stays Pending{{elsewhere}}`,
      notInInputs: `{{prefix}}StorageClass "{{name}}" is not defined in this application's inputs (pass --cluster to check it against a cluster){{elsewhere}}`
    }
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    for (const c of claimsOf({ pvcs: ctx.targets("PersistentVolumeClaim"), statefulSets: ctx.targets("StatefulSet") })) {
      const cls = classOf(c.claim, c.base, ctx.index.visibleFrom(c.resource), cluster);
      if (cls.origin !== "missing" || cls.via === "none" || cls.via === "default")
        continue;
      const elsewhere = ctx.index.outOfReach("StorageClass", "", cls.name, c.resource)[0];
      const where2 = elsewhere ? `; a StorageClass "${cls.name}" is defined in ${elsewhere.file.path}, in another directory tree, which stsplan takes for another application` : "";
      const data = { prefix: c.prefix, name: String(cls.name), elsewhere: where2 };
      ctx.report({
        resource: c.resource,
        path: cls.path,
        // Only a profile made of the cluster's own classes knows that one is missing; a built-in
        // profile is a fresh cluster, to which a team may have added classes.
        severity: cluster?.exact ? "error" : "warning",
        ...cluster ? { messageId: cluster.exact ? "notInProfile" : "notOnFreshCluster", data: { ...data, cluster: cluster.name } } : { messageId: "notInInputs", data },
        hint: elsewhere ? `if ${elsewhere.file.path} belongs to this cluster, pass it with --context (or list it under context: in .stsplan.yaml)` : cluster ? `use one of: ${cluster.storageClasses.map((s) => s.name).join(", ") || "(the profile has none)"}, add the StorageClass, or pass the cluster's own classes with --cluster FILE` : "add the StorageClass manifest, pass it with --context, or name the target cluster with --cluster",
        ...elsewhere ? { related: [{ resource: elsewhere, path: ["metadata", "name"], message: "a StorageClass of that name in another application" }] } : {}
      });
    }
  }
});

// build/rules/storageclass-invalid.js
var TYPES7 = ["required", "invalid", "notSupported", "duplicate", "tooLong"];
var storageclass_invalid_default = defineRule({
  meta: {
    id: "storageclass-invalid",
    severity: "error",
    category: "rejected",
    description: "Disallow StorageClasses that the API server rejects",
    messages: fieldErrorMessages(TYPES7)
  },
  check(ctx) {
    for (const r of ctx.targets("StorageClass")) {
      for (const p of storageClass(admittedAs(r, ctx), ctx.options.kubeVersion.minor)) {
        const { type: type2, field, detail } = fieldErrorOf(p.message, TYPES7);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type2, data: { field, detail } });
      }
    }
  }
});

// build/rules/termination-grace-period-zero.js
var termination_grace_period_zero_default = defineRule({
  meta: {
    id: "termination-grace-period-zero",
    severity: "warning",
    category: "runtime",
    description: "Disallow terminationGracePeriodSeconds: 0 on a StatefulSet's pods, which turns every pod deletion into a force deletion",
    messages: {
      forceDeletion: "terminationGracePeriodSeconds: 0 makes every deletion of these pods a force deletion: the API server removes the pod object at once, so the controller can start the same identity (same name, same PVC) while the old containers still run on their node"
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const tpl = podTemplateOf(r);
      if (!tpl || tpl.spec.terminationGracePeriodSeconds !== 0)
        continue;
      ctx.report({
        resource: r,
        path: [...tpl.path, "spec", "terminationGracePeriodSeconds"],
        messageId: "forceDeletion",
        hint: "remove it (the default is 30 seconds) or set the seconds the application needs to shut down cleanly"
      });
    }
  }
});

// build/src/text/shell-quote.js
var BARE = /^[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:=@%+,-]*$/;
function shellQuote(word) {
  if (BARE.test(word))
    return word;
  if (!UNPRINTABLE.test(word))
    return `'${word.replace(/'/g, `'\\''`)}'`;
  const bytes = new TextEncoder();
  let out = "";
  for (const c of word) {
    if (c === "\\" || c === "'")
      out += `\\${c}`;
    else if (c === "	")
      out += "\\t";
    else if (UNPRINTABLE.test(c))
      out += [...bytes.encode(c)].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    else
      out += c;
  }
  return `$'${out}'`;
}

// build/rules/volatile-immutable-label.js
var MAX_LABEL_VALUE = 63;
var NAME_AND_VERSION = /^[A-Za-z][A-Za-z0-9._-]*?-v?\d+\.\d+\.\d+(?:[-_.+][A-Za-z0-9._+-]*)?$/;
var BARE_VERSION = /^v?\d+\.\d+\.\d+(?:[-_.+][A-Za-z0-9._+-]*)?$/;
var isVersionKey = (key2) => key2 === "version" || key2.endsWith("/version");
var releaseTag = (tag) => /\d/.test(tag) && (tag.includes(".") || tag.length >= 7);
function taggedImages(r) {
  const t = podTemplateOf(r);
  if (!t)
    return [];
  const out = [];
  for (const c of containersOf(t.spec)) {
    if (c.kind === "ephemeralContainers")
      continue;
    const image = c.container.image;
    if (typeof image !== "string")
      continue;
    const tag = imageTag(image);
    if (releaseTag(tag))
      out.push({ container: String(c.container.name ?? ""), tag, path: [...t.path, "spec", ...c.path, "image"] });
  }
  return out;
}
function volatility(r, key2, value, images) {
  if (value === "" || value.length > MAX_LABEL_VALUE)
    return void 0;
  if (key2 === "app.kubernetes.io/version")
    return { reason: "is the app version, which changes with every app release" };
  if (NAME_AND_VERSION.test(value))
    return { reason: "carries a version (NAME-X.Y.Z) that changes with every release" };
  if (isVersionKey(key2) && BARE_VERSION.test(value))
    return { reason: "is a release version, which changes with every release" };
  const image = images.find((i) => i.tag === value);
  if (image) {
    return {
      reason: `repeats the image tag of container "${image.container}", which changes with every image update`,
      related: { resource: r, path: image.path, message: `the image whose tag it repeats` }
    };
  }
  return void 0;
}
var SELECTOR_FIX = "spec.selector (select on labels that stay the same, such as app.kubernetes.io/name and app.kubernetes.io/instance)";
var fix = (where2, name2) => `drop it from ${where2}; keep it on metadata.labels and the pod template. Removing it from an existing StatefulSet is a change too: kubectl delete statefulset ${shellQuote(name2)} --cascade=orphan (pods and PVCs stay), then apply`;
var volatile_immutable_label_default = defineRule({
  meta: {
    id: "volatile-immutable-label",
    severity: "warning",
    category: "runtime",
    description: "Disallow labels that change with each release in volumeClaimTemplates and the selector, which an update cannot change",
    // One id per place the API server does not let an update change.
    messages: {
      claimTemplateLabel: `label "{{label}}: {{value}}" of claim template "{{template}}" {{reason}}, but volumeClaimTemplates cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than 'replicas', \u2026")`,
      selectorLabel: `selector label "{{label}}: {{value}}" {{reason}}, but spec.selector cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than 'replicas', \u2026")`,
      selectorExpression: `selector value "{{value}}" of key "{{label}}" {{reason}}, but spec.selector cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than 'replicas', \u2026")`
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const sts = asStatefulSet(r);
      const images = taggedImages(r);
      const before = ctx.base?.get("StatefulSet", ctx.index.namespaceOf(r), r.name);
      const changedNow = (path, value) => before !== void 0 && valueAt(before.object, path) !== value;
      const hint2 = (where2) => fix(where2, r.name);
      for (const [t, i] of claimTemplatesOf(sts)) {
        const labels = isRecord(t.metadata) && isRecord(t.metadata.labels) ? t.metadata.labels : {};
        for (const [key2, value] of Object.entries(labels)) {
          if (typeof value !== "string")
            continue;
          const v = volatility(r, key2, value, images);
          const path = ["spec", "volumeClaimTemplates", i, "metadata", "labels", key2];
          if (!v || changedNow(path, value))
            continue;
          ctx.report({
            resource: r,
            path,
            key: true,
            messageId: "claimTemplateLabel",
            data: { label: key2, value, template: claimTemplateName(t) || `#${i}`, reason: v.reason },
            hint: hint2("the claim template's labels (in a Helm chart, use the selector labels there)"),
            ...v.related ? { related: [v.related] } : {}
          });
        }
      }
      const selector = sts.spec?.selector;
      if (typeof selector !== "object" || selector === null)
        continue;
      const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
      for (const [key2, value] of Object.entries(matchLabels)) {
        if (typeof value !== "string")
          continue;
        const v = volatility(r, key2, value, images);
        const path = ["spec", "selector", "matchLabels", key2];
        if (!v || changedNow(path, value))
          continue;
        ctx.report({
          resource: r,
          path,
          key: true,
          messageId: "selectorLabel",
          data: { label: key2, value, reason: v.reason },
          hint: hint2(SELECTOR_FIX),
          ...v.related ? { related: [v.related] } : {}
        });
      }
      for (const [e, i] of records(selector.matchExpressions)) {
        if (typeof e.key !== "string" || !Array.isArray(e.values))
          continue;
        e.values.forEach((value, j) => {
          if (typeof value !== "string")
            return;
          const v = volatility(r, e.key, value, images);
          const path = ["spec", "selector", "matchExpressions", i, "values", j];
          if (!v || changedNow(path, value))
            return;
          ctx.report({
            resource: r,
            path,
            messageId: "selectorExpression",
            data: { label: e.key, value, reason: v.reason },
            hint: hint2(SELECTOR_FIX),
            ...v.related ? { related: [v.related] } : {}
          });
        });
      }
    }
  }
});

// build/rules/volume-mount-unknown.js
var volume_mount_unknown_default = defineRule({
  meta: {
    id: "volume-mount-unknown",
    severity: "error",
    category: "failed-create",
    description: "Require every volumeMount to name a pod volume or a claim template",
    messages: {
      unknownVolume: 'container "{{container}}" mounts "{{volume}}", which is neither a pod volume nor a claim template: pod creation fails (FailedCreate)'
    }
  },
  check(ctx) {
    for (const r of ctx.targets("StatefulSet")) {
      const tpl = podTemplateOf(r);
      if (!tpl)
        continue;
      const sts = asStatefulSet(r);
      const volumes2 = new Set(records(tpl.spec.volumes).map(([v]) => v.name));
      const claims = claimTemplatesOf(sts).map(([t]) => claimTemplateName(t));
      for (const c of claims)
        volumes2.add(c);
      const known = [...volumes2].filter(Boolean);
      for (const { container, path } of containersOf(tpl.spec)) {
        for (const field of ["volumeMounts", "volumeDevices"]) {
          for (const [m, j] of records(container[field])) {
            if (typeof m.name !== "string" || volumes2.has(m.name))
              continue;
            ctx.report({
              resource: r,
              path: [...tpl.path, "spec", ...path, field, j, "name"],
              messageId: "unknownVolume",
              data: { container: container.name, volume: m.name },
              hint: known.length ? `mount one of: ${known.join(", ")}, or add a volume or claim template named "${m.name}"` : `add a volumeClaimTemplate or a volume named "${m.name}"`
            });
          }
        }
      }
    }
  }
});

// build/rules/yaml-custom-tag.js
var BINARY = "tag:yaml.org,2002:binary";
var yaml_custom_tag_default = defineRule({
  meta: {
    id: "yaml-custom-tag",
    severity: "warning",
    category: "runtime",
    description: "Disallow YAML tags that kubectl ignores (!Ref, !Sub) or reads differently (!!binary)",
    messages: {
      binaryTag: "kubectl decodes a !!binary value and sends the decoded bytes as a string, not the base64 text written here",
      ignoredTag: "kubectl ignores the tag {{tag}} and sends the value as written: is this a template for another tool (CloudFormation, a config generator)?"
    }
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      if (!r.reportable || r.file.fast || r.file.json)
        continue;
      for (const { path, node, isKey } of nodes(r)) {
        const tag = node.tag;
        if (!tag)
          continue;
        if (tag === BINARY) {
          ctx.report({
            resource: r,
            path,
            key: isKey,
            messageId: "binaryTag",
            hint: "drop the !!binary tag: Secret data and ConfigMap binaryData already take base64 text"
          });
        } else if (tag.startsWith("!")) {
          ctx.report({
            resource: r,
            path,
            key: isKey,
            messageId: "ignoredTag",
            data: { tag },
            hint: "remove the tag, or lint the rendered manifests instead of the template"
          });
        }
      }
    }
  }
});

// build/rules/yaml-1.1-ambiguity.js
var yaml_1_1_ambiguity_default = defineRule({
  meta: {
    id: "yaml-1.1-ambiguity",
    severity: "warning",
    category: "runtime",
    description: "Disallow plain scalars that kubectl and Helm (go-yaml v2) read as booleans and kustomize (go-yaml v3) as strings",
    messages: {
      ambiguousValue: "value {{source}} is {{as11}} to kubectl and Helm (go-yaml v2, YAML 1.1) but {{as12}} to kustomize, Flux and yq (go-yaml v3)",
      ambiguousKey: 'key {{source}} is {{as11}} to kubectl and Helm (go-yaml v2, YAML 1.1) but {{as12}} to kustomize, Flux and yq (go-yaml v3); kubectl turns the key into "{{boolean}}"'
    }
  },
  check(ctx) {
    for (const r of ctx.index.all) {
      if (!r.reportable || r.file.json || r.file.fast && !r.file.fast.yaml11)
        continue;
      for (const v of scalars(r)) {
        if (v.scalar.type !== "PLAIN" || typeof v.scalar.source !== "string")
          continue;
        const a = yaml11Ambiguity(v.scalar.source);
        if (!a)
          continue;
        ctx.report({
          resource: r,
          path: v.path,
          key: v.isKey,
          ...v.isKey ? { messageId: "ambiguousKey", data: { source: v.scalar.source, as11: a.as11, as12: a.as12, boolean: a.as11.endsWith("true") ? "true" : "false" } } : { messageId: "ambiguousValue", data: { source: v.scalar.source, as11: a.as11, as12: a.as12 } },
          hint: `quote it ("${v.scalar.source}") if you mean the string, or write ${a.as11.replace(/^the boolean /, "")} if you mean the boolean`
        });
      }
    }
  }
});

// build/rules/index.js
var rules = [
  access_mode_invalid_default,
  access_mode_unsupported_default,
  claim_spec_invalid_default,
  claim_template_namespace_default,
  claim_template_unused_default,
  default_storage_class_default,
  deprecated_api_version_default,
  deprecated_topology_label_default,
  duplicate_key_default,
  duplicate_resource_default,
  field_dropped_default,
  headless_port_unnamed_default,
  hpa_replicas_conflict_default,
  immediate_binding_zonal_default,
  immutable_field_changed_default,
  lint_rendered_output_default,
  max_unavailable_ignored_default,
  metadata_invalid_default,
  missing_readiness_probe_default,
  name_too_long_default,
  partition_out_of_range_default,
  pdb_blocks_disruption_default,
  pdb_missing_default,
  pdb_spec_invalid_default,
  peer_dns_before_ready_default,
  peer_probe_deadlock_default,
  pod_anti_affinity_missing_default,
  pod_template_invalid_default,
  provisioner_removed_default,
  provisioner_unavailable_default,
  retention_deletes_data_default,
  schema_default,
  selector_mismatch_default,
  service_not_found_default,
  service_not_headless_default,
  service_selector_mismatch_default,
  service_spec_invalid_default,
  service_targets_no_pods_default,
  statefulset_spec_invalid_default,
  storage_class_not_found_default,
  storageclass_invalid_default,
  termination_grace_period_zero_default,
  volatile_immutable_label_default,
  volume_mount_unknown_default,
  yaml_1_1_ambiguity_default,
  yaml_custom_tag_default
];

// build/src/lint/suppress.js
var IGNORE_ANNOTATION = "stsplan.dev/ignore";
function ids(list2) {
  return new Set(list2.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean));
}
function suppressedBy(resource, ruleId) {
  const meta = resource.object.metadata;
  const value = meta?.annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== "string")
    return false;
  const set2 = ids(value);
  return set2.has(ruleId) || set2.has("all");
}
var DIRECTIVE = /#\s*stsplan-ignore(?:-line)?\s+([a-z0-9][a-z0-9\-,\s]*)/;
function comments(text2) {
  const out = [];
  const stack = [...new (yamlLib()).Parser().parse(text2)];
  while (stack.length) {
    const token = stack.pop();
    if (Array.isArray(token)) {
      for (const t of token)
        stack.push(t);
    } else if (typeof token === "object" && token !== null) {
      const t = token;
      if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string")
        out.push({ offset: t.offset, source: t.source });
      else
        for (const v of Object.values(token))
          if (typeof v === "object" && v !== null)
            stack.push(v);
    }
  }
  return out;
}
function commentSuppressions(file) {
  const out = /* @__PURE__ */ new Map();
  const text2 = file.blanked ?? file.text;
  if (!text2.includes("stsplan-ignore"))
    return out;
  for (const { offset, source } of comments(text2)) {
    const m = DIRECTIVE.exec(source);
    if (!m)
      continue;
    const set2 = ids(m[1].split("#")[0]);
    const { line, column } = rangeFromOffsets(file, offset, offset).start;
    const own = file.text.slice(offset - column + 1, offset).trim() === "";
    const n = own ? line + 1 : line;
    const cur = out.get(n);
    if (cur)
      for (const id of set2)
        cur.add(id);
    else
      out.set(n, new Set(set2));
  }
  return out;
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
  const list2 = Array.isArray(t) ? t : [t];
  return list2.map((x) => TYPE_NAMES[String(x)] ?? String(x)).join(" or ");
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
        const name2 = String(e.params.additionalProperty);
        const full = fieldName([...path, name2]);
        err = {
          kind: "unknownField",
          data: { field: full },
          path: [...path, name2],
          key: true,
          message: `unknown field "${full}"`,
          hint: "check the spelling and the indentation; `kubectl apply` rejects unknown fields (strict field validation)"
        };
        prune.push([...path, name2]);
        break;
      }
      case "required": {
        const name2 = String(e.params.missingProperty);
        err = { kind: "required", data: { field: fieldName([...path, name2]) }, path, key: path.length > 0, message: `${fieldName([...path, name2])}: Required value`, required: true };
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
  const resources3 = [];
  const schemaErrors = [];
  for (const r of loaded.resources) {
    const validator = SERVED[r.kind] === r.apiVersion ? validators[r.kind] : void 0;
    if (!validator) {
      resources3.push(r);
      schemaErrors.push(void 0);
      continue;
    }
    const clean = stripNulls(r.object);
    const { errors, pruned } = validate(validator, clean);
    resources3.push({ ...r, object: pruned });
    schemaErrors.push(errors.length ? errors : void 0);
  }
  return { path: input.path, reportable, ...input.shared ? { shared: true } : {}, discovered: input.discovered ?? false, foreign: loaded.foreign ?? false, ...loaded.role ? { role: loaded.role } : {}, errors: loaded.errors, resources: resources3, schemaErrors };
}
function loadInputs(inputs, validators, limits) {
  return inputs.map((input) => loadInput(input, validators, limits));
}
function collectLoaded(inputs, ignoreNonKubernetes = false) {
  const all = [...inputs];
  const patchFiles = /* @__PURE__ */ new Set();
  for (const one of all)
    if (one.role?.kind === "kustomization")
      for (const p of one.role.patches)
        patchFiles.add(p);
  const loaded = { resources: [], sources: [], inputErrors: [], schemaErrors: /* @__PURE__ */ new Map(), files: [] };
  for (const one of all) {
    if (one.foreign && (ignoreNonKubernetes || one.discovered))
      continue;
    loaded.files.push({ path: one.path, reportable: one.reportable });
    if (one.role && one.role.kind !== "helm-values" && one.reportable)
      loaded.sources.push(one.role);
    const patch = patchFiles.has(normalizePath(one.path));
    if (one.reportable)
      loaded.inputErrors.push(...patch ? one.errors.filter((e) => !e.message.startsWith("document is not a Kubernetes object")) : one.errors);
    one.resources.forEach((r, i) => {
      if (patch)
        r.partial = "patch";
      loaded.resources.push(r);
      const errors = patch ? one.schemaErrors[i]?.filter((e) => !e.required) : one.schemaErrors[i];
      if (errors?.length)
        loaded.schemaErrors.set(r, errors);
    });
  }
  markProbablePatches(loaded);
  return loaded;
}
function markProbablePatches(loaded) {
  const whole = /* @__PURE__ */ new Map();
  const key2 = (r) => `${r.kind}\0${r.name}`;
  const incomplete = [];
  for (const r of loaded.resources) {
    if (r.partial || !r.name)
      continue;
    if (missingToCreate(r).length > 0) {
      if (patchShaped(r))
        incomplete.push(r);
    } else {
      let list2 = whole.get(key2(r));
      if (!list2)
        whole.set(key2(r), list2 = []);
      list2.push(r);
    }
  }
  for (const r of incomplete) {
    const dir = dirName(r.file.path);
    const twin = whole.get(key2(r))?.filter((w) => dirName(w.file.path) !== dir && w.apiVersion === r.apiVersion && (w.namespace === void 0 || r.namespace === void 0 || w.namespace === r.namespace)).sort((a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.docIndex - b.docIndex)[0];
    if (!twin)
      continue;
    r.partial = "probable";
    r.patchOf = twin;
    const errors = loaded.schemaErrors.get(r)?.filter((e) => !e.required);
    if (errors?.length)
      loaded.schemaErrors.set(r, errors);
    else
      loaded.schemaErrors.delete(r);
  }
}

// build/src/load/parallel.js
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
function fromWireRole(w, file, reportable) {
  if (w.kind === "helm-values")
    return { kind: w.kind };
  const kind = w.kind === "kustomization" ? "Kustomization" : w.kind === "helm-chart" ? "Helm chart" : "Helm template";
  const resource = { file, docIndex: 0, base: [], object: w.object ?? {}, apiVersion: w.apiVersion ?? "", kind, name: w.name ?? "", namespace: void 0, reportable };
  return w.kind === "kustomization" ? { kind: w.kind, patches: w.patches ?? [], resource } : { kind: w.kind, dir: w.dir ?? "", resource };
}
function fromWire(result) {
  const objects = JSON.parse(result.objects);
  let next = 0;
  return result.files.map((w) => {
    const file = { path: w.path, text: w.text, json: w.json };
    if (w.fast)
      file.fast = w.fast;
    if (w.blanked !== void 0)
      file.blanked = w.blanked;
    return {
      path: w.path,
      reportable: w.reportable,
      ...w.shared ? { shared: true } : {},
      ...w.role ? { role: fromWireRole(w.role, file, w.reportable) } : {},
      discovered: w.discovered,
      foreign: w.foreign,
      errors: w.errors,
      resources: w.resources.map((r) => ({
        file,
        docIndex: r.docIndex,
        base: r.base,
        object: r.object ?? objects[next++],
        apiVersion: r.apiVersion,
        kind: r.kind,
        name: r.name,
        namespace: r.namespace,
        reportable: w.reportable,
        ...w.shared ? { shared: true } : {}
      })),
      schemaErrors: w.resources.map((r) => r.schemaErrors)
    };
  });
}
function size(input) {
  return typeof input.content === "string" ? input.content.length : input.content.byteLength;
}
function split(inputs, n) {
  const total = inputs.reduce((sum, i) => sum + size(i), 0);
  const chunks = [[]];
  let filled = 0;
  for (const input of inputs) {
    if (filled >= total * chunks.length / n && chunks.length < n)
      chunks.push([]);
    chunks[chunks.length - 1].push(input);
    filled += size(input);
  }
  return chunks;
}
var workerUrl = new URL("./load-worker.js", import.meta.url);
function runWorker(Worker, task) {
  return new Promise((resolve3) => {
    let worker;
    try {
      worker = new Worker(workerUrl, { workerData: task });
    } catch {
      resolve3(null);
      return;
    }
    let settled = false;
    const done = (v) => {
      if (settled)
        return;
      settled = true;
      resolve3(v);
    };
    worker.once("message", (m) => done("error" in m ? null : fromWire(m)));
    worker.once("error", () => done(null));
    worker.once("exit", () => done(null));
  });
}
async function loadParallel(inputs, kubeVersion, options) {
  const validators = await loadValidators(kubeVersion);
  const total = inputs.reduce((sum, i) => sum + size(i), 0);
  const threads = Math.min(options.threads, inputs.length);
  const local = (chunk) => loadInputs(chunk, validators, options.limits);
  if (threads <= 1 || total < PARALLEL_MIN_BYTES)
    return collectLoaded(local(inputs), options.ignoreNonKubernetes);
  const { Worker } = await import("node:worker_threads");
  const [mine, ...theirs] = split(inputs, threads);
  const pending = theirs.map((chunk) => runWorker(Worker, { kubeVersion, limits: options.limits, inputs: chunk }));
  const results = [local(mine)];
  for (const [i, p] of pending.entries())
    results.push(await p ?? local(theirs[i]));
  return collectLoaded(results.flat(), options.ignoreNonKubernetes);
}

// build/src/lint/engine.js
function loadAndValidate(inputs, kubeVersion, limits, ignoreNonKubernetes = false) {
  return loadParallel(inputs, kubeVersion, { limits, ignoreNonKubernetes, threads: 1 });
}
function resolveOptions(options) {
  const parsed2 = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION);
  if (typeof parsed2 === "string")
    return parsed2;
  return {
    version: parsed2.schema,
    ruleOptions: {
      kubeVersion: parsed2,
      featureGates: { ...defaultGates(parsed2), ...options.featureGates },
      cluster: options.cluster,
      defaultNamespace: options.defaultNamespace ?? "default"
    }
  };
}
var OptionsError = class extends Error {
};
async function lint(inputs, options = {}, rules2 = rules) {
  const resolved = resolveOptions(options);
  if (typeof resolved === "string")
    throw new OptionsError(resolved);
  const loaded = await loadParallel(inputs, resolved.version, { limits: options.limits, ignoreNonKubernetes: options.ignoreNonKubernetes, threads: options.threads ?? 1 });
  return lintLoaded(loaded, options, rules2);
}
async function lintLoaded(loaded, options = {}, rules2 = rules) {
  const resolved = resolveOptions(options);
  if (typeof resolved === "string")
    throw new OptionsError(resolved);
  const { ruleOptions, version } = resolved;
  for (const id of Object.keys(options.rules ?? {})) {
    if (!rules2.some((r) => r.meta.id === id))
      throw new OptionsError(`unknown rule "${id}" in the rule settings`);
  }
  const index = new ResourceIndex(shadowContext(loaded.resources, ruleOptions.defaultNamespace), ruleOptions.defaultNamespace);
  const baseLoaded = options.base ? await loadParallel(options.base.map((b) => ({ ...b, reportable: true })), version, { limits: options.limits, ignoreNonKubernetes: options.ignoreNonKubernetes, threads: options.threads ?? 1 }) : void 0;
  const base = baseLoaded ? new ResourceIndex(baseLoaded.resources.map((r) => ({ ...r, reportable: false })), ruleOptions.defaultNamespace) : void 0;
  const inputErrors = [...loaded.inputErrors];
  const errorKey = (e) => `${e.file}\0${e.range.start.offset}\0${e.message}`;
  const headErrors = new Set(inputErrors.map(errorKey));
  for (const e of baseLoaded?.inputErrors ?? [])
    if (!headErrors.has(errorKey(e)))
      inputErrors.push(e);
  const findings = [];
  const owners = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === "off")
      continue;
    if (rule.meta.requires === "base" && !base)
      continue;
    const context = {
      index,
      base,
      options: ruleOptions,
      schemaErrors: (r) => loaded.schemaErrors.get(r) ?? [],
      sources: loaded.sources,
      targets: (kind) => index.served(kind).filter((r) => r.reportable),
      report: (rep) => {
        if (!rep.resource.reportable)
          return;
        const finding = toFinding(rule.meta, rep, options.rules?.[rule.meta.id]);
        owners.set(finding, rep.resource);
        findings.push(finding);
      }
    };
    try {
      rule.check(context);
    } catch (e) {
      const first = loaded.resources.find((r) => r.reportable);
      if (first) {
        findings.push({
          ruleId: rule.meta.id,
          severity: "error",
          message: `internal error in rule ${rule.meta.id}: ${e.message}; please report this`,
          file: first.file.path,
          range: locate(first, []).range
        });
      }
    }
  }
  const kept2 = dedupe(applySuppressions(findings, owners, loaded.resources));
  nameTemplates(kept2, loaded.resources);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of loaded.files)
    if (f.reportable && !byFile.has(f.path))
      byFile.set(f.path, []);
  for (const d of [...inputErrors, ...kept2]) {
    let list2 = byFile.get(d.file);
    if (!list2)
      byFile.set(d.file, list2 = []);
    list2.push(d);
  }
  const objects = /* @__PURE__ */ new Map();
  for (const r of loaded.resources) {
    if (!r.reportable)
      continue;
    let list2 = objects.get(r.file.path);
    if (!list2)
      objects.set(r.file.path, list2 = []);
    list2.push(objectRef(r));
  }
  const files = [];
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const [path, diagnostics] of byFile) {
    diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    for (const d of diagnostics) {
      if (d.severity === "error")
        errorCount++;
      else if (d.severity === "warning")
        warningCount++;
      else
        infoCount++;
    }
    files.push({ path, diagnostics, objects: objects.get(path) ?? [] });
  }
  const report = {
    files,
    errorCount,
    warningCount,
    infoCount,
    inputErrorCount: inputErrors.length,
    rules: rules2.map((r) => r.meta),
    kubeVersion: ruleOptions.kubeVersion.text
  };
  for (const p of options.readProblems ?? []) {
    report.files.push({ path: p.file, diagnostics: [p], objects: [] });
    if (isInputError(p)) {
      report.errorCount++;
      report.inputErrorCount++;
    } else
      report.warningCount++;
  }
  for (const b of options.base ?? [])
    if (b.revision)
      (report.revisions ??= {})[b.path] = b.revision;
  return report;
}
function nameTemplates(findings, resources3) {
  const files = /* @__PURE__ */ new Map();
  for (const r of resources3)
    files.set(r.file.path, r.file);
  const at = (file, offset) => {
    const f = files.get(file);
    return f ? templateAtOffset(helmDocumentsOf(f), offset) : void 0;
  };
  for (const f of findings) {
    const template = at(f.file, f.range.start.offset);
    if (template !== void 0)
      f.template = template;
    if (f.related) {
      f.related = f.related.map((r) => {
        const t = at(r.file, r.range.start.offset);
        return t === void 0 ? r : { ...r, template: t };
      });
    }
  }
}
function objectRef(r) {
  return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, ...r.namespace ? { namespace: r.namespace } : {}, document: r.docIndex };
}
function objectLabel(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name || "(no name)"}`;
}
function toFinding(meta, rep, setting) {
  const { resource } = rep;
  const severity = setting && setting !== "off" ? setting : rep.severity ?? meta.severity;
  const hint2 = rep.hint ?? apiHint(rep.message);
  const finding = {
    ruleId: meta.id,
    severity,
    message: printable(`${objectLabel(resource)}: ${rep.message}`),
    messageId: rep.messageId,
    file: resource.file.path,
    range: locate(resource, rep.path, { key: rep.key }).range,
    object: objectRef(resource),
    path: rep.path
  };
  if (hint2)
    finding.hint = printable(hint2);
  if (rep.related?.length) {
    finding.related = rep.related.map((r) => ({ message: printable(r.message), file: r.resource.file.path, range: locate(r.resource, r.path, { key: r.key }).range }));
  }
  return finding;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key2 = `${f.ruleId}\0${f.file}\0${f.range.start.offset}\0${f.range.end.offset}\0${f.message}`;
    if (seen.has(key2))
      return false;
    seen.add(key2);
    return true;
  });
}
function applySuppressions(findings, owners, resources3) {
  const comments2 = /* @__PURE__ */ new Map();
  for (const r of resources3) {
    if (r.reportable && !comments2.has(r.file.path))
      comments2.set(r.file.path, commentSuppressions(r.file));
  }
  return findings.filter((f) => {
    const lines = comments2.get(f.file);
    const ids2 = lines?.get(f.range.start.line);
    if (ids2 && (ids2.has(f.ruleId) || ids2.has("all")))
      return false;
    const owner = owners.get(f);
    return !(owner && suppressedBy(owner, f.ruleId));
  });
}

// build/src/plan/compress.js
var BOUNDS = { compressAbove: 1e3, keep: 64, directLimit: 2e4, listLimit: 1e3 };
var NUL = "\0";
var OrdinalMap = class _OrdinalMap {
  segments;
  /** Ordinals simulated per compressed segment before the gap (the rest are the segment's last). */
  half;
  constructor(segments, keep) {
    this.segments = segments;
    this.half = keep / 2;
  }
  static identity = new _OrdinalMap([], 2);
  get compressed() {
    return this.segments.some((s) => s.compressed);
  }
  /** How many ordinals the simulation has (0 for the identity, which maps whatever it is given). */
  get simulated() {
    const last = this.segments.at(-1);
    return last ? last.slot + last.slots - this.segments[0].slot : 0;
  }
  bySlot(slot) {
    return this.search((s) => slot < s.slot ? -1 : slot >= s.slot + s.slots ? 1 : 0);
  }
  byReal(real) {
    return this.search((s) => real < s.lo ? -1 : real >= s.hi ? 1 : 0);
  }
  /** Binary search of the ordered segments: `where` says whether the one sought is before (-1), after (1) or this (0). */
  search(where2) {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const s = segs[mid];
      const w = where2(s);
      if (w < 0)
        hi = mid - 1;
      else if (w > 0)
        lo = mid + 1;
      else
        return s;
    }
    return void 0;
  }
  /** The compressed segment a simulated ordinal belongs to. */
  compressedSegment(slot) {
    const s = this.bySlot(slot);
    return s?.compressed ? s : void 0;
  }
  /** The real ordinal of a simulated one. */
  realOf(slot) {
    const s = this.bySlot(slot);
    if (!s) {
      const last = this.segments.at(-1);
      return last && slot >= last.slot + last.slots ? slot - (last.slot + last.slots) + last.hi : slot;
    }
    const i = slot - s.slot;
    return !s.compressed || i < this.half ? s.lo + i : s.hi - (s.slots - i);
  }
  /** The simulated ordinal of a real one, or null when the simulation leaves it out. */
  slotOf(real) {
    const s = this.byReal(real);
    if (!s) {
      const last = this.segments.at(-1);
      return last && real >= last.hi ? real - last.hi + last.slot + last.slots : real;
    }
    const i = real - s.lo;
    if (!s.compressed)
      return s.slot + i;
    if (i < this.half)
      return s.slot + i;
    const fromEnd = s.hi - real;
    return fromEnd <= s.slots - this.half ? s.slot + s.slots - fromEnd : null;
  }
  /** The simulated ordinal for a boundary between segments (a start, an end, a partition). */
  boundary(real) {
    const s = this.byReal(real);
    if (s && real === s.lo)
      return s.slot;
    const slot = this.slotOf(real);
    if (slot === null)
      throw new Error(`ordinal ${real} is not a segment boundary`);
    return slot;
  }
  /** How the simulation writes a simulated ordinal. */
  text(slot) {
    return this.compressedSegment(slot) ? `${NUL}${slot}${NUL}` : String(this.realOf(slot));
  }
};
function detokenize(s, f) {
  if (!s.includes(NUL))
    return s;
  const parts = s.split(NUL);
  for (let i = 1; i < parts.length; i += 2)
    parts[i] = f(Number(parts[i]));
  return parts.join("");
}
var holdsTokenChar = (s) => s.includes(NUL);
function wellFormed(s) {
  if (!s.includes(NUL))
    return true;
  const parts = s.split(NUL);
  if (parts.length % 2 === 0)
    return false;
  for (let i = 1; i < parts.length; i += 2)
    if (!/^\d+$/.test(parts[i]))
      return false;
  return true;
}
function buildMap(points, signatures2, forced, bounds, period = 1) {
  const cuts = new Set(points);
  for (const o of forced) {
    cuts.add(o);
    cuts.add(o + 1);
  }
  for (const [o, sig] of signatures2) {
    if ((signatures2.get(o - 1) ?? "") !== sig)
      cuts.add(o);
    if ((signatures2.get(o + 1) ?? "") !== sig)
      cuts.add(o + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length < 2)
    return OrdinalMap.identity;
  const segments = [];
  let slot = sorted[0];
  let any = false;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lo = sorted[i];
    const hi = sorted[i + 1];
    const length = hi - lo;
    let slots = length;
    const compressed = length > bounds.compressAbove;
    if (compressed) {
      any = true;
      slots = bounds.keep;
      if (period > 1)
        slots += ((length - slots) % period + period) % period;
    }
    segments.push({ lo, hi, slot, slots, compressed });
    slot += slots;
  }
  return any ? new OrdinalMap(segments, bounds.keep) : OrdinalMap.identity;
}
var MAX_PERIOD = 1024;
function decompose(events, map2, shape) {
  for (const e of events)
    if (!wellFormed(e.name) || !wellFormed(e.reason) || e.value !== void 0 && !wellFormed(e.value))
      return null;
  const n = events.length;
  const segOf = events.map((e) => e.ordinal === void 0 ? void 0 : map2.compressedSegment(e.ordinal));
  const literal = (slot) => String(map2.realOf(slot));
  const keyCache = /* @__PURE__ */ new Map();
  const template = (s, seg, base) => detokenize(s, (t) => {
    if (t < seg.slot || t >= seg.slot + seg.slots)
      return literal(t);
    const off = t - base;
    return `{N${off === 0 ? "" : off > 0 ? `+${off}` : off}}`;
  });
  const key2 = (i2, seg, base) => {
    const k = `${i2}|${base}`;
    let v = keyCache.get(k);
    if (v === void 0) {
      const e = events[i2];
      v = [e.kind, e.action, e.type ?? "", e.revision ?? "", (e.ordinal ?? 0) - base, template(e.name, seg, base), template(e.value ?? "", seg, base), template(e.reason, seg, base)].join(NUL);
      keyCache.set(k, v);
    }
    return v;
  };
  const found = [];
  let i = 0;
  while (i < n) {
    const seg = segOf[i];
    if (!seg) {
      i++;
      continue;
    }
    const base = events[i].ordinal;
    let best;
    for (let p = 1; p <= MAX_PERIOD && i + 2 * p <= n; p++) {
      const last = events[i + p - 1];
      if (segOf[i + p - 1] !== seg || last.ordinal !== base)
        break;
      const stride = events[i + p].step - events[i].step;
      for (const dir of [1, -1]) {
        let times = 1;
        for (; ; ) {
          const at = i + times * p;
          if (at + p > n)
            break;
          const b = base + times * dir;
          let ok = true;
          for (let k = 0; k < p && ok; k++) {
            const e = events[at + k];
            ok = segOf[at + k] === seg && e.ordinal === b && e.step - events[i + k].step === times * stride && key2(at + k, seg, b) === key2(i + k, seg, base);
          }
          if (!ok)
            break;
          times++;
        }
        if (times >= 2 && (!best || times * p > best.times * best.period))
          best = { start: i, period: p, times, stride, dir, seg, base };
      }
    }
    if (best) {
      found.push(best);
      i += best.times * best.period;
    } else
      i++;
  }
  const inRun = new Array(n);
  for (const r of found)
    for (let k = r.start; k < r.start + r.times * r.period; k++)
      inRun[k] = r;
  const middles = [];
  const segments = map2.segments.filter((s) => s.compressed);
  const runsOf2 = /* @__PURE__ */ new Map();
  const explicitSlots = /* @__PURE__ */ new Set();
  for (let k = 0; k < n; k++) {
    const o = events[k].ordinal;
    if (o === void 0 || !segOf[k])
      continue;
    const r = inRun[k];
    if (!r)
      explicitSlots.add(o);
    else {
      let set2 = runsOf2.get(o);
      if (!set2)
        runsOf2.set(o, set2 = /* @__PURE__ */ new Set());
      set2.add(r);
    }
  }
  const profile = (slot) => {
    if (explicitSlots.has(slot))
      return null;
    return `${[...runsOf2.get(slot) ?? []].map((r) => found.indexOf(r)).sort((a, b) => a - b).join(",")}${NUL}${shape(slot)}`;
  };
  const middleOf = /* @__PURE__ */ new Map();
  for (const seg of segments) {
    const a = seg.slot + map2.half - 1;
    const want = profile(a);
    if (want === null || profile(a + 1) !== want)
      return null;
    let x = a;
    while (x > seg.slot && profile(x - 1) === want)
      x--;
    let y = a + 2;
    while (y < seg.slot + seg.slots && profile(y) === want)
      y++;
    const m = { seg, x, y, lo: map2.realOf(x), hi: map2.realOf(y - 1) + 1 };
    middles.push(m);
    middleOf.set(seg, m);
  }
  const items2 = [];
  const realText = (s) => detokenize(s, literal);
  let shift = 0;
  const explicit = (e) => {
    const out = { ...e, step: e.step + shift, name: realText(e.name), reason: realText(e.reason) };
    if (e.value !== void 0)
      out.value = realText(e.value);
    if (e.ordinal !== void 0)
      out.ordinal = map2.realOf(e.ordinal);
    items2.push({ event: out });
  };
  for (let k = 0; k < n; ) {
    const r = inRun[k];
    if (!r || r.start !== k) {
      explicit(events[k]);
      k++;
      continue;
    }
    const m = middleOf.get(r.seg);
    const slotOf = (t2) => r.base + t2 * r.dir;
    const inMiddle = (t2) => slotOf(t2) >= m.x && slotOf(t2) < m.y;
    let t = 0;
    for (; t < r.times && !inMiddle(t); t++)
      for (let j = 0; j < r.period; j++)
        explicit(events[r.start + t * r.period + j]);
    const first = t;
    while (t < r.times && inMiddle(t))
      t++;
    const reps = t - first;
    if (reps > 0) {
      if (reps !== m.y - m.x)
        return null;
      const count2 = m.hi - m.lo;
      const startOrdinal = r.dir === 1 ? m.lo : m.hi - 1;
      const base = slotOf(first);
      const at = r.start + first * r.period;
      const block = [];
      const templates2 = [];
      for (let j = 0; j < r.period; j++) {
        const e = events[at + j];
        const real = (s) => detokenize(s, (x) => x >= m.seg.slot && x < m.seg.slot + m.seg.slots ? String(startOrdinal + (x - base)) : literal(x));
        const ev = { ...e, step: e.step + shift, name: real(e.name), reason: real(e.reason) };
        if (e.value !== void 0)
          ev.value = real(e.value);
        ev.ordinal = startOrdinal + (e.ordinal - base);
        block.push(ev);
        templates2.push({ name: template(e.name, m.seg, base), ...e.value !== void 0 ? { value: template(e.value, m.seg, base) } : {}, reason: template(e.reason, m.seg, base) });
      }
      items2.push({ run: { block, templates: templates2, count: count2, first: startOrdinal, dir: r.dir, stride: r.stride } });
      shift += (count2 - reps) * r.stride;
    }
    for (; t < r.times; t++) {
      if (inMiddle(t))
        return null;
      for (let j = 0; j < r.period; j++)
        explicit(events[r.start + t * r.period + j]);
    }
    k = r.start + r.times * r.period;
  }
  const middleBySlot = (slot) => {
    const seg = map2.compressedSegment(slot);
    const m = seg && middleOf.get(seg);
    return m && slot >= m.x && slot < m.y ? m : void 0;
  };
  return {
    items: items2,
    middles,
    weight: (slot) => {
      const m = middleBySlot(slot);
      return !m ? 1 : slot === m.x ? m.hi - m.lo : 0;
    },
    realRange: (slot) => {
      const m = middleBySlot(slot);
      if (!m)
        return [map2.realOf(slot), map2.realOf(slot)];
      return slot === m.x ? [m.lo, m.hi - 1] : [1, 0];
    },
    real: realText
  };
}

// build/src/plan/timeline.js
function runBefore(r, t) {
  let n = 0;
  for (const e of r.block) {
    if (e.step >= t)
      continue;
    n += r.stride === 0 ? r.count : Math.min(r.count, Math.ceil((t - e.step) / r.stride));
  }
  return n;
}
function mergeTimelines(sets) {
  const prepared = sets.map((s) => {
    const steps = [];
    const runs2 = [];
    for (const item of s.items) {
      if ("event" in item)
        steps.push(item.event.step);
      else
        runs2.push(item.run);
    }
    const before = (t) => {
      let lo = 0;
      let hi = steps.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (steps[mid] < t)
          lo = mid + 1;
        else
          hi = mid;
      }
      let n = lo;
      for (const r of runs2)
        n += runBefore(r, t);
      return n;
    };
    return { ...s, before };
  });
  const seqOf = (j, t, pos) => {
    let seq2 = 1 + pos;
    for (let i = 0; i < prepared.length; i++)
      if (i !== j)
        seq2 += prepared[i].before(i < j ? t + 1 : t);
    return seq2;
  };
  const events = [];
  const runs = [];
  prepared.forEach((s, j) => {
    let pos = 0;
    for (const item of s.items) {
      if ("event" in item) {
        item.event.seq = seqOf(j, item.event.step, pos++);
        events.push(item.event);
        continue;
      }
      const r = item.run;
      r.block.forEach((e, k) => e.seq = seqOf(j, e.step, pos + k));
      pos += r.block.length * r.count;
      runs.push({
        namespace: s.namespace,
        statefulSet: s.name,
        seq: r.block[0].seq,
        block: r.block.map((event, k) => ({ event, name: r.templates[k].name, ...r.templates[k].value !== void 0 ? { value: r.templates[k].value } : {}, reason: r.templates[k].reason })),
        count: r.count,
        ordinals: { first: r.first, last: r.first + (r.count - 1) * r.dir, step: r.dir },
        stride: r.stride,
        steps: { first: r.block[0].step, last: r.block.at(-1).step + (r.count - 1) * r.stride },
        events: r.block.length * r.count
      });
    }
  });
  events.sort((a, b) => a.seq - b.seq);
  runs.sort((a, b) => a.seq - b.seq);
  return { events, runs };
}

// build/src/plan/context.js
var ZERO = { podsCreated: 0, podsDeleted: 0, podsReplaced: 0, pvcsCreated: 0, pvcsDeleted: 0, pvcsRetained: 0, dnsAdded: 0, dnsRemoved: 0 };
var warningKey = (message, statefulSet, namespace) => JSON.stringify([message, statefulSet, namespace]);
function addWarning(ctx, w) {
  const k = warningKey(w.message, w.statefulSet, w.namespace);
  if (ctx.warningKeys.has(k))
    return;
  ctx.warningKeys.add(k);
  ctx.warnings.push(w);
}

// build/src/plan/binding.js
function locationOf(resource, path) {
  const { range } = locate(resource, path);
  const template = templateAtOffset(helmDocumentsOf(resource.file), range.start.offset);
  return { file: resource.file.path, line: range.start.line, column: range.start.column, ...template !== void 0 ? { template } : {} };
}
function staticVolume(index, className, claimName2) {
  for (const r of index.served("PersistentVolume")) {
    const pv = r.object;
    const cls = pv.spec?.storageClassName ?? "";
    const ref = pv.spec?.claimRef;
    if (ref?.name && ref.name !== claimName2)
      continue;
    if (cls === className)
      return r.name;
  }
  return void 0;
}
function bindingOf(claim, base, resource, claimName2, index, cluster, located = true) {
  const r = bindingAt(claim, base, resource, claimName2, index, cluster, located);
  return { ...r, locate: () => r.binding.location ?? locationOf(resource, classOf(claim, base, index, cluster).path) };
}
function bindingAt(claim, base, resource, claimName2, index, cluster, located) {
  const cls = classOf(claim, base, index, cluster);
  const location = located ? locationOf(resource, cls.path) : void 0;
  if (cls.via === "static") {
    const pv = staticVolume(index, "", claimName2);
    if (pv)
      return { binding: { mode: "Immediate", className: "", reason: `bound to the pre-created PersistentVolume ${pv} (storageClassName: "")`, ...location ? { location } : {} } };
    return { binding: { mode: "never", className: "", reason: 'storageClassName "" asks for a pre-created PersistentVolume and none in the inputs matches', ...location ? { location } : {} } };
  }
  if (cls.via === "none") {
    if (cluster)
      return { binding: { mode: "never", className: null, reason: `no storageClassName and cluster profile "${cluster.name}" has no default StorageClass`, ...location ? { location } : {} } };
    return {
      binding: { mode: "Immediate", className: null, reason: "bound by the cluster's default StorageClass (assumed)", ...location ? { location } : {} },
      assumption: "no storageClassName and no default StorageClass in the inputs: the plan assumes the cluster has a default class that binds at once (pass --cluster to know)"
    };
  }
  const name2 = cls.name;
  if (!cls.info) {
    if (cluster)
      return { binding: { mode: "never", className: name2, reason: `StorageClass ${name2} does not exist on cluster profile "${cluster.name}" or in the inputs`, ...location ? { location } : {} } };
    return {
      binding: { mode: "Immediate", className: name2, reason: `bound (StorageClass ${name2}, assumed to exist)`, ...location ? { location } : {} },
      assumption: `StorageClass ${name2} is not in the inputs: the plan assumes the cluster has it and that it binds at once (pass --cluster or add the StorageClass to know)`
    };
  }
  const info = cls.info;
  if (info.provisioner === "kubernetes.io/no-provisioner") {
    const pv = staticVolume(index, name2, claimName2);
    if (pv)
      return { binding: { mode: "WaitForFirstConsumer", className: name2, reason: `bound to the local PersistentVolume ${pv} (StorageClass ${name2})`, ...location ? { location } : {} } };
    return { binding: { mode: "never", className: name2, reason: `StorageClass ${name2} has no provisioner (kubernetes.io/no-provisioner) and no PersistentVolume of that class is in the inputs`, ...location ? { location } : {} } };
  }
  if (cluster && info.provisioner !== "" && !cluster.provisioners.includes(info.provisioner)) {
    return { binding: { mode: "never", className: name2, reason: `the provisioner ${info.provisioner} of StorageClass ${name2} does not run on cluster profile "${cluster.name}"`, ...location ? { location } : {} } };
  }
  if (info.volumeBindingMode === "WaitForFirstConsumer")
    return { binding: { mode: "WaitForFirstConsumer", className: name2, reason: `StorageClass ${name2}, volumeBindingMode WaitForFirstConsumer`, ...location ? { location } : {} } };
  return { binding: { mode: "Immediate", className: name2, reason: `provisioned and bound at once (StorageClass ${name2}, volumeBindingMode Immediate)`, ...location ? { location } : {} } };
}

// build/src/plan/snapshot.js
function ordinalAfter(name2, prefix) {
  if (name2.length <= prefix.length + 1 || !name2.startsWith(prefix) || name2.charCodeAt(prefix.length) !== 45)
    return null;
  let n = 0;
  for (let i = prefix.length + 1; i < name2.length; i++) {
    const c = name2.charCodeAt(i) - 48;
    if (c < 0 || c > 9)
      return null;
    n = n * 10 + c;
    if (n > MAX_INT32)
      return null;
  }
  return n;
}
function snapshotNodes(nodes2) {
  if (nodes2.length === 0)
    return null;
  const out = /* @__PURE__ */ new Map();
  for (const r of nodes2) {
    const o = r.object;
    const status2 = isRecord(o.status) ? o.status : {};
    const spec = isRecord(o.spec) ? o.spec : {};
    let ready;
    for (const c of Array.isArray(status2.conditions) ? status2.conditions : [])
      if (isRecord(c) && c.type === "Ready" && typeof c.status === "string")
        ready = c.status;
    const outOfService = (Array.isArray(spec.taints) ? spec.taints : []).some((t) => isRecord(t) && t.key === "node.kubernetes.io/out-of-service");
    out.set(r.name, { ready, outOfService });
  }
  return out;
}
function stringField(o, key2, path, report) {
  const v = o[key2];
  if (v === void 0 || v === null)
    return void 0;
  if (typeof v === "string")
    return v;
  report([...path, key2], "a string", v);
  return void 0;
}
function listField(o, key2, path, report) {
  const v = o[key2];
  if (v === void 0 || v === null)
    return [];
  if (Array.isArray(v))
    return v;
  report([...path, key2], "a list", v);
  return [];
}
function mapField(o, key2, path, report) {
  const v = o[key2];
  if (v === void 0 || v === null)
    return {};
  if (isRecord(v))
    return v;
  report([...path, key2], "a map", v);
  return {};
}
function readSnapshotPod(r, errors) {
  const report = (path, expected, value) => {
    const { range } = locate(r, path);
    errors.push({ ruleId: "input", severity: "error", file: r.file.path, range, message: `Pod ${r.name}: ${pathText(path)}: expected ${expected}, got ${describe(value)}; the plan reads the pod as if it were not set` });
  };
  const object = r.object;
  const meta = mapField(object, "metadata", [], report);
  const labels = {};
  for (const [k, v] of Object.entries(mapField(meta, "labels", ["metadata"], report))) {
    if (typeof v === "string")
      setOwn(labels, k, v);
    else if (v !== null)
      report(["metadata", "labels", k], "a string", v);
  }
  const uid = stringField(meta, "uid", ["metadata"], report) ?? "";
  const owners = [];
  listField(meta, "ownerReferences", ["metadata"], report).forEach((ref, i) => {
    const path = ["metadata", "ownerReferences", i];
    if (!isRecord(ref))
      return report(path, "an owner reference (a map)", ref);
    const before = errors.length;
    const owner = { kind: stringField(ref, "kind", path, report), name: stringField(ref, "name", path, report), uid: stringField(ref, "uid", path, report) };
    if (errors.length === before)
      owners.push(owner);
  });
  const deletion = meta.deletionTimestamp;
  const terminating = deletion !== void 0 && deletion !== null && (typeof deletion === "string" || (report(["metadata", "deletionTimestamp"], "a timestamp string", deletion), false));
  const status2 = mapField(object, "status", [], report);
  const phase = stringField(status2, "phase", ["status"], report);
  let ready = false;
  const why = [];
  listField(status2, "conditions", ["status"], report).forEach((c, i) => {
    const path = ["status", "conditions", i];
    if (!isRecord(c))
      return report(path, "a condition (a map)", c);
    const type2 = stringField(c, "type", path, report);
    const value = stringField(c, "status", path, report);
    if (type2 === "Ready" && value === "True")
      ready = true;
    if (type2 === "PodScheduled" && value === "False")
      why.push(`not scheduled: ${stringField(c, "reason", path, report) ?? "no reason given"}`);
  });
  const waiting = [];
  for (const [key2, label] of [["initContainerStatuses", "init container"], ["containerStatuses", "container"]]) {
    listField(status2, key2, ["status"], report).forEach((c, i) => {
      const path = ["status", key2, i];
      if (!isRecord(c))
        return report(path, "a container status (a map)", c);
      const name2 = stringField(c, "name", path, report) ?? "?";
      const state = mapField(c, "state", path, report);
      const w = mapField(state, "waiting", [...path, "state"], report);
      const reason = stringField(w, "reason", [...path, "state", "waiting"], report);
      if (reason !== void 0 && reason !== "")
        waiting.push(`${label} ${name2}: ${reason}`);
    });
  }
  why.unshift(...waiting);
  const spec = mapField(object, "spec", [], report);
  const nodeName = stringField(spec, "nodeName", ["spec"], report);
  return { resource: r, name: r.name, uid, labels, owners, terminating, phase, ready, nodeName, why };
}

// build/src/plan/sim/dns.js
function dnsService(svc, containerPorts2) {
  const spec = svc.spec ?? {};
  const headless = spec.clusterIP === "None" || spec.clusterIPs?.[0] === "None";
  const selector = spec.selector && Object.keys(asLabels(spec.selector)).length ? asLabels(spec.selector) : null;
  const ports2 = [];
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
    if (!p || typeof p.name !== "string" || p.name === "")
      continue;
    let port = typeof p.port === "number" ? p.port : 0;
    if (typeof p.targetPort === "number")
      port = p.targetPort;
    else if (typeof p.targetPort === "string" && containerPorts2.has(p.targetPort))
      port = containerPorts2.get(p.targetPort);
    ports2.push({ name: p.name, protocol: (p.protocol ?? "TCP").toLowerCase(), port });
  }
  const fams = Array.isArray(spec.ipFamilies) ? spec.ipFamilies.filter((f) => f === "IPv4" || f === "IPv6") : [];
  const families = fams.length === 0 ? ["IPv4"] : spec.ipFamilyPolicy === "SingleStack" || spec.ipFamilyPolicy === void 0 ? [fams[0]] : fams;
  return { name: svc.metadata?.name ?? "", headless, selector, ports: ports2, publishNotReady: spec.publishNotReadyAddresses === true, families: [...families] };
}
function noDnsReason(svc, serviceName, namespace, podLabels) {
  if (serviceName === "")
    return "spec.serviceName is empty: pods get no DNS names";
  if (!svc)
    return `Service ${serviceName} does not exist in namespace ${namespace}: pods get no DNS records`;
  if (!svc.headless)
    return `Service ${serviceName} is not headless (clusterIP is not None): only the Service's own address resolves, not <pod>.${serviceName}`;
  if (!svc.selector)
    return `Service ${serviceName} has no selector: no endpoints, so no DNS records`;
  if (!mapSelectorMatches(svc.selector, podLabels))
    return `Service ${serviceName} does not select the pods (its selector does not match the pod template labels): no DNS records`;
  return null;
}
function publishes(pod, svc) {
  if (!svc || !svc.headless || !svc.selector)
    return false;
  if (!mapSelectorMatches(svc.selector, pod.labels))
    return false;
  if (pod.phase !== "Running")
    return false;
  return svc.publishNotReady || pod.ready && !pod.terminating;
}
function endpointRecords(pod, svc, namespace, domain) {
  const zone = `${svc.name}.${namespace}.svc.${domain}`;
  const host = `${pod.name}.${zone}`;
  const out = [];
  const add = (r) => {
    r.key = `${r.type}|${r.name}|${r.value}`;
    out.push(r);
  };
  for (const f of svc.families) {
    const type2 = f === "IPv6" ? "AAAA" : "A";
    add({ name: zone, type: type2, value: `address of ${pod.name}`, pod: pod.name, ordinal: pod.ordinal });
    add({ name: host, type: type2, value: `address of ${pod.name}`, pod: pod.name, ordinal: pod.ordinal });
    add({ name: `address of ${pod.name} (${f === "IPv6" ? "ip6.arpa" : "in-addr.arpa"})`, type: "PTR", value: `${host}.`, pod: pod.name, ordinal: pod.ordinal });
  }
  for (const p of svc.ports)
    add({ name: `_${p.name}._${p.protocol}.${zone}`, type: "SRV", value: `${p.port} ${host}.`, pod: pod.name, ordinal: pod.ordinal });
  return out;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text2) {
  const hasTrailingNl = text2.endsWith("\n");
  const result = text2.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// build/src/plan/kubectl.js
function nsFlag(ns) {
  return ns === "default" ? "" : ` -n ${shellQuote(ns)}`;
}
function fileFlag(r) {
  return `-f ${isStreamName(r.file.path) ? "-" : shellQuote(r.file.path)}`;
}
function applyCommand(r, ns) {
  return `kubectl apply${nsFlag(ns)} ${fileFlag(r)}`;
}

// build/src/plan/hpa.js
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
var kept = /* @__PURE__ */ new WeakSet();
function keepsLiveReplicas(r) {
  return kept.has(r.object);
}
function lastAppliedReplicas(live) {
  const meta = live.object.metadata;
  const text2 = isRecord(meta) && isRecord(meta.annotations) ? meta.annotations[LAST_APPLIED] : void 0;
  if (typeof text2 !== "string")
    return "no-annotation";
  try {
    const applied = JSON.parse(text2);
    const spec = isRecord(applied) ? applied.spec : void 0;
    return isRecord(spec) && spec.replicas !== void 0 && spec.replicas !== null ? "set" : "unset";
  } catch {
    return "no-annotation";
  }
}
var setsReplicas = (r) => {
  const spec = asStatefulSet(r).spec;
  return isRecord(spec) && typeof spec.replicas === "number" && !kept.has(r.object);
};
function keepLiveReplicas(desired, current, snapshot) {
  if (!snapshot)
    return desired;
  return desired.map((r) => {
    if (r.kind !== "StatefulSet" || r.partial || setsReplicas(r))
      return r;
    const live = current.get("StatefulSet", current.namespaceOf(r), r.name);
    if (!live || lastAppliedReplicas(live) === "set")
      return r;
    const n = asStatefulSet(live).spec?.replicas;
    if (typeof n !== "number")
      return r;
    const spec = isRecord(r.object.spec) ? r.object.spec : {};
    const object = { ...r.object, spec: { ...spec, replicas: n } };
    kept.add(object);
    return { ...r, object };
  });
}
function podsText(name2, from, to) {
  const n = to - from + 1;
  if (n <= 3) {
    const names2 = Array.from({ length: n }, (_, i) => `${name2}-${from + i}`);
    return names2.length === 1 ? names2[0] : `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}`;
  }
  return `${name2}-${from} \u2026 ${name2}-${to} (${n} pods)`;
}
function liveAutoscalers(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const h of ctx.current.ofKind("HorizontalPodAutoscaler")) {
    if (!AUTOSCALING_VERSIONS.includes(h.apiVersion))
      continue;
    const problems = [];
    const a = readAutoscaler(h, problems);
    for (const p of problems) {
      ctx.inputErrors.push({ ruleId: "input", severity: "error", file: h.file.path, range: locate(h, p.path).range, message: `HorizontalPodAutoscaler ${h.name}: ${p.path.join(".")}: ${p.message}; the plan reads the HorizontalPodAutoscaler as if it were not set` });
    }
    if (!a.target || !scalesStatefulSet(a, a.target.name))
      continue;
    const key2 = `${ctx.current.namespaceOf(h)}\0${a.target.name}`;
    out.set(key2, [...out.get(key2) ?? [], a]);
  }
  for (const list2 of out.values())
    list2.sort((a, b) => a.resource.name < b.resource.name ? -1 : a.resource.name > b.resource.name ? 1 : 0);
  return out;
}
function replicasWarnings(ctx, plans) {
  const live = ctx.snapshot ? liveAutoscalers(ctx) : /* @__PURE__ */ new Map();
  for (const p of plans) {
    if (p.change === "rejected" || p.change === "delete" || p.unplanned)
      continue;
    const desiredR = ctx.desired.get("StatefulSet", p.namespace, p.name);
    if (!desiredR || !desiredR.reportable)
      continue;
    const liveSet = ctx.snapshot ? ctx.current.get("StatefulSet", p.namespace, p.name) : void 0;
    const ns = p.namespace;
    const sts = asStatefulSet(desiredR);
    const setLastApplied = `kubectl apply set-last-applied${nsFlag(ns)} ${fileFlag(desiredR)}`;
    const liveCount = liveSet ? asStatefulSet(liveSet).spec?.replicas : void 0;
    if (!setsReplicas(desiredR)) {
      if (liveSet && typeof liveCount === "number" && liveCount !== 1 && lastAppliedReplicas(liveSet) === "set") {
        addWarning(ctx, {
          namespace: ns,
          statefulSet: p.name,
          message: `spec.replicas is in the last applied configuration of the live StatefulSet but not in the manifest: kubectl apply deletes the field and the API server sets it to 1 (replicas ${liveCount} \u2192 1). To keep the live count, run ${setLastApplied} with this manifest before applying it`,
          location: locationOf(desiredR, ["spec"])
        });
      }
      continue;
    }
    const found = [...autoscalersScaling(ctx.desired, desiredR), ...liveSet ? live.get(`${ns}\0${p.name}`) ?? [] : []];
    const byName = /* @__PURE__ */ new Map();
    for (const a of found)
      if (!byName.has(a.resource.name))
        byName.set(a.resource.name, a);
    const first = [...byName.values()][0];
    if (!first)
      continue;
    const h = first.resource;
    const hpa = `HorizontalPodAutoscaler ${h.name}${ctx.desired.all.includes(h) && h.file.path !== desiredR.file.path ? ` (${h.file.path})` : ""}`;
    const m = replicasOf(sts);
    const start = startOrdinalOf(sts);
    const fix2 = `Remove spec.replicas from the manifest to leave the count to the autoscaler (run ${setLastApplied} with the edited manifest first, or that apply deletes the field and the count falls to 1)`;
    const claims = sts.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === "Delete" ? " and, with whenScaled: Delete, their PVCs" : "";
    const off = m === 0 && first.minReplicas !== 0;
    const after = off ? `; the autoscaler does not scale it up again: it leaves a target with 0 replicas alone while its minReplicas is ${first.minReplicas}` : "; the autoscaler then scales it again by its metrics";
    let what;
    if (typeof liveCount === "number" && liveCount > m)
      what = `this apply sets replicas from the live ${liveCount} back to ${m}: the controller deletes ${podsText(p.name, start + m, start + liveCount - 1)}${claims}${after}`;
    else if (typeof liveCount === "number" && liveCount < m)
      what = `this apply sets replicas from the live ${liveCount} to ${m}${after}`;
    else if (typeof liveCount === "number")
      what = `the live count is ${m} now, but every apply sets it back to ${m} whatever the autoscaler scaled it to`;
    else
      what = `every apply sets the live count back to ${m}, whatever the autoscaler scaled it to${m < (first.maxReplicas ?? Infinity) ? `; when that was more, the controller deletes the highest ordinals${claims}` : ""}${after}`;
    addWarning(ctx, {
      namespace: ns,
      statefulSet: p.name,
      message: `${hpa} scales StatefulSet ${p.name}, whose manifest sets spec.replicas ${m}: ${what}. ${fix2}`,
      location: locationOf(desiredR, ["spec", "replicas"])
    });
  }
}

// build/src/plan/diff.js
var NOISE = ["uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink"];
function forDiff(r, live) {
  const o = JSON.parse(JSON.stringify(r.object));
  if (!live && keepsLiveReplicas(r) && isRecord(o.spec))
    delete o.spec.replicas;
  const applied = live && isRecord(o.metadata) && isRecord(o.metadata.annotations) ? o.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] : void 0;
  if (typeof applied === "string") {
    try {
      return JSON.parse(applied);
    } catch {
    }
  }
  if (live) {
    delete o.status;
    if (isRecord(o.metadata)) {
      for (const k of NOISE)
        delete o.metadata[k];
      if (isRecord(o.metadata.annotations)) {
        delete o.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"];
        if (Object.keys(o.metadata.annotations).length === 0)
          delete o.metadata.annotations;
      }
    }
  }
  return o;
}
function admitted2(o, kind, namespace) {
  if (!isRecord(o))
    return o;
  const out = clone(o);
  if (isRecord(out.metadata) && (out.metadata.namespace === void 0 || out.metadata.namespace === ""))
    out.metadata.namespace = namespace;
  if (kind === "Service")
    applyApiDefaults(kind, out);
  return out;
}
function projected2(live, shape) {
  if (isRecord(live) && isRecord(shape)) {
    const out = {};
    for (const k of Object.keys(shape))
      if (Object.hasOwn(live, k))
        out[k] = projected2(live[k], shape[k]);
    return out;
  }
  if (Array.isArray(live) && Array.isArray(shape) && live.length === shape.length)
    return live.map((x, i) => projected2(x, shape[i]));
  return live;
}
var hasLastApplied = (r) => {
  const meta = r.object.metadata;
  return isRecord(meta) && isRecord(meta.annotations) && typeof meta.annotations["kubectl.kubernetes.io/last-applied-configuration"] === "string";
};
function objectDiff(before, after, beforeIsLive, namespace = "default") {
  const { stringify } = yamlLib();
  const desired = admitted2(forDiff(after, false), after.kind, namespace);
  let current = admitted2(forDiff(before, beforeIsLive), before.kind, namespace);
  if (beforeIsLive && !hasLastApplied(before))
    current = projected2(current, desired);
  const a = stringify(current, { lineWidth: 0 });
  const b = stringify(desired, { lineWidth: 0 });
  if (a === b)
    return void 0;
  const label = `${after.kind}/${after.name}`;
  const patch = createTwoFilesPatch(`${label} (current)`, `${label} (desired)`, a, b, void 0, void 0, { context: 3 });
  return patch.split("\n").filter((l) => !/^(Index: |={10,})/.test(l)).join("\n").trimEnd() + "\n";
}

// build/src/plan/sim/events.js
var EventLog = class {
  namespace;
  statefulSet;
  quiet;
  events = [];
  /** Steps opened so far (counted in a quiet log too: the simulation compares it to see whether anything happened). */
  step = 0;
  stepOpen = false;
  constructor(namespace, statefulSet, quiet) {
    this.namespace = namespace;
    this.statefulSet = statefulSet;
    this.quiet = quiet;
  }
  /** Records an event in the shape the plan reports (fields in that order, for the JSON output). */
  emit(e) {
    if (!this.stepOpen) {
      this.step++;
      this.stepOpen = true;
    }
    if (this.quiet)
      return;
    const out = { seq: 0, step: this.step, kind: e.kind, action: e.action, namespace: this.namespace, name: e.name, statefulSet: this.statefulSet, code: e.code, reason: e.reason };
    if (e.type)
      out.type = e.type;
    if (e.value)
      out.value = e.value;
    if (e.ordinal !== void 0)
      out.ordinal = e.ordinal;
    if (e.revision)
      out.revision = e.revision;
    this.events.push(out);
  }
  endStep() {
    const had = this.stepOpen;
    this.stepOpen = false;
    return had;
  }
};

// build/src/plan/sim/ordinal-set.js
var OrdinalSet = class {
  start;
  size;
  tree;
  bits;
  /** The highest power of two not above size: where binary lifting starts. */
  top;
  constructor(start, size2) {
    this.start = start;
    this.size = size2;
    this.tree = new Int32Array(size2 + 1);
    this.bits = new Uint8Array(size2);
    let top = 1;
    while (top * 2 <= size2)
      top *= 2;
    this.top = size2 > 0 ? top : 0;
  }
  has(ordinal) {
    const i = ordinal - this.start;
    return i >= 0 && i < this.size && this.bits[i] === 1;
  }
  /** Adds (on) or removes an ordinal; ordinals outside the range are ignored. */
  set(ordinal, on) {
    const i = ordinal - this.start;
    if (i < 0 || i >= this.size || this.bits[i] === 1 === on)
      return;
    this.bits[i] = on ? 1 : 0;
    const d = on ? 1 : -1;
    for (let j = i + 1; j <= this.size; j += j & -j)
      this.tree[j] += d;
  }
  /** How many members are below relative index i. */
  below(i) {
    let sum = 0;
    for (let j = i; j > 0; j -= j & -j)
      sum += this.tree[j];
    return sum;
  }
  /** Members (or, with `absent`, non-members) in [lo, hi). */
  count(lo, hi, absent = false) {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a)
      return 0;
    const n = this.below(b) - this.below(a);
    return absent ? b - a - n : n;
  }
  clamp(ordinal) {
    return Math.min(this.size, Math.max(0, ordinal - this.start));
  }
  /** Relative index of the k-th (1-based) member, or non-member with `absent`. */
  select(k, absent) {
    let pos = 0;
    let rest = k;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next > this.size)
        continue;
      const here = absent ? step - this.tree[next] : this.tree[next];
      if (here < rest) {
        pos = next;
        rest -= here;
      }
    }
    return pos;
  }
  countBelow(i, absent) {
    return absent ? i - this.below(i) : this.below(i);
  }
  /** The lowest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
  first(lo, hi, absent = false) {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a)
      return null;
    const i = this.select(this.countBelow(a, absent) + 1, absent);
    return i < b ? this.start + i : null;
  }
  /** The highest ordinal in [lo, hi) that is a member (absent: that is not), or null. */
  last(lo, hi, absent = false) {
    const a = this.clamp(lo);
    const b = this.clamp(hi);
    if (b <= a)
      return null;
    const k = this.countBelow(b, absent);
    if (k === this.countBelow(a, absent))
      return null;
    return this.start + this.select(k, absent);
  }
};

// build/src/plan/sim/indexes.js
var runningReady = (p) => p.phase === "Running" && p.ready;
var unavailable = (p) => !p || !runningReady(p) || p.terminating;
var Indexes = class {
  state;
  spec;
  names;
  watcher;
  built = false;
  /** Bumped by every change of pod phase, readiness, termination, claim phase or owner, and revision. */
  changes = 0;
  nextSeq = 0;
  /** Creation order of the pods: the order the world handles terminations in. */
  podSeq = /* @__PURE__ */ new Map();
  claimSeq = /* @__PURE__ */ new Map();
  /** Replicas (ordinals in range) that exist, are Running and Ready and not terminating. */
  available;
  /** Replicas that exist and are not available (the "unhealthy" pods of the controller). */
  sick;
  /** Available replicas at the update revision. */
  updated;
  /** Replicas at another revision and not terminating: what a rolling update deletes. */
  outdated;
  /** Available replicas that a sync has processed since they last changed: step E has nothing to do for them. */
  settled;
  /** Pods outside the range, by ordinal ascending (removed pods are dropped lazily by the controller). */
  condemned = [];
  /** Pods not terminating at the update revision. */
  liveUpdated = 0;
  runningReadyCount = 0;
  liveUids = /* @__PURE__ */ new Set();
  /** Pod uids gone since the garbage collector last looked, with claims that may have been owned by them. */
  goneUids = /* @__PURE__ */ new Set();
  claimsByOwner = /* @__PURE__ */ new Map();
  /** Claims owned by a pod that did not exist when the indexes were built. */
  orphanCandidates = /* @__PURE__ */ new Set();
  deletingClaims = /* @__PURE__ */ new Set();
  unbound = /* @__PURE__ */ new Set();
  pending = /* @__PURE__ */ new Set();
  /** Pods Running with an IP that become Ready on their own (not stuck, not terminating). */
  starting = /* @__PURE__ */ new Set();
  terminating = /* @__PURE__ */ new Set();
  constructor(state, spec, names2, watcher) {
    this.state = state;
    this.spec = spec;
    this.names = names2;
    this.watcher = watcher;
  }
  /** Changes so far: a round that leaves it, the step count and the world alone has reached the end. */
  get version() {
    return this.changes;
  }
  /** Counts a change made outside the pods and claims (a revision). */
  changed() {
    this.changes++;
  }
  /** Builds the indexes from the state the first time it is called. */
  build() {
    if (this.built)
      return;
    this.built = true;
    const { start, replicas } = this.spec;
    this.available = new OrdinalSet(start, replicas);
    this.sick = new OrdinalSet(start, replicas);
    this.updated = new OrdinalSet(start, replicas);
    this.outdated = new OrdinalSet(start, replicas);
    this.settled = new OrdinalSet(start, replicas);
    for (const p of this.state.pods.values()) {
      this.podSeq.set(p, this.nextSeq++);
      this.track(p);
      if (!this.names.inRange(p.ordinal))
        this.condemned.push(p);
    }
    this.condemned.sort((a, b) => a.ordinal - b.ordinal);
    for (const c of this.state.claims.values()) {
      this.claimSeq.set(c.name, this.nextSeq++);
      this.trackClaim(c);
      if (c.owner?.kind === "Pod" && !this.liveUids.has(c.owner.uid))
        this.orphanCandidates.add(c.name);
    }
  }
  /** Adds a pod's contribution to the indexes; `untrack` takes it away before the pod changes. */
  track(p) {
    const update = this.spec.revision;
    const avail = !unavailable(p);
    if (p.name === this.names.nameOf(p.ordinal)) {
      this.available.set(p.ordinal, avail);
      this.sick.set(p.ordinal, !avail);
      this.updated.set(p.ordinal, avail && p.revision === update);
      this.outdated.set(p.ordinal, p.revision !== update && !p.terminating);
    }
    if (!p.terminating && p.revision === update)
      this.liveUpdated++;
    if (runningReady(p))
      this.runningReadyCount++;
    this.liveUids.add(p.uid);
    if (p.terminating) {
      if (!p.held)
        this.terminating.add(p);
    } else if (p.phase === "Pending" && !p.stuck)
      this.pending.add(p);
    else if (p.phase === "Running" && !p.ready && !p.stuck)
      this.starting.add(p);
    this.watcher.touch(p.name);
  }
  untrack(p) {
    if (p.name === this.names.nameOf(p.ordinal))
      for (const s of [this.available, this.sick, this.updated, this.outdated, this.settled])
        s.set(p.ordinal, false);
    if (!p.terminating && p.revision === this.spec.revision)
      this.liveUpdated--;
    if (runningReady(p))
      this.runningReadyCount--;
    this.liveUids.delete(p.uid);
    this.terminating.delete(p);
    this.pending.delete(p);
    this.starting.delete(p);
    this.watcher.touch(p.name);
  }
  /** Adds a new pod to the state. */
  addPod(pod) {
    this.state.pods.set(pod.name, pod);
    this.podSeq.set(pod, this.nextSeq++);
    this.track(pod);
    this.changes++;
  }
  /** Changes a pod through `change`, keeping the indexes right. */
  changePod(p, change) {
    this.untrack(p);
    change(p);
    this.track(p);
    this.changes++;
  }
  /** A pod is gone from the state (its uid is noted for the garbage collector). */
  removePod(pod) {
    this.untrack(pod);
    this.state.pods.delete(pod.name);
    this.podSeq.delete(pod);
    this.goneUids.add(pod.uid);
    this.changes++;
  }
  trackClaim(c) {
    if (c.owner?.kind === "Pod") {
      let set2 = this.claimsByOwner.get(c.owner.uid);
      if (!set2)
        this.claimsByOwner.set(c.owner.uid, set2 = /* @__PURE__ */ new Set());
      set2.add(c.name);
    }
    if (c.deleting)
      this.deletingClaims.add(c.name);
    if (c.phase !== "Bound" && !c.deleting)
      this.unbound.add(c.name);
  }
  untrackClaim(c) {
    if (c.owner?.kind === "Pod")
      this.claimsByOwner.get(c.owner.uid)?.delete(c.name);
    this.deletingClaims.delete(c.name);
    this.unbound.delete(c.name);
    this.settled.set(c.ordinal, false);
  }
  /** Adds a new claim to the state. */
  addClaim(c) {
    this.state.claims.set(c.name, c);
    this.claimSeq.set(c.name, this.nextSeq++);
    this.trackClaim(c);
    this.changes++;
  }
  /** A claim is bound to a volume. */
  bind(c) {
    this.untrackClaim(c);
    c.phase = "Bound";
    this.trackClaim(c);
    this.changes++;
  }
  /** Sets a claim's owner reference (a change only when the owner differs). */
  setOwner(c, owner) {
    if (c.owner?.kind === owner?.kind && (owner?.kind !== "Pod" || c.owner.uid === owner.uid))
      return;
    this.untrackClaim(c);
    if (c.owner?.kind !== owner?.kind)
      this.changes++;
    c.owner = owner;
    this.trackClaim(c);
  }
  /** A claim is gone from the state. */
  removeClaim(c) {
    this.untrackClaim(c);
    this.state.claims.delete(c.name);
    this.claimSeq.delete(c.name);
    this.changes++;
  }
  /** Orders a subset of the claims as the claims map does. */
  inClaimOrder(names2) {
    const out = [];
    for (const n of names2) {
      const c = this.state.claims.get(n);
      if (c)
        out.push(c);
    }
    return out.length < 2 ? out : out.sort((a, b) => this.claimSeq.get(a.name) - this.claimSeq.get(b.name));
  }
};

// build/src/plan/sim/controller.js
var Controller = class {
  state;
  spec;
  view;
  names;
  idx;
  log;
  dns;
  outside;
  /** Why the last sync stopped early, if it did. */
  lastWait = null;
  /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
  waitCounted = false;
  condemnedOwnersFixed = false;
  /** Ordinals whose pod this controller deleted to create it again (an update, a finished pod): their next pod is a Replacement. */
  replaced = /* @__PURE__ */ new Set();
  constructor(state, spec, view, names2, idx, log, dns, outside) {
    this.state = state;
    this.spec = spec;
    this.view = view;
    this.names = names2;
    this.idx = idx;
    this.log = log;
    this.dns = dns;
    this.outside = outside;
  }
  /** One call of updateStatefulSet. */
  sync() {
    const s = this.spec;
    const st = this.state;
    this.lastWait = null;
    this.waitCounted = false;
    if (st.deleted)
      return;
    this.idx.build();
    this.outside.emitCollected();
    if (st.updateRevision !== s.revision) {
      st.revisionLabels.set(s.revision, s.labels);
      st.updateRevision = s.revision;
      this.idx.changed();
    }
    if (st.currentRevision === null)
      st.currentRevision = st.updateRevision;
    const current = st.currentRevision;
    const update = st.updateRevision;
    const first = s.start;
    const end = s.start + s.replicas;
    const settled = this.idx.settled;
    for (let o = settled.first(first, end, true); o !== null; o = settled.first(o + 1, end, true)) {
      const w = this.processReplica(o - s.start, current, update);
      if (w && s.monotonic)
        return this.finishSync(w);
      if (w && !this.lastWait)
        this.lastWait = w;
    }
    const all = this.idx.condemned;
    while (all.length && !st.pods.has(all[all.length - 1].name))
      all.pop();
    const condemned = all.length ? all.filter((p) => st.pods.has(p.name)) : all;
    if (!this.condemnedOwnersFixed) {
      for (let i = condemned.length - 1; i >= 0; i--)
        this.fixOwners(condemned[i].ordinal, condemned[i], true);
      this.condemnedOwnersFixed = true;
    }
    for (let i = condemned.length - 1; i >= 0; i--) {
      const p = condemned[i];
      if (!st.pods.has(p.name))
        continue;
      if (p.terminating) {
        if (s.monotonic)
          return this.finishSync(this.wait(p, p.ordinal, p.held ? `${p.name} ${p.stuck}` : `waiting for ${p.name} to terminate before scaling down further`));
        continue;
      }
      if (s.monotonic && unavailable(p) && p !== this.firstUnhealthy(condemned)) {
        return this.finishSync(this.wait(p, p.ordinal, `${p.name} is not Ready and a lower pod is unhealthy: scale-down waits`));
      }
      this.outside.deletePod(p, "ScaleDown", `scale down: ordinal ${this.view.text(p.ordinal)} is outside ${this.names.rangeText()}`);
      if (s.monotonic)
        return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to terminate before scaling down further`));
    }
    if (s.strategy === "OnDelete")
      return this.finishSync(null);
    const lowest = s.start + s.partition;
    if (!s.maxUnavailableGate) {
      const target = this.idx.updated.last(lowest, end, true);
      if (target !== null) {
        const p = st.pods.get(this.names.nameOf(target));
        if (p && p.revision !== update && !p.terminating) {
          this.replace(p, "RollingUpdate", `rolling update: revision ${p.revision} \u2192 ${update}`);
          return this.finishSync(this.wait(p, p.ordinal, `waiting for ${p.name} to be updated`));
        }
        return this.finishSync(this.wait(p ?? null, target, `waiting for ${this.names.nameOf(target)} to be updated and Ready`));
      }
    } else {
      const unavailableCount = s.replicas - this.idx.available.count(first, end);
      this.waitCounted = unavailableCount >= s.maxUnavailable;
      if (unavailableCount > s.maxUnavailable)
        return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} pods unavailable, more than maxUnavailable ${s.maxUnavailable}` });
      let budget = s.maxUnavailable - unavailableCount;
      let outdated = this.idx.outdated.count(lowest, end);
      for (let hi = end; budget > 0; budget--) {
        const o = this.idx.outdated.last(lowest, hi);
        if (o === null)
          break;
        const p = st.pods.get(this.names.nameOf(o));
        this.replace(p, "RollingUpdate", `rolling update (maxUnavailable ${s.maxUnavailable}): revision ${p.revision} \u2192 ${update}`);
        outdated--;
        hi = o;
      }
      if (outdated > 0 && unavailableCount >= s.maxUnavailable) {
        return this.finishSync({ pod: null, ordinal: null, reason: `${unavailableCount} of maxUnavailable ${s.maxUnavailable} pods are unavailable: the rolling update deletes no further pod (kubernetes/kubernetes#137409)` });
      }
    }
    this.finishSync(null);
  }
  /** Deletes a pod the controller creates again: a rolling update's, or one that Failed or Succeeded. */
  replace(pod, code, reason) {
    this.replaced.add(pod.ordinal);
    this.outside.deletePod(pod, code, reason);
  }
  /** Step E for one replica. Returns a wait when a monotonic sync must stop here. */
  processReplica(index, current, update) {
    const s = this.spec;
    const ordinal = s.start + index;
    const name2 = this.names.nameOf(ordinal);
    let pod = this.state.pods.get(name2);
    if (pod && (pod.phase === "Failed" || pod.phase === "Succeeded")) {
      if (!pod.terminating)
        this.replace(pod, "PodFailed", `phase ${pod.phase}: the controller deletes it and creates it again`);
      return this.wait(pod, ordinal, `waiting for ${name2} (${pod.phase}) to be deleted and created again`);
    }
    if (!pod) {
      const revision = s.strategy === "RollingUpdate" && index < s.partition ? current : update;
      for (const claim of this.names.claimsOf(ordinal)) {
        const c = this.state.claims.get(claim);
        if (c?.owner?.kind === "Pod" && s.whenScaled === "Delete" && !this.idx.liveUids.has(c.owner.uid)) {
          return this.wait(null, ordinal, `PVC ${claim} still belongs to an earlier ${name2} (whenScaled: Delete): waiting for the garbage collector to delete it`);
        }
        if (c?.deleting)
          return this.wait(null, ordinal, `PVC ${claim} is being deleted: ${name2} is not created until it is gone (FailedCreate)`);
      }
      const reused = this.createMissingClaims(ordinal, "ClaimTemplate", (t) => `from claim template ${t.name} (${t.summary})`);
      pod = this.newPod(ordinal, revision);
      const why = [revision === update ? `revision ${revision}` : `revision ${revision} (below partition ${this.view.partition ?? s.partition})`];
      if (reused.length)
        why.push(`reuses PVC ${reused.join(", ")}`);
      this.log.emit({ kind: "Pod", action: "create", name: name2, ordinal, revision, code: this.replaced.delete(ordinal) ? "Replacement" : "MissingReplica", reason: why.join("; ") });
      this.fixOwners(ordinal, pod);
      return this.wait(pod, ordinal, `waiting for ${name2} to be Running and Ready`);
    }
    if (pod.phase === "Pending")
      this.createMissingClaims(ordinal, "ClaimMissing", (t) => `missing while ${name2} is Pending: created again from claim template ${t.name}`);
    this.fixOwners(ordinal, pod);
    if (pod.terminating)
      return this.wait(pod, ordinal, pod.held ? `${name2} ${pod.stuck}` : `waiting for ${name2} to terminate`);
    if (!runningReady(pod))
      return this.wait(pod, ordinal, pod.stuck ? `${name2} ${pod.stuck}` : `waiting for ${name2} to be Running and Ready`);
    this.idx.settled.set(ordinal, true);
    return null;
  }
  newPod(ordinal, revision) {
    const pod = {
      name: this.names.nameOf(ordinal),
      ordinal,
      revision,
      labels: this.state.revisionLabels.get(revision) ?? this.spec.labels,
      phase: "Pending",
      ready: false,
      terminating: false,
      uid: this.state.nextUid++
    };
    this.idx.addPod(pod);
    return pod;
  }
  /** Creates the ordinal's claims that do not exist (createPersistentVolumeClaims); returns the ones reused. */
  createMissingClaims(ordinal, code, why) {
    const reused = [];
    const names2 = this.names.claimsOf(ordinal);
    for (const [i, t] of this.spec.templates.entries()) {
      const claim = names2[i];
      if (this.state.claims.has(claim)) {
        reused.push(claim);
        continue;
      }
      const c = { name: claim, ordinal, phase: "Pending", deleting: false, owner: null, binding: t.binding, pendingReported: false };
      this.idx.addClaim(c);
      this.log.emit({ kind: "PersistentVolumeClaim", action: "create", name: claim, ordinal, code, reason: why(t) });
    }
    return reused;
  }
  /** Claim ownerReferences the retention policy asks for (§7); the GC acts on them later. */
  fixOwners(ordinal, pod, report = false) {
    const condemned = !this.names.inRange(ordinal);
    for (const name2 of this.names.claimsOf(ordinal)) {
      const c = this.state.claims.get(name2);
      if (!c || c.owner?.kind === "Pod" && !condemned)
        continue;
      if (condemned && this.spec.whenScaled === "Delete" && pod) {
        const owned = c.owner?.kind === "Pod" && c.owner.uid === pod.uid;
        this.idx.setOwner(c, { kind: "Pod", uid: pod.uid });
        if (report && !owned)
          this.log.emit({ kind: "PersistentVolumeClaim", action: "update", name: name2, ordinal: c.ordinal, code: "OwnedByPod", reason: `ownerReference \u2192 Pod ${pod.name} (whenScaled: Delete): the garbage collector deletes it once ${pod.name} is gone` });
      } else if (this.spec.whenDeleted === "Delete")
        this.idx.setOwner(c, { kind: "StatefulSet" });
      else
        this.idx.setOwner(c, null);
    }
  }
  /** The controller's first unhealthy pod: the lowest replica that exists and is not available, else the lowest such condemned pod. */
  firstUnhealthy(condemned) {
    const o = this.idx.sick.first(this.spec.start, this.spec.start + this.spec.replicas);
    if (o !== null)
      return this.state.pods.get(this.names.nameOf(o));
    return condemned.find((p) => unavailable(p));
  }
  wait(pod, ordinal, reason) {
    return { pod: pod?.name ?? this.names.nameOf(ordinal), ordinal, reason };
  }
  finishSync(wait) {
    if (wait)
      this.lastWait = wait;
    const s = this.spec;
    const st = this.state;
    if (s.strategy === "RollingUpdate" && this.idx.liveUpdated === s.replicas && this.idx.runningReadyCount === s.replicas && st.pods.size === s.replicas && st.currentRevision !== st.updateRevision) {
      st.currentRevision = st.updateRevision;
      this.idx.changed();
    }
    this.dns.emitChanges();
    this.log.endStep();
  }
};

// build/src/plan/sim/state.js
var IDENTITY_VIEW = { text: String };
function emptyState() {
  return { pods: /* @__PURE__ */ new Map(), claims: /* @__PURE__ */ new Map(), currentRevision: null, updateRevision: null, revisionLabels: /* @__PURE__ */ new Map(), deleted: false, nextUid: 1 };
}
var podName = (set2, ordinal) => `${set2}-${ordinal}`;
var claimName = (template, set2, ordinal) => `${template}-${set2}-${ordinal}`;

// build/src/plan/sim/names.js
var Names = class {
  spec;
  view;
  podNames = /* @__PURE__ */ new Map();
  claimNames = /* @__PURE__ */ new Map();
  constructor(spec, view) {
    this.spec = spec;
    this.view = view;
  }
  /**
   * The pod's name for an ordinal, made once (a large share of a 10,000-pod plan's time
   * otherwise).
   */
  nameOf(ordinal) {
    let name2 = this.podNames.get(ordinal);
    if (name2 === void 0)
      this.podNames.set(ordinal, name2 = podName(this.spec.name, this.view.text(ordinal)));
    return name2;
  }
  /** The ordinal's claim names, one per claim template in order (made once, as pod names are). */
  claimsOf(ordinal) {
    let names2 = this.claimNames.get(ordinal);
    if (names2 === void 0) {
      const text2 = this.view.text(ordinal);
      this.claimNames.set(ordinal, names2 = this.spec.templates.map((t) => claimName(t.name, this.spec.name, text2)));
    }
    return names2;
  }
  /** Whether the ordinal is a replica of the spec (not condemned). */
  inRange(ordinal) {
    return ordinal >= this.spec.start && ordinal < this.spec.start + this.spec.replicas;
  }
  /** The spec's range of ordinals as messages write it. */
  rangeText() {
    const s = this.spec;
    return s.replicas === 0 ? "an empty range (replicas: 0)" : `${this.view.text(s.start)}..${this.view.text(s.start + s.replicas - 1)}`;
  }
};

// build/src/plan/sim/publish.js
var Publisher = class {
  state;
  dns;
  log;
  quiet;
  /** The DNS records each pod that has an endpoint has published (pods without one are absent). */
  published = /* @__PURE__ */ new Map();
  /** What was published when the simulation started, to count what it added and removed. */
  initiallyPublished;
  /** Each pod's endpoint records under the current Service. */
  endpoints = /* @__PURE__ */ new Map();
  /** Pods whose records may have changed since the last flush. */
  dirty = /* @__PURE__ */ new Set();
  constructor(state, dns, log, quiet) {
    this.state = state;
    this.dns = dns;
    this.log = log;
    this.quiet = quiet;
    for (const p of state.pods.values())
      if (publishes(p, dns.service))
        this.published.set(p.name, this.endpoint(p));
    this.initiallyPublished = new Map(this.published);
  }
  /** The pod (by name) may have changed sides: looked at by the next flush. */
  touch(name2) {
    this.dirty.add(name2);
  }
  /** The records of a pod's endpoint under the current Service, made once per pod. */
  endpoint(pod) {
    let records2 = this.endpoints.get(pod.name);
    if (!records2)
      this.endpoints.set(pod.name, records2 = endpointRecords(pod, this.dns.service, this.dns.namespace, this.dns.domain));
    return records2;
  }
  /**
   * Emits, as one step, the DNS records that appeared or went since the last flush. A pod
   * publishes all of its records or none, so only pods that changed sides are looked at.
   */
  flush() {
    this.emitChanges();
    this.log.endStep();
  }
  /** flush without ending the step: records that go with the step's own events (a deletion). */
  emitChanges() {
    if (this.quiet) {
      this.dirty.clear();
      return;
    }
    if (this.dirty.size === 0)
      return;
    const gone = [];
    const came = [];
    for (const name2 of this.dirty) {
      const pod = this.state.pods.get(name2);
      const was = this.published.get(name2);
      const is = !!pod && publishes(pod, this.dns.service);
      if (was && !is)
        gone.push({ pod: name2, ordinal: was[0].ordinal, records: was });
      else if (!was && is)
        came.push(pod);
    }
    this.dirty.clear();
    gone.sort((a, b) => a.ordinal - b.ordinal);
    came.sort((a, b) => a.ordinal - b.ordinal);
    for (const g of gone) {
      const pod = this.state.pods.get(g.pod);
      const [code, reason] = !pod ? ["PodGone", `${g.pod} is gone`] : pod.terminating ? ["PodTerminating", `${g.pod} is terminating`] : ["PodNotReady", `${g.pod} is not Ready`];
      for (const r of g.records)
        this.log.emit({ kind: "DNSRecord", action: "remove", name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code, reason });
      this.published.delete(g.pod);
    }
    for (const pod of came) {
      const early = this.dns.service?.publishNotReady && !pod.ready;
      const code = early ? "PodRunningNotReady" : "PodReady";
      const reason = early ? `${pod.name} is Running with an IP (publishNotReadyAddresses: true: published before it is Ready)` : `${pod.name} is Ready`;
      const records2 = this.endpoint(pod);
      for (const r of records2)
        this.log.emit({ kind: "DNSRecord", action: "add", name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code, reason });
      this.published.set(pod.name, records2);
    }
  }
  /** How many DNS records exist at the end and did not at the start, and the reverse. */
  changes() {
    let added = 0;
    let removed = 0;
    for (const c of this.changesByOrdinal().values()) {
      added += c.added;
      removed += c.removed;
    }
    return { added, removed };
  }
  /** changes per ordinal of the records' pods. */
  changesByOrdinal() {
    const out = /* @__PURE__ */ new Map();
    const missing = (from, to, field) => {
      for (const [pod, records2] of from) {
        const other = to.get(pod);
        if (other === records2)
          continue;
        const keys = new Set(other?.map((r) => r.key));
        for (const r of records2) {
          if (keys.has(r.key))
            continue;
          let c = out.get(r.ordinal);
          if (!c)
            out.set(r.ordinal, c = { added: 0, removed: 0 });
          c[field]++;
        }
      }
    };
    missing(this.published, this.initiallyPublished, "added");
    missing(this.initiallyPublished, this.published, "removed");
    return out;
  }
  /** Applies a change of the governing Service (created, deleted, changed) to the records, as one step. */
  changeService(service, why) {
    this.dns = { ...this.dns, service };
    this.endpoints.clear();
    this.dirty.clear();
    const before = [...this.published.values()].flat().sort((a, b) => a.ordinal - b.ordinal);
    const pods = [...this.state.pods.values()].sort((a, b) => a.ordinal - b.ordinal).filter((p) => publishes(p, service));
    const after = pods.flatMap((p) => this.endpoint(p));
    const keys = (rs) => new Set(rs.map((r) => r.key));
    const [had, has2] = [keys(before), keys(after)];
    for (const r of before)
      if (!has2.has(r.key))
        this.log.emit({ kind: "DNSRecord", action: "remove", name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code: "ServiceChanged", reason: why });
    for (const r of after)
      if (!had.has(r.key))
        this.log.emit({ kind: "DNSRecord", action: "add", name: r.name, type: r.type, value: r.value, ordinal: r.ordinal, code: "ServiceChanged", reason: why });
    this.log.endStep();
    this.published.clear();
    for (const p of pods)
      this.published.set(p.name, this.endpoint(p));
  }
};

// build/src/plan/sim/world.js
var World = class {
  state;
  spec;
  names;
  idx;
  log;
  dns;
  /**
   * PVCs the garbage collector deletes because their owner pod is gone. The collector works on
   * its own: its deletions are reported beside the controller's next sync, never as a step the
   * sequence waits for (they do not come before the next pod's deletion).
   */
  collected = [];
  /** After the set is deleted, its claims' fate has been reported. */
  claimsSettled = false;
  constructor(state, spec, names2, idx, log, dns) {
    this.state = state;
    this.spec = spec;
    this.names = names2;
    this.idx = idx;
    this.log = log;
    this.dns = dns;
  }
  /** The API server deletes a pod: unscheduled or finished pods go at once, others terminate. */
  deletePod(pod, code, reason) {
    this.log.emit({ kind: "Pod", action: "delete", name: pod.name, ordinal: pod.ordinal, revision: pod.revision, code, reason });
    if (pod.phase !== "Running")
      this.idx.removePod(pod);
    else
      this.idx.changePod(pod, (p) => p.terminating = true);
  }
  /** The garbage collector's PVC deletions noticed since the last sync, beside this one's events. */
  emitCollected() {
    for (const { claim, code, reason } of this.collected.splice(0))
      if (this.state.claims.get(claim.name) === claim)
        this.claimGone(claim, code, reason);
  }
  claimGone(c, code, reason) {
    this.idx.removeClaim(c);
    this.log.emit({ kind: "PersistentVolumeClaim", action: "delete", name: c.name, ordinal: c.ordinal, code, reason });
  }
  /** Kubelet, scheduler, volume binder and garbage collector, in that order. Returns true if anything changed. */
  pass() {
    const st = this.state;
    const idx = this.idx;
    idx.build();
    let changed;
    const leaving = idx.terminating.size ? [...idx.terminating].sort((a, b) => idx.podSeq.get(a) - idx.podSeq.get(b)) : [];
    for (const p of leaving)
      idx.removePod(p);
    if (!st.deleted) {
      for (const p of leaving) {
        if (this.names.inRange(p.ordinal))
          continue;
        for (const name2 of this.names.claimsOf(p.ordinal)) {
          const c = st.claims.get(name2);
          if (!c)
            continue;
          if (c.owner?.kind === "Pod" && c.owner.uid === p.uid)
            this.collected.push({ claim: c, code: "GarbageCollected", reason: `deleted by the garbage collector after ${p.name} is gone (whenScaled: Delete; asynchronous, not ordered with the controller's next steps)` });
          else
            this.log.emit({ kind: "PersistentVolumeClaim", action: "retain", name: name2, ordinal: c.ordinal, code: "RetainedOnScaleDown", reason: `kept (whenScaled: Retain): reused if the StatefulSet scales up to ${p.name} again` });
        }
      }
    } else if (st.pods.size === 0 && !this.claimsSettled) {
      this.claimsSettled = true;
      for (const c of [...st.claims.values()].sort((a, b) => a.ordinal - b.ordinal || a.name.localeCompare(b.name))) {
        if (c.owner?.kind === "StatefulSet")
          this.claimGone(c, "GarbageCollected", "garbage-collected with the StatefulSet (whenDeleted: Delete)");
        else
          this.log.emit({ kind: "PersistentVolumeClaim", action: "retain", name: c.name, ordinal: c.ordinal, code: "RetainedOnDelete", reason: "kept (whenDeleted: Retain): a StatefulSet with the same name reuses it" });
      }
    }
    const candidates = /* @__PURE__ */ new Set();
    for (const name2 of idx.orphanCandidates)
      candidates.add(name2);
    for (const name2 of idx.deletingClaims)
      candidates.add(name2);
    for (const uid of idx.goneUids)
      for (const name2 of idx.claimsByOwner.get(uid) ?? [])
        candidates.add(name2);
    idx.goneUids.clear();
    idx.orphanCandidates.clear();
    for (const c of candidates.size ? idx.inClaimOrder(candidates) : []) {
      if (c.owner?.kind === "Pod" && !idx.liveUids.has(c.owner.uid)) {
        if (!this.collected.some((x) => x.claim === c))
          this.collected.push({ claim: c, code: "GarbageCollected", reason: "deleted by the garbage collector: the pod that owns it is gone (whenScaled: Delete; asynchronous)" });
      } else if (c.deleting && !st.pods.has(this.names.nameOf(c.ordinal)))
        this.claimGone(c, "DeletionFinished", "finishes deleting (it was already being deleted)");
    }
    this.dns.emitChanges();
    changed = this.log.endStep() || leaving.length > 0 || this.collected.length > 0;
    if (st.deleted)
      return changed;
    for (const c of idx.inClaimOrder(idx.unbound)) {
      const consumer = st.pods.get(this.names.nameOf(c.ordinal));
      if (c.binding.mode === "Immediate") {
        idx.bind(c);
        this.log.emit({ kind: "PersistentVolumeClaim", action: "bind", name: c.name, ordinal: c.ordinal, code: "Provisioned", reason: c.binding.reason });
      } else if (c.binding.mode === "WaitForFirstConsumer") {
        if (consumer && !consumer.terminating && !consumer.stuck) {
          idx.bind(c);
          this.log.emit({ kind: "PersistentVolumeClaim", action: "bind", name: c.name, ordinal: c.ordinal, code: "ProvisionedOnSchedule", reason: `${c.binding.reason}; provisioned when ${consumer.name} is scheduled` });
        }
      } else if (!c.pendingReported) {
        c.pendingReported = true;
        this.log.emit({ kind: "PersistentVolumeClaim", action: "pending", name: c.name, ordinal: c.ordinal, code: "NeverBound", reason: c.binding.reason });
      }
    }
    changed = this.log.endStep() || changed;
    const pending = idx.pending.size > 1 ? [...idx.pending].sort((a, b) => a.ordinal - b.ordinal) : [...idx.pending];
    for (const p of pending) {
      const unbound = this.names.claimsOf(p.ordinal).map((n) => st.claims.get(n)).find((c) => !c || c.phase !== "Bound");
      if (unbound && unbound.binding.mode === "never") {
        this.staysPending(p, "ClaimNeverBound", `PVC ${unbound.name} is never bound (${unbound.binding.reason})`, `PVC ${unbound.name} is not bound: ${unbound.binding.reason}`);
        changed = true;
        continue;
      }
      if (unbound)
        continue;
      const conflict = this.zoneConflict(p.ordinal);
      if (conflict) {
        this.staysPending(p, "ZoneConflict", conflict, conflict);
        changed = true;
        continue;
      }
      idx.changePod(p, (q) => {
        q.phase = "Running";
        q.ready = false;
      });
      this.log.emit({ kind: "Pod", action: "running", name: p.name, ordinal: p.ordinal, revision: p.revision, code: "Started", reason: "scheduled, containers started: Running with an IP, not Ready yet" });
    }
    changed = this.log.endStep() || changed;
    this.dns.flush();
    const starting = idx.starting.size > 1 ? [...idx.starting].sort((a, b) => a.ordinal - b.ordinal) : [...idx.starting];
    for (const p of starting) {
      idx.changePod(p, (q) => q.ready = true);
      const wait = this.spec.minReadySeconds > 0 ? `; available after minReadySeconds (${this.spec.minReadySeconds}s)` : "";
      this.log.emit({ kind: "Pod", action: "ready", name: p.name, ordinal: p.ordinal, revision: p.revision, code: "Ready", reason: `Ready${wait}` });
    }
    changed = this.log.endStep() || changed;
    this.dns.flush();
    return changed;
  }
  /** A pod the scheduler never places: it stays Pending (`why`), reported once (`reason`). */
  staysPending(p, code, why, reason) {
    p.stuck = `stays Pending: ${why}`;
    this.idx.pending.delete(p);
    this.log.emit({ kind: "Pod", action: "pending", name: p.name, ordinal: p.ordinal, revision: p.revision, code, reason });
  }
  /**
   * The scheduler's VolumeBinding filter: a claim bound to a PV whose node affinity allows no zone
   * the pod template allows leaves the pod Pending ("volume node affinity conflict").
   */
  zoneConflict(ordinal) {
    const allowed = this.spec.zones;
    if (!allowed)
      return void 0;
    for (const n of this.names.claimsOf(ordinal)) {
      const v = this.state.claims.get(n)?.volume;
      if (!v || v.zones.some((z) => allowed.includes(z)))
        continue;
      return `volume node affinity conflict: PVC ${n} is bound to PV ${v.name} in zone ${v.zones.join(", ")}, and the pod template allows only ${allowed.join(", ")}; the scheduler never places the pod (move the data, or allow that zone)`;
    }
    return void 0;
  }
  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet() {
    const st = this.state;
    this.idx.build();
    st.deleted = true;
    for (const c of st.claims.values())
      if (c.owner?.kind !== "Pod")
        this.idx.setOwner(c, this.spec.whenDeleted === "Delete" ? { kind: "StatefulSet" } : null);
    for (const p of [...st.pods.values()].sort((a, b) => a.ordinal - b.ordinal)) {
      if (!p.terminating)
        this.deletePod(p, "StatefulSetDeleted", "StatefulSet deleted: the garbage collector deletes its pods all at once, in no particular order");
    }
    this.dns.flush();
    this.pass();
    this.emitCollected();
    this.log.endStep();
  }
};

// build/src/plan/sim/simulation.js
var Simulation = class {
  state;
  spec;
  view;
  events;
  log;
  names;
  dns;
  indexes;
  controller;
  world;
  constructor(state, spec, dns, quiet = false, view = IDENTITY_VIEW) {
    this.state = state;
    this.spec = spec;
    this.view = view;
    this.log = new EventLog(dns.namespace, spec.name, quiet);
    this.events = this.log.events;
    this.names = new Names(spec, view);
    this.dns = new Publisher(state, dns, this.log, quiet);
    this.indexes = new Indexes(state, spec, this.names, this.dns);
    this.world = new World(state, spec, this.names, this.indexes, this.log, this.dns);
    this.controller = new Controller(state, spec, view, this.names, this.indexes, this.log, this.dns, this.world);
  }
  /** Why the last controller sync stopped early, if it did. */
  get lastWait() {
    return this.controller.lastWait;
  }
  /** The last sync counted unavailable pods (maxUnavailable): such counts are of the simulated ordinals only. */
  get waitCounted() {
    return this.controller.waitCounted;
  }
  /** Runs sync + world rounds until nothing changes. */
  run(maxRounds = 0) {
    const limit = maxRounds || 50 + 10 * (this.spec.replicas + this.state.pods.size);
    for (let round = 0; round < limit; round++) {
      const before = this.log.step;
      const version = this.indexes.version;
      this.controller.sync();
      const worldChanged = this.world.pass();
      if (!worldChanged && this.log.step === before && version === this.indexes.version)
        return;
    }
  }
  /** `kubectl delete statefulset`: the garbage collector deletes the pods, in no particular order. */
  deleteSet() {
    this.world.deleteSet();
  }
  /** Applies a change of the governing Service (created, deleted, changed) to the records. */
  changeService(service, why) {
    this.dns.changeService(service, why);
  }
  /** How many DNS records exist at the end and did not at the start, and the reverse. */
  dnsChanges() {
    return this.dns.changes();
  }
  /** dnsChanges per ordinal of the records' pods. */
  dnsChangesByOrdinal() {
    return this.dns.changesByOrdinal();
  }
  /** The pod's name for an ordinal. */
  nameOf(ordinal) {
    return this.names.nameOf(ordinal);
  }
  /** The ordinal's claim names, one per claim template in order. */
  claimsOf(ordinal) {
    return this.names.claimsOf(ordinal);
  }
};

// build/src/plan/zones.js
var ZONE_LABELS = ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"];
function termZones(terms) {
  if (!Array.isArray(terms) || terms.length === 0)
    return void 0;
  const out = /* @__PURE__ */ new Set();
  for (const term of terms) {
    let zones;
    for (const e of Array.isArray(term?.matchExpressions) ? term.matchExpressions : []) {
      if (!e || !ZONE_LABELS.includes(e.key) || e.operator !== "In" || !Array.isArray(e.values))
        continue;
      const values = new Set(e.values.filter((v) => typeof v === "string"));
      zones = zones ? new Set([...zones].filter((z) => values.has(z))) : values;
    }
    if (!zones)
      return void 0;
    for (const z of zones)
      out.add(z);
  }
  return out;
}
function templateZones(sts) {
  const spec = sts.spec?.template?.spec;
  let zones = termZones(spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms);
  const selector = spec?.nodeSelector;
  if (selector && typeof selector === "object") {
    for (const key2 of ZONE_LABELS) {
      const v = selector[key2];
      if (typeof v === "string")
        zones = zones ? new Set([...zones].filter((z) => z === v)) : /* @__PURE__ */ new Set([v]);
    }
  }
  return zones;
}
function volumeZones(pv) {
  return termZones(pv.spec?.nodeAffinity?.required?.nodeSelectorTerms);
}

// build/src/plan/state.js
function podPhase(phase, ready, why) {
  const p = phase === "Running" || phase === "Failed" || phase === "Succeeded" ? phase : "Pending";
  const detail = why.length ? why.join(", ") : void 0;
  const because = detail ? ` (${detail})` : "";
  if (p === "Running" && !ready)
    return { phase: p, ready, stuck: `is Running but not Ready in the cluster snapshot${because}`, ...detail ? { detail } : {} };
  if (p === "Pending")
    return { phase: p, ready: false, stuck: `is Pending in the cluster snapshot${because}`, ...detail ? { detail } : {} };
  return { phase: p, ready };
}
function lostNode(name2, namespace, nodeName, nodes2) {
  if (!nodes2 || !nodeName)
    return void 0;
  const node = nodes2.get(nodeName);
  if (!node || node.ready === "True" || node.outOfService)
    return void 0;
  return `is Terminating on node ${nodeName}, which is NotReady (Ready ${node.ready ?? "not reported"}): it is never removed and no pod replaces it until it is force-deleted (kubectl delete pod ${shellQuote(name2)}${namespace && namespace !== "default" ? ` -n ${shellQuote(namespace)}` : ""} --grace-period=0 --force) or the node gets the node.kubernetes.io/out-of-service taint`;
}
function snapshotPods(setName, candidates, errors, nodes2 = null) {
  const pods = [];
  const revisions = /* @__PURE__ */ new Set();
  const revisionLabels = /* @__PURE__ */ new Map();
  for (const r of candidates) {
    const ordinal = ordinalAfter(r.name, setName);
    if (ordinal === null)
      continue;
    const pod = readSnapshotPod(r, errors);
    if (pod.owners.length && !pod.owners.some((o) => o.kind === "StatefulSet" && o.name === setName))
      continue;
    const labels = pod.labels;
    const revision = labels["controller-revision-hash"] ?? "";
    if (revision) {
      revisions.add(revision);
      if (!revisionLabels.has(revision)) {
        const { ["controller-revision-hash"]: _h, ["statefulset.kubernetes.io/pod-name"]: _n, ["apps.kubernetes.io/pod-index"]: _i, ...rest } = labels;
        revisionLabels.set(revision, rest);
      }
    }
    const state = podPhase(pod.phase, pod.ready, pod.why);
    const lost = pod.terminating ? lostNode(r.name, r.namespace, pod.nodeName, nodes2) : void 0;
    if (lost)
      Object.assign(state, { stuck: lost, held: true });
    pods.push({ name: r.name, ordinal, revision, labels, ...state, terminating: pod.terminating, key: `${r.name}/${pod.uid}` });
  }
  pods.sort((a, b) => a.ordinal - b.ordinal || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { pods, revisions, revisionLabels };
}
function claimRecords(spec, sources, storage, cluster, snapshot) {
  const prefixes = spec.templates.map((t) => `${t.name}-${spec.name}`);
  const out = [];
  let volumes2;
  const volumeOf = (name2) => {
    if (!volumes2) {
      volumes2 = /* @__PURE__ */ new Map();
      for (const v of storage.served("PersistentVolume"))
        volumes2.set(v.name, v.object);
    }
    const pv = volumes2.get(name2);
    const zones = pv ? volumeZones(pv) : void 0;
    return zones ? { name: name2, zones: [...zones].sort() } : void 0;
  };
  for (const r of sources) {
    let ordinal = null;
    let t = 0;
    for (; t < prefixes.length; t++)
      if ((ordinal = ordinalAfter(r.name, prefixes[t])) !== null)
        break;
    if (ordinal === null)
      continue;
    const pvc = r.object;
    const { binding } = bindingOf(pvc, [], r, r.name, storage, cluster, !snapshot);
    const meta = pvc.metadata ?? {};
    let owner = null;
    for (const ref of meta.ownerReferences ?? []) {
      if (ref?.kind === "Pod")
        owner = { kind: "Pod", key: `${ref.name}/${ref.uid}` };
      else if (ref?.kind === "StatefulSet" && ref.name === spec.name)
        owner = { kind: "StatefulSet" };
    }
    const phase = snapshot ? pvc.status?.phase === "Bound" ? "Bound" : "Pending" : binding.mode === "never" ? "Pending" : "Bound";
    const volume = snapshot && phase === "Bound" && typeof pvc.spec?.volumeName === "string" && pvc.spec.volumeName !== "" ? volumeOf(pvc.spec.volumeName) : void 0;
    out.push({ name: r.name, ordinal, template: spec.templates[t].name, t, phase, deleting: !!meta.deletionTimestamp, owner, binding, ...volume ? { volume } : {} });
  }
  out.sort((a, b) => a.ordinal - b.ordinal || a.t - b.t || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.map(({ t: _t, ...c }) => c);
}
var POD_NAME = "\0name";
var POD_ORDINAL = "\0ordinal";
function relativeLabels(labels, name2, ordinal) {
  const out = {};
  const o = String(ordinal);
  for (const k of Object.keys(labels).sort()) {
    const v = labels[k];
    setOwn(out, k, v === name2 ? POD_NAME : v === o ? POD_ORDINAL : v);
  }
  return out;
}
function signatures(records2) {
  const parts = /* @__PURE__ */ new Map();
  const forced = /* @__PURE__ */ new Set();
  const add = (o, v) => {
    let list2 = parts.get(o);
    if (!list2)
      parts.set(o, list2 = []);
    list2.push(v);
  };
  const byKey = /* @__PURE__ */ new Map();
  for (const p of records2.pods) {
    byKey.set(p.key, p);
    const canonical = p.name === podName(records2.setName, p.ordinal);
    add(p.ordinal, ["pod", canonical ? "" : p.name, p.revision, p.phase, p.ready, p.stuck ?? "", p.held === true, p.terminating, relativeLabels(p.labels, p.name, p.ordinal)]);
  }
  records2.claims.forEach((stage, i) => {
    for (const c of stage) {
      const canonical = c.name === claimName(c.template, records2.setName, c.ordinal);
      let owner = c.owner?.kind ?? "";
      if (c.owner?.kind === "Pod") {
        const pod = i === 0 ? byKey.get(c.owner.key) : void 0;
        if (!pod)
          owner = "stale";
        else if (pod.ordinal === c.ordinal && pod.name === podName(records2.setName, pod.ordinal))
          owner = "own";
        else {
          owner = `pod ${pod.name}`;
          forced.add(pod.ordinal);
          forced.add(c.ordinal);
        }
      }
      add(c.ordinal, ["pvc", i, c.template, canonical ? "" : c.name, c.phase, c.deleting, owner, c.binding.mode, c.binding.className, c.binding.reason, c.volume ?? null]);
    }
  });
  const out = /* @__PURE__ */ new Map();
  for (const [o, list2] of parts)
    out.set(o, JSON.stringify(list2));
  return { signatures: out, forced };
}
function seedPods(state, pods, setName, naming) {
  const uids = /* @__PURE__ */ new Map();
  for (const p of pods) {
    const slot = naming.slotOf(p.ordinal);
    if (slot === null)
      continue;
    const canonical = p.name === podName(setName, p.ordinal);
    const name2 = canonical ? naming.pod(slot) : p.name;
    const labels = {};
    const rel = relativeLabels(p.labels, p.name, p.ordinal);
    for (const [k, v] of Object.entries(rel))
      setOwn(labels, k, v === POD_NAME ? name2 : v === POD_ORDINAL ? naming.text(slot) : v);
    const uid = state.nextUid++;
    uids.set(p.key, uid);
    state.pods.set(name2, { name: name2, ordinal: slot, revision: p.revision, labels, phase: p.phase, ready: p.ready, ...p.stuck ? { stuck: p.stuck } : {}, ...p.detail ? { detail: p.detail } : {}, ...p.held ? { held: true } : {}, terminating: p.terminating, uid });
  }
  return uids;
}
function seedClaims(state, claims, setName, naming, podUids) {
  for (const c of claims) {
    const slot = naming.slotOf(c.ordinal);
    if (slot === null)
      continue;
    const name2 = c.name === claimName(c.template, setName, c.ordinal) ? naming.claim(c.template, slot) : c.name;
    if (state.claims.has(name2))
      continue;
    const owner = c.owner?.kind === "Pod" ? { kind: "Pod", uid: podUids.get(c.owner.key) ?? -1 } : c.owner;
    state.claims.set(name2, { name: name2, ordinal: slot, phase: c.phase, deleting: c.deleting, owner, binding: c.binding, pendingReported: false, ...c.volume ? { volume: c.volume } : {} });
  }
}

// build/src/plan/set-spec.js
function templateLabels(sts) {
  return asLabels(isRecord(sts.spec?.template?.metadata) ? sts.spec?.template?.metadata?.labels : void 0);
}
function resolveMaxUnavailable(v, replicas) {
  let n = 1;
  if (typeof v === "number")
    n = v;
  else if (typeof v === "string" && /^\d+%$/.test(v))
    n = Math.floor(replicas * Number(v.slice(0, -1)) / 100);
  return Math.max(1, n);
}
function claimSummary(t, className) {
  const size2 = t.spec?.resources?.requests?.storage;
  const parts = [size2 !== void 0 ? String(size2) : "no size", (t.spec?.accessModes ?? []).join(",") || "no access mode"];
  parts.push(className === null ? "default class" : className === "" ? "no class (static)" : `class ${className}`);
  return parts.join(", ");
}
function setSpec(r, ctx, snapshot = false) {
  const sts = asStatefulSet(r);
  const spec = sts.spec;
  const replicas = Math.max(0, replicasOf(sts));
  const strategy = spec?.updateStrategy?.type === "OnDelete" ? "OnDelete" : "RollingUpdate";
  const ns = ctx.desired.namespaceOf(r);
  const zones = templateZones(sts);
  const autoDelete = ctx.gates.StatefulSetAutoDeletePVC !== false;
  const templates2 = claimTemplatesOf(sts).map(([t, i]) => {
    const name2 = claimTemplateName(t);
    const { binding, assumption, locate: locate2 } = bindingOf(t, ["spec", "volumeClaimTemplates", i], r, claimName(name2, r.name, startOrdinalOf(sts)), ctx.storage, ctx.options.cluster, !snapshot);
    const message = `claim template ${name2}: ${assumption}`;
    if (assumption && r.reportable && !ctx.warningKeys.has(warningKey(message, r.name, ns)))
      addWarning(ctx, { namespace: ns, statefulSet: r.name, message, location: locate2() });
    return { name: name2, binding, summary: claimSummary(t, binding.className) };
  });
  return {
    namespace: ns,
    name: r.name,
    replicas,
    start: startOrdinalOf(sts),
    monotonic: spec?.podManagementPolicy !== "Parallel",
    strategy,
    partition: Math.max(0, spec?.updateStrategy?.rollingUpdate?.partition ?? 0),
    maxUnavailable: resolveMaxUnavailable(spec?.updateStrategy?.rollingUpdate?.maxUnavailable, replicas),
    maxUnavailableGate: ctx.gates.MaxUnavailableStatefulSet === true,
    minReadySeconds: spec?.minReadySeconds ?? 0,
    // With the StatefulSetAutoDeletePVC gate off the API server drops the policy and the controller
    // sets no claim ownerReferences: both are Retain (statefulset-semantics.md §7).
    whenScaled: autoDelete && spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === "Delete" ? "Delete" : "Retain",
    whenDeleted: autoDelete && spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === "Delete" ? "Delete" : "Retain",
    templates: templates2,
    revision: revisionName(r.name, spec?.template),
    labels: templateLabels(sts),
    ...zones ? { zones: [...zones].sort() } : {}
  };
}
function containerPorts(sts) {
  const out = /* @__PURE__ */ new Map();
  for (const c of sts?.spec?.template?.spec?.containers ?? [])
    for (const p of c?.ports ?? [])
      if (p?.name && typeof p.containerPort === "number")
        out.set(p.name, p.containerPort);
  return out;
}
function governing(index, ns, sts) {
  const name2 = sts?.spec?.serviceName;
  if (!name2)
    return null;
  const svc = index.get("Service", ns, name2);
  return svc ? dnsService(asService(svc), containerPorts(sts)) : null;
}

// build/src/plan/current.js
function snapshotRevisions(live, pods, ctx, ns) {
  const known = new Set(pods.revisions);
  for (const r of ctx.current.inNamespace("ControllerRevision", ns))
    if (r.name.startsWith(`${live.name}-`))
      known.add(r.name);
  const status2 = asStatefulSet(live).status;
  const update = status2?.updateRevision ?? null;
  const current = status2?.currentRevision ?? update;
  if (update)
    known.add(update);
  if (current)
    known.add(current);
  return { known, current, update };
}
function sameTemplate(desired, live) {
  const lastApplied = live.object.metadata?.annotations?.["kubectl.kubernetes.io/last-applied-configuration"];
  if (lastApplied) {
    try {
      const applied = JSON.parse(lastApplied);
      return revisionName("x", applied.spec?.template) === revisionName("x", desired.spec?.template);
    } catch {
    }
  }
  return isSubset(desired.spec?.template, asStatefulSet(live).spec?.template);
}
function isSubset(a, b) {
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => isSubset(x, b[i]));
  if (isRecord(a))
    return isRecord(b) && Object.entries(a).every(([k, v]) => isSubset(v, b[k]));
  if ((typeof a === "string" || typeof a === "number") && (typeof b === "string" || typeof b === "number") && String(a) !== String(b))
    return canonicalQuantity(a) === canonicalQuantity(b) && /\d/.test(String(a));
  return a === b || String(a) === String(b);
}
function describeChanges(before, after, spec, newRevision, rolledBack) {
  const out = [];
  if (!before && after)
    out.push(`created with ${replicasOf(after)} replica${replicasOf(after) === 1 ? "" : "s"} at revision ${spec?.revision}`);
  if (before && !after)
    out.push("deleted");
  if (!before || !after)
    return out;
  const b = before.spec;
  const a = after.spec;
  if (replicasOf(before) !== replicasOf(after))
    out.push(`replicas ${replicasOf(before)} \u2192 ${replicasOf(after)}`);
  if (startOrdinalOf(before) !== startOrdinalOf(after))
    out.push(`ordinals.start ${startOrdinalOf(before)} \u2192 ${startOrdinalOf(after)}`);
  if (newRevision)
    out.push(rolledBack ? `pod template back to an earlier revision ${spec?.revision} (rollback)` : `pod template changed: new revision ${spec?.revision}`);
  const strat = (s) => `${s?.updateStrategy?.type ?? "RollingUpdate"}${s?.updateStrategy?.rollingUpdate?.partition ? ` partition ${s.updateStrategy.rollingUpdate.partition}` : ""}${s?.updateStrategy?.rollingUpdate?.maxUnavailable !== void 0 ? ` maxUnavailable ${s.updateStrategy.rollingUpdate.maxUnavailable}` : ""}`;
  if (strat(b) !== strat(a))
    out.push(`updateStrategy ${strat(b)} \u2192 ${strat(a)}`);
  const ret = (s) => `whenScaled ${s?.persistentVolumeClaimRetentionPolicy?.whenScaled ?? "Retain"}, whenDeleted ${s?.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? "Retain"}`;
  if (ret(b) !== ret(a))
    out.push(`persistentVolumeClaimRetentionPolicy ${ret(b)} \u2192 ${ret(a)}`);
  if ((b?.minReadySeconds ?? 0) !== (a?.minReadySeconds ?? 0))
    out.push(`minReadySeconds ${b?.minReadySeconds ?? 0} \u2192 ${a?.minReadySeconds ?? 0}`);
  return out;
}
function rejectionFor(r, before, after, ctx) {
  const { changes, storageGrowth } = statefulSetImmutableChanges(before, after);
  if (changes.length === 0)
    return null;
  const n = nsFlag(ctx.desired.namespaceOf(r));
  const blockers = [];
  for (const g of storageGrowth ?? []) {
    const found = claimTemplatesOf(after).find(([t]) => claimTemplateName(t) === g.template);
    if (!found)
      continue;
    const cls = classOf(found[0], ["spec", "volumeClaimTemplates", found[1]], ctx.storage, ctx.options.cluster);
    if (cls.info && !cls.info.allowVolumeExpansion)
      blockers.push(`# StorageClass ${printable(cls.info.name)} does not set allowVolumeExpansion: true, so the PVCs of ${printable(g.template)} cannot grow in place: enable it on the class (if its provisioner supports expansion) or copy the data to new, bigger PVCs`);
    if (!cls.info)
      blockers.push(`# the StorageClass of ${printable(g.template)} is not known: check that it sets allowVolumeExpansion: true before patching the PVCs`);
  }
  const route = storageGrowth ? [
    ...blockers,
    ...storageGrowth.flatMap((g) => {
      const count2 = replicasOf(before);
      const start = startOrdinalOf(before);
      const patch = shellQuote(JSON.stringify({ spec: { resources: { requests: { storage: g.to } } } }));
      if (count2 > ctx.bounds.listLimit)
        return [`for i in $(seq ${start} ${start + count2 - 1}); do kubectl patch pvc ${shellQuote(claimName(g.template, r.name, ""))}"$i"${n} -p ${patch}; done`];
      return Array.from({ length: count2 }, (_, i) => `kubectl patch pvc ${shellQuote(claimName(g.template, r.name, start + i))}${n} -p ${patch}`);
    }),
    `kubectl delete statefulset ${shellQuote(r.name)}${n} --cascade=orphan`,
    applyCommand(r, ctx.desired.namespaceOf(r))
  ] : [`kubectl delete statefulset ${shellQuote(r.name)}${n} --cascade=orphan`, applyCommand(r, ctx.desired.namespaceOf(r))];
  return {
    reason: `StatefulSet.apps "${r.name}" is invalid: ${STATEFULSET_UPDATE_FORBIDDEN}`,
    fields: changes.map((c) => ({ field: pathText(c.path), from: c.from, to: c.to, location: locationOf(r, c.path) })),
    route
  };
}

// build/src/plan/service.js
function serviceChangeText(before, after, name2) {
  if (!before && !after)
    return null;
  if (!before)
    return `Service ${name2} created${after.headless ? " (headless)" : ""}`;
  if (!after)
    return `Service ${name2} deleted`;
  const parts = [];
  if (before.headless !== after.headless)
    parts.push(after.headless ? "now headless" : "no longer headless");
  if (JSON.stringify(before.selector) !== JSON.stringify(after.selector))
    parts.push("selector changed");
  if (JSON.stringify(before.ports) !== JSON.stringify(after.ports))
    parts.push("named ports changed");
  if (before.publishNotReady !== after.publishNotReady)
    parts.push(`publishNotReadyAddresses ${after.publishNotReady}`);
  if (JSON.stringify(before.families) !== JSON.stringify(after.families))
    parts.push("IP families changed");
  return parts.length ? `Service ${name2}: ${parts.join(", ")}` : null;
}
function dnsTiming(items2, serviceName, peer) {
  for (const item of items2) {
    for (const e of "event" in item ? [item.event] : item.run.block) {
      if (e.kind !== "DNSRecord" || e.action !== "add" || e.type !== "PTR" || e.code !== "PodReady" && e.code !== "PodRunningNotReady")
        continue;
      const host = (e.value ?? "").replace(/\.$/, "");
      if (e.code === "PodRunningNotReady")
        return { appear: "running", note: `pods' DNS names such as ${host} appear as soon as each pod has an IP (its init containers may still be running), before it is Ready (Service ${serviceName} sets publishNotReadyAddresses: true)` };
      if (peer === null)
        return void 0;
      return { appear: "ready", note: `pods' DNS names such as ${host} appear only once each pod is Ready (Service ${serviceName} does not set publishNotReadyAddresses): until then a peer that looks the name up finds no record (the containers use such names: ${peer})` };
    }
  }
  return void 0;
}
function peerNamed(r, serviceName) {
  const tpl = r ? podTemplateOf(r) : null;
  if (!r || !tpl || !serviceName)
    return null;
  const texts = containerTexts(tpl.spec, []).map((t) => t.text);
  for (const [c] of records(tpl.spec.containers))
    texts.push(probeText(c.readinessProbe), probeText(c.startupProbe));
  for (const t of texts) {
    const m = peerMentions(t, r.name, serviceName)[0];
    if (m)
      return m.text;
  }
  return null;
}
function planService(ns, name2, desiredR, currentR, ctx, apiErrors) {
  const desired = desiredR ? asService(desiredR) : void 0;
  const current = currentR ? asService(currentR) : void 0;
  const headless = (s) => s ? s.spec?.clusterIP === "None" || s.spec?.clusterIPs?.[0] === "None" : null;
  const plan2 = {
    namespace: ns,
    name: name2,
    change: !currentR ? "create" : !desiredR ? "delete" : "unchanged",
    changes: [],
    headless: { from: headless(current), to: headless(desired) }
  };
  if (desiredR)
    plan2.location = locationOf(desiredR, []);
  if (current && desired && currentR && desiredR) {
    const d = objectDiff(currentR, desiredR, ctx.snapshot, ns);
    if (d) {
      plan2.diff = d;
      plan2.change = "update";
    }
    const rejected = serviceImmutableChanges(current, desired);
    if (rejected.length) {
      plan2.change = "rejected";
      plan2.rejection = {
        reason: `Service "${name2}" is invalid: spec.clusterIPs[0]: Invalid value: ${JSON.stringify(rejected[0].to)}: may not change once set`,
        fields: rejected.map((c) => ({ field: pathText(c.path), from: c.from, to: c.to, location: locationOf(desiredR, c.path) })),
        route: [`kubectl delete service ${shellQuote(name2)}${nsFlag(ns)}`, applyCommand(desiredR, ns)]
      };
    }
    const a = dnsService(current, /* @__PURE__ */ new Map());
    const b = dnsService(desired, /* @__PURE__ */ new Map());
    const text2 = serviceChangeText(a, b, name2);
    if (text2)
      plan2.changes.push(text2.replace(`Service ${name2}: `, ""));
  }
  const errors = desiredR ? apiErrors.get(desiredR) : void 0;
  if (errors?.length) {
    plan2.change = "rejected";
    plan2.rejection = { reason: `the API server rejects Service ${name2}: ${errors.join("; ")}`, fields: [], route: ["fix the errors `stsplan lint` reports, then plan again"] };
  }
  if (plan2.change === "create")
    plan2.changes.push(headless(desired) ? "created (headless)" : "created");
  if (plan2.change === "delete")
    plan2.changes.push("deleted");
  return plan2;
}

// build/src/plan/blocked.js
var NameList = class {
  limit;
  names = [];
  count = 0;
  last;
  constructor(limit) {
    this.limit = limit;
  }
  add(name2) {
    if (this.names.length < this.limit)
      this.names.push(name2);
    this.count++;
    this.last = name2;
  }
  /** Names of ordinals first…last (descending when first > last), from `nameOf`. */
  addRange(first, last, nameOf) {
    const step = first <= last ? 1 : -1;
    const n = Math.abs(last - first) + 1;
    for (let i = 0; i < n && this.names.length < this.limit; i++)
      this.names.push(nameOf(first + i * step));
    this.count += n;
    this.last = nameOf(last);
  }
  /** `a, b, c` or, when there are more than the limit, `a, b … z (n)` (as many of the first two as the limit keeps). */
  text() {
    if (this.count <= this.names.length)
      return this.names.join(", ");
    const head = this.names.slice(0, 2).join(", ");
    return `${head ? `${head} ` : ""}\u2026 ${this.last} (${this.count})`;
  }
};
function blockedOf(sim, spec, reduced, location, dec, realOf, limit) {
  const st = sim.state;
  const realName = (name2) => dec ? dec.real(name2) : name2;
  const range = (slot) => dec ? dec.realRange(slot) : [slot, slot];
  const named = (o) => podName(spec.name, o);
  const notCreated = new NameList(limit);
  const notUpdated = new NameList(limit);
  let stuckPod;
  let notReady = false;
  const end = reduced.start + reduced.replicas;
  for (let o = reduced.start; o < end; o++) {
    const p = st.pods.get(sim.nameOf(o));
    const [first, last] = range(o);
    if (first > last)
      continue;
    if (!p)
      notCreated.addRange(first, last, named);
    else {
      if (spec.strategy === "RollingUpdate" && o >= reduced.start + reduced.partition && p.revision !== st.updateRevision)
        notUpdated.addRange(first, last, named);
      if (!(p.phase === "Running" && p.ready) || p.held) {
        notReady = true;
        stuckPod ??= p;
      }
    }
  }
  const notDeleted = new NameList(limit);
  for (const p of [...st.pods.values()].filter((x) => x.ordinal < reduced.start || x.ordinal >= end).sort((a, b) => b.ordinal - a.ordinal)) {
    if (p.name !== sim.nameOf(p.ordinal))
      notDeleted.add(p.name);
    else {
      const [first, last] = range(p.ordinal);
      if (first <= last)
        notDeleted.addRange(last, first, named);
    }
  }
  if (!notCreated.count && !notDeleted.count && !notUpdated.count && !notReady)
    return null;
  const wait = sim.lastWait;
  const reason = stuckPod?.stuck ? `${realName(stuckPod.name)} ${realName(stuckPod.stuck)}` : wait ? realName(wait.reason) : "the rollout does not finish";
  const pod = stuckPod ? realName(stuckPod.name) : wait?.pod ? realName(wait.pod) : null;
  const ordinal = stuckPod ? realOf(stuckPod.ordinal) : wait?.ordinal !== null && wait?.ordinal !== void 0 ? realOf(wait.ordinal) : null;
  const claimLocation = spec.templates.find((t) => t.binding.mode === "never")?.binding.location;
  return {
    namespace: spec.namespace,
    statefulSet: spec.name,
    pod,
    ordinal,
    reason,
    notCreated: notCreated.names,
    notUpdated: notUpdated.names,
    notDeleted: notDeleted.names,
    ...notCreated.count > notCreated.names.length ? { notCreatedCount: notCreated.count } : {},
    ...notUpdated.count > notUpdated.names.length ? { notUpdatedCount: notUpdated.count } : {},
    ...notDeleted.count > notDeleted.names.length ? { notDeletedCount: notDeleted.count } : {},
    ...stuckPod?.stuck?.includes("PVC") && claimLocation ? { location: claimLocation } : location ? { location } : {}
  };
}

// build/src/plan/stuck.js
function statusOf(p) {
  return p.detail ?? (p.phase === "Running" ? "Running, not Ready" : "Pending");
}
function stuckPods(sim, start, spec, reduced, dec, limit) {
  const out = { trapped: [], trappedCount: 0, replaced: [] };
  const replaced = /* @__PURE__ */ new Map();
  if (spec.strategy !== "RollingUpdate")
    return out;
  const st = sim.state;
  const update = st.updateRevision;
  if (!update)
    return out;
  const realName = (name2) => dec ? dec.real(name2) : name2;
  const end = reduced.start + reduced.replicas;
  for (let o = reduced.start + reduced.partition; o < end; o++) {
    const before = start.pods.get(sim.nameOf(o));
    if (!before?.stuck || before.held || before.terminating || before.revision === update)
      continue;
    if (before.phase !== "Pending" && before.phase !== "Running")
      continue;
    const after = st.pods.get(before.name);
    const [first, last] = dec ? dec.realRange(o) : [o, o];
    if (first > last)
      continue;
    const canonical = before.name === sim.nameOf(o);
    const nameOf = (k) => canonical ? podName(spec.name, k) : realName(before.name);
    if (after && after.uid === before.uid) {
      if (after.stuck !== before.stuck)
        continue;
      const why = spec.monotonic ? "under OrderedReady the controller waits for it to be Running and Ready before it goes on, so the rolling update never reaches it (kubernetes/kubernetes#67250)" : `the controller does not get to it: ${realName(sim.lastWait?.reason ?? "it waits for a pod that does not become Ready")}`;
      out.trappedCount += last - first + 1;
      for (let k = first; k <= last && out.trapped.length < limit; k++) {
        const name2 = nameOf(k);
        out.trapped.push({ pod: name2, ordinal: k, revision: before.revision, updateRevision: update, status: statusOf(before), why, command: `kubectl delete pod${nsFlag(spec.namespace)} ${shellQuote(name2)}` });
      }
    } else {
      const key2 = JSON.stringify([before.revision, statusOf(before)]);
      let group = replaced.get(key2);
      if (!group)
        replaced.set(key2, group = { list: new NameList(limit), revision: before.revision, status: statusOf(before) });
      if (canonical)
        group.list.addRange(first, last, nameOf);
      else
        group.list.add(nameOf(first));
    }
  }
  const how = spec.maxUnavailableGate ? `under Parallel with the MaxUnavailableStatefulSet gate on, maxUnavailable ${spec.maxUnavailable} leaves room to delete $` : "under Parallel a pod that is not Ready does not stop the rolling update, which deletes the highest pod not at the update revision";
  for (const g of replaced.values()) {
    const one = g.list.count === 1;
    out.replaced.push(`${g.list.text()} ${one ? "is" : "are"} not Ready at revision ${g.revision} (${g.status}), and the controller replaces ${one ? "it" : "them"} itself at ${update}: ${how.replace("$", one ? "it" : "them")}; no kubectl delete pod is needed`);
  }
  return out;
}

// build/src/plan/data-fate.js
var claimCount = (cs) => cs.reduce((n, c) => n + ("name" in c ? 1 : c.hi - c.lo + 1), 0);
function merged(cs) {
  const byPrefix = /* @__PURE__ */ new Map();
  const singles = [];
  for (const c of cs) {
    if ("name" in c)
      singles.push(c.name);
    else {
      let list2 = byPrefix.get(c.prefix);
      if (!list2)
        byPrefix.set(c.prefix, list2 = []);
      list2.push([c.lo, c.hi]);
    }
  }
  const ranges = [];
  for (const [prefix, list2] of byPrefix) {
    list2.sort((a, b) => a[0] - b[0]);
    let cur;
    for (const [lo, hi] of list2) {
      if (cur && lo <= cur[2] + 1)
        cur[2] = Math.max(cur[2], hi);
      else
        ranges.push(cur = [prefix, lo, hi]);
    }
  }
  return { ranges, singles: [...new Set(singles)] };
}
function claimsText(cs, max = 6) {
  const { ranges, singles } = merged(cs);
  const parts = [...ranges.map(([prefix, lo, hi]) => lo === hi ? `${prefix}${lo}` : `${prefix}{${lo}..${hi}}`), ...singles];
  if (parts.length <= max)
    return parts.join(", ");
  return `${parts.slice(0, max - 1).join(", ")} \u2026 (${claimCount(cs)} PVCs)`;
}
function claimNames(cs, limit) {
  const { ranges, singles } = merged(cs);
  const out = [];
  for (const [prefix, lo, hi] of ranges)
    for (let o = lo; o <= hi && out.length < limit; o++)
      out.push(`${prefix}${o}`);
  for (const n of singles)
    if (out.length < limit)
      out.push(n);
  return out;
}
function claimOfEvent(e, set2) {
  const suffix = e.ordinal === void 0 ? "" : String(e.ordinal);
  if (suffix && e.name.endsWith(`-${set2}-${suffix}`))
    return { prefix: e.name.slice(0, e.name.length - suffix.length), lo: e.ordinal, hi: e.ordinal };
  return { name: e.name };
}
function claimFates(items2, name2) {
  const deleted = [];
  const kept2 = [];
  const sort = (e, c) => {
    if (e.kind !== "PersistentVolumeClaim")
      return;
    if (e.action === "delete" && e.code === "GarbageCollected")
      deleted.push(c);
    else if (e.action === "retain")
      kept2.push(c);
  };
  for (const item of items2) {
    if ("event" in item) {
      sort(item.event, claimOfEvent(item.event, name2));
      continue;
    }
    const r = item.run;
    const lo = Math.min(r.first, r.first + (r.count - 1) * r.dir);
    const hi = Math.max(r.first, r.first + (r.count - 1) * r.dir);
    r.block.forEach((e, k) => {
      const t = r.templates[k].name;
      const at = t.indexOf("{N}");
      const c = at >= 0 && at === t.length - 3 && !t.slice(0, at).includes("{N") ? { prefix: t.slice(0, at), lo, hi } : { name: e.name };
      sort(e, c);
    });
  }
  return { deleted, kept: kept2 };
}
function diskOf(c, set2, ns, sts, ctx, volumes2) {
  const first = "name" in c ? c.name : `${c.prefix}${c.lo}`;
  const live = ctx.current.get("PersistentVolumeClaim", ns, first);
  const pvc = live ? live.object : void 0;
  const volumeName = pvc?.spec?.volumeName;
  const pv = typeof volumeName === "string" && volumeName !== "" ? volumes2().get(volumeName) : void 0;
  const pvPolicy = pv?.spec?.persistentVolumeReclaimPolicy;
  if (typeof pvPolicy === "string" && pvPolicy !== "")
    return verdictOf(pvPolicy, `PersistentVolume reclaimPolicy ${pvPolicy}`);
  let cls;
  if (pvc)
    cls = classOf(pvc, [], ctx.storage, ctx.options.cluster);
  else if ("prefix" in c && sts) {
    const found = claimTemplatesOf(sts).find(([t]) => `${claimTemplateName(t)}-${set2}-` === c.prefix);
    if (found)
      cls = classOf(found[0], ["spec", "volumeClaimTemplates", found[1]], ctx.storage, ctx.options.cluster);
  }
  if (!cls || cls.via === "none")
    return { verdict: "unknown", source: "no StorageClass known" };
  if (cls.via === "static")
    return { verdict: "unknown", source: 'storageClassName "": a pre-created PersistentVolume' };
  const policy = cls.info?.reclaimPolicy;
  if (policy)
    return verdictOf(policy, `class ${cls.name}: reclaimPolicy ${policy}`);
  if (cls.info)
    return { verdict: "unknown", source: `class ${cls.name}: its reclaimPolicy is not known on cluster profile ${ctx.options.cluster?.name ?? ""}`.trimEnd() };
  return { verdict: "unknown", source: `class ${cls.name ?? "(default)"} is not in the inputs` };
}
function verdictOf(policy, source) {
  return { verdict: policy === "Delete" ? "deleted" : policy === "Retain" ? "kept" : "unknown", source };
}
function dataFate(items2, input, ctx) {
  const { name: name2, ns, operation } = input;
  const { deleted, kept: kept2 } = claimFates(items2, name2);
  const nDeleted = claimCount(deleted);
  const nKept = claimCount(kept2);
  if (!nDeleted && !nKept)
    return null;
  let volumes2;
  const volumeMap = () => {
    if (!volumes2) {
      volumes2 = /* @__PURE__ */ new Map();
      for (const v of ctx.storage.served("PersistentVolume"))
        volumes2.set(v.name, v.object);
    }
    return volumes2;
  };
  const policy = operation === "delete" ? `whenDeleted: ${input.whenDeleted}` : `whenScaled: ${input.whenScaled}`;
  const gate = input.gateOff ? "; the StatefulSetAutoDeletePVC gate is off, so the retention policy is ignored" : "";
  const { from, to } = input.replicas;
  const subject = operation === "delete" ? `deleting ${name2}` : from !== null && to !== null && to < from ? `scaling ${name2} from ${from} to ${to}` : `moving ${name2}'s ordinals`;
  const plural = (n) => n === 1 ? "PVC" : "PVCs";
  const parts = [];
  let disks;
  if (nDeleted) {
    const why = policy;
    const groups2 = /* @__PURE__ */ new Map();
    for (const c of deleted) {
      const disk = diskOf(c, name2, ns, input.sts, ctx, volumeMap);
      const key2 = `${disk.verdict}\0${disk.source}`;
      let g = groups2.get(key2);
      if (!g)
        groups2.set(key2, g = { disk, claims: [] });
      g.claims.push(c);
    }
    const list2 = [...groups2.values()];
    const verdicts = new Set(list2.map((g) => g.disk.verdict));
    disks = verdicts.size > 1 ? "mixed" : list2[0].disk.verdict;
    const clause = (d, n) => {
      const one = n === 1;
      if (d.verdict === "deleted")
        return ` and ${one ? "its disk" : "their disks"} (${d.source})`;
      if (d.verdict === "kept")
        return `; ${one ? "its disk is" : "their disks are"} kept (${d.source}): the PersistentVolume${one ? " stays" : "s stay"}, Released`;
      return `; whether ${one ? "its disk goes" : "their disks go"} depends on the PersistentVolume's reclaimPolicy (${d.source})`;
    };
    if (list2.length === 1)
      parts.push(`deletes ${plural(nDeleted)} ${claimsText(deleted)} (${why})${clause(list2[0].disk, nDeleted)}`);
    else
      parts.push(`deletes ${plural(nDeleted)} (${why}): ${list2.map((g) => `${claimsText(g.claims, 3)}${clause(g.disk, claimCount(g.claims))}`).join("; ")}`);
  }
  if (nKept) {
    parts.push(`keeps ${plural(nKept)} ${claimsText(kept2)} and ${nKept === 1 ? "its disk" : "their disks"} (${policy}${gate})`);
  }
  return {
    operation,
    sentence: `${subject} ${parts.join("; ")}`,
    deleted: claimNames(deleted, input.limit),
    kept: claimNames(kept2, input.limit),
    deletedCount: nDeleted,
    keptCount: nKept,
    ...disks ? { disks } : {}
  };
}

// build/src/plan/statefulset.js
function countsByOrdinal(sim, before) {
  const out = /* @__PURE__ */ new Map();
  const at = (o) => {
    let c = out.get(o);
    if (!c)
      out.set(o, c = { ...ZERO });
    return c;
  };
  const created = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Map();
  for (const e of sim.events) {
    if (e.kind === "Pod" && e.action === "create")
      created.set(e.name, e.ordinal);
    if (e.kind === "Pod" && e.action === "delete")
      deleted.set(e.name, e.ordinal);
    if (e.kind === "PersistentVolumeClaim") {
      if (e.action === "create")
        at(e.ordinal).pvcsCreated++;
      if (e.action === "delete")
        at(e.ordinal).pvcsDeleted++;
      if (e.action === "retain")
        at(e.ordinal).pvcsRetained++;
    }
  }
  const had = before?.pods ?? /* @__PURE__ */ new Map();
  for (const [n, o] of created)
    if (!had.has(n))
      at(o).podsCreated++;
  for (const [n, o] of deleted)
    if (!sim.state.pods.has(n) && !created.has(n))
      at(o).podsDeleted++;
  for (const [n, o] of deleted)
    if (created.has(n) && had.has(n))
      at(o).podsReplaced++;
  for (const [o, d] of sim.dnsChangesByOrdinal()) {
    at(o).dnsAdded += d.added;
    at(o).dnsRemoved += d.removed;
  }
  return out;
}
function cloneState(s) {
  return {
    pods: new Map([...s.pods].map(([k, v]) => [k, { ...v }])),
    claims: new Map([...s.claims].map(([k, v]) => [k, { ...v }])),
    currentRevision: s.currentRevision,
    updateRevision: s.updateRevision,
    revisionLabels: new Map(s.revisionLabels),
    deleted: s.deleted,
    nextUid: s.nextUid
  };
}
function finalShape(sim, slot) {
  const rel = (s) => detokenize(s, (t) => t === slot ? "{N}" : `{${t}}`);
  const p = sim.state.pods.get(sim.nameOf(slot));
  const claims = sim.claimsOf(slot).map((n) => sim.state.claims.get(n));
  return JSON.stringify([
    p ? [p.revision, p.phase, p.ready, p.terminating, rel(p.stuck ?? ""), Object.entries(p.labels).map(([k, v]) => [k, rel(v)])] : null,
    claims.map((c) => c ? [c.phase, c.deleting, c.owner?.kind ?? "", c.owner?.kind === "Pod" ? c.owner.uid === p?.uid : "", c.pendingReported] : null)
  ]);
}
function planSet(ns, name2, desiredR, currentR, ctx, apiErrors) {
  const desired = desiredR ? asStatefulSet(desiredR) : void 0;
  const current = currentR ? asStatefulSet(currentR) : void 0;
  const location = desiredR ? locationOf(desiredR, []) : currentR && !ctx.snapshot ? locationOf(currentR, []) : void 0;
  const desiredSpec = desiredR ? setSpec(desiredR, ctx) : null;
  const currentSpec = currentR ? setSpec(currentR, ctx, ctx.snapshot) : null;
  const spec = desiredSpec ?? currentSpec;
  const svcBefore = currentR ? governing(ctx.current, ns, current) : null;
  const svcAfter = desiredR ? governing(ctx.desired, ns, desired) : null;
  const serviceName = (desired ?? current)?.spec?.serviceName ?? "";
  const bounds = ctx.bounds;
  const snap = currentR && ctx.snapshot ? snapshotPods(currentR.name, ctx.current.inNamespace("Pod", ns), ctx.inputErrors, snapshotNodes(ctx.current.ofKind("Node"))) : null;
  const stage1 = currentR ? claimRecords(currentSpec, ctx.current.inNamespace("PersistentVolumeClaim", ns), ctx.storage, ctx.options.cluster, !!snap) : [];
  const existing = currentR ? [] : ctx.current.inNamespace("PersistentVolumeClaim", ns);
  const stage2 = desiredSpec ? claimRecords(desiredSpec, [...existing, ...ctx.desired.inNamespace("PersistentVolumeClaim", ns)], ctx.storage, ctx.options.cluster, ctx.snapshot && existing.length > 0) : [];
  const revs = snap ? snapshotRevisions(currentR, snap, ctx, ns) : { known: new Set(currentSpec ? [currentSpec.revision] : []), current: null, update: null };
  let newRevision = false;
  let rolledBack = false;
  if (desiredSpec && desired) {
    if (currentR && ctx.snapshot && revs.update) {
      if (desiredSpec.revision !== revs.update && sameTemplate(desired, currentR))
        desiredSpec.revision = revs.update;
    }
    if (currentR) {
      newRevision = desiredSpec.revision !== (ctx.snapshot ? revs.update : currentSpec.revision);
      rolledBack = newRevision && revs.known.has(desiredSpec.revision);
    }
  }
  const ordinalList = (s) => s ? Array.from({ length: Math.min(s.replicas, bounds.listLimit) }, (_, i) => s.start + i) : [];
  const plan2 = {
    namespace: ns,
    name: name2,
    change: !currentR ? "create" : !desiredR ? "delete" : "unchanged",
    changes: describeChanges(current, desired, desiredSpec, newRevision, rolledBack),
    ...location ? { location } : {},
    podManagementPolicy: spec.monotonic ? "OrderedReady" : "Parallel",
    updateStrategy: spec.strategy,
    replicas: { from: currentSpec ? currentSpec.replicas : null, to: desiredSpec ? desiredSpec.replicas : null },
    ordinals: { from: ordinalList(currentSpec), to: ordinalList(desiredSpec) },
    revision: { current: null, update: null, created: newRevision && !rolledBack || !currentR && !!desiredR, rolledBack },
    service: { name: serviceName, dns: true },
    counts: { ...ZERO }
  };
  if (currentR && desiredR) {
    const d = objectDiff(currentR, desiredR, ctx.snapshot, ns);
    if (d)
      plan2.diff = d;
  }
  const why = noDnsReason(svcAfter ?? svcBefore, serviceName, ns, spec.labels);
  if (why)
    plan2.service = { name: serviceName, dns: false, why };
  const errors = desiredR ? apiErrors.get(desiredR) : void 0;
  let rejection = null;
  if (errors?.length)
    rejection = { reason: `the API server rejects StatefulSet ${name2} or the pods it creates: ${errors.join("; ")}`, fields: [], route: ["fix the errors `stsplan lint` reports, then plan again"] };
  else if (currentR && desiredR)
    rejection = rejectionFor(desiredR, current, desired, ctx);
  const effective = rejection ? currentSpec : desiredSpec;
  if (rejection) {
    plan2.change = "rejected";
    plan2.rejection = rejection;
  }
  const svcChange = serviceChangeText(svcBefore, svcAfter, desired?.spec?.serviceName ?? current?.spec?.serviceName ?? "");
  const dnsContext = { service: svcBefore, namespace: ns, domain: ctx.options.clusterDomain };
  const simulateWith = (map3) => {
    const identity = !map3.compressed;
    const naming2 = identity ? { pod: (o) => podName(name2, o), claim: (t, o) => claimName(t, name2, o), text: String, slotOf: (o) => o } : { pod: (o) => podName(name2, map3.text(o)), claim: (t, o) => claimName(t, name2, map3.text(o)), text: (o) => map3.text(o), slotOf: (o) => map3.slotOf(o) };
    const reduce = (s) => {
      if (identity)
        return s;
      const start3 = map3.boundary(s.start);
      return { ...s, start: start3, replicas: map3.boundary(s.start + s.replicas) - start3, partition: map3.boundary(s.start + Math.min(s.partition, s.replicas)) - start3 };
    };
    const view = (s) => identity ? IDENTITY_VIEW : { text: (o) => map3.text(o), partition: s.partition };
    const state = emptyState();
    if (snap) {
      const uids = seedPods(state, snap.pods, name2, naming2);
      for (const [k, v] of snap.revisionLabels)
        state.revisionLabels.set(k, v);
      seedClaims(state, stage1, name2, naming2, uids);
      state.updateRevision = revs.update;
      state.currentRevision = revs.current;
    } else if (currentR) {
      const running = reduce(currentSpec);
      const bound = { ...running, templates: running.templates.map((t) => t.binding.mode === "never" ? { ...t, binding: { ...t.binding, mode: "Immediate", reason: "bound when the running set created it" } } : t) };
      const setup = new Simulation(state, bound, { ...dnsContext }, true, view(currentSpec));
      seedClaims(state, stage1, name2, naming2, /* @__PURE__ */ new Map());
      setup.run();
    }
    if (desiredSpec)
      seedClaims(state, stage2, name2, naming2, /* @__PURE__ */ new Map());
    const start2 = cloneState(state);
    const simulated = effective ?? spec;
    const reduced2 = reduce(simulated);
    const sim2 = new Simulation(state, reduced2, { ...dnsContext }, false, view(simulated));
    if (desiredR && svcChange)
      sim2.changeService(svcAfter, svcChange);
    if (!desiredR)
      sim2.deleteSet();
    else if (effective)
      sim2.run();
    const perOrdinal = countsByOrdinal(sim2, currentR ? start2 : null);
    let dec2 = null;
    if (!identity) {
      dec2 = decompose(sim2.events, map3, (o) => `${finalShape(sim2, o)}${JSON.stringify(perOrdinal.get(o) ?? ZERO)}`);
      if (!dec2)
        return null;
      const wait = sim2.lastWait;
      if (sim2.waitCounted)
        return null;
      for (const m of dec2.middles)
        if (wait && wait.ordinal !== null && wait.ordinal > m.x && wait.ordinal < m.y - 1)
          return null;
    }
    const counts2 = { ...ZERO };
    for (const [o, c] of perOrdinal) {
      const w = dec2 ? dec2.weight(o) : 1;
      for (const k of Object.keys(counts2))
        counts2[k] += c[k] * w;
    }
    const items3 = dec2 ? dec2.items : sim2.events.map((event) => ({ event }));
    return { sim: sim2, start: start2, reduced: reduced2, naming: naming2, dec: dec2, counts: counts2, items: items3 };
  };
  const points = [];
  for (const s of [currentSpec, desiredSpec])
    if (s)
      points.push(s.start, s.start + s.replicas, s.start + Math.min(s.partition, s.replicas));
  const { signatures: sigs, forced } = signatures({ setName: name2, pods: snap?.pods ?? [], claims: [stage1, stage2] });
  for (const svc of [svcBefore, svcAfter]) {
    for (const v of Object.values(svc?.selector ?? {})) {
      const o = ordinalAfter(v, name2) ?? ordinalAfter(`x-${v}`, "x");
      if (o !== null)
        forced.add(o);
    }
  }
  let lowest = Infinity;
  let highest = -Infinity;
  for (const o of points)
    [lowest, highest] = [Math.min(lowest, o), Math.max(highest, o)];
  for (const o of sigs.keys())
    [lowest, highest] = [Math.min(lowest, o), Math.max(highest, o + 1)];
  const universe = highest > lowest ? highest - lowest : 0;
  const texts = [name2, ns, ctx.options.clusterDomain, svcChange ?? "", ...snap?.revisions ?? [], ...(snap?.pods ?? []).map((p) => p.stuck ?? "")];
  for (const c of [...stage1, ...stage2])
    texts.push(c.name, c.binding.reason, c.binding.className ?? "");
  const tokenFree = !texts.some(holdsTokenChar) && !JSON.stringify([svcBefore, svcAfter, desiredSpec, currentSpec]).includes("\\u0000");
  const gate = spec.maxUnavailableGate && (effective ?? spec).strategy === "RollingUpdate" && (effective ?? spec).maxUnavailable > 1;
  const limit = bounds.directLimit + 2 * sigs.size;
  let map2 = OrdinalMap.identity;
  let outcome = null;
  if (tokenFree && !gate && universe > bounds.compressAbove) {
    map2 = buildMap(points, sigs, forced, bounds);
    if ((map2.compressed ? map2.simulated : universe) > limit)
      map2 = buildMap(points, sigs, forced, { ...bounds, compressAbove: Math.min(bounds.keep, bounds.compressAbove) });
    outcome = simulateWith(map2);
  }
  if (!outcome && universe <= Math.max(limit, bounds.compressAbove))
    outcome = simulateWith(map2 = OrdinalMap.identity);
  if (!outcome) {
    const why2 = gate ? `with the MaxUnavailableStatefulSet gate on, maxUnavailable ${(effective ?? spec).maxUnavailable} replaces pods in batches whose size depends on how many are unavailable, which the planner does not summarise` : "its pods do not go through the same events one after the other, so the planner cannot summarise them";
    plan2.unplanned = `StatefulSet ${name2} spans ${universe} ordinals, more than the ${limit} the planner simulates one by one, and ${why2}: nothing of its rollout is planned`;
    if (plan2.change === "unchanged")
      plan2.change = "update";
    return { plan: plan2, items: [] };
  }
  const { sim, start, reduced, naming, dec, counts, items: items2 } = outcome;
  plan2.revision.current = start.currentRevision;
  plan2.revision.update = desiredSpec?.revision ?? start.updateRevision;
  plan2.counts = counts;
  if (plan2.change === "unchanged" && (items2.length > 0 || plan2.changes.length > 0))
    plan2.change = "update";
  if (plan2.change !== "rejected" && plan2.change !== "delete" && effective && desiredR) {
    const b = blockedOf(sim, effective, reduced, location, dec, (o) => dec ? map2.realOf(o) : o, bounds.listLimit);
    const stuck = snap ? stuckPods(sim, start, effective, reduced, dec, bounds.listLimit) : null;
    if (b && stuck?.trapped.length) {
      b.stuckPods = stuck.trapped;
      if (stuck.trappedCount > stuck.trapped.length)
        b.stuckPodsCount = stuck.trappedCount;
    }
    if (b)
      ctx.blocked.push(b);
    for (const message of stuck?.replaced ?? [])
      addWarning(ctx, { namespace: ns, statefulSet: name2, message, ...location ? { location } : {} });
  }
  const realName = (s) => dec ? dec.real(s) : s;
  const finalPods = (filter) => {
    const list2 = new NameList(bounds.listLimit);
    for (const p of sim.state.pods.values()) {
      if (!filter(p))
        continue;
      const [first, last] = dec && p.name === sim.nameOf(p.ordinal) ? dec.realRange(p.ordinal) : [0, 0];
      if (dec && p.name === sim.nameOf(p.ordinal)) {
        if (first <= last)
          list2.addRange(first, last, (o) => podName(name2, o));
      } else
        list2.add(realName(p.name));
    }
    return list2;
  };
  if (desiredSpec && plan2.change !== "rejected") {
    if (why && (plan2.change === "create" || svcChange))
      addWarning(ctx, { namespace: ns, statefulSet: name2, message: why, ...location ? { location } : {} });
    const ru = desired?.spec?.updateStrategy?.rollingUpdate;
    if (ru?.maxUnavailable !== void 0 && !ctx.gates.MaxUnavailableStatefulSet) {
      addWarning(ctx, { namespace: ns, statefulSet: name2, message: `rollingUpdate.maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off on Kubernetes ${ctx.options.kubeVersion}, so pods are replaced one at a time`, location: locationOf(desiredR, ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"]) });
    }
    if (newRevision && desiredSpec.strategy === "OnDelete") {
      const old = finalPods((p) => p.revision !== desiredSpec.revision);
      if (old.count)
        addWarning(ctx, { namespace: ns, statefulSet: name2, message: `updateStrategy OnDelete: no pod is replaced; ${old.text()} keep revision ${[...new Set([...sim.state.pods.values()].filter((p) => p.revision !== desiredSpec.revision).map((p) => p.revision))].join(", ")} until you delete them (each comes back at ${desiredSpec.revision})`, location: locationOf(desiredR, ["spec", "updateStrategy", "type"]) });
    }
    reusedClaimWarnings(ctx, desiredR, desiredSpec, start, sim, naming, dec);
  }
  if (!desiredR && currentSpec) {
    addWarning(ctx, { namespace: ns, statefulSet: name2, message: `deleting StatefulSet ${name2} terminates its pods all at once, in no particular order; for an ordered shutdown run kubectl scale statefulset ${shellQuote(name2)}${nsFlag(ns)} --replicas=0 first and wait for the pods to go`, ...location ? { location } : {} });
  }
  if (currentSpec && plan2.change !== "rejected" && !plan2.unplanned) {
    const operation = !desiredR ? "delete" : "scale-down";
    const fate = dataFate(items2, { name: name2, ns, operation, sts: current, replicas: plan2.replicas, whenScaled: (effective ?? currentSpec).whenScaled, whenDeleted: currentSpec.whenDeleted, gateOff: ctx.gates.StatefulSetAutoDeletePVC === false, limit: bounds.listLimit }, ctx);
    if (fate)
      plan2.dataFate = fate;
  }
  return { plan: plan2, items: items2 };
}
function reusedClaimWarnings(ctx, r, spec, start, sim, naming, dec) {
  const sts = asStatefulSet(r);
  const createdHere = new Set(sim.events.filter((e) => e.kind === "PersistentVolumeClaim" && e.action === "create").map((e) => e.name));
  const fromSnapshot = ctx.snapshot ? new Set(ctx.current.all) : null;
  const claims = [...ctx.current.inNamespace("PersistentVolumeClaim", spec.namespace), ...ctx.desired.inNamespace("PersistentVolumeClaim", spec.namespace)];
  for (const [t, i] of claimTemplatesOf(sts)) {
    const tname = claimTemplateName(t);
    const prefix = `${tname}-${spec.name}`;
    for (const pvcR of claims) {
      const ord = ordinalAfter(pvcR.name, prefix);
      if (ord === null || ord < spec.start || ord >= spec.start + spec.replicas)
        continue;
      const slot = naming.slotOf(ord) ?? dec?.middles.find((m) => ord >= m.lo && ord < m.hi)?.x;
      if (slot === void 0)
        continue;
      const simName = pvcR.name === claimName(tname, spec.name, ord) ? naming.claim(tname, slot) : pvcR.name;
      if (createdHere.has(simName) || !start.claims.has(simName))
        continue;
      const pvc = pvcR.object;
      const diffs = [];
      const size2 = (c) => String(c.spec?.resources?.requests?.storage ?? "(none)");
      if (canonicalQuantity(size2(pvc)) !== canonicalQuantity(size2(t)))
        diffs.push(`storage ${size2(pvc)} (template: ${size2(t)})`);
      const cls = (c) => c.spec?.storageClassName ?? "(default)";
      if (t.spec?.storageClassName !== void 0 && cls(pvc) !== cls(t))
        diffs.push(`storageClassName ${cls(pvc)} (template: ${cls(t)})`);
      const modes = (c) => (c.spec?.accessModes ?? []).join(",") || "(none)";
      if (modes(pvc) !== modes(t))
        diffs.push(`accessModes ${modes(pvc)} (template: ${modes(t)})`);
      if (!diffs.length)
        continue;
      addWarning(ctx, {
        namespace: spec.namespace,
        statefulSet: spec.name,
        message: `PVC ${pvcR.name} already exists and is reused as it is, although it differs from claim template ${tname}: ${diffs.join(", ")}`,
        location: fromSnapshot?.has(pvcR) ? locationOf(r, ["spec", "volumeClaimTemplates", i]) : locationOf(pvcR, [])
      });
    }
  }
}

// build/src/plan/claims.js
function claimRejections(ctx, minor) {
  const claims = [];
  for (const r of ctx.desired.served("PersistentVolumeClaim")) {
    const ns = ctx.desired.namespaceOf(r);
    const before = ctx.current.get("PersistentVolumeClaim", ns, r.name);
    if (!before || !r.reportable)
      continue;
    const cls = classOf(asClaim(r), [], ctx.storage, ctx.options.cluster);
    const problems = claimUpdateProblems(asClaim(before), asClaim(r), minor, cls.info?.allowVolumeExpansion);
    if (problems.length === 0)
      continue;
    const first = problems[0];
    const resize = first.kind === "resize";
    claims.push({
      namespace: ns,
      name: r.name,
      change: "rejected",
      location: locationOf(r, []),
      rejection: {
        reason: resize ? `persistentvolumeclaims "${r.name}" is forbidden: ${first.message}` : `PersistentVolumeClaim "${r.name}" is invalid: ${problems.filter((p) => p.kind !== "resize").map((p) => p.message).filter((m, i, all) => all.indexOf(m) === i).join(", ")}`,
        fields: problems.map((p) => ({ field: pathText(p.change.path), from: p.change.from, to: p.change.to, location: locationOf(r, p.change.path) })),
        route: resize ? [`kubectl patch storageclass ${shellQuote(cls.name ?? "")} -p '{"allowVolumeExpansion": true}'  # if its provisioner supports expansion`, applyCommand(r, ns)] : ["keep the earlier spec, or create a claim under a new name and copy the data to it"]
      }
    });
  }
  return claims;
}

// build/src/plan/plan.js
var key = (ns, name2) => `${ns}/${name2}`;
function summaryText(c, rejected, blocked, unplanned) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const parts = [`+${plural(c.podsCreated, "pod")}`, `+${plural(c.pvcsCreated, "PVC")}`, `+${plural(c.dnsAdded, "DNS record")}`];
  if (c.podsReplaced)
    parts.push(`${plural(c.podsReplaced, "pod")} replaced`);
  const removed = c.podsDeleted + c.pvcsDeleted + c.dnsRemoved;
  if (removed === 0)
    parts.push("0 deleted");
  else {
    if (c.podsDeleted)
      parts.push(`-${plural(c.podsDeleted, "pod")}`);
    if (c.pvcsDeleted)
      parts.push(`-${plural(c.pvcsDeleted, "PVC")}`);
    if (c.dnsRemoved)
      parts.push(`-${plural(c.dnsRemoved, "DNS record")}`);
  }
  if (c.pvcsRetained)
    parts.push(`${plural(c.pvcsRetained, "PVC")} kept`);
  if (rejected)
    parts.push(`${rejected} rejected`);
  if (blocked)
    parts.push(`${blocked} blocked`);
  if (unplanned)
    parts.push(`${unplanned} not planned`);
  return parts.join(", ");
}
function applyScale(resources3, scale, defaultNamespace) {
  const hit = /* @__PURE__ */ new Set();
  const out = resources3.map((r) => {
    if (r.kind !== "StatefulSet")
      return r;
    const i = scale.findIndex((s) => s.name === r.name && (s.namespace === void 0 || s.namespace === (r.namespace ?? defaultNamespace)));
    if (i < 0)
      return r;
    hit.add(i);
    const spec = isRecord(r.object.spec) ? r.object.spec : {};
    return { ...r, object: { ...r.object, spec: { ...spec, replicas: scale[i].replicas } } };
  });
  return { resources: out, unknown: scale.filter((_, i) => !hit.has(i)).map((s) => s.namespace ? `${s.namespace}/${s.name}` : s.name) };
}
function resolvePlanOptions(options) {
  const version = parseKubeVersion(options.kubeVersion ?? DEFAULT_VERSION);
  if (typeof version === "string")
    throw new OptionsError(version);
  const clusterDomain = options.clusterDomain ?? "cluster.local";
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(clusterDomain))
    throw new OptionsError(`invalid cluster domain "${clusterDomain}"`);
  for (const s of options.scale ?? []) {
    if (!Number.isInteger(s.replicas) || s.replicas < 0 || s.replicas > MAX_INT32)
      throw new OptionsError(`--scale ${s.name}=${s.replicas}: replicas must be an integer 0..${MAX_INT32} (spec.replicas is a 32-bit integer)`);
  }
  return { version, gates: { ...defaultGates(version), ...options.featureGates }, defaultNamespace: options.defaultNamespace ?? "default", clusterDomain };
}
function planObjects(input, options = {}, bounds = BOUNDS) {
  const { version, gates: gates2, defaultNamespace, clusterDomain } = resolvePlanOptions(options);
  const { snapshot, inputErrors } = input;
  let desiredResources = input.desired;
  let currentResources = input.current ?? [];
  const warnings = [];
  if (options.scale?.length) {
    if (input.current === null)
      currentResources = desiredResources;
    const scaled2 = applyScale(desiredResources, options.scale, defaultNamespace);
    if (scaled2.unknown.length)
      throw new OptionsError(`--scale: no StatefulSet ${scaled2.unknown.join(", ")} in the given manifests`);
    desiredResources = scaled2.resources;
  }
  const currentIndex = new ResourceIndex(currentResources, defaultNamespace);
  desiredResources = desiredResources.map((r) => {
    if (r.kind !== "Service")
      return r;
    const before = currentIndex.get("Service", currentIndex.namespaceOf(r), r.name);
    const effective = withAllocatedValues(asService(r), before ? asService(before) : void 0);
    return effective === asService(r) ? r : { ...r, object: effective };
  });
  desiredResources = keepLiveReplicas(desiredResources, currentIndex, snapshot);
  const desiredIndex = new ResourceIndex(desiredResources, defaultNamespace);
  const storageKinds = /* @__PURE__ */ new Set(["StorageClass", "PersistentVolume"]);
  const ctx = {
    options: { cluster: options.cluster, clusterDomain, kubeVersion: version.text },
    gates: gates2,
    desired: desiredIndex,
    current: currentIndex,
    storage: new ResourceIndex([...currentResources.filter((r) => storageKinds.has(r.kind)), ...desiredResources.filter((r) => storageKinds.has(r.kind))], defaultNamespace),
    snapshot,
    warnings,
    blocked: [],
    inputErrors,
    bounds,
    warningKeys: /* @__PURE__ */ new Set()
  };
  const apiErrors = /* @__PURE__ */ new Map();
  for (const f of input.rejections) {
    const r = desiredResources.find((x) => x.file.path === f.file && x.docIndex === f.document && x.kind === f.kind && x.name === f.name);
    if (!r)
      continue;
    const list2 = apiErrors.get(r) ?? [];
    list2.push(f.message);
    apiErrors.set(r, list2);
  }
  const sets = /* @__PURE__ */ new Map();
  for (const r of desiredIndex.served("StatefulSet")) {
    const ns = desiredIndex.namespaceOf(r);
    sets.set(key(ns, r.name), { ns, name: r.name, desired: desiredIndex.get("StatefulSet", ns, r.name) });
  }
  for (const r of currentIndex.served("StatefulSet")) {
    const ns = currentIndex.namespaceOf(r);
    const k = key(ns, r.name);
    const live = currentIndex.get("StatefulSet", ns, r.name);
    const entry = sets.get(k);
    if (entry)
      entry.current = live;
    else if (!snapshot)
      sets.set(k, { ns, name: r.name, current: live });
  }
  const results = [];
  for (const s of sets.values()) {
    const r = planSet(s.ns, s.name, s.desired, s.current, ctx, apiErrors);
    const timing = r.plan.service.dns ? dnsTiming(r.items, r.plan.service.name, peerNamed(s.desired ?? s.current, r.plan.service.name)) : void 0;
    if (timing)
      r.plan.service.timing = timing;
    results.push(r);
  }
  const services = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of desiredIndex.served("Service")) {
    const ns = desiredIndex.namespaceOf(r);
    if (seen.has(key(ns, r.name)))
      continue;
    seen.add(key(ns, r.name));
    services.push(planService(ns, r.name, desiredIndex.get("Service", ns, r.name), currentIndex.get("Service", ns, r.name), ctx, apiErrors));
  }
  if (!snapshot) {
    for (const r of currentIndex.served("Service")) {
      const ns = currentIndex.namespaceOf(r);
      if (seen.has(key(ns, r.name)))
        continue;
      seen.add(key(ns, r.name));
      services.push(planService(ns, r.name, void 0, currentIndex.get("Service", ns, r.name), ctx, apiErrors));
    }
  }
  if (!options.scale?.length)
    replicasWarnings(ctx, results.map((r) => r.plan));
  const claims = claimRejections(ctx, version.minor);
  let events;
  let runs;
  if (results.some((r) => r.items.some((i) => "run" in i))) {
    ({ events, runs } = mergeTimelines(results.map((r) => ({ namespace: r.plan.namespace, name: r.plan.name, items: r.items }))));
  } else {
    const lists = results.map((r) => r.items.map((i) => i.event));
    if (lists.length === 1)
      events = lists[0];
    else {
      const tagged = lists.flatMap((list2, set2) => list2.map((e) => ({ e, set: set2 })));
      tagged.sort((a, b) => a.e.step - b.e.step || a.set - b.set);
      events = tagged.map((t) => t.e);
    }
    events.forEach((e, i) => e.seq = i + 1);
    const stepMap = /* @__PURE__ */ new Map();
    for (const e of events)
      if (!stepMap.has(e.step))
        stepMap.set(e.step, stepMap.size + 1);
    for (const e of events)
      e.step = stepMap.get(e.step);
  }
  const statefulSets = results.map((r) => r.plan);
  const totals = { ...ZERO };
  for (const p of statefulSets)
    for (const k of Object.keys(totals))
      totals[k] += p.counts[k];
  const blocked = ctx.blocked;
  const rejected = statefulSets.filter((s) => s.rejection).length + services.filter((s) => s.rejection).length + claims.length;
  const unplanned = statefulSets.filter((s) => s.unplanned).length;
  const changed = events.length > 0 || !!runs?.length || statefulSets.some((s) => s.change !== "unchanged") || services.some((s) => s.change !== "unchanged");
  return {
    formatVersion: 1,
    kubeVersion: version.text,
    featureGates: gates2,
    clusterDomain,
    changed,
    ok: rejected === 0 && blocked.length === 0 && unplanned === 0,
    summary: { ...totals, rejected, blocked: blocked.length, text: summaryText(totals, rejected, blocked.length, unplanned) },
    statefulSets,
    services,
    ...claims.length ? { claims } : {},
    events,
    ...runs ? { runs } : {},
    warnings,
    blocked,
    inputErrors
  };
}

// build/src/plan/prepare.js
var API_RULES = rules.filter((r) => r.meta.category === "rejected" || r.meta.category === "failed-create");
function snapshotSchemaErrors(loaded) {
  const out = [];
  for (const [r, errors] of loaded.schemaErrors) {
    for (const e of errors) {
      if (e.required || e.key || !r.reportable)
        continue;
      out.push({ ruleId: "input", severity: "error", file: r.file.path, range: locate(r, e.path).range, message: `${r.kind} ${r.name}: ${e.message}; the plan reads the ${r.kind} as if it were not set` });
    }
  }
  return out;
}
function normalizeCurrent(current) {
  if (!current)
    return { inputs: [], snapshot: false };
  if (Array.isArray(current))
    return { inputs: current, snapshot: false };
  if ("snapshot" in current)
    return { inputs: current.snapshot, snapshot: true };
  return { inputs: current.manifests, snapshot: false };
}
function plan(current, desired, options = {}) {
  return planWithBounds(current, desired, options, BOUNDS);
}
async function planWithBounds(current, desired, options, bounds) {
  const { version, defaultNamespace } = resolvePlanOptions(options);
  const { inputs: currentInputs, snapshot } = normalizeCurrent(current);
  const desiredLoaded = await loadAndValidate(desired, version.schema, options.limits);
  const currentLimits = snapshot ? { ...options.limits, maxDocumentBytes: options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes } : options.limits;
  const currentLoaded = await loadAndValidate(currentInputs.map((i) => ({ ...i, reportable: i.reportable ?? true })), version.schema, currentLimits);
  const inputErrors = [...desiredLoaded.inputErrors, ...currentLoaded.inputErrors];
  if (snapshot)
    inputErrors.push(...snapshotSchemaErrors(currentLoaded));
  const report = await lintLoaded(desiredLoaded, { kubeVersion: version.text, featureGates: options.featureGates ?? {}, defaultNamespace, ...options.cluster ? { cluster: options.cluster } : {} }, API_RULES);
  const rejections = [];
  for (const f of report.files.flatMap((x) => x.diagnostics)) {
    if (f.ruleId === "input" || f.severity !== "error" || !("object" in f) || !f.object)
      continue;
    rejections.push({ file: f.file, document: f.object.document ?? -1, kind: f.object.kind, name: f.object.name, message: `${f.message} (${f.file}:${f.range.start.line}:${f.range.start.column})` });
  }
  const { readErrors, limits, ...planOptions } = options;
  const result = planObjects({ desired: desiredLoaded.resources, current: currentInputs.length ? currentLoaded.resources : null, snapshot, rejections, inputErrors }, planOptions, bounds);
  if (readErrors?.length)
    result.inputErrors.push(...readErrors);
  return result;
}

// build/src/plan/runs.js
function expandOrdinal(template, n) {
  let out = "";
  let i = 0;
  for (; ; ) {
    const at = template.indexOf("{N", i);
    if (at < 0)
      return out + template.slice(i);
    const close = template.indexOf("}", at);
    const inner = close < 0 ? "" : template.slice(at + 2, close);
    if (close < 0 || inner !== "" && !/^[+-]\d+$/.test(inner)) {
      out += template.slice(i, at + 2);
      i = at + 2;
      continue;
    }
    out += template.slice(i, at) + String(n + (inner === "" ? 0 : Number(inner)));
    i = close + 1;
  }
}
var runOrdinal = (run, k) => run.ordinals.first + k * run.ordinals.step;
function* runEvents(run, from = 0, to = run.count) {
  const n = run.block.length;
  for (let k = Math.max(0, from); k < Math.min(to, run.count); k++) {
    const o = runOrdinal(run, k);
    for (let j = 0; j < n; j++) {
      const b = run.block[j];
      const e = { ...b.event, seq: run.seq + k * n + j, step: b.event.step + k * run.stride, name: expandOrdinal(b.name, o), reason: expandOrdinal(b.reason, o) };
      if (b.value !== void 0)
        e.value = expandOrdinal(b.value, o);
      if (b.event.ordinal !== void 0)
        e.ordinal = b.event.ordinal + (o - run.ordinals.first);
      yield e;
    }
  }
}
function* inSeqOrder(events, runs) {
  let i = 0;
  for (const run of [...runs].sort((a, b) => a.seq - b.seq)) {
    const from = i;
    while (i < events.length && events[i].seq < run.seq)
      i++;
    yield { events: events.slice(from, i) };
    yield { run };
  }
  yield { events: events.slice(i) };
}
function* planEvents(plan2) {
  const runs = plan2.runs ?? [];
  if (!runs.length) {
    yield* plan2.events;
    return;
  }
  const index = new Map(plan2.statefulSets.map((s, i) => [`${s.namespace}/${s.name}`, i]));
  const own = plan2.statefulSets.map(() => ({ events: [], runs: [] }));
  const ownOf = (x) => own[index.get(`${x.namespace}/${x.statefulSet}`) ?? -1] ?? own[0];
  for (const e of plan2.events)
    ownOf(e).events.push(e);
  for (const r of runs)
    ownOf(r).runs.push(r);
  function* inOrder(o) {
    for (const part of inSeqOrder(o.events, o.runs)) {
      if ("run" in part)
        for (const event of runEvents(part.run))
          yield { event, made: true };
      else
        for (const event of part.events)
          yield { event, made: false };
    }
  }
  const heads = own.map((o) => inOrder(o)).map((it) => ({ it, next: it.next() }));
  let seq2 = 0;
  for (; ; ) {
    let at;
    for (const h of heads)
      if (!h.next.done && (!at || h.next.value.event.step < at.next.value.event.step))
        at = h;
    if (!at)
      return;
    const { event, made } = at.next.value;
    seq2++;
    if (made)
      event.seq = seq2;
    yield event;
    at.next = at.it.next();
  }
}

// build/src/plan/render/shared.js
var KIND_SHORT = { PersistentVolumeClaim: "PVC", Pod: "Pod", DNSRecord: "DNS" };
function eventsOf(plan2, s) {
  return plan2.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}
function runsOf(plan2, s) {
  return (plan2.runs ?? []).filter((r) => r.namespace === s.namespace && r.statefulSet === s.name);
}
var eventCount = (events, runs) => runs.reduce((n, r) => n + r.events, events.length);
var lastStep = (events, runs) => {
  let last = events.at(-1)?.step;
  for (const r of runs)
    last = last === void 0 ? r.steps.last : Math.max(last, r.steps.last);
  return last;
};
function append(out, items2) {
  for (const x of items2)
    out.push(x);
  return out;
}
function eventObject(e) {
  return e.kind === "DNSRecord" ? `${e.name} ${e.type} ${e.value}` : e.name;
}
function where(l) {
  return l ? `${l.file}:${l.line}:${l.column}${renderedFrom(l.template, ", ")}` : "";
}
function renderedFrom(template, sep2 = " ") {
  return template === void 0 ? "" : `${sep2}rendered from ${template}`;
}
function headline(s) {
  if (s.change === "unchanged")
    return "no change";
  if (s.change === "rejected")
    return "rejected by the API server";
  return s.changes.join("; ") || s.change;
}
var show3 = (v) => v === void 0 ? "(unset)" : JSON.stringify(v);
var SUMMARISE_AFTER = 40;
var isDigit = (c) => c >= 48 && c <= 57;
var isWordChar = (c) => isDigit(c) || c >= 97 && c <= 122 || c >= 65 && c <= 90;
function compactTimeline(events, minRepeats = 3, maxPeriod = 16) {
  const relative2 = (e, s, base, reason = false) => {
    const prefix = `${e.statefulSet}-`;
    const own = e.ordinal === void 0 || !reason ? "" : String(e.ordinal);
    const rel = (o) => {
      const off = o - base;
      return `{N${off === 0 ? "" : off > 0 ? `+${off}` : off}}`;
    };
    let out2 = "";
    let from = 0;
    for (let i2 = 0; i2 < s.length; ) {
      if (!isDigit(s.charCodeAt(i2)) || i2 > 0 && isDigit(s.charCodeAt(i2 - 1))) {
        i2++;
        continue;
      }
      let j = i2;
      while (j < s.length && isDigit(s.charCodeAt(j)))
        j++;
      const after = j < s.length ? s.charCodeAt(j) : -1;
      const namePrefix = i2 >= prefix.length && s.startsWith(prefix, i2 - prefix.length);
      if (namePrefix && !(isDigit(after) || after >= 97 && after <= 122)) {
        out2 += s.slice(from, i2) + rel(Number(s.slice(i2, j)));
        from = j;
      } else if (!namePrefix && own !== "" && s.slice(i2, j) === own && (i2 === 0 || !isWordChar(s.charCodeAt(i2 - 1))) && s.charCodeAt(i2 - 1) !== 45 && !isWordChar(after)) {
        out2 += s.slice(from, i2) + rel(e.ordinal);
        from = j;
      }
      i2 = j;
    }
    return out2 + s.slice(from);
  };
  const key2 = (e, base) => [e.kind, e.action, e.type ?? "", relative2(e, e.name, base), relative2(e, e.value ?? "", base), relative2(e, e.reason, base, true)].join("\0");
  const n = events.length;
  const keyBase = new Float64Array(n).fill(Number.NaN);
  const keys = new Array(n);
  const keyAt = (j, base) => {
    if (keyBase[j] !== base) {
      keys[j] = key2(events[j], base);
      keyBase[j] = base;
    }
    return keys[j];
  };
  const withOrdinal = new Int32Array(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--)
    withOrdinal[j] = events[j].ordinal !== void 0 ? j : withOrdinal[j + 1];
  const baseOf = (from, p) => {
    const j = withOrdinal[from];
    return j < from + p ? events[j].ordinal : void 0;
  };
  const out = [];
  let i = 0;
  while (i < n) {
    let best;
    for (let p = 1; p <= maxPeriod && i + p * minRepeats <= n; p++) {
      const b02 = baseOf(i, p);
      if (b02 === void 0)
        continue;
      const firstKeys = [];
      for (let k = 0; k < p; k++)
        firstKeys.push(keyAt(i + k, b02));
      let times2 = 1;
      let delta2 = 0;
      for (; ; ) {
        const at = i + times2 * p;
        if (at + p > n)
          break;
        const b = baseOf(at, p);
        if (b === void 0)
          break;
        if (times2 === 1) {
          if (Math.abs(b - b02) !== 1)
            break;
          delta2 = b - b02;
        } else if (b !== b02 + times2 * delta2)
          break;
        let same = true;
        for (let k = 0; k < p && same; k++)
          same = keyAt(at + k, b) === firstKeys[k];
        if (!same)
          break;
        times2++;
      }
      if (times2 >= minRepeats && (!best || times2 * p > best.times * best.period))
        best = { period: p, times: times2, delta: delta2 };
    }
    if (!best) {
      out.push({ type: "event", event: events[i] });
      keys[i++] = void 0;
      continue;
    }
    const { period, times, delta } = best;
    const block = events.slice(i, i + period);
    const b0 = baseOf(i, period);
    const count2 = period * times;
    out.push({
      type: "repeat",
      block: block.map((e) => ({ event: e, name: relative2(e, e.name, b0), ...e.value !== void 0 ? { value: relative2(e, e.value, b0) } : {}, reason: relative2(e, e.reason, b0, true) })),
      ordinals: { first: b0, last: b0 + (times - 1) * delta, count: times, step: delta },
      steps: { first: events[i].step, last: events[i + count2 - 1].step },
      events: count2
    });
    for (const end = i + count2; i < end; i++)
      keys[i] = void 0;
  }
  return out;
}
function timeline(events, runs = []) {
  const long = eventCount(events, runs) > SUMMARISE_AFTER;
  const stretch = (es) => long ? compactTimeline(es) : es.map((event) => ({ type: "event", event }));
  if (!runs.length)
    return stretch(events);
  const out = [];
  for (const part of inSeqOrder(events, runs)) {
    if (!("run" in part))
      append(out, stretch(part.events));
    else {
      const r = part.run;
      out.push({ type: "repeat", block: r.block, ordinals: { first: r.ordinals.first, last: r.ordinals.last, count: r.count, step: r.ordinals.step }, steps: r.steps, events: r.events });
    }
  }
  return out;
}
function expandTemplate(s, ordinals) {
  const { first, last } = ordinals;
  return s.replace(/\{N([+-]\d+)?\}/g, (_, off) => {
    const o = off ? Number(off) : 0;
    return `{${first + o}..${last + o}}`;
  });
}
function ordinalNames(set2, r, max = 6) {
  const name2 = (k) => `${set2}-${r.first + k * r.step}`;
  if (r.count <= max)
    return Array.from({ length: r.count }, (_, k) => name2(k)).join(", ");
  return `${name2(0)}, ${name2(1)} \u2026 ${name2(r.count - 1)} (${r.count})`;
}
function blockedLists(b, show4 = (n) => n) {
  const parts = [];
  if (b.notCreated.length)
    parts.push(`never created: ${cutList(b.notCreated, b.notCreatedCount, show4)}`);
  if (b.notUpdated.length)
    parts.push(`not updated: ${cutList(b.notUpdated, b.notUpdatedCount, show4)}`);
  if (b.notDeleted.length)
    parts.push(`not deleted: ${cutList(b.notDeleted, b.notDeletedCount, show4)}`);
  return parts;
}
function cutList(names2, count2, show4 = (n) => n) {
  if (count2 === void 0 || count2 <= names2.length)
    return names2.map(show4).join(", ");
  return `${names2.slice(0, 3).map(show4).join(", ")} and ${count2 - Math.min(3, names2.length)} more`;
}
function namedList(items2, max = 6) {
  const total = items2.reduce((n, i) => n + i.count, 0);
  const names2 = (limit) => {
    const out = [];
    for (const i of items2)
      for (let k = 0; k < i.count && out.length < limit; k++)
        out.push(i.name(k));
    return out;
  };
  if (total <= max)
    return names2(max).join(", ");
  const last = items2.at(-1);
  return `${names2(2).join(", ")} \u2026 ${last.name(last.count - 1)} (${total})`;
}
function narrative(events, runs = []) {
  const facts = [];
  const ordered = [...events.map((e) => ({ seq: e.seq, e })), ...runs.map((r) => ({ seq: r.seq, r }))].sort((a, b) => a.seq - b.seq);
  for (const x of ordered) {
    if ("e" in x) {
      const name2 = x.e.name;
      facts.push({ e: x.e, n: { key: name2, count: 1, name: () => name2 } });
      continue;
    }
    const r = x.r;
    const lo = Math.min(r.ordinals.first, r.ordinals.last);
    const hi = Math.max(r.ordinals.first, r.ordinals.last);
    for (const b of r.block)
      facts.push({ e: b.event, n: { key: `${b.name}\0${lo}\0${hi}`, count: r.count, name: (k) => expandOrdinal(b.name, r.ordinals.first + k * r.ordinals.step) } });
  }
  const uniq = (xs) => {
    const seen = /* @__PURE__ */ new Set();
    return xs.filter((x) => !seen.has(x.key) && !!seen.add(x.key));
  };
  const keys = (f) => new Set(facts.filter(f).map((x) => x.n.key));
  const pods = facts.filter((x) => x.e.kind === "Pod");
  const deleted = keys((x) => x.e.kind === "Pod" && x.e.action === "delete");
  const created = keys((x) => x.e.kind === "Pod" && x.e.action === "create");
  const parts = [];
  const newPods = uniq(pods.filter((x) => x.e.action === "create" && !deleted.has(x.n.key)).map((x) => x.n));
  const replaced = uniq(pods.filter((x) => x.e.action === "create" && deleted.has(x.n.key)).map((x) => x.n));
  const gone = uniq(pods.filter((x) => x.e.action === "delete" && !created.has(x.n.key)).map((x) => x.n));
  if (newPods.length)
    parts.push(`creates ${namedList(newPods)}`);
  if (replaced.length)
    parts.push(`replaces ${namedList(replaced)}`);
  if (gone.length)
    parts.push(`deletes ${namedList(gone)}`);
  const pvc = (action) => uniq(facts.filter((x) => x.e.kind === "PersistentVolumeClaim" && x.e.action === action).map((x) => x.n));
  const count2 = (xs) => xs.reduce((n, x) => n + x.count, 0);
  const bound = pvc("bind");
  const boundKeys = new Set(bound.map((x) => x.key));
  const createdPvcs = pvc("create").filter((n) => !boundKeys.has(n.key));
  const line = (xs, what) => {
    if (xs.length)
      parts.push(`PVC${count2(xs) > 1 ? "s" : ""} ${namedList(xs)} ${what}`);
  };
  line(bound, "bound");
  line(createdPvcs, "created");
  line(pvc("pending"), "stay Pending");
  line(pvc("delete"), "deleted");
  line(pvc("retain"), "kept");
  const net = /* @__PURE__ */ new Map();
  for (const x of facts) {
    const e = x.e;
    if (e.kind !== "DNSRecord" || e.type !== "A" && e.type !== "AAAA" || e.name.startsWith(`${e.statefulSet}-`) === false)
      continue;
    const entry = net.get(x.n.key) ?? { n: x.n, net: 0 };
    entry.net += e.action === "add" ? 1 : e.action === "remove" ? -1 : 0;
    net.set(x.n.key, entry);
  }
  const added = [...net.values()].filter((v) => v.net > 0).map((v) => v.n);
  const removed = [...net.values()].filter((v) => v.net < 0).map((v) => v.n);
  if (added.length)
    parts.push(`DNS ${namedList(added, 3)} added`);
  if (removed.length)
    parts.push(`DNS ${namedList(removed, 3)} removed`);
  return parts;
}
function stuckPodLines(b, max = 5) {
  const pods = b.stuckPods ?? [];
  const out = pods.slice(0, max).map((p) => ({
    pod: p.pod,
    text: `${p.pod} (${p.status}) stays at revision ${p.revision}, not the update revision ${p.updateRevision}: ${p.why}; run this and the controller creates it again at ${p.updateRevision}:`,
    command: p.command
  }));
  const more = (b.stuckPodsCount ?? pods.length) - out.length;
  if (more > 0)
    out.push({ pod: "", text: `and ${more} more stuck pod${more === 1 ? "" : "s"} like these (see the JSON plan)`, command: "" });
  return out;
}

// build/src/plan/render/text.js
function formatPlanText(plan2) {
  const out = [];
  for (const e of plan2.inputErrors)
    out.push(`${e.file}:${e.range.start.line}:${e.range.start.column}: error: ${e.message}${renderedFrom(e.template, " (")}${e.template === void 0 ? "" : ")"}`);
  if (plan2.inputErrors.length)
    out.push("");
  for (const s of plan2.statefulSets) {
    out.push(`StatefulSet ${s.namespace}/${s.name}: ${headline(s)}  [${s.podManagementPolicy}, ${s.updateStrategy}]`);
    const events = eventsOf(plan2, s);
    const runs = runsOf(plan2, s);
    const total = eventCount(events, runs);
    if (s.rejection) {
      out.push(`  rejected: ${s.rejection.reason}`);
      for (const f of s.rejection.fields)
        out.push(`    ${f.field}: ${show3(f.from)} \u2192 ${show3(f.to)}${f.location ? `  (${where(f.location)})` : ""}`);
      out.push("  instead:");
      s.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    }
    if (!s.service.dns && s.service.why)
      out.push(`  DNS: ${s.service.why}`);
    if (s.service.timing)
      out.push(`  DNS: ${s.service.timing.note}`);
    if (s.dataFate)
      out.push(`  data: ${s.dataFate.sentence}`);
    if (s.unplanned)
      out.push(`  not planned: ${s.unplanned}`);
    else if (total === 0)
      out.push("  no pod, PVC or DNS changes");
    const last = lastStep(events, runs);
    const stepWidth = total > SUMMARISE_AFTER ? String(last).length * 2 + 1 : String(last ?? 1).length;
    const names2 = [...events, ...runs.flatMap((r) => r.block.map((b) => ({ ...b.event, name: b.name.replace(/\{N\}/g, String(r.ordinals.last)) })))];
    const nameWidth = names2.reduce((w, e) => e.kind === "DNSRecord" ? w : Math.max(w, Math.min(40, e.name.length)), 0);
    const line = (step, e, name2, value, reason) => {
      const obj = e.kind === "DNSRecord" ? `${name2} ${e.type} ${value}` : name2.padEnd(nameWidth);
      return `  ${step}  ${e.action.padEnd(7)} ${KIND_SHORT[e.kind].padEnd(3)}  ${obj}  ${e.kind === "DNSRecord" ? `(${reason})` : reason}`;
    };
    for (const entry of timeline(events, runs)) {
      if (entry.type === "event") {
        const e = entry.event;
        out.push(line(String(e.step).padStart(stepWidth), e, e.name, e.value, e.reason));
        continue;
      }
      out.push(`  ${`${entry.steps.first}\u2013${entry.steps.last}`.padStart(stepWidth)}  the same ${entry.block.length} event${entry.block.length === 1 ? "" : "s"} for each of ${ordinalNames(s.name, entry.ordinals, 4)}, in this order:`);
      const pad = " ".repeat(stepWidth);
      for (const b of entry.block)
        out.push(line(pad, b.event, expandTemplate(b.name, entry.ordinals), b.value === void 0 ? void 0 : expandTemplate(b.value, entry.ordinals), expandTemplate(b.reason, entry.ordinals)));
    }
    out.push("");
  }
  for (const s of plan2.services) {
    if (s.change === "unchanged")
      continue;
    out.push(`Service ${s.namespace}/${s.name}: ${s.change}${s.changes.length ? ` (${s.changes.join("; ")})` : ""}`);
    if (s.rejection) {
      out.push(`  rejected: ${s.rejection.reason}`);
      out.push("  instead:");
      s.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    }
  }
  if (plan2.services.some((s) => s.change !== "unchanged"))
    out.push("");
  for (const c of plan2.claims ?? []) {
    out.push(`PersistentVolumeClaim ${c.namespace}/${c.name}: rejected: ${c.rejection.reason}`);
    for (const f of c.rejection.fields)
      out.push(`    ${f.field}: ${show3(f.from)} \u2192 ${show3(f.to)}${f.location ? `  (${where(f.location)})` : ""}`);
    out.push("  instead:");
    c.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    out.push("");
  }
  if (plan2.blocked.length) {
    out.push("Blocked:");
    for (const b of plan2.blocked) {
      const parts = [b.reason, ...blockedLists(b)];
      out.push(`  ${b.namespace}/${b.statefulSet}: ${parts.join("; ")}${b.location ? `  (${where(b.location)})` : ""}`);
      for (const l of stuckPodLines(b)) {
        out.push(`    ${l.text}`);
        if (l.command)
          out.push(`      ${l.command}`);
      }
    }
    out.push("");
  }
  if (plan2.warnings.length) {
    out.push("Warnings:");
    for (const w of plan2.warnings)
      out.push(`  ${w.location ? `${where(w.location)}: ` : ""}${w.statefulSet ? `${w.namespace}/${w.statefulSet}: ` : ""}${w.message}`);
    out.push("");
  }
  out.push(`Plan: ${plan2.summary.text}.${plan2.changed ? "" : " No changes."}`);
  return out.map(printable).join("\n") + "\n";
}

// build/src/plan/render/mermaid.js
var text = (s) => printable(s).replace(/[;#%]/g, " ").replace(/\s+/g, " ").trim();
function messages(events, lane) {
  const out = [];
  const pvcCreates = events.filter((e) => e.kind === "PersistentVolumeClaim" && e.action === "create");
  for (const e of events) {
    const p = lane(e);
    if (e.kind === "Pod") {
      if (e.action === "create") {
        const claims = pvcCreates.filter((c) => c.ordinal === e.ordinal).map((c) => c.name);
        out.push(`S->>${p}: ${text(`create${claims.length ? ` with new PVC ${claims.join(", ")}` : ""}${e.revision ? ` (${e.revision})` : ""}`)}`);
      } else if (e.action === "delete")
        out.push(`S-x${p}: delete`);
      else if (e.action === "running")
        out.push(`Note over ${p}: Running (has an IP)`);
      else if (e.action === "ready")
        out.push(`${p}-->>S: Ready`);
      else if (e.action === "pending")
        out.push(`Note over ${p}: ${text(`Pending: ${e.reason}`)}`);
    } else if (e.kind === "PersistentVolumeClaim") {
      if (e.action === "create" && events.some((x) => x.kind === "Pod" && x.action === "create" && x.ordinal === e.ordinal))
        continue;
      const verb = { create: "created", bind: "bound", pending: "stays Pending", delete: "deleted", retain: "kept", update: "re-owned" }[e.action] ?? e.action;
      out.push(`Note over ${p}: PVC ${text(e.name)} ${verb}`);
    }
  }
  const dns = events.filter((e) => e.kind === "DNSRecord");
  for (const action of ["add", "remove"]) {
    const byLane = /* @__PURE__ */ new Map();
    for (const e of dns)
      if (e.action === action)
        byLane.set(lane(e), (byLane.get(lane(e)) ?? 0) + 1);
    for (const [p, n] of byLane)
      out.push(`Note over ${p}: DNS ${action === "add" ? "+" : "-"}${n} record${n === 1 ? "" : "s"}`);
  }
  return out;
}
function mermaidTimeline(s, events, runs = []) {
  const lanes = /* @__PURE__ */ new Map();
  const lane = (e) => {
    if (e.ordinal === void 0)
      return "S";
    if (!lanes.has(e.ordinal))
      lanes.set(e.ordinal, `P${e.ordinal}`);
    return lanes.get(e.ordinal);
  };
  const drawn = [];
  const push = (e) => {
    const last = drawn.at(-1);
    if (last && last.step === e.step && !last.note)
      last.events.push(e);
    else
      drawn.push({ step: e.step, events: [e] });
  };
  for (const entry of timeline(events, runs)) {
    if (entry.type === "event")
      push(entry.event);
    else {
      const first = entry.block.map((b) => b.event);
      for (const e of first)
        push(e);
      const o = entry.ordinals;
      drawn.at(-1).note = `the same for ${ordinalNames(s.name, { first: o.first + o.step, last: o.last, count: o.count - 1, step: o.step }, 3)}`;
    }
  }
  const body = [];
  for (const d of drawn) {
    const ordinals = [...new Set(d.events.map((e) => e.ordinal))];
    if (ordinals.length > 1) {
      ordinals.forEach((o, i) => {
        const mine = d.events.filter((e) => e.ordinal === o);
        body.push(`  ${i === 0 ? "par" : "and"} ${text(o === void 0 ? s.name : `${s.name}-${o}`)}`);
        for (const m of messages(mine, lane))
          body.push(`    ${m}`);
      });
      body.push("  end");
    } else
      for (const m of messages(d.events, lane))
        body.push(`  ${m}`);
    if (d.note) {
      const p = lane(d.events[0]);
      body.push(`  Note over S,${p === "S" ? "S" : p}: ${text(d.note)}`);
    }
  }
  const head = ["sequenceDiagram", `  participant S as ${text(`StatefulSet ${s.namespace}/${s.name}`)}`];
  for (const [o, id] of [...lanes].sort((a, b) => a[0] - b[0]))
    head.push(`  participant ${id} as ${text(`${s.name}-${o}`)}`);
  return [...head, ...body].join("\n");
}

// build/src/text/markdown-escape.js
var ZWSP = "&#8203;";
function mdText(s) {
  return printable(s).replace(/[\\&`*_[\]<>~|$#]/g, "\\$&").replace(/:(?=\/\/)/g, "\\:").replace(/(?<=www)\./gi, "\\.").replace(/[@#]/g, `$&${ZWSP}`).replace(/^[-+=]|^(\d+)([.)])(?=[ \t]|$)/, (m, digits, mark) => digits ? `${digits}\\${mark}` : `\\${m}`).replace(/^[ \t]/, (c) => c === " " ? "&#32;" : "&#9;");
}
function mdCode(s) {
  const t = printable(s);
  if (t === "")
    return "";
  const fence = "`".repeat(longestRun(t, "`") + 1);
  const pad = /^ +$/.test(t) || !/^[` ]|[` ]$/.test(t) ? "" : " ";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function mdCell(markdown) {
  return markdown.replace(/\|/g, "\\|");
}
function mdHtml(s) {
  return printable(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/[@#]/g, `$&${ZWSP}`);
}
function mdFence(lines, info) {
  const shown = lines.map(printable);
  const fence = "`".repeat(Math.max(3, longestRun(shown.join("\n"), "`") + 1));
  return [`${fence}${info}`, ...shown, fence];
}
function longestRun(s, c) {
  let longest = 0;
  let run = 0;
  for (const x of s) {
    run = x === c ? run + 1 : 0;
    if (run > longest)
      longest = run;
  }
  return longest;
}

// build/src/plan/render/markdown.js
function status(plan2, s) {
  if (s.rejection)
    return "\u274C rejected";
  if (s.unplanned)
    return "\u26A0\uFE0F not planned";
  if (plan2.blocked.some((b) => b.namespace === s.namespace && b.statefulSet === s.name))
    return "\u26D4 blocked";
  return s.change === "unchanged" ? "no change" : "\u2705 ok";
}
function planSections(plan2) {
  const sections = [];
  const add = (title, entries, tail = [], more) => {
    sections.push({ title, entries, tail, ...more ? { more } : {} });
  };
  add(["## stsplan plan", "", `**Plan:** ${plan2.summary.text}${plan2.changed ? "" : " (no changes)"}  `, `Kubernetes ${mdText(plan2.kubeVersion)}, cluster domain ${mdCode(plan2.clusterDomain)}`, ""], []);
  if (plan2.inputErrors.length) {
    add(["### Input errors", ""], plan2.inputErrors.map((e) => ({ lines: [`- ${mdCode(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${mdText(e.message)}${e.template === void 0 ? "" : ` (rendered from ${mdCode(e.template)})`}`], rank: 1 })), [""], (n) => `- \u2026 and ${n} more input error${n === 1 ? "" : "s"}`);
  }
  if (plan2.statefulSets.length) {
    add(["| StatefulSet | Change | Pods | PVCs | DNS records | Status |", "|---|---|---|---|---|---|"], plan2.statefulSets.map((s) => {
      const c = s.counts;
      const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ""}`;
      const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ""}`;
      const st = status(plan2, s);
      return { lines: [`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText(headline(s)))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${st} |`], rank: st === "\u2705 ok" ? 3 : st === "no change" ? 5 : 1 };
    }), [""], (n) => `
_\u2026 and ${n} more StatefulSet${n === 1 ? "" : "s"}._`);
  }
  const services = plan2.services.filter((s) => s.change !== "unchanged");
  if (services.length) {
    add(["| Service | Change | Headless |", "|---|---|---|"], services.map((s) => ({ lines: [`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText([s.change, ...s.changes].join(": ")))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} \u2192 ${s.headless.to}`} |`], rank: s.rejection ? 1 : 3 })), [""], (n) => `
_\u2026 and ${n} more Service${n === 1 ? "" : "s"}._`);
  }
  if (plan2.blocked.length) {
    add(["### \u26D4 Blocked", ""], plan2.blocked.map((b) => {
      const parts = [mdText(b.reason), ...blockedLists(b, mdCode)];
      const stuck = stuckPodLines(b).flatMap((l) => [`  - ${mdText(l.text)}${l.command ? ` ${mdCode(l.command)}` : ""}`]);
      return { lines: [`- **${mdText(`${b.namespace}/${b.statefulSet}`)}**: ${parts.join("; ")}${b.location ? ` (${mdCode(where(b.location))})` : ""}`, ...stuck], rank: 0 };
    }), [""], (n) => `- \u2026 and ${n} more blocked`);
  }
  add([], [...plan2.statefulSets, ...plan2.services, ...plan2.claims ?? []].filter((x) => x.rejection).map((r) => {
    const kind = "podManagementPolicy" in r ? "StatefulSet" : "headless" in r ? "Service" : "PersistentVolumeClaim";
    const lines = [`### \u274C ${kind} ${mdText(`${r.namespace}/${r.name}`)} would be rejected`, "", `> ${mdText(r.rejection.reason)}`, ""];
    for (const f of r.rejection.fields)
      lines.push(`- ${mdCode(f.field)}: ${mdCode(show3(f.from))} \u2192 ${mdCode(show3(f.to))}${f.location ? ` (${mdCode(where(f.location))})` : ""}`);
    const compact = [...lines.slice(0, 3), ""];
    lines.push("", "What works instead:", "", ...mdFence(r.rejection.route, "sh"), "");
    return { lines, compact, rank: 0 };
  }), [], (n) => `_\u2026 and ${n} more rejected change${n === 1 ? "" : "s"}._
`);
  if (plan2.warnings.length) {
    add(["### \u26A0\uFE0F Warnings", ""], plan2.warnings.map((w) => ({ lines: [`- ${w.location ? `${mdCode(where(w.location))} ` : ""}${w.statefulSet ? `**${mdText(`${w.namespace}/${w.statefulSet}`)}**: ` : ""}${mdText(w.message)}`], rank: 2 })), [""], (n) => `- \u2026 and ${n} more warning${n === 1 ? "" : "s"}`);
  }
  const details = [];
  for (const s of plan2.statefulSets) {
    const events = eventsOf(plan2, s);
    const runs = runsOf(plan2, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned)
      continue;
    const story = narrative(events, runs);
    const out = [];
    out.push(`<details${total <= SUMMARISE_AFTER ? " open" : ""}><summary><b>StatefulSet ${mdHtml(`${s.namespace}/${s.name}`)}</b>: ${mdHtml(headline(s))}</summary>`, "");
    if (s.unplanned)
      out.push(`\u26A0\uFE0F ${mdText(s.unplanned)}`, "");
    if (story.length)
      out.push(`${story.map((p) => mdText(p)).join(" \xB7 ")}`, "");
    if (s.service.timing)
      out.push(`DNS: ${mdText(s.service.timing.note)}`, "");
    if (s.dataFate)
      out.push(`**Data:** ${mdText(s.dataFate.sentence)}`, "");
    const head = out.length;
    if (total) {
      append(out, mdFence(mermaidTimeline(s, events, runs).split("\n"), "mermaid")).push("");
      const table2 = ["| Step | Event | Object | Why |", "|---:|---|---|---|"];
      for (const entry of timeline(events, runs)) {
        if (entry.type === "event") {
          const e = entry.event;
          table2.push(`| ${e.step} | ${e.action} ${KIND_SHORT[e.kind]} | ${mdCell(mdCode(eventObject(e)))} | ${mdCell(mdText(e.reason))} |`);
          continue;
        }
        table2.push(`| ${entry.steps.first}\u2013${entry.steps.last} | **\xD7${entry.ordinals.count}** | ${mdCell(mdText(ordinalNames(s.name, entry.ordinals, 4)))} | the same ${entry.block.length} events for each pod, in turn: |`);
        for (const b of entry.block) {
          const obj = eventObject({ ...b.event, name: b.name, ...b.value !== void 0 ? { value: b.value } : {} });
          table2.push(`| | ${b.event.action} ${KIND_SHORT[b.event.kind]} | ${mdCell(mdCode(expandTemplate(obj, entry.ordinals)))} | ${mdCell(mdText(expandTemplate(b.reason, entry.ordinals)))} |`);
        }
      }
      for (const row of table2)
        out.push(row);
      out.push("");
    }
    if (s.diff)
      append(out, ["<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", ""]);
    out.push("</details>", "");
    const compact = [...out.slice(0, head), `_Timeline (${total} event${total === 1 ? "" : "s"})${s.diff ? " and diff" : ""} cut to fit: see the full plan._`, "", "</details>", ""];
    details.push({ lines: out, compact, rank: 4 });
  }
  add([], details, [], (n) => `_\u2026 and ${n} more StatefulSet timeline${n === 1 ? "" : "s"}._
`);
  add([], services.filter((s) => s.diff).map((s) => ({ lines: [`### Service ${mdText(`${s.namespace}/${s.name}`)}`, "", "<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", ""], rank: 6 })), [], (n) => `_\u2026 and ${n} more Service diff${n === 1 ? "" : "s"}._
`);
  return sections;
}
function finish(lines) {
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function formatPlanMarkdown(plan2) {
  const out = [];
  for (const s of planSections(plan2)) {
    append(out, s.title);
    for (const e of s.entries)
      append(out, e.lines);
    append(out, s.tail);
  }
  return finish(out);
}

// build/src/plan/render/json.js
function formatPlanJson(plan2) {
  return JSON.stringify(plan2, null, 2) + "\n";
}
var CHUNK = 1 << 14;

// build/src/lint/format/sarif.js
import { pathToFileURL } from "node:url";

// build/src/lint/format/report-paths.js
import { isAbsolute, relative, resolve, sep } from "node:path";
function rootRelative(file, cwd, root) {
  if (isStreamName(file))
    return file;
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
    return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}

// build/src/lint/format/sarif.js
var LEVEL = { error: "error", warning: "warning", info: "note" };
var INPUT_RULE = { id: "input", severity: "error", description: "Report input that cannot be read, parsed or recognised as a Kubernetes object", docs: { url: `${HOMEPAGE}#exit-codes` } };
function pascal(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");
}
var FRIENDLY = { input: "InputError", schema: "SchemaViolation" };
function sentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function descriptor(meta) {
  const doc = meta.id === "input" ? void 0 : ruleDocText(meta.id);
  const d = {
    id: meta.id,
    shortDescription: { text: sentence(meta.description) },
    fullDescription: { text: sentence(meta.description) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ["kubernetes", "statefulset"] }
  };
  const name2 = FRIENDLY[meta.id] ?? pascal(meta.id);
  if (name2.toLowerCase() !== meta.id.toLowerCase())
    d.name = name2;
  d.helpUri = meta.docs.url;
  d.help = doc ? { text: doc, markdown: doc } : { text: sentence(meta.description) };
  return d;
}
function region(r) {
  return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}
var SRCROOT = "%SRCROOT%";
var SEGMENT_CHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=@]$/;
function relativeUri(path) {
  const encoder = new TextEncoder();
  return path.split("/").map((segment) => Array.from(encoder.encode(segment), (b) => SEGMENT_CHAR.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")).join("/");
}
var rendered = (template) => template === void 0 ? "" : ` (rendered from ${template})`;
function toSarif(report, options) {
  const metas = [...report.rules, INPUT_RULE];
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const location = (file, range, message, id) => {
    const revision = report.revisions?.[file];
    const path = rootRelative(revision?.path ?? file, options.cwd, options.root);
    const stream = isStreamName(path);
    const absolute = path.startsWith("/") || stream;
    const loc = {
      physicalLocation: {
        artifactLocation: absolute ? { uri: stream ? path === STDIN_NAME ? "stdin" : "render" : pathToFileURL(path).href } : { uri: relativeUri(path), uriBaseId: SRCROOT },
        region: region(range)
      }
    };
    if (id !== void 0)
      loc.id = id;
    if (message || revision)
      loc.message = { text: sentence(`${message ?? ""}${revision ? `${message ? " " : ""}(at revision ${revision.ref})` : ""}`) };
    return loc;
  };
  const results = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === "info" && !options.includeInfo)
        continue;
      const hint2 = "hint" in d && d.hint ? ` Fix: ${sentence(d.hint)}` : "";
      const revision = report.revisions?.[d.file];
      const result = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex.get(d.ruleId) ?? 0,
        level: LEVEL[d.severity],
        message: { text: (revision ? `In ${d.file} (the file at revision ${revision.ref}): ` : "") + sentence(d.message + rendered(d.template)) + hint2 },
        locations: [location(d.file, d.range)]
      };
      const related = "related" in d ? (d.related ?? []).map((r, i) => location(r.file, r.range, r.message + rendered(r.template), i + 1)) : [];
      const template = d.template === void 0 ? void 0 : options.templates?.(d.template);
      if (template !== void 0) {
        const { start } = d.range;
        const place = `${d.file}:${start.line}:${start.column}`;
        result.locations = [
          {
            physicalLocation: { artifactLocation: { uri: relativeUri(template), uriBaseId: SRCROOT }, region: { startLine: 1 } },
            message: { text: `The template ${d.template} was rendered to ${place}, where the finding is; the line in the template is not known.` }
          }
        ];
        related.unshift(location(d.file, d.range, `Where the finding is in the output of helm template (rendered from ${d.template})`, related.length + 1));
      }
      if (related.length)
        result.relatedLocations = related;
      if ("object" in d && d.object) {
        const o = d.object;
        result.properties = { object: `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name}` };
      }
      if (d.template !== void 0)
        result.properties = { ...result.properties, helmTemplate: d.template };
      results.push(result);
    }
  }
  const version = packageVersion();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "stsplan",
            fullName: "stsplan: StatefulSet linter and planner",
            version,
            semanticVersion: version,
            informationUri: HOMEPAGE,
            rules: metas.map(descriptor)
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.root.endsWith("/") ? options.root : `${options.root}/`).href } },
        columnKind: "utf16CodeUnits",
        results,
        properties: { kubeVersion: report.kubeVersion }
      }
    ]
  };
}
function formatSarif(report, options) {
  return JSON.stringify(toSarif(report, options), null, 2) + "\n";
}

// build/src/lint/format/related.js
function elsewhereText(related, file) {
  const other = (related ?? []).filter((r) => r.file !== file);
  if (other.length === 0)
    return "";
  return ` (see ${other.map((r) => `${r.file}:${r.line}:${r.column}${r.template === void 0 ? "" : `, rendered from ${r.template}`}: ${r.message}`).join("; ")})`;
}

// build/src/lint/format/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(report, options) {
  const lines = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === "info" && !options.includeInfo)
        continue;
      const shown = (f2) => report.revisions?.[f2] ? f2 : rootRelative(f2, options.cwd, options.root);
      const file = shown(d.file);
      const { start, end } = d.range;
      const title = `title=${escapeProperty(d.ruleId === "input" ? `stsplan: input ${d.severity}` : d.ruleId)}`;
      const template = d.template === void 0 ? void 0 : options.templates?.(d.template);
      const revision = report.revisions?.[d.file];
      const annotated = template ?? file;
      const props = revision ? [title] : template !== void 0 ? [`file=${escapeProperty(printable(template))}`, "line=1", title] : [`file=${escapeProperty(printable(file))}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, title];
      const where2 = revision || template !== void 0 ? `${file}:${start.line}:${start.column}: ` : "";
      const from = d.template === void 0 ? "" : ` (rendered from ${d.template}${template !== void 0 ? `; ${start.line}:${start.column} is the line and column in the rendered output` : ""})`;
      const hint2 = "hint" in d && d.hint ? `
Fix: ${printable(d.hint)}` : "";
      const related = "related" in d ? (d.related ?? []).map((r) => ({ message: r.message, file: shown(r.file), line: r.range.start.line, column: r.range.start.column, template: r.template })) : [];
      lines.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(printable(where2 + d.message + from + elsewhereText(related, annotated)) + hint2)}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

// build/src/lint/format/junit.js
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml(s) {
  return s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function objectName(o) {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name}`;
}
function sameObject(a, b) {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? "") === (b.namespace ?? "") && a.document === b.document;
}
function element(d) {
  const tag = isInputError(d) ? "error" : "failure";
  const { line, column } = d.range.start;
  const hint2 = "hint" in d && d.hint ? `
Fix: ${d.hint}` : "";
  const related = "related" in d ? (d.related ?? []).map((r) => ({ message: r.message, file: r.file, line: r.range.start.line, column: r.range.start.column, template: r.template })) : [];
  const from = d.template === void 0 ? "" : ` (rendered from ${d.template})`;
  const body = `${d.file}:${line}:${column}: ${d.severity}: ${d.message}${from}${elsewhereText(related, d.file)} (${d.ruleId})${hint2}`;
  return `      <${tag} type="${escapeXml(d.ruleId)}" message="${escapeXml(`${d.severity}: ${d.message}`)}">${escapeXml(body)}</${tag}>`;
}
function formatJunit(report, options) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const f of report.files) {
    const cases = f.objects.map((o) => ({ name: objectName(o), diagnostics: [] }));
    const fileCase = { name: "(file)", diagnostics: [] };
    for (const d of f.diagnostics) {
      if (d.severity === "info" && !options.includeInfo)
        continue;
      const object = "object" in d ? d.object : void 0;
      const i = object ? f.objects.findIndex((o) => sameObject(o, object)) : -1;
      (i >= 0 ? cases[i] : fileCase).diagnostics.push(d);
    }
    if (fileCase.diagnostics.length || cases.length === 0)
      cases.unshift(fileCase);
    let suiteFailures = 0;
    let suiteErrors = 0;
    const body = [];
    for (const c of cases) {
      const isError = c.diagnostics.some(isInputError);
      if (isError)
        suiteErrors++;
      else if (c.diagnostics.length)
        suiteFailures++;
      const open = `    <testcase classname="${escapeXml(f.path)}" name="${escapeXml(c.name)}"`;
      body.push(c.diagnostics.length ? `${open}>
${c.diagnostics.map(element).join("\n")}
    </testcase>` : `${open}/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${escapeXml(f.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">
${body.join("\n")}
  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="stsplan" tests="${tests}" failures="${failures}" errors="${errors}">
${suites.join("\n")}${suites.length ? "\n" : ""}</testsuites>
`;
}

// build/src/lint/format/eslint.js
import { resolve as resolve2 } from "node:path";
function toEslintResults(report, options) {
  const filePath = (file) => isStreamName(file) || report.revisions?.[file] ? file : resolve2(options.cwd, file);
  return report.files.map((f) => {
    const messages2 = [];
    let errorCount = 0;
    let warningCount = 0;
    let fatalErrorCount = 0;
    let infoCount = 0;
    for (const d of f.diagnostics) {
      if (d.severity === "info") {
        infoCount++;
        if (!options.includeInfo)
          continue;
      } else if (d.severity === "error")
        errorCount++;
      else
        warningCount++;
      const fatal = isInputError(d);
      if (fatal)
        fatalErrorCount++;
      const m = {
        ruleId: d.ruleId === "input" ? null : d.ruleId,
        severity: d.severity === "error" ? 2 : 1,
        message: d.message,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column
      };
      if ("messageId" in d && d.messageId !== void 0)
        m.messageId = d.messageId;
      if (d.severity === "info")
        m.level = "info";
      if (fatal)
        m.fatal = true;
      if ("hint" in d && d.hint)
        m.hint = d.hint;
      if (d.template !== void 0)
        m.template = d.template;
      if ("related" in d && d.related?.length) {
        m.relatedLocations = d.related.map((r) => ({
          message: r.message,
          filePath: filePath(r.file),
          line: r.range.start.line,
          column: r.range.start.column,
          endLine: r.range.end.line,
          endColumn: r.range.end.column,
          ...r.template !== void 0 ? { template: r.template } : {}
        }));
      }
      messages2.push(m);
    }
    return {
      filePath: filePath(f.path),
      messages: messages2,
      errorCount,
      warningCount,
      fatalErrorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      infoCount
    };
  });
}
export {
  BUILTIN_PROFILES,
  OptionsError,
  builtinProfile,
  formatGithub,
  formatJunit,
  formatPlanJson,
  formatPlanMarkdown,
  formatPlanText,
  formatSarif,
  lint,
  plan,
  planEvents,
  rules,
  runEvents,
  toEslintResults,
  toSarif
};
