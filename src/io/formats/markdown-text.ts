/** Words written into Markdown as they were typed: Markdown's own characters escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1")
    .replace(/^(\d+)\./, "$1\\.")
    .replace(/^-/, "\\-");
}
