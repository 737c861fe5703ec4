import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { firstLoadJs, gzipSize, scriptsOfHtml } from "./page-scripts";

const NEXT_LIKE = `<!DOCTYPE html><html lang="zh-CN"><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/main.js"/>
<script src="/_next/static/chunks/framework.js" async="" nonce="n"></script>
<script src="/_next/static/chunks/page.js?v=1&amp;x=2" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
</head><body><p>hi</p>
<script nonce="n" id="_R_">requestAnimationFrame(function(){})</script>
<script src="/_next/static/chunks/main.js" nonce="n" async=""></script>
<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>
<script></script>
<SCRIPT TYPE="module">import "/x.js"</SCRIPT>
</body></html>`;

describe("scriptsOfHtml", () => {
  it("lists external scripts and script preloads once each, in document order, without nomodule ones", () => {
    expect(scriptsOfHtml(NEXT_LIKE).sources).toEqual([
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/framework.js",
      "/_next/static/chunks/page.js?v=1&x=2",
    ]);
  });

  it("keeps inline JavaScript and leaves data blocks and empty scripts out", () => {
    expect(scriptsOfHtml(NEXT_LIKE).inline).toEqual(["requestAnimationFrame(function(){})", "(self.__next_f=self.__next_f||[]).push([0])", 'import "/x.js"']);
  });

  it("finds nothing in a page without scripts", () => {
    expect(scriptsOfHtml("<html><body><p>hi</p></body></html>")).toEqual({ sources: [], inline: [] });
  });

  it("reads module preloads and single-quoted or unquoted attributes", () => {
    expect(scriptsOfHtml(`<link rel='modulepreload' href='/m.js'><script src=/u.js></script>`).sources).toEqual(["/m.js", "/u.js"]);
  });
});

describe("firstLoadJs", () => {
  it("adds the chunks' compressed sizes and compresses the inline scripts together", () => {
    const inline = ["a".repeat(1_000), "a".repeat(1_000)];
    const result = firstLoadJs(
      [
        { url: "/a.js", bytes: 100, gzipBytes: 40 },
        { url: "/b.js", bytes: 300, gzipBytes: 90 },
      ],
      inline,
    );
    expect(result.chunkGzipBytes).toBe(130);
    expect(result.inlineBytes).toBe(2_000);
    expect(result.inlineGzipBytes).toBe(zlib.gzipSync("a".repeat(2_000)).byteLength);
    expect(result.inlineGzipBytes).toBeLessThan(gzipSize(inline[0]) * 2);
    expect(result.totalGzipBytes).toBe(130 + result.inlineGzipBytes);
  });

  it("is zero for a page without scripts", () => {
    expect(firstLoadJs([], [])).toEqual({ chunks: [], chunkGzipBytes: 0, inlineBytes: 0, inlineGzipBytes: 0, totalGzipBytes: 0 });
  });

  it("counts inline bytes as UTF-8", () => {
    expect(firstLoadJs([], ["文明"]).inlineBytes).toBe(6);
  });
});
