/**
 * The map tiles the service worker keeps, so a map seen once still has its base map without network.
 * The limit is on the count (Workbox's expiration has no byte limit): at most `maxEntries` tiles,
 * the least recently used dropped first, none older than `maxAgeSeconds`. A 256-pixel PNG tile
 * cannot exceed about 263 kB (RGBA, incompressible), so 600 tiles stay under about 160 MB; map
 * tiles of this region weigh a tenth of that, and a phone's screen shows a dozen at a time.
 */
export const TILE_CACHE = {
  name: "lk-map-tiles",
  maxEntries: 600,
  maxAgeSeconds: 30 * 24 * 60 * 60,
} as const;

/**
 * True for a raster tile request: an image whose path ends in `{z}/{x}/{y}` and an image ending
 * (`@2x` allowed). The tile server is configured at run time (and may be an intranet's own), so the
 * worker, built before, knows tiles by that shape rather than by host.
 *
 * Workbox serialises this function into the worker: it must use nothing from outside its body.
 */
export function isTileRequest({ request, url }: { request: { destination: string }; url: { pathname: string } }): boolean {
  return request.destination === "image" && /\/\d{1,2}\/\d+\/\d+(@\dx)?\.(png|jpe?g|webp)$/i.test(url.pathname);
}
