import { useEffect, useMemo, useRef, type CSSProperties } from "react";
import { ConfigProvider, Segmented, Switch, type ThemeConfig } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useLocation } from "react-router";
import { LanguageSwitch } from "../../layout/language-switch";
import { FONT_LABELS, FONT_PIXELS, PublicDisplayContext, useFontSize, useHighContrast, type FontSize } from "./public-display";
import { PublicEvaluationPage } from "./public-evaluation-page";
import { PublicHomePage } from "./public-home-page";
import { PublicIdRoute } from "./public-id-route";
import { PublicNotFound } from "./public-not-found";
import { PublicPlanPage } from "./public-plan-page";
import "./public-i18n";
import "./public-portal.css";

/** antd tokens for the reader's choices: a larger base font scales every component; high contrast turns greys black. */
function portalTheme(fontSize: FontSize, highContrast: boolean): ThemeConfig {
  const px = FONT_PIXELS[fontSize];
  const base = { fontSize: px, controlHeight: Math.round(px * 2), colorTextPlaceholder: "rgba(0, 0, 0, 0.6)" };
  if (!highContrast) return { token: base };
  return {
    token: {
      ...base,
      colorText: "#000",
      colorTextHeading: "#000",
      colorTextSecondary: "#000",
      colorTextTertiary: "#000",
      colorTextDescription: "#000",
      colorTextPlaceholder: "#333",
      colorBorder: "#000",
      colorBorderSecondary: "#000",
      colorPrimary: "#00008b",
      colorLink: "#00008b",
      colorBgLayout: "#fff",
    },
  };
}

/** 公开: the public portal, readable without logging in, for citizens, journalists and readers with low or no vision. */
export function PublicPortalPage() {
  const { t } = useTranslation();
  const [fontSize, setFontSize] = useFontSize();
  const [highContrast, setHighContrast] = useHighContrast();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  // After following a link inside the portal, focus starts at the new page's content (as on a full page load
  // it would start at the top) instead of being lost on the link that just disappeared.
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus();
  }, [pathname]);
  const display = useMemo(() => ({ fontPixels: FONT_PIXELS[fontSize], highContrast }), [fontSize, highContrast]);

  return (
    <ConfigProvider theme={portalTheme(fontSize, highContrast)}>
      <div
        className={`xk-public${highContrast ? " xk-public-hc" : ""}`}
        data-font-size={fontSize}
        style={{ "--xk-public-font": `${FONT_PIXELS[fontSize]}px` } as CSSProperties}
      >
        <a
          className="xk-public-skip"
          href="#public-main"
          onClick={(event) => {
            // Focus moves into the content without changing the route's URL.
            event.preventDefault();
            main.current?.focus();
          }}
        >
          {t("跳到主要内容")}
        </a>
        <header className="xk-public-header">
          <Link className="xk-public-brand" to="/public">
            {t("残疾人事业发展规划信息公开")}
          </Link>
          <nav aria-label={t("门户导航")}>
            <ul>
              <li>
                <Link to="/public">{t("首页")}</Link>
              </li>
            </ul>
          </nav>
          <div className="xk-public-settings" role="group" aria-label={t("显示设置")}>
            <LanguageSwitch />
            <span>
              <span aria-hidden="true">{t("字号")}</span>{" "}
              <Segmented<FontSize>
                aria-label={t("字号")}
                // The group itself would be an extra tab stop before its radio buttons, which already take focus.
                tabIndex={-1}
                value={fontSize}
                onChange={setFontSize}
                options={(Object.keys(FONT_LABELS) as FontSize[]).map((value) => ({ value, label: t(FONT_LABELS[value]) }))}
              />
            </span>
            <span>
              <label htmlFor="public-contrast">{t("高对比度")}</label>
              <Switch id="public-contrast" checked={highContrast} onChange={setHighContrast} />
            </span>
          </div>
        </header>
        <main id="public-main" ref={main} tabIndex={-1} className="xk-public-main">
          <PublicDisplayContext value={display}>
            <Routes>
              <Route index element={<PublicHomePage />} />
              <Route path="plans/:id" element={<PublicIdRoute page={PublicPlanPage} />} />
              <Route path="evaluations/:id" element={<PublicIdRoute page={PublicEvaluationPage} />} />
              <Route path="*" element={<PublicNotFound />} />
            </Routes>
          </PublicDisplayContext>
        </main>
        <footer className="xk-public-footer">
          <p style={{ margin: 0 }}>{t("本页面公开已发布的规划实施情况，不含任何个人信息。")}</p>
        </footer>
      </div>
    </ConfigProvider>
  );
}
