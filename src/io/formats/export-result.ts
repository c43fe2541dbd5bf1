/** What every exporter returns: the text, and what of the map the target format could not hold. */
export interface ExportResult {
  text: string;
  /** One line for each kind of thing left out, with how many. */
  dropped: string[];
}

/** "1 support", "3 supports": counts in the messages people read. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
