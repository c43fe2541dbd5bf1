/**
 * Keeps a failure in one part of the page inside that part: the canvas, a side tab or, outermost, the
 * whole app. The failed part says what happened; everything else keeps working, and saving stops so
 * that nothing drawn after the error is written (see KeepCore.renderFailed). A part is drawn afresh
 * when another map is opened.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { downloadMap } from "../storage/download";
import { reportRenderFailure } from "./report-render-failure";
import "./crash.css";
import type { App } from "../../app/create-app";
import { useApp, useDocumentStore } from "../app-context";

interface BoundaryProps {
  /** The part, as the message names it: "The map", "The Why tab". */
  part: string;
  /** The outermost boundary has no header around it, so it offers the export itself. */
  offerExport?: boolean;
  children: ReactNode;
}

export function PartBoundary(props: BoundaryProps) {
  const mapKey = useDocumentStore((state) => `${state.libraryId ?? ""}\n${state.doc.map.id}`);
  return <Boundary {...props} resetKey={mapKey} app={useApp()} />;
}

interface State {
  error: Error | null;
  resetKey: string;
}

class Boundary extends Component<BoundaryProps & { resetKey: string; app: App }, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: State): Partial<State> | null {
    // Another map: the part gets a fresh start.
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    reportRenderFailure(this.props.app, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="part-failed" role="alert">
        <p>
          <strong>{this.props.part} could not be shown</strong>: {error.message || "an unexpected error"}.
        </p>
        <p>
          The rest of the page still works. Saving has stopped, so the stored copy stays as it was last saved;
          export the map to keep it as it is now. It will not open by itself next time.
        </p>
        {this.props.offerExport && (
          <button type="button" onClick={() => downloadMap(this.props.app.stores.document.getState().doc)}>
            Export JSON
          </button>
        )}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
