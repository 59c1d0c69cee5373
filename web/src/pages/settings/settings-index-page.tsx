import { Navigate } from "react-router";
import { useSessionUser } from "../../auth/session";
import { navigationFor } from "../../layout/navigation";

/** /settings itself has no content: go to the first settings page this user may open. */
export function SettingsIndexPage() {
  const user = useSessionUser();
  const settings = navigationFor(user.roles).find((item) => item.path === "/settings");
  return <Navigate to={settings?.children?.[0]?.path ?? "/"} replace />;
}
