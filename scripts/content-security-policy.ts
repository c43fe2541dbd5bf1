/**
 * The Content Security Policy of the built page, as a meta tag (the app is served as static files, so
 * there are no response headers of its own to carry it). Everything comes from the page's own origin:
 * - script-src 'self': the bundle and its module preloads; no inline script, no eval.
 * - style-src 'self': the bundled CSS. React Flow and the app position things through element.style,
 *   which a policy does not govern (only style attributes in markup and <style> elements are), so no
 *   'unsafe-inline' is needed.
 * - img-src also data: and blob:, which never reach the network: a PNG of the map is drawn from its
 *   SVG picture loaded as a blob address into an image, and then onto a canvas.
 * - connect-src 'self': nothing is fetched from anywhere else; worker-src 'self': the service worker
 *   and the scoring worker (a module script of the build).
 * - object-src 'none', base-uri 'none', form-action 'none': no plugins, no <base> redirecting relative
 *   addresses, no form posting anywhere. default-src 'none' refuses whatever is not listed.
 * Only the build gets it: the dev server injects inline scripts of its own (React refresh).
 */
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "warrant-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        // Before any script or stylesheet, so the policy covers all of them.
        injectTo: "head-prepend",
      },
    ],
  };
}
