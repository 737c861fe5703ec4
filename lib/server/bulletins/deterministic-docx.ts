import JSZip from "jszip";
import { FONT_SUBSTITUTES } from "@/lib/domain/bulletins/bulletin-fonts";

// The docx package stamps core.xml with the clock, numbers drawings per process, and fflate zips every part with the clock's time, so
// the same document packed twice differs. Re-zipping with the publishing instant everywhere makes a
// bulletin a function of its content alone (render twice → identical bytes).

const W3CDTF = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;

// Word and WPS substitute a missing face by the font table's altName; GB2312's charset (86) tells
// LibreOffice the text is Chinese. Nothing is embedded.
function fontTable(xml: string): string {
  const fonts = Object.entries(FONT_SUBSTITUTES)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join("");
  if (xml.includes("</w:fonts>")) return xml.replace("</w:fonts>", `${fonts}</w:fonts>`);
  return xml.replace(/<w:fonts([^>]*?)\s*\/>/, `<w:fonts$1>${fonts}</w:fonts>`);
}

// The docx package numbers drawings from a counter that lives as long as the process; number them per document.
function renumberDrawings(xml: string): string {
  let next = 0;
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`);
}

export async function makeDocxDeterministic(packed: Uint8Array, at: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const stamp = new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async("uint8array");
    if (entry.name === "docProps/core.xml") data = (await entry.async("string")).replace(W3CDTF, `$1${stamp}$3`);
    if (entry.name === "word/fontTable.xml") data = fontTable(await entry.async("string"));
    if (entry.name === "word/document.xml") data = renumberDrawings(await entry.async("string"));
    out.file(entry.name, data, { date: at, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}
