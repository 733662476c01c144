import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { TILE_CACHE, isTileRequest } from "./src/pwa/tile-cache.mjs";

const webRoot = new URL(".", import.meta.url).pathname;
const api = `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

/** Paths the API answers itself: never the app's index.html, online or off. */
const API_PATHS = [/^\/graphql/, /^\/healthz/, /^\/import\//];

// The web app: root web/, built into dist/public (served by the API process at `/`).
// `npm run dev` runs this with a proxy to the API, so the session cookie stays same-origin.
export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [
    react(),
    // The installable app: a manifest and a Workbox service worker that precaches the built files,
    // answers every page address with index.html (so the map and /registrera open offline) and keeps
    // the tiles seen. It updates itself without asking; in `npm run dev` there is no worker.
    VitePWA({
      registerType: "autoUpdate",
      // A script file (not inline), which the Content Security Policy allows.
      injectRegister: "script",
      includeAssets: ["icons/apple-touch-icon-180.png"],
      manifest: {
        name: "Löfteskartan",
        short_name: "Löfteskartan",
        description: "Medborgarlöftena i Jokkmokk: planera, registrera och följ upp på kartan.",
        lang: "sv",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#f3f5f7",
        theme_color: "#1b3a5c",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,png,svg}"],
        navigateFallback: "index.html",
        navigateFallbackDenylist: API_PATHS,
        cleanupOutdatedCaches: true,
        // A new worker takes over at once, open pages included (with `injectRegister: "script"` the
        // plugin leaves both to us): the first visit is already served by it.
        skipWaiting: true,
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: isTileRequest,
            handler: "CacheFirst",
            options: {
              cacheName: TILE_CACHE.name,
              expiration: { maxEntries: TILE_CACHE.maxEntries, maxAgeSeconds: TILE_CACHE.maxAgeSeconds, purgeOnQuotaError: true },
              // Tiles from another host without CORS come back opaque (status 0); they are kept too.
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: "../dist/public",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/import": api,
    },
  },
});
