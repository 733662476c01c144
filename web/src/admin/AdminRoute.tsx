import type { ReactNode } from "react";
import { useLocation } from "../ui/router";
import { useSessionUser } from "../auth/session";
import { followLink } from "../ui/AppNav";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import "../editing/editing.css";
import "./admin.css";
import { AuditLog } from "./AuditLog";
import { DeletedActivities } from "./DeletedActivities";
import { ADMIN_PATH, ADMIN_SECTIONS, adminSection, type AdminSection } from "./paths";
import { PlacesAdmin } from "./PlacesAdmin";
import { TargetsAdmin } from "./TargetsAdmin";
import { UsersAdmin } from "./UsersAdmin";

const TITLES: Record<AdminSection, MessageKey> = { platser: "admin.places", anvandare: "admin.users", mal: "admin.targets", borttagna: "admin.deleted", logg: "admin.log" };

const SCREENS: Record<AdminSection, ReactNode> = {
  platser: <PlacesAdmin />,
  anvandare: <UsersAdmin />,
  mal: <TargetsAdmin />,
  borttagna: <DeletedActivities />,
  logg: <AuditLog />,
};

/** The admin pages (ADMIN only): places, users, promise targets, deleted activities and the audit log. */
export function AdminRoute({ header }: { header: ReactNode }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const section = adminSection(useLocation().pathname) ?? "platser";
  return (
    <div className="app-shell">
      {header}
      <main id="main" className="admin-page" tabIndex={-1}>
        <h1>{t("admin.title")}</h1>
        {user.role !== "ADMIN" ? (
          <p className="error-notice">{t("admin.forbidden")}</p>
        ) : (
          <>
            <nav aria-label={t("admin.sections")} className="admin-sections">
              <ul>
                {ADMIN_SECTIONS.map((s) => (
                  <li key={s}>
                    <a href={`${ADMIN_PATH}/${s}`} aria-current={s === section ? "page" : undefined} onClick={followLink}>
                      {t(TITLES[s])}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <section className="panel" aria-labelledby="admin-section-title">
              <h2 id="admin-section-title">{t(TITLES[section])}</h2>
              {SCREENS[section]}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
