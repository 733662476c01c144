import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = new URL(".", import.meta.url).pathname;
const api = `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

// The web app: root web/, built into dist/public (served by the API process at `/`).
// `npm run dev` runs this with a proxy to the API, so the session cookie stays same-origin.
export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
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
