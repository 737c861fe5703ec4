import zlib from "node:zlib";

// What a first visit to a page downloads as JavaScript, read from its HTML: the external chunks
// (`<script src>` and script preloads, each once; `nomodule` ones are skipped because a modern
// browser never fetches them) and the inline scripts (Next's bootstrap and its RSC payload, which
// carries every prop a client component receives).

export type PageScripts = { sources: string[]; inline: string[] };

export type ChunkSize = { url: string; bytes: number; gzipBytes: number };

export type FirstLoadJs = {
  chunks: ChunkSize[];
  chunkGzipBytes: number;
  inlineBytes: number;
  /** The inline scripts compressed together, as they travel inside the compressed HTML. */
  inlineGzipBytes: number;
  totalGzipBytes: number;
};

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const JAVASCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const match of inner.matchAll(ATTRIBUTE)) attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  return attributes;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The scripts a browser runs or fetches for `html`, external ones in document order without repeats. */
export function scriptsOfHtml(html: string): PageScripts {
  const sources: string[] = [];
  const inline: string[] = [];
  const add = (src: string) => {
    if (src && !sources.includes(src)) sources.push(src);
  };
  for (const match of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>|<link\b[^>]*>/gi)) {
    const attributes = attributesOf(match[1] ?? match[0]);
    if (match[1] === undefined) {
      const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
      if (rel.includes("modulepreload") || (rel.includes("preload") && attributes.get("as")?.toLowerCase() === "script")) add(attributes.get("href") ?? "");
      continue;
    }
    if (attributes.has("nomodule") || !JAVASCRIPT_TYPES.has((attributes.get("type") ?? "").toLowerCase())) continue;
    if (attributes.has("src")) add(attributes.get("src")!);
    else if (match[2].trim() !== "") inline.push(match[2]);
  }
  return { sources, inline };
}

export const gzipSize = (text: string | Uint8Array): number => zlib.gzipSync(text).byteLength;

/** The sums of first-load JavaScript: chunks compressed one by one (each is its own response), inline scripts together. */
export function firstLoadJs(chunks: readonly ChunkSize[], inline: readonly string[]): FirstLoadJs {
  const chunkGzipBytes = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const joined = inline.join("");
  const inlineGzipBytes = joined === "" ? 0 : gzipSize(joined);
  return { chunks: [...chunks], chunkGzipBytes, inlineBytes: Buffer.byteLength(joined), inlineGzipBytes, totalGzipBytes: chunkGzipBytes + inlineGzipBytes };
}

/** Fetches `path` on `baseUrl` and the chunks its HTML names (uncompressed, then gzipped here at the default level). */
export async function measureFirstLoadJs(baseUrl: string, path: string): Promise<FirstLoadJs & { htmlBytes: number; htmlGzipBytes: number }> {
  const response = await fetch(new URL(path, baseUrl), { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  const html = await response.text();
  const { sources, inline } = scriptsOfHtml(html);
  const chunks: ChunkSize[] = [];
  for (const src of sources) {
    const url = new URL(src, new URL(path, baseUrl));
    const chunk = await fetch(url, { headers: { "accept-encoding": "identity" } });
    if (!chunk.ok) throw new Error(`GET ${url.pathname} answered ${chunk.status}`);
    const body = new Uint8Array(await chunk.arrayBuffer());
    chunks.push({ url: url.pathname, bytes: body.byteLength, gzipBytes: gzipSize(body) });
  }
  return { ...firstLoadJs(chunks, inline), htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSize(html) };
}
