import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

import ipaddr from "ipaddr.js";

import { MAX_FILE_BYTES } from "./detect";
import { ImportError } from "./types";

/**
 * Fetches a published report page by its address for the importer (issue 11 “the address of a published page
 * where the server can reach it”). Guarded as a server that fetches what a user names must be (SSRF):
 * - http and https only, no user name or password in the address, ports 80/443 and 8000–8999 only unless
 *   `allowPrivate`;
 * - every address the name resolves to must be public unicast (no loopback, private, link-local, carrier-grade
 *   NAT, multicast or reserved ranges) unless the operator allows the intranet (`IMPORT_URL_ALLOW_INTRANET=1`,
 *   for government intranets where the portal itself is private) — link-local, cloud metadata, unspecified,
 *   multicast and broadcast addresses stay refused even then (isFetchableAddress). The check runs in the socket's own DNS lookup,
 *   so the address checked is the address connected to (no DNS rebinding between check and connect);
 * - at most `MAX_REDIRECTS` redirects, each a new address checked the same way;
 * - `TIMEOUT_MS` for the whole fetch, and `MAX_FILE_BYTES` after decompression (a gzip bomb stops at the cap).
 * Every refusal is an ImportError with a Chinese message naming the reason.
 */

export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 20_000;

export interface TFetchOptions {
  /** Reach loopback and private addresses (an intranet portal; tests). Default: `IMPORT_URL_ALLOW_INTRANET=1`. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface TFetchedPage {
  bytes: Uint8Array;
  /** The address finally read, after redirects. */
  url: string;
  contentType: string;
}

const PUBLIC_PORTS = (port: number) => port === 80 || port === 443 || (port >= 8000 && port <= 8999);

/**
 * Cloud metadata services outside the link-local range (Alibaba Cloud 100.100.100.200 in carrier-grade NAT,
 * AWS's IPv6 fd00:ec2::254 in unique-local): refused even when the intranet is allowed.
 */
const METADATA_ADDRESSES = new Set(["100.100.100.200", "fd00:ec2::254"]);

/**
 * Whether an IP address may be fetched: public unicast only, unless private addresses are allowed (loopback,
 * private, unique-local, carrier-grade NAT). Never, intranet allowed or not (issue 11 tester §7, D59):
 * link-local (169.254.0.0/16 — 169.254.169.254 is the cloud metadata service —, fe80::/10), the metadata
 * addresses above, 0.0.0.0/unspecified, multicast, broadcast and reserved ranges.
 */
export const isFetchableAddress = (address: string, allowPrivate: boolean): boolean => {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString()) || METADATA_ADDRESSES.has(parsed.toString()))
    return false;
  const range = parsed.range();
  if (range === "unicast") return true;
  if (!allowPrivate) return false;
  return ["loopback", "private", "uniqueLocal", "carrierGradeNat"].includes(range);
};

/** The address checked and parsed, or an ImportError saying what is wrong with it. */
export const parsePageUrl = (text: string, allowPrivate: boolean): URL => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new ImportError("网址格式不正确，请填写以 http:// 或 https:// 开头的完整地址。");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ImportError("只能导入 http:// 或 https:// 开头的网页地址。");
  if (url.username || url.password) throw new ImportError("网址中不能包含用户名或密码。");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host) && !isFetchableAddress(host, allowPrivate))
    throw new ImportError("该网址指向内网或本机地址，服务器不会访问。");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  if (!allowPrivate && !PUBLIC_PORTS(port)) throw new ImportError(`不能访问端口 ${port}。`);
  return url;
};

/** DNS lookup that refuses names resolving to an address that may not be fetched. */
const checkedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const refused = addresses.find((entry) => !isFetchableAddress(entry.address, allowPrivate));
      if (refused || addresses.length === 0) {
        const blocked = Object.assign(new Error("private address"), { code: "EPRIVATE" });
        return callback(blocked, "", 4);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };

const requestOnce = (url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      {
        lookup: checkedLookup(allowPrivate),
        signal,
        headers: {
          "user-agent": "Mozilla/5.0 (compatible; nianbaotong-import)",
          accept: "text/html,application/xhtml+xml,*/*;q=0.8",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    request.on("error", reject);
  });

/** `20 MB`, `1.5 MB`: a byte limit as the messages print it. */
const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** The page is larger than the cap: says the cap and what to do instead. */
export const oversizeMessage = (maxBytes: number): string =>
  `该网页超过 ${megabytes(maxBytes)}（导入网页的大小上限），未导入。请把报告另存为文件（Word、PDF 或网页）后上传，或粘贴报告正文。`;

/** The fetch took longer than the limit: says the limit and what to do instead. */
export const timeoutMessage = (timeoutMs: number): string =>
  `访问该网址超过 ${Number((timeoutMs / 1000).toFixed(1))} 秒仍未完成（导入网页的时间上限），已停止。请稍后重试，或把网页另存为文件后上传。`;

const readCapped = (
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
    const stream =
      encoding === "gzip"
        ? response.pipe(createGunzip())
        : encoding === "deflate"
          ? response.pipe(createInflate())
          : encoding === "br"
            ? response.pipe(createBrotliDecompress())
            : response;
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        stream.destroy();
        reject(new ImportError(oversizeMessage(maxBytes)));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    const fail = () =>
      reject(
        new ImportError(
          signal.aborted ? timeoutMessage(timeoutMs) : "网页内容读取失败：压缩数据损坏或连接中断，请重试。",
        ),
      );
    stream.on("error", fail);
    response.on("error", fail);
    response.on("aborted", fail);
  });

const networkMessage = (error: unknown, timeoutMs: number): string => {
  const code = (error as { code?: string } | null)?.code;
  if (code === "EPRIVATE") return "该网址指向内网或本机地址，服务器不会访问。";
  const name = (error as Error | null)?.name;
  if (code === "ABORT_ERR" || name === "AbortError" || name === "TimeoutError")
    return timeoutMessage(timeoutMs);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "找不到该网址的服务器，请检查网址。";
  if (code === "ECONNREFUSED") return "该网址的服务器拒绝连接。";
  return "无法访问该网址，请检查网址，或把网页另存为文件后上传。";
};

/**
 * Fetches `address` as bytes for `importFile` (content detection decides it is HTML, PDF, Word …). Errors: an
 * ImportError with a Chinese message for a bad or refused address, a network failure, an HTTP error status, too
 * many redirects, a timeout or an over-large page.
 */
export const fetchPublishedPage = async (
  address: string,
  options: TFetchOptions = {},
): Promise<TFetchedPage> => {
  const allowPrivate = options.allowPrivate ?? process.env.IMPORT_URL_ALLOW_INTRANET === "1";
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parsePageUrl(address, allowPrivate);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: IncomingMessage;
    try {
      response = await requestOnce(url, allowPrivate, signal);
    } catch (error) {
      throw new ImportError(signal.aborted ? timeoutMessage(timeoutMs) : networkMessage(error, timeoutMs));
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      let next: URL;
      try {
        next = new URL(response.headers.location, url);
      } catch {
        throw new ImportError("该网址跳转到了无效的地址。");
      }
      url = parsePageUrl(next.toString(), allowPrivate);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new ImportError(
        status === 404 ? "该网址的网页不存在（404）。" : `该网址的服务器返回错误（HTTP ${status}）。`,
      );
    }
    const declared = Number(response.headers["content-length"] ?? 0);
    if (declared > maxBytes) {
      response.destroy();
      throw new ImportError(oversizeMessage(maxBytes));
    }
    try {
      const body = await readCapped(response, maxBytes, signal, timeoutMs);
      return {
        bytes: new Uint8Array(body),
        url: url.toString(),
        contentType: String(response.headers["content-type"] ?? ""),
      };
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(signal.aborted ? timeoutMessage(timeoutMs) : networkMessage(error, timeoutMs));
    }
  }
  throw new ImportError(`该网址跳转超过 ${MAX_REDIRECTS} 次，已停止。`);
};
