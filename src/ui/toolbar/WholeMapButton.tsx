/** The toolbar's Whole map: the whole argument on one screen, every label readable where the map allows. */
import { useUiStore } from "../../store/app-stores";

export function WholeMapButton() {
  return (
    <button
      type="button"
      className="whole-map-button"
      onClick={() => useUiStore.getState().showWholeMap()}
      title="Show the whole map, laid out to fit the screen with every label readable, the side panel open"
    >
      Whole map
    </button>
  );
}
