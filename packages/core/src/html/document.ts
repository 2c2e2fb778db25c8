import { escapeHtml as e } from "../text/escape.js";

/** A whole HTML document: `lang` on the root, the head, and the body markup. */
export function document(lang: string, headMarkup: string, bodyMarkup: string, bodyClass: string): string {
  return `<!doctype html>
<html lang="${e(lang)}">
<head>
${headMarkup}
</head>
<body class="${e(bodyClass)}">
${bodyMarkup}
</body>
</html>
`;
}
