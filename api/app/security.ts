import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { RequestHandler } from "express";
import helmet from "helmet";

/** Limits on every GraphQL operation (graphql-armor); introspection is exempt where it is allowed at all. */
export const OPERATION_LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 50_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** graphql-armor's Apollo plugins and validation rules: depth, aliases, cost, tokens, directives, no field suggestions. */
export function operationArmor() {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    // Cost counts fields (objects 2, scalars 1), times a literal `first`; depth is capped on its own.
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1, ignoreIntrospection: true },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
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
 * load its tiles, no framing, no MIME sniffing, a strict referrer policy.
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
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "upgrade-insecure-requests": null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
  });
}
