/** How a library entry's size and last change read in the list. */

/** Characters of storage as kilobytes; browsers allow about 5 million characters in all. */
export function formatStoredSize(chars: number): string {
  if (chars <= 0) return "not stored yet";
  if (chars < 1024) return `${chars} characters`;
  const kb = chars / 1024;
  return kb < 1024 ? `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

export function formatLastChange(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (!iso || Number.isNaN(then.getTime())) return "never saved";
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return then.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

export function formatNodeCount(nodes: number): string {
  return nodes === 1 ? "1 node" : `${nodes} nodes`;
}
