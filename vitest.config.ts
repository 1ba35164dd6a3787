// Test runner configuration: every *.test.ts under test/; a JSON summary in out/ for CI's closing line.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "out/vitest-results.json" }]],
  },
});
