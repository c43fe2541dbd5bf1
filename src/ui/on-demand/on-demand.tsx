/**
 * A part of the page whose code loads the first time it is shown (a dialog, a side tab, a menu), so the
 * first screen downloads less. While the code loads the part says so; if the code cannot be fetched
 * (the network dropped before the first visit finished caching) it says that and offers to try again.
 * That is a missing download, not a map that failed to draw, so it neither stops saving nor marks the map
 * as failed; an error the loaded part throws while drawing still goes to the PartBoundary around it.
 */
import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useReducer,
} from "react";
import "./on-demand.css";

/** The code of a part could not be fetched. */
export class PartLoadFailure extends Error {
  override name = "PartLoadFailure";
}

interface PartCode<P extends object> {
  what: string;
  className: string;
  fetch: () => Promise<{ default: ComponentType<P> }>;
  /** React.lazy keeps a failed load failed, so trying again replaces it. */
  loaded: LazyExoticComponent<ComponentType<P>>;
}

interface Options {
  /** The loading note shows in a corner of the window, for dialogs that cover the page anyway. */
  floating?: boolean;
  /** A class of the note's own, for a part that floats where it shows (a menu's items, in the menu's box). */
  noteClass?: string;
}

/** `what` names the part as the messages show it ("the Flow tab"); made once, at module level. */
export function onDemand<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  options: Options = {},
): ComponentType<P> {
  const fetch = () =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        throw new PartLoadFailure(error instanceof Error ? error.message : String(error));
      },
    );
  const code: PartCode<P> = {
    what,
    className: ["on-demand-note", options.floating ? "on-demand-floating" : "", options.noteClass ?? ""]
      .filter(Boolean)
      .join(" "),
    fetch,
    loaded: lazy(fetch),
  };
  return (props: P) => <OnDemandPart code={code} props={props} />;
}

/**
 * `onDemand` for a part that is there only at times (a dialog while it is open): `useShown` says when,
 * and the part's code loads the first time it is true.
 */
export function onDemandWhile<P extends object>(
  useShown: () => boolean,
  what: string,
  load: () => Promise<ComponentType<P>>,
  options: Options = {},
): ComponentType<P> {
  const Part = onDemand(what, load, options);
  return (props: P) => <WhileShown useShown={useShown} part={Part} props={props} />;
}

function WhileShown<P extends object>(input: { useShown: () => boolean; part: ComponentType<P>; props: P }) {
  const Part = input.part;
  return input.useShown() ? <Part {...input.props} /> : null;
}

function OnDemandPart<P extends object>({ code, props }: { code: PartCode<P>; props: P }) {
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  const retry = () => {
    code.loaded = lazy(code.fetch);
    redraw();
  };
  const Loaded = code.loaded;
  return (
    <LoadBoundary what={code.what} className={code.className} onRetry={retry}>
      <Suspense
        fallback={
          <p className={code.className} role="status">
            Loading {code.what}…
          </p>
        }
      >
        <Loaded {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

interface BoundaryProps {
  what: string;
  className: string;
  onRetry: () => void;
  children: ReactNode;
}

class LoadBoundary extends Component<BoundaryProps, { failure: unknown }> {
  override state: { failure: unknown } = { failure: null };

  static getDerivedStateFromError(failure: unknown) {
    return { failure };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    // Not a download that failed: the part's own error, for the PartBoundary around it.
    if (!(failure instanceof PartLoadFailure)) throw failure;
    return (
      <div className={`${this.props.className} on-demand-failed`} role="alert">
        <p>
          <strong>{capitalised(this.props.what)} could not be loaded</strong>: {failure.message}. Nothing in
          the map has changed; check the connection and try again.
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ failure: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
