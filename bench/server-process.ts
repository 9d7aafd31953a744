import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const serverMain = path.join(path.dirname(fileURLToPath(import.meta.url)), "../server/src/main.ts");

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s server (server/src/main.ts, worker off, logs silent) in a process of its own, as it
 * is deployed, on the database `environment` names. A bench that measures the API against SQL run
 * from its own process then compares like with like: each path's server works in another process
 * than the client, and the client's garbage and parsing are not collected on the server's time.
 */
export async function startServerProcess(environment: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "--max-semi-space-size=64", ...(process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter(Boolean), serverMain], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...environment, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", WORKER: "0" },
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = /Adhesia est prêt : (\S+)/.exec(line)?.[1];
      if (ready) resolve(ready);
      else if (line.trim() !== "") console.log(`[server] ${line}`);
    });
    child.once("exit", (code) => reject(new Error(`the server process exited with ${code ?? "a signal"} before it was ready`)));
  });
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
