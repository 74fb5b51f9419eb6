/**
 * Canadian universities and colleges: the maintained list a reporter chooses an institution from (the
 * public universities, colleges, polytechnics and cégeps of each province and territory, and a few private
 * ones with many international students). Edit it here, one line each: [code, province, kind, English name,
 * French name]. A code is stable once shipped (reports keep it); a closed or renamed institution keeps its
 * code with its new name. The list seeds the `institution` vocabulary of `taxonomy_terms`, where admins
 * rename, retire or add institutions. An institution not on the list is "other", its name typed by the
 * reporter and sealed with the report (never counted by its name).
 */
type Row = readonly [code: string, province: string, kind: 'university' | 'college', en: string, fr: string];

const ROWS = [
  // British Columbia
  ['bc_ubc', 'BC', 'university', 'University of British Columbia', 'Université de la Colombie-Britannique'],
  ['bc_sfu', 'BC', 'university', 'Simon Fraser University', 'Université Simon Fraser'],
  ['bc_uvic', 'BC', 'university', 'University of Victoria', 'Université de Victoria'],
  [
    'bc_unbc',
    'BC',
    'university',
    'University of Northern British Columbia',
    'Université du Nord de la Colombie-Britannique',
  ],
  ['bc_tru', 'BC', 'university', 'Thompson Rivers University', 'Université Thompson Rivers'],
  ['bc_royal_roads', 'BC', 'university', 'Royal Roads University', 'Université Royal Roads'],
  ['bc_viu', 'BC', 'university', 'Vancouver Island University', 'Université de l’île de Vancouver'],
  ['bc_kpu', 'BC', 'university', 'Kwantlen Polytechnic University', 'Université polytechnique Kwantlen'],
  ['bc_capilano', 'BC', 'university', 'Capilano University', 'Université Capilano'],
  [
    'bc_emily_carr',
    'BC',
    'university',
    'Emily Carr University of Art + Design',
    'Université d’art et de design Emily Carr',
  ],
  ['bc_ufv', 'BC', 'university', 'University of the Fraser Valley', 'Université de la vallée du Fraser'],
  ['bc_twu', 'BC', 'university', 'Trinity Western University', 'Université Trinity Western'],
  ['bc_ucw', 'BC', 'university', 'University Canada West', 'University Canada West'],
  [
    'bc_bcit',
    'BC',
    'college',
    'British Columbia Institute of Technology',
    'Institut de technologie de la Colombie-Britannique',
  ],
  [
    'bc_jibc',
    'BC',
    'college',
    'Justice Institute of British Columbia',
    'Justice Institute of British Columbia',
  ],
  ['bc_langara', 'BC', 'college', 'Langara College', 'Collège Langara'],
  ['bc_douglas', 'BC', 'college', 'Douglas College', 'Collège Douglas'],
  ['bc_camosun', 'BC', 'college', 'Camosun College', 'Collège Camosun'],
  ['bc_okanagan', 'BC', 'college', 'Okanagan College', 'Collège Okanagan'],
  ['bc_vcc', 'BC', 'college', 'Vancouver Community College', 'Collège communautaire de Vancouver'],
  ['bc_cnc', 'BC', 'college', 'College of New Caledonia', 'College of New Caledonia'],
  ['bc_selkirk', 'BC', 'college', 'Selkirk College', 'Collège Selkirk'],
  ['bc_rockies', 'BC', 'college', 'College of the Rockies', 'College of the Rockies'],
  ['bc_north_island', 'BC', 'college', 'North Island College', 'North Island College'],
  ['bc_coast_mountain', 'BC', 'college', 'Coast Mountain College', 'Coast Mountain College'],
  ['bc_northern_lights', 'BC', 'college', 'Northern Lights College', 'Northern Lights College'],
  [
    'bc_nvit',
    'BC',
    'college',
    'Nicola Valley Institute of Technology',
    'Nicola Valley Institute of Technology',
  ],
  ['bc_educacentre', 'BC', 'college', 'Collège Éducacentre', 'Collège Éducacentre'],
  // Alberta
  ['ab_ualberta', 'AB', 'university', 'University of Alberta', 'Université de l’Alberta'],
  ['ab_ucalgary', 'AB', 'university', 'University of Calgary', 'Université de Calgary'],
  ['ab_ulethbridge', 'AB', 'university', 'University of Lethbridge', 'Université de Lethbridge'],
  ['ab_athabasca', 'AB', 'university', 'Athabasca University', 'Université Athabasca'],
  ['ab_mount_royal', 'AB', 'university', 'Mount Royal University', 'Université Mount Royal'],
  ['ab_macewan', 'AB', 'university', 'MacEwan University', 'Université MacEwan'],
  [
    'ab_concordia_edmonton',
    'AB',
    'university',
    'Concordia University of Edmonton',
    'Université Concordia d’Edmonton',
  ],
  ['ab_kings', 'AB', 'university', 'The King’s University', 'The King’s University'],
  ['ab_ambrose', 'AB', 'university', 'Ambrose University', 'Université Ambrose'],
  ['ab_burman', 'AB', 'university', 'Burman University', 'Université Burman'],
  ['ab_st_marys', 'AB', 'university', 'St. Mary’s University', 'Université St. Mary’s'],
  ['ab_auarts', 'AB', 'university', 'Alberta University of the Arts', 'Université des arts de l’Alberta'],
  [
    'ab_sait',
    'AB',
    'college',
    'Southern Alberta Institute of Technology (SAIT)',
    'Southern Alberta Institute of Technology (SAIT)',
  ],
  [
    'ab_nait',
    'AB',
    'college',
    'Northern Alberta Institute of Technology (NAIT)',
    'Northern Alberta Institute of Technology (NAIT)',
  ],
  ['ab_bow_valley', 'AB', 'college', 'Bow Valley College', 'Collège Bow Valley'],
  ['ab_norquest', 'AB', 'college', 'NorQuest College', 'Collège NorQuest'],
  ['ab_red_deer', 'AB', 'college', 'Red Deer Polytechnic', 'Polytechnique de Red Deer'],
  ['ab_lethbridge_poly', 'AB', 'college', 'Lethbridge Polytechnic', 'Polytechnique de Lethbridge'],
  ['ab_medicine_hat', 'AB', 'college', 'Medicine Hat College', 'Collège de Medicine Hat'],
  [
    'ab_olds',
    'AB',
    'college',
    'Olds College of Agriculture & Technology',
    'Olds College of Agriculture & Technology',
  ],
  ['ab_lakeland', 'AB', 'college', 'Lakeland College', 'Collège Lakeland'],
  ['ab_keyano', 'AB', 'college', 'Keyano College', 'Collège Keyano'],
  ['ab_northern_lakes', 'AB', 'college', 'Northern Lakes College', 'Northern Lakes College'],
  ['ab_portage', 'AB', 'college', 'Portage College', 'Collège Portage'],
  ['ab_nwpolytech', 'AB', 'college', 'Northwestern Polytechnic', 'Polytechnique du Nord-Ouest'],
  // Saskatchewan
  ['sk_usask', 'SK', 'university', 'University of Saskatchewan', 'Université de la Saskatchewan'],
  ['sk_uregina', 'SK', 'university', 'University of Regina', 'Université de Regina'],
  [
    'sk_fnuniv',
    'SK',
    'university',
    'First Nations University of Canada',
    'Université des Premières Nations du Canada',
  ],
  ['sk_polytechnic', 'SK', 'college', 'Saskatchewan Polytechnic', 'Polytechnique de la Saskatchewan'],
  ['sk_cumberland', 'SK', 'college', 'Cumberland College', 'Cumberland College'],
  ['sk_great_plains', 'SK', 'college', 'Great Plains College', 'Great Plains College'],
  ['sk_north_west', 'SK', 'college', 'North West College', 'North West College'],
  ['sk_northlands', 'SK', 'college', 'Northlands College', 'Northlands College'],
  ['sk_southeast', 'SK', 'college', 'Southeast College', 'Southeast College'],
  ['sk_suncrest', 'SK', 'college', 'Suncrest College', 'Suncrest College'],
  ['sk_mathieu', 'SK', 'college', 'Collège Mathieu', 'Collège Mathieu'],
  ['sk_gdi', 'SK', 'college', 'Gabriel Dumont Institute', 'Institut Gabriel-Dumont'],
  // Manitoba
  ['mb_umanitoba', 'MB', 'university', 'University of Manitoba', 'Université du Manitoba'],
  ['mb_uwinnipeg', 'MB', 'university', 'University of Winnipeg', 'Université de Winnipeg'],
  ['mb_brandon', 'MB', 'university', 'Brandon University', 'Université de Brandon'],
  ['mb_ustboniface', 'MB', 'university', 'Université de Saint-Boniface', 'Université de Saint-Boniface'],
  ['mb_ucn', 'MB', 'university', 'University College of the North', 'Collège universitaire du Nord'],
  ['mb_cmu', 'MB', 'university', 'Canadian Mennonite University', 'Université mennonite canadienne'],
  ['mb_rrc', 'MB', 'college', 'Red River College Polytechnic', 'Polytechnique Red River College'],
  ['mb_assiniboine', 'MB', 'college', 'Assiniboine College', 'Collège Assiniboine'],
  [
    'mb_mitt',
    'MB',
    'college',
    'Manitoba Institute of Trades and Technology',
    'Manitoba Institute of Trades and Technology',
  ],
  // Ontario
  ['on_algoma', 'ON', 'university', 'Algoma University', 'Université Algoma'],
  ['on_brock', 'ON', 'university', 'Brock University', 'Université Brock'],
  ['on_carleton', 'ON', 'university', 'Carleton University', 'Université Carleton'],
  ['on_uguelph', 'ON', 'university', 'University of Guelph', 'Université de Guelph'],
  ['on_lakehead', 'ON', 'university', 'Lakehead University', 'Université Lakehead'],
  ['on_laurentian', 'ON', 'university', 'Laurentian University', 'Université Laurentienne'],
  ['on_mcmaster', 'ON', 'university', 'McMaster University', 'Université McMaster'],
  ['on_nipissing', 'ON', 'university', 'Nipissing University', 'Université Nipissing'],
  ['on_ocad', 'ON', 'university', 'OCAD University', 'Université de l’ÉADO'],
  ['on_ontario_tech', 'ON', 'university', 'Ontario Tech University', 'Université technologique de l’Ontario'],
  ['on_uottawa', 'ON', 'university', 'University of Ottawa', 'Université d’Ottawa'],
  ['on_queens', 'ON', 'university', 'Queen’s University', 'Université Queen’s'],
  ['on_tmu', 'ON', 'university', 'Toronto Metropolitan University', 'Université métropolitaine de Toronto'],
  ['on_utoronto', 'ON', 'university', 'University of Toronto', 'Université de Toronto'],
  ['on_trent', 'ON', 'university', 'Trent University', 'Université Trent'],
  ['on_uwaterloo', 'ON', 'university', 'University of Waterloo', 'Université de Waterloo'],
  ['on_western', 'ON', 'university', 'Western University', 'Université Western'],
  ['on_laurier', 'ON', 'university', 'Wilfrid Laurier University', 'Université Wilfrid-Laurier'],
  ['on_uwindsor', 'ON', 'university', 'University of Windsor', 'Université de Windsor'],
  ['on_york', 'ON', 'university', 'York University', 'Université York'],
  ['on_uof', 'ON', 'university', 'Université de l’Ontario français', 'Université de l’Ontario français'],
  ['on_hearst', 'ON', 'university', 'Université de Hearst', 'Université de Hearst'],
  ['on_rmc', 'ON', 'university', 'Royal Military College of Canada', 'Collège militaire royal du Canada'],
  ['on_saint_paul', 'ON', 'university', 'Saint Paul University', 'Université Saint-Paul'],
  ['on_dominican', 'ON', 'university', 'Dominican University College', 'Collège universitaire dominicain'],
  ['on_redeemer', 'ON', 'university', 'Redeemer University', 'Université Redeemer'],
  ['on_tyndale', 'ON', 'university', 'Tyndale University', 'Université Tyndale'],
  ['on_algonquin', 'ON', 'college', 'Algonquin College', 'Collège Algonquin'],
  ['on_boreal', 'ON', 'college', 'Collège Boréal', 'Collège Boréal'],
  ['on_cambrian', 'ON', 'college', 'Cambrian College', 'Collège Cambrian'],
  ['on_canadore', 'ON', 'college', 'Canadore College', 'Collège Canadore'],
  ['on_centennial', 'ON', 'college', 'Centennial College', 'Collège Centennial'],
  ['on_conestoga', 'ON', 'college', 'Conestoga College', 'Collège Conestoga'],
  ['on_confederation', 'ON', 'college', 'Confederation College', 'Collège Confederation'],
  ['on_durham', 'ON', 'college', 'Durham College', 'Collège Durham'],
  ['on_fanshawe', 'ON', 'college', 'Fanshawe College', 'Collège Fanshawe'],
  ['on_fleming', 'ON', 'college', 'Fleming College', 'Collège Fleming'],
  ['on_george_brown', 'ON', 'college', 'George Brown College', 'Collège George Brown'],
  ['on_georgian', 'ON', 'college', 'Georgian College', 'Collège Georgian'],
  ['on_humber', 'ON', 'college', 'Humber Polytechnic', 'Polytechnique Humber'],
  ['on_la_cite', 'ON', 'college', 'La Cité collégiale', 'La Cité collégiale'],
  ['on_lambton', 'ON', 'college', 'Lambton College', 'Collège Lambton'],
  ['on_loyalist', 'ON', 'college', 'Loyalist College', 'Collège Loyalist'],
  ['on_mohawk', 'ON', 'college', 'Mohawk College', 'Collège Mohawk'],
  ['on_niagara', 'ON', 'college', 'Niagara College', 'Collège Niagara'],
  ['on_northern', 'ON', 'college', 'Northern College', 'Collège Northern'],
  ['on_st_clair', 'ON', 'college', 'St. Clair College', 'Collège St. Clair'],
  ['on_st_lawrence', 'ON', 'college', 'St. Lawrence College', 'Collège St. Lawrence'],
  ['on_sault', 'ON', 'college', 'Sault College', 'Collège Sault'],
  ['on_seneca', 'ON', 'college', 'Seneca Polytechnic', 'Polytechnique Seneca'],
  ['on_sheridan', 'ON', 'college', 'Sheridan College', 'Collège Sheridan'],
  ['on_six_nations', 'ON', 'college', 'Six Nations Polytechnic', 'Six Nations Polytechnic'],
  // Quebec
  ['qc_mcgill', 'QC', 'university', 'McGill University', 'Université McGill'],
  ['qc_concordia', 'QC', 'university', 'Concordia University', 'Université Concordia'],
  ['qc_bishops', 'QC', 'university', 'Bishop’s University', 'Université Bishop’s'],
  ['qc_udem', 'QC', 'university', 'Université de Montréal', 'Université de Montréal'],
  ['qc_laval', 'QC', 'university', 'Université Laval', 'Université Laval'],
  ['qc_usherbrooke', 'QC', 'university', 'Université de Sherbrooke', 'Université de Sherbrooke'],
  [
    'qc_uqam',
    'QC',
    'university',
    'Université du Québec à Montréal (UQAM)',
    'Université du Québec à Montréal (UQAM)',
  ],
  [
    'qc_uqtr',
    'QC',
    'university',
    'Université du Québec à Trois-Rivières',
    'Université du Québec à Trois-Rivières',
  ],
  ['qc_uqac', 'QC', 'university', 'Université du Québec à Chicoutimi', 'Université du Québec à Chicoutimi'],
  ['qc_uqar', 'QC', 'university', 'Université du Québec à Rimouski', 'Université du Québec à Rimouski'],
  ['qc_uqo', 'QC', 'university', 'Université du Québec en Outaouais', 'Université du Québec en Outaouais'],
  [
    'qc_uqat',
    'QC',
    'university',
    'Université du Québec en Abitibi-Témiscamingue',
    'Université du Québec en Abitibi-Témiscamingue',
  ],
  [
    'qc_inrs',
    'QC',
    'university',
    'Institut national de la recherche scientifique (INRS)',
    'Institut national de la recherche scientifique (INRS)',
  ],
  [
    'qc_enap',
    'QC',
    'university',
    'École nationale d’administration publique (ENAP)',
    'École nationale d’administration publique (ENAP)',
  ],
  [
    'qc_ets',
    'QC',
    'university',
    'École de technologie supérieure (ÉTS)',
    'École de technologie supérieure (ÉTS)',
  ],
  ['qc_teluq', 'QC', 'university', 'Université TÉLUQ', 'Université TÉLUQ'],
  ['qc_polymtl', 'QC', 'university', 'Polytechnique Montréal', 'Polytechnique Montréal'],
  ['qc_hec', 'QC', 'university', 'HEC Montréal', 'HEC Montréal'],
  [
    'qc_cmr_saint_jean',
    'QC',
    'university',
    'Royal Military College Saint-Jean',
    'Collège militaire royal de Saint-Jean',
  ],
  ['qc_dawson', 'QC', 'college', 'Dawson College', 'Collège Dawson'],
  ['qc_vanier', 'QC', 'college', 'Vanier College', 'Collège Vanier'],
  ['qc_john_abbott', 'QC', 'college', 'John Abbott College', 'Collège John-Abbott'],
  ['qc_champlain', 'QC', 'college', 'Champlain Regional College', 'Collège régional Champlain'],
  ['qc_heritage', 'QC', 'college', 'Heritage College', 'Cégep Heritage'],
  ['qc_marianopolis', 'QC', 'college', 'Marianopolis College', 'Collège Marianopolis'],
  ['qc_lasalle', 'QC', 'college', 'LaSalle College', 'Collège LaSalle'],
  ['qc_ahuntsic', 'QC', 'college', 'Collège Ahuntsic', 'Collège Ahuntsic'],
  ['qc_andre_laurendeau', 'QC', 'college', 'Cégep André-Laurendeau', 'Cégep André-Laurendeau'],
  ['qc_abitibi', 'QC', 'college', 'Cégep de l’Abitibi-Témiscamingue', 'Cégep de l’Abitibi-Témiscamingue'],
  ['qc_alma', 'QC', 'college', 'Cégep d’Alma', 'Cégep d’Alma'],
  ['qc_baie_comeau', 'QC', 'college', 'Cégep de Baie-Comeau', 'Cégep de Baie-Comeau'],
  ['qc_beauce', 'QC', 'college', 'Cégep Beauce-Appalaches', 'Cégep Beauce-Appalaches'],
  ['qc_bois_de_boulogne', 'QC', 'college', 'Collège de Bois-de-Boulogne', 'Collège de Bois-de-Boulogne'],
  ['qc_chicoutimi', 'QC', 'college', 'Cégep de Chicoutimi', 'Cégep de Chicoutimi'],
  ['qc_drummondville', 'QC', 'college', 'Cégep de Drummondville', 'Cégep de Drummondville'],
  ['qc_edouard_montpetit', 'QC', 'college', 'Cégep Édouard-Montpetit', 'Cégep Édouard-Montpetit'],
  ['qc_gaspesie', 'QC', 'college', 'Cégep de la Gaspésie et des Îles', 'Cégep de la Gaspésie et des Îles'],
  ['qc_garneau', 'QC', 'college', 'Cégep Garneau', 'Cégep Garneau'],
  ['qc_gerald_godin', 'QC', 'college', 'Cégep Gérald-Godin', 'Cégep Gérald-Godin'],
  ['qc_granby', 'QC', 'college', 'Cégep de Granby', 'Cégep de Granby'],
  ['qc_jonquiere', 'QC', 'college', 'Cégep de Jonquière', 'Cégep de Jonquière'],
  ['qc_la_pocatiere', 'QC', 'college', 'Cégep de La Pocatière', 'Cégep de La Pocatière'],
  ['qc_lanaudiere', 'QC', 'college', 'Cégep régional de Lanaudière', 'Cégep régional de Lanaudière'],
  ['qc_levis', 'QC', 'college', 'Cégep de Lévis', 'Cégep de Lévis'],
  ['qc_limoilou', 'QC', 'college', 'Cégep Limoilou', 'Cégep Limoilou'],
  ['qc_lionel_groulx', 'QC', 'college', 'Collège Lionel-Groulx', 'Collège Lionel-Groulx'],
  ['qc_maisonneuve', 'QC', 'college', 'Collège de Maisonneuve', 'Collège de Maisonneuve'],
  ['qc_marie_victorin', 'QC', 'college', 'Cégep Marie-Victorin', 'Cégep Marie-Victorin'],
  ['qc_matane', 'QC', 'college', 'Cégep de Matane', 'Cégep de Matane'],
  ['qc_montmorency', 'QC', 'college', 'Collège Montmorency', 'Collège Montmorency'],
  ['qc_outaouais', 'QC', 'college', 'Cégep de l’Outaouais', 'Cégep de l’Outaouais'],
  ['qc_rimouski', 'QC', 'college', 'Cégep de Rimouski', 'Cégep de Rimouski'],
  ['qc_riviere_du_loup', 'QC', 'college', 'Cégep de Rivière-du-Loup', 'Cégep de Rivière-du-Loup'],
  ['qc_rosemont', 'QC', 'college', 'Collège de Rosemont', 'Collège de Rosemont'],
  ['qc_saint_felicien', 'QC', 'college', 'Cégep de Saint-Félicien', 'Cégep de Saint-Félicien'],
  ['qc_saint_hyacinthe', 'QC', 'college', 'Cégep de Saint-Hyacinthe', 'Cégep de Saint-Hyacinthe'],
  ['qc_saint_jean', 'QC', 'college', 'Cégep Saint-Jean-sur-Richelieu', 'Cégep Saint-Jean-sur-Richelieu'],
  ['qc_saint_jerome', 'QC', 'college', 'Cégep de Saint-Jérôme', 'Cégep de Saint-Jérôme'],
  ['qc_saint_laurent', 'QC', 'college', 'Cégep de Saint-Laurent', 'Cégep de Saint-Laurent'],
  ['qc_sainte_foy', 'QC', 'college', 'Cégep de Sainte-Foy', 'Cégep de Sainte-Foy'],
  ['qc_sept_iles', 'QC', 'college', 'Cégep de Sept-Îles', 'Cégep de Sept-Îles'],
  ['qc_shawinigan', 'QC', 'college', 'Cégep de Shawinigan', 'Cégep de Shawinigan'],
  ['qc_sherbrooke', 'QC', 'college', 'Cégep de Sherbrooke', 'Cégep de Sherbrooke'],
  ['qc_sorel_tracy', 'QC', 'college', 'Cégep de Sorel-Tracy', 'Cégep de Sorel-Tracy'],
  ['qc_thetford', 'QC', 'college', 'Cégep de Thetford', 'Cégep de Thetford'],
  ['qc_trois_rivieres', 'QC', 'college', 'Cégep de Trois-Rivières', 'Cégep de Trois-Rivières'],
  ['qc_valleyfield', 'QC', 'college', 'Cégep de Valleyfield', 'Cégep de Valleyfield'],
  ['qc_victoriaville', 'QC', 'college', 'Cégep de Victoriaville', 'Cégep de Victoriaville'],
  ['qc_vieux_montreal', 'QC', 'college', 'Cégep du Vieux Montréal', 'Cégep du Vieux Montréal'],
  [
    'qc_ithq',
    'QC',
    'college',
    'Institut de tourisme et d’hôtellerie du Québec',
    'Institut de tourisme et d’hôtellerie du Québec',
  ],
  ['qc_kiuna', 'QC', 'college', 'Kiuna College', 'Institution Kiuna'],
  // New Brunswick
  ['nb_unb', 'NB', 'university', 'University of New Brunswick', 'Université du Nouveau-Brunswick'],
  ['nb_umoncton', 'NB', 'university', 'Université de Moncton', 'Université de Moncton'],
  ['nb_mount_allison', 'NB', 'university', 'Mount Allison University', 'Université Mount Allison'],
  ['nb_st_thomas', 'NB', 'university', 'St. Thomas University', 'Université St. Thomas'],
  ['nb_crandall', 'NB', 'university', 'Crandall University', 'Université Crandall'],
  ['nb_nbcc', 'NB', 'college', 'New Brunswick Community College', 'New Brunswick Community College'],
  [
    'nb_ccnb',
    'NB',
    'college',
    'Collège communautaire du Nouveau-Brunswick',
    'Collège communautaire du Nouveau-Brunswick',
  ],
  [
    'nb_nbccd',
    'NB',
    'college',
    'New Brunswick College of Craft and Design',
    'Collège d’artisanat et de design du Nouveau-Brunswick',
  ],
  // Nova Scotia
  ['ns_dalhousie', 'NS', 'university', 'Dalhousie University', 'Université Dalhousie'],
  ['ns_smu', 'NS', 'university', 'Saint Mary’s University', 'Université Saint Mary’s'],
  ['ns_acadia', 'NS', 'university', 'Acadia University', 'Université Acadia'],
  ['ns_stfx', 'NS', 'university', 'St. Francis Xavier University', 'Université St. Francis Xavier'],
  ['ns_cbu', 'NS', 'university', 'Cape Breton University', 'Université du Cap-Breton'],
  ['ns_msvu', 'NS', 'university', 'Mount Saint Vincent University', 'Université Mount Saint Vincent'],
  ['ns_sainte_anne', 'NS', 'university', 'Université Sainte-Anne', 'Université Sainte-Anne'],
  ['ns_nscad', 'NS', 'university', 'NSCAD University', 'Université NSCAD'],
  ['ns_kings', 'NS', 'university', 'University of King’s College', 'University of King’s College'],
  ['ns_ast', 'NS', 'university', 'Atlantic School of Theology', 'Atlantic School of Theology'],
  [
    'ns_nscc',
    'NS',
    'college',
    'Nova Scotia Community College',
    'Collège communautaire de la Nouvelle-Écosse',
  ],
  // Prince Edward Island
  [
    'pe_upei',
    'PE',
    'university',
    'University of Prince Edward Island',
    'Université de l’Île-du-Prince-Édouard',
  ],
  ['pe_holland', 'PE', 'college', 'Holland College', 'Collège Holland'],
  ['pe_college_de_lile', 'PE', 'college', 'Collège de l’Île', 'Collège de l’Île'],
  // Newfoundland and Labrador
  [
    'nl_memorial',
    'NL',
    'university',
    'Memorial University of Newfoundland',
    'Université Memorial de Terre-Neuve',
  ],
  ['nl_cna', 'NL', 'college', 'College of the North Atlantic', 'Collège de l’Atlantique Nord'],
  // Territories
  ['yt_yukonu', 'YT', 'university', 'Yukon University', 'Université du Yukon'],
  ['nt_aurora', 'NT', 'college', 'Aurora College', 'Collège Aurora'],
  ['nt_college_nordique', 'NT', 'college', 'Collège nordique francophone', 'Collège nordique francophone'],
  ['nu_arctic', 'NU', 'college', 'Nunavut Arctic College', 'Collège de l’Arctique du Nunavut'],
] as const satisfies readonly Row[];

export type Institution = { code: string; province: string; kind: Row[2]; en: string; fr: string };

export const INSTITUTIONS: readonly Institution[] = ROWS.map(([code, province, kind, en, fr]) => ({
  code,
  province,
  kind,
  en,
  fr,
}));

/** An institution not on the list: its name is typed by the reporter and sealed (`institutionOther`). */
export const OTHER_INSTITUTION = 'other';

/** Every code a report may carry: the list's, and "other". */
export const INSTITUTION_CODES: readonly string[] = [...ROWS.map((r) => r[0]), OTHER_INSTITUTION];

const fold = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

const BY_NAME = new Map(
  INSTITUTIONS.flatMap((i) => [[fold(i.en), i.code] as const, [fold(i.fr), i.code] as const]),
);
const CODES: ReadonlySet<string> = new Set(INSTITUTION_CODES);

export const isInstitutionCode = (value: string): boolean => CODES.has(value);

/** A listed institution by its code (undefined for `other` and unknown codes). */
export function institutionByCode(code: string): Institution | undefined {
  return BY_CODE.get(code);
}
const BY_CODE = new Map(INSTITUTIONS.map((i) => [i.code, i]));

/** A listed institution's name in English and French ("name / nom", once when the same), or null. */
export function institutionBilingualName(code: string): string | null {
  const i = BY_CODE.get(code);
  if (!i) return null;
  return i.en === i.fr ? i.en : `${i.en} / ${i.fr}`;
}

/**
 * The institution a typed name is, when it is one of the list's names written as the list writes it (case,
 * accents, apostrophes and punctuation aside); otherwise null, and the name is kept as "other". Used for
 * API clients that send a name, and by the migration that sealed the names stored before the list.
 */
export function institutionNamed(name: string): string | null {
  return BY_NAME.get(fold(name)) ?? null;
}
