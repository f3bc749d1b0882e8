import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { en, id, type MessageKey } from './messages';

export type Lang = 'id' | 'en';
const STORAGE_KEY = 'rapor.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Numbers as people write them: `81,75` in Indonesian. */
  num(value: number | null | undefined, digits?: number): string;
  /** A name in the active language (Indonesian, else English, else the fallback). */
  name(nameId: string | null | undefined, nameEn: string | null | undefined, fallback?: string): string;
  /** What went wrong, in the person's language: the API's stable code in words (bad input keeps the API's detail). */
  errorText(error: unknown): string;
}

function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError';
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = lang === 'en' ? en : id;
    const formats = new Map<number, Intl.NumberFormat>();
    const locale = lang === 'en' ? 'en-GB' : 'id-ID';
    const t = (key: MessageKey, params?: Record<string, string | number>): string => {
      let text: string = messages[key];
      for (const [k, v] of Object.entries(params ?? {})) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    };
    return {
      lang,
      setLang,
      t,
      errorText(error) {
        if (!isApiError(error)) return t('error', { message: error instanceof Error ? error.message : String(error) });
        if (error.code === 'BAD_USER_INPUT')
          return t('err_BAD_USER_INPUT', { fields: error.fields.join(', ') || '–', detail: error.message });
        const key = `err_${error.code}`;
        return key in messages ? t(key as MessageKey) : t('err_OTHER', { code: error.code });
      },
      num(value, digits = 2) {
        if (value === null || value === undefined || Number.isNaN(value)) return '–';
        let f = formats.get(digits);
        if (!f) {
          f = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
          formats.set(digits, f);
        }
        return f.format(value);
      },
      name(nameId, nameEn, fallback = '') {
        return (lang === 'en' ? nameEn || nameId : nameId || nameEn) || fallback;
      },
    };
  }, [lang, setLang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
