/** The Map / Flow switch of the toolbar: which view fills the main area. */
import "./main-view-switch.css";
import type { MainView } from "../../store/main-view-store";
import { useMainView } from "../app-context";

const VIEWS: readonly { view: MainView; name: string; hint: string }[] = [
  { view: "map", name: "Map", hint: "The argument map and its side panel" },
  { view: "flow", name: "Flow", hint: "The flow of the round, one column per speech, to type into" },
];

export function MainViewSwitch() {
  const view = useMainView((state) => state.view);
  const setView = useMainView((state) => state.setView);
  return (
    <fieldset className="main-view-switch">
      <legend className="visually-hidden">Main view</legend>
      {VIEWS.map((choice) => (
        <button
          key={choice.view}
          type="button"
          aria-pressed={view === choice.view}
          title={choice.hint}
          onClick={() => setView(choice.view)}
        >
          {choice.name}
        </button>
      ))}
    </fieldset>
  );
}
