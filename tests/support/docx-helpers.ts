/** Shared by the docx tests: render the sample once and parse its parts. */
import { unzipSync } from 'fflate';
import { renderDocx } from '../../src/write/docx/write-docx.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { parseXml, type XmlElement } from './readers/xml-tree.js';

export interface RenderedParts {
  buffer: Buffer;
  removedCharacters: number;
  names: string[];
  raw: Record<string, string>;
  xml: (name: string) => XmlElement;
}

export async function renderParts(doc = sampleDocument, opts = {}): Promise<RenderedParts> {
  const { buffer, removedCharacters } = await renderDocx(doc, opts);
  const files = unzipSync(new Uint8Array(buffer));
  const raw: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) raw[name] = new TextDecoder().decode(data);
  return {
    buffer,
    removedCharacters,
    names: Object.keys(files),
    raw,
    xml: (name) => {
      const text = raw[name];
      if (text === undefined) throw new Error(`no part ${name}`);
      return parseXml(text);
    },
  };
}
