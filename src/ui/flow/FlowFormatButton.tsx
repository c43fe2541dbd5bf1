/** The flow sheet's "Format…" button: opens the dialog that chooses the round's format or builds one. */
import { useRef, useState } from "react";
import { FlowFormatDialog } from "./FlowFormatDialog";

export function FlowFormatButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Format…
      </button>
      {open && <FlowFormatDialog onClose={close} />}
    </>
  );
}
