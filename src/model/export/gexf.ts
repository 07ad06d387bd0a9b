import { viewActors, type ExportInput } from './export-input.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  actorFields,
  relationCounts,
  relationFields,
  type FieldSpec,
  type FieldValue,
} from './fields.ts';
import { XML_DECLARATION, escapeXml, xmlNumber } from './xml.ts';

/**
 * The view as GEXF 1.3 (gexf.net), Gephi's own format: actors are nodes with every actor field
 * as an attribute and their stored layout position in `viz:position`, relations are edges with
 * every relation field as an attribute, labelled with the relation type. The y axis is turned
 * over, because Gephi's grows upwards and the explorer's (a screen's) downwards: the exported
 * drawing looks like the explorer's. An undirected relation
 * type gives `type="undirected"` on its edges; parallel relations stay separate edges (Gephi
 * merges them only if asked to).
 */

const GEXF_TYPE: Readonly<Record<FieldSpec['type'], string>> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};

function declarations(domain: 'node' | 'edge', fields: readonly FieldSpec[]): string[] {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...fields.map(
      (f) =>
        `      <attribute id="${escapeXml(f.id)}" title="${escapeXml(f.title)}" type="${GEXF_TYPE[f.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(fields: Map<string, FieldValue>, indent: string): string[] {
  if (fields.size === 0) return [];
  const value = (v: FieldValue) => (typeof v === 'number' ? xmlNumber(v) : escapeXml(String(v)));
  return [
    `${indent}<attvalues>`,
    ...[...fields].map(
      ([id, v]) => `${indent}  <attvalue for="${escapeXml(id)}" value="${value(v)}"/>`,
    ),
    `${indent}</attvalues>`,
  ];
}

export function toGexf(input: ExportInput): string {
  const { index, relations } = input;
  const counts = relationCounts(relations);
  const lines: string[] = [
    XML_DECLARATION.trimEnd(),
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Memograph</creator>',
    `    <description>${escapeXml(input.filters)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', ACTOR_FIELDS),
    ...declarations('edge', RELATION_FIELDS),
    '    <nodes>',
  ];
  for (const a of viewActors(input)) {
    lines.push(`      <node id="${escapeXml(a.id)}" label="${escapeXml(a.name)}">`);
    lines.push(...attvalues(actorFields(a, counts.get(a.id) ?? 0), '        '));
    if (a.position) {
      lines.push(
        `        <viz:position x="${xmlNumber(a.position.x)}" y="${xmlNumber(-a.position.y)}" z="0"/>`,
      );
    }
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const r of relations) {
    const type = index.typeById.get(r.type);
    const kind = type?.directed === false ? 'undirected' : 'directed';
    lines.push(
      `      <edge id="${escapeXml(r.id)}" source="${escapeXml(r.source)}" target="${escapeXml(r.target)}" type="${kind}" label="${escapeXml(type?.label ?? r.type)}">`,
    );
    lines.push(...attvalues(relationFields(index, r), '        '));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
