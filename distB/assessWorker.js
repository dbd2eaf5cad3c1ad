const importMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module2.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module2.exports = picomatch3;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body2) => {
      if (negated) {
        return `[^\\/${body2}]`;
      }
      const source = `[${body2}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start2) => {
      const { length } = pattern;
      let index = start2 + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body2 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body2 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body2 += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body2 += POSIX_CLASSES[name2];
            prev = EMPTY;
            index = end;
          } else {
            body2 += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body2 += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body2)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start2) => `${start2}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out2 = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body2, prefix) => {
      if (body2[body2.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body2.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body2) => {
      const index = body2.indexOf(SLASH);
      return index < 0 || index === body2.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body2, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body2);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body2, stripLineEnd) => {
      let lineEnd = body2.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body2[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body2[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body2[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body2.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body2[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body2.slice(0, end - 1) + SPACE : body2.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body2 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body2[0] === "#") {
        return;
      }
      let negative = false;
      if (body2[0] === "!") {
        negative = true;
        body2 = body2.slice(1);
      }
      const last = body2[body2.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body2 = trimEnd(body2, stripLineEnd);
      }
      if (!body2 || hasTrailingBackslash(body2)) {
        return;
      }
      body2 = body2.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body2);
      return new IgnoreRule(
        pattern,
        mark,
        body2,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body: body2 }) => body2[body2.length - (body2[body2.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// server/src/assessment/worker.ts
var import_node_worker_threads = require("node:worker_threads");

// server/src/catalog/catalog.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function findCatalogDir(start2 = __dirname) {
  for (let current = start2; ; current = (0, import_node_path.dirname)(current)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(current, "catalog", "facts.json"))) return (0, import_node_path.join)(current, "catalog");
    if ((0, import_node_path.dirname)(current) === current) throw new Error(`ml-practices: catalog/ not found above ${start2}`);
  }
}
var loaded;
function loadCatalog(directory = findCatalogDir()) {
  if (loaded) return loaded;
  const readJson = (...parts2) => JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(directory, ...parts2), "utf8"));
  const facts = readJson("facts.json");
  const guidelines = readJson("guidelines.json");
  const prose = /* @__PURE__ */ new Map();
  for (const file of (0, import_node_fs.readdirSync)((0, import_node_path.join)(directory, "practices")).filter((name2) => name2.endsWith(".json"))) {
    const entry = readJson("practices", file);
    prose.set(entry.id, entry);
  }
  const proseOf = (id) => {
    const entry = prose.get(id);
    if (!entry) throw new Error(`ml-practices: catalog/practices/${id}.json is missing`);
    return { summary: entry.summary, why: entry.why, how: entry.how, example: entry.example, question: entry.question, ruleNotes: entry.ruleNotes, signals: entry.signals, measure: entry.measure };
  };
  const practices = /* @__PURE__ */ new Map();
  for (const fact of facts.practices) practices.set(fact.id, { ...fact, kind: "se-ml", ...proseOf(fact.id) });
  for (const guideline of guidelines.guidelines) {
    practices.set(guideline.id, {
      id: guideline.id,
      kind: "guideline",
      title: guideline.title,
      category: "Maintainability",
      difficulty: null,
      url: guidelines.link,
      number: guideline.number,
      related: [],
      effects: [],
      // A guideline with a question (balanced components …) is one the code shows only in part.
      detectability: prose.get(guideline.id)?.question ? "partial" : "code",
      survey: null,
      trustworthiness: null,
      ...proseOf(guideline.id)
    });
  }
  loaded = { practices, seMlCount: facts.practices.length, effects: facts.effects, euRequirements: facts.euRequirements };
  return loaded;
}

// server/src/parsing/parser.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind2, info2, index, length) {
    super(_QueryError.formatMessage(kind2, info2));
    this.kind = kind2;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind2, info2) {
    switch (kind2) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = /* @__PURE__ */ (() => {
  var _scriptName = importMetaUrl;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire } = await import("module");
      var require = createRequire(importMetaUrl);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!importMetaUrl.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(importMetaUrl)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", importMetaUrl).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports2 = receiveInstantiationResult(result);
        return exports2;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
      for (var symName in exports2) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports2[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports2) {
        var value = exports2[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
      for (var [sym, exp] of Object.entries(exports2)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports2) {
        if (dso.global) {
          mergeLibSymbols(exports2, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports2);
        }
        dso.exports = exports2;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports2) => {
          moduleLoaded(exports2);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// server/src/parsing/parser.ts
var parser;
var python;
var initializing;
function wasmPath(fileName, packageFile) {
  const besideBundle = (0, import_node_path2.join)(__dirname, fileName);
  return (0, import_node_fs2.existsSync)(besideBundle) ? besideBundle : require.resolve(packageFile);
}
function initParser() {
  initializing ??= (async () => {
    const runtimeWasm = wasmPath("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtimeWasm });
    python = await Language.load(wasmPath("tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"));
    parser = new Parser();
    parser.setLanguage(python);
    memoizeNodeType();
  })();
  return initializing;
}
function memoizeNodeType() {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, "type");
  const read = descriptor?.get;
  if (!read || descriptor.configurable === false || read.memoized) return;
  const memoized = function() {
    return this.typeName ??= read.call(this);
  };
  Object.assign(memoized, { memoized: true });
  Object.defineProperty(Node.prototype, "type", { ...descriptor, get: memoized });
}
var queries = /* @__PURE__ */ new Map();
function pythonQuery(source) {
  if (!python) throw new Error("initParser() must complete before querying");
  let query = queries.get(source);
  if (!query) queries.set(source, query = new Query(python, source));
  return query;
}
function isParserReady() {
  return parser !== void 0;
}
function parsePython(text) {
  if (!parser) throw new Error("initParser() must complete before parsing");
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}
var MAX_RECOVERY_PASSES = 4;
function firstErrorRow(tree) {
  let node = tree.rootNode;
  if (!node.hasError) return void 0;
  for (; ; ) {
    const next = node.children.find((child) => child !== null && (child.hasError || child.isError || child.isMissing));
    if (!next) return node.startPosition.row;
    node = next;
  }
}
var blankedTextOf = /* @__PURE__ */ new WeakMap();
function parsePythonTolerant(text, previous) {
  let tree = previous ? reparse(text, blankedTextOf.get(previous.tree) ?? previous.text, previous.tree) : parsePython(text);
  let current = text;
  for (let pass = 0; pass < MAX_RECOVERY_PASSES && tree.rootNode.hasError; pass++) {
    const row = firstErrorRow(tree);
    if (row === void 0) break;
    const lines = current.split("\n");
    if (lines[row].trim() === "") break;
    lines[row] = " ".repeat(lines[row].length);
    const blanked = lines.join("\n");
    const next = reparse(blanked, current, tree);
    tree.delete();
    tree = next;
    current = blanked;
  }
  if (current !== text) blankedTextOf.set(tree, current);
  return tree;
}
function reparse(text, oldText, oldTree) {
  if (!parser) throw new Error("initParser() must complete before parsing");
  const edited = oldTree.copy();
  try {
    edited.edit(editBetween(oldText, text));
    const tree = parser.parse(text, edited);
    if (!tree) throw new Error("tree-sitter returned no tree");
    return tree;
  } finally {
    edited.delete();
  }
}
function editBetween(oldText, newText) {
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  const startPosition = pointAfter(oldText, 0, { row: 0, column: 0 }, prefix);
  return {
    startIndex: prefix,
    oldEndIndex: oldText.length - suffix,
    newEndIndex: newText.length - suffix,
    startPosition,
    oldEndPosition: pointAfter(oldText, prefix, startPosition, oldText.length - suffix),
    newEndPosition: pointAfter(newText, prefix, startPosition, newText.length - suffix)
  };
}
function pointAfter(text, from, start2, to) {
  let row = start2.row;
  let lineStart = from - start2.column;
  for (let index = text.indexOf("\n", from); index !== -1 && index < to; index = text.indexOf("\n", index + 1)) {
    row++;
    lineStart = index + 1;
  }
  return { row, column: to - lineStart };
}
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;
var isLowSurrogate = (code) => code >= 56320 && code <= 57343;

// server/src/assessment/collect.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

// server/src/analysis/calls.ts
var CALLS_QUERY = `[
  (import_statement) @import
  (import_from_statement) @import
  (import_from_statement name: [(dotted_name) @imported (aliased_import) @imported])
  (call function: (identifier) @callee)
  (call function: (attribute attribute: (identifier) @method) @callee)
]`;
function callsAndImports(root2, derive) {
  return derive("calls-and-imports", () => pythonQuery(CALLS_QUERY).captures(root2));
}

// server/src/config/globs.ts
var import_picomatch = __toESM(require_picomatch2());
var NEVER = () => false;
function compile(globs, options) {
  if (globs.length === 0) return NEVER;
  const expression = new RegExp(globs.map((glob) => `(?:${import_picomatch.default.makeRe(glob, { dot: options.dot }).source})`).join("|"));
  return (input) => expression.test(input);
}
function globTest(globs, options = {}) {
  const list = typeof globs === "string" ? [globs] : globs;
  if (!options.basename) return compile(list, options);
  const whole = compile(list.filter((glob) => glob.includes("/")), options);
  const last = compile(list.filter((glob) => !glob.includes("/")), options);
  return (input) => whole(input) || last(input.slice(input.lastIndexOf("/") + 1));
}

// server/src/parsing/syntax.ts
function nodeRange(node) {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column }
  };
}
function walk(root2, enter) {
  walkCursor(root2, (cursor) => enter(cursor.currentNode));
}
function walkCursor(root2, enter) {
  const cursor = root2.walk();
  let depth = 0;
  try {
    let descend = enter(cursor, depth) !== false;
    for (; ; ) {
      if (descend) {
        if (cursor.gotoFirstChild()) {
          depth++;
          descend = enter(cursor, depth) !== false;
          continue;
        }
      }
      for (; ; ) {
        if (depth === 0) return;
        if (cursor.gotoNextSibling()) break;
        cursor.gotoParent();
        depth--;
      }
      descend = enter(cursor, depth) !== false;
    }
  } finally {
    cursor.delete();
  }
}
function docstringOf(body2) {
  const first = body2?.namedChildren.find((child) => child?.type !== "comment");
  if (first?.type === "expression_statement" && first.namedChildCount === 1 && first.namedChild(0)?.type === "string") {
    return first;
  }
  return void 0;
}
function chainRoot(node) {
  let current = node;
  while (current) {
    if (current.type === "identifier") return current;
    if (current.type === "attribute") current = current.childForFieldName("object");
    else if (current.type === "subscript") current = current.childForFieldName("value");
    else if (current.type === "call") current = current.childForFieldName("function");
    else if (current.type === "parenthesized_expression") current = current.namedChild(0);
    else return void 0;
  }
  return void 0;
}

// server/src/duplication/pythonTokens.ts
var BARRIER = 0;
var IDENTIFIER = 1;
var STRING = 2;
var NUMBER = 3;
var KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield"
];
var OPERATORS = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "...",
  "->",
  ":=",
  "**",
  "//",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "<>",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "@",
  "&",
  "|",
  "^",
  "~",
  "<",
  ">",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ":",
  ".",
  ";",
  "=",
  "!"
];
var KIND_NAMES = ["$barrier", "$identifier", "$string", "$number", ...KEYWORDS, ...OPERATORS, "$other"];
var kindOf = new Map(KIND_NAMES.map((name2, index) => [name2, index]));
var kind = (name2) => kindOf.get(name2);
var OTHER = kind("$other");
var [OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = ["(", ")", "[", "]", "{", "}"].map(kind);
var [COMMA, COLON, DOT, SEMICOLON, EQUALS, MINUS, PLUS] = [",", ":", ".", ";", "=", "-", "+"].map(kind);
var [IMPORT, FROM, TRUE, FALSE, NONE] = ["import", "from", "True", "False", "None"].map(kind);
var OPERATORS_BY_CHAR = /* @__PURE__ */ new Map();
for (const text of OPERATORS) {
  const list = OPERATORS_BY_CHAR.get(text.charCodeAt(0)) ?? [];
  list.push({ text, kind: kind(text) });
  OPERATORS_BY_CHAR.set(text.charCodeAt(0), list);
}
function hashText(text, start2 = 0, end = text.length) {
  let hash = 2166136261 | 0;
  for (let index = start2; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash || 1;
}
var ALL = hashText("__all__");
var KEYWORD_BY_HASH = new Map(KEYWORDS.map((word) => [hashText(word), { word, kind: kind(word) }]));
var ARGPARSE_METHODS = new Set(["add_argument", "add_argument_group", "add_mutually_exclusive_group"].map((name2) => hashText(name2)));
var MIN_LITERAL_ROWS = 4;
var isIdentifierStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128;
var isIdentifierPart = (c) => isIdentifierStart(c) || c >= 48 && c <= 57;
var isDigit = (c) => c >= 48 && c <= 57;
var QUOTE = 39;
var DOUBLE_QUOTE = 34;
var NEWLINE = 10;
var BACKSLASH = 92;
function isConstantName(text, start2, end) {
  let letters = 0;
  for (let index = start2; index < end; index++) {
    const c = text.charCodeAt(index);
    if (c >= 65 && c <= 90) letters++;
    else if (!(c === 95 || c >= 48 && c <= 57)) return false;
  }
  return letters >= 2;
}
function isStringPrefix(text, start2, end) {
  const length = end - start2;
  if (length < 1 || length > 2) return false;
  for (let index = start2; index < end; index++) {
    const c = text.charCodeAt(index) | 32;
    if (c !== 114 && c !== 117 && c !== 98 && c !== 102 && c !== 116) return false;
  }
  return true;
}
function isFormatPrefix(text, start2, end) {
  for (let index = start2; index < end; index++) {
    const c = text.charCodeAt(index) | 32;
    if (c === 102 || c === 116) return true;
  }
  return false;
}
function stringEnd(text, quoteAt, formatted) {
  const length = text.length;
  const quote2 = text.charCodeAt(quoteAt);
  const triple = text.charCodeAt(quoteAt + 1) === quote2 && text.charCodeAt(quoteAt + 2) === quote2;
  let index = quoteAt + (triple ? 3 : 1);
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === BACKSLASH) {
      index += 2;
    } else if (c === quote2) {
      if (!triple) return index + 1;
      if (text.charCodeAt(index + 1) === quote2 && text.charCodeAt(index + 2) === quote2) return index + 3;
      index++;
    } else if (c === NEWLINE && !triple) {
      return index;
    } else if (formatted && c === 123) {
      if (text.charCodeAt(index + 1) === 123) index += 2;
      else index = fieldEnd(text, index + 1, triple);
    } else {
      index++;
    }
  }
  return length;
}
function fieldEnd(text, start2, multiline) {
  const length = text.length;
  let depth = 1;
  let index = start2;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === 123) {
      depth++;
      index++;
    } else if (c === 125) {
      index++;
      if (--depth === 0) return index;
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      let prefixStart = index;
      while (prefixStart > start2 && isIdentifierPart(text.charCodeAt(prefixStart - 1))) prefixStart--;
      index = stringEnd(text, index, isFormatPrefix(text, prefixStart, index));
    } else if (c === NEWLINE && !multiline) {
      return index;
    } else {
      index++;
    }
  }
  return length;
}
function lineStartsOf(text) {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}
function cloneTokens(text) {
  const length = text.length;
  const lineStarts = lineStartsOf(text);
  if (scratchKinds.length < length + 1) growScratch(length + 1);
  const kinds = scratchKinds;
  const texts = scratchTexts;
  const starts = scratchStarts;
  const ends = scratchEnds;
  const lines = scratchLines;
  let count = 0;
  let line = 0;
  let depth = 0;
  let statementStart = 0;
  let rowStart = 0;
  let rowLine = -1;
  let rowDepth = 0;
  let rowIsData = true;
  let rowHasLiteral = false;
  let runStart = -1;
  let runEnd = 0;
  let runRows = 0;
  const truncate = (from, to) => {
    const keep = count - to;
    const addBarrier = !(from > 0 && kinds[from - 1] === BARRIER);
    const target = addBarrier ? from + 1 : from;
    if (addBarrier) {
      kinds[from] = BARRIER;
      texts[from] = 0;
      ends[from] = starts[from];
    }
    if (keep > 0) {
      kinds.copyWithin(target, to, count);
      texts.copyWithin(target, to, count);
      starts.copyWithin(target, to, count);
      ends.copyWithin(target, to, count);
      lines.copyWithin(target, to, count);
    }
    count = target + keep;
    return to - target;
  };
  const closeRun = () => {
    if (runStart !== -1 && runRows >= MIN_LITERAL_ROWS) {
      const removed = truncate(runStart, runEnd);
      if (rowStart >= runEnd) rowStart -= removed;
    }
    runStart = -1;
    runRows = 0;
  };
  const finishRow = () => {
    if (rowLine === -1) return;
    if (rowIsData && rowDepth > 0) {
      if (rowHasLiteral) {
        if (runStart === -1) runStart = rowStart;
        runRows++;
      }
      if (runStart !== -1) runEnd = count;
    } else {
      closeRun();
    }
    rowLine = -1;
  };
  const push = (tokenKind, hash, start2, end) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start2) line++;
    if (line !== rowLine) {
      finishRow();
      rowStart = count;
      rowLine = line;
      rowDepth = depth;
      rowIsData = true;
      rowHasLiteral = false;
    }
    if (tokenKind === STRING || tokenKind === NUMBER) rowHasLiteral = true;
    else if (!(tokenKind === COMMA || tokenKind === COLON || tokenKind === MINUS || tokenKind === PLUS || tokenKind === TRUE || tokenKind === FALSE || tokenKind === NONE || tokenKind >= OPEN_PAREN && tokenKind <= CLOSE_BRACE) && !(tokenKind === IDENTIFIER && isConstantName(text, start2, end)))
      rowIsData = false;
    kinds[count] = tokenKind;
    texts[count] = hash;
    starts[count] = start2;
    ends[count] = end;
    lines[count] = line;
    count++;
  };
  const isNoiseStatement = (from, to) => {
    if (to <= from) return false;
    const first = kinds[from];
    if (first === IMPORT || first === FROM) return true;
    if (to - from === 1 && first === STRING) return true;
    if (first !== IDENTIFIER) return false;
    if (texts[from] === ALL && (kinds[from + 1] === EQUALS || kinds[from + 1] === COLON)) return true;
    if (kinds[to - 1] !== CLOSE_PAREN) return false;
    let open = to - 1;
    for (let nesting = 0; open >= from; open--) {
      const k = kinds[open];
      if (k === CLOSE_PAREN || k === CLOSE_BRACKET || k === CLOSE_BRACE) nesting++;
      else if ((k === OPEN_PAREN || k === OPEN_BRACKET || k === OPEN_BRACE) && --nesting === 0) break;
    }
    if (open - 2 < from || kinds[open - 1] !== IDENTIFIER || kinds[open - 2] !== DOT || !ARGPARSE_METHODS.has(texts[open - 1])) return false;
    for (let index2 = from, nesting = 0; index2 < open - 2; index2++) {
      const k = kinds[index2];
      if (k === OPEN_PAREN || k === OPEN_BRACKET || k === OPEN_BRACE) nesting++;
      else if (k === CLOSE_PAREN || k === CLOSE_BRACKET || k === CLOSE_BRACE) nesting--;
      else if (nesting === 0 && k !== IDENTIFIER && k !== DOT) return false;
    }
    return true;
  };
  const endStatement = () => {
    finishRow();
    closeRun();
    if (isNoiseStatement(statementStart, count)) truncate(statementStart, count);
    statementStart = count;
  };
  let index = 0;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE) {
      if (depth === 0) endStatement();
      index++;
    } else if (c === 32 || c === 9 || c === 13 || c === 12) {
      index++;
    } else if (c === 35) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? length : end;
    } else if (c === BACKSLASH) {
      const next = text.charCodeAt(index + 1);
      index += next === NEWLINE ? 2 : next === 13 && text.charCodeAt(index + 2) === NEWLINE ? 3 : 1;
    } else if (isIdentifierStart(c)) {
      const start2 = index;
      let hash = Math.imul(2166136261 ^ c, 16777619);
      index++;
      for (let d = text.charCodeAt(index); index < length && isIdentifierPart(d); d = text.charCodeAt(++index)) hash = Math.imul(hash ^ d, 16777619);
      hash = hash || 1;
      const after = text.charCodeAt(index);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, start2, index)) {
        index = readStrings(start2, stringEnd(text, index, isFormatPrefix(text, start2, index)));
      } else {
        const keyword = index - start2 <= 8 ? KEYWORD_BY_HASH.get(hash) : void 0;
        if (keyword !== void 0 && text.startsWith(keyword.word, start2) && keyword.word.length === index - start2) push(keyword.kind, keyword.kind, start2, index);
        else push(IDENTIFIER, hash, start2, index);
      }
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      index = readStrings(index, stringEnd(text, index, false));
    } else if (isDigit(c) || c === 46 && isDigit(text.charCodeAt(index + 1))) {
      const start2 = index;
      const hex = c === 48 && (text.charCodeAt(index + 1) | 32) === 120;
      index++;
      for (; ; ) {
        const d = text.charCodeAt(index);
        if (isDigit(d) || d >= 97 && d <= 122 || d >= 65 && d <= 90 || d === 95 || d === 46) index++;
        else if ((d === 43 || d === 45) && !hex && (text.charCodeAt(index - 1) | 32) === 101) index++;
        else break;
      }
      push(NUMBER, hashText(text, start2, index), start2, index);
    } else {
      const candidates = OPERATORS_BY_CHAR.get(c);
      const operator = candidates?.find((candidate) => text.startsWith(candidate.text, index));
      const operatorKind = operator?.kind ?? OTHER;
      const end = index + (operator?.text.length ?? 1);
      push(operatorKind, operatorKind === OTHER ? hashText(text, index, end) : operatorKind, index, end);
      if (operatorKind === OPEN_PAREN || operatorKind === OPEN_BRACKET || operatorKind === OPEN_BRACE) depth++;
      else if ((operatorKind === CLOSE_PAREN || operatorKind === CLOSE_BRACKET || operatorKind === CLOSE_BRACE) && depth > 0) depth--;
      else if (operatorKind === SEMICOLON && depth === 0) endStatement();
      index = end;
    }
  }
  endStatement();
  function readStrings(start2, firstEnd) {
    let end = firstEnd;
    for (; ; ) {
      let next = end;
      for (; ; ) {
        const c2 = text.charCodeAt(next);
        if (c2 === 32 || c2 === 9 || c2 === 13 || c2 === 12) next++;
        else if (c2 === NEWLINE && depth > 0) next++;
        else if (c2 === BACKSLASH && text.charCodeAt(next + 1) === NEWLINE) next += 2;
        else if (c2 === 35 && depth > 0) {
          const lineEnd = text.indexOf("\n", next);
          next = lineEnd === -1 ? length : lineEnd;
        } else break;
      }
      const c = text.charCodeAt(next);
      if (c === QUOTE || c === DOUBLE_QUOTE) {
        end = stringEnd(text, next, false);
        continue;
      }
      if (isIdentifierStart(c)) {
        let wordEnd = next + 1;
        while (wordEnd < length && isIdentifierPart(text.charCodeAt(wordEnd))) wordEnd++;
        const after = text.charCodeAt(wordEnd);
        if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, next, wordEnd)) {
          end = stringEnd(text, wordEnd, isFormatPrefix(text, next, wordEnd));
          continue;
        }
      }
      break;
    }
    push(STRING, hashText(text, start2, end), start2, end);
    return end;
  }
  const ordinals = new Int32Array(count);
  for (let token = 0, ordinal = -1, last = -1; token < count; token++) {
    if (lines[token] !== last) {
      ordinal++;
      last = lines[token];
    }
    ordinals[token] = ordinal;
  }
  return {
    kinds: kinds.slice(0, count),
    texts: texts.slice(0, count),
    ordinals,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    lineStarts: Int32Array.from(lineStarts)
  };
}
var BRANCH_KEYWORDS = new Map(["if", "elif", "for", "while", "except", "and", "or"].map((word) => [hashText(word), word]));
var DEFINITION_KEYWORDS = new Map(["def", "class", "case"].map((word) => [hashText(word), word]));
function readIdentifier(text, start2) {
  let hash = Math.imul(2166136261 ^ text.charCodeAt(start2), 16777619);
  let end = start2 + 1;
  for (let d = text.charCodeAt(end); end < text.length && isIdentifierPart(d); d = text.charCodeAt(++end)) hash = Math.imul(hash ^ d, 16777619);
  return { end, hash: hash || 1 };
}
function isWordOf(words, text, start2, end, hash) {
  if (end - start2 > 6) return false;
  const word = words.get(hash);
  return word !== void 0 && word.length === end - start2 && text.startsWith(word, start2);
}
function readStringLiteral(text, start2, quoteAt, keywords) {
  const formatted = isFormatPrefix(text, start2, quoteAt);
  const end = stringEnd(text, quoteAt, formatted);
  if (!formatted) return end;
  let depth = 0;
  for (let index = quoteAt; index < end; ) {
    const c = text.charCodeAt(index);
    if (c === 123) {
      if (depth === 0 && text.charCodeAt(index + 1) === 123) index += 2;
      else {
        depth++;
        index++;
      }
    } else if (c === 125) {
      if (depth > 0) depth--;
      index++;
    } else if (depth === 0) {
      index++;
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      index = readStringLiteral(text, index, index, keywords);
    } else if (isIdentifierStart(c)) {
      const word = readIdentifier(text, index);
      const after = text.charCodeAt(word.end);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, index, word.end)) index = readStringLiteral(text, index, word.end, keywords);
      else {
        if (isWordOf(BRANCH_KEYWORDS, text, index, word.end, word.hash)) keywords.push(index);
        index = word.end;
      }
    } else {
      index++;
    }
  }
  return end;
}
function headerEnd(text) {
  let index = 0;
  let docstringSeen = false;
  while (index < text.length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE || c === 32 || c === 9 || c === 13 || c === 12) index++;
    else if (c === 35) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? text.length : end;
    } else if (docstringSeen) return index;
    else {
      let quoteAt = index;
      while (quoteAt < text.length && isIdentifierPart(text.charCodeAt(quoteAt))) quoteAt++;
      const quote2 = text.charCodeAt(quoteAt);
      if (quote2 !== QUOTE && quote2 !== DOUBLE_QUOTE || quoteAt > index && !isStringPrefix(text, index, quoteAt)) return index;
      index = stringEnd(text, quoteAt, false);
      docstringSeen = true;
    }
  }
  return text.length;
}
function isBlankLine(text, start2) {
  for (let index = start2; index < text.length; index++) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}
function codeLayout(text) {
  const length = text.length;
  const lineStarts = lineStartsOf(text);
  const codeLines = new Uint8Array(lineStarts.length);
  const branchKeywords = [];
  const definitionKeywords = [];
  let line = 0;
  let codeLineCount = 0;
  const mark = (from, to) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= from) line++;
    for (let row = line; row < lineStarts.length && (row === line || lineStarts[row] < to); row++) {
      if (codeLines[row] === 0 && (row === line || !isBlankLine(text, lineStarts[row]))) {
        codeLines[row] = 1;
        codeLineCount++;
      }
    }
  };
  let index = 0;
  while (index < length) {
    const c = text.charCodeAt(index);
    if (c === NEWLINE || c === 32 || c === 9 || c === 13 || c === 12) {
      index++;
    } else if (c === 35) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? length : end;
    } else if (isIdentifierStart(c)) {
      const start2 = index;
      const word = readIdentifier(text, start2);
      const after = text.charCodeAt(word.end);
      if ((after === QUOTE || after === DOUBLE_QUOTE) && isStringPrefix(text, start2, word.end)) index = readStringLiteral(text, start2, word.end, branchKeywords);
      else {
        if (isWordOf(BRANCH_KEYWORDS, text, start2, word.end, word.hash)) branchKeywords.push(start2);
        else if (isWordOf(DEFINITION_KEYWORDS, text, start2, word.end, word.hash)) definitionKeywords.push(start2);
        index = word.end;
      }
      mark(start2, index);
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      const start2 = index;
      index = readStringLiteral(text, start2, start2, branchKeywords);
      mark(start2, index);
    } else {
      mark(index, index + 1);
      for (index++; index < length; index++) {
        const d = text.charCodeAt(index);
        if (d === NEWLINE || d === 35 || d === QUOTE || d === DOUBLE_QUOTE || isIdentifierStart(d)) break;
      }
    }
  }
  branchKeywords.sort((a, b) => a - b);
  return { lineStarts: Int32Array.from(lineStarts), codeLines, codeLineCount, branchKeywords: Int32Array.from(branchKeywords), definitionKeywords: Int32Array.from(definitionKeywords) };
}
var scratchKinds = new Uint8Array(0);
var scratchTexts = new Int32Array(0);
var scratchStarts = new Int32Array(0);
var scratchEnds = new Int32Array(0);
var scratchLines = new Int32Array(0);
function growScratch(size) {
  const capacity = Math.max(size, scratchKinds.length * 2, 1 << 16);
  scratchKinds = new Uint8Array(capacity);
  scratchTexts = new Int32Array(capacity);
  scratchStarts = new Int32Array(capacity);
  scratchEnds = new Int32Array(capacity);
  scratchLines = new Int32Array(capacity);
}

// server/src/analysis/units.ts
var PARAMETER_NODE_TYPES = /* @__PURE__ */ new Set([
  "identifier",
  "typed_parameter",
  "default_parameter",
  "typed_default_parameter",
  "list_splat_pattern",
  "dictionary_splat_pattern"
]);
function parameterName(parameter) {
  if (parameter.type === "identifier") return parameter.text;
  const name2 = parameter.childForFieldName("name") ?? parameter.namedChild(0);
  return name2?.type === "identifier" ? name2.text : void 0;
}
function countParameters(parameters) {
  if (!parameters) return 0;
  const counted = parameters.namedChildren.filter((child) => !!child && PARAMETER_NODE_TYPES.has(child.type));
  const first = counted[0];
  const skipsReceiver = first !== void 0 && ["self", "cls"].includes(parameterName(first) ?? "");
  return counted.length - (skipsReceiver ? 1 : 0);
}
function codeLayoutOf(text, derive) {
  return derive("code-layout", () => codeLayout(text));
}
function definitionsOf(root2, layout) {
  return definitionsAt(root2, layout.definitionKeywords);
}
var DEFINITION_TYPES = { function_definition: "function", class_definition: "class", case_clause: "case" };
function definitionsAt(root2, offsets) {
  const found = [];
  for (const offset of offsets) {
    const node = root2.descendantForIndex(offset)?.parent;
    const kind2 = node ? DEFINITION_TYPES[node.type] : void 0;
    if (node && kind2) found.push({ kind: kind2, node });
  }
  return found;
}
function measureFunctions(root2, layout) {
  const owner = new Int32Array(layout.lineStarts.length).fill(-1);
  const results = [];
  const scopes = [];
  const caseRows = [];
  for (const { kind: kind2, node } of definitionsAt(root2, layout.definitionKeywords)) {
    if (kind2 === "case") {
      caseRows.push(node.startPosition.row);
      continue;
    }
    while (scopes.length > 0 && scopes[scopes.length - 1].end <= node.startIndex) scopes.pop();
    if (kind2 === "class") {
      scopes.push({ end: node.endIndex, name: node.childForFieldName("name")?.text ?? "<class>", isFunction: false });
      continue;
    }
    const nameNode = node.childForFieldName("name");
    const name2 = nameNode?.text ?? "<function>";
    const index = results.push({
      qualifiedName: [...scopes.map((scope) => scope.name), name2].join("."),
      nameRange: nodeRange(nameNode ?? node),
      range: nodeRange(node),
      parameterCount: countParameters(node.childForFieldName("parameters")),
      linesOfCode: 0,
      branchPoints: 0
    }) - 1;
    const first = node.startPosition.row;
    const parent = scopes.some((scope) => scope.isFunction) ? node.parent : null;
    if (parent?.type === "decorated_definition") owner.fill(-1, parent.startPosition.row, first);
    owner.fill(index, first, node.endPosition.row + 1);
    const docstring = docstringOf(node.childForFieldName("body"));
    if (docstring) owner.fill(-1, Math.max(first + 1, docstring.startPosition.row), docstring.endPosition.row + 1);
    scopes.push({ end: node.endIndex, name: `${name2}.<locals>`, isFunction: true });
  }
  if (results.length === 0) return results;
  const { codeLines, branchKeywords, lineStarts } = layout;
  for (let row = 0; row < codeLines.length; row++) if (codeLines[row] === 1 && owner[row] >= 0) results[owner[row]].linesOfCode++;
  for (let keyword = 0, row = 0; keyword < branchKeywords.length; keyword++) {
    while (row + 1 < lineStarts.length && lineStarts[row + 1] <= branchKeywords[keyword]) row++;
    if (owner[row] >= 0) results[owner[row]].branchPoints++;
  }
  for (const row of caseRows) if (owner[row] >= 0) results[owner[row]].branchPoints++;
  return results;
}
function reportFunctionsOverLimit(context, limit, measure, message) {
  for (const unit of context.units) {
    for (const fn of unit.functions()) {
      const value = measure(fn);
      if (value > limit) context.report({ unit, range: fn.nameRange, message: message(fn, value) });
    }
  }
}

// server/src/analysis/imports.ts
function importsOf(unit) {
  return unit.derive("imports", () => {
    const aliases = /* @__PURE__ */ new Map();
    for (const { name: name2, node } of callsAndImports(unit.root, unit.derive)) if (name2 === "import") collectImports(node, aliases);
    return aliases;
  });
}
function collectImports(root2, aliases = /* @__PURE__ */ new Map()) {
  walk(root2, (node) => {
    if (node.type === "import_statement") {
      for (const name2 of node.childrenForFieldName("name")) {
        if (!name2) continue;
        if (name2.type === "aliased_import") {
          const module2 = name2.childForFieldName("name")?.text;
          const alias = name2.childForFieldName("alias")?.text;
          if (module2 && alias) aliases.set(alias, module2);
        } else if (name2.type === "dotted_name") {
          const first = name2.namedChild(0)?.text;
          if (first) aliases.set(first, first);
        }
      }
      return false;
    }
    if (node.type === "import_from_statement") {
      const module2 = node.childForFieldName("module_name");
      if (!module2 || module2.type !== "dotted_name") return false;
      for (const name2 of node.childrenForFieldName("name")) {
        if (!name2) continue;
        if (name2.type === "aliased_import") {
          const imported = name2.childForFieldName("name")?.text;
          const alias = name2.childForFieldName("alias")?.text;
          if (imported && alias) aliases.set(alias, `${module2.text}.${imported}`);
        } else if (name2.type === "dotted_name") {
          aliases.set(name2.text, `${module2.text}.${name2.text}`);
        }
      }
      return false;
    }
    return true;
  });
  return aliases;
}
function dottedName(node) {
  if (!node) return void 0;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = dottedName(node.childForFieldName("object"));
    const attribute = node.childForFieldName("attribute")?.text;
    return object && attribute ? `${object}.${attribute}` : void 0;
  }
  return void 0;
}
function qualify(name2, aliases) {
  const [head, ...rest] = name2.split(".");
  const module2 = aliases.get(head);
  return module2 ? [module2, ...rest].join(".") : name2;
}

// server/src/analysis/bindings.ts
var COMPREHENSIONS = /* @__PURE__ */ new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
var DYNAMIC_CALLS = /* @__PURE__ */ new Set(["exec", "eval"]);
var NAMESPACE_CALLS = /* @__PURE__ */ new Set(["globals", "vars", "locals"]);
function targetNames(target) {
  switch (target.type) {
    case "identifier":
      return [target];
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list":
    case "parenthesized_expression":
    case "list_splat_pattern":
    case "as_pattern_target":
      return target.namedChildren.flatMap((child) => child ? targetNames(child) : []);
    default:
      return [];
  }
}
function matchCaptures(pattern) {
  if (pattern.type === "dotted_name") {
    const only = pattern.namedChildCount === 1 ? pattern.namedChild(0) : null;
    return only && only.text !== "_" ? [only] : [];
  }
  if (pattern.type === "keyword_pattern") return pattern.namedChildren.slice(1).flatMap((child) => child ? matchCaptures(child) : []);
  if (pattern.type === "class_pattern") return pattern.namedChildren.slice(1).flatMap((child) => child ? matchCaptures(child) : []);
  if (pattern.type === "splat_pattern" || pattern.type === "as_pattern") {
    const identifiers = pattern.namedChildren.filter((child) => child?.type === "identifier");
    const nested = pattern.namedChildren.filter((child) => !!child && child.type !== "identifier").flatMap(matchCaptures);
    return [...nested, ...identifiers];
  }
  if (pattern.type === "dict_pattern") {
    return pattern.children.filter((child, index) => child !== null && pattern.fieldNameForChild(index) !== "key").flatMap((child) => matchCaptures(child));
  }
  return pattern.namedChildren.flatMap((child) => child ? matchCaptures(child) : []);
}
function importedNames(statement) {
  const names = [];
  for (const child of statement.childrenForFieldName("name")) {
    if (!child) continue;
    if (child.type === "aliased_import") {
      const alias = child.childForFieldName("alias");
      if (alias) names.push(alias);
    } else if (child.type === "dotted_name") {
      const first = statement.type === "import_from_statement" ? child.namedChild(child.namedChildCount - 1) : child.namedChild(0);
      if (first) names.push(first);
    }
  }
  return names;
}
function collectLocalBindings(body2, locals, globals) {
  const visit2 = (node) => {
    switch (node.type) {
      case "function_definition":
      case "class_definition": {
        const name2 = node.childForFieldName("name");
        if (name2) locals.add(name2.text);
        return;
      }
      case "lambda":
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
        return;
      case "global_statement":
      case "nonlocal_statement":
        for (const name2 of node.namedChildren) if (name2?.type === "identifier") globals.add(name2.text);
        return;
      case "assignment":
      case "augmented_assignment":
      case "for_statement":
      case "for_in_clause": {
        const left = node.childForFieldName("left");
        if (left) for (const name2 of targetNames(left)) locals.add(name2.text);
        break;
      }
      case "named_expression": {
        const name2 = node.childForFieldName("name");
        if (name2) locals.add(name2.text);
        break;
      }
      case "as_pattern_target":
        for (const name2 of targetNames(node)) locals.add(name2.text);
        return;
      case "import_statement":
      case "import_from_statement":
        for (const name2 of importedNames(node)) locals.add(name2.text);
        return;
      case "case_pattern":
        for (const name2 of matchCaptures(node)) locals.add(name2.text);
        return;
      case "delete_statement":
        break;
    }
    for (const child of node.namedChildren) if (child) visit2(child);
  };
  for (const child of body2.namedChildren) if (child) visit2(child);
  for (const name2 of globals) locals.delete(name2);
}
function parameterNames(parameters) {
  if (!parameters) return [];
  return parameters.namedChildren.flatMap((parameter) => {
    if (!parameter) return [];
    if (parameter.type === "identifier") return [parameter];
    if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") return parameter.namedChildren.filter((child) => child?.type === "identifier");
    const name2 = parameter.childForFieldName("name") ?? parameter.namedChild(0);
    return name2?.type === "identifier" ? [name2] : [];
  });
}
function bindUnit(root2) {
  const events = [];
  const statements = root2.namedChildren.filter((child) => !!child && child.type !== "comment");
  let hasStarImport = false;
  let hasDynamicNames = false;
  let statementIndex = 0;
  const module2 = { kind: "module", locals: /* @__PURE__ */ new Set(), globals: /* @__PURE__ */ new Set() };
  const isDeferred = (scope) => {
    for (let current = scope; current; current = current.parent) if (current.kind === "function") return true;
    return false;
  };
  const emit = (kind2, node, scope, how) => events.push({ kind: kind2, name: node.text, range: nodeRange(node), how, deferred: isDeferred(scope), statement: statementIndex, startIndex: node.startIndex });
  const read = (node, scope) => {
    const name2 = node.text;
    let current = scope;
    let fromNestedFunction = false;
    while (current && current.kind !== "module") {
      if (current.kind === "class" && fromNestedFunction) {
        current = current.parent;
        continue;
      }
      if (current.locals.has(name2)) return;
      if (current.kind === "function" && current.globals.has(name2)) break;
      if (current.kind === "function") fromNestedFunction = true;
      current = current.parent;
    }
    emit("read", node, scope);
  };
  const bind = (node, scope, how) => {
    if (scope.kind === "module" || scope.kind === "function" && scope.globals.has(node.text)) emit("bind", node, scope, how);
    else scope.locals.add(node.text);
  };
  const bindTarget = (target, scope, how) => {
    if (target.type === "attribute" || target.type === "subscript") {
      visit2(target, scope);
      return;
    }
    if (target.type === "identifier") {
      bind(target, scope, how);
      return;
    }
    for (const child of target.namedChildren) if (child) bindTarget(child, scope, how);
  };
  const visitAll = (nodes, scope) => {
    for (const node of nodes) if (node) visit2(node, scope);
  };
  const visitFunction = (node, scope) => {
    const parameters = node.childForFieldName("parameters");
    for (const parameter of parameters?.namedChildren ?? []) {
      if (!parameter) continue;
      visitAll([parameter.childForFieldName("value"), parameter.childForFieldName("type")], scope);
    }
    visitAll([node.childForFieldName("return_type")], scope);
    const name2 = node.childForFieldName("name");
    if (name2) bind(name2, scope, "def");
    const body2 = node.childForFieldName("body");
    if (!body2) return;
    const functionScope = { kind: "function", locals: new Set(parameterNames(parameters).map((parameter) => parameter.text)), globals: /* @__PURE__ */ new Set(), parent: scope };
    collectLocalBindings(body2, functionScope.locals, functionScope.globals);
    visit2(body2, functionScope);
  };
  const visitComprehension = (node, scope) => {
    const clauses = node.namedChildren.filter((child) => !!child && (child.type === "for_in_clause" || child.type === "if_clause"));
    const inner = { kind: "comprehension", locals: /* @__PURE__ */ new Set(), globals: /* @__PURE__ */ new Set(), parent: scope };
    clauses.forEach((clause, index) => {
      if (clause.type === "for_in_clause") {
        visitAll(clause.childrenForFieldName("right"), index === 0 ? scope : inner);
        const left = clause.childForFieldName("left");
        if (left) for (const target of targetNames(left)) inner.locals.add(target.text);
      } else {
        visitAll(clause.namedChildren, inner);
      }
    });
    visitAll(node.namedChildren.filter((child) => child && child.type !== "for_in_clause" && child.type !== "if_clause"), inner);
  };
  const visit2 = (node, scope) => {
    switch (node.type) {
      case "identifier":
        read(node, scope);
        return;
      case "comment":
      case "integer":
      case "float":
        return;
      case "string":
        visitAll(node.namedChildren.filter((child) => child?.type === "interpolation"), scope);
        return;
      case "attribute":
        visitAll([node.childForFieldName("object")], scope);
        return;
      case "keyword_argument":
        visitAll([node.childForFieldName("value")], scope);
        return;
      case "call": {
        const callee = node.childForFieldName("function");
        if (callee?.type === "identifier" && DYNAMIC_CALLS.has(callee.text)) hasDynamicNames = true;
        if (callee?.type === "attribute" && callee.childForFieldName("object")?.type === "call") {
          const inner = callee.childForFieldName("object").childForFieldName("function");
          if (inner?.type === "identifier" && NAMESPACE_CALLS.has(inner.text)) hasDynamicNames = true;
        }
        visitAll(node.namedChildren, scope);
        return;
      }
      case "assignment": {
        const right = node.childForFieldName("right");
        visitAll([right, node.childForFieldName("type")], scope);
        const left = node.childForFieldName("left");
        if (left?.type === "subscript" && left.childForFieldName("value")?.type === "call") {
          const inner = left.childForFieldName("value").childForFieldName("function");
          if (inner?.type === "identifier" && NAMESPACE_CALLS.has(inner.text)) hasDynamicNames = true;
        }
        if (left) bindTarget(left, scope, "assign");
        return;
      }
      case "augmented_assignment": {
        const left = node.childForFieldName("left");
        if (left) visit2(left, scope);
        visitAll([node.childForFieldName("right")], scope);
        if (left) bindTarget(left, scope, "augment");
        return;
      }
      case "named_expression": {
        visitAll([node.childForFieldName("value")], scope);
        const name2 = node.childForFieldName("name");
        let target = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        if (name2) bind(name2, target, "walrus");
        return;
      }
      case "for_statement": {
        visitAll(node.childrenForFieldName("right"), scope);
        const left = node.childForFieldName("left");
        if (left) bindTarget(left, scope, "loop");
        visitAll([node.childForFieldName("body"), node.childForFieldName("alternative")], scope);
        return;
      }
      case "with_item": {
        const value = node.childForFieldName("value");
        if (value?.type === "as_pattern") {
          visitAll([value.namedChild(0)], scope);
          const alias = value.childForFieldName("alias");
          if (alias) bindTarget(alias, scope, "with");
        } else {
          visitAll([value], scope);
        }
        return;
      }
      case "except_clause":
      case "except_group_clause": {
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === "as_pattern") {
            visitAll([child.namedChild(0)], scope);
            const alias = child.childForFieldName("alias");
            if (alias) bindTarget(alias, scope, "except");
          } else {
            visit2(child, scope);
          }
        }
        return;
      }
      case "import_statement":
      case "import_from_statement":
        if (node.namedChildren.some((child) => child?.type === "wildcard_import")) hasStarImport = true;
        for (const name2 of importedNames(node)) bind(name2, scope, "import");
        return;
      case "future_import_statement":
        return;
      case "global_statement":
      case "nonlocal_statement":
        return;
      case "delete_statement":
        for (const target of node.namedChildren.flatMap((child) => child?.type === "expression_list" ? child.namedChildren : [child])) {
          if (!target) continue;
          if (target.type === "identifier" && scope.kind === "module") emit("delete", target, scope);
          else visit2(target, scope);
        }
        return;
      case "function_definition":
        visitFunction(node, scope);
        return;
      case "decorated_definition":
        for (const decorator of node.namedChildren.filter((child) => child?.type === "decorator")) visitAll(decorator.namedChildren, scope);
        visitAll([node.childForFieldName("definition")], scope);
        return;
      case "class_definition": {
        visitAll([node.childForFieldName("superclasses"), node.childForFieldName("type_parameters")], scope);
        const classScope = { kind: "class", locals: /* @__PURE__ */ new Set(), globals: /* @__PURE__ */ new Set(), parent: scope };
        visitAll([node.childForFieldName("body")], classScope);
        const name2 = node.childForFieldName("name");
        if (name2) bind(name2, scope, "class");
        return;
      }
      case "lambda": {
        const parameters = node.childForFieldName("parameters");
        for (const parameter of parameters?.namedChildren ?? []) visitAll([parameter?.childForFieldName("value") ?? null], scope);
        const lambdaScope = { kind: "function", locals: new Set(parameterNames(parameters).map((parameter) => parameter.text)), globals: /* @__PURE__ */ new Set(), parent: scope };
        visitAll([node.childForFieldName("body")], lambdaScope);
        return;
      }
      case "case_clause": {
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === "case_pattern") {
            for (const name2 of matchCaptures(child)) bind(name2, scope, "match");
            for (const dotted of child.descendantsOfType("dotted_name")) {
              if (dotted && dotted.namedChildCount > 1) read(dotted.namedChild(0), scope);
            }
            for (const classPattern of child.descendantsOfType("class_pattern")) {
              const className = classPattern?.namedChild(0)?.namedChild(0);
              if (className) read(className, scope);
            }
          } else {
            visit2(child, scope);
          }
        }
        return;
      }
      case "type_alias_statement": {
        const left = node.childForFieldName("left");
        const name2 = left?.type === "type" ? left.namedChild(0) : left;
        visitAll([node.childForFieldName("right")], scope);
        if (name2?.type === "identifier") bind(name2, scope, "type");
        return;
      }
      default:
        if (COMPREHENSIONS.has(node.type)) {
          visitComprehension(node, scope);
          return;
        }
        visitAll(node.namedChildren, scope);
    }
  };
  for (const statement of statements) {
    visit2(statement, module2);
    statementIndex++;
  }
  return { events, statements, hasStarImport, hasDynamicNames };
}
var BUILTINS = new Set(
  `ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip`.split(" ")
);
function isIpythonName(name2) {
  return ["display", "get_ipython", "In", "Out", "_", "__", "___", "_i", "_ii", "_iii", "_oh", "_dh", "_ih", "exit", "quit"].includes(name2) || /^_i?\d+$/.test(name2) || name2.startsWith("__") && name2.endsWith("__");
}

// server/src/analysis/dataLoads.ts
var DEFAULT_LOADERS = [
  ["pandas.read_*", "frame"],
  ["polars.read_*", "frame"],
  ["polars.scan_*", "frame"],
  ["pyarrow.parquet.read_table", "frame"],
  ["pyarrow.csv.read_csv", "frame"],
  ["pyarrow.feather.read_*", "frame"],
  ["dask.dataframe.read_*", "frame"],
  ["geopandas.read_*", "frame"],
  // R data sets downloaded from the Rdatasets repository (`sm.datasets.get_rdataset("Duncan", "carData").data`).
  ["statsmodels.datasets.get_rdataset", "frame"],
  ["statsmodels.api.datasets.get_rdataset", "frame"],
  ["scipy.io.loadmat", "other"],
  ["scipy.io.arff.loadarff", "other"],
  ["skimage.io.imread", "image"],
  ["imageio.imread", "image"],
  ["imageio.v2.imread", "image"],
  ["imageio.v3.imread", "image"],
  ["matplotlib.pyplot.imread", "image"],
  ["matplotlib.image.imread", "image"],
  ["dill.load", "other"],
  ["dill.loads", "other"],
  ["xarray.open_mfdataset", "other"],
  ["xarray.open_zarr", "other"],
  ["numpy.load", "array"],
  ["numpy.loadtxt", "array"],
  ["numpy.genfromtxt", "array"],
  ["numpy.fromfile", "array"],
  ["json.load", "json"],
  ["json.loads", "json"],
  ["yaml.load", "json"],
  ["yaml.safe_load", "json"],
  ["yaml.full_load", "json"],
  ["yaml.unsafe_load", "json"],
  ["pickle.load", "other"],
  ["pickle.loads", "other"],
  ["joblib.load", "other"],
  ["torch.load", "other"],
  ["csv.reader", "other"],
  ["csv.DictReader", "other"],
  ["urllib.request.urlopen", "other"],
  ["datasets.load_dataset", "other"],
  ["sklearn.datasets.fetch_*", "frame"],
  ["h5py.File", "other"],
  ["xarray.open_dataset", "other"],
  ["xarray.tutorial.open_dataset", "other"],
  ["xarray.tutorial.load_dataset", "other"],
  ["PIL.Image.open", "image"],
  ["cv2.imread", "image"]
];
var DEFAULT_LOADER_TABLE = DEFAULT_LOADERS.map(([glob, kind2]) => ({ match: globTest(glob), kind: kind2 }));
var DEFAULT_LOADER_KINDS = /* @__PURE__ */ new Map();
function defaultLoaderKind(qualified) {
  let kind2 = DEFAULT_LOADER_KINDS.get(qualified);
  if (kind2 === void 0) {
    if (DEFAULT_LOADER_KINDS.size > 5e4) DEFAULT_LOADER_KINDS.clear();
    kind2 = DEFAULT_LOADER_TABLE.find((candidate) => candidate.match(qualified))?.kind ?? null;
    DEFAULT_LOADER_KINDS.set(qualified, kind2);
  }
  return kind2 ?? void 0;
}
var HTTP_CLIENTS = ["requests", "httpx"];
var HTTP_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "request", "delete"]);
var SPARK_FORMATS = /* @__PURE__ */ new Set(["csv", "json", "parquet", "orc", "table", "text", "load", "jdbc"]);
var INSPECTORS = /* @__PURE__ */ new Set(["head", "tail", "info", "describe", "sample", "isna", "isnull", "notna", "value_counts", "nunique", "unique", "show", "printSchema", "summary"]);
var INSPECTED_PROPERTIES = /* @__PURE__ */ new Set(["shape", "dtypes", "columns", "size", "ndim", "dtype"]);
var SCHEMA_METHODS = /* @__PURE__ */ new Set(["validate", "validate_python", "validate_json", "model_validate", "model_validate_json", "parse_obj", "parse_raw", "validate_statistics", "validate_examples_in_tfrecord"]);
var RESOURCE_APIS = /^(importlib\.resources\.|importlib_resources\.|pkg_resources\.resource_|pkgutil\.get_data$|(geopandas|momepy)\.datasets\.get_path$)/;
var RESOURCE_HELPERS = /^_*(open_text|open_binary|read_binary|resource_filename|resource_stream|resource_string)$/;
var MODULE_FILE = /(^|[^'"\w])__file__(?![\w'"])/;
var RESOURCE_HINT = /__file__|importlib|pkg_resources|pkgutil|open_text|open_binary|read_binary|resource_|datasets\.get_path/;
var WRITE_CALLS = new Set(
  "to_csv to_pickle to_parquet to_json to_hdf to_feather to_excel to_netcdf to_zarr to_stata save savez savez_compressed savetxt tofile dump imsave imwrite savefig write_text write_bytes".split(" ")
);
var SERIALIZE_CALLS = /(^|\.)(dumps|dump_bytes|getvalue|recv|recv_bytes|to_csv|as_csv|to_json|to_string|as_text|to_html|as_html|as_latex)$/;
var IN_MEMORY_PARSERS = /^(json|pickle|dill|cloudpickle|yaml)\.((safe_|full_|unsafe_)?loads?)$/;
var OBJECT_PARSERS = /^(pickle|dill|cloudpickle)\./;
var BUFFER_NAMES = /^(io|StringIO|BytesIO)$/;
var IPC_NAME = /(^|_)(pipe|queue|conn|connection|parent|child|worker)s?($|_)|^(from|to)_/i;
var OWN_STATE_FUNCTIONS = /* @__PURE__ */ new Set(["__setstate__", "__reduce__", "__reduce_ex__", "__getstate__", "__deepcopy__", "__copy__"]);
var PROBE_ATTRIBUTES = /* @__PURE__ */ new Set(["status", "code", "getcode", "headers", "info", "geturl", "url", "close", "reason", "getheader", "getheaders"]);
var VALIDATING_CLASS = /BaseModel|BaseSettings|RootModel|pydantic|Schema|marshmallow|msgspec|attr\.s\b|attrs\.define|validator/;
var FRAME_API = new Set(
  `T abs add agg aggregate align all any append apply applymap asfreq assign astype at axes between bfill bool boxplot clip columns combine combine_first compare copy corr count cov cummax cummin cumprod cumsum describe diff div divide dot drop drop_duplicates droplevel dropna dtypes duplicated empty eq equals eval ewm expanding explode ffill fillna filter first first_valid_index floordiv ge get groupby gt head hist iat idxmax idxmin iloc index infer_objects info insert interpolate isin isna isnull items iterrows itertuples join keys kurt last le loc lt map mask max mean median melt memory_usage merge min mod mode mul multiply ndim ne nlargest notna notnull nsmallest nunique pct_change pipe pivot pivot_table plot pop pow prod quantile query rank reindex rename reorder_levels replace resample reset_index rolling round sample select_dtypes sem set_axis set_index shape shift size skew sort_index sort_values squeeze stack std str sub sum swapaxes tail take to_csv to_dict to_excel to_json to_numpy to_parquet to_pickle to_sql to_string transform transpose truncate tz_convert unique unstack update value_counts values var where xs dt cat sparse`.split(" ")
);
var TEST_FILES = globTest(["**/test_*.py", "**/*_test.py", "**/conftest.py", "**/tests/**"], { dot: true });
function isTestFile(uri) {
  const path = decodeURIComponent(uri.replace(/^file:\/\//, ""));
  return TEST_FILES(path);
}
function firstStringArgument(call) {
  const first = call.childForFieldName("arguments")?.namedChild(0);
  if (first?.type !== "string") return void 0;
  const content = first.namedChildren.find((child) => child?.type === "string_content");
  return content?.text;
}
function keywordArgument(call, name2) {
  for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (argument?.type === "keyword_argument" && argument.childForFieldName("name")?.text === name2) return argument.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function readNames(node) {
  if (!node) return [];
  const found = [];
  walk(node, (child) => {
    if (child.type === "lambda" || child.type === "function_definition" || child.type === "class_definition") return false;
    if (child.type === "attribute") {
      found.push(...readNames(child.childForFieldName("object")));
      return false;
    }
    if (child.type === "keyword_argument") {
      found.push(...readNames(child.childForFieldName("value")));
      return false;
    }
    if (child.type === "identifier") found.push(child);
    return true;
  });
  return found;
}
function valueNames(node) {
  if (!node) return [];
  if (node.type === "subscript") return valueNames(node.childForFieldName("value"));
  if (node.type === "identifier") return [node];
  if (node.type === "attribute") return valueNames(node.childForFieldName("object"));
  if (node.type === "keyword_argument") return valueNames(node.childForFieldName("value"));
  if (node.type === "lambda" || node.type === "function_definition") return [];
  return node.namedChildren.flatMap((child) => child ? valueNames(child) : []);
}
function containsRaise(block) {
  let found = false;
  if (!block) return false;
  walk(block, (node) => {
    if (found || node.type === "function_definition" || node.type === "lambda") return false;
    if (node.type === "raise_statement") found = true;
    return true;
  });
  return found;
}
function rejects(block) {
  if (!block) return false;
  if (containsRaise(block)) return true;
  const last = block.namedChildren.filter((child) => child?.type !== "comment").pop();
  return last?.type === "return_statement" || last?.type === "continue_statement";
}
var CONTENT_ERRORS = /\b(KeyError|IndexError|LookupError|ValueError|TypeError|AttributeError|\w*DecodeError|\w*PickleError|UnpicklingError|\w*ValidationError|ParserError|SchemaError)\b/;
function raisesOnContentError(tryStatement) {
  return tryStatement.namedChildren.some(
    (clause) => clause?.type === "except_clause" && CONTENT_ERRORS.test(clause.namedChildren.filter((child) => child?.type !== "block").map((child) => child.text).join(" ")) && containsRaise(clause.namedChildren.find((child) => child?.type === "block") ?? null)
  );
}
var COMPOUND = /* @__PURE__ */ new Set(["if_statement", "for_statement", "while_statement", "with_statement", "try_statement", "match_statement"]);
var BRANCHING = /* @__PURE__ */ new Set(["if_statement", "for_statement", "while_statement", "match_statement"]);
function simpleStatements(statements, visit2, context = { conditional: false, guarded: false, loops: [] }) {
  for (const statement of statements) {
    if (statement.type === "function_definition" || statement.type === "class_definition" || statement.type === "decorated_definition" || statement.type === "comment") continue;
    if (COMPOUND.has(statement.type)) {
      visit2(statement, context);
      const guardsBody = statement.type === "try_statement" && raisesOnContentError(statement);
      const isLoop = statement.type === "while_statement" || statement.type === "for_statement";
      for (const child of statement.namedChildren) {
        if (!child) continue;
        const inner = {
          conditional: context.conditional || (child.type === "block" ? BRANCHING.has(statement.type) : child.type !== "finally_clause"),
          guarded: context.guarded || guardsBody && child.type === "block",
          loops: isLoop && child.type === "block" ? [...context.loops, statement.startIndex] : context.loops
        };
        const blocks = child.type === "block" ? [child] : child.namedChildren.filter((block) => block?.type === "block");
        for (const block of blocks) simpleStatements(block.namedChildren.filter((node) => !!node), visit2, inner);
      }
      continue;
    }
    visit2(statement, context);
  }
}
function ownParts(statement) {
  if (!COMPOUND.has(statement.type)) return [statement];
  return statement.namedChildren.filter((child) => !!child && child.type !== "block" && !["elif_clause", "else_clause", "except_clause", "finally_clause", "case_clause", "except_group_clause"].includes(child.type));
}
function parameterNames2(definition) {
  return (definition.childForFieldName("parameters")?.namedChildren ?? []).flatMap((parameter) => {
    if (!parameter) return [];
    if (parameter.type === "identifier") return [parameter.text];
    const name2 = parameter.childForFieldName("name") ?? parameter.namedChild(0);
    return name2?.type === "identifier" ? [name2.text] : [];
  });
}
function callFact(call, calls) {
  const callee = call.childForFieldName("function");
  const object = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  let throughRead = false;
  for (let current = object; current && (current.type === "call" || current.type === "attribute"); current = current.type === "call" ? current.childForFieldName("function") : current.childForFieldName("object")) {
    if (current.type === "attribute" && current.childForFieldName("attribute")?.text === "read") throughRead = true;
  }
  const argumentNodes = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((argument) => !!argument);
  const dtype = keywordArgument(call, "dtype");
  const args2 = call.childForFieldName("arguments");
  const first = argumentNodes[0]?.type === "keyword_argument" ? void 0 : argumentNodes[0];
  const argumentsInfo = argumentNodes.map((argument) => {
    const value = argument.type === "keyword_argument" ? argument.childForFieldName("value") : argument;
    const callIndex = value ? calls.findIndex((candidate) => candidate.startIndex === value.startIndex && candidate.endIndex === value.endIndex) : -1;
    return {
      keyword: argument.type === "keyword_argument" ? argument.childForFieldName("name")?.text : void 0,
      names: readNames(value).map((node) => node.text),
      isDictSplat: argument.type === "dictionary_splat",
      callIndex: callIndex >= 0 ? callIndex : void 0
    };
  });
  return {
    node: call,
    calleeName: dottedName(callee) ?? "",
    method: callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "",
    receiver: object ? chainRoot(object)?.text : void 0,
    receiverIsName: object?.type === "identifier",
    innerCalleeName: object?.type === "call" ? dottedName(object.childForFieldName("function")) : void 0,
    throughRead,
    argumentNames: argumentsInfo.flatMap((argument) => argument.names),
    argumentsInfo,
    firstString: firstStringArgument(call),
    writeMode: isWriteMode(call),
    isWrite: false,
    isSerializer: false,
    literalArgument: literalKind(argumentNodes[0]),
    firstArgumentName: argumentNodes[0]?.type === "identifier" ? argumentNodes[0].text : stringIoArgumentName(argumentNodes[0]),
    firstArgumentInStringIo: stringIoArgumentName(argumentNodes[0]) !== void 0,
    firstArgumentIsBuffer: first?.type === "call" && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(first.childForFieldName("function")) ?? ""),
    mentionsModuleFile: !!args2 && MODULE_FILE.test(args2.text),
    dtype: dtype ? { mapping: dtype.type === "dictionary" || dtype.type === "dictionary_comprehension", name: dtype.type === "identifier" ? dtype.text : void 0 } : void 0,
    schemaKeyword: !!keywordArgument(call, "schema"),
    innerCalls: args2 ? calls.flatMap((candidate, index) => candidate.startIndex >= args2.startIndex && candidate.endIndex <= args2.endIndex ? [index] : []) : [],
    argumentTexts: argumentNodes.flatMap((argument) => {
      const value = argument.type === "keyword_argument" ? argument.childForFieldName("value") : argument;
      return value && value.endIndex - value.startIndex <= 120 ? [value.text] : [];
    }),
    firstArgumentOwnState: first?.type === "attribute" && /^(self|cls)$/.test(first.childForFieldName("object")?.text ?? ""),
    firstArgumentBuilt: isBuiltText(first),
    firstArgumentReads: first ? argumentsInfo[0].names : [],
    discarded: isDiscarded(call)
  };
}
var STRING_TYPES = /* @__PURE__ */ new Set(["string", "concatenated_string"]);
function isBuiltText(node) {
  if (!node) return false;
  if (STRING_TYPES.has(node.type)) return true;
  if (node.type === "parenthesized_expression") return isBuiltText(node.namedChild(0));
  if (node.type === "binary_operator") return isBuiltText(node.childForFieldName("left")) || isBuiltText(node.childForFieldName("right"));
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    if (callee?.type === "attribute" && /^(format|encode|join)$/.test(callee.childForFieldName("attribute")?.text ?? "")) return isBuiltText(callee.childForFieldName("object"));
  }
  return false;
}
function isDiscarded(call) {
  let node = call;
  const parent = node.parent;
  if (parent?.type === "attribute" && /^(show|close)$/.test(parent.childForFieldName("attribute")?.text ?? "") && parent.parent?.type === "call") node = parent.parent;
  const container = node.parent;
  if (container?.type === "expression_statement") return true;
  return container?.type === "with_item" && container.childForFieldName("value")?.equals(node) === true;
}
function isWriteMode(call) {
  const second = call.childForFieldName("arguments")?.namedChildren.filter((argument) => argument?.type !== "keyword_argument")[1];
  const mode = keywordArgument(call, "mode") ?? second;
  if (!mode || mode.type !== "string") return false;
  const text = mode.namedChildren.find((child) => child?.type === "string_content")?.text ?? "";
  return /^[rwaxbt+-]{1,4}$/.test(text) && /[wax]/.test(text) && !text.includes("r");
}
function literalKind(node) {
  if (!node) return void 0;
  if (STRING_TYPES.has(node.type)) return "string";
  if (node.type === "call" && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(node.childForFieldName("function")) ?? "")) {
    const inner = node.childForFieldName("arguments")?.namedChild(0);
    if (inner && STRING_TYPES.has(inner.type)) return "text";
  }
  return void 0;
}
function stringIoArgumentName(node) {
  if (node?.type !== "call" || !/(^|\.)(StringIO|BytesIO)$/.test(dottedName(node.childForFieldName("function")) ?? "")) return void 0;
  const inner = node.childForFieldName("arguments")?.namedChild(0);
  return inner?.type === "identifier" ? inner.text : void 0;
}
function fieldFact(node) {
  if (node.type === "subscript") {
    const value = node.childForFieldName("value");
    if (value?.type !== "identifier") return [];
    const subscript = node.childForFieldName("subscript");
    const strings = subscript?.type === "string" ? [subscript] : subscript?.type === "list" ? subscript.namedChildren.filter((child) => child?.type === "string") : [];
    return strings.flatMap((string) => {
      const content = string.namedChildren.find((child) => child?.type === "string_content")?.text;
      return content ? [{ object: value.text, field: content, viaAttribute: false }] : [];
    });
  }
  const object = node.childForFieldName("object");
  const attribute = node.childForFieldName("attribute")?.text;
  if (object?.type !== "identifier" || !attribute) return [];
  const parent = node.parent;
  if (parent?.type === "call" && parent.childForFieldName("function")?.equals(node)) return [];
  if (parent?.type === "assignment" && parent.childForFieldName("left")?.equals(node)) return [];
  return [{ object: object.text, field: attribute, viaAttribute: true }];
}
function dataReads(part) {
  const found = [];
  const visit2 = (node) => {
    if (node.type === "lambda" || node.type === "function_definition" || node.type === "class_definition") return;
    if (node.type === "assignment" || node.type === "augmented_assignment") {
      const left = node.childForFieldName("left");
      if (left && left.type !== "identifier" && left.type !== "pattern_list" && left.type !== "tuple_pattern") visit2(left);
      const right = node.childForFieldName("right");
      if (right) visit2(right);
      return;
    }
    if (node.type === "attribute") {
      const object = node.childForFieldName("object");
      if (object?.type === "identifier" && PROBE_ATTRIBUTES.has(node.childForFieldName("attribute")?.text ?? "")) return;
      if (object) visit2(object);
      return;
    }
    if (node.type === "keyword_argument") {
      const value = node.childForFieldName("value");
      if (value) visit2(value);
      return;
    }
    if (node.type === "identifier") found.push(node.text);
    for (const child of node.namedChildren) if (child) visit2(child);
  };
  visit2(part);
  return found;
}
function moduleOf(value) {
  if (value?.type === "identifier") return { alias: value.text };
  if (value?.type !== "call") return void 0;
  const callee = dottedName(value.childForFieldName("function")) ?? "";
  if (/(^|\.)check_pandas_support$/.test(callee)) return { module: "pandas" };
  if (!/(^|\.)(import_module|__import__)$/.test(callee)) return void 0;
  const name2 = firstStringArgument(value);
  return name2 && /^[\w.]+$/.test(name2) ? { module: name2 } : void 0;
}
function bindingFacts(part, calls) {
  const withinValue = (value) => value ? calls.flatMap((call, index) => call.startIndex >= value.startIndex && call.endIndex <= value.endIndex ? [index] : []) : [];
  const assignment = part.type === "expression_statement" ? part.namedChild(0) : part;
  if (assignment?.type === "assignment") {
    let value = assignment.childForFieldName("right");
    const targets = targetNames(assignment.childForFieldName("left"));
    while (value?.type === "assignment") {
      targets.push(...targetNames(value.childForFieldName("left")));
      value = value.childForFieldName("right");
    }
    const names = valueNames(value).map((node) => node.text);
    return {
      targets: targets.map((node) => node.text),
      valueNames: names,
      valueReads: names,
      valueCalls: withinValue(value),
      valueCallIndex: value?.type === "call" ? calls.findIndex((call) => call.equals(value)) : void 0,
      valueHttpCallee: value?.type === "call" ? dottedName(value.childForFieldName("function")) : void 0,
      valueIsString: !!value && STRING_TYPES.has(value.type),
      valueIsBuffer: value?.type === "call" && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(value.childForFieldName("function")) ?? ""),
      valueMentionsModuleFile: !!value && MODULE_FILE.test(value.text),
      valueIsDict: value?.type === "dictionary" || value?.type === "dictionary_comprehension",
      valueModule: targets.length === 1 ? moduleOf(value) : void 0
    };
  }
  if (part.type === "with_clause") {
    const targets = [];
    let value = null;
    for (const item of part.namedChildren) {
      const pattern = item?.type === "with_item" ? item.childForFieldName("value") : null;
      if (pattern?.type === "as_pattern") {
        value = pattern.namedChild(0);
        const alias = pattern.childForFieldName("alias");
        if (alias) targets.push(...targetNames(alias).map((node) => node.text));
      }
    }
    const names = valueNames(value).map((node) => node.text);
    return targets.length > 0 ? { targets, valueNames: names, valueReads: names, valueCalls: withinValue(value), valueCallIndex: value?.type === "call" ? calls.findIndex((call) => call.equals(value)) : void 0 } : void 0;
  }
  return void 0;
}
function partFacts(statement, part) {
  const calls = [];
  const fields = [];
  const collect = (node) => {
    if (node.type === "lambda" || node.type === "function_definition" || node.type === "class_definition") return;
    if (node.type === "subscript" || node.type === "attribute") fields.push(...fieldFact(node));
    for (const child of node.namedChildren) if (child) collect(child);
    if (node.type === "call") calls.push(node);
  };
  collect(part);
  const within = (node) => node ? calls.flatMap((call, index) => call.startIndex >= node.startIndex && call.endIndex <= node.endIndex ? [index] : []) : [];
  let reads;
  const facts = {
    calls: calls.map((call) => callFact(call, calls)),
    fields,
    binding: bindingFacts(part, calls),
    get dataReads() {
      return reads ??= dataReads(part);
    }
  };
  for (const call of facts.calls) {
    call.isWrite = isWriteCall(call);
    call.isSerializer = SERIALIZE_CALLS.test(call.calleeName || call.method);
  }
  if (part === statement && statement.type === "assert_statement") facts.assertNames = readNames(statement).map((node) => node.text);
  if (statement.type === "if_statement" && statement.childForFieldName("condition")?.equals(part)) {
    const clauses = [statement, ...statement.namedChildren.filter((child) => child?.type === "elif_clause")];
    const elseRaises = statement.namedChildren.some((child) => child?.type === "else_clause" && containsRaise(child.childForFieldName("body")));
    facts.ifRaiseClauses = clauses.flatMap((clause) => {
      const consequence = clause.childForFieldName("consequence");
      const what = elseRaises || containsRaise(consequence) ? "the `if \u2026 raise`" : rejects(consequence) ? "the guard `if \u2026 return`" : void 0;
      return what ? [{ names: readNames(clause.childForFieldName("condition")).map((node) => node.text), calls: within(clause.childForFieldName("condition")), node: clause, what }] : [];
    });
  }
  if (part === statement && statement.type === "return_statement") {
    facts.returnNames = readNames(statement).map((node) => node.text);
    facts.returnCalls = within(statement);
  }
  if (part === statement && statement.type === "expression_statement") {
    const expression = statement.namedChild(0);
    const yielded = expression?.type === "yield" ? expression : expression?.type === "assignment" && expression.childForFieldName("right")?.type === "yield" ? expression.childForFieldName("right") : null;
    if (yielded) {
      facts.returnNames = readNames(yielded).map((node) => node.text);
      facts.returnCalls = within(yielded);
    }
  }
  if (part === statement && statement.type === "expression_statement") {
    const expression = statement.namedChild(0);
    if (expression && expression.type !== "call" && expression.type !== "assignment" && expression.type !== "augmented_assignment") {
      const root2 = chainRoot(expression);
      const property = expression.type === "attribute" ? expression.childForFieldName("attribute")?.text : void 0;
      if (root2) facts.display = { root: root2.text, isName: expression.type === "identifier", property, text: statement.text, node: statement };
    }
  }
  return facts;
}
function statementFacts(statements) {
  const result = [];
  simpleStatements(statements, (statement, { conditional, guarded, loops }) => result.push({ statement, parts: ownParts(statement).map((part) => partFacts(statement, part)), conditional, guarded, loops }));
  return result;
}
function functionFacts(definition) {
  const parameters = parameterNames2(definition);
  const checked = /* @__PURE__ */ new Set();
  const decorated = definition.parent?.type === "decorated_definition" ? definition.parent.namedChildren.filter((child) => child?.type === "decorator").map((decorator) => decorator.text) : [];
  if (decorated.some((text) => /check_types|check_input|check_io|validate_call|validate_arguments/.test(text))) for (const parameter of parameters) checked.add(parameter);
  const body2 = definition.childForFieldName("body");
  const statements = body2 ? statementFacts(body2.namedChildren.filter((child) => !!child)) : [];
  const origins = new Map(parameters.map((parameter) => [parameter, [parameter]]));
  const parametersIn = (names) => [...new Set(names.flatMap((name2) => origins.get(name2) ?? []))];
  for (const { parts: parts2 } of statements) {
    for (const part of parts2) {
      for (const parameter of parametersIn(part.assertNames ?? [])) checked.add(parameter);
      for (const clause of part.ifRaiseClauses ?? []) if (clause.what === "the `if \u2026 raise`") for (const parameter of parametersIn(clause.names)) checked.add(parameter);
      for (const target of part.binding?.targets ?? []) {
        const from = parametersIn(part.binding.valueNames);
        if (from.length > 0) origins.set(target, from);
        else origins.delete(target);
      }
    }
  }
  return {
    name: definition.childForFieldName("name")?.text,
    parameters,
    checked,
    body: statements,
    callees: [...new Set(statements.flatMap(({ parts: parts2 }) => parts2.flatMap((part) => part.calls.map(calledFunctionName))))],
    lists: partLists(statements)
  };
}
function partLists(statements) {
  const parts2 = statements.flatMap((statement) => statement.parts);
  return {
    dictNames: parts2.flatMap((part) => part.binding?.valueIsDict ? part.binding.targets : []),
    moduleBindings: parts2.flatMap((part) => part.binding?.valueModule ? [{ target: part.binding.targets[0], ...part.binding.valueModule }] : []),
    // Only literal paths count file-wide; a written name or expression counts in its own scope (see scope()).
    writtenTexts: parts2.flatMap(
      (part) => part.calls.filter((call) => call.isWrite).flatMap((call) => call.argumentTexts.filter((text) => /^[rbuRBU]*['"]/.test(text)).map((text) => ({ text, offset: call.node.startIndex })))
    )
  };
}
function unitFacts(root2, text, layout, aliases) {
  const statements = statementFacts(root2.namedChildren.filter((child) => !!child));
  const defined = definitionsOf(root2, layout);
  return {
    stringConstants: statements.flatMap(({ parts: parts2 }) => parts2.flatMap((part) => part.binding?.valueIsString ? part.binding.targets : [])),
    mayNameResources: RESOURCE_HINT.test(text),
    classes: classFacts(defined.flatMap(({ kind: kind2, node }) => kind2 === "class" ? [node] : [])),
    aliases,
    statements,
    lists: partLists(statements),
    functions: defined.flatMap(({ kind: kind2, node }) => kind2 === "function" ? [{ node, name: node.childForFieldName("name")?.text }] : [])
  };
}
var unitFactsOf = (unit) => unit.derive("data-load-facts", () => unitFacts(unit.root, unit.text, codeLayoutOf(unit.text, unit.derive), importsOf(unit)));
function functionFactsOf(unit, node) {
  return unit.derive(`data-load-function:${node.startIndex}`, () => functionFacts(node));
}
function calledFunctionName(call) {
  return /^(self|cls)\.[A-Za-z_]\w*$/.test(call.calleeName) ? call.method : call.calleeName;
}
function isWriteCall(call) {
  const name2 = call.method || call.calleeName;
  return call.writeMode || WRITE_CALLS.has(name2) || /^_?(dump|save|write|export)_\w+$/.test(name2);
}
function classFacts(definitions) {
  const classes = /* @__PURE__ */ new Map();
  for (const node of definitions) {
    const name2 = node.childForFieldName("name")?.text;
    const bases = node.childForFieldName("superclasses")?.text ?? "";
    const decorators = node.parent?.type === "decorated_definition" ? node.parent.namedChildren.filter((child) => child?.type === "decorator").map((decorator) => decorator.text).join(" ") : "";
    const checks = /\b(raise|assert)\b|@\w*validat/.test(node.childForFieldName("body")?.text ?? "");
    if (name2) classes.set(name2, checks || VALIDATING_CLASS.test(bases) || VALIDATING_CLASS.test(decorators));
  }
  return classes;
}
function analyseDataLoads(context, options) {
  return context.memo("data-loads", () => mayLoad(context.units, options) ? new DataLoadAnalysis(context.units, options).run() : []);
}
var LOADER_LAST_NAMES = globTest([...new Set(DEFAULT_LOADERS.map(([glob]) => glob.split(".").pop()))]);
function callHints(unit) {
  return unit.derive("data-load-hints", () => {
    const hints = { loads: [], calls: [], importedLoaders: [] };
    for (const { name: name2, node } of callsAndImports(unit.root, unit.derive)) {
      if (name2 === "method") {
        const method = node.text;
        hints.calls.push({ name: method, bare: false, offset: node.startIndex });
        if (LOADER_LAST_NAMES(method) || method === "json" || SPARK_FORMATS.has(method)) hints.loads.push(node.startIndex);
      } else if (name2 === "callee") {
        if (node.type === "identifier") hints.calls.push({ name: node.text, bare: true, offset: node.startIndex });
      } else if (name2 === "imported") {
        const imported = node.type === "aliased_import" ? node.childForFieldName("name")?.text : node.text;
        const local = node.type === "aliased_import" ? node.childForFieldName("alias")?.text : node.text;
        if (imported && local && LOADER_LAST_NAMES(imported.split(".").pop())) hints.importedLoaders.push(local);
      }
    }
    hints.calls.sort((first, second) => first.offset - second.offset);
    hints.loads.sort((first, second) => first - second);
    return hints;
  });
}
function mayLoad(units, options) {
  if (options.extraLoaders.length > 0) return true;
  const hints = units.map(callHints);
  const imported = new Set(hints.flatMap((unit) => unit.importedLoaders));
  return hints.some((unit) => unit.loads.length > 0 || unit.calls.some((call) => call.bare && imported.has(call.name)));
}
var isWriteName = (name2) => WRITE_CALLS.has(name2) || /^_?(dump|save|write|export)_\w+$/.test(name2);
var MODE_HINT = /['"][rwaxbt+-]{1,4}['"]|\bmode\b/;
function functionsNeeded(units, everything) {
  const all = units.map((unit) => unitFactsOf(unit).functions.map((fn) => ({ unit, ...fn })));
  if (everything) return all;
  const hints = units.map(callHints);
  const imported = new Set(hints.flatMap((unit) => unit.importedLoaders));
  const firstAt = (offsets, start2) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (offsets[middle] < start2) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const scanned = all.map((functions, unit) => {
    const { loads, calls } = hints[unit];
    const callOffsets = calls.map((call) => call.offset);
    return functions.map(({ node }) => {
      const start2 = node.startIndex;
      const end = node.endIndex;
      const names = [];
      const firstLoad = firstAt(loads, start2);
      let needed = firstLoad < loads.length && loads[firstLoad] < end;
      for (let index = firstAt(callOffsets, start2); index < calls.length && calls[index].offset < end; index++) {
        const call = calls[index];
        names.push(call.name);
        if (call.bare && imported.has(call.name) || isWriteName(call.name)) needed = true;
      }
      return { names, needed: needed || MODE_HINT.test(node.text) };
    });
  });
  const neededNames = new Set(all.flatMap((functions, unit) => functions.flatMap((fn, index) => scanned[unit][index].needed && fn.name ? [fn.name] : [])));
  for (let changed = true; changed; ) {
    changed = false;
    all.forEach(
      (functions, unit) => functions.forEach((fn, index) => {
        const entry = scanned[unit][index];
        if (entry.needed || !entry.names.some((name2) => neededNames.has(name2))) return;
        entry.needed = changed = true;
        if (fn.name) neededNames.add(fn.name);
      })
    );
  }
  return all.map((functions, unit) => functions.filter((_, index) => scanned[unit][index].needed));
}
function resolveAliases(imports, bindings) {
  const aliases = /* @__PURE__ */ new Map();
  for (const unitAliases of imports) for (const [alias, module2] of unitAliases) aliases.set(alias, module2);
  for (const binding of bindings) {
    if (aliases.has(binding.target)) continue;
    const module2 = "module" in binding ? binding.module : aliases.get(binding.alias);
    if (module2) aliases.set(binding.target, module2);
  }
  return aliases;
}
function importAliasesOf(units) {
  const facts = units.map(unitFactsOf);
  return resolveAliases(
    facts.map((unit) => unit.aliases),
    facts.flatMap((unit) => unit.lists.moduleBindings)
  );
}
var NO_FLAGS = [];
var BASIC_TYPES = /* @__PURE__ */ new Set(["str", "float", "int", "object", "bool", "bytes", "complex"]);
var union = (first, second) => [.../* @__PURE__ */ new Set([...first ?? [], ...second])];
var DataLoadAnalysis = class {
  aliases;
  facts;
  /** Extra loaders from the settings (the default table is matched through defaultLoaderKind). */
  extraLoaders;
  /** Per callee as written: its resolved name, the loader entry it matches and whether it names a package resource. */
  callees = /* @__PURE__ */ new Map();
  /** Some unit may name a package resource (`__file__`, importlib.resources …): only then are resources tracked. */
  tracksResources;
  isValidatorName;
  /** Local functions that assert or raise on a parameter: name → parameters, and which are checked. */
  checkingFunctions = /* @__PURE__ */ new Map();
  /** The functions whose facts are needed (see functionsNeeded), in text order. */
  functions;
  /** Local functions that return loaded data unchecked: name → the records inside them. */
  wrappingFunctions = /* @__PURE__ */ new Map();
  /** Local functions that return a path inside the package (`def data_path(name): return join(HERE, name)`). */
  resourceFunctions = /* @__PURE__ */ new Set();
  records = [];
  /** Wrapping functions called somewhere in the file (also where the call itself reads nothing external). */
  calledWrappers = /* @__PURE__ */ new Set();
  /** Names bound to string literals at module level: loading from them is reading the program's own text. */
  stringConstants;
  /** Names bound to dict literals: `dtype=<name>` is then a per-column mapping. */
  dictNames;
  /** Literal paths the file writes to: reading them back is reading the program's own output. */
  writtenLiterals = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  constructor(units, options) {
    this.facts = units.map((unit) => ({ unit, facts: unitFactsOf(unit) }));
    this.tracksResources = this.facts.some(({ facts }) => facts.mayNameResources);
    this.functions = functionsNeeded(units, this.tracksResources || options.extraLoaders.length > 0).flatMap((functions) => functions.map(({ unit, node }) => ({ unit, fn: functionFactsOf(unit, node) })));
    const lists = [...this.facts.map(({ facts }) => ({ unit: facts, lists: facts.lists })), ...this.functions.map(({ unit, fn }) => ({ unit: unitFactsOf(unit), lists: fn.lists }))];
    this.stringConstants = new Set(this.facts.flatMap(({ facts }) => facts.stringConstants));
    this.dictNames = new Set(lists.flatMap(({ lists: lists2 }) => lists2.dictNames));
    const unitIndex = new Map(this.facts.map(({ facts }, index) => [facts, index]));
    for (const { unit: facts, lists: part } of lists) {
      const unit = unitIndex.get(facts);
      for (const { text, offset } of part.writtenTexts) {
        const known = this.writtenLiterals.get(text);
        if (!known || unit < known.unit || unit === known.unit && offset < known.offset) this.writtenLiterals.set(text, { unit, offset });
      }
    }
    for (const { facts } of this.facts) for (const [name2, validates] of facts.classes) this.classes.set(name2, validates || this.classes.get(name2) === true);
    this.aliases = resolveAliases(
      this.facts.map(({ facts }) => facts.aliases),
      lists.flatMap(({ lists: lists2 }) => lists2.moduleBindings)
    );
    this.extraLoaders = options.extraLoaders.map((glob) => globTest(glob));
    this.isValidatorName = globTest(options.validatorNames);
  }
  /** The last local function of that name that asserts or raises on a parameter (facts computed on first ask). */
  checkingFunction(name2) {
    if (!this.checkingFunctions.has(name2)) {
      let found;
      for (const { unit, facts } of this.facts) {
        for (const candidate of facts.functions) {
          if (candidate.name !== name2) continue;
          const fn = functionFactsOf(unit, candidate.node);
          if (fn.checked.size > 0) found = { parameters: fn.parameters, checked: fn.checked };
        }
      }
      this.checkingFunctions.set(name2, found);
    }
    return this.checkingFunctions.get(name2);
  }
  run() {
    const moduleResources = /* @__PURE__ */ new Set();
    if (this.tracksResources) for (const { facts } of this.facts) this.trackResources(facts.statements, moduleResources);
    for (let round = 0; round < (this.tracksResources ? 2 : 0); round++) {
      for (const { fn } of this.functions) if (fn.name && !this.resourceFunctions.has(fn.name) && this.trackResources(fn.body, new Set(moduleResources))) this.resourceFunctions.add(fn.name);
    }
    for (const { unit, fn } of this.callOrder()) {
      const returned = [];
      this.records.push(...this.scope([{ unit, statements: fn.body }], { functionName: fn.name, resources: moduleResources, returned }));
      const unchecked = [...new Set(returned)].filter((record) => !record.checked);
      if (fn.name && unchecked.length > 0) this.wrappingFunctions.set(fn.name, unchecked);
    }
    this.records.push(...this.scope(this.facts.map(({ unit, facts }) => ({ unit, statements: facts.statements })), { resources: /* @__PURE__ */ new Set(), returned: [] }));
    for (const [name2, inner] of this.wrappingFunctions) if (this.calledWrappers.has(name2)) for (const record of inner) record.returnedToCallers = true;
    return this.records;
  }
  /** Functions in an order where a local function comes before the functions that call it (cycles broken anywhere). */
  callOrder() {
    const all = this.functions;
    const byName = /* @__PURE__ */ new Map();
    for (const entry of all) if (entry.fn.name) byName.set(entry.fn.name, [...byName.get(entry.fn.name) ?? [], entry]);
    const ordered = [];
    const seen = /* @__PURE__ */ new Set();
    const visit2 = (entry) => {
      if (seen.has(entry.fn)) return;
      seen.add(entry.fn);
      for (const callee of entry.fn.callees) for (const other of byName.get(callee) ?? []) visit2(other);
      ordered.push(entry);
    };
    for (const entry of all) visit2(entry);
    return ordered;
  }
  /** Per call of a part: does it name (or open) a file shipped inside the package? */
  resourceCalls(part, resources) {
    const flags2 = [];
    part.calls.forEach((call, index) => {
      flags2[index] = this.callee(call.calleeName).resourceApi || this.resourceFunctions.has(calledFunctionName(call)) || call.receiver !== void 0 && resources.has(call.receiver) || call.mentionsModuleFile || call.argumentNames.some((name2) => name2 === "__file__" || resources.has(name2)) || call.innerCalls.some((inner) => flags2[inner]);
    });
    return flags2;
  }
  /** Follows package-resource paths through bindings; true when the statements return one. */
  trackResources(statements, resources) {
    let returnsResource = false;
    for (const { parts: parts2, conditional } of statements) {
      for (const part of parts2) {
        const flags2 = this.resourceCalls(part, resources);
        this.bindResources(part, flags2, resources, conditional);
        if (part.returnNames?.some((name2) => name2 === "__file__" || resources.has(name2)) || part.returnCalls?.some((index) => flags2[index])) returnsResource = true;
      }
    }
    return returnsResource;
  }
  bindResources(part, flags2, resources, conditional) {
    const binding = part.binding;
    if (!binding) return;
    const isResource = !!binding.valueMentionsModuleFile || binding.valueReads.some((name2) => resources.has(name2)) || binding.valueCalls.some((index) => flags2[index]);
    for (const target of binding.targets) {
      if (isResource) resources.add(target);
      else if (!conditional) resources.delete(target);
    }
  }
  callee(calleeName) {
    let entry = this.callees.get(calleeName);
    if (!entry) {
      const qualified = qualify(calleeName, this.aliases);
      entry = {
        qualified,
        kind: !calleeName ? void 0 : defaultLoaderKind(qualified) ?? (this.extraLoaders.some((match) => match(qualified)) ? "other" : void 0),
        resourceApi: RESOURCE_APIS.test(qualified) || RESOURCE_HELPERS.test(calleeName.split(".").pop() ?? "")
      };
      this.callees.set(calleeName, entry);
    }
    return entry;
  }
  /** The loader a call is, if it is one: its resolved name and the kind of data it brings. */
  loaderOf(call) {
    if (call.writeMode) return void 0;
    let loader;
    const resolved = this.callee(call.calleeName);
    if (resolved.kind) loader = { qualified: resolved.qualified, kind: resolved.kind };
    else if (call.calleeName) {
      const name2 = calledFunctionName(call);
      const wrapped = this.wrappingFunctions.get(name2);
      if (wrapped) loader = { qualified: name2, kind: wrapped[0].kind, wrapped };
    }
    if (!loader && call.method === "json" && call.innerCalleeName && this.isHttpCallee(call.innerCalleeName)) {
      loader = { qualified: `${this.callee(call.innerCalleeName).qualified}(\u2026).json`, kind: "json" };
    }
    if (!loader && SPARK_FORMATS.has(call.method) && call.throughRead) loader = { qualified: `spark.read.${call.method}`, kind: "frame" };
    if (!loader) return void 0;
    const parsesText = /(^|\.)loads$/.test(call.calleeName) || /^yaml\.(safe_|full_|unsafe_)?load$/.test(resolved.qualified);
    const literal = call.literalArgument === "text" || call.literalArgument === "string" && parsesText || parsesText && call.firstArgumentBuilt;
    const constant = call.firstArgumentName !== void 0 && this.stringConstants.has(call.firstArgumentName) && (parsesText || call.firstArgumentInStringIo);
    return literal || constant ? void 0 : loader;
  }
  /**
   * Bytes or text the program made itself, parsed back: `pickle.loads(pickle.dumps(x))`, `json.loads(f"…")`,
   * a message from its own pipe or queue, an object's own pickled state (`__setstate__`, `self._cache`).
   */
  isOwnSerialization(call, qualified, part, internal, buffers, context) {
    const serialized = call.innerCalls.some((index) => part.calls[index].isSerializer);
    if (call.firstArgumentIsBuffer && serialized || call.firstArgumentName !== void 0 && buffers.has(call.firstArgumentName) && !call.firstArgumentInStringIo) return true;
    const objectParser = OBJECT_PARSERS.test(qualified);
    if (!IN_MEMORY_PARSERS.test(qualified) && !(objectParser && /\.load$/.test(qualified))) return false;
    if (serialized) return true;
    const reads = call.firstArgumentReads.filter((name2) => !BUFFER_NAMES.test(name2));
    if (reads.length > 0 && reads.every((name2) => internal.has(name2))) return true;
    if (!objectParser) return false;
    if (context.functionName && OWN_STATE_FUNCTIONS.has(context.functionName)) return true;
    if (call.firstArgumentOwnState) return true;
    return call.firstArgumentReads.length > 0 && IPC_NAME.test(call.firstArgumentReads[0]);
  }
  /** `self.name(…)`, `cls.name(…)` or `Class.name(…)` with a class of this file: a method defined here. */
  isOwnMethodCall(call) {
    const match = /^(\w+)\.\w+$/.exec(call.calleeName);
    return !!match && (match[1] === "self" || match[1] === "cls" || this.classes.has(match[1]));
  }
  validatorNames = /* @__PURE__ */ new Map();
  isValidator(name2) {
    let validates = this.validatorNames.get(name2);
    if (validates === void 0) this.validatorNames.set(name2, validates = this.isValidatorName(name2));
    return validates;
  }
  isHttpCallee(name2) {
    const [client, verb] = this.callee(name2).qualified.split(".");
    return !!client && HTTP_CLIENTS.includes(client) && HTTP_METHODS.has(verb);
  }
  /** A reader-level schema: `schema=`, or a `dtype=` mapping (a plain dtype only sets the format, it checks nothing). */
  hasReaderSchema(call, kind2) {
    if (call.schemaKeyword) return true;
    const dtype = call.dtype;
    if (!dtype) return false;
    if (dtype.mapping) return true;
    if (dtype.name === void 0 || BASIC_TYPES.has(dtype.name)) return false;
    return this.dictNames.has(dtype.name) || kind2 === "frame";
  }
  /** Analyses one scope (a function body, or the module / all notebook cells in order). */
  scope(parts2, context) {
    const tracked = /* @__PURE__ */ new Map();
    const responses = /* @__PURE__ */ new Map();
    const resources = new Set(context.resources);
    const internal = /* @__PURE__ */ new Set();
    const buffers = /* @__PURE__ */ new Set();
    const written = /* @__PURE__ */ new Set();
    const writtenBefore = (text, unit, offset) => {
      const first = this.writtenLiterals.get(text);
      if (!first) return false;
      const unitIndex = this.facts.findIndex((entry) => entry.unit === unit);
      return first.unit < unitIndex || first.unit === unitIndex && first.offset < offset;
    };
    const probes = /* @__PURE__ */ new Map();
    const loopChecks = /* @__PURE__ */ new Map();
    const recordLoops = /* @__PURE__ */ new Map();
    const records = [];
    const recordsOf = (names) => tracked.size === 0 ? [] : [...new Set(names.flatMap((name2) => tracked.get(name2) ?? []))];
    const check = (targets, evidence) => {
      for (const record of targets) if (record && !record.checked) record.checked = evidence;
    };
    const inspect = (targets, evidence) => {
      for (const record of targets) if (!record.checked && !record.inspected) record.inspected = evidence;
    };
    for (const { unit, statements } of parts2) {
      for (const { statement, parts: statementParts, conditional, guarded, loops } of statements) {
        for (const part of statementParts) {
          const evidence = (node, what) => ({ unit, node, what });
          if (loops.length > 0) {
            const checks = [...part.assertNames ? [{ names: part.assertNames, what: "the assert", node: statement }] : [], ...part.ifRaiseClauses ?? []];
            for (const loop of loops) for (const { names, what, node } of checks) loopChecks.set(loop, [...loopChecks.get(loop) ?? [], { names: new Set(names), evidence: evidence(node, what) }]);
          }
          if (probes.size > 0) {
            for (const record of recordsOf(part.dataReads)) if (probes.has(record)) probes.set(record, true);
          }
          if (part.assertNames) check(recordsOf(part.assertNames), evidence(statement, "the assert"));
          for (const clause of part.ifRaiseClauses ?? []) check(recordsOf(clause.names), evidence(clause.node, clause.what));
          for (const field of part.fields) {
            for (const record of tracked.get(field.object) ?? []) {
              if (!field.viaAttribute || record.kind === "frame" && !FRAME_API.has(field.field) && !field.field.startsWith("_")) record.fields.add(field.field);
            }
          }
          const resourceFlags = this.tracksResources ? this.resourceCalls(part, resources) : NO_FLAGS;
          const callRecords = [];
          part.calls.forEach((call, callIndex) => {
            let loader = this.loaderOf(call);
            if (loader?.wrapped) this.calledWrappers.add(loader.qualified);
            if (loader) {
              const firstText = call.argumentTexts[0];
              const ownOutput = firstText !== void 0 && (written.has(firstText) || writtenBefore(firstText, unit, call.node.startIndex));
              const probe = call.discarded;
              if (resourceFlags[callIndex] || ownOutput || probe || this.isOwnSerialization(call, loader.qualified, part, internal, buffers, context)) loader = void 0;
            }
            const response = call.method === "json" && call.receiver && call.receiverIsName ? responses.get(call.receiver) : void 0;
            if (loader || response) {
              const sources = loader?.wrapped ? [...new Set(loader.wrapped.map((inner) => inner.source))] : [call.firstString];
              const record = {
                unit,
                call: call.node,
                statement,
                callee: call.calleeName || loader?.qualified || `${call.receiver}.json`,
                qualified: loader?.qualified ?? `${call.receiver}.json`,
                kind: loader?.kind ?? "json",
                targets: [],
                fields: /* @__PURE__ */ new Set(),
                source: sources.length === 1 ? sources[0] : void 0,
                wrapped: loader?.wrapped
              };
              if (response?.checked) record.checked = response.checked;
              if (this.hasReaderSchema(call, record.kind)) record.checked = evidence(call.node, "the schema given to the reader");
              if (/urlopen$/.test(record.qualified) && part.binding?.valueCallIndex === callIndex) probes.set(record, false);
              callRecords[callIndex] = record;
              records.push(record);
              if (loops.length > 0) recordLoops.set(record, loops);
            }
            if (call.isWrite) for (const text of call.argumentTexts) written.add(text);
            if (tracked.size === 0 && callRecords.length === 0 && responses.size === 0) return;
            const argumentRecords = recordsOf(call.argumentNames);
            const receiverRecords = call.receiver ? tracked.get(call.receiver) ?? [] : [];
            const shortName = call.calleeName.split(".").pop() ?? "";
            const nested = call.argumentsInfo.flatMap((argument) => argument.callIndex !== void 0 && callRecords[argument.callIndex] ? [callRecords[argument.callIndex]] : []);
            for (const record of nested) if (probes.has(record)) probes.set(record, true);
            const validates = SCHEMA_METHODS.has(call.method) || SCHEMA_METHODS.has(shortName) || this.isValidator(shortName) || (call.method === "load" || call.method === "loads") && call.receiver !== void 0 && !this.aliases.has(call.receiver) && !loader;
            if (validates) check([...argumentRecords, ...nested], evidence(call.node, `\`${call.calleeName || call.method}(\u2026)\``));
            if (call.method.startsWith("expect_") || call.method === "raise_for_status") {
              check(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}(\u2026)\``));
              if (call.method === "raise_for_status" && call.receiver && responses.has(call.receiver)) responses.get(call.receiver).checked = evidence(call.node, `\`${call.receiver}.raise_for_status()\``);
            }
            if (/^[A-Z]/.test(shortName) && this.classes.get(shortName) !== false) {
              const splatted = call.argumentsInfo.filter((argument) => argument.isDictSplat).flatMap((argument) => argument.names);
              if (splatted.length > 0) check(recordsOf(splatted), evidence(call.node, `\`${call.calleeName}(**\u2026)\``));
            }
            const bare = this.checkingFunction(call.calleeName);
            const local = bare && !(!call.calleeName.includes(".") && /^(self|cls)$/.test(bare.parameters[0] ?? "")) ? bare : this.isOwnMethodCall(call) ? this.checkingFunction(call.method) : void 0;
            if (local) {
              const offset = call.calleeName.includes(".") && /^(self|cls)$/.test(local.parameters[0] ?? "") ? 1 : 0;
              call.argumentsInfo.forEach((argument, index) => {
                const parameter = argument.keyword ?? local.parameters[index + offset];
                if (!parameter || !local.checked.has(parameter)) return;
                const inner = argument.callIndex !== void 0 ? callRecords[argument.callIndex] : void 0;
                check([...recordsOf(argument.names), ...inner ? [inner] : []], evidence(call.node, `\`${call.calleeName}(\u2026)\``));
              });
            }
            if (INSPECTORS.has(call.method)) inspect(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}()\``));
            if (call.calleeName === "print" || call.calleeName === "display") inspect(argumentRecords, evidence(call.node, `\`${call.calleeName}(\u2026)\``));
          });
          if (part.assertNames) check(callRecords, evidence(statement, "the assert"));
          for (const clause of part.ifRaiseClauses ?? []) check(clause.calls.map((index) => callRecords[index]), evidence(clause.node, clause.what));
          if (guarded) check(recordsOf(part.dataReads), evidence(statement, "the `try \u2026 except \u2026 raise`"));
          const display = part.display;
          if (display && (display.isName || display.property && INSPECTED_PROPERTIES.has(display.property))) inspect(tracked.get(display.root) ?? [], evidence(display.node, `\`${display.text}\``));
          if (part.binding) {
            const binding = part.binding;
            const fromLoads = binding.valueCalls.flatMap((index) => callRecords[index] ? [callRecords[index]] : []);
            const readAsData = probes.size > 0 ? new Set(recordsOf(part.dataReads)) : void 0;
            const derived = recordsOf(binding.valueNames).filter((record) => !probes.has(record) || readAsData?.has(record));
            const isResponse = binding.valueHttpCallee !== void 0 && this.isHttpCallee(binding.valueHttpCallee);
            const serialized = binding.valueCalls.some((index) => part.calls[index].isSerializer);
            const isInternal = binding.valueIsString || serialized || internal.size > 0 && binding.valueReads.length > 0 && binding.valueReads.every((name2) => internal.has(name2));
            const isWritten = fromLoads.length === 0 && (written.size > 0 || this.writtenLiterals.size > 0) && (binding.valueReads.some((name2) => written.has(name2)) || binding.valueCalls.some((index) => {
              const opened = part.calls[index];
              const path = opened.argumentTexts[0];
              return !opened.isWrite && path !== void 0 && (written.has(path) || writtenBefore(path, unit, opened.node.startIndex));
            }));
            const isBuffer = !!binding.valueIsBuffer && (serialized || binding.valueReads.every((name2) => BUFFER_NAMES.test(name2) || internal.has(name2)));
            if (this.tracksResources) this.bindResources(part, resourceFlags, resources, conditional);
            for (const target of binding.targets) {
              responses.delete(target);
              if (isBuffer) buffers.add(target);
              else if (!conditional) buffers.delete(target);
              if (isInternal) internal.add(target);
              else if (!conditional) internal.delete(target);
              if (isWritten) written.add(target);
              else if (!conditional) written.delete(target);
              if (fromLoads.length > 0) {
                tracked.set(target, conditional ? union(tracked.get(target), fromLoads) : fromLoads);
                for (const record of fromLoads) if (!record.targets.includes(target)) record.targets.push(target);
              } else if (derived.length > 0) {
                tracked.set(target, conditional ? union(tracked.get(target), derived) : derived);
              } else if (!conditional) {
                tracked.delete(target);
                if (isResponse) responses.set(target, {});
              } else if (isResponse) {
                responses.set(target, {});
              }
            }
          }
          if (part.returnNames) {
            const handed = [...recordsOf(part.returnNames), ...(part.returnCalls ?? []).flatMap((index) => callRecords[index] ? [callRecords[index]] : [])];
            for (const record of handed) if (probes.has(record)) probes.set(record, true);
            context.returned.push(...handed);
          }
        }
      }
    }
    for (const [record, around] of recordLoops) {
      if (record.checked) continue;
      const found = around.flatMap((loop) => loopChecks.get(loop) ?? []).find(({ names }) => record.targets.some((target) => names.has(target)));
      if (found) record.checked = found.evidence;
    }
    const probesOnly = new Set([...probes].filter(([, used]) => !used).map(([record]) => record));
    return probesOnly.size > 0 ? records.filter((record) => !probesOnly.has(record)) : records;
  }
};

// server/src/analysis/sanityFix.ts
var MAX_FIELDS = 12;
var quote = (text) => JSON.stringify(text);
function aliasOf(aliases, ...modules) {
  for (const [alias, module2] of aliases) if (modules.includes(module2)) return alias;
  return void 0;
}
var wantsSchema = (record) => record.kind === "frame" && record.fields.size > 0 && !record.qualified.startsWith("polars") && !record.qualified.startsWith("spark");
function checkLines(record, name2, aliases, projectPandera) {
  const label = record.source ? record.source.split("/").pop() : name2;
  const fields = [...record.fields].sort().slice(0, MAX_FIELDS);
  switch (record.kind) {
    case "frame": {
      const pandera = aliasOf(aliases, "pandera", "pandera.pandas") ?? projectPandera;
      if (pandera && wantsSchema(record)) {
        return [
          `${name2} = ${pandera}.DataFrameSchema(`,
          "    {",
          ...fields.map((field) => `        ${quote(field)}: ${pandera}.Column(nullable=False),`),
          "    },",
          `    checks=${pandera}.Check(lambda frame: len(frame) > 0, error=${quote(`${label}: no rows`)}),`,
          `).validate(${name2})`
        ];
      }
      const lines = [`assert len(${name2}) > 0, ${quote(`${label}: no rows`)}`];
      if (fields.length > 0) {
        const set = `{${fields.map(quote).join(", ")}}`;
        lines.push(`assert ${set} <= set(${name2}.columns), ${quote(`${label}: missing columns`)}`);
        if (!record.qualified.startsWith("spark")) {
          lines.push(`assert ${name2}[[${fields.map(quote).join(", ")}]].notna().all().all(), ${quote(`${label}: missing values in ${fields.join(", ")}`)}`);
        }
      }
      return lines;
    }
    case "array": {
      const numpy = aliasOf(aliases, "numpy");
      const lines = [`assert ${name2}.size > 0, ${quote(`${label}: empty array`)}`];
      if (numpy) lines.push(`assert ${numpy}.isfinite(${name2}).all(), ${quote(`${label}: NaN or infinite values`)}`);
      return lines;
    }
    case "json":
      return fields.length > 0 ? fields.map((field) => `assert ${quote(field)} in ${name2}, ${quote(`${label}: missing key ${field}`)}`) : [`assert ${name2}, ${quote(`${label}: empty`)}`];
    case "image":
    case "other":
      return [`assert ${name2} is not None, ${quote(`${label}: nothing was loaded`)}`];
  }
}
var splitSource;
var splitLines = [];
function linesOf(source) {
  if (source !== splitSource) {
    splitSource = source;
    splitLines = source.split("\n");
  }
  return splitLines;
}
function importEdit(units, record, line) {
  const loadUnit = record.unit;
  for (const unit of units) {
    const imports = unit.isOpaque ? [] : unit.root.namedChildren.filter(
      (child) => (child?.type === "import_statement" || child?.type === "import_from_statement" || child?.type === "future_import_statement") && (unit !== loadUnit || child.endIndex <= record.statement.startIndex)
    );
    const last = imports[imports.length - 1];
    if (last) {
      const end = { line: last.endPosition.row, character: (unit.source.split("\n")[last.endPosition.row] ?? "").replace(/\r$/, "").length };
      return { cell: unit.cell, range: { start: end, end }, newText: `
${line}` };
    }
    if (unit === loadUnit) break;
  }
  const offset = headerEnd(loadUnit.text);
  const at = { line: loadUnit.text.slice(0, offset).split("\n").length - 1, character: 0 };
  return { cell: loadUnit.cell, range: { start: at, end: at }, newText: `${line}
` };
}
function sanityChecksFix(record, source, context) {
  const name2 = record.targets[0];
  if (!name2) return void 0;
  const lines = linesOf(source);
  const startLine = record.statement.startPosition.row;
  const indent = /^\s*/.exec(lines[startLine] ?? "")[0];
  const endLine = record.statement.endPosition.row;
  const endCharacter = (lines[endLine] ?? "").replace(/\r$/, "").length;
  const addsImport = context.projectUsesPandera && wantsSchema(record) && !aliasOf(context.aliases, "pandera", "pandera.pandas");
  const alias = context.aliases.has("pa") ? "pandera" : "pa";
  const text = checkLines(record, name2, context.aliases, addsImport ? alias : void 0).map((line) => `
${indent}${line}`).join("");
  const edits = [{ cell: record.unit.cell, range: { start: { line: endLine, character: endCharacter }, end: { line: endLine, character: endCharacter } }, newText: text }];
  if (addsImport) edits.unshift(importEdit(context.units, record, alias === "pa" ? "import pandera as pa" : "import pandera"));
  return { title: `Add sanity checks for \`${name2}\``, edits };
}

// server/src/analysis/rule.ts
function integerOption(options, name2) {
  const value = options[name2];
  if (typeof value !== "number") throw new Error(`rule option ${name2} is not an integer`);
  return value;
}
function stringListOption(options, name2) {
  const value = options[name2];
  if (!Array.isArray(value)) throw new Error(`rule option ${name2} is not a list of strings`);
  return value;
}

// server/src/checks/data/unchecked-data-load.ts
var uncheckedDataLoad = {
  meta: {
    id: "unchecked-data-load",
    practice: "01-sanity_check",
    relatedPractices: ["01-input-data-complete"],
    defaultSeverity: "warning",
    defaultSeverityInNotebooks: "info",
    description: "External data loaded without any sanity check afterwards (assert, if \u2026 raise, schema validation).",
    options: {
      loaders: { type: "string[]", default: [], description: "Extra loader functions, as dotted names (`mylib.io.read_table`, `*` allowed)." },
      validators: {
        type: "string[]",
        default: ["validate*", "check*", "verify*", "sanity*", "assert_*"],
        description: "Function names (globs) that count as a check when the data is passed to them."
      }
    }
  },
  check(context) {
    if (isTestFile(context.snapshot.uri)) return;
    const records = analyseDataLoads(context, { extraLoaders: stringListOption(context.options, "loaders"), validatorNames: stringListOption(context.options, "validators") });
    let importAliases;
    const aliases = () => importAliases ??= importAliasesOf(context.units);
    let projectUsesPandera;
    const usesPandera = () => projectUsesPandera ??= context.project.imports("pandera");
    const where = (unit, line) => unit.cell === void 0 ? `line ${line + 1}` : `cell ${unit.cell + 1}, line ${line + 1}`;
    for (const record of records) {
      const summary = describeLoad(record, where);
      if (record.checked || record.returnedToCallers) {
        context.note({ unit: record.unit, range: nodeRange(record.call), markdown: summary, ruleId: "unchecked-data-load" });
        continue;
      }
      const name2 = record.source ? `\`${record.source}\`` : "the data";
      const inspected = record.inspected ? ` It is only inspected (${record.inspected.what}, ${where(record.inspected.unit, record.inspected.node.startPosition.row)}): nothing fails when it is wrong.` : "";
      const inner = record.wrapped?.[0];
      const loads = inner ? `returns ${name2} loaded by \`${inner.callee}\` (${where(inner.unit, inner.call.startPosition.row)})` : `loads ${name2}`;
      context.report({
        unit: record.unit,
        range: nodeRange(record.call),
        message: `\`${record.callee}\` ${loads}, and nothing checks it before use.${inspected} Add a sanity check (assert the columns, types and ranges you rely on, or validate a schema).`,
        details: summary,
        fix: sanityChecksFix(record, record.unit.source, { aliases: aliases(), projectUsesPandera: usesPandera(), units: context.units })
      });
    }
  }
};
function describeLoad(record, where) {
  const head = `**Loads external data** with \`${record.qualified}\`${record.targets.length > 0 ? ` into \`${record.targets.join("`, `")}\`` : ""}.`;
  if (record.returnedToCallers) return `${head} The function returns it unchecked, so it is checked (or reported) where the function is called.`;
  if (record.checked) return `${head} Checked by ${record.checked.what} (${where(record.checked.unit, record.checked.node.startPosition.row)}).`;
  if (record.inspected) return `${head} Inspected by ${record.inspected.what} (${where(record.inspected.unit, record.inspected.node.startPosition.row)}), never checked.`;
  return `${head} Never checked.`;
}

// server/src/checks/duplication/duplicate-code.ts
var import_node_url = require("node:url");

// server/src/duplication/cloneIndex.ts
var failure = new Int32Array(1024);

// server/src/workspace/duplicates.ts
var cloneTokens2 = (text) => cloneTokens(text);

// server/src/checks/duplication/duplicate-code.ts
var CLONE_STREAMS = "duplicate-code:streams";
var GENERATED_MARKERS = ["do not edit", "@generated", "automatically generated", "auto-generated", "autogenerated", "generated by", "generated from", "generated with"];
var GENERATED_PATHS = ["**/generated/**", "**/_generated/**", "**/*_pb2.py", "**/*_pb2_grpc.py"];
var pathMatchers = /* @__PURE__ */ new Map();
function isGeneratedPath(uri, globs) {
  if (globs.length === 0 || !uri.startsWith("file:")) return false;
  const key = globs.join("\n");
  let matches = pathMatchers.get(key);
  if (!matches) pathMatchers.set(key, matches = globTest(globs, { dot: true }));
  return matches((0, import_node_url.fileURLToPath)(uri).split("\\").join("/"));
}
function isGenerated(source, markers) {
  const header = source.slice(0, headerEnd(source)).toLowerCase();
  return markers.some((marker) => header.includes(marker));
}
var duplicateCode = {
  meta: {
    id: "duplicate-code",
    practice: "bms-code-once",
    relatedPractices: ["01-reusable_data_clean"],
    defaultSeverity: "warning",
    defaultSeverityInNotebooks: "info",
    description: "Block of code that also stands elsewhere (same file, other files, notebook cells or notebooks).",
    options: {
      minLines: { type: "integer", default: 6, minimum: 2, description: "Fewest lines of code a duplicated block must span." },
      minTokens: { type: "integer", default: 50, minimum: 10, description: "Fewest tokens a duplicated block must have (an exact, token-for-token copy: 70% of it)." },
      generatedMarkers: {
        type: "string[]",
        default: GENERATED_MARKERS,
        description: "Phrases (any case) that mark a file as generated when one stands in its header (the comments and module docstring before the code): a generated file takes no part in duplicate detection. An empty list turns this off."
      },
      generatedPaths: {
        type: "string[]",
        default: GENERATED_PATHS,
        description: "Path globs of generated files (matched against the absolute path): such a file takes no part in duplicate detection. An empty list turns this off."
      }
    }
  },
  check(context) {
    const markers = stringListOption(context.options, "generatedMarkers").map((marker) => marker.toLowerCase());
    if (markers.length > 0 && isGenerated(context.units[0]?.source ?? "", markers)) return;
    if (isGeneratedPath(context.snapshot.uri, stringListOption(context.options, "generatedPaths"))) return;
    const streams = context.units.map((unit) => ({ cell: unit.cell, tokens: unit.derive("clone-tokens", () => cloneTokens2(unit.text)) }));
    context.contribute(CLONE_STREAMS, { streams, minLines: integerOption(context.options, "minLines"), minTokens: integerOption(context.options, "minTokens") });
  }
};

// server/src/checks/maintainability/complex-function.ts
var complexFunction = {
  meta: {
    id: "complex-function",
    practice: "bms-simple-units",
    defaultSeverity: "info",
    description: "Function or method with more branch points than the limit (default 4, McCabe complexity above 5).",
    options: {
      maxBranchPoints: { type: "integer", default: 4, minimum: 0, description: "Most branch points a function may have." }
    }
  },
  check(context) {
    const limit = integerOption(context.options, "maxBranchPoints");
    reportFunctionsOverLimit(context, limit, (fn) => fn.branchPoints, (fn, value) => `\`${fn.qualifiedName}\` has ${value} branch points (limit ${limit}, McCabe complexity ${value + 1}): move the cases into smaller functions or a lookup table.`);
  }
};

// server/src/checks/maintainability/long-function.ts
var longFunction = {
  meta: {
    id: "long-function",
    practice: "bms-short-units",
    defaultSeverity: "info",
    description: "Function or method longer than the limit in lines of code (default 15).",
    options: {
      maxLines: { type: "integer", default: 15, minimum: 1, description: "Most lines of code a function may have." }
    }
  },
  check(context) {
    const limit = integerOption(context.options, "maxLines");
    reportFunctionsOverLimit(context, limit, (fn) => fn.linesOfCode, (fn, value) => `\`${fn.qualifiedName}\` has ${value} lines of code (limit ${limit}): split it into smaller functions that each do one thing.`);
  }
};

// server/src/checks/maintainability/many-parameters.ts
var manyParameters = {
  meta: {
    id: "many-parameters",
    practice: "bms-small-interfaces",
    defaultSeverity: "info",
    description: "Function or method with more parameters than the limit (default 4, not counting self/cls).",
    options: {
      maxParameters: { type: "integer", default: 4, minimum: 0, description: "Most parameters a function may take." }
    }
  },
  check(context) {
    const limit = integerOption(context.options, "maxParameters");
    reportFunctionsOverLimit(context, limit, (fn) => fn.parameterCount, (fn, value) => `\`${fn.qualifiedName}\` takes ${value} parameters (limit ${limit}): group related ones into a dataclass or config object.`);
  }
};

// server/src/analysis/mutations.ts
var MUTATORS = /* @__PURE__ */ new Set(["append", "extend", "insert", "pop", "remove", "update", "sort", "clear"]);
var FRAME_LABELS = /* @__PURE__ */ new Set(["columns", "index"]);
function readsName(node, name2) {
  if (!node) return false;
  let found = false;
  walk(node, (child) => {
    if (found) return false;
    if (child.type === "attribute") {
      found = readsName(child.childForFieldName("object"), name2);
      return false;
    }
    if (child.type === "keyword_argument") {
      found = readsName(child.childForFieldName("value"), name2);
      return false;
    }
    if (child.type === "identifier" && child.text === name2) found = true;
    return !["lambda", "function_definition"].includes(child.type);
  });
  return found;
}
function mutationsAt(node) {
  switch (node.type) {
    case "assignment": {
      const left = node.childForFieldName("left");
      if (left?.type === "identifier") {
        return readsName(node.childForFieldName("right"), left.text) ? [{ name: left.text, how: `rebinds \`${left.text}\` from itself` }] : [];
      }
      if (left?.type === "subscript") {
        const root2 = chainRoot(left);
        return root2 ? [{ name: root2.text, how: `assigns into \`${root2.text}\`` }] : [];
      }
      if (left?.type === "attribute" && FRAME_LABELS.has(left.childForFieldName("attribute")?.text ?? "")) {
        const root2 = chainRoot(left);
        return root2 ? [{ name: root2.text, how: `replaces \`${root2.text}.${left.childForFieldName("attribute").text}\`` }] : [];
      }
      return [];
    }
    case "augmented_assignment": {
      const root2 = chainRoot(node.childForFieldName("left"));
      return root2 ? [{ name: root2.text, how: `updates \`${root2.text}\` in place` }] : [];
    }
    case "delete_statement":
      return node.namedChildren.flatMap((child) => child?.type === "expression_list" ? child.namedChildren : [child]).filter((target) => target?.type === "subscript").flatMap((target) => {
        const root2 = chainRoot(target);
        return root2 ? [{ name: root2.text, how: `deletes from \`${root2.text}\`` }] : [];
      });
    case "call": {
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute") return [];
      const root2 = chainRoot(callee);
      if (!root2) return [];
      const method = callee.childForFieldName("attribute")?.text ?? "";
      const inplace = node.childForFieldName("arguments")?.namedChildren.some(
        (argument) => argument?.type === "keyword_argument" && argument.childForFieldName("name")?.text === "inplace" && argument.childForFieldName("value")?.text === "True"
      );
      if (inplace) return [{ name: root2.text, how: `changes \`${root2.text}\` with \`${method}(\u2026, inplace=True)\`` }];
      if (MUTATORS.has(method)) return [{ name: root2.text, how: `changes \`${root2.text}\` in place with \`.${method}()\`` }];
      return [];
    }
    default:
      return [];
  }
}

// server/src/analysis/notebook.ts
var NAME_DEFINING_MAGICS = /* @__PURE__ */ new Set(["run", "load", "store", "pylab"]);
function notebookFacts(context) {
  return context.memo("notebook-facts", () => {
    const cells = context.units.map((unit) => ({
      unit,
      bindings: unit.derive("bindings", () => bindUnit(unit.root)),
      // Magics count as content; they are masked, so the same text can come from sources with and without them.
      isEmpty: !unit.derive("hasCode", () => unit.root.namedChildren.some((child) => child !== null && child.type !== "comment")) && unit.text === unit.source
    }));
    const definitions = /* @__PURE__ */ new Map();
    cells.forEach(({ bindings }, cellIndex) => {
      for (const event of bindings.events) {
        if (event.kind !== "bind") continue;
        let list = definitions.get(event.name);
        if (!list) definitions.set(event.name, list = []);
        list.push({ cellIndex, event });
      }
    });
    let opaqueReason;
    let firstOpaqueCell;
    for (const [cellIndex, { unit, bindings }] of cells.entries()) {
      const cellLabel2 = `cell ${(unit.cell ?? 0) + 1}`;
      const magic = unit.lineMagics?.find((name2) => NAME_DEFINING_MAGICS.has(name2));
      if (bindings.hasStarImport) opaqueReason = `a star import in ${cellLabel2} can define any name`;
      else if (bindings.hasDynamicNames) opaqueReason = `exec/eval or a globals() write in ${cellLabel2} can define names`;
      else if (magic) opaqueReason = `%${magic} in ${cellLabel2} can define names`;
      if (opaqueReason) {
        firstOpaqueCell = cellIndex;
        break;
      }
    }
    return { cells, definitions, mutations: collectMutations(cells), opaqueReason, firstOpaqueCell };
  });
}
function cellMutations(bindings) {
  const mutations = [];
  bindings.statements.forEach((statement, statementIndex) => {
    const seen = /* @__PURE__ */ new Set();
    walk(statement, (node) => {
      if (node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition") return false;
      for (const { name: name2, how } of mutationsAt(node)) {
        if (seen.has(name2)) continue;
        seen.add(name2);
        const reported = node.type === "call" && node.parent?.type === "expression_statement" ? node.parent : node;
        mutations.push({ statement: statementIndex, node: reported, name: name2, how });
      }
      return true;
    });
  });
  return mutations;
}
function collectMutations(cells) {
  return cells.flatMap(({ unit, bindings }, cellIndex) => unit.derive("mutations", () => cellMutations(bindings)).map((mutation) => ({ ...mutation, cellIndex })));
}
function mutationsByName(context, mutations) {
  return context.memo("mutations-by-name", () => {
    const byName = /* @__PURE__ */ new Map();
    for (const mutation of mutations) {
      let cellsOfName = byName.get(mutation.name);
      if (!cellsOfName) byName.set(mutation.name, cellsOfName = /* @__PURE__ */ new Set());
      cellsOfName.add(mutation.cellIndex);
    }
    return byName;
  });
}
function describeName(context, name2) {
  const { cells, definitions, mutations } = notebookFacts(context);
  const place = (cellIndex, range) => `${cellLabel(cells[cellIndex].unit)}${range ? ` (line ${range.start.line + 1})` : ""}`;
  const defined = (definitions.get(name2) ?? []).map((definition) => place(definition.cellIndex, definition.event.range));
  const changed = [...mutationsByName(context, mutations).get(name2) ?? []].map((cellIndex) => place(cellIndex));
  const lines = [`**\`${name2}\`** \u2014 defined in ${defined.length > 0 ? defined.join(", ") : "no cell of this notebook"}.`];
  if (changed.length > 0) lines.push(`Changed in place in ${changed.join(", ")}.`);
  return lines.join(" ");
}
function firstLineRange(unit) {
  const lines = unit.source.split("\n");
  const line = Math.max(0, lines.findIndex((text2) => text2.trim() !== ""));
  const text = lines[line] ?? "";
  const start2 = text.length - text.trimStart().length;
  return { start: { line, character: start2 }, end: { line, character: text.trimEnd().length } };
}
function cellLocation(uri, unit, range) {
  return { uri, cell: unit.cell, range };
}
var cellLabel = (unit) => `cell ${(unit.cell ?? 0) + 1}`;

// server/src/checks/notebook/notebook-hidden-state.ts
var notebookHiddenState = {
  meta: {
    id: "notebook-hidden-state",
    practice: "01-reusable_data_clean",
    defaultSeverity: "warning",
    description: "Name read in a notebook that no cell defines (it exists only in the kernel, from an edited or deleted cell).",
    options: {},
    notebookOnly: true
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, opaqueReason } = notebookFacts(context);
    for (const { unit, bindings } of cells) {
      for (const event of bindings.events) {
        if (event.kind !== "read" || definitions.has(event.name) || BUILTINS.has(event.name) || isIpythonName(event.name)) continue;
        if (opaqueReason) {
          context.note({ unit, range: event.range, markdown: `**\`${event.name}\`** is not defined by any cell that ml-practices can read, but ${opaqueReason}, so \`notebook-hidden-state\` stays silent here.` });
          continue;
        }
        report({
          unit,
          range: event.range,
          message: `No cell in this notebook defines \`${event.name}\`: it only exists in the kernel, left over from a cell that was edited or deleted. "Restart and run all" would fail with a NameError. Add the cell that creates it back.`,
          details: describeName(context, event.name)
        });
      }
    }
  }
};

// server/src/checks/notebook/notebook-out-of-order.ts
var notebookOutOfOrder = {
  meta: {
    id: "notebook-out-of-order",
    practice: "01-reusable_data_clean",
    defaultSeverity: "info",
    description: "Notebook cell executed before a cell above it (execution counts not increasing top to bottom).",
    options: {},
    notebookOnly: true
  },
  check({ snapshot, units, report }) {
    let latestAbove;
    for (const unit of units) {
      const count = unit.executionCount;
      if (typeof count !== "number") continue;
      const latestCount = latestAbove?.executionCount;
      if (latestAbove && typeof latestCount === "number" && count < latestCount) {
        report({
          unit,
          range: firstLineRange(unit),
          message: `This cell ran as [${count}], before ${cellLabel(latestAbove)} above it ([${latestCount}]): the notebook was not run top to bottom. Restart the kernel and run all cells to check it still works.`,
          related: [{ location: cellLocation(snapshot.uri, latestAbove, firstLineRange(latestAbove)), message: `${cellLabel(latestAbove)} ran later ([${latestCount}])` }]
        });
      } else {
        latestAbove = unit;
      }
    }
  }
};

// server/src/checks/notebook/notebook-state-wrangling.ts
var notebookStateWrangling = {
  meta: {
    id: "notebook-state-wrangling",
    practice: "01-reusable_data_clean",
    defaultSeverity: "info",
    description: "Notebook cell changes data created in another cell (re-running it gives a different result).",
    options: {},
    notebookOnly: true
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, mutations } = notebookFacts(context);
    for (const mutation of mutations) {
      const { unit, bindings } = cells[mutation.cellIndex];
      const mutationStart = mutation.node.startIndex;
      const boundHereBefore = bindings.events.some(
        (event) => event.kind === "bind" && event.name === mutation.name && !event.deferred && (event.statement < mutation.statement || event.statement === mutation.statement && event.startIndex < mutationStart)
      );
      if (boundHereBefore) continue;
      const all = definitions.get(mutation.name) ?? [];
      if (all.some((definition) => definition.event.how === "import")) continue;
      const creator = [...all].reverse().find((definition) => definition.cellIndex < mutation.cellIndex);
      if (!creator) continue;
      const creatorUnit = cells[creator.cellIndex].unit;
      report({
        unit,
        range: nodeRange(mutation.node),
        message: `This ${mutation.how}, which ${cellLabel(creatorUnit)} created: running this cell twice, or out of order, gives a different result. Put the change in a function that returns a new value (\`clean = clean_frame(${mutation.name})\`), or create and change it in one cell.`,
        related: [{ location: cellLocation(snapshot.uri, creatorUnit, creator.event.range), message: `\`${mutation.name}\` is created here` }],
        details: describeName(context, mutation.name),
        data: { name: mutation.name }
      });
    }
  }
};

// server/src/checks/notebook/notebook-unexecuted-cell.ts
var notebookUnexecutedCell = {
  meta: {
    id: "notebook-unexecuted-cell",
    practice: "01-reusable_data_clean",
    defaultSeverity: "info",
    description: "Notebook code cell never executed although cells below it were.",
    options: {},
    notebookOnly: true
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells } = notebookFacts(context);
    let executedBelow;
    for (let index = cells.length - 1; index >= 0; index--) {
      const { unit, isEmpty } = cells[index];
      if (isEmpty) continue;
      if (typeof unit.executionCount === "number") {
        executedBelow = cells[index];
        continue;
      }
      if (!executedBelow) continue;
      report({
        unit,
        range: firstLineRange(unit),
        message: `This cell never ran, but ${cellLabel(executedBelow.unit)} below it did: the results below were computed without it. Run it, or delete it if it is not needed.`,
        related: [{ location: cellLocation(snapshot.uri, executedBelow.unit, firstLineRange(executedBelow.unit)), message: `${cellLabel(executedBelow.unit)} ran ([${executedBelow.unit.executionCount}])` }]
      });
    }
  }
};

// server/src/checks/notebook/notebook-use-before-define.ts
var notebookUseBeforeDefine = {
  meta: {
    id: "notebook-use-before-define",
    practice: "01-reusable_data_clean",
    defaultSeverity: "warning",
    description: "Name read in a notebook cell but defined only in a cell below it.",
    options: {},
    notebookOnly: true
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, firstOpaqueCell } = notebookFacts(context);
    const definedAbove = /* @__PURE__ */ new Set();
    cells.forEach(({ unit, bindings }, cellIndex) => {
      if (firstOpaqueCell !== void 0 && cellIndex >= firstOpaqueCell) return;
      const definedHere = /* @__PURE__ */ new Set();
      for (const event of bindings.events) {
        if (event.kind === "bind") {
          if (!event.deferred) definedHere.add(event.name);
          continue;
        }
        if (event.kind !== "read" || event.deferred || definedHere.has(event.name) || definedAbove.has(event.name)) continue;
        const below = definitions.get(event.name)?.find((definition) => definition.cellIndex > cellIndex);
        if (!below) continue;
        const definingUnit = cells[below.cellIndex].unit;
        report({
          unit,
          range: event.range,
          message: `\`${event.name}\` is used here but defined only in ${cellLabel(definingUnit)}, below: "Restart and run all" would fail with a NameError. Move the definition above this cell.`,
          related: [{ location: cellLocation(snapshot.uri, definingUnit, below.event.range), message: `\`${event.name}\` is defined here` }],
          details: describeName(context, event.name)
        });
      }
      for (const name2 of definedHere) definedAbove.add(name2);
      for (const event of bindings.events) if (event.kind === "bind" && event.deferred) definedAbove.add(event.name);
    });
  }
};

// server/src/checks/index.ts
var RULES = [
  longFunction,
  complexFunction,
  manyParameters,
  notebookOutOfOrder,
  notebookUnexecutedCell,
  notebookUseBeforeDefine,
  notebookHiddenState,
  notebookStateWrangling,
  uncheckedDataLoad,
  duplicateCode
];
var RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

// server/src/config/settings.ts
var import_picomatch2 = __toESM(require_picomatch2());

// server/src/analysis/types.ts
var SEVERITIES = ["hint", "info", "warning", "error"];

// server/src/config/settings.ts
function shift(severity, steps) {
  const index = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(severity) + steps));
  return SEVERITIES[index];
}
function effectiveSeverity(ruleId, defaultSeverity, customizations) {
  let result = defaultSeverity;
  for (const { rule, severity } of customizations) {
    const negated = rule.startsWith("!");
    const matches = import_picomatch2.default.isMatch(ruleId, negated ? rule.slice(1) : rule);
    if (matches === negated) continue;
    if (severity === "default") result = defaultSeverity;
    else if (severity === "upgrade") result = shift(defaultSeverity, 1);
    else if (severity === "downgrade") result = shift(defaultSeverity, -1);
    else result = severity;
  }
  return result;
}
function ruleOptions(ruleId, settings2) {
  const rule = RULES_BY_ID.get(ruleId);
  const defaults = Object.fromEntries(Object.entries(rule?.meta.options ?? {}).map(([name2, spec]) => [name2, spec.default]));
  return { ...defaults, ...settings2.rules.options[ruleId] };
}

// server/src/analysis/suppressions.ts
var DIRECTIVE_PREFIX = "ml-practices:";
function parseDirective(comment, line, column) {
  const prefixAt = comment.indexOf(DIRECTIVE_PREFIX);
  if (prefixAt < 0) return void 0;
  let cursor = prefixAt + DIRECTIVE_PREFIX.length;
  while (comment[cursor] === " ") cursor++;
  const keywordMatch = /^(disable-file|disable)\b/.exec(comment.slice(cursor));
  if (!keywordMatch) return void 0;
  const scope = keywordMatch[1] === "disable-file" ? "file" : "line";
  cursor += keywordMatch[1].length;
  const ruleIds = [];
  let listEnd = cursor;
  if (comment[cursor] === "=") {
    cursor++;
    const listText = /^[\w\s,-]*/.exec(comment.slice(cursor))?.[0] ?? "";
    let offset = cursor;
    for (const part of listText.split(",")) {
      const id = part.trim();
      const idStart = offset + part.indexOf(id);
      if (id.length > 0 && !id.includes(" ")) {
        ruleIds.push({ id, range: { start: { line, character: column + idStart }, end: { line, character: column + idStart + id.length } } });
        listEnd = idStart + id.length;
      }
      offset += part.length + 1;
    }
  }
  return { scope, line, ruleIds, listEnd: { line, character: column + listEnd } };
}
function collectDirectives(root2) {
  const directives = [];
  walk(root2, (node) => {
    if (node.type !== "comment") return true;
    const directive = parseDirective(node.text, node.startPosition.row, node.startPosition.column);
    if (directive) directives.push(directive);
    return false;
  });
  return directives;
}
function isSuppressed(directives, ruleId, line, fileDirectives) {
  const covers = (directive) => directive.ruleIds.length === 0 || directive.ruleIds.some((mention) => mention.id === ruleId);
  return fileDirectives.some(covers) || directives.some((directive) => directive.scope === "line" && directive.line === line && covers(directive));
}

// server/src/analysis/project.ts
var PROJECT_MODULES = ["pandera"];
var NO_PROJECT_FACTS = { imports: () => false };
function projectModulesIn(units) {
  return PROJECT_MODULES.filter(
    (module2) => units.some((unit) => !unit.isOpaque && unit.text.includes(module2) && [...importsOf(unit).values()].some((imported) => imported === module2 || imported.startsWith(`${module2}.`)))
  );
}

// server/src/analysis/engine.ts
function deriveFrom(derived, key, compute) {
  if (!derived.has(key)) derived.set(key, compute());
  return derived.get(key);
}
var ParseCache = class {
  constructor(capacity = 1024) {
    this.capacity = capacity;
  }
  capacity;
  entries = /* @__PURE__ */ new Map();
  /**
   * The tree of `text`. Give `previousText` when `text` is an edit of it (the same document's last analysed
   * text): while that text's tree is cached, the new one is parsed incrementally from it. The previous
   * entry stays as it is, valid for its own text.
   */
  get(text, previousText) {
    let entry = this.entries.get(text);
    if (entry) {
      this.entries.delete(text);
    } else {
      const previousTree = previousText === void 0 ? void 0 : this.entries.get(previousText)?.tree;
      const previous = previousText !== void 0 && previousTree ? { text: previousText, tree: previousTree } : void 0;
      entry = { tree: parsePythonTolerant(text, previous), derived: /* @__PURE__ */ new Map() };
    }
    this.entries.set(text, entry);
    return entry;
  }
  /** Frees the least recently used trees beyond capacity; call between analyses, never during one. */
  trim() {
    for (const [text, entry] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(text);
      entry.tree.delete();
    }
  }
  clear() {
    for (const entry of this.entries.values()) entry.tree.delete();
    this.entries.clear();
  }
};
var PROJECT_MODULES_CONTRIBUTION = "project-modules";
function analyze(snapshot, settings2, cache, project = NO_PROJECT_FACTS) {
  if (!settings2.enable || snapshot.units.length === 0) {
    return { findings: [], notes: [], problems: snapshot.problems, directives: snapshot.units.map(() => []), contributions: /* @__PURE__ */ new Map(), severities: /* @__PURE__ */ new Map() };
  }
  const ownTrees = [];
  try {
    const units = snapshot.units.map((unit) => {
      const cached = cache?.get(unit.text);
      const derived = cached?.derived ?? /* @__PURE__ */ new Map();
      let root2 = cached?.tree.rootNode;
      const rootNode = () => {
        if (!root2) {
          const tree = parsePythonTolerant(unit.text);
          ownTrees.push(tree);
          root2 = tree.rootNode;
        }
        return root2;
      };
      const derive = (key, compute) => deriveFrom(derived, key, compute);
      return {
        ...unit,
        get root() {
          return rootNode();
        },
        derive,
        functions: () => derive("functions", () => measureFunctions(rootNode(), codeLayoutOf(unit.text, derive)))
      };
    });
    const indexOfUnit = new Map(units.map((unit, index) => [unit, index]));
    const directives = units.map((unit) => unit.derive("directives", () => unit.text.includes(DIRECTIVE_PREFIX) ? collectDirectives(unit.root) : []));
    const fileDirectives = directives.flat().filter((directive) => directive.scope === "file");
    const findings = [];
    const notes = [];
    const note = ({ unit, range, markdown, ruleId }) => notes.push({ location: { uri: snapshot.uri, cell: unit.cell, range }, markdown, ruleId });
    const memos = /* @__PURE__ */ new Map();
    const contributions = /* @__PURE__ */ new Map();
    const severities = /* @__PURE__ */ new Map();
    const contribute = (key, value) => contributions.set(key, value);
    const memo = (key, compute) => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key);
    };
    for (const rule of RULES) {
      const defaultSeverity = snapshot.kind === "notebook" ? rule.meta.defaultSeverityInNotebooks ?? rule.meta.defaultSeverity : rule.meta.defaultSeverity;
      const severity = effectiveSeverity(rule.meta.id, defaultSeverity, settings2.rules.customizations);
      if (severity === "off" || rule.meta.notebookOnly && snapshot.kind !== "notebook") continue;
      severities.set(rule.meta.id, severity);
      const report = ({ unit, range, message, related, details, data, fix }) => {
        const unitIndex = indexOfUnit.get(unit) ?? -1;
        if (isSuppressed(directives[unitIndex] ?? [], rule.meta.id, range.start.line, fileDirectives)) return;
        findings.push({ ruleId: rule.meta.id, severity, message, location: { uri: snapshot.uri, cell: unit.cell, range }, related, details, data, fix });
      };
      rule.check({ snapshot, units, options: ruleOptions(rule.meta.id, settings2), report, note, memo, contribute, project });
    }
    contributions.set(PROJECT_MODULES_CONTRIBUTION, projectModulesIn(units));
    findings.sort((a, b) => (a.location.cell ?? 0) - (b.location.cell ?? 0) || a.location.range.start.line - b.location.range.start.line || a.location.range.start.character - b.location.range.start.character);
    return { findings, notes, problems: snapshot.problems, directives, contributions, severities };
  } finally {
    for (const tree of ownTrees) tree.delete();
    cache?.trim();
  }
}

// server/src/workspace/check.ts
var import_node_url3 = require("node:url");

// server/src/workspace/files.ts
var import_node_fs3 = require("node:fs");
var import_node_url2 = require("node:url");
var import_node_util = require("node:util");
var import_ignore = __toESM(require_ignore());

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start2, end);
  }
  function scanString() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start2, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit2(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit2(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name2, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name2, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString2(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString2(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray2() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject();
      case 10:
        return parseString2(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// server/src/documents/magics.ts
var PYTHON_BODY_CELL_MAGICS = /* @__PURE__ */ new Set(["time", "timeit", "capture", "prun", "debug", "memit", "mprun", "px", "python", "python3"]);
var HELP_QUERY = /^\s*\?{0,2}[A-Za-z_][\w.]*(\(\))?\?{1,2}\s*$|^\s*\?{1,2}[A-Za-z_][\w.]*\s*$/;
var ASSIGNED_MAGIC = /^(\s*[A-Za-z_][\w.,\s[\]]*=\s*)([!%].*)$/;
var blank = (line) => " ".repeat(line.length);
function percentContinuationLines(lines) {
  const found = /* @__PURE__ */ new Set();
  const candidates = lines.flatMap((line, index) => index > 0 && line.trimStart().startsWith("%") && !line.trimStart().startsWith("%%") ? [index] : []);
  if (candidates.length === 0 || !isParserReady()) return found;
  const tree = parsePython(lines.join("\n"));
  try {
    for (const index of candidates) {
      const column = lines[index].length - lines[index].trimStart().length;
      const token = tree.rootNode.descendantForPosition({ row: index, column });
      const operator = token?.parent;
      if (token?.type === "%" && operator?.type === "binary_operator" && operator.startPosition.row < index && !operator.hasError) found.add(index);
    }
  } finally {
    tree.delete();
  }
  return found;
}
var recent = /* @__PURE__ */ new Map();
var RECENT_LIMIT = 4096;
function maskIpythonSyntax(source) {
  const known = recent.get(source);
  if (known) return known;
  const masked = mask(source);
  if (!isParserReady()) return masked;
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value);
  recent.set(source, masked);
  return masked;
}
function mask(source) {
  const lines = source.split("\n");
  const firstCodeLine = lines.findIndex((line) => line.trim() !== "");
  let cellMagic;
  if (firstCodeLine >= 0 && lines[firstCodeLine].trimStart().startsWith("%%")) {
    cellMagic = lines[firstCodeLine].trim().slice(2).split(/\s+/)[0];
    if (!PYTHON_BODY_CELL_MAGICS.has(cellMagic)) {
      return { text: lines.map(blank).join("\n"), isOpaque: true, cellMagic, lineMagics: [] };
    }
    lines[firstCodeLine] = blank(lines[firstCodeLine]);
  }
  let continuesMagic = false;
  const lineMagics = [];
  const noteMagic = (text) => {
    const magic = /^%+([A-Za-z_]\w*)/.exec(text.trimStart());
    if (magic) lineMagics.push(magic[1]);
  };
  const pythonPercentLines = percentContinuationLines(lines);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const trimmed = line.trimStart();
    if (!continuesMagic && trimmed.startsWith("%") && pythonPercentLines.has(index)) continue;
    const timed = continuesMagic ? null : /^(\s*%(?:time|timeit)\s+)(?!-)(\S.*)$/.exec(line);
    if (timed && !timed[2].startsWith("%") && !timed[2].startsWith("!")) {
      noteMagic(trimmed);
      lines[index] = " ".repeat(timed[1].length) + timed[2];
      continue;
    }
    const isMagicLine = continuesMagic || trimmed.startsWith("%") || trimmed.startsWith("!") && !trimmed.startsWith("!=") || HELP_QUERY.test(line);
    if (isMagicLine) {
      if (!continuesMagic) noteMagic(trimmed);
      lines[index] = blank(line);
      continuesMagic = line.trimEnd().endsWith("\\");
      continue;
    }
    const assigned = ASSIGNED_MAGIC.exec(line);
    if (assigned) {
      noteMagic(assigned[2]);
      lines[index] = assigned[1] + "0" + " ".repeat(assigned[2].length - 1);
      continuesMagic = line.trimEnd().endsWith("\\");
    }
  }
  return { text: lines.join("\n"), isOpaque: false, cellMagic, lineMagics };
}

// server/src/documents/snapshot.ts
var DEFAULT_LIMITS = { maxFileSize: 1e6 };
var START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
function formatSize(characters) {
  return characters >= 1e6 ? `${(characters / 1e6).toFixed(1)} MB` : `${Math.ceil(characters / 1e3)} kB`;
}
function checkAnalysable(uri, totalCode, hasNul, limits) {
  if (hasNul) {
    return { severity: "warning", location: { uri, range: START }, message: "ml-practices: this file looks binary (it contains NUL bytes); it was not analysed." };
  }
  if (totalCode > limits.maxFileSize) {
    return {
      severity: "info",
      location: { uri, range: START },
      message: `ml-practices: this file has ${formatSize(totalCode)} of code, above the ${formatSize(limits.maxFileSize)} limit (setting ml-practices.maxFileSize); it was not analysed.`
    };
  }
  return void 0;
}
function pythonSnapshot(uri, source, limits = DEFAULT_LIMITS) {
  const problem = checkAnalysable(uri, source.length, source.includes("\0"), limits);
  if (problem) return { uri, kind: "python", units: [], cellCount: 1, problems: [problem] };
  return { uri, kind: "python", units: [{ source, text: source }], cellCount: 1, problems: [] };
}
function isPythonLanguage(language) {
  return language.trim().toLowerCase().startsWith("python");
}
function notebookSnapshot(uri, cells, limits = DEFAULT_LIMITS, notebookLanguage = "python") {
  const units = [];
  let totalCode = 0;
  let hasNul = false;
  if (isPythonLanguage(notebookLanguage)) {
    cells.forEach((cell, cellIndex) => {
      if (cell.kind !== "code" || cell.languageId !== void 0 && cell.languageId !== "python") return;
      const masked = maskIpythonSyntax(cell.source);
      totalCode += cell.source.length;
      hasNul ||= cell.source.includes("\0");
      units.push({ cell: cellIndex, source: cell.source, text: masked.text, executionCount: cell.executionCount, isOpaque: masked.isOpaque, lineMagics: masked.lineMagics });
    });
  }
  const problem = checkAnalysable(uri, totalCode, hasNul, limits);
  if (problem) return { uri, kind: "notebook", units: [], cellCount: cells.length, problems: [problem] };
  return { uri, kind: "notebook", units, cellCount: cells.length, problems: [] };
}
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, character: offset - lineStart };
}
function joinSource(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((part) => typeof part === "string")) return value.join("");
  return void 0;
}
function notebookSnapshotFromJson(uri, json, limits = DEFAULT_LIMITS) {
  const malformed = (message, offset = 0) => {
    const start2 = positionAt(json, offset);
    return {
      uri,
      kind: "notebook",
      units: [],
      cellCount: 0,
      problems: [{ severity: "error", location: { uri, range: { start: start2, end: start2 } }, message: `ml-practices: this notebook could not be read: ${message}. It was not analysed.` }]
    };
  };
  const errors = [];
  let document2;
  try {
    const tree = parseTree2(json, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !tree) {
      const first = errors[0];
      const where = first ? positionAt(json, first.offset) : { line: 0, character: 0 };
      return malformed(first ? `invalid JSON (${printParseErrorCode(first.error)} at line ${where.line + 1}, column ${where.character + 1})` : "the file is empty", first?.offset);
    }
    document2 = JSON.parse(json);
  } catch (error) {
    if (error instanceof RangeError) return malformed("its JSON is nested too deeply to read");
    throw error;
  }
  if (typeof document2 !== "object" || document2 === null || Array.isArray(document2)) return malformed("the top level is not a JSON object");
  const usesWorksheets = typeof document2.nbformat === "number" && document2.nbformat < 4;
  const rawCells = usesWorksheets ? document2.worksheets?.[0]?.cells : document2.cells;
  if (!Array.isArray(rawCells)) return malformed(usesWorksheets ? `no worksheets[0].cells list (nbformat ${document2.nbformat})` : 'no "cells" list (nbformat 4)');
  const infoLanguage = document2.metadata?.language_info?.name;
  const specLanguage = document2.metadata?.kernelspec?.language;
  const language = typeof infoLanguage === "string" && !isPythonLanguage(infoLanguage) ? infoLanguage : specLanguage ?? infoLanguage;
  const cells = [];
  for (const [index, raw] of rawCells.entries()) {
    if (typeof raw !== "object" || raw === null) return malformed(`cell ${index} is not an object`);
    const kind2 = raw.cell_type === "code" ? "code" : raw.cell_type === "markdown" || raw.cell_type === "heading" ? "markdown" : "raw";
    const source = joinSource(usesWorksheets && kind2 === "code" ? raw.input : raw.source);
    if (source === void 0) return malformed(`cell ${index} has no source text`);
    const count = usesWorksheets ? raw.prompt_number : raw.execution_count;
    const languageId = raw.metadata?.vscode?.languageId;
    cells.push({
      kind: kind2,
      source,
      languageId: typeof languageId === "string" ? languageId : void 0,
      executionCount: typeof count === "number" ? count : null
    });
  }
  return notebookSnapshot(uri, cells, limits, typeof language === "string" ? language : "python");
}

// server/src/workspace/files.ts
var CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
function textDecoderFor(pythonName) {
  const normalized = pythonName.toLowerCase().replace(/_/g, "-").replace(/^iso8859/, "iso-8859").replace(/^latin-?1$/, "iso-8859-1");
  for (const label of [pythonName, normalized]) {
    try {
      return new import_node_util.TextDecoder(label, { fatal: true });
    } catch {
    }
  }
  return void 0;
}
function decodePython(bytes) {
  try {
    return { text: new import_node_util.TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const head = Buffer.from(bytes.subarray(0, 400)).toString("latin1").split("\n").slice(0, 2);
    const label = head.map((line) => CODING_COOKIE.exec(line)?.[1]).find(Boolean);
    if (!label) return { error: 'it is not valid UTF-8 and declares no encoding (add a "# -*- coding: \u2026" line or save it as UTF-8)' };
    const decoder = textDecoderFor(label);
    if (!decoder) return { error: `it declares the unknown encoding "${label}"` };
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return { error: `it is not valid ${label}` };
    }
  }
}
function readSnapshot(path, limits) {
  const uri = (0, import_node_url2.pathToFileURL)(path).href;
  const isNotebook = path.endsWith(".ipynb");
  const failed = (message) => ({
    uri,
    kind: isNotebook ? "notebook" : "python",
    units: [],
    cellCount: 0,
    problems: [{ severity: "error", location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: `ml-practices: ${message}; it was not analysed.` }]
  });
  let bytes;
  try {
    bytes = (0, import_node_fs3.readFileSync)(path);
  } catch (error) {
    return failed(`this file cannot be read (${error.code ?? String(error)})`);
  }
  if (isNotebook) {
    const decoded2 = decodePython(bytes);
    if (decoded2.text === void 0) return failed(`this notebook is not valid UTF-8 JSON`);
    return notebookSnapshotFromJson(uri, decoded2.text, limits);
  }
  if (bytes.subarray(0, 8192).includes(0)) return pythonSnapshot(uri, "\0", limits);
  const decoded = decodePython(bytes);
  if (decoded.text === void 0) return failed(`this file cannot be decoded: ${decoded.error}`);
  return pythonSnapshot(uri, decoded.text, limits);
}

// server/src/workspace/check.ts
function analyseFile(path, settings2, cache, inspect, project) {
  const snapshot = readSnapshot(path, { maxFileSize: settings2.maxFileSize });
  const result = analyze(snapshot, settings2, cache, project);
  inspect?.(snapshot, result);
  const lines = snapshot.units.reduce((sum, unit) => sum + unit.source.split("\n").length, 0);
  return { path, uri: (0, import_node_url3.pathToFileURL)(path).href, kind: snapshot.kind, result, lines };
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// server/src/assessment/signals.ts
function globMatcher(glob) {
  return globTest(glob, { dot: true, basename: true });
}
function normalizeDistribution(name2) {
  return name2.toLowerCase().replace(/[-_.]+/g, "-");
}
var rootOf = (dotted) => dotted.split(".")[0];
var SignalTable = class {
  paths = [];
  texts = [];
  /** Import signals by the module's first segment. */
  imports = /* @__PURE__ */ new Map();
  /** Call signals by the callee's first segment; `prefix` for names ending in `.*`. */
  calls = /* @__PURE__ */ new Map();
  dependencies = /* @__PURE__ */ new Map();
  rules = /* @__PURE__ */ new Map();
  constructor(catalog) {
    for (const practice of catalog.practices.values()) {
      for (const side of ["adopted", "notAdopted"]) {
        practice.signals[side].forEach((signal, index) => this.add({ practice, side, signal, key: `${practice.id}/${side}/${index}` }));
      }
    }
  }
  add(ref) {
    const { signal } = ref;
    const push = (map, key, value) => map.set(key, [...map.get(key) ?? [], value]);
    switch (signal.kind) {
      case "path":
        if (signal.glob) this.paths.push({ ...ref, matches: globMatcher(signal.glob) });
        break;
      case "text":
        if (signal.pattern) this.texts.push({ ...ref, matches: globMatcher(signal.glob ?? "**"), needle: signal.pattern.toLowerCase() });
        break;
      case "import":
        if (signal.module) push(this.imports, rootOf(signal.module), { ...ref, module: signal.module });
        break;
      case "call":
        if (signal.name) {
          const prefix = signal.name.endsWith(".*");
          const name2 = prefix ? signal.name.slice(0, -2) : signal.name;
          push(this.calls, rootOf(name2), { ...ref, name: name2, prefix });
        }
        break;
      case "dependency":
        if (signal.name) push(this.dependencies, normalizeDistribution(signal.name), ref);
        break;
      case "rule":
        if (signal.rule) push(this.rules, signal.rule, ref);
        break;
    }
  }
  /** Module roots that import and call signals name: a file that mentions none of them needs no lookup. */
  moduleRoots() {
    return /* @__PURE__ */ new Set([...this.imports.keys(), ...this.calls.keys()]);
  }
  rootPattern;
  /** Whether a text mentions any module root as a word: one scan of the text, not one per module. */
  mentionsModule(text) {
    this.rootPattern ??= new RegExp(`\\b(?:${[...this.moduleRoots()].map((root2) => root2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);
    return this.rootPattern.test(text);
  }
  /** Import signals a module (dotted, as imported) satisfies. */
  importSignals(module2) {
    return (this.imports.get(rootOf(module2)) ?? []).filter((ref) => module2 === ref.module || module2.startsWith(`${ref.module}.`));
  }
  /** Call signals a qualified callee satisfies. */
  callSignals(callee) {
    return (this.calls.get(rootOf(callee)) ?? []).filter((ref) => callee === ref.name || ref.prefix && callee.startsWith(`${ref.name}.`));
  }
  /** Every signal by its key. */
  byKey() {
    const all = [...this.paths, ...this.texts, ...[...this.imports.values()].flat(), ...[...this.calls.values()].flat(), ...[...this.dependencies.values()].flat(), ...[...this.rules.values()].flat()];
    return new Map(all.map((ref) => [ref.key, ref]));
  }
  /** Whether any text or path signal could look at this file: only those files are read as text. */
  wantsText(relativePath) {
    return this.texts.some((ref) => ref.matches(relativePath));
  }
};

// server/src/assessment/store.ts
var STORE_DIRECTORY = ".ml-practices";
var ANSWERS_FILE = `${STORE_DIRECTORY}/assessment.json`;
var HISTORY_FILE = `${STORE_DIRECTORY}/history.json`;

// server/src/assessment/collect.ts
var toPosix = (path) => path.split(import_node_path3.sep).join("/");
function importedModules(statement) {
  if (statement.type === "import_statement") {
    return statement.childrenForFieldName("name").flatMap((name2) => {
      const dotted = name2?.type === "aliased_import" ? name2.childForFieldName("name") : name2;
      return dotted?.type === "dotted_name" ? [dotted.text] : [];
    });
  }
  const module2 = statement.childForFieldName("module_name");
  if (!module2 || module2.type !== "dotted_name") return [];
  const names = statement.childrenForFieldName("name").flatMap((name2) => {
    const dotted = name2?.type === "aliased_import" ? name2.childForFieldName("name") : name2;
    return dotted?.type === "dotted_name" ? [`${module2.text}.${dotted.text}`] : [];
  });
  return [module2.text, ...names];
}
function matchTexts(texts, text, where, record) {
  if (texts.length === 0) return;
  const lower = text.toLowerCase();
  for (const ref of texts) {
    const at = lower.indexOf(ref.needle);
    if (at < 0) continue;
    const lineIndex = lower.slice(0, at).split("\n").length - 1;
    record(ref, { ...where, line: lineIndex + 1, excerpt: excerpt(text.split("\n")[lineIndex]) });
  }
}
function assessFile(absolute, root2, settings2, table) {
  const path = toPosix((0, import_node_path3.relative)(root2, absolute));
  const matches = [];
  const record = (ref, place) => matches.push([ref.key, place]);
  const units = [];
  const loads = { total: 0, checked: 0 };
  const rulesOn = /* @__PURE__ */ new Set();
  let linesOfCode = 0;
  const cache = new ParseCache(Number.MAX_SAFE_INTEGER);
  try {
    const file = analyseFile(absolute, settings2, cache, (snapshot, result) => {
      const reported = /* @__PURE__ */ new Map();
      for (const finding of result.findings) {
        const key = `${finding.location.cell ?? -1}:${finding.location.range.start.line}:${finding.location.range.start.character}`;
        reported.set(key, [...reported.get(key) ?? [], finding.ruleId]);
        if (finding.ruleId === "unchecked-data-load") loads.total++;
      }
      for (const note of result.notes) {
        if (note.ruleId !== "unchecked-data-load" || note.markdown.includes("returns it unchecked")) continue;
        loads.total++;
        loads.checked++;
      }
      for (const rule of result.severities.keys()) rulesOn.add(rule);
      const texts = table.texts.filter((ref) => ref.matches(path));
      if (snapshot.kind === "notebook" && texts.length > 0) matchMarkdownCells(absolute, texts, path, record);
      const mentionsModule = snapshot.units.some((unit) => !unit.isOpaque && table.mentionsModule(unit.text));
      const aliases = /* @__PURE__ */ new Map();
      const captured = /* @__PURE__ */ new Map();
      if (mentionsModule) {
        for (const unit of snapshot.units) {
          if (unit.isOpaque) continue;
          const parsed = cache.get(unit.text);
          const captures = callsAndImports(parsed.tree.rootNode, (key, compute) => deriveFrom(parsed.derived, key, compute)).filter(({ name: name2 }) => name2 === "import" || name2 === "callee");
          captured.set(unit, captures);
          for (const { name: name2, node } of captures) if (name2 === "import") collectImports(node, aliases);
        }
      }
      for (const unit of snapshot.units) {
        matchTexts(texts, unit.source, { path, cell: unit.cell === void 0 ? void 0 : unit.cell + 1 }, record);
        if (unit.isOpaque) {
          linesOfCode += codeLayout(unit.text).codeLineCount;
          continue;
        }
        const parsed = cache.get(unit.text);
        const derive = (key, compute) => deriveFrom(parsed.derived, key, compute);
        const layout = codeLayoutOf(unit.text, derive);
        linesOfCode += layout.codeLineCount;
        const cell = unit.cell === void 0 ? void 0 : unit.cell + 1;
        const lines = unit.source.split("\n");
        const place = (node) => ({ path, line: node.startPosition.row + 1, cell, excerpt: excerpt(lines[node.startPosition.row]) });
        const functions = derive("functions", () => measureFunctions(parsed.tree.rootNode, layout));
        for (const metrics of functions) {
          const key = `${unit.cell ?? -1}:${metrics.nameRange.start.line}:${metrics.nameRange.start.character}`;
          units.push({ path, line: metrics.nameRange.start.line + 1, cell, name: metrics.qualifiedName, metrics, reportedBy: reported.get(key) ?? [] });
        }
        if (aliases.size === 0) continue;
        for (const { name: name2, node } of captured.get(unit) ?? []) {
          if (name2 === "import") {
            const refs = new Set(importedModules(node).flatMap((module2) => table.importSignals(module2)));
            for (const ref of refs) record(ref, place(node));
            continue;
          }
          const callee = dottedName(node);
          if (!callee || !aliases.has(callee.split(".")[0])) continue;
          for (const ref of table.callSignals(qualify(callee, aliases))) record(ref, place(node));
        }
      }
    });
    return { file, matches, units, loads, rulesOn: [...rulesOn], linesOfCode };
  } finally {
    cache.clear();
  }
}
var WORKER_FILE = (0, import_node_path3.join)(__dirname, "assessWorker.js");
function matchMarkdownCells(absolute, texts, path, record) {
  let cells;
  try {
    cells = JSON.parse((0, import_node_fs4.readFileSync)(absolute, "utf8")).cells;
  } catch {
    return;
  }
  if (!Array.isArray(cells)) return;
  cells.forEach((cell, index) => {
    if (cell?.cell_type !== "markdown") return;
    const source = Array.isArray(cell.source) ? cell.source.join("") : typeof cell.source === "string" ? cell.source : "";
    matchTexts(texts, source, { path, cell: index + 1 }, record);
  });
}
function excerpt(line) {
  const trimmed = line?.trim();
  if (!trimmed) return void 0;
  return trimmed.length > 120 ? `${trimmed.slice(0, 119)}\u2026` : trimmed;
}

// server/src/assessment/worker.ts
var { root, settings } = import_node_worker_threads.workerData;
var port = import_node_worker_threads.parentPort;
var ready = initParser().then(() => new SignalTable(loadCatalog()));
port.on("message", ({ index, path }) => {
  ready.then(
    (table) => {
      try {
        port.postMessage({ index, evidence: assessFile(path, root, settings, table) });
      } catch (error) {
        port.postMessage({ index, error: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
    },
    (error) => port.postMessage({ index, error: String(error) })
  );
});
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
//# sourceMappingURL=assessWorker.js.map
