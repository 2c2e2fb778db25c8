import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { decodeEntities, escapeHtml, escapeJsonForHtml } from "../src/text/escape.js";
import { serializeJsonLd } from "../src/html/json-ld.js";

test("JSON escaped for HTML means the same and cannot close a script or open a comment", () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: fc.constantFrom("<", ">", "&", "/", "\u2028", "\u2029", "干", "a") }), (value, text) => {
      const data = { value, text: `</script><!--${text}` };
      const json = escapeJsonForHtml(JSON.stringify(data));
      assert.equal(JSON.parse(json), JSON.parse(JSON.stringify(data)));
      assert.not.match(json, /[<>&\u2028\u2029]/);
    }),
  );
  assert.is(serializeJsonLd({ headline: "a</script>&b" }), '{"headline":"a\\u003c/script\\u003e\\u0026b"}');
});

test("decoding undoes escaping, and leaves unknown references as written", () => {
  fc.assert(fc.property(fc.string(), (text) => assert.is(decodeEntities(escapeHtml(text)), text)));
  assert.is(decodeEntities("&#x5e72;&#24178;&nbsp;&unknown;&amp;gt;"), "干干\u00a0&unknown;&gt;");
});

test.run();
