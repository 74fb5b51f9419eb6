import type { Catalog } from '../catalog.ts';

/** The public statistics page and its charts. */
export const stats = {
  en: {
    'stats.page.title': 'Statistics',
    'stats.page.heading': 'Transnational repression reported to the focal point',
    'stats.page.intro':
      'How many reports reached the focal point, by month, province or territory, tactic, community and channel. Only reports whose authors agreed to anonymised statistics are counted, and reports found to be spam are left out.',
    'stats.page.suppression':
      'To protect the people who reported, no number from 1 to 4 is ever published. Such numbers, and any other number that would let someone work them out, are shown as “suppressed”. A report can name several tactics, communities and channels, so those tables can add up to more than the number of reports.',
    'stats.page.period': 'Period: {from} to {to} (complete months only).',
    'stats.page.years': 'Other years',
    'stats.page.demo': 'These figures come from demonstration data, not from real reports.',
    'stats.page.empty': 'There is no complete month to show for {year} yet.',
    'stats.page.total': 'Reports counted in {year}: {count}',
    'stats.page.json': 'The same figures as data (JSON)',
    'stats.suppressed': 'suppressed',
    'stats.unspecified': 'Not specified',
    'stats.chart.month': 'Reports by month, {year}',
    'stats.chart.province': 'Reports by province or territory, {year}',
    'stats.chart.tactic': 'Reports by tactic, {year}',
    'stats.chart.community': 'Reports by community, {year}',
    'stats.chart.channel': 'Reports by channel, {year}',
    'stats.chart.description': 'Bar chart. The table that follows gives the same numbers.',
    'stats.table.category': 'Category',
    'stats.table.month': 'Month',
    'stats.table.reports': 'Reports',
    'stats.table.noneShown': 'Categories without any report are not shown.',
  },
  fr: {
    'stats.page.title': 'Statistiques',
    'stats.page.heading': 'La répression transnationale signalée au point focal',
    'stats.page.intro':
      'Combien de signalements sont parvenus au point focal, par mois, province ou territoire, tactique, communauté et moyen. Seuls les signalements dont les auteurs ont accepté des statistiques anonymisées sont comptés, et les signalements reconnus comme indésirables sont écartés.',
    'stats.page.suppression':
      'Pour protéger les personnes qui ont fait un signalement, aucun nombre de 1 à 4 n’est jamais publié. Ces nombres, et tout autre nombre qui permettrait de les retrouver, sont indiqués comme « masqués ». Un signalement peut nommer plusieurs tactiques, communautés et moyens : ces tableaux peuvent donc totaliser plus que le nombre de signalements.',
    'stats.page.period': 'Période : de {from} à {to} (mois complets seulement).',
    'stats.page.years': 'Autres années',
    'stats.page.demo': 'Ces chiffres proviennent de données de démonstration, pas de signalements réels.',
    'stats.page.empty': 'Il n’y a pas encore de mois complet à afficher pour {year}.',
    'stats.page.total': 'Signalements comptés en {year} : {count}',
    'stats.page.json': 'Les mêmes chiffres sous forme de données (JSON)',
    'stats.suppressed': 'masqué',
    'stats.unspecified': 'Non précisé',
    'stats.chart.month': 'Signalements par mois, {year}',
    'stats.chart.province': 'Signalements par province ou territoire, {year}',
    'stats.chart.tactic': 'Signalements par tactique, {year}',
    'stats.chart.community': 'Signalements par communauté, {year}',
    'stats.chart.channel': 'Signalements par moyen, {year}',
    'stats.chart.description': 'Graphique à barres. Le tableau qui suit donne les mêmes nombres.',
    'stats.table.category': 'Catégorie',
    'stats.table.month': 'Mois',
    'stats.table.reports': 'Signalements',
    'stats.table.noneShown': 'Les catégories sans aucun signalement ne sont pas affichées.',
  },
  'zh-Hans': {
    'stats.page.title': '统计',
    'stats.suppressed': '已隐藏',
    'stats.unspecified': '未说明',
  },
  'zh-Hant': {
    'stats.page.title': '統計',
    'stats.suppressed': '已隱藏',
    'stats.unspecified': '未說明',
  },
  bo: {},
  ug: {},
} satisfies Catalog;
