import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { successiveTotpCodes } from "../../test-support/totp.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

/** Each test signs in from its own address, so that the per-address throttle of one does not block another. */
const login = (remoteAddress: string, email: string, password: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password, ...extra }, remoteAddress });

async function createUser(email: string, password: string): Promise<string> {
  const created = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email, displayName: email, password } });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string }>().id;
}

describe("TOTP set-up", () => {
  it("refuses to replace an active second factor; the user disables it with a code first", async () => {
    await createUser("totp-owner@alpha.demo", "mot-de-passe-totp");
    const session = await t.signIn("totp-owner@alpha.demo", "mot-de-passe-totp");
    const { secret } = (await session.request({ method: "POST", url: "/api/v1/me/totp/setup" })).json<{ secret: string }>();
    const [enableCode, signInCode, disableCode] = await successiveTotpCodes(secret);
    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/enable", payload: { code: enableCode } })).statusCode).toBe(204);

    const again = await session.request({ method: "POST", url: "/api/v1/me/totp/setup" });
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    expect(again.json()).toMatchObject({ code: "auth.totp_already_enabled", title: "La double authentification est déjà activée : désactivez-la d'abord avec un code" });
    const english = await session.request({ method: "POST", url: "/api/v1/me/totp/setup", headers: { "accept-language": "en" } });
    expect(english.json().title).toBe("Two-factor authentication is already on: turn it off with a code first");

    // The second factor is untouched: still required, still the same secret.
    expect((await login("10.0.1.1", "totp-owner@alpha.demo", "mot-de-passe-totp")).json().code).toBe("auth.totp_required");
    expect((await login("10.0.1.1", "totp-owner@alpha.demo", "mot-de-passe-totp", { totpCode: signInCode })).statusCode).toBe(200);
    const me = (await session.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { totpEnabled: boolean } }>();
    expect(me.user.totpEnabled).toBe(true);

    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/disable", payload: { code: disableCode } })).statusCode).toBe(204);
    const renewed = await session.request({ method: "POST", url: "/api/v1/me/totp/setup" });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json<{ secret: string }>().secret).not.toBe(secret);
  });

  it("lets a set-up that was never enabled be started again", async () => {
    await createUser("totp-pending@alpha.demo", "mot-de-passe-totp");
    const session = await t.signIn("totp-pending@alpha.demo", "mot-de-passe-totp");
    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/setup" })).statusCode).toBe(200);
    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/setup" })).statusCode).toBe(200);
  });
});

describe("sign-in with an unknown e-mail", () => {
  it("answers exactly like a wrong password, and counts towards the throttle alike", async () => {
    await createUser("known@alpha.demo", "le-bon-mot-de-passe");
    const passwordless = await createUser("sans-mot-de-passe@alpha.demo", "provisoire-a-effacer");
    await t.platform.database.rows(sql`update users set password_hash = null where id = ${passwordless}`);

    const cases = [
      { address: "10.0.2.1", email: "known@alpha.demo" },
      { address: "10.0.2.2", email: "personne@alpha.demo" },
      { address: "10.0.2.3", email: "sans-mot-de-passe@alpha.demo" },
    ];
    const bodies = [];
    for (const { address, email } of cases) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const refused = await login(address, email, "pas-le-bon-mot-de-passe");
        expect(refused.statusCode).toBe(401);
        bodies.push(refused.body);
      }
      const throttled = await login(address, email, "pas-le-bon-mot-de-passe");
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().code).toBe("auth.too_many_attempts");
    }
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] ?? "{}")).toMatchObject({ status: 401, code: "auth.invalid_credentials" });
  });
});

describe("changing one's own password", () => {
  it("takes the current password, keeps the session asking and ends the others", async () => {
    await createUser("change-mdp@alpha.demo", "ancien-mot-de-passe");
    const here = await t.signIn("change-mdp@alpha.demo", "ancien-mot-de-passe");
    const elsewhere = await t.signIn("change-mdp@alpha.demo", "ancien-mot-de-passe");

    const wrong = await here.request({ method: "POST", url: "/api/v1/me/password", payload: { currentPassword: "pas-le-bon-mot", newPassword: "nouveau-mot-de-passe" } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ path: "currentPassword", code: "auth.wrong_password", message: "Mot de passe actuel incorrect" })]);
    const same = await here.request({ method: "POST", url: "/api/v1/me/password", payload: { currentPassword: "ancien-mot-de-passe", newPassword: "ancien-mot-de-passe" } });
    expect(same.json().errors).toEqual([expect.objectContaining({ path: "newPassword", code: "auth.password_unchanged" })]);
    const short = await here.request({ method: "POST", url: "/api/v1/me/password", payload: { currentPassword: "ancien-mot-de-passe", newPassword: "court" } });
    expect(short.json().errors).toEqual([expect.objectContaining({ path: "newPassword", code: "validation.too_small" })]);

    const changed = await here.request({ method: "POST", url: "/api/v1/me/password", payload: { currentPassword: "ancien-mot-de-passe", newPassword: "nouveau-mot-de-passe" } });
    expect(changed.statusCode).toBe(204);
    expect((await here.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    expect((await login("10.0.4.1", "change-mdp@alpha.demo", "ancien-mot-de-passe")).statusCode).toBe(401);
    expect((await login("10.0.4.1", "change-mdp@alpha.demo", "nouveau-mot-de-passe")).statusCode).toBe(200);
  });

  it("is for signed-in users, not API keys", async () => {
    const key = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "mdp" } })).json<{ key: string }>().key;
    const response = await t.app.inject({ method: "POST", url: "/api/v1/me/password", headers: { authorization: `Bearer ${key}` }, payload: { currentPassword: "x", newPassword: "nouveau-mot-de-passe" } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("auth.session_required");
  });
});
