import http from "node:http";
import type { AddressInfo } from "node:net";

// A tiny "attacker" web server for the cross-origin write test: each page, once loaded, posts a
// new department to the app's API the way a hostile page can without CORS (a no-cors fetch, or an
// auto-submitted form), counting on the browser to attach the user's session cookie.

export type Attack = "fetch-text-plain" | "form-text-plain-json" | "form-urlencoded" | "form-multipart";
export const ATTACKS: Attack[] = ["fetch-text-plain", "form-text-plain-json", "form-urlencoded", "form-multipart"];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function attackPage(attack: Attack, target: string, name: string): string {
  const body = { name, kind: "BUREAU" };
  const submit = "<script>document.forms[0].submit()</script>";
  switch (attack) {
    case "fetch-text-plain":
      return `<script>fetch(${JSON.stringify(target)}, { method: "POST", credentials: "include", mode: "no-cors", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(JSON.stringify(body))} }).finally(() => { document.title = "sent"; });</script>`;
    case "form-text-plain-json": {
      // text/plain encodes one field as `name=value`: this pair makes the body valid JSON.
      const fieldName = JSON.stringify(body).slice(0, -1) + ',"pad":"';
      return `<form method="POST" action="${escapeHtml(target)}" enctype="text/plain"><input name="${escapeHtml(fieldName)}" value='"}'></form>${submit}`;
    }
    case "form-urlencoded":
      return `<form method="POST" action="${escapeHtml(target)}"><input name="name" value="${escapeHtml(name)}"><input name="kind" value="BUREAU"></form>${submit}`;
    case "form-multipart":
      return `<form method="POST" action="${escapeHtml(target)}" enctype="multipart/form-data"><input name="name" value="${escapeHtml(name)}"><input name="kind" value="BUREAU"></form>${submit}`;
  }
}

/** Serves /{attack}?name=… on every local address (so both localhost and 127.0.0.2 reach it). */
export async function startAttackerSite(target: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://attacker");
    const attack = url.pathname.slice(1) as Attack;
    if (!ATTACKS.includes(attack)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><meta charset="utf-8"><title>attacker</title>${attackPage(attack, target, url.searchParams.get("name") ?? "")}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
