import zlib from "node:zlib";
import { fileError, ImportFileProblem } from "./import.errors";
import { IMPORT_LIMITS } from "./import.limits";

/** One part of a zip archive, as its central directory lists it. */
interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const bomb = () =>
  fileError(ImportFileProblem.ZIP_BOMB, "Filen packas upp till mycket mer än en vanlig Excel-fil (en så kallad zip-bomb) och läses inte. Spara arbetsboken på nytt i Excel eller som CSV.");
const broken = () => fileError(ImportFileProblem.BROKEN, "Excel-filen är skadad och kan inte läsas. Spara den på nytt i Excel, eller som CSV.");

/** The central directory of a zip archive (no ZIP64: an xlsx within our size limit never needs it). */
function centralDirectory(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record lies within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff || at + size > buf.length) throw broken();
  if (count > IMPORT_LIMITS.maxZipEntries) throw bomb();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw broken();
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      uncompressed: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses an xlsx (a zip archive) that would unpack to far more than it weighs, before any
 * parser unpacks it: by what the archive declares (parts, total size, ratio per part), and then by
 * unpacking each part with a ceiling of what it declared, so a part that lies about its size is
 * caught too. Throws a file error; returns the total unpacked size.
 */
export function assertSafeZip(buf: Buffer): number {
  const entries = centralDirectory(buf);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > IMPORT_LIMITS.maxUnzippedBytes) throw bomb();
    if (e.uncompressed > 1024 * 1024 && e.uncompressed > e.compressed * IMPORT_LIMITS.maxZipRatio) throw bomb();
  }
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw broken();
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) throw broken();
    if (e.method === 0) continue;
    if (e.method !== 8) throw broken();
    try {
      // One byte over the declared size is enough to know it lied.
      const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed + 1) });
      if (out.length > e.uncompressed) throw bomb();
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw bomb();
      if ((error as { extensions?: unknown }).extensions) throw error;
      throw broken();
    }
  }
  return total;
}
