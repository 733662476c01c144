import { useSessionUser } from "../auth/session";
import { useLocation } from "../ui/router";
import { followLink } from "../ui/AppNav";
import { useI18n } from "../i18n/i18n";
import { ADMIN_PATH, adminSection } from "./paths";

/** The header's link to the admin pages, for administrators only. */
export function AdminLink() {
  const { t } = useI18n();
  const user = useSessionUser();
  const { pathname } = useLocation();
  if (user.role !== "ADMIN") return null;
  return (
    <a className="admin-link" href={ADMIN_PATH} aria-current={adminSection(pathname) ? "page" : undefined} onClick={followLink}>
      {t("admin.nav")}
    </a>
  );
}
