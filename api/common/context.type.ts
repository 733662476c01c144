import type { Request, Response } from "express";
import type { Role } from "./enums";

/** The signed-in person, as the services need them. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/** What every resolver receives: the request, the response (for cookies) and who is signed in. */
export interface RequestContext {
  req: Request;
  res: Response;
  user: AuthUser | null;
  /** The session row id behind `user`, for sign-out. */
  sessionId: number | null;
  /** Per-request memo for data many fields need (e.g. the places). */
  memo: Map<string, Promise<unknown>>;
}

/** Runs `load` once per request for `key`, sharing the promise among callers. */
export function memoize<T>(ctx: RequestContext, key: string, load: () => Promise<T>): Promise<T> {
  let hit = ctx.memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    ctx.memo.set(key, hit);
  }
  return hit;
}
