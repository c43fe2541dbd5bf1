/**
 * The few globals the pure core uses that both browsers and Node provide (the WHATWG text encoder, URL
 * parser and structured clone). tsconfig.core.json checks the core with these alone, without the DOM
 * or Node's types, so a use of `document`, `window`, `localStorage` or `fs` in the core fails to compile.
 */
declare function structuredClone<T>(value: T): T;

declare class TextEncoder {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly href: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
}
