import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import { htmlLang, loadLanguage, saveLanguage, type Language } from "./language";

// Keys are the Chinese source strings themselves, so neither '.' nor ':' may split them.
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: {} } },
  lng: loadLanguage(),
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

function applyLanguage(language: string): void {
  document.documentElement.lang = htmlLang(language === "en" ? "en" : "zh");
}

applyLanguage(i18n.language);
i18n.on("languageChanged", applyLanguage);

/** Switches the UI language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  saveLanguage(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "zh";
}

export { i18n };
