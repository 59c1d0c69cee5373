/** What the server accepts as evidence (src/supervision/API.md); checked here only to answer early. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,application/pdf,image/png,image/jpeg,image/gif,image/webp";
const EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx"];

/** A Chinese source string explaining why the file cannot go, or null; the server still checks the content. */
export function evidenceProblem(file: File): string | null {
  if (file.size > EVIDENCE_MAX_BYTES) return "文件超过 20 MB";
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  if (!EXTENSIONS.includes(extension)) return "只能上传 PDF、图片（PNG/JPEG/GIF/WebP）、.docx 或 .xlsx 文件";
  return null;
}
