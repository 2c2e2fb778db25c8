import { Parser } from "htmlparser2";

/**
 * The elements and attribute names of an HTML (or, with `xml`, XML) document, in order: two
 * documents with the same skeleton differ only in text and attribute values.
 */
export function skeleton(markup: string, xml = false): string[] {
  const out: string[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => out.push(`${name}[${Object.keys(attributes).sort().join(" ")}]`) },
    { xmlMode: xml, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return out;
}
