import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { CampaignGraph as CampaignGraphData } from '../../shared/contracts/indicators.ts';
import { indicators } from '../../shared/i18n/catalogs/indicators.ts';
import { useI18n } from '../app/i18n.tsx';

/**
 * The picture of a campaign (GET /api/v1/campaigns/{id} → graph): cases as nodes, coloured by risk,
 * joined by the kinds of identifiers they share — thick for a strong link, thin and dashed-grey for a
 * weak one. Drawn with sigma.js (WebGL) over a graphology graph laid out by ForceAtlas2. The same facts
 * follow as a list, for keyboards and screen readers. No identifier value is ever drawn: the API sends
 * kinds only.
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

function buildGraph(data: CampaignGraphData): UndirectedGraph {
  const graph = new UndirectedGraph();
  const n = Math.max(1, data.nodes.length);
  data.nodes.forEach((node, i) => {
    graph.addNode(node.id, {
      label: node.reference,
      // A circle to start from; ForceAtlas2 then pulls linked cases together.
      x: Math.cos((2 * Math.PI * i) / n),
      y: Math.sin((2 * Math.PI * i) / n),
      size: 8,
      color: RISK_COLOURS[node.risk] ?? '#555555',
    });
  });
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target))
      continue;
    const count = edge.shared.reduce((sum, s) => sum + s.count, 0);
    graph.addEdge(edge.source, edge.target, {
      size: edge.strength === 'strong' ? Math.min(6, 1.5 + count) : 1,
      color: edge.strength === 'strong' ? '#1f3a93' : '#9e9e9e',
      label: edge.shared.map((s) => (s.platform ? `${s.kind} (${s.platform})` : s.kind)).join(', '),
    });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  }
  return graph;
}

export function CampaignGraph({ graph: data, onSelectCase, height = 420 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const { locale } = useI18n();
  const text = (key: keyof (typeof indicators)['en']) => indicators[locale][key] ?? indicators.en[key];
  const kindLabel = (kind: string) =>
    text(`indicators.kind.${kind}` as keyof (typeof indicators)['en']) ?? kind;

  useEffect(() => {
    const element = container.current;
    if (!element || data.nodes.length === 0) return;
    const renderer = new Sigma(buildGraph(data), element, {
      renderEdgeLabels: true,
      labelSize: 12,
      edgeLabelSize: 10,
      labelColor: { color: '#1a1a1a' },
    });
    if (onSelectCase) renderer.on('clickNode', ({ node }) => onSelectCase(node));
    return () => renderer.kill();
  }, [data, onSelectCase]);

  if (data.nodes.length === 0) return <p className="state state-empty">{text('indicators.graph.empty')}</p>;
  const reference = new Map(data.nodes.map((n) => [n.id, n.reference]));
  return (
    <figure className="campaign-graph">
      <div
        ref={container}
        style={{ height, width: '100%' }}
        role="img"
        aria-label={text('indicators.graph.label')}
      />
      <figcaption>
        <ul>
          {data.edges.map((edge) => (
            <li key={`${edge.source}|${edge.target}`}>
              {reference.get(edge.source)} — {reference.get(edge.target)}:{' '}
              {edge.shared.map((s) => kindLabel(s.kind)).join(', ')} (
              {text(edge.strength === 'strong' ? 'indicators.link.strong' : 'indicators.link.weak')})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
