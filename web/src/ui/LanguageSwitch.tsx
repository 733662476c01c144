import { useI18n } from "../i18n/i18n";

/** Switches between Swedish and English; named in the language it switches to. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const other = lang === "sv" ? "en" : "sv";
  return (
    <button type="button" className="button-link" lang={other} aria-label={t("app.switchLanguageLabel")} onClick={() => setLang(other)}>
      {t("app.switchLanguage")}
    </button>
  );
}
