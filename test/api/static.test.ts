import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let webDir: string;

beforeAll(async () => {
  webDir = await fs.mkdtemp(path.join(os.tmpdir(), "lk-web-"));
  await fs.writeFile(path.join(webDir, "index.html"), "<!doctype html><title>Löfteskartan</title>");
  server = await startTestServer({ template: "empty", webDir });
});
afterAll(async () => {
  await server?.close();
  await fs.rm(webDir, { recursive: true, force: true });
});

describe("the web app's files", () => {
  it("serves the app at / and at client-side routes", async () => {
    for (const route of ["/", "/logga-in", "/uppfoljning/2024", "/admin/platser"]) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toContain("<title>Löfteskartan</title>");
    }
  });

  it("answers 404 for a missing file rather than the app", async () => {
    expect((await fetch(`${server.url}/tiles/1/2/3.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/nope.js`)).status).toBe(404);
  });
});
