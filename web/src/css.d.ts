/** Stylesheets are bundled by Vite; TypeScript only needs to know they can be imported. */
declare module "*.css";
