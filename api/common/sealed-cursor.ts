import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";

/** The first byte of a sealed cursor: the format, so a later one can be told apart. */
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens cursor text with one key; a sealed cursor says nothing of what it holds. */
export interface CursorSealer {
  /** The text sealed with AES-256-GCM (a fresh IV each time), as base64url. */
  seal(plain: string): string;
  /** The text `seal` sealed, or null when `token` was not sealed with this key and purpose (or was changed). */
  open(token: string): string | null;
}

/**
 * A sealer over `key` (32 bytes); `purpose` is authenticated with each cursor, so one kind of cursor
 * is no other. A random 96-bit IV per seal keeps one key good for 2^32 seals (NIST SP 800-38D); the
 * list seals a cursor only when one is asked for, mostly one a page.
 */
export function cursorSealer(key: Buffer, purpose: string): CursorSealer {
  const aad = Buffer.from(purpose, "utf8");
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(aad);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), body]).toString("base64url");
    },
    open(token) {
      if (!/^[A-Za-z0-9_-]{1,1000}$/.test(token)) return null;
      const bytes = Buffer.from(token, "base64url");
      if (bytes.length <= 1 + IV_BYTES + TAG_BYTES || bytes[0] !== FORMAT) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(1, 1 + IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(aad);
        decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}

/**
 * The cursor key of the database (`app_secret`, created by migration ActivityPublicId), read once
 * and kept; a failed read is tried again on the next call. Every replica and every restart uses
 * the same key, so a cursor handed out stays good.
 */
export class CursorKey {
  private key: Promise<Buffer> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** A sealer for `purpose` under the database's key. */
  async sealer(purpose: string): Promise<CursorSealer> {
    this.key ??= this.read().catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return cursorSealer(await this.key, purpose);
  }

  private async read(): Promise<Buffer> {
    const rows: Array<{ value: Buffer }> = await this.dataSource.query(`SELECT value FROM app_secret WHERE name = 'cursor_key'`);
    if (rows[0]?.value?.length !== 32) throw new Error("The cursor key (app_secret 'cursor_key') is missing or not 32 bytes: run the migrations.");
    return rows[0].value;
  }
}
