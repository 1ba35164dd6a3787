// Builds the benchmark as the product ships its core (one esbuild bundle, as the CLI and the add-ins are built) into dist/bench/.
import { build } from "esbuild";

const entry = process.argv[2] ?? "bench/run-bench.ts";
await build({
  entryPoints: [entry],
  outfile: `dist/bench/${entry.replace(/^bench\//, "").replace(/\.ts$/, ".js")}`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
