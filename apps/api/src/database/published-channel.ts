import { Client } from 'pg';

/** The channel the migration 1765100000000-published-cache-events notifies on. */
export const PUBLISHED_CHANNEL = 'officebench_published';

/** An open LISTEN connection; `close` ends it without calling `onEnd`. */
export interface PublishedListener {
  close(): Promise<void>;
}

/**
 * Opens a connection of its own (not one of the pool's: it waits for notifications for as long as the
 * process lives) and LISTENs on the published channel. `onPayload` gets each notification's payload;
 * `onEnd` is called once when the connection fails or the server ends it.
 */
export async function listenForPublished(
  databaseUrl: string,
  onPayload: (payload: string) => void,
  onEnd: (error: Error | null) => void,
): Promise<PublishedListener> {
  const client = new Client({ connectionString: databaseUrl });
  let closing = false;
  let ended = false;
  const end = (error: Error | null) => {
    if (closing || ended) return;
    ended = true;
    client.end().catch(() => undefined);
    onEnd(error);
  };
  client.on('notification', (message) => {
    if (message.channel === PUBLISHED_CHANNEL) onPayload(message.payload ?? '');
  });
  client.on('error', (error) => end(error));
  client.on('end', () => end(null));
  try {
    await client.connect();
    await client.query(`LISTEN ${PUBLISHED_CHANNEL}`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end();
    },
  };
}
