import pg from "pg";

export interface NotificationHandlers {
  /** A notification arrived on the channel. */
  onNotification: () => void;
  /** The channel became reliable (true) or may have missed notifications (false). */
  onListening: (listening: boolean) => void;
}

export type StopListening = () => Promise<void>;

const RECONNECT_DELAY_MS = 1_000;

/**
 * LISTEN on a dedicated server connection, for as long as the process runs: a dropped connection
 * is reported (notifications may have been missed) and reopened.
 */
export async function listenOnServer(databaseUrl: string, channel: string, handlers: NotificationHandlers): Promise<StopListening> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (): void => {
    handlers.onListening(false);
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_DELAY_MS);
    retry.unref();
  };

  const connect = async (): Promise<void> => {
    const candidate = new pg.Client({ connectionString: databaseUrl });
    candidate.on("notification", (message) => message.channel === channel && handlers.onNotification());
    candidate.on("error", lost);
    candidate.on("end", lost);
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${candidate.escapeIdentifier(channel)}`);
      client = candidate;
      handlers.onListening(true);
    } catch {
      await candidate.end().catch(() => undefined);
      lost();
    }
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
