import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./ui/app.css";
import { App } from "./ui/App";
import { PartBoundary } from "./ui/crash/PartBoundary";
import { TestFault } from "./ui/crash/TestFault";
import { openGeneratedMapFromAddress } from "./ui/startup/open-generated-map";

// Before the first render, so a generated map (`?generate=N`) is the first thing drawn.
openGeneratedMapFromAddress(window.location.search);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <PartBoundary part="Warrant" offerExport>
      {__WARRANT_TEST_FAULTS__ && <TestFault part="app" />}
      <App />
    </PartBoundary>
  </StrictMode>,
);
