import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("../dist/web", import.meta.url));

/** Vite config for the web app; the Fastify server serves `dist/web` in production. */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // The echarts chunk (≈600 kB, 200 kB gzipped) loads only with chart pages; every other chunk stays under 500 kB.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        // React and the router form one stable vendor chunk; antd is left to automatic splitting so that
        // heavy components (Table) load only with the pages that use them, not on the login page.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // One charts chunk shared by the cockpit, indicators and portal pages, loaded only with them.
            { name: "echarts", test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // Same-origin API in development too: the server refuses cross-site writes.
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
});
