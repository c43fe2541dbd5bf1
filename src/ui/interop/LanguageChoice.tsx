/**
 * In the Import dialog, for a file written in several languages (a microtext): a button for each language
 * it holds besides the one shown, which reads the file again in that language, as `--lang` does for
 * `warrant convert`.
 */
import { languageName, otherLanguages } from "../../io/formats/microtext/microtext-languages";
import type { PendingImport } from "../../store/import-flow-store";
import { useApp } from "../app-context";

export function LanguageChoice({ pending }: { pending: PendingImport }) {
  const { readAs } = useApp().commands.imports;
  const { format, result, label: _label, ...unread } = pending;
  const others = result ? otherLanguages(result.doc) : [];
  if (format === undefined || others.length === 0) return null;
  return (
    <>
      <p>The file is written in other languages too:</p>
      <div className="interop-choices">
        {others.map((lang) => (
          <button
            key={lang}
            type="button"
            onClick={async (event) => {
              // The button goes with the language read; the keyboard goes on to the dialog's next step.
              const dialog = event.currentTarget.closest("[role=dialog]");
              await readAs(format, { ...unread, lang });
              dialog?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
            }}
          >
            Read it in {languageName(lang)}
          </button>
        ))}
      </div>
    </>
  );
}
