import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import id, { type Dict } from './id';
import en from './en';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
const DICTS: Record<Lang, Dict> = { id, en };
const STORAGE_KEY = 'kinerja.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'id' || v === 'en') return v;
  } catch {
    // Private mode or storage disabled: fall back to the default.
  }
  return 'id';
}

interface I18n {
  lang: Lang;
  t: Dict;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ lang: 'id', t: id, setLang: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, t: DICTS[lang], setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { Dict };
