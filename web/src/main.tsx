import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApolloClient } from "./app/apollo";
import { App, preloadMapRoute } from "./app/App";
import { markOnce } from "./ui/perf";
import { preloadMapData } from "./app/preload";
import { MAP_PATH, SIGN_IN_PATH, navigate, signInHref } from "./ui/router";
import { I18nProvider } from "./i18n/i18n";
import "./styles.css";

markOnce("lk:app-start");

// An ended session anywhere sends the person to sign in, and back here afterwards.
const client = createApolloClient(() => {
  if (window.location.pathname !== SIGN_IN_PATH) navigate(signInHref(undefined, true), { replace: true });
});

// On the map page, its code and first data load while the session is checked.
if (window.location.pathname === MAP_PATH) {
  preloadMapRoute();
  preloadMapData(client, window.location.search);
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <App />
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
