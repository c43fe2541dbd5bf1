/** The import entry points for the first screen: they load the import flow only when used. */
export async function importFileLater(file: File): Promise<void> {
  (await import("./import-flow")).importFileByFlow(file);
}

export async function importTextLater(text: string, source: string): Promise<void> {
  (await import("./import-flow")).importTextByFlow(text, source);
}
