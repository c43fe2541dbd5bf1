import { useDocumentStore } from "./app-context";
import { MapCanvas } from "./canvas/MapCanvas";
import { ClassroomLayer } from "./classroom/ClassroomLayer";
import { ClassroomMenu } from "./classroom/ClassroomMenu";
import { PartBoundary } from "./crash/PartBoundary";
import { TestFault } from "./crash/TestFault";
import { FlowSheetLayer } from "./flow/FlowSheetLayer";
import { WhenLayoutReady } from "./layout/WhenLayoutReady";
import { onDemandWhile } from "./on-demand/on-demand";
import { SidePanel } from "./panel/SidePanel";
import { PresentationLayer } from "./present/PresentationLayer";
import { KeepHeaderControls } from "./storage/KeepHeaderControls";
import { KeepLayer } from "./storage/KeepLayer";
import { ExploreToolbar } from "./toolbar/ExploreToolbar";
import { PresentControls } from "./toolbar/PresentControls";

/** Only a map that is an assignment, or a student's copy of one, has the strip; it loads then. */
const AssignmentStrip = onDemandWhile(
  () =>
    useDocumentStore(
      (state) => state.doc.map.assignment !== undefined || state.doc.map.student !== undefined,
    ),
  "the assignment",
  () => import("./classroom/AssignmentStrip").then((m) => m.AssignmentStrip),
);

export function App() {
  const title = useDocumentStore((state) => state.doc.map.title);
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Warrant</span>
        <h1 className="map-title" title={title}>
          {title}
        </h1>
        <PresentControls />
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
          <WhenLayoutReady>
            <MapCanvas />
          </WhenLayoutReady>
        </PartBoundary>
        <SidePanel />
        <FlowSheetLayer />
      </main>
      <PartBoundary part="The presentation">
        <PresentationLayer />
      </PartBoundary>
    </div>
  );
}
