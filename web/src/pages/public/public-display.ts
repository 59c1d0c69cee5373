import { createContext, useCallback, useContext, useState } from "react";

/** The reader's display choices on the portal; kept in localStorage (no personal data) so they last between visits. */
export type FontSize = "standard" | "large" | "x-large";

const FONT_KEY = "xiaokang.public.fontSize";
const CONTRAST_KEY = "xiaokang.public.highContrast";

/** antd's base font size per choice; headings and spacing scale from it. */
export const FONT_PIXELS: Record<FontSize, number> = { standard: 16, large: 20, "x-large": 24 };
export const FONT_LABELS: Record<FontSize, string> = { standard: "标准", large: "大", "x-large": "特大" };

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

function usePersisted<T extends string>(key: string, parse: (raw: string | null) => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => parse(read(key)));
  const update = useCallback(
    (next: T) => {
      write(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, update];
}

export function useFontSize(): [FontSize, (next: FontSize) => void] {
  return usePersisted<FontSize>(FONT_KEY, (raw) => (raw === "large" || raw === "x-large" ? raw : "standard"));
}

export function useHighContrast(): [boolean, (next: boolean) => void] {
  const [raw, setRaw] = usePersisted<"on" | "off">(CONTRAST_KEY, (stored) => (stored === "on" ? "on" : "off"));
  return [raw === "on", (next) => setRaw(next ? "on" : "off")];
}

/** The current choices for parts that draw themselves (the chart), outside antd's theme. */
export const PublicDisplayContext = createContext<{ fontPixels: number; highContrast: boolean }>({ fontPixels: FONT_PIXELS.standard, highContrast: false });

export const usePublicDisplay = () => useContext(PublicDisplayContext);
