/** The toolbar's Whole map: the whole argument on one screen, every label readable where the map allows. */
import { useApp } from "../app-context";

export function WholeMapButton() {
  const app = useApp();
  return (
    <button
      type="button"
      className="whole-map-button"
      onClick={app.commands.explore.showWholeMap}
      title="Show the whole map, laid out to fit the screen with every label readable, the side panel open"
    >
      Whole map
    </button>
  );
}
