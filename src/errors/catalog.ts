/**
 * Every error the system reports: a stable code, its HTTP status (mapped here and nowhere else)
 * and the message in Chinese and English. `{name}` placeholders are filled from the error's params.
 */
export const ERROR_CATALOG = {
  BAD_REQUEST: { status: 400, zh: "请求内容不正确：{reason}", en: "Invalid request: {reason}" },
  VALIDATION_FAILED: { status: 400, zh: "填写的内容有误：{reason}", en: "Invalid input: {reason}" },
  UNAUTHENTICATED: { status: 401, zh: "请先登录", en: "Please log in" },
  SESSION_EXPIRED: { status: 401, zh: "登录已过期，请重新登录", en: "Your session has expired; please log in again" },
  INVALID_CREDENTIALS: { status: 401, zh: "用户名或密码错误", en: "Wrong username or password" },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: "请先修改初始密码", en: "Please change your initial password first" },
  FORBIDDEN: { status: 403, zh: "没有执行此操作的权限", en: "You are not allowed to do this" },
  CROSS_SITE_REQUEST: { status: 403, zh: "拒绝跨站请求", en: "Cross-site request refused" },
  NOT_FOUND: { status: 404, zh: "未找到{what}", en: "{whatEn} not found" },
  CONFLICT: { status: 409, zh: "{reason}", en: "{reasonEn}" },
  VERSION_CONFLICT: {
    status: 412,
    zh: "该记录已被{by}于{at}修改，请刷新后重试",
    en: "This record was changed by {by} at {at}; reload and try again",
  },
  BODY_TOO_LARGE: { status: 413, zh: "提交的内容过大（上限 {limit}）", en: "Request too large (limit {limit})" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: "不支持的内容类型", en: "Unsupported content type" },
  MFA_REQUIRED: { status: 401, zh: "请输入动态验证码（身份验证器应用中的 6 位数字）", en: "Enter the 6-digit code from your authenticator app" },
  MFA_ENROLL_REQUIRED: {
    status: 401,
    zh: "该账户须启用动态验证码：请用身份验证器应用扫描二维码（或输入密钥），再输入其显示的 6 位数字",
    en: "This account needs a second factor: scan the QR code (or enter the key) in an authenticator app, then enter the 6-digit code it shows",
  },
  MFA_INVALID: { status: 401, zh: "动态验证码错误、已过期或已使用过", en: "The code is wrong, expired or already used" },
  ACCOUNT_DISABLED_INACTIVE: {
    status: 403,
    zh: "账户超过 90 天未登录，已停用，请联系系统管理员启用",
    en: "The account was not used for 90 days and has been disabled; ask the system administrator to enable it",
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: "连续登录失败次数过多，账户已锁定，请于 {until} 后再试",
    en: "Too many failed logins; the account is locked until {until}",
  },
  VERSION_REQUIRED: {
    status: 428,
    zh: "缺少版本信息（If-Match），请刷新后重试",
    en: "Missing record version (If-Match); reload and try again",
  },
  REPORT_LOCKED: {
    status: 423,
    zh: "该报告已通过审核并锁定，如需修改请联系残工委办公室解锁",
    en: "This report has been accepted and is locked; ask the committee office to unlock it",
  },
  INVALID_STATE: { status: 409, zh: "当前状态（{state}）下不能{action}", en: "Cannot {actionEn} in the current state ({state})" },
  NOT_LEAD_REPORT: {
    status: 409,
    zh: "配合单位的报告由牵头单位汇总，办公室只审核牵头单位的报告",
    en: "Partner reports are consolidated by the lead unit; the office reviews only the lead's report",
  },
  FILE_TYPE_REJECTED: {
    status: 415,
    zh: "文件类型不被接受（仅限 PDF、图片、.docx、.xlsx，按内容识别）",
    en: "File type not accepted (PDF, images, .docx, .xlsx only, checked by content)",
  },
  FILE_TOO_LARGE: { status: 413, zh: "文件过大（上限 {limit}）", en: "File too large (limit {limit})" },
  RATE_LIMITED: { status: 429, zh: "尝试次数过多，请稍后再试", en: "Too many attempts; try again later" },
  WEAK_PASSWORD: { status: 400, zh: "密码不符合要求：{reason}", en: "Password rejected: {reasonEn}" },
  ADMIN_ROLES_COMBINED: {
    status: 400,
    zh: "系统管理员、安全管理员、审计管理员三种角色不能由同一账户兼任",
    en: "System, security and audit administrator roles cannot be held by one account",
  },
  DATA_DIR_LOCKED: {
    status: 503,
    zh: "数据目录 {dataDir} 正被另一个进程（PID {pid}）使用；请先停止该进程",
    en: "The data directory {dataDir} is in use by another process (PID {pid}); stop it first",
  },
  PLAN_FILE_EMPTY: { status: 422, zh: "{reason}", en: "{reasonEn}" },
  PLAN_FILE_TOO_LARGE: { status: 413, zh: "{reason}", en: "{reasonEn}" },
  PLAN_FILE_UNSUPPORTED: { status: 415, zh: "{reason}", en: "{reasonEn}" },
  PLAN_FILE_UNREADABLE: { status: 422, zh: "{reason}", en: "{reasonEn}" },
  PLAN_FILE_UNSAFE: { status: 422, zh: "{reason}", en: "{reasonEn}" },
  PLAN_NO_TASK_TABLE: { status: 422, zh: "{reason}", en: "{reasonEn}" },
  PLAN_DUPLICATE: { status: 409, zh: "该文件已导入：{title}", en: "This file has already been imported: {title}" },
  PLAN_UNITS_UNMAPPED: {
    status: 400,
    zh: "以下单位未识别，请对应到已有单位或新建：{names}",
    en: "These units are not recognised; map each to an existing unit or create it: {names}",
  },
  INDICATOR_VALUE_INVALID: { status: 400, zh: "指标数值不正确：{reason}", en: "Invalid indicator value: {reasonEn}" },
  EVALUATION_INCOMPLETE: {
    status: 409,
    zh: "还有 {count} 项任务未评分，全部评分后才能发布",
    en: "{count} tasks are not scored yet; score every task before publishing",
  },
  AUDIT_WRITE_FAILED: { status: 500, zh: "审计记录写入失败，操作已撤销", en: "Audit write failed; the change was rolled back" },
  INTERNAL: { status: 500, zh: "系统内部错误，请联系管理员并提供请求编号", en: "Internal error; contact the administrator with the request id" },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
