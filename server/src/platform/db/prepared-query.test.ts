import { describe, expect, it } from "vitest";
import type { Executor } from "./database.js";
import { preparedQuery } from "./prepared-query.js";

describe("preparedQuery", () => {
  it("builds the statement once per executor and runs it with each call's values", async () => {
    const built: string[] = [];
    const byId = preparedQuery<{ id: string }, string[]>((db) => {
      built.push(String(db));
      return { execute: async (values) => [`${String(db)}:${String(values?.id)}`] };
    });
    const [first, second] = ["first", "second"].map((name) => ({ toString: () => name }) as unknown as Executor);
    if (!first || !second) throw new Error("two executors");
    expect(await byId(first, { id: "a" })).toEqual(["first:a"]);
    expect(await byId(first, { id: "b" })).toEqual(["first:b"]);
    expect(await byId(second, { id: "c" })).toEqual(["second:c"]);
    expect(built).toEqual(["first", "second"]);
  });
});
