/** What an operation returns: the new document, or the reason it was refused (the document unchanged). */
import type { ArgumentMap } from "../schema";

export type EditResult<Extra = object> =
  | ({ ok: true; doc: ArgumentMap } & Extra)
  | { ok: false; reason: string };

export function refused(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Why a change was refused, or null when it was made: what a form shows beside its field. */
export function refusalOf(result: EditResult<object>): string | null {
  return result.ok ? null : result.reason;
}
