// Finds the first syntax error in a JSON text, with its offset and what was expected there.
// JSON.parse says less, words it differently in each Node version, and often gives no position.

export interface JsonSyntaxError {
  /** Offset of the offending character (the text's length when the text ends too soon). */
  offset: number;
  /** What should have been there, in the words of an `InputError`'s `expected`. */
  expected: string;
}

const VALUE = "a value (a string in double quotes, a number, true, false, null, [ or {)";

/** Checks JSON syntax without building anything; iterative, so deep nesting cannot overflow. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const closers: ("}" | "]")[] = [];
  let i = 0;
  let state: "value" | "key" | "after" = "value";
  let afterComma = false;

  const skipSpace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const found = () => {
    if (i >= text.length) return "the end of the file";
    const c = String.fromCodePoint(text.codePointAt(i)!);
    return c === '"' ? "a double quote" : JSON.stringify(c);
  };
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected: `${expected}, not ${found()}` });

  for (;;) {
    skipSpace();
    if (state === "value") {
      const c = text[i];
      if (afterComma && c === closers[closers.length - 1]) return fail(`another item after "," (JSON allows no trailing comma)`);
      afterComma = false;
      if (c === "{" || c === "[") {
        i++;
        skipSpace();
        const closer = c === "{" ? "}" : "]";
        if (text[i] === closer) {
          i++;
          state = "after";
        } else {
          closers.push(closer);
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        const error = scanString();
        if (error) return error;
        state = "after";
      } else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
        const error = scanNumber();
        if (error) return error;
        state = "after";
      } else {
        const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
        if (!literal) return fail(VALUE);
        i += literal.length;
        state = "after";
      }
    } else if (state === "key") {
      if (afterComma && text[i] === "}") return fail(`another property after "," (JSON allows no trailing comma)`);
      afterComma = false;
      if (text[i] !== '"') return fail("a property name in double quotes");
      const error = scanString();
      if (error) return error;
      skipSpace();
      if (text[i] !== ":") return fail('":" after the property name');
      i++;
      state = "value";
    } else {
      const closer = closers[closers.length - 1];
      if (closer === undefined) return i < text.length ? fail("the end of the file after the JSON value") : undefined;
      if (text[i] === ",") {
        i++;
        afterComma = true;
        state = closer === "}" ? "key" : "value";
      } else if (text[i] === closer) {
        i++;
        closers.pop();
      } else {
        return fail(`"," or "${closer}"`);
      }
    }
  }

  function scanString(): JsonSyntaxError | undefined {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail("a control character in a string written as an escape (\\n, \\t, \\u0000)");
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return fail("four hex digits after \\u");
          }
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          i++;
          return fail('an escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u) after the backslash');
        }
        i += 2;
        continue;
      }
      i++;
    }
    return fail("a closing double quote");
  }

  function scanNumber(): JsonSyntaxError | undefined {
    const isDigit = () => i < text.length && text[i]! >= "0" && text[i]! <= "9";
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (isDigit()) while (isDigit()) i++;
    else return fail("a digit");
    if (text[i] === ".") {
      i++;
      if (!isDigit()) return fail("a digit after the decimal point");
      while (isDigit()) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit()) return fail("a digit in the exponent");
      while (isDigit()) i++;
    }
    return undefined;
  }
}
