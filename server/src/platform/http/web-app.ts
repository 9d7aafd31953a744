import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import { sendProblem } from "./error-handler.js";
import { Problem } from "./problem.js";
import type { AppServer } from "./server.js";

const apiPrefixes = ["/api/", "/health", "/ready", "/metrics"];

/**
 * Serves the built single-page app; unknown non-API paths get index.html so that deep links work.
 * Returns false when there is no build (tests, or `npm run dev` where Vite serves it).
 */
export async function serveWebApp(app: AppServer, distFolder: string): Promise<boolean> {
  if (!fs.existsSync(path.join(distFolder, "index.html"))) return false;
  await app.register(fastifyStatic, { root: distFolder, prefix: "/", wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== "GET" || apiPrefixes.some((prefix) => request.url.startsWith(prefix))) {
      return sendProblem(request, reply, new Problem(404, "route.not_found"));
    }
    return reply.sendFile("index.html");
  });
  return true;
}
