import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, Card, Form, Input, QRCode, Typography } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { SessionUserDto } from "../../../../src/shared/api";
import { api, isApiError } from "../../api/client";
import { sessionQueryKey } from "../../auth/session";
import { LanguageSwitch } from "../../layout/language-switch";
import { homePathFor } from "../../layout/navigation";
import { ApiErrorAlert } from "../shared/api-error-alert";
import "./login-page.css";

interface LoginForm {
  username: string;
  password: string;
  otp?: string;
}

/** What the server asked for after a correct password: a code, or first the binding of an authenticator. */
type SecondFactor = { kind: "code" } | { kind: "enrol"; secret: string; uri: string };

function secondFactorOf(error: unknown): SecondFactor | null {
  if (!isApiError(error)) return null;
  if (error.code === "MFA_REQUIRED") return { kind: "code" };
  const details = error.details as { secret?: unknown; uri?: unknown } | undefined;
  if (error.code === "MFA_ENROLL_REQUIRED" && typeof details?.secret === "string" && typeof details.uri === "string") {
    return { kind: "enrol", secret: details.secret, uri: details.uri };
  }
  return null;
}

/**
 * 登录: failures (wrong password, 423 locked, 429 too many attempts) show the server's message and request id.
 * Administrators and registry clerks then give a code from an authenticator app, binding one at their first login.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const [secondFactor, setSecondFactor] = useState<SecondFactor | null>(null);

  const login = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (form: LoginForm) => api.post<{ user: SessionUserDto }>("/api/auth/login", form),
    onError: (error) => {
      const asked = secondFactorOf(error);
      // Keep the enrolment on screen when only the code was wrong.
      if (asked) setSecondFactor(asked);
    },
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
          {secondFactor === null || !secondFactorOf(login.error) ? <ApiErrorAlert error={login.error} /> : null}
          {secondFactor?.kind === "enrol" && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t("绑定身份验证器")}
              description={
                <>
                  <p>{t("您的账户须使用动态验证码。请用身份验证器应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP）扫描二维码，或手动输入密钥，然后输入应用显示的 6 位数字。")}</p>
                  <QRCode value={secondFactor.uri} size={160} bordered={false} />
                  <Typography.Text copyable={{ text: secondFactor.secret }} code data-testid="totp-secret">
                    {secondFactor.secret.replace(/(.{4})/g, "$1 ").trim()}
                  </Typography.Text>
                </>
              }
            />
          )}
          <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={(form) => login.mutate(form)} disabled={login.isPending}>
            <Form.Item label={t("用户名")} name="username" rules={[{ required: true, message: t("请输入用户名") }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t("密码")} name="password" rules={[{ required: true, message: t("请输入密码") }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            {secondFactor && (
              <Form.Item
                label={t("动态验证码")}
                name="otp"
                extra={t("身份验证器应用中的 6 位数字，每 30 秒更新。")}
                rules={[{ required: true, pattern: /^\d{6}$/, message: t("请输入 6 位数字验证码") }]}
              >
                <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
              </Form.Item>
            )}
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
