import { useDocumentStore } from "../store/app-stores";
import { MapCanvas } from "./canvas/MapCanvas";
import { AssignmentStrip } from "./classroom/AssignmentStrip";
import { ClassroomLayer } from "./classroom/ClassroomLayer";
import { ClassroomMenu } from "./classroom/ClassroomMenu";
import { PartBoundary } from "./crash/PartBoundary";
import { TestFault } from "./crash/TestFault";
import { SidePanel } from "./panel/SidePanel";
import { KeepHeaderControls } from "./storage/KeepHeaderControls";
import { KeepLayer } from "./storage/KeepLayer";
import { ExploreToolbar } from "./toolbar/ExploreToolbar";

export function App() {
  const title = useDocumentStore((state) => state.doc.map.title);
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Warrant</span>
        <h1 className="map-title">{title}</h1>
        <ClassroomMenu />
        <KeepHeaderControls />
      </header>
      <KeepLayer />
      <ClassroomLayer />
      <PartBoundary part="The assignment">
        <AssignmentStrip />
      </PartBoundary>
      <ExploreToolbar />
      <main className="app-main">
        <PartBoundary part="The map">
          {__WARRANT_TEST_FAULTS__ && <TestFault part="canvas" />}
          <MapCanvas />
        </PartBoundary>
        <SidePanel />
      </main>
    </div>
  );
}
