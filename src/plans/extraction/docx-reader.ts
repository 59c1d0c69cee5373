import { XMLParser } from "fast-xml-parser";
import { corruptFile } from "./errors";
import { decodeXmlText, hasDoctype } from "./xml-entities";
import type { PlanDocument, TableBlock } from "./types";
import { ZIP_LIMITS, inspectZip, readZipEntry, type ZipEntry } from "./zip-guard";

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

/** Reads word/document.xml of a .docx: body paragraphs and tables in document order. */
export function readDocxDocument(bytes: Uint8Array, entries: ZipEntry[] = inspectZip(bytes)): PlanDocument {
  const entry = entries.find((e) => e.name === "word/document.xml");
  if (!entry) throw corruptFile("缺少 word/document.xml", "word/document.xml missing");
  const xml = new TextDecoder("utf-8").decode(readZipEntry(bytes, entry, ZIP_LIMITS.maxTotalUncompressedBytes));
  if (hasDoctype(xml)) throw corruptFile("文档含有 DOCTYPE 声明", "document declares a DOCTYPE");
  let tree: XmlNode[];
  try {
    tree = parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw corruptFile("文档 XML 无法解析", "document XML is malformed", error);
  }
  const body = findFirst(tree, "w:body");
  if (!body) throw corruptFile("文档没有正文", "document has no body");
  const blocks: PlanDocument["blocks"] = [];
  walkBody(children(body, "w:body"), blocks);
  return { blocks };
}

function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return null;
}

function children(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, string> | undefined;
  return attrs?.[`@_${name}`];
}

function findFirst(nodes: XmlNode[], tag: string, depth = 0): XmlNode | null {
  if (depth > 6) return null;
  for (const node of nodes) {
    const t = tagOf(node);
    if (t === tag) return node;
    if (t && t !== "#text") {
      const found = findFirst(children(node, t), tag, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function walkBody(nodes: XmlNode[], blocks: PlanDocument["blocks"]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:p") {
      const text = paragraphText(children(node, tag)).trim();
      if (text) blocks.push({ kind: "paragraph", text });
    } else if (tag === "w:tbl") {
      blocks.push(readTable(children(node, tag)));
    } else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml" || tag === "w:ins") {
      walkBody(children(node, tag), blocks);
    }
  }
}

/** Text of a paragraph's runs; deleted text, field codes and bookmarks are skipped. */
function paragraphText(nodes: XmlNode[], depth = 0): string {
  let text = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag || depth > 12) continue;
    if (tag === "#text") continue;
    if (tag === "w:t") {
      for (const t of children(node, tag)) if (typeof t["#text"] === "string") text += decodeXmlText(t["#text"] as string);
    } else if (tag === "w:tab") {
      text += " ";
    } else if (tag === "w:br" || tag === "w:cr") {
      text += "\n";
    } else if (tag === "w:del" || tag === "w:instrText" || tag === "w:delText" || tag === "w:rPr" || tag === "w:pPr" || tag === "mc:Fallback") {
      continue;
    } else {
      text += paragraphText(children(node, tag), depth + 1);
    }
  }
  return text;
}

/** Text of a cell: its paragraphs become lines; a nested table is flattened row by row. */
function cellText(nodes: XmlNode[]): string {
  const lines: string[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:p") lines.push(paragraphText(children(node, tag)));
    else if (tag === "w:tbl") for (const row of readTable(children(node, tag)).rows) lines.push(row.filter(Boolean).join(" "));
    else if (tag === "w:sdt" || tag === "w:sdtContent") lines.push(cellText(children(node, tag)));
  }
  return lines.join("\n").replace(/^\n+|\n+$/g, "");
}

function readTable(nodes: XmlNode[]): TableBlock {
  const rows: string[][] = [];
  for (const rowNode of nodes) {
    if (tagOf(rowNode) !== "w:tr") continue;
    const rowChildren = children(rowNode, "w:tr");
    const row: string[] = [];
    const trPr = rowChildren.find((n) => tagOf(n) === "w:trPr");
    const gridBefore = trPr ? numberVal(children(trPr, "w:trPr"), "w:gridBefore") : 0;
    for (let k = 0; k < gridBefore; k++) row.push("");
    for (const cellNode of rowChildren) {
      if (tagOf(cellNode) !== "w:tc") continue;
      const cellChildren = children(cellNode, "w:tc");
      const tcPr = cellChildren.find((n) => tagOf(n) === "w:tcPr");
      const props = tcPr ? children(tcPr, "w:tcPr") : [];
      const span = Math.max(1, Math.min(64, numberVal(props, "w:gridSpan") || 1));
      const vMerge = props.find((n) => tagOf(n) === "w:vMerge");
      const column = row.length;
      let text = cellText(cellChildren);
      // A continued vertical merge is empty in the XML: it shows the cell above.
      if (vMerge && attr(vMerge, "w:val") !== "restart" && rows.length > 0) text = rows[rows.length - 1][column] ?? "";
      row.push(text);
      for (let k = 1; k < span; k++) row.push("");
    }
    rows.push(row);
  }
  return { kind: "table", rows };
}

function numberVal(props: XmlNode[], tag: string): number {
  const node = props.find((n) => tagOf(n) === tag);
  const value = node ? Number(attr(node, "w:val")) : 0;
  return Number.isFinite(value) ? value : 0;
}
