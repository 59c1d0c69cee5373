import { describe, expect, it } from "vitest";
import { isInRegionScope, regionPrefix } from "./region-scope";

describe("region scope", () => {
  it("derives prefixes per level", () => {
    expect(regionPrefix("440000")).toBe("44");
    expect(regionPrefix("440800")).toBe("4408");
    expect(regionPrefix("230881")).toBe("230881");
    expect(regionPrefix("500100")).toBe("5001");
    expect(regionPrefix("230881101000")).toBe("230881101");
    expect(regionPrefix("000000")).toBe("");
  });

  it("keeps sibling counties and other provinces out", () => {
    expect(isInRegionScope("440800", "440802")).toBe(true);
    expect(isInRegionScope("440800", "440800")).toBe(true);
    expect(isInRegionScope("440802", "440803")).toBe(false);
    expect(isInRegionScope("440802", "440800")).toBe(false);
    expect(isInRegionScope("370305", "230881")).toBe(false);
    expect(isInRegionScope("000000", "230881")).toBe(true);
  });
});
