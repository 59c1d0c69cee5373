import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

/** A key of its own for each purpose, derived from the server secret, so one leak does not open the others. */
function purposeKey(serverKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverKey, Buffer.alloc(0), `xiaokang:${purpose}`, 32));
}

/** AES-256-GCM; the text carries its version, nonce and tag: "v1.<nonce>.<tag>.<ciphertext>" in base64url. */
export function seal(serverKey: Uint8Array, purpose: string, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", purposeKey(serverKey, purpose), nonce);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** Opens what `seal` wrote with the same key and purpose; throws on any tampering. */
export function open(serverKey: Uint8Array, purpose: string, sealed: string): string {
  const [version, nonce, tag, body] = sealed.split(".");
  if (version !== VERSION || !nonce || !tag || body === undefined) throw new Error("sealed value has an unknown format");
  const decipher = createDecipheriv("aes-256-gcm", purposeKey(serverKey, purpose), Buffer.from(nonce, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
