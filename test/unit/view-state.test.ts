import { describe, expect, it } from "vitest";
import { viewDefaults } from "../../web/src/filters/useView";
import { comparedYear, parseView, toActivityFilter, viewToSearch, yearRanges } from "../../web/src/filters/view-state";

// 3 December 2026 in Jokkmokk; the demo's periods end with 2023–2025.
const NOW = new Date("2026-12-03T12:00:00+01:00");
const PERIODS = [
  { from: 2020, to: 2022 },
  { from: 2023, to: 2025 },
];
const defaults = viewDefaults(PERIODS, NOW);
const parse = (search: string) => parseView(new URLSearchParams(search), defaults);

describe("the map page's default selection: this year and the work planned ahead", () => {
  it("is this year plus everything after it; the promise period stays a shortcut", () => {
    expect(defaults).toMatchObject({ years: [2026], onwardFrom: 2027, selectableYears: [2020, 2021, 2022, 2023, 2024, 2025, 2026], periodYears: [2023, 2024, 2025] });
    const view = parse("");
    expect(viewToSearch(view)).toBe("?years=2026&onward=2027");
    expect(toActivityFilter(view.filter)).toEqual({ years: [2026], onwardFromYear: 2027 });
  });

  it("with a period that holds today, its later years are chosen too, then the open end", () => {
    const withPeriod = viewDefaults([...PERIODS, { from: 2026, to: 2028 }], NOW);
    expect(withPeriod).toMatchObject({ years: [2026, 2027, 2028], onwardFrom: 2029, periodYears: [2026, 2027, 2028] });
  });

  it("keeps links with explicit years meaning exactly those years", () => {
    const view = parse("years=2023,2024,2025&orgs=POLICE");
    expect(view.filter.years).toEqual([2023, 2024, 2025]);
    expect(view.filter.onwardFrom).toBeNull();
    expect(viewToSearch(view)).toBe("?years=2023,2024,2025&orgs=POLICE");
    expect(toActivityFilter(view.filter)).toEqual({ years: [2023, 2024, 2025], organisations: ["POLICE"] });
  });

  it("reads a link from an earlier year's open end as the same activities: the years it has reached ticked", () => {
    const view = parse("years=2025&onward=2026");
    expect(view.filter).toMatchObject({ years: [2025, 2026], onwardFrom: 2027 });
    expect(viewToSearch(view)).toBe("?years=2025,2026&onward=2027");
    expect(parse("years=2025&onward=soon").filter.onwardFrom).toBeNull();
  });

  it("keeps the search in the address, tidied, and hands it to the API", () => {
    const view = parse("years=2024&q=%20Porjus%20%20100%25,%20kontroll_E45%20");
    expect(view.filter.search).toBe("Porjus 100%, kontroll_E45");
    expect(viewToSearch(view)).toBe("?years=2024&q=Porjus%20100%25%2C%20kontroll_E45");
    expect(parse(viewToSearch(view).slice(1)).filter.search).toBe("Porjus 100%, kontroll_E45");
    expect(toActivityFilter(view.filter)).toEqual({ years: [2024], search: "Porjus 100%, kontroll_E45" });
    // None, blank or too long: nothing, nothing, the API's 100 characters.
    expect(parse("years=2024").filter.search).toBe("");
    expect(toActivityFilter(parse("years=2024&q=%20%20").filter)).toEqual({ years: [2024] });
    expect(parse(`years=2024&q=${"å".repeat(150)}`).filter.search).toHaveLength(100);
  });

  it("names the spans the counts cover", () => {
    expect(yearRanges([2026], 2027)).toEqual([{ from: 2026, to: null }]);
    expect(yearRanges([2021, 2023, 2024, 2025], null)).toEqual([
      { from: 2021, to: 2021 },
      { from: 2023, to: 2025 },
    ]);
    expect(yearRanges([2023], 2027)).toEqual([
      { from: 2023, to: 2023 },
      { from: 2027, to: null },
    ]);
    expect(yearRanges([], null)).toEqual([]);
  });
});

describe("the comparison year and the meeting's reference date in the address", () => {
  it("keeps ?jamfor= when it names a selectable year and ?since= when it looks like a date, and writes them back", () => {
    const view = parse("years=2025&jamfor=2024&meeting=1&since=2025-05-12");
    expect(view).toMatchObject({ compareYear: 2024, since: "2025-05-12", meeting: true });
    expect(viewToSearch(view)).toBe("?years=2025&jamfor=2024&meeting=1&since=2025-05-12");
    expect(comparedYear(view.filter)).toBe(2025);
    expect(comparedYear(parse("years=2021,2023&jamfor=2025").filter)).toBe(2023);
  });

  it("drops a year nobody can choose and a reference that is not a date", () => {
    for (const search of ["years=2025&jamfor=1999", "years=2025&jamfor=20x4", "years=2025&jamfor="]) expect(parse(search).compareYear, search).toBeNull();
    for (const search of ["since=12%20maj", "since=2025-5-12", "since="]) expect(parse(search).since, search).toBeNull();
    expect(viewToSearch(parse("years=2025&jamfor=1999&since=igår"))).toBe("?years=2025");
  });
});
