import { describe, expect, it } from "vitest";
import { listResult } from "./listResult";

describe("listResult", () => {
  const items = [{ id: "a" }, { id: "b" }];

  it("passes a counted page's total on", () => {
    expect(listResult({ items, total: 42 }, items, { page: 1, perPage: 2 })).toEqual({ data: items, total: 42 });
  });

  it("turns a capped count into partial pagination, with a next page until the cap", () => {
    expect(listResult({ items, total: 10_000, totalCapped: true }, items, { page: 1, perPage: 25 })).toEqual({ data: items, pageInfo: { hasPreviousPage: false, hasNextPage: true } });
    expect(listResult({ items, total: 10_000, totalCapped: true }, items, { page: 400, perPage: 25 })).toEqual({ data: items, pageInfo: { hasPreviousPage: true, hasNextPage: false } });
  });

  it("counts a bare array", () => {
    expect(listResult(items, items)).toEqual({ data: items, total: 2 });
  });
});
