import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Card, Form, Input } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { SessionUserDto } from "../../../../src/shared/api";
import { api } from "../../api/client";
import { sessionQueryKey } from "../../auth/session";
import { LanguageSwitch } from "../../layout/language-switch";
import { homePathFor } from "../../layout/navigation";
import { ApiErrorAlert } from "../shared/api-error-alert";
import "./login-page.css";

interface LoginForm {
  username: string;
  password: string;
}

/** 登录: failures (wrong password, 423 locked, 429 too many attempts) show the server's message and request id. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();

  const login = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (form: LoginForm) => api.post<{ user: SessionUserDto }>("/api/auth/login", form),
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(sessionQueryKey, user);
      await navigate(user.mustChangePassword ? "/password" : safeNext(searchParams.get("next")) ?? homePathFor(user.roles), {
        replace: true,
      });
    },
  });

  return (
    <div className="xk-login">
      <div className="xk-login-language">
        <LanguageSwitch />
      </div>
      <main className="xk-login-main">
        <h1 className="xk-login-title">{t("小康 · 残疾人事业发展规划实施监测系统")}</h1>
        <Card className="xk-login-card" title={<h2 className="xk-login-card-title">{t("登录")}</h2>}>
          <ApiErrorAlert error={login.error} />
          <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={(form) => login.mutate(form)} disabled={login.isPending}>
            <Form.Item label={t("用户名")} name="username" rules={[{ required: true, message: t("请输入用户名") }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t("密码")} name="password" rules={[{ required: true, message: t("请输入密码") }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t("登录")}
            </Button>
          </Form>
        </Card>
      </main>
    </div>
  );
}

/** Only same-app paths are followed after login, never another site (open-redirect guard). */
function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) return undefined;
  return next;
}
