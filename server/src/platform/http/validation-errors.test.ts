import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZodIssues } from "./validation-errors.js";

const schema = z.object({
  email: z.email(),
  name: z.string().min(2),
  kind: z.enum(["a", "b"]),
  count: z.number().max(3),
});

describe("fieldErrorsFromZodIssues", () => {
  it("gives one stable code per field with the parameters its message needs", () => {
    const result = schema.safeParse({ email: "nope", kind: "c", count: 9 });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromZodIssues(result.error?.issues ?? []);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: "email", code: "validation.invalid_format", params: { format: "email" } },
        { path: "name", code: "validation.required" },
        { path: "kind", code: "validation.invalid_value", params: { values: ["a", "b"] } },
        { path: "count", code: "validation.too_big", params: { maximum: 3 } },
      ]),
    );
  });

  it("keeps the code a refinement chose", () => {
    const refined = z.string().refine((value) => value === "ok", { params: { code: "company.invalid_siren" } });
    const result = refined.safeParse("ko");
    expect(fieldErrorsFromZodIssues(result.error?.issues ?? [])[0]?.code).toBe("company.invalid_siren");
  });
});
