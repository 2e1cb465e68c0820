/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The code changes of the 2018 (Trøndelag, fylker only), 2020 and 2024 reforms, one row per
 * code that stopped being used, sorted by code for a binary search.
 *
 * Source and checks: compiled from the public lists of the reforms' changes (SSB's
 * classification 131, "Standard for kommuneinndeling", and the ministry's and KS's lists of
 * the 2024 numbers); it is data, not fetched at build or run time. Its consistency is tested
 * (tests/test-import-text.c, geo-history): every code retired in 2024 is a code that 2020
 * created, each kommune appears once, each renumbering is one to one, and the 2024 fylker
 * get the number of kommuner DOMAIN.md §6 lists. Not covered: the 2018 renumbering of the
 * Trøndelag kommuner and border adjustments that moved a few people without a new number.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-geo-history.h"

#define R SIRKEL_GEO_CHANGE_RENUMBERED
#define M SIRKEL_GEO_CHANGE_MERGED
#define S SIRKEL_GEO_CHANGE_SPLIT

static const SirkelGeoChange changes[] = {
  { "01", "Østfold", 2020, M, { "30" } },
  { "0101", "Halden", 2020, R, { "3001" } },
  { "0104", "Moss", 2020, M, { "3002" } },
  { "0105", "Sarpsborg", 2020, R, { "3003" } },
  { "0106", "Fredrikstad", 2020, R, { "3004" } },
  { "0111", "Hvaler", 2020, R, { "3011" } },
  { "0118", "Aremark", 2020, R, { "3012" } },
  { "0119", "Marker", 2020, R, { "3013" } },
  { "0121", "Rømskog", 2020, M, { "3026" } },
  { "0122", "Trøgstad", 2020, M, { "3014" } },
  { "0123", "Spydeberg", 2020, M, { "3014" } },
  { "0124", "Askim", 2020, M, { "3014" } },
  { "0125", "Eidsberg", 2020, M, { "3014" } },
  { "0127", "Skiptvet", 2020, R, { "3015" } },
  { "0128", "Rakkestad", 2020, R, { "3016" } },
  { "0135", "Råde", 2020, R, { "3017" } },
  { "0136", "Rygge", 2020, M, { "3002" } },
  { "0137", "Våler", 2020, R, { "3018" } },
  { "0138", "Hobøl", 2020, M, { "3014" } },
  { "02", "Akershus", 2020, M, { "30" } },
  { "0211", "Vestby", 2020, R, { "3019" } },
  { "0213", "Ski", 2020, M, { "3020" } },
  { "0214", "Ås", 2020, R, { "3021" } },
  { "0215", "Frogn", 2020, R, { "3022" } },
  { "0216", "Nesodden", 2020, R, { "3023" } },
  { "0217", "Oppegård", 2020, M, { "3020" } },
  { "0219", "Bærum", 2020, R, { "3024" } },
  { "0220", "Asker", 2020, M, { "3025" } },
  { "0221", "Aurskog-Høland", 2020, M, { "3026" } },
  { "0226", "Sørum", 2020, M, { "3030" } },
  { "0227", "Fet", 2020, M, { "3030" } },
  { "0228", "Rælingen", 2020, R, { "3027" } },
  { "0229", "Enebakk", 2020, R, { "3028" } },
  { "0230", "Lørenskog", 2020, R, { "3029" } },
  { "0231", "Skedsmo", 2020, M, { "3030" } },
  { "0233", "Nittedal", 2020, R, { "3031" } },
  { "0234", "Gjerdrum", 2020, R, { "3032" } },
  { "0235", "Ullensaker", 2020, R, { "3033" } },
  { "0236", "Nes", 2020, R, { "3034" } },
  { "0237", "Eidsvoll", 2020, R, { "3035" } },
  { "0238", "Nannestad", 2020, R, { "3036" } },
  { "0239", "Hurdal", 2020, R, { "3037" } },
  { "04", "Hedmark", 2020, M, { "34" } },
  { "0402", "Kongsvinger", 2020, R, { "3401" } },
  { "0403", "Hamar", 2020, R, { "3403" } },
  { "0412", "Ringsaker", 2020, R, { "3411" } },
  { "0415", "Løten", 2020, R, { "3412" } },
  { "0417", "Stange", 2020, R, { "3413" } },
  { "0418", "Nord-Odal", 2020, R, { "3414" } },
  { "0419", "Sør-Odal", 2020, R, { "3415" } },
  { "0420", "Eidskog", 2020, R, { "3416" } },
  { "0423", "Grue", 2020, R, { "3417" } },
  { "0425", "Åsnes", 2020, R, { "3418" } },
  { "0426", "Våler", 2020, R, { "3419" } },
  { "0427", "Elverum", 2020, R, { "3420" } },
  { "0428", "Trysil", 2020, R, { "3421" } },
  { "0429", "Åmot", 2020, R, { "3422" } },
  { "0430", "Stor-Elvdal", 2020, R, { "3423" } },
  { "0432", "Rendalen", 2020, R, { "3424" } },
  { "0434", "Engerdal", 2020, R, { "3425" } },
  { "0436", "Tolga", 2020, R, { "3426" } },
  { "0437", "Tynset", 2020, R, { "3427" } },
  { "0438", "Alvdal", 2020, R, { "3428" } },
  { "0439", "Folldal", 2020, R, { "3429" } },
  { "0441", "Os", 2020, R, { "3430" } },
  { "05", "Oppland", 2020, M, { "34" } },
  { "0501", "Lillehammer", 2020, R, { "3405" } },
  { "0502", "Gjøvik", 2020, R, { "3407" } },
  { "0511", "Dovre", 2020, R, { "3431" } },
  { "0512", "Lesja", 2020, R, { "3432" } },
  { "0513", "Skjåk", 2020, R, { "3433" } },
  { "0514", "Lom", 2020, R, { "3434" } },
  { "0515", "Vågå", 2020, R, { "3435" } },
  { "0516", "Nord-Fron", 2020, R, { "3436" } },
  { "0517", "Sel", 2020, R, { "3437" } },
  { "0519", "Sør-Fron", 2020, R, { "3438" } },
  { "0520", "Ringebu", 2020, R, { "3439" } },
  { "0521", "Øyer", 2020, R, { "3440" } },
  { "0522", "Gausdal", 2020, R, { "3441" } },
  { "0528", "Østre Toten", 2020, R, { "3442" } },
  { "0529", "Vestre Toten", 2020, R, { "3443" } },
  { "0532", "Jevnaker", 2020, R, { "3053" } },
  { "0533", "Lunner", 2020, R, { "3054" } },
  { "0534", "Gran", 2020, R, { "3446" } },
  { "0536", "Søndre Land", 2020, R, { "3447" } },
  { "0538", "Nordre Land", 2020, R, { "3448" } },
  { "0540", "Sør-Aurdal", 2020, R, { "3449" } },
  { "0541", "Etnedal", 2020, R, { "3450" } },
  { "0542", "Nord-Aurdal", 2020, R, { "3451" } },
  { "0543", "Vestre Slidre", 2020, R, { "3452" } },
  { "0544", "Øystre Slidre", 2020, R, { "3453" } },
  { "0545", "Vang", 2020, R, { "3454" } },
  { "06", "Buskerud", 2020, M, { "30" } },
  { "0602", "Drammen", 2020, M, { "3005" } },
  { "0604", "Kongsberg", 2020, R, { "3006" } },
  { "0605", "Ringerike", 2020, R, { "3007" } },
  { "0612", "Hole", 2020, R, { "3038" } },
  { "0615", "Flå", 2020, R, { "3039" } },
  { "0616", "Nes", 2020, R, { "3040" } },
  { "0617", "Gol", 2020, R, { "3041" } },
  { "0618", "Hemsedal", 2020, R, { "3042" } },
  { "0619", "Ål", 2020, R, { "3043" } },
  { "0620", "Hol", 2020, R, { "3044" } },
  { "0621", "Sigdal", 2020, R, { "3045" } },
  { "0622", "Krødsherad", 2020, R, { "3046" } },
  { "0623", "Modum", 2020, R, { "3047" } },
  { "0624", "Øvre Eiker", 2020, R, { "3048" } },
  { "0625", "Nedre Eiker", 2020, M, { "3005" } },
  { "0626", "Lier", 2020, R, { "3049" } },
  { "0627", "Røyken", 2020, M, { "3025" } },
  { "0628", "Hurum", 2020, M, { "3025" } },
  { "0631", "Flesberg", 2020, R, { "3050" } },
  { "0632", "Rollag", 2020, R, { "3051" } },
  { "0633", "Nore og Uvdal", 2020, R, { "3052" } },
  { "07", "Vestfold", 2020, M, { "38" } },
  { "0701", "Horten", 2020, R, { "3801" } },
  { "0704", "Tønsberg", 2020, M, { "3803" } },
  { "0710", "Sandefjord", 2020, R, { "3804" } },
  { "0711", "Svelvik", 2020, M, { "3005" } },
  { "0712", "Larvik", 2020, R, { "3805" } },
  { "0713", "Sande", 2020, M, { "3802" } },
  { "0715", "Holmestrand", 2020, M, { "3802" } },
  { "0716", "Re", 2020, M, { "3803" } },
  { "0729", "Færder", 2020, R, { "3811" } },
  { "08", "Telemark", 2020, M, { "38" } },
  { "0805", "Porsgrunn", 2020, R, { "3806" } },
  { "0806", "Skien", 2020, R, { "3807" } },
  { "0807", "Notodden", 2020, R, { "3808" } },
  { "0811", "Siljan", 2020, R, { "3812" } },
  { "0814", "Bamble", 2020, R, { "3813" } },
  { "0815", "Kragerø", 2020, R, { "3814" } },
  { "0817", "Drangedal", 2020, R, { "3815" } },
  { "0819", "Nome", 2020, R, { "3816" } },
  { "0821", "Bø", 2020, M, { "3817" } },
  { "0822", "Sauherad", 2020, M, { "3817" } },
  { "0826", "Tinn", 2020, R, { "3818" } },
  { "0827", "Hjartdal", 2020, R, { "3819" } },
  { "0828", "Seljord", 2020, R, { "3820" } },
  { "0829", "Kviteseid", 2020, R, { "3821" } },
  { "0830", "Nissedal", 2020, R, { "3822" } },
  { "0831", "Fyresdal", 2020, R, { "3823" } },
  { "0833", "Tokke", 2020, R, { "3824" } },
  { "0834", "Vinje", 2020, R, { "3825" } },
  { "09", "Aust-Agder", 2020, M, { "42" } },
  { "0901", "Risør", 2020, R, { "4201" } },
  { "0904", "Grimstad", 2020, R, { "4202" } },
  { "0906", "Arendal", 2020, R, { "4203" } },
  { "0911", "Gjerstad", 2020, R, { "4211" } },
  { "0912", "Vegårshei", 2020, R, { "4212" } },
  { "0914", "Tvedestrand", 2020, R, { "4213" } },
  { "0919", "Froland", 2020, R, { "4214" } },
  { "0926", "Lillesand", 2020, R, { "4215" } },
  { "0928", "Birkenes", 2020, R, { "4216" } },
  { "0929", "Åmli", 2020, R, { "4217" } },
  { "0935", "Iveland", 2020, R, { "4218" } },
  { "0937", "Evje og Hornnes", 2020, R, { "4219" } },
  { "0938", "Bygland", 2020, R, { "4220" } },
  { "0940", "Valle", 2020, R, { "4221" } },
  { "0941", "Bykle", 2020, R, { "4222" } },
  { "10", "Vest-Agder", 2020, M, { "42" } },
  { "1001", "Kristiansand", 2020, M, { "4204" } },
  { "1002", "Mandal", 2020, M, { "4205" } },
  { "1003", "Farsund", 2020, R, { "4206" } },
  { "1004", "Flekkefjord", 2020, R, { "4207" } },
  { "1014", "Vennesla", 2020, R, { "4223" } },
  { "1017", "Songdalen", 2020, M, { "4204" } },
  { "1018", "Søgne", 2020, M, { "4204" } },
  { "1021", "Marnardal", 2020, M, { "4205" } },
  { "1026", "Åseral", 2020, R, { "4224" } },
  { "1027", "Audnedal", 2020, M, { "4225" } },
  { "1029", "Lindesnes", 2020, M, { "4205" } },
  { "1032", "Lyngdal", 2020, M, { "4225" } },
  { "1034", "Hægebostad", 2020, R, { "4226" } },
  { "1037", "Kvinesdal", 2020, R, { "4227" } },
  { "1046", "Sirdal", 2020, R, { "4228" } },
  { "1102", "Sandnes", 2020, M, { "1108" } },
  { "1129", "Forsand", 2020, M, { "1108" } },
  { "1141", "Finnøy", 2020, M, { "1103" } },
  { "1142", "Rennesøy", 2020, M, { "1103" } },
  { "12", "Hordaland", 2020, M, { "46" } },
  { "1201", "Bergen", 2020, R, { "4601" } },
  { "1211", "Etne", 2020, R, { "4611" } },
  { "1216", "Sveio", 2020, R, { "4612" } },
  { "1219", "Bømlo", 2020, R, { "4613" } },
  { "1221", "Stord", 2020, R, { "4614" } },
  { "1222", "Fitjar", 2020, R, { "4615" } },
  { "1223", "Tysnes", 2020, R, { "4616" } },
  { "1224", "Kvinnherad", 2020, R, { "4617" } },
  { "1227", "Jondal", 2020, M, { "4618" } },
  { "1228", "Odda", 2020, M, { "4618" } },
  { "1231", "Ullensvang", 2020, M, { "4618" } },
  { "1232", "Eidfjord", 2020, R, { "4619" } },
  { "1233", "Ulvik", 2020, R, { "4620" } },
  { "1234", "Granvin", 2020, M, { "4621" } },
  { "1235", "Voss", 2020, M, { "4621" } },
  { "1238", "Kvam", 2020, R, { "4622" } },
  { "1241", "Fusa", 2020, M, { "4624" } },
  { "1242", "Samnanger", 2020, R, { "4623" } },
  { "1243", "Os", 2020, M, { "4624" } },
  { "1244", "Austevoll", 2020, R, { "4625" } },
  { "1245", "Sund", 2020, M, { "4626" } },
  { "1246", "Fjell", 2020, M, { "4626" } },
  { "1247", "Askøy", 2020, R, { "4627" } },
  { "1251", "Vaksdal", 2020, R, { "4628" } },
  { "1252", "Modalen", 2020, R, { "4629" } },
  { "1253", "Osterøy", 2020, R, { "4630" } },
  { "1256", "Meland", 2020, M, { "4631" } },
  { "1259", "Øygarden", 2020, M, { "4626" } },
  { "1260", "Radøy", 2020, M, { "4631" } },
  { "1263", "Lindås", 2020, M, { "4631" } },
  { "1264", "Austrheim", 2020, R, { "4632" } },
  { "1265", "Fedje", 2020, R, { "4633" } },
  { "1266", "Masfjorden", 2020, R, { "4634" } },
  { "14", "Sogn og Fjordane", 2020, M, { "46" } },
  { "1401", "Flora", 2020, M, { "4602" } },
  { "1411", "Gulen", 2020, R, { "4635" } },
  { "1412", "Solund", 2020, R, { "4636" } },
  { "1413", "Hyllestad", 2020, R, { "4637" } },
  { "1416", "Høyanger", 2020, R, { "4638" } },
  { "1417", "Vik", 2020, R, { "4639" } },
  { "1418", "Balestrand", 2020, M, { "4640" } },
  { "1419", "Leikanger", 2020, M, { "4640" } },
  { "1420", "Sogndal", 2020, M, { "4640" } },
  { "1421", "Aurland", 2020, R, { "4641" } },
  { "1422", "Lærdal", 2020, R, { "4642" } },
  { "1424", "Årdal", 2020, R, { "4643" } },
  { "1426", "Luster", 2020, R, { "4644" } },
  { "1428", "Askvoll", 2020, R, { "4645" } },
  { "1429", "Fjaler", 2020, R, { "4646" } },
  { "1430", "Gaular", 2020, M, { "4647" } },
  { "1431", "Jølster", 2020, M, { "4647" } },
  { "1432", "Førde", 2020, M, { "4647" } },
  { "1433", "Naustdal", 2020, M, { "4647" } },
  { "1438", "Bremanger", 2020, R, { "4648" } },
  { "1439", "Vågsøy", 2020, M, { "4602" } },
  { "1441", "Selje", 2020, M, { "4649" } },
  { "1443", "Eid", 2020, M, { "4649" } },
  { "1444", "Hornindal", 2020, M, { "1577" } },
  { "1445", "Gloppen", 2020, R, { "4650" } },
  { "1449", "Stryn", 2020, R, { "4651" } },
  { "1502", "Molde", 2020, M, { "1506" } },
  { "1504", "Ålesund", 2020, M, { "1507" } },
  { "1507", "Ålesund", 2024, S, { "1508", "1580" } },
  { "1519", "Volda", 2020, M, { "1577" } },
  { "1523", "Ørskog", 2020, M, { "1507" } },
  { "1524", "Norddal", 2020, M, { "1578" } },
  { "1526", "Stordal", 2020, M, { "1578" } },
  { "1529", "Skodje", 2020, M, { "1507" } },
  { "1534", "Haram", 2020, M, { "1507" } },
  { "1543", "Nesset", 2020, M, { "1506" } },
  { "1545", "Midsund", 2020, M, { "1506" } },
  { "1546", "Sandøy", 2020, M, { "1507" } },
  { "1548", "Fræna", 2020, M, { "1579" } },
  { "1551", "Eide", 2020, M, { "1579" } },
  { "1571", "Halsa", 2020, M, { "5055" } },
  { "16", "Sør-Trøndelag", 2018, M, { "50" } },
  { "17", "Nord-Trøndelag", 2018, M, { "50" } },
  { "1805", "Narvik", 2020, M, { "1806" } },
  { "1849", "Hamarøy", 2020, M, { "1875" } },
  { "1850", "Tysfjord", 2020, S, { "1806", "1875" } },
  { "1852", "Tjeldsund", 2020, M, { "5412" } },
  { "1854", "Ballangen", 2020, M, { "1806" } },
  { "19", "Troms", 2020, M, { "54" } },
  { "1902", "Tromsø", 2020, R, { "5401" } },
  { "1903", "Harstad", 2020, R, { "5402" } },
  { "1911", "Kvæfjord", 2020, R, { "5411" } },
  { "1913", "Skånland", 2020, M, { "5412" } },
  { "1917", "Ibestad", 2020, R, { "5413" } },
  { "1919", "Gratangen", 2020, R, { "5414" } },
  { "1920", "Lavangen", 2020, R, { "5415" } },
  { "1922", "Bardu", 2020, R, { "5416" } },
  { "1923", "Salangen", 2020, R, { "5417" } },
  { "1924", "Målselv", 2020, R, { "5418" } },
  { "1925", "Sørreisa", 2020, R, { "5419" } },
  { "1926", "Dyrøy", 2020, R, { "5420" } },
  { "1927", "Tranøy", 2020, M, { "5421" } },
  { "1928", "Torsken", 2020, M, { "5421" } },
  { "1929", "Berg", 2020, M, { "5421" } },
  { "1931", "Lenvik", 2020, M, { "5421" } },
  { "1933", "Balsfjord", 2020, R, { "5422" } },
  { "1936", "Karlsøy", 2020, R, { "5423" } },
  { "1938", "Lyngen", 2020, R, { "5424" } },
  { "1939", "Storfjord", 2020, R, { "5425" } },
  { "1940", "Kåfjord", 2020, R, { "5426" } },
  { "1941", "Skjervøy", 2020, R, { "5427" } },
  { "1942", "Nordreisa", 2020, R, { "5428" } },
  { "1943", "Kvænangen", 2020, R, { "5429" } },
  { "20", "Finnmark", 2020, M, { "54" } },
  { "2002", "Vardø", 2020, R, { "5404" } },
  { "2003", "Vadsø", 2020, R, { "5405" } },
  { "2004", "Hammerfest", 2020, M, { "5406" } },
  { "2011", "Kautokeino", 2020, R, { "5430" } },
  { "2012", "Alta", 2020, R, { "5403" } },
  { "2014", "Loppa", 2020, R, { "5432" } },
  { "2015", "Hasvik", 2020, R, { "5433" } },
  { "2017", "Kvalsund", 2020, M, { "5406" } },
  { "2018", "Måsøy", 2020, R, { "5434" } },
  { "2019", "Nordkapp", 2020, R, { "5435" } },
  { "2020", "Porsanger", 2020, R, { "5436" } },
  { "2021", "Karasjok", 2020, R, { "5437" } },
  { "2022", "Lebesby", 2020, R, { "5438" } },
  { "2023", "Gamvik", 2020, R, { "5439" } },
  { "2024", "Berlevåg", 2020, R, { "5440" } },
  { "2025", "Tana", 2020, R, { "5441" } },
  { "2027", "Nesseby", 2020, R, { "5442" } },
  { "2028", "Båtsfjord", 2020, R, { "5443" } },
  { "2030", "Sør-Varanger", 2020, R, { "5444" } },
  { "30", "Viken", 2024, S, { "31", "32", "33" } },
  { "3001", "Halden", 2024, R, { "3101" } },
  { "3002", "Moss", 2024, R, { "3103" } },
  { "3003", "Sarpsborg", 2024, R, { "3105" } },
  { "3004", "Fredrikstad", 2024, R, { "3107" } },
  { "3005", "Drammen", 2024, R, { "3301" } },
  { "3006", "Kongsberg", 2024, R, { "3303" } },
  { "3007", "Ringerike", 2024, R, { "3305" } },
  { "3011", "Hvaler", 2024, R, { "3110" } },
  { "3012", "Aremark", 2024, R, { "3124" } },
  { "3013", "Marker", 2024, R, { "3122" } },
  { "3014", "Indre Østfold", 2024, R, { "3118" } },
  { "3015", "Skiptvet", 2024, R, { "3116" } },
  { "3016", "Rakkestad", 2024, R, { "3120" } },
  { "3017", "Råde", 2024, R, { "3112" } },
  { "3018", "Våler", 2024, R, { "3114" } },
  { "3019", "Vestby", 2024, R, { "3216" } },
  { "3020", "Nordre Follo", 2024, R, { "3207" } },
  { "3021", "Ås", 2024, R, { "3218" } },
  { "3022", "Frogn", 2024, R, { "3214" } },
  { "3023", "Nesodden", 2024, R, { "3212" } },
  { "3024", "Bærum", 2024, R, { "3201" } },
  { "3025", "Asker", 2024, R, { "3203" } },
  { "3026", "Aurskog-Høland", 2024, R, { "3226" } },
  { "3027", "Rælingen", 2024, R, { "3224" } },
  { "3028", "Enebakk", 2024, R, { "3220" } },
  { "3029", "Lørenskog", 2024, R, { "3222" } },
  { "3030", "Lillestrøm", 2024, R, { "3205" } },
  { "3031", "Nittedal", 2024, R, { "3232" } },
  { "3032", "Gjerdrum", 2024, R, { "3230" } },
  { "3033", "Ullensaker", 2024, R, { "3209" } },
  { "3034", "Nes", 2024, R, { "3228" } },
  { "3035", "Eidsvoll", 2024, R, { "3240" } },
  { "3036", "Nannestad", 2024, R, { "3238" } },
  { "3037", "Hurdal", 2024, R, { "3242" } },
  { "3038", "Hole", 2024, R, { "3310" } },
  { "3039", "Flå", 2024, R, { "3320" } },
  { "3040", "Nesbyen", 2024, R, { "3322" } },
  { "3041", "Gol", 2024, R, { "3324" } },
  { "3042", "Hemsedal", 2024, R, { "3326" } },
  { "3043", "Ål", 2024, R, { "3328" } },
  { "3044", "Hol", 2024, R, { "3330" } },
  { "3045", "Sigdal", 2024, R, { "3332" } },
  { "3046", "Krødsherad", 2024, R, { "3318" } },
  { "3047", "Modum", 2024, R, { "3316" } },
  { "3048", "Øvre Eiker", 2024, R, { "3314" } },
  { "3049", "Lier", 2024, R, { "3312" } },
  { "3050", "Flesberg", 2024, R, { "3334" } },
  { "3051", "Rollag", 2024, R, { "3336" } },
  { "3052", "Nore og Uvdal", 2024, R, { "3338" } },
  { "3053", "Jevnaker", 2024, R, { "3236" } },
  { "3054", "Lunner", 2024, R, { "3234" } },
  { "38", "Vestfold og Telemark", 2024, S, { "39", "40" } },
  { "3801", "Horten", 2024, R, { "3901" } },
  { "3802", "Holmestrand", 2024, R, { "3903" } },
  { "3803", "Tønsberg", 2024, R, { "3905" } },
  { "3804", "Sandefjord", 2024, R, { "3907" } },
  { "3805", "Larvik", 2024, R, { "3909" } },
  { "3806", "Porsgrunn", 2024, R, { "4001" } },
  { "3807", "Skien", 2024, R, { "4003" } },
  { "3808", "Notodden", 2024, R, { "4005" } },
  { "3811", "Færder", 2024, R, { "3911" } },
  { "3812", "Siljan", 2024, R, { "4010" } },
  { "3813", "Bamble", 2024, R, { "4012" } },
  { "3814", "Kragerø", 2024, R, { "4014" } },
  { "3815", "Drangedal", 2024, R, { "4016" } },
  { "3816", "Nome", 2024, R, { "4018" } },
  { "3817", "Midt-Telemark", 2024, R, { "4020" } },
  { "3818", "Tinn", 2024, R, { "4026" } },
  { "3819", "Hjartdal", 2024, R, { "4024" } },
  { "3820", "Seljord", 2024, R, { "4022" } },
  { "3821", "Kviteseid", 2024, R, { "4028" } },
  { "3822", "Nissedal", 2024, R, { "4030" } },
  { "3823", "Fyresdal", 2024, R, { "4032" } },
  { "3824", "Tokke", 2024, R, { "4034" } },
  { "3825", "Vinje", 2024, R, { "4036" } },
  { "5004", "Steinkjer", 2020, M, { "5006" } },
  { "5005", "Namsos", 2020, M, { "5007" } },
  { "5011", "Hemne", 2020, M, { "5055" } },
  { "5012", "Snillfjord", 2020, S, { "5055", "5056", "5059" } },
  { "5013", "Hitra", 2020, M, { "5056" } },
  { "5015", "Ørland", 2020, M, { "5057" } },
  { "5016", "Agdenes", 2020, M, { "5059" } },
  { "5017", "Bjugn", 2020, M, { "5057" } },
  { "5018", "Åfjord", 2020, M, { "5058" } },
  { "5019", "Roan", 2020, M, { "5058" } },
  { "5023", "Meldal", 2020, M, { "5059" } },
  { "5024", "Orkdal", 2020, M, { "5059" } },
  { "5030", "Klæbu", 2020, M, { "5001" } },
  { "5039", "Verran", 2020, M, { "5006" } },
  { "5040", "Namdalseid", 2020, M, { "5007" } },
  { "5048", "Fosnes", 2020, M, { "5007" } },
  { "5050", "Vikna", 2020, M, { "5060" } },
  { "5051", "Nærøy", 2020, M, { "5060" } },
  { "54", "Troms og Finnmark", 2024, S, { "55", "56" } },
  { "5401", "Tromsø", 2024, R, { "5501" } },
  { "5402", "Harstad", 2024, R, { "5503" } },
  { "5403", "Alta", 2024, R, { "5601" } },
  { "5404", "Vardø", 2024, R, { "5634" } },
  { "5405", "Vadsø", 2024, R, { "5607" } },
  { "5406", "Hammerfest", 2024, R, { "5603" } },
  { "5411", "Kvæfjord", 2024, R, { "5510" } },
  { "5412", "Tjeldsund", 2024, R, { "5512" } },
  { "5413", "Ibestad", 2024, R, { "5514" } },
  { "5414", "Gratangen", 2024, R, { "5516" } },
  { "5415", "Lavangen", 2024, R, { "5518" } },
  { "5416", "Bardu", 2024, R, { "5520" } },
  { "5417", "Salangen", 2024, R, { "5522" } },
  { "5418", "Målselv", 2024, R, { "5524" } },
  { "5419", "Sørreisa", 2024, R, { "5526" } },
  { "5420", "Dyrøy", 2024, R, { "5528" } },
  { "5421", "Senja", 2024, R, { "5530" } },
  { "5422", "Balsfjord", 2024, R, { "5532" } },
  { "5423", "Karlsøy", 2024, R, { "5534" } },
  { "5424", "Lyngen", 2024, R, { "5536" } },
  { "5425", "Storfjord", 2024, R, { "5538" } },
  { "5426", "Kåfjord", 2024, R, { "5540" } },
  { "5427", "Skjervøy", 2024, R, { "5542" } },
  { "5428", "Nordreisa", 2024, R, { "5544" } },
  { "5429", "Kvænangen", 2024, R, { "5546" } },
  { "5430", "Kautokeino", 2024, R, { "5612" } },
  { "5432", "Loppa", 2024, R, { "5614" } },
  { "5433", "Hasvik", 2024, R, { "5616" } },
  { "5434", "Måsøy", 2024, R, { "5618" } },
  { "5435", "Nordkapp", 2024, R, { "5620" } },
  { "5436", "Porsanger", 2024, R, { "5622" } },
  { "5437", "Karasjok", 2024, R, { "5610" } },
  { "5438", "Lebesby", 2024, R, { "5624" } },
  { "5439", "Gamvik", 2024, R, { "5626" } },
  { "5440", "Berlevåg", 2024, R, { "5630" } },
  { "5441", "Tana", 2024, R, { "5628" } },
  { "5442", "Nesseby", 2024, R, { "5636" } },
  { "5443", "Båtsfjord", 2024, R, { "5632" } },
  { "5444", "Sør-Varanger", 2024, R, { "5605" } },
};

#undef R
#undef M
#undef S

static int
compare_code (const void *key,
              const void *item)
{
  return strcmp (key, ((const SirkelGeoChange *) item)->code);
}

/**
 * sirkel_geo_history_all:
 *
 * Returns: (array length=n_changes): every change Sirkel knows, sorted by code
 */
const SirkelGeoChange *
sirkel_geo_history_all (gsize *n_changes)
{
  *n_changes = G_N_ELEMENTS (changes);
  return changes;
}

/**
 * sirkel_geo_history_lookup:
 * @code: a normalised kommune (4 digits) or fylke (2 digits) code
 *
 * Returns: (nullable): how @code stopped being used, or %NULL for a code in use today (or
 *   one Sirkel does not know)
 */
const SirkelGeoChange *
sirkel_geo_history_lookup (const char *code)
{
  if (code == NULL || (strlen (code) != 2 && strlen (code) != 4))
    return NULL;
  return bsearch (code, changes, G_N_ELEMENTS (changes), sizeof changes[0], compare_code);
}

/**
 * sirkel_geo_current_code:
 *
 * Follows pure renumberings (0101 → 3001 → 3101). A merged or split code, and a code in use
 * today, is returned as it is.
 *
 * Returns: (transfer none): today's code for the same kommune: @code itself or a static string
 */
const char *
sirkel_geo_current_code (const char *code)
{
  const SirkelGeoChange *change;

  for (guint steps = 0; steps < 4 && (change = sirkel_geo_history_lookup (code)) != NULL; steps++)
    {
      if (change->kind != SIRKEL_GEO_CHANGE_RENUMBERED)
        break;
      code = change->successors[0];
    }
  return code;
}

/**
 * sirkel_geo_describe_change:
 *
 * Returns: (transfer full): one clause in the UI language, naming today's codes, such as
 *   "0122 Trøgstad was merged in 2020 into today’s 3118"
 */
char *
sirkel_geo_describe_change (const SirkelGeoChange *change)
{
  g_autoptr(GString) successors = g_string_new (NULL);
  gboolean today = TRUE;  /* every successor is a code in use today */
  guint n = 0;

  g_return_val_if_fail (change != NULL, NULL);

  for (; n < G_N_ELEMENTS (change->successors) && change->successors[n] != NULL; n++)
    {
      if (n > 0)
        g_string_append (successors, n + 1 < G_N_ELEMENTS (change->successors) &&
                                     change->successors[n + 1] != NULL ? ", " : _(" and "));
      g_string_append (successors, sirkel_geo_current_code (change->successors[n]));
      if (sirkel_geo_history_lookup (sirkel_geo_current_code (change->successors[n])) != NULL)
        today = FALSE;
    }

  switch (change->kind)
    {
    case SIRKEL_GEO_CHANGE_RENUMBERED:
      /* Translators: a kommune's old and new number, e.g. "0101 Halden is 3101 today". */
      return g_strdup_printf (_("%s %s is %s today"), change->code, change->name, successors->str);
    case SIRKEL_GEO_CHANGE_MERGED:
      /* Translators: e.g. "0122 Trøgstad was merged in 2020 into today’s 3118". */
      return g_strdup_printf (today ? _("%s %s was merged in %d into today’s %s")
                                    : _("%s %s was merged in %d into %s"),
                              change->code, change->name, change->year, successors->str);
    case SIRKEL_GEO_CHANGE_SPLIT:
    default:
      /* Translators: e.g. "1507 Ålesund was divided in 2024 between today’s 1508 and 1580". */
      return g_strdup_printf (today ? _("%s %s was divided in %d between today’s %s")
                                    : _("%s %s was divided in %d between %s"),
                              change->code, change->name, change->year, successors->str);
    }
}
