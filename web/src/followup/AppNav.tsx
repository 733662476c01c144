import type { MouseEvent } from "react";
import { MAP_PATH, navigate, useLocation } from "../app/router";
import { useSessionUser } from "../auth/session";
import { useI18n } from "../i18n/i18n";
import { IMPORT_PATH, mayImport } from "../import/paths";
import { FOLLOW_UP_PATH } from "./paths";

/** Follows a same-page link without reloading (a modified click opens it as the browser would). */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute("href")!);
}

/** The signed-in pages: the map, the follow-up and (for those who may) the import; the current one is marked for screen readers too. */
export function AppNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const user = useSessionUser();
  const links = [
    { href: MAP_PATH, label: t("nav.map"), current: pathname === MAP_PATH },
    { href: FOLLOW_UP_PATH, label: t("nav.followUp"), current: pathname === FOLLOW_UP_PATH },
    ...(mayImport(user.role) ? [{ href: IMPORT_PATH, label: t("nav.import"), current: pathname === IMPORT_PATH }] : []),
  ];
  return (
    <nav className="app-nav no-print" aria-label={t("nav.label")}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.current ? "page" : undefined} onClick={followLink}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
