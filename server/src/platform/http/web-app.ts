import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import type { PageFallback } from "./error-handler.js";

const apiPrefixes = ["/api/", "/health", "/ready", "/metrics"];

/**
 * Serves the built single-page app and returns the fallback that answers unknown page paths with
 * index.html, so that deep links work. Returns undefined when there is no build (tests, or
 * `npm run dev` where Vite serves it).
 */
export async function serveWebApp(app: FastifyInstance, distFolder: string): Promise<PageFallback | undefined> {
  if (!fs.existsSync(path.join(distFolder, "index.html"))) return undefined;
  // Source maps stay on the server for debugging; the public gets the built app only.
  await app.register(fastifyStatic, { root: distFolder, prefix: "/", wildcard: false, index: ["index.html"], allowedPath: (pathName) => !pathName.endsWith(".map") });
  return (request, reply) => (request.method === "GET" && !apiPrefixes.some((prefix) => request.url.startsWith(prefix)) ? reply.sendFile("index.html") : undefined);
}
