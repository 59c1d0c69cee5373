import { useEffect } from "react";
import { App, Descriptions, Form, Input, Modal, Select, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useNoticeActions, type NoticeKind, type NoticeLevel } from "./supervision-api";
import { NOTICE_KIND_LABELS, NOTICE_LEVEL_COLORS, NOTICE_LEVEL_LABELS } from "./supervision-labels";

/** What the modal needs to issue a notice: the (task, unit) pair and what the ladder suggests. */
export interface NoticeTarget {
  taskId: string;
  taskNo: string;
  taskContent: string;
  unitId: string;
  unitName: string;
  milestoneId?: string;
  daysOverdue?: number;
  suggested?: { kind: NoticeKind; level: NoticeLevel; responseDue: string };
}

interface Props {
  target: NoticeTarget | undefined;
  asOf: string | undefined;
  onClose: () => void;
}

interface Values {
  message: string;
  /** "ladder" leaves the level to the server's rule. */
  level: NoticeLevel | "ladder";
  levelReason?: string;
}

/**
 * 催办 / 督办单: the level (黄/橙/红), the kind and the response deadline follow the server's ladder
 * (days overdue, earlier notices) unless the office picks another level and says why; the office writes the message.
 */
export function NoticeIssueModal({ target, asOf, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch("level", form);
  const { issue } = useNoticeActions();
  const kind = target?.suggested?.kind ?? "reminder";

  useEffect(() => {
    if (!target) return;
    const overdue = target.daysOverdue !== undefined ? t("已逾期 {{days}} 天", { days: target.daysOverdue }) : t("即将到期");
    form.setFieldsValue({ level: "ladder", message: t("请于期限内报送“{{no}}”的进展情况（{{state}}）。", { no: target.taskNo, state: overdue }) });
  }, [target, form, t]);

  const submit = async () => {
    if (!target) return;
    const values = await form.validateFields();
    const chosen = values.level === "ladder" ? undefined : values.level;
    const notice = await issue.mutateAsync({
      taskId: target.taskId,
      unitId: target.unitId,
      milestoneId: target.milestoneId,
      message: values.message.trim(),
      asOf,
      ...(chosen ? { level: chosen, levelReason: values.levelReason?.trim() } : {}),
    });
    message.success(t("已发出{{kind}}（{{level}}），回复期限 {{due}}", { kind: t(NOTICE_KIND_LABELS[notice.kind]), level: t(NOTICE_LEVEL_LABELS[notice.level]), due: notice.responseDue }));
    onClose();
  };

  return (
    <Modal
      open={Boolean(target)}
      title={target?.suggested ? t("发出{{kind}}", { kind: t(NOTICE_KIND_LABELS[kind]) }) : t("发出催办")}
      okText={t("发出")}
      cancelText={t("取消")}
      confirmLoading={issue.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t("工作任务")}>
            {target.taskNo} {target.taskContent}
          </Descriptions.Item>
          <Descriptions.Item label={t("责任单位")}>{target.unitName}</Descriptions.Item>
          {target.suggested ? (
            <>
              <Descriptions.Item label={t("建议等级")}>
                <Tag color={NOTICE_LEVEL_COLORS[target.suggested.level]}>{t(NOTICE_LEVEL_LABELS[target.suggested.level])}</Tag>
                {t(NOTICE_KIND_LABELS[target.suggested.kind])}
              </Descriptions.Item>
              <Descriptions.Item label={t("回复期限")}>{target.suggested.responseDue}</Descriptions.Item>
            </>
          ) : (
            <Descriptions.Item label={t("等级")}>{t("按逾期天数和催办次数确定")}</Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Form form={form} layout="vertical" initialValues={{ level: "ladder" }}>
        <Form.Item label={t("督办等级")} name="level">
          <Select
            options={[
              { value: "ladder", label: t("按规则确定") },
              ...(Object.keys(NOTICE_LEVEL_LABELS) as NoticeLevel[]).map((value) => ({ value, label: t(NOTICE_LEVEL_LABELS[value]) })),
            ]}
          />
        </Form.Item>
        {level !== undefined && level !== "ladder" && level !== target?.suggested?.level && (
          <Form.Item
            label={t("调整理由")}
            name="levelReason"
            rules={[{ required: true, whitespace: true, message: t("调整督办等级时须填写理由") }, { max: 500 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item label={t("督办内容")} name="message" rules={[{ required: true, whitespace: true, message: t("请填写督办内容") }, { max: 2000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
