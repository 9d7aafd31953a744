import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { RequestContext } from "../auth/context.js";
import { localeFromAcceptLanguage, type Locale } from "../i18n/locale.js";
import { installErrorHandling, sendProblem } from "./error-handler.js";
import { installInputNormalisation } from "./input-normalisation.js";
import { describeErrors, describeRoute } from "./openapi.js";
import { Problem } from "./problem.js";
import { serveWebApp } from "./web-app.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by authentication; undefined on public routes. */
    ctx: RequestContext | undefined;
  }
  interface FastifyContextConfig {
    /** Reachable without credentials (sign-in, health, public shop). */
    public?: boolean;
    /**
     * What the caller must hold to reach the route (all of them, when several), checked right after
     * authentication: a caller without it gets 403 `auth.forbidden` before the request is read or
     * validated, whatever it sent. `null` when no permission can be named before reading the request
     * (it depends on the body or on the record, or there is none): the service decides. Every
     * authenticated /api/v1 route says which; the services check again for their other callers.
     */
    permission?: string | readonly string[] | null;
    /**
     * Who may call the route at all, checked with the permission: a person's own account
     * (`session`: password, second factor) or a system's interface (`api_key`: integrations).
     */
    caller?: "session" | "api_key";
    /**
     * Top-level members of the JSON answer that are secrets shown once (an API key, a temporary
     * password): the Idempotency-Key copy of the answer is stored without them, so a replay
     * never repeats them.
     */
    secretFields?: readonly string[];
  }
}

export type AppServer = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface HttpServerOptions {
  logLevel: string;
  maxUploadBytes: number;
  trustProxy?: boolean;
  /** The built web app to serve beside the API, if any. */
  webDistFolder?: string | undefined;
}

export async function createHttpServer(options: HttpServerOptions): Promise<AppServer> {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'] },
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    // A URL the router cannot read (bad percent-encoding, raw UTF-8) gets a problem document too.
    frameworkErrors: (_error, request, reply) => sendProblem(request, reply, new Problem(400, "request.malformed")),
  }).withTypeProvider<ZodTypeProvider>();

  // Some HTTP clients send `Content-Type: application/json` with no body (a DELETE): no body, not a malformed one.
  const jsonParser = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (body === "") done(null, undefined);
    else jsonParser(request, body.toString(), done);
  });
  // The API reads JSON and multipart only: a text body is an unsupported type (415), not invalid JSON data.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("ctx", undefined);
  installInputNormalisation(app);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(fastifyHelmet, {
    // The web app's own scripts only; MUI writes its styles inline; the QR code and avatars are inline images.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Helmet's default would send every request of an installation on plain HTTP (a LAN, a demo) to HTTPS.
        upgradeInsecureRequests: null,
      },
    },
    // Files the app serves (attachments, exports) open in a new tab of the app's own origin.
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: options.maxUploadBytes, files: 1, fields: 20 }, throwFileSizeLimit: true });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Adhesia API",
        version: "1",
        description: "CRM et souscription en ligne des mutuelles santé. Errors are application/problem+json (RFC 9457).",
      },
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "Clé d'API : Authorization: Bearer <clé>" },
          session: { type: "apiKey", in: "cookie", name: "adhesia_session" },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: describeRoute,
    transformObject: describeErrors,
  });
  // Swagger UI's page runs an inline script and styles some elements inline: it sets a policy of its own.
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    transformStaticCSP: (header) => header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'").replace("upgrade-insecure-requests;", ""),
  });
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  installErrorHandling(app, options.webDistFolder ? await serveWebApp(app, options.webDistFolder) : undefined);
  return app;
}

/** The caller's context on an authenticated route. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.ctx) throw new Problem(401, "auth.unauthenticated");
  return request.ctx;
}

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers["accept-language"]);
}
