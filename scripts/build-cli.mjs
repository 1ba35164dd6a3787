// Builds the CLI bundle dist/cli/renja.js with esbuild (node, ESM, dependencies left to node_modules).
import { build } from "esbuild";

await build({
  entryPoints: ["cli/renja.ts"],
  outfile: "dist/cli/renja.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
