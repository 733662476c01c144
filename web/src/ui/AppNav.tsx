import type { MouseEvent } from "react";
import { navigate, useLocation } from "./router";
import { useI18n } from "../i18n/i18n";

/** Follows a same-page link without reloading (a modified click opens it as the browser would). */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute("href")!);
}

/** One page the navigation links to. */
export interface NavLink {
  href: string;
  label: string;
}

/** Links to the given pages; the current one is marked for screen readers too. */
export function AppNav({ pages }: { pages: readonly NavLink[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const links = pages.map((page) => ({ ...page, current: pathname === page.href }));
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
