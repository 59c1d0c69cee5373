import { createBrowserRouter, Navigate } from "react-router";
import { setUnauthorizedHandler } from "../api/client";
import { queryClient } from "../api/query-client";
import { RequirePermission } from "../auth/require-permission";
import { PageSpinner, RequireSession } from "../auth/require-session";
import { sessionQueryKey, useSessionUser } from "../auth/session";
import { homePathFor } from "../layout/navigation";
import type { Permission } from "../../../src/shared/roles";
import type { ComponentType } from "react";

/** Wraps a lazily loaded page in a permission check, so the page chunk is only fetched when used. */
function guarded(permission: Permission, load: () => Promise<ComponentType>) {
  return async () => {
    const Page = await load();
    return {
      Component: () => (
        <RequirePermission permission={permission}>
          <Page />
        </RequirePermission>
      ),
    };
  };
}

/** "/" is the workbench, except for users without one (the audit administrator). */
function HomePage({ Dashboard }: { Dashboard: ComponentType }) {
  const user = useSessionUser();
  const home = homePathFor(user.roles);
  return home === "/" ? <Dashboard /> : <Navigate to={home} replace />;
}

export const router = createBrowserRouter([
  {
    HydrateFallback: PageSpinner,
    children: [
      { path: "/login", lazy: async () => ({ Component: (await import("../pages/login/login-page")).LoginPage }) },
      {
        path: "/public/*",
        lazy: async () => ({ Component: (await import("../pages/public/public-portal-page")).PublicPortalPage }),
      },
      {
        element: <RequireSession />,
        children: [
          {
            path: "/password",
            lazy: async () => ({ Component: (await import("../pages/password/change-password-page")).ChangePasswordPage }),
          },
          {
            // The shell (menu, layout) is its own chunk, so the login page does not download it.
            lazy: async () => ({ Component: (await import("../layout/app-layout")).AppLayout }),
            children: [
              {
                index: true,
                lazy: async () => {
                  const { DashboardPage } = await import("../pages/dashboard/dashboard-page");
                  return { Component: () => <HomePage Dashboard={DashboardPage} /> };
                },
              },
              { path: "plans/*", lazy: guarded("plan.read", async () => (await import("../pages/plans/plans-page")).PlansPage) },
              { path: "tasks/*", lazy: guarded("plan.read", async () => (await import("../pages/tasks/tasks-page")).TasksPage) },
              {
                path: "supervision/*",
                lazy: guarded("plan.read", async () => (await import("../pages/supervision/supervision-page")).SupervisionPage),
              },
              {
                path: "cockpit/*",
                lazy: guarded("plan.read", async () => (await import("../pages/cockpit/cockpit-page")).CockpitPage),
              },
              {
                path: "indicators/*",
                lazy: guarded("plan.read", async () => (await import("../pages/indicators/indicators-page")).IndicatorsPage),
              },
              {
                path: "evaluations/*",
                lazy: guarded("plan.read", async () => (await import("../pages/evaluations/evaluations-page")).EvaluationsPage),
              },
              {
                path: "settings",
                children: [
                  {
                    index: true,
                    lazy: async () => ({ Component: (await import("../pages/settings/settings-index-page")).SettingsIndexPage }),
                  },
                  {
                    path: "regions",
                    lazy: guarded("region.read", async () => (await import("../pages/settings/regions/regions-page")).RegionsPage),
                  },
                  {
                    path: "units",
                    lazy: guarded("unit.read", async () => (await import("../pages/settings/units/units-page")).UnitsPage),
                  },
                  {
                    path: "users",
                    lazy: guarded("user.read", async () => (await import("../pages/settings/users/users-page")).UsersPage),
                  },
                  {
                    path: "audit",
                    lazy: guarded("audit.read", async () => (await import("../pages/settings/audit/audit-page")).AuditPage),
                  },
                ],
              },
              { path: "*", lazy: async () => ({ Component: (await import("../pages/not-found-page")).NotFoundPage }) },
            ],
          },
        ],
      },
    ],
  },
]);

// A 401 from any call but login means the session ended (expired, logged out elsewhere): back to login.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionQueryKey, null);
  if (router.state.location.pathname !== "/login") void router.navigate("/login", { replace: true });
});
