/**
 * Reads the checklists of the inspector's sites ahead, one at a time, while online, so the service
 * worker keeps them for a dead zone. It lives beside the screens, not in one: opening the first
 * site must not stop the read-ahead of the others (the inspector walks into the dead zone from
 * there). A URL read once in this visit is not read again; one that failed is read at the next
 * request; going offline pauses the rest until the next request.
 */
export type ReadAhead = { request: (urls: readonly string[]) => Promise<void> };

export function createReadAhead(read: (url: string) => Promise<void>, isOnline: () => boolean): ReadAhead {
  const done = new Set<string>();
  const waiting: string[] = [];
  let running: Promise<void> | null = null;

  async function drain() {
    while (waiting.length > 0 && isOnline()) {
      const url = waiting.shift()!;
      if (done.has(url)) continue;
      try {
        await read(url);
        done.add(url);
      } catch {
        // The network went or the server refused: the next request tries it again.
      }
    }
  }

  return {
    request(urls) {
      for (const url of urls) if (!done.has(url) && !waiting.includes(url)) waiting.push(url);
      running ??= drain().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

async function readThroughWorker(url: string): Promise<void> {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await response.arrayBuffer();
}

/** The one read-ahead of this page. */
export const checklistReadAhead = createReadAhead(readThroughWorker, () => typeof navigator === "undefined" || navigator.onLine);
