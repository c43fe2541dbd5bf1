// First of all: it changes how the schemas that other modules make are compiled.
import "./ui/startup/zod-without-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./ui/app.css";
import { createApp } from "./app/create-app";
import { App } from "./ui/App";
import { AppProvider } from "./ui/app-context";
import { PartBoundary } from "./ui/crash/PartBoundary";
import { TestFault } from "./ui/crash/TestFault";
import { browserEnvironment } from "./ui/startup/browser-environment";
import { openGeneratedMapFromAddress } from "./ui/startup/open-generated-map";
import { registerServiceWorker } from "./ui/startup/register-service-worker";

// The one app of this page: its stores, commands and library.
const app = createApp(browserEnvironment());

// Before the first render, so a generated map (`?generate=N`) is the first thing drawn.
openGeneratedMapFromAddress(app, window.location.search);

registerServiceWorker();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AppProvider app={app}>
      <PartBoundary part="Warrant" offerExport>
        {__WARRANT_TEST_FAULTS__ && <TestFault part="app" />}
        <App />
      </PartBoundary>
    </AppProvider>
  </StrictMode>,
);
