import { ZONES } from "../../../domain/enums";
import { graphql, useFragment, type FragmentType } from "../gql";
import { useI18n } from "../i18n/i18n";
import { ZONE_COLOURS } from "../activities/colours";

/** What the split shows of a coverage: the total and the count and share of each zone. */
export const ZoneSplitFields = graphql(`
  fragment ZoneSplitFields on Coverage {
    total
    byZone {
      zone
      count
      share
    }
  }
`);

/**
 * The split between the town, the villages and elsewhere: a bar (decorative) and the same
 * figures as text, count and share, for everyone. `headingLevel` fits the heading into the page's
 * outline: 3 under the coverage panel's heading, 2 in meeting mode, where no h2 comes before.
 */
export function ZoneSplit({ coverage, headingLevel = 3 }: { coverage: FragmentType<typeof ZoneSplitFields>; headingLevel?: 2 | 3 }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const { byZone, total } = useFragment(ZoneSplitFields, coverage);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ordered = ZONES.map((zone) => byZone.find((z) => z.zone === zone) ?? { zone, count: 0, share: 0 });
  return (
    <div className="zone-split">
      <Heading className="zone-split-title">{t("coverage.split")}</Heading>
      <div className="zone-bar" aria-hidden="true">
        {total > 0 ? ordered.map((z) => (z.count > 0 ? <span key={z.zone} className="zone-bar-segment" style={{ flexGrow: z.count, background: ZONE_COLOURS[z.zone] }} /> : null)) : null}
      </div>
      <dl className="zone-figures" data-testid="zone-figures">
        {ordered.map((z) => (
          <div key={z.zone} className="zone-figure" data-zone={z.zone}>
            <dt>
              <span className="swatch" style={{ background: ZONE_COLOURS[z.zone] }} aria-hidden="true" />
              {t(`zone.${z.zone}`)}
            </dt>
            <dd>
              <span className="zone-count">{formatNumber(z.count)}</span> <span className="zone-share">({formatPercent(z.share)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
