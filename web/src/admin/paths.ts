/** The admin pages: one path per section. */
export const ADMIN_PATH = "/admin";
export const ADMIN_SECTIONS = ["platser", "anvandare", "mal", "borttagna", "logg"] as const;
/** A section of the admin pages. */
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The section a path names (the places when none), or null when the path is not an admin page. */
export function adminSection(pathname: string): AdminSection | null {
  if (pathname === ADMIN_PATH || pathname === `${ADMIN_PATH}/`) return "platser";
  const match = /^\/admin\/([a-z]+)\/?$/.exec(pathname);
  return match && (ADMIN_SECTIONS as readonly string[]).includes(match[1]) ? (match[1] as AdminSection) : null;
}
