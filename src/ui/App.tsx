import { useDocumentStore } from "../store/document-store";
import { MapCanvas } from "./canvas/MapCanvas";

export function App() {
  const title = useDocumentStore((state) => state.doc.map.title);
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Warrant</span>
        <h1 className="map-title">{title}</h1>
      </header>
      <main className="app-main">
        <MapCanvas />
      </main>
    </div>
  );
}
