import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp, createPlatform, type Platform } from "../app.js";
import { loadConfig } from "../platform/config.js";
import type { AppServer } from "../platform/http/server.js";
import { DEMO_PASSWORD } from "../seed/demo.js";
import { createTestDatabase } from "./test-database.js";

export interface Caller {
  /** Sends a request as this caller (cookie + CSRF token, or API key). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: AppServer;
  platform: Platform;
  signIn(email: string, password?: string): Promise<Caller & { csrfToken: string; userId: string; tenantId: string }>;
  withApiKey(key: string): Caller;
  close(): Promise<void>;
}

/** The whole application on a fresh database, driven through Fastify's inject (no socket). */
export async function startTestApp(options: { worker?: boolean } = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-test-"));
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" }), databaseUrl: testDatabase.databaseUrl };
  const platform = createPlatform(config, testDatabase.database);
  const app = await buildApp(platform);
  await app.ready();
  await platform.queue.start({ work: options.worker ?? false });

  return {
    app,
    platform,
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const body = response.json<{ csrfToken: string; user: { id: string; tenantId: string } }>();
      const cookie = response.cookies.find((item) => item.name === "adhesia_session");
      if (!cookie) throw new Error("no session cookie");
      return {
        csrfToken: body.csrfToken,
        userId: body.user.id,
        tenantId: body.user.tenantId,
        request: (request) =>
          app.inject({ ...request, headers: { ...request.headers, cookie: `adhesia_session=${cookie.value}`, "x-csrf-token": body.csrfToken } }),
      };
    },
    withApiKey(key) {
      return { request: (request) => app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${key}` } }) };
    },
    async close() {
      await app.close();
      await platform.queue.stop();
      await testDatabase.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
