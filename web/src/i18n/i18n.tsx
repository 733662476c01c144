import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { en } from "./en";
import { sv, type MessageKey } from "./sv";

/** The languages of the web. Swedish is the default. */
export type Lang = "sv" | "en";

/** Keys that have `_one` and `_other` forms, named without the suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_one` ? Base : never }[MessageKey];

/** Values put into a message's `{name}` places. */
export type MessageParams = Record<string, string | number>;

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { sv, en };
const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
/**
 * How each language writes a date: Swedish as 2026-12-03 (ISO 8601, as Swedish authorities write
 * it), English as 3 Dec 2026 — never 03/12/2026, which a date field in a US-English browser shows
 * as 12/03/2026 beside it.
 */
const DATE_PARTS: Record<Lang, Intl.DateTimeFormatOptions> = {
  sv: { year: "numeric", month: "2-digit", day: "2-digit" },
  en: { year: "numeric", month: "short", day: "numeric" },
};
const STORAGE_KEY = "lofteskartan.lang";
/** Dates are shown in the municipality's time, whatever the device's zone. */
export const TIME_ZONE = "Europe/Stockholm";

/** The translation functions and formatters for one language. */
export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for `key` with `{name}` places filled from `params`. */
  t(key: MessageKey, params?: MessageParams): string;
  /** The singular or plural form of `key` for `count` (also passed as `{count}`, formatted). */
  tn(key: PluralKey, count: number, params?: MessageParams): string;
  /** A calendar date in the municipality's time: 2025-03-14 (sv), 14 Mar 2025 (en). */
  formatDate(iso: string): string;
  /** A date and time in the municipality's time: 2025-03-14 10:00 (sv), 14 Mar 2025, 10:00 (en). */
  formatDateTime(iso: string): string;
  /** A date and time in words, in the device's time (as a date field holds it): "fredag 14 mars 2025 kl. 10:00". */
  formatFullDateTime(date: Date): string;
  formatNumber(value: number): string;
  /** A share 0–1 as a whole percentage. */
  formatPercent(share: number): string;
}

function fill(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds the functions for one language (also usable outside React). */
export function createI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  const catalogue = CATALOGUES[lang];
  const locale = LOCALES[lang];
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { ...DATE_PARTS[lang], timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, { ...DATE_PARTS[lang], hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
  const fullDateTime = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" });
  const t = (key: MessageKey, params?: MessageParams) => fill(catalogue[key], params);
  return {
    lang,
    setLang,
    t,
    tn: (key, count, params) => t(`${key}_${count === 1 ? "one" : "other"}` as MessageKey, { ...params, count: number.format(count) }),
    formatDate: (iso) => date.format(new Date(iso)),
    formatDateTime: (iso) => dateTime.format(new Date(iso)),
    formatFullDateTime: (value) => fullDateTime.format(value),
    formatNumber: (value) => number.format(value),
    formatPercent: (share) => percent.format(share),
  };
}

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "sv";
  } catch {
    return "sv";
  }
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the chosen language (remembered on this device) and sets `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => createI18n(lang, setLang), [lang, setLang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The translation functions of the current language. */
export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
