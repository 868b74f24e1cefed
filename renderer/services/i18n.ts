import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, sv } from '../../shared/i18n';
import { uiEn } from '../../shared/i18n/uiEn';
import { uiSv } from '../../shared/i18n/uiSv';
import type { ReportLanguage } from '../../shared/domain';

/** i18next over the shared catalogs; Swedish is the default and the fallback. */
export async function setupI18n(language: ReportLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      sv: { translation: { ...sv, ui: uiSv } },
      en: { translation: { ...en, ui: uiEn } },
    },
    lng: language,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: ReportLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): ReportLanguage {
  return i18next.language === 'en' ? 'en' : 'sv';
}
