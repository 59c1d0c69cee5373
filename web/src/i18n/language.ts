/** The UI languages; Chinese is the source language of every string. */
export type Language = "zh" | "en";

const STORAGE_KEY = "xiaokang.language";

/** Only the language preference is kept in localStorage, never personal data. */
export function loadLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

/** The BCP 47 tag for the `lang` attribute, which screen readers use to pick a voice. */
export function htmlLang(language: Language): string {
  return language === "en" ? "en" : "zh-CN";
}
