import http from "node:http";

/**
 * GETs JSON over one kept-alive connection with node:http. The bench's client runs in the server's
 * process, so its own work counts in every latency it measures: undici's fetch spends 0.2–0.7 ms
 * of JavaScript per request here, which no browser or integrator would add to the server's time.
 */
export function keepAliveJsonClient(baseUrl: string, headers: Record<string, string>): { get<T>(path: string): Promise<{ status: number; body: T }> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    get: <T>(path: string) =>
      new Promise<{ status: number; body: T }>((resolve, reject) => {
        http
          .get(`${baseUrl}${path}`, { agent, headers }, (response) => {
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
          })
          .on("error", reject);
      }),
  };
}
