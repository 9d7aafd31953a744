import http from "node:http";

export interface JsonResponse<T> {
  status: number;
  body: T;
}

/**
 * Sends JSON requests over one kept-alive connection with node:http. The client's own work counts
 * in every latency a bench measures (and, where the bench serves the API itself, runs on the
 * server's thread): undici's fetch spends 0.2–0.7 ms of JavaScript per request here, which no
 * browser or integrator would add to the server's time.
 */
export function keepAliveJsonClient(baseUrl: string, headers: Record<string, string>): { get<T>(path: string): Promise<JsonResponse<T>>; post<T>(path: string, body: unknown): Promise<JsonResponse<T>> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = <T>(method: "GET" | "POST", path: string, body?: unknown) =>
    new Promise<JsonResponse<T>>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(`${baseUrl}${path}`, { method, agent, headers: payload === undefined ? headers : { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(payload) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as T });
          } catch (error) {
            reject(error);
          }
        });
        response.on("error", reject);
      });
      request.on("error", reject);
      request.end(payload);
    });
  return { get: <T>(path: string) => send<T>("GET", path), post: <T>(path: string, body: unknown) => send<T>("POST", path, body) };
}

/** A fresh API key of the user, made through the API (sign-in, then a key) as an administrator would. */
export async function newApiKey(baseUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`login of ${email}: ${login.status}`);
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith("adhesia_session="))?.split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${baseUrl}/api/v1/api-keys`, { method: "POST", headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" }, body: JSON.stringify({ name: "bench" }) });
  if (!created.ok) throw new Error(`API key: ${created.status}`);
  return ((await created.json()) as { key: string }).key;
}
