import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderProblem } from "./error-handler.js";
import { orderByFromSort, unsearchableListQuery } from "./list-query.js";
import { Problem } from "./problem.js";
import { fieldErrorsFromZodIssues } from "./validation-errors.js";

const things = pgTable("things", { name: text("name"), createdAt: text("created_at"), rank: integer("rank") });
const sortable = { name: things.name, createdAt: things.createdAt, rank: things.rank };

function refusal(sort: string): Problem {
  try {
    orderByFromSort(sort, sortable, []);
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error("no refusal");
}

describe("orderByFromSort", () => {
  it("orders by the allowed fields, '-' for descending", () => {
    expect(orderByFromSort("-createdAt,name", sortable, [])).toHaveLength(2);
    expect(orderByFromSort(undefined, sortable, [])).toEqual([]);
  });

  it("refuses an unknown field on querystring.sort, like zod's errors, naming the possible fields", () => {
    const problem = refusal("name,-colour");
    expect(problem.status).toBe(400);
    expect(problem.code).toBe("validation.failed");
    expect(problem.options.errors).toEqual([{ path: "querystring.sort", code: "validation.unknown_sort", params: { values: "name, createdAt, rank" } }]);
    expect(renderProblem(problem, "fr").errors).toEqual([
      { path: "querystring.sort", code: "validation.unknown_sort", message: "Tri impossible sur ce champ ; champs possibles : name, createdAt, rank" },
    ]);
    expect(renderProblem(problem, "en").errors?.[0]?.message).toBe("Cannot sort on this field; possible fields: name, createdAt, rank");
  });

  it("takes only the list's own fields, not what every object inherits", () => {
    for (const inherited of ["constructor", "-toString", "__proto__", "hasOwnProperty"]) {
      expect(refusal(inherited).options.errors?.[0]?.code).toBe("validation.unknown_sort");
    }
  });
});

describe("unsearchableListQuery", () => {
  const query = unsearchableListQuery({ kind: z.enum(["feed", "intake"]).optional() });

  it("has no q among its parameters, only the list's own and its filters", () => {
    expect(Object.keys(z.toJSONSchema(query, { io: "input" }).properties ?? {})).toEqual(["sort", "page", "perPage", "kind"]);
    expect(query.parse({ kind: "feed", page: "2" })).toEqual({ kind: "feed", page: 2, perPage: 25 });
  });

  it("refuses a q rather than ignoring it, but lets a blank one through", () => {
    const refused = query.safeParse({ q: "martin", kind: "feed" });
    expect(refused.success).toBe(false);
    expect(fieldErrorsFromZodIssues(refused.error?.issues ?? [])).toEqual([{ path: "q", code: "validation.search_not_supported" }]);
    expect(query.safeParse({ q: " " }).success).toBe(true);
  });
});
