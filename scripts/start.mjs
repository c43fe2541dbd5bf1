#!/usr/bin/env node
// `npm start`: install what is missing, build the app, and serve it on localhost.
// Plain JavaScript so that it runs before any dependency (tsx included) is installed.
import { ensureDependencies } from "./setup/dependencies.mjs";
import { NPX, run } from "./setup/run.mjs";

ensureDependencies();

console.log("Building the app and the warrant command…");
run(NPX, ["vite", "build", "--logLevel", "warn"]);
run(process.execPath, ["scripts/build-cli.mjs"]);

const port = process.env.PORT ?? "5173";
console.log(`Serving Warrant at http://localhost:${port}/ (Ctrl+C to stop)`);
run(NPX, ["vite", "preview", "--port", port, "--strictPort"]);
