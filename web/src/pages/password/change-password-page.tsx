import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input } from "antd";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { useLogout } from "../../auth/logout";
import { sessionQueryKey, useSessionUser } from "../../auth/session";
import { reportError } from "../../api/error-reporter";
import { homePathFor } from "../../layout/navigation";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { findPasswordProblem } from "./password-rules";
import "../login/login-page.css";

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码: forced after login while `mustChangePassword` is set; also reachable by choice. */
export function ChangePasswordPage() {
  const user = useSessionUser();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();

  const change = useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({ currentPassword, newPassword }: PasswordForm) =>
      api.post<void>("/api/auth/password", { currentPassword, newPassword }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      await navigate(homePathFor(user.roles), { replace: true });
    },
  });

  return (
    <div className="xk-login">
      <main className="xk-login-main">
        <h1 className="xk-login-title">{t("修改密码")}</h1>
        <Card className="xk-login-card">
          {user.mustChangePassword && (
            <Alert type="warning" showIcon title={t("首次登录、密码已重置或已使用超过 90 天，请先修改密码。")} style={{ marginBottom: 16 }} />
          )}
          <Alert
            type="info"
            title={t("密码要求")}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                <li>{t("至少 12 个字符")}</li>
                <li>{t("包含大写字母、小写字母、数字、符号中的至少三类")}</li>
                <li>{t("不能包含用户名")}</li>
                <li>{t("不能与最近 5 次使用过的密码相同")}</li>
                <li>{t("每 90 天须更换一次")}</li>
              </ul>
            }
            style={{ marginBottom: 16 }}
          />
          <ApiErrorAlert error={change.error} />
          <Form<PasswordForm> layout="vertical" onFinish={(form) => change.mutate(form)} disabled={change.isPending}>
            {/* Lets password managers file the new password under the right account. */}
            <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
            <Form.Item label={t("当前密码")} name="currentPassword" rules={[{ required: true, message: t("请输入当前密码") }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              label={t("新密码")}
              name="newPassword"
              rules={[
                { required: true, message: t("请输入新密码") },
                {
                  validator: async (_rule, value: string | undefined) => {
                    const problem = findPasswordProblem(value ?? "", user.username);
                    if (problem) throw new Error(t(problem));
                  },
                },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label={t("确认新密码")}
              name="confirmPassword"
              dependencies={["newPassword"]}
              rules={[
                { required: true, message: t("请再次输入新密码") },
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: string | undefined) => {
                    if (value && value !== getFieldValue("newPassword")) throw new Error(t("两次输入的密码不一致"));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={change.isPending}>
              {t("确认修改")}
            </Button>
          </Form>
          <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout().catch(reportError)}>
            {t("退出登录")}
          </Button>
        </Card>
      </main>
    </div>
  );
}
