import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./ui/app.css";
import { App } from "./ui/App";
import { openGeneratedMapFromAddress } from "./ui/startup/open-generated-map";

// Before the first render, so a generated map (`?generate=N`) is the first thing drawn.
openGeneratedMapFromAddress(window.location.search);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
