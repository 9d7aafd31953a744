import { describe, expect, it } from "vitest";
import { serverCodes } from "./serverCodes";

type Colour = "red" | "green" | "blue";

describe("serverCodes", () => {
  it("answers the list as given, in its order", () => {
    expect(serverCodes<Colour>()(["blue", "red", "green"])).toEqual(["blue", "red", "green"]);
  });

  // Checked by the type checker (`npm test` runs tsc over the test files): each line must not compile.
  it("refuses, at compile time, a list that misses a code or names one the server does not have", () => {
    // @ts-expect-error "blue" is missing
    serverCodes<Colour>()(["red", "green"]);
    // @ts-expect-error "pink" is no code of the server
    serverCodes<Colour>()(["red", "green", "blue", "pink"]);
  });
});
