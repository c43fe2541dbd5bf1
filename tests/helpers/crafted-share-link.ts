/** Share-link payloads made by hand, for the tests of what decoding a hostile link costs. */

export const URI_SAFE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/**
 * A crafted stream in lz-string's format: one "a", then `codes` codes that each name the entry about
 * to be made (the previous entry plus its first character), so the output grows 2, 3, 4 … characters
 * per code: about codes²/2 in all, from a link of a few characters per code.
 */
export function repeatingLink(codes: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push(Math.floor(value / 2 ** i) % 2);
  };
  write(0, 2);
  write("a".charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  let link = "";
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value = value * 2 + (bits[i + j] as number);
    link += URI_SAFE_ALPHABET[value];
  }
  return link;
}
