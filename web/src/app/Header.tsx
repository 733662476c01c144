import { useSessionUser } from "../auth/session";
import { useSignOut } from "../auth/useSignIn";
import { useI18n } from "../i18n/i18n";
import { AdminLink } from "../admin/AdminLink";
import { AppNav } from "../ui/AppNav";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { MAP_PATH, SIGN_IN_PATH, navigate } from "../ui/router";
import { FOLLOW_UP_PATH } from "../followup/paths";
import { IMPORT_PATH, mayImport } from "../import/paths";
import { SignOutButton } from "../offline/SignOutButton";

/** The page header: product name, the pages (the map, the follow-up, and the import for those who may), the user's name and role, language, meeting mode (on the map), sign-out (asking first while field records wait on the device). */
export function Header({ onMeetingMode }: { onMeetingMode?(): void }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const [signOut, { loading }] = useSignOut();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-title">{t("app.title")}</span>
        <span className="brand-subtitle">{t("app.subtitle")}</span>
      </div>
      <AppNav pages={[{ href: MAP_PATH, label: t("nav.map") }, { href: FOLLOW_UP_PATH, label: t("nav.followUp") }, ...(mayImport(user.role) ? [{ href: IMPORT_PATH, label: t("nav.import") }] : [])]} />
      <AdminLink />
      <div className="header-actions">
        {onMeetingMode ? (
          <button type="button" className="button-secondary" onClick={onMeetingMode} title={t("app.meetingModeHint")}>
            {t("app.meetingMode")}
          </button>
        ) : null}
        <LanguageSwitch />
        <p className="user" data-testid="user">
          {t("app.signedInAs", { name: user.displayName })} <span className="role">({t(`role.${user.role}`)})</span>
        </p>
        <SignOutButton busy={loading} onSignOut={() => void signOut().finally(() => navigate(SIGN_IN_PATH))} />
      </div>
    </header>
  );
}
