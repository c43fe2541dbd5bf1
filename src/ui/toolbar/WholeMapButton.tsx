import { useApp } from "../app-context";
/** The toolbar's Whole map: the whole argument on one screen, every label readable where the map allows. */

export function WholeMapButton() {
  const app = useApp();
  return (
    <button
      type="button"
      className="whole-map-button"
      onClick={() => app.stores.ui.getState().showWholeMap()}
      title="Show the whole map, laid out to fit the screen with every label readable, the side panel open"
    >
      Whole map
    </button>
  );
}
