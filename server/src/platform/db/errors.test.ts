import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { withoutQueryParameters } from "./errors.js";

describe("an error as it may be written down", () => {
  it("keeps a failed query's fault and its statement, never its parameters", () => {
    const driverError = Object.assign(new Error("invalid byte sequence for encoding \"UTF8\": 0x00"), { code: "22021" });
    const failed = new DrizzleQueryError('insert into "users" ("email", "password_hash") values ($1, $2)', ["jean@example.fr", "$argon2id$v=19$m=65536$secret"], driverError);
    const safe = withoutQueryParameters(failed);
    expect(safe).toBeInstanceOf(Error);
    const written = JSON.stringify({ message: (safe as Error).message, stack: (safe as Error).stack, ...(safe as object) });
    expect(written).toContain("invalid byte sequence");
    expect((safe as Error).message).toContain('insert into "users"');
    expect(written).not.toContain("argon2id");
    expect(written).not.toContain("jean@example.fr");
    expect(safe).toMatchObject({ code: "22021" });
  });

  it("leaves any other error as it is", () => {
    const other = new Error("boom");
    expect(withoutQueryParameters(other)).toBe(other);
  });
});
