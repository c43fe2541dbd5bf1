/**
 * Ids in a merged map. The copies of one assignment share the assignment's ids, and a record that keeps
 * its identity across copies keeps its id. Two different records that happen to share an id (two
 * students who each added a point the app called "n12") cannot both have it: the first in the merge's
 * order keeps it and the other gets a fresh one, so nothing a student added is lost or mixed up.
 */
import { countedId } from "../ids";

export class IdClaims {
  private readonly taken: Set<string>;
  private readonly ownerOf = new Map<string, string>();
  private readonly idOf = new Map<string, string>();

  /** `everyId`: all ids of this namespace in every copy, so a fresh id never takes one a later record wants. */
  constructor(everyId: Iterable<string>) {
    this.taken = new Set(everyId);
  }

  /**
   * The merged id of the record with this identity, which would like to keep `wanted`; a fresh id
   * starts with `prefix`, as the app's own new ids do.
   */
  claim(identity: string, wanted: string, prefix: string): string {
    const known = this.idOf.get(identity);
    if (known !== undefined) return known;
    const id = this.ownerOf.has(wanted) ? countedId(prefix, this.taken) : wanted;
    this.taken.add(id);
    this.ownerOf.set(id, identity);
    this.idOf.set(identity, id);
    return id;
  }
}
