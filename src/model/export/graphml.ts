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
 * The view as GraphML (graphml.graphdrawing.org, 1.0), for yEd, Gephi, NetworkX or igraph: actors
 * are nodes, relations edges, every field a typed `<key>`. Edge direction follows the relation
 * type (an undirected type such as "negotiates with" gives `directed="false"`). Parallel
 * relations stay separate edges, each with its own quote.
 */

const GRAPHML_TYPE: Readonly<Record<FieldSpec['type'], string>> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

function keys(prefix: string, domain: 'node' | 'edge', fields: readonly FieldSpec[]): string[] {
  return fields.map(
    (f) =>
      `  <key id="${prefix}${escapeXml(f.id)}" for="${domain}" attr.name="${escapeXml(f.id)}" attr.type="${GRAPHML_TYPE[f.type]}"/>`,
  );
}

function dataValue(value: FieldValue): string {
  return typeof value === 'number' ? xmlNumber(value) : escapeXml(String(value));
}

function data(prefix: string, fields: Map<string, FieldValue>, indent: string): string[] {
  return [...fields].map(
    ([id, value]) => `${indent}<data key="${prefix}${escapeXml(id)}">${dataValue(value)}</data>`,
  );
}

export function toGraphml(input: ExportInput): string {
  const { index, relations } = input;
  const counts = relationCounts(relations);
  const lines: string[] = [
    XML_DECLARATION.trimEnd(),
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(`Memograph export. ${input.filters}`)}</desc>`,
    ...keys('n_', 'node', ACTOR_FIELDS),
    ...keys('e_', 'edge', RELATION_FIELDS),
    '  <graph id="memograph" edgedefault="directed">',
  ];
  for (const a of viewActors(input)) {
    lines.push(`    <node id="${escapeXml(a.id)}">`);
    lines.push(...data('n_', actorFields(a, counts.get(a.id) ?? 0), '      '));
    lines.push('    </node>');
  }
  for (const r of relations) {
    const directed = index.typeById.get(r.type)?.directed !== false;
    lines.push(
      `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.source)}" target="${escapeXml(r.target)}"${directed ? '' : ' directed="false"'}>`,
    );
    lines.push(...data('e_', relationFields(index, r), '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
