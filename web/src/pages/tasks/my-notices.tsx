import { useState } from "react";
import { App, Button, Card, Descriptions, Empty, Form, Input, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useMyNotices, useNoticeActions, type Notice } from "../supervision/supervision-api";
import { NOTICE_KIND_LABELS, NOTICE_LEVEL_COLORS, NOTICE_LEVEL_LABELS, NOTICE_STATE_LABELS } from "../supervision/supervision-labels";

/** One notice with the unit's response form (a response may be revised until the office closes it). */
function NoticeCard({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { respond } = useNoticeActions();
  const [editing, setEditing] = useState(notice.state === "open");
  const [form] = Form.useForm<{ response: string }>();
  const fieldId = `notice-response-${notice.id}`;

  const send = async () => {
    const { response } = await form.validateFields();
    await respond.mutateAsync({ notice, response: response.trim() });
    message.success(t("已回复"));
    setEditing(false);
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <Tag color={NOTICE_LEVEL_COLORS[notice.level]}>
            {t("{{level}}{{kind}}", { level: t(NOTICE_LEVEL_LABELS[notice.level]), kind: t(NOTICE_KIND_LABELS[notice.kind]) })}
          </Tag>
          <span>
            {notice.taskNo} {notice.taskContent}
          </span>
        </Space>
      }
      extra={<Tag>{t(NOTICE_STATE_LABELS[notice.state])}</Tag>}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t("督办内容")}>{notice.message}</Descriptions.Item>
        <Descriptions.Item label={t("发出日期")}>{notice.issuedAt.slice(0, 10)}</Descriptions.Item>
        <Descriptions.Item label={t("回复期限")}>{notice.responseDue}</Descriptions.Item>
        {notice.response && <Descriptions.Item label={t("本单位回复")}>{notice.response}</Descriptions.Item>}
      </Descriptions>
      {editing ? (
        <Form form={form} layout="vertical" initialValues={{ response: notice.response ?? "" }}>
          <Form.Item label={t("回复内容")} name="response" htmlFor={fieldId} rules={[{ required: true, whitespace: true, message: t("请填写回复内容") }, { max: 5000 }]}>
            <Input.TextArea id={fieldId} rows={3} />
          </Form.Item>
          <Button type="primary" loading={respond.isPending} onClick={() => void send().catch(() => {})}>
            {t("提交回复")}
          </Button>
        </Form>
      ) : (
        notice.state !== "closed" && <Button onClick={() => setEditing(true)}>{t("修改回复")}</Button>
      )}
    </Card>
  );
}

/** 督办通知: notices awaiting the unit's response, then those already answered. */
export function MyNotices() {
  const { t } = useTranslation();
  const open = useMyNotices("open");
  const responded = useMyNotices("responded");
  const items = [...(open.data ?? []), ...(responded.data ?? [])];
  if (items.length === 0) return <Empty description={t("暂无待回复的督办通知")} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <>
      {items.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </>
  );
}
