import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { RequestHandler } from "express";
import type { GraphQLError, ParseOptions, ValidationContext } from "graphql";
import helmet from "helmet";
import { AppError, ErrorCode } from "../common/errors";

/** Limits on every GraphQL operation (graphql-armor); introspection is exempt where it is allowed at all. */
export const OPERATION_LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 50_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/**
 * The token limit, enforced by graphql-js's own parser, so an operation past it (like any syntax
 * error) fails in Apollo's parse phase as a 400. graphql-armor's token plugin parses once more
 * before that phase, where every syntax error became a 500.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.maxTokens };

const fmt = (n: number) => n.toLocaleString("sv-SE");

/** The Swedish answer of each armor limit, from the limit and what the operation had. */
const LIMIT_ERRORS = {
  depth: (limit: number, found: string) => new AppError(ErrorCode.QUERY_TOO_DEEP, `Frågan är för djup: högst ${fmt(limit)} nivåer tillåts${found}.`, { limit }),
  aliases: (limit: number, found: string) => new AppError(ErrorCode.TOO_MANY_ALIASES, `Frågan har för många alias: högst ${fmt(limit)} tillåts${found}.`, { limit }),
  cost: (limit: number, found: string) =>
    new AppError(ErrorCode.OPERATION_TOO_COSTLY, `Frågan begär för mycket på en gång: högst kostnaden ${fmt(limit)} tillåts${found}. Dela upp den eller be om färre rader (first).`, { limit }),
  directives: (limit: number, found: string) => new AppError(ErrorCode.TOO_MANY_DIRECTIVES, `Frågan har för många direktiv: högst ${fmt(limit)} tillåts${found}.`, { limit }),
};

/** An armor `onReject` handler that reports our error instead of armor's English "Syntax Error: …". */
function rejectWith(kind: keyof typeof LIMIT_ERRORS, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    // Armor's message ends "…, found N.": keep N for the person who wrote the operation.
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(LIMIT_ERRORS[kind](limit, found ? ` (den har ${fmt(Number(found[1]))})` : ""));
  };
}

/** graphql-armor's Apollo plugins and validation rules: depth, aliases, cost, directives, no field suggestions. */
export function operationArmor() {
  const own = (kind: keyof typeof LIMIT_ERRORS, limit: number) => ({ propagateOnRejection: false, onReject: [rejectWith(kind, limit)] });
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...own("depth", OPERATION_LIMITS.maxDepth) },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, ...own("aliases", OPERATION_LIMITS.maxAliases) },
    // Cost counts fields (objects 2, scalars 1), times a literal `first`; depth is capped on its own.
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1, ignoreIntrospection: true, ...own("cost", OPERATION_LIMITS.maxCost) },
    // Tokens: PARSE_OPTIONS.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...own("directives", OPERATION_LIMITS.maxDirectives) },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

/** The origin of a tile URL template, for the Content Security Policy (none for a same-origin path). */
function tileOrigin(tileUrl: string): string | null {
  if (tileUrl.startsWith("/")) return null;
  try {
    // Subdomain templates such as {s}.tile.example.org become a wildcard host.
    const url = new URL(tileUrl.replace(/\{s\}/g, "a").replace(/\{[a-z]\}/g, "0"));
    return tileUrl.includes("{s}") ? `${url.protocol}//*.${url.host.split(".").slice(1).join(".")}` : url.origin;
  } catch {
    return null;
  }
}

/**
 * Security headers on every response (helmet): a strict Content Security Policy that lets the map
 * (and its service worker) load its tiles, no framing, no MIME sniffing, a strict referrer policy.
 */
export function securityHeaders(tileUrl: string): RequestHandler {
  const tiles = tileOrigin(tileUrl);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
        // The service worker fetches the tiles it keeps: from the tile server too.
        "connect-src": ["'self'", ...(tiles ? [tiles] : [])],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "upgrade-insecure-requests": null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
  });
}
