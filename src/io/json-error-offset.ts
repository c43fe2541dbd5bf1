/**
 * Finds where a JSON text first goes wrong. Engines differ in what their JSON.parse errors say (some give
 * no position at all), so after JSON.parse has failed, this scanner walks the text by the JSON grammar and
 * returns the offset of the first character that cannot be there (the text's length if it ends too
 * early). It keeps its own stack, so deep nesting cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  // What each open container expects next.
  const stack: Array<"array-first" | "array-next" | "object-first" | "object-next"> = [];

  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };

  const readString = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          return false;
        }
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            while (i < text.length && /[0-9a-fA-F]/.test(text[i] as string)) i++;
            return false;
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };

  const readNumber = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "" || match[0] === "-") {
      if (text[i] === "-") i++;
      return false;
    }
    i += match[0].length;
    return true;
  };

  // Reads one value, or opens a container and returns; the loop below closes containers.
  const readValue = (): boolean => {
    skipSpace();
    const c = text[i];
    if (c === "{") {
      i++;
      stack.push("object-first");
      return true;
    }
    if (c === "[") {
      i++;
      stack.push("array-first");
      return true;
    }
    if (c === '"') return readString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return readNumber();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    // Point at the first letter of a misspelt word that does not match.
    for (const word of ["true", "false", "null"]) {
      if (c === word[0]) {
        let k = 0;
        while (text[i + k] === word[k]) k++;
        i += k;
        return false;
      }
    }
    return false;
  };

  const readKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !readString()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  if (!readValue()) return i;
  while (stack.length > 0) {
    skipSpace();
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top === "array-first" || top === "object-first") {
      const close = top === "array-first" ? "]" : "}";
      if (c === close) {
        i++;
        stack.pop();
        continue;
      }
      stack[stack.length - 1] = top === "array-first" ? "array-next" : "object-next";
      if (top === "object-first" && !readKey()) return i;
      if (!readValue()) return i;
      continue;
    }
    const close = top === "array-next" ? "]" : "}";
    if (c === close) {
      i++;
      stack.pop();
      continue;
    }
    if (c !== ",") return i;
    i++;
    if (top === "object-next" && !readKey()) return i;
    if (!readValue()) return i;
  }
  skipSpace();
  return i;
}
