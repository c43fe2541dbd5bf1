/**
 * Positions of records by id, as an object without a prototype rather than a Map: looking up 400,000
 * edge endpoints is the largest single cost of compiling a big map, and V8 answers a property lookup
 * by a short string (JSON.parse interns them) about twice as fast as Map.get. Without a prototype,
 * ids such as "constructor" or "__proto__" are ordinary keys.
 */
import { idRecord } from "../model/id-record";

export type IdPositions = Readonly<Record<string, number>>;

export function positionsById(records: readonly { id: string }[]): IdPositions {
  const positions = idRecord<number>();
  for (let i = 0; i < records.length; i++) positions[(records[i] as { id: string }).id] = i;
  return positions;
}
