import { Suspense, lazy, useEffect, useState, type ComponentType } from "react";
import { SignedIn } from "./SignedIn";
import { SignInPage } from "../auth/SignInPage";
import { adminSection } from "../admin/paths";
import { FOLLOW_UP_PATH, publicFollowUpYear } from "../followup/paths";
import { IMPORT_PATH } from "../import/paths";
import { useI18n } from "../i18n/i18n";
import { Header } from "./Header";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { PageLoading } from "../ui/PageLoading";
import { MAP_PATH, SIGN_IN_PATH, useLocation } from "../ui/router";

/**
 * The map page and Leaflet are their own chunk, so the sign-in page stays small. It is fetched as
 * the app starts (while the session is checked) and rendered without a Suspense boundary: React
 * holds back a boundary's reveal for up to 300 ms, which would delay the first markers.
 */
let mapRoute: ComponentType | null = null;
let mapRouteLoading: Promise<ComponentType> | null = null;

// (The `.js` ending is what TypeScript asks of a dynamic import; Vite finds the `.tsx`.)
function loadMapRoute(): Promise<ComponentType> {
  mapRouteLoading ??= import("./MapRoute.js").then((m) => (mapRoute = m.MapRoute));
  return mapRouteLoading;
}

/** Starts loading the map page's code early. */
export function preloadMapRoute(): void {
  void loadMapRoute();
}

/** The map page once its code is in. */
function LazyMapRoute() {
  const [Route, setRoute] = useState<ComponentType | null>(() => mapRoute);
  useEffect(() => {
    if (!Route) void loadMapRoute().then((component) => setRoute(() => component));
  }, [Route]);
  return Route ? <Route /> : <PageLoading />;
}

/** The follow-up pages, each its own chunk (the signed-in one with Leaflet). */
const FollowUpRoute = lazy(() => import("../followup/FollowUpRoute.js").then((m) => ({ default: m.FollowUpRoute })));
/** The admin pages, their own chunk. */
const AdminRoute = lazy(() => import("../admin/AdminRoute.js").then((m) => ({ default: m.AdminRoute })));
/** The field record screen, its own chunk. */
const RecordRoute = lazy(() => import("../field/RecordRoute.js").then((m) => ({ default: m.RecordRoute })));
/** The import page, its own chunk. */
const ImportRoute = lazy(() => import("../import/ImportRoute.js").then((m) => ({ default: m.ImportRoute })));
const PublicFollowUpRoute = lazy(() => import("../public/PublicFollowUpRoute.js").then((m) => ({ default: m.PublicFollowUpRoute })));

function NotFound() {
  const { t } = useI18n();
  return (
    <main id="main" className="page-message">
      <h1>{t("app.title")}</h1>
      <p>{t("app.notFound")}</p>
      <p>
        <a href={MAP_PATH}>{t("app.toStart")}</a>
      </p>
    </main>
  );
}

/**
 * The page for the path, each in its own error boundary: a fault in one screen shows a message in
 * its place (with a way on) instead of blanking the app, and going to another path starts afresh.
 */
export function App() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary variant="page" resetKey={pathname}>
      <Screen pathname={pathname} />
    </ErrorBoundary>
  );
}

/** Picks the page for the path (the shell hands the signed-in screens their header): sign-in, the map and the follow-up (signed in only), the public follow-up, or not found. */
function Screen({ pathname }: { pathname: string }) {
  if (pathname === SIGN_IN_PATH) return <SignInPage />;
  const publicYear = publicFollowUpYear(pathname);
  if (publicYear !== null) {
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicFollowUpRoute year={publicYear} />
      </Suspense>
    );
  }
  if (pathname === FOLLOW_UP_PATH) {
    return (
      <SignedIn>
        <Suspense fallback={<PageLoading />}>
          <FollowUpRoute header={<Header />} />
        </Suspense>
      </SignedIn>
    );
  }
  if (pathname === IMPORT_PATH) {
    return (
      <SignedIn>
        <Suspense fallback={<PageLoading />}>
          <ImportRoute header={<Header />} />
        </Suspense>
      </SignedIn>
    );
  }
  if (adminSection(pathname)) {
    return (
      <SignedIn>
        <Suspense fallback={<PageLoading />}>
          <AdminRoute header={<Header />} />
        </Suspense>
      </SignedIn>
    );
  }
  if (pathname === "/registrera") {
    return (
      <SignedIn>
        <Suspense fallback={<PageLoading />}>
          <RecordRoute />
        </Suspense>
      </SignedIn>
    );
  }
  if (pathname === MAP_PATH) {
    return (
      <SignedIn>
        <LazyMapRoute />
      </SignedIn>
    );
  }
  return <NotFound />;
}
