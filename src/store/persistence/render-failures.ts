/**
 * Maps that broke the page while it drew them, remembered in storage so that the next visit does not
 * open them by itself: the map open last is otherwise opened again, and would break every visit. Only
 * this list is written; the maps' own data stays exactly as it was.
 */
import { RENDER_FAILURES_KEY } from "./storage-keys";
import type { StorageLike } from "./storage-port";

export interface RenderFailure {
  /** The library id of the map that was open. */
  id: string;
  title: string;
  /** What went wrong, as the error said it. */
  message: string;
}

/** A bad map in every entry of a big library is no reason to grow this list without end. */
const KEPT = 20;

export function readRenderFailures(storage: StorageLike): RenderFailure[] {
  try {
    const raw = storage.getItem(RENDER_FAILURES_KEY);
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isRenderFailure) : [];
  } catch {
    // Unreadable storage or a damaged list: nothing is held back, the maps open as usual.
    return [];
  }
}

/** False when storage refused the write (the next visit may then open the map again). */
export function addRenderFailure(storage: StorageLike, failure: RenderFailure): boolean {
  const others = readRenderFailures(storage).filter((known) => known.id !== failure.id);
  return writeList(storage, [failure, ...others].slice(0, KEPT));
}

export function forgetRenderFailure(storage: StorageLike, id: string): boolean {
  const list = readRenderFailures(storage);
  const kept = list.filter((known) => known.id !== id);
  return kept.length === list.length || writeList(storage, kept);
}

function writeList(storage: StorageLike, list: RenderFailure[]): boolean {
  try {
    if (list.length === 0) storage.removeItem(RENDER_FAILURES_KEY);
    else storage.setItem(RENDER_FAILURES_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

function isRenderFailure(value: unknown): value is RenderFailure {
  if (typeof value !== "object" || value === null) return false;
  const { id, title, message } = value as Record<string, unknown>;
  return typeof id === "string" && typeof title === "string" && typeof message === "string";
}
