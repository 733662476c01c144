import { useId } from "react";
import { ORGANISATIONS } from "../../../domain/enums";
import type { Organisation } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

/** The organisation whose work the follow-up counts, from `?org=`; null (all) when missing or unknown. */
export function organisationParam(value: string | null): Organisation | null {
  return ORGANISATIONS.find((o) => o === value) ?? null;
}

/** A labelled choice of one organisation, or all of them; choosing calls `onChange`. */
export function OrganisationSelect({ organisation, onChange }: { organisation: Organisation | null; onChange(organisation: Organisation | null): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="year-select">
      <label htmlFor={id}>{t("followUp.organisation")}</label>
      <select id={id} value={organisation ?? ""} onChange={(e) => onChange(organisationParam(e.target.value))}>
        <option value="">{t("followUp.allOrganisations")}</option>
        {ORGANISATIONS.map((o) => (
          <option key={o} value={o}>
            {t(`organisation.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
