import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { useCallback, useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { CampaignGraph as CampaignGraphData } from '../../shared/contracts/indicators.ts';
import { useIndicatorText } from '../app/indicator-text.ts';

/**
 * The picture of a campaign (GET /api/v1/campaigns/{id} → graph): a case–identifier graph. Cases are round
 * nodes coloured by risk; the identifiers that join two or more of them are square-ish grey nodes named by
 * their kind (and value, for supervisors); each case is joined to the identifiers its reports mention. One
 * node per identifier keeps the picture readable at 2 cases and at 50 (every pair of 50 cases would be 1,225
 * edges). Drawn with sigma.js (WebGL) over a graphology graph laid out by ForceAtlas2. The same facts follow
 * as a list, for keyboards and screen readers.
 *
 *   <CampaignGraph graph={campaign.graph} onSelectCase={(caseId) => navigate(`/cases/${caseId}`)} />
 */

// A CommonJS package: its default export arrives as the module itself or under `default`, by bundler.
const forceAtlas2 = (
  'assign' in forceAtlas2Module ? forceAtlas2Module : forceAtlas2Module.default
) as typeof forceAtlas2Module.default;

const RISK_COLOURS: Record<string, string> = {
  immediate: '#b00020',
  high: '#d35400',
  medium: '#8a6d00',
  low: '#2e7d32',
};

type Props = {
  graph: CampaignGraphData;
  /** Called with a case id when its node is clicked. */
  onSelectCase?: (caseId: string) => void;
  height?: number;
};

type Label = (node: CampaignGraphData['nodes'][number]) => string;

function buildGraph(data: CampaignGraphData, label: Label): UndirectedGraph {
  const graph = new UndirectedGraph();
  const n = Math.max(1, data.nodes.length);
  data.nodes.forEach((node, i) => {
    graph.addNode(node.id, {
      label: label(node),
      // A circle to start from; ForceAtlas2 then pulls each case towards what it mentions.
      x: Math.cos((2 * Math.PI * i) / n),
      y: Math.sin((2 * Math.PI * i) / n),
      size: node.type === 'case' ? 8 : Math.min(12, 4 + node.cases),
      color: node.type === 'case' ? (RISK_COLOURS[node.risk] ?? '#555555') : '#4a4a4a',
    });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target))
      continue;
    graph.addEdge(edge.source, edge.target, { size: 1.5, color: '#1f3a93' });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  }
  return graph;
}

export function CampaignGraph({ graph: data, onSelectCase, height = 420 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const it = useIndicatorText();
  const label = useCallback<Label>(
    (node) =>
      node.type === 'case'
        ? node.reference
        : (node.value ??
          `${it(`indicators.kind.${node.kind}`)}${node.platform ? ` (${node.platform})` : ''}`),
    [it],
  );

  useEffect(() => {
    const element = container.current;
    if (!element || data.nodes.length === 0) return;
    const renderer = new Sigma(buildGraph(data, label), element, {
      labelSize: 12,
      labelColor: { color: '#1a1a1a' },
    });
    if (onSelectCase)
      renderer.on('clickNode', ({ node }) => {
        if (node.startsWith('case:')) onSelectCase(node.slice('case:'.length));
      });
    return () => renderer.kill();
  }, [data, onSelectCase, label]);

  if (data.nodes.length === 0) return <p className="state state-empty">{it('indicators.graph.empty')}</p>;
  const references = new Map(data.nodes.flatMap((n) => (n.type === 'case' ? [[n.id, n.reference]] : [])));
  const identifiers = data.nodes.filter((n) => n.type === 'identifier');
  return (
    <figure className="campaign-graph">
      <div
        ref={container}
        style={{ height, width: '100%' }}
        role="img"
        aria-label={it('indicators.graph.label')}
      />
      <figcaption>
        <h3>{it('indicators.graph.identifiers')}</h3>
        <ul>
          {identifiers.map((node) => (
            <li key={node.id}>
              {it('indicators.graph.mentionedBy', {
                label: label(node),
                references: data.edges
                  .filter((e) => e.target === node.id)
                  .map((e) => references.get(e.source) ?? '')
                  .join(', '),
              })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
