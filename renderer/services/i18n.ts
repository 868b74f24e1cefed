import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, sv } from '../../shared/i18n';
import type { ReportLanguage } from '../../shared/domain';

/** i18next over the shared catalogs; Swedish is the default and the fallback. */
export async function setupI18n(language: ReportLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      sv: { translation: sv },
      en: { translation: en },
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
