// Check options at the edge: defaults, explicit predikat bands (the open lowest band included), and refusals.
import { describe, expect, it } from "vitest";
import { DEFAULT_PREDIKAT_BANDS, resolveOptions } from "../../core/options.js";

describe("resolveOptions", () => {
  it("fills the defaults", () => {
    expect(resolveOptions()).toMatchObject({ lang: "id", predikatBands: DEFAULT_PREDIKAT_BANDS });
  });

  it("takes the default bands given explicitly, with their open lowest band", () => {
    expect(resolveOptions({ predikatBands: DEFAULT_PREDIKAT_BANDS }).predikatBands.at(-1)?.min).toBe(Number.NEGATIVE_INFINITY);
  });

  it("refuses a band without a label, a bad colour and a malformed bidang", () => {
    expect(() => resolveOptions({ predikatBands: [{ min: 50, label: "" }] })).toThrow();
    expect(() => resolveOptions({ predikatBands: [{ min: 50, label: "Baik", color: "green" }] })).toThrow();
    expect(() => resolveOptions({ bidang: "1.6" })).toThrow();
  });
});
