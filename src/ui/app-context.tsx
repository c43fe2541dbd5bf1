/**
 * How views reach the app: `AppProvider` gives them the one made by createApp, `useApp()` returns it
 * (its stores, commands and library session), and the hooks below read one store each through a
 * selector, re-rendering only when the selected value changes. No view holds a store of its own, so a
 * test renders any view with a fresh app.
 */
import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { App } from "../app/create-app";
import type { AppStores } from "../app/create-stores";

const AppContext = createContext<App | null>(null);

export function AppProvider({ app, children }: { app: App; children: ReactNode }) {
  return <AppContext.Provider value={app}>{children}</AppContext.Provider>;
}

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error("A view was drawn outside AppProvider, so it has no app to show.");
  return app;
}

/** The app's stores, for reading at the moment of an action (`stores.document.getState()`). */
export function useStores(): AppStores {
  return useApp().stores;
}

type StoreName = Exclude<keyof AppStores, "events">;
type StateOf<Name extends StoreName> = AppStores[Name] extends { getState(): infer State } ? State : never;

/** Reads one store of the app through a selector. */
function useSelected<Name extends StoreName, Selected>(
  name: Name,
  selector: (state: StateOf<Name>) => Selected,
): Selected {
  const store = useApp().stores[name] as unknown as Parameters<typeof useStore>[0];
  return useStore(store, selector as (state: unknown) => Selected);
}

export function useDocumentStore<Selected>(selector: (state: StateOf<"document">) => Selected): Selected {
  return useSelected("document", selector);
}

export function useUiStore<Selected>(selector: (state: StateOf<"ui">) => Selected): Selected {
  return useSelected("ui", selector);
}

export function useSelection<Selected>(selector: (state: StateOf<"selection">) => Selected): Selected {
  return useSelected("selection", selector);
}

export function useNotices<Selected>(selector: (state: StateOf<"notices">) => Selected): Selected {
  return useSelected("notices", selector);
}

export function useEditStore<Selected>(selector: (state: StateOf<"edit">) => Selected): Selected {
  return useSelected("edit", selector);
}

export function useExploreView<Selected>(selector: (state: StateOf<"explore">) => Selected): Selected {
  return useSelected("explore", selector);
}

export function useScoreStore<Selected>(selector: (state: StateOf<"score">) => Selected): Selected {
  return useSelected("score", selector);
}

export function useKeepStore<Selected>(selector: (state: StateOf<"keep">) => Selected): Selected {
  return useSelected("keep", selector);
}

export function useKeepUi<Selected>(selector: (state: StateOf<"keepUi">) => Selected): Selected {
  return useSelected("keepUi", selector);
}

export function useBriefView<Selected>(selector: (state: StateOf<"briefView">) => Selected): Selected {
  return useSelected("briefView", selector);
}

export function useCiteSheetView<Selected>(
  selector: (state: StateOf<"citeSheetView">) => Selected,
): Selected {
  return useSelected("citeSheetView", selector);
}

export function useMainView<Selected>(selector: (state: StateOf<"mainView">) => Selected): Selected {
  return useSelected("mainView", selector);
}

export function useImportReading<Selected>(
  selector: (state: StateOf<"importReading">) => Selected,
): Selected {
  return useSelected("importReading", selector);
}

export function useImportFlow<Selected>(selector: (state: StateOf<"importFlow">) => Selected): Selected {
  return useSelected("importFlow", selector);
}

export function useClassroomRole<Selected>(
  selector: (state: StateOf<"classroomRole">) => Selected,
): Selected {
  return useSelected("classroomRole", selector);
}

export function useAssignmentIntake<Selected>(
  selector: (state: StateOf<"assignmentIntake">) => Selected,
): Selected {
  return useSelected("assignmentIntake", selector);
}

export function useClassMerge<Selected>(selector: (state: StateOf<"classMerge">) => Selected): Selected {
  return useSelected("classMerge", selector);
}

export function useClassView<Selected>(selector: (state: StateOf<"classView">) => Selected): Selected {
  return useSelected("classView", selector);
}

export function useClassroomDialogs<Selected>(
  selector: (state: StateOf<"classroomDialogs">) => Selected,
): Selected {
  return useSelected("classroomDialogs", selector);
}

export function usePresentation<Selected>(selector: (state: StateOf<"presentation">) => Selected): Selected {
  return useSelected("presentation", selector);
}

export function usePrepView<Selected>(selector: (state: StateOf<"prepView">) => Selected): Selected {
  return useSelected("prepView", selector);
}

export function useSpeechOutlines<Selected>(
  selector: (state: StateOf<"speechOutlines">) => Selected,
): Selected {
  return useSelected("speechOutlines", selector);
}

export function useRoundTimer<Selected>(selector: (state: StateOf<"roundTimer">) => Selected): Selected {
  return useSelected("roundTimer", selector);
}
