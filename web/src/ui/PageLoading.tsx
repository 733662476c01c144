import { useI18n } from "../i18n/i18n";

/** A whole page that is still loading (the session, the map's code). */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <main id="main" className="page-message" aria-busy="true">
      <p>{t("app.loading")}</p>
    </main>
  );
}
