import { useSessionUser } from "../auth/session";
import { canPlan } from "../../../domain/access";
import { useI18n } from "../i18n/i18n";
import "./field.css";

/**
 * The way from the map page to the field record screen, for roles that record; on a phone it is
 * the first thing in the page, as a large banner (field.css), since that is what a phone is for.
 */
export function FieldOffer() {
  const { t } = useI18n();
  const user = useSessionUser();
  if (!canPlan(user.role)) return null;
  return (
    <p className="field-offer">
      <span className="field-offer-text">{t("field.offer")} </span>
      <a href="/registrera" className="field-offer-link">
        {t("field.link")}
      </a>
    </p>
  );
}
