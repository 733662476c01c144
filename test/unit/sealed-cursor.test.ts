import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cursorSealer } from "../../api/common/sealed-cursor";

describe("sealed cursors (AES-256-GCM)", () => {
  const key = randomBytes(32);
  const sealer = cursorSealer(key, "activities");
  const plain = JSON.stringify({ k: ["2024-05-14T08:00:00.000Z", "7300000123"] });

  it("opens what it sealed; each seal differs and shows nothing of the text", () => {
    const a = sealer.seal(plain);
    const b = sealer.seal(plain);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealer.open(a)).toBe(plain);
    expect(sealer.open(b)).toBe(plain);
    expect(Buffer.from(a, "base64url").toString("latin1")).not.toContain("7300000123");
  });

  it("refuses every changed byte, another key, another purpose and what it did not seal", () => {
    const sealed = Buffer.from(sealer.seal(plain), "base64url");
    for (let i = 0; i < sealed.length; i++) {
      const changed = Buffer.from(sealed);
      changed[i] ^= 0x01;
      expect(sealer.open(changed.toString("base64url")), `byte ${i}`).toBeNull();
    }
    const token = sealed.toString("base64url");
    expect(cursorSealer(randomBytes(32), "activities").open(token)).toBeNull();
    expect(cursorSealer(key, "audit").open(token)).toBeNull();
    for (const junk of ["", "AA", "not base64!", Buffer.from(plain).toString("base64url"), token.slice(0, 20), "A".repeat(5000)]) {
      expect(sealer.open(junk), junk).toBeNull();
    }
  });
});
