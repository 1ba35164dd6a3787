#!/usr/bin/env node
// Launcher of the `renja` command: the CLI bundle is built by `npm run build:cli` (run on install by `prepare`).
import "../dist/cli/renja.js";
