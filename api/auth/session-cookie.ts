import type { Request, Response } from "express";
import { SESSION_ABSOLUTE_MS } from "./auth.service";

/** The session cookie's name. */
export const SESSION_COOKIE = "lk_session";

/**
 * Reads one cookie from the request header without a parser dependency. A value that is not
 * valid percent-encoding (`%E0%A4%A`) is no value: the request simply has no such cookie.
 */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** `Secure` only over HTTPS (directly, or behind a proxy Express trusts). */
function cookieAttributes(req: Request, maxAgeSeconds: number): string {
  const secure = req.secure ? "; Secure" : "";
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

/** Sets the session cookie (HttpOnly, SameSite=Strict, lives as long as the absolute session limit). */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.append("Set-Cookie", `${SESSION_COOKIE}=${token}; ${cookieAttributes(req, SESSION_ABSOLUTE_MS / 1000)}`);
}

/** Clears the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.append("Set-Cookie", `${SESSION_COOKIE}=; ${cookieAttributes(req, 0)}`);
}
