using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace UNModel.Records;

/// <summary>
/// Maps the country names and ISO 3166-1 alpha-2 codes of the unvotes data (Voeten et al.) to the catalogue's seats, by
/// date: <c>RU</c> is the USSR (<c>SUN</c>) before 24 December 1991 and the Russian Federation after; <c>TW</c>
/// ("Taiwan") is the China seat (<c>CHN</c>) until A/RES/2758 (XXVI) of 25 October 1971; <c>YU</c> is Yugoslavia
/// (<c>YUG</c>) until 22 September 1992, the Federal Republic of Yugoslavia / Serbia and Montenegro (<c>SCG</c>) from
/// 1 November 2000 and Serbia (<c>SRB</c>) from 3 June 2006; <c>CS</c>, <c>DD</c> and <c>YD</c> are the historic seats
/// <c>CSK</c>, <c>DDR</c> and <c>YMD</c>. The code <c>NA</c> is Namibia's but the data also writes it where the code is
/// missing, so it is resolved by name (Yemen Arab Republic → <c>YEM</c>, Federal Republic of Germany → <c>DEU</c>,
/// Zanzibar → <c>ZAN</c>, Namibia → <c>NAM</c>).
/// </summary>
public static class UnvotesCountries
{
    private const int SovietSeatEnds = 19911224;
    private const int ChinaSeatToPrc = 19711025;
    private const int YugoslaviaEnds = 19920922;
    private const int SerbiaAndMontenegroFrom = 20001101;
    private const int SerbiaFrom = 20060603;

    private static readonly FrozenDictionary<string, string> ByAlpha2 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AD"] = "AND",
        ["AE"] = "ARE",
        ["AF"] = "AFG",
        ["AG"] = "ATG",
        ["AL"] = "ALB",
        ["AM"] = "ARM",
        ["AO"] = "AGO",
        ["AR"] = "ARG",
        ["AT"] = "AUT",
        ["AU"] = "AUS",
        ["AZ"] = "AZE",
        ["BA"] = "BIH",
        ["BB"] = "BRB",
        ["BD"] = "BGD",
        ["BE"] = "BEL",
        ["BF"] = "BFA",
        ["BG"] = "BGR",
        ["BH"] = "BHR",
        ["BI"] = "BDI",
        ["BJ"] = "BEN",
        ["BN"] = "BRN",
        ["BO"] = "BOL",
        ["BR"] = "BRA",
        ["BS"] = "BHS",
        ["BT"] = "BTN",
        ["BW"] = "BWA",
        ["BY"] = "BLR",
        ["BZ"] = "BLZ",
        ["CA"] = "CAN",
        ["CD"] = "COD",
        ["CF"] = "CAF",
        ["CG"] = "COG",
        ["CH"] = "CHE",
        ["CI"] = "CIV",
        ["CL"] = "CHL",
        ["CM"] = "CMR",
        ["CN"] = "CHN",
        ["CO"] = "COL",
        ["CR"] = "CRI",
        ["CS"] = "CSK",
        ["CU"] = "CUB",
        ["CV"] = "CPV",
        ["CY"] = "CYP",
        ["CZ"] = "CZE",
        ["DD"] = "DDR",
        ["DE"] = "DEU",
        ["DJ"] = "DJI",
        ["DK"] = "DNK",
        ["DM"] = "DMA",
        ["DO"] = "DOM",
        ["DZ"] = "DZA",
        ["EC"] = "ECU",
        ["EE"] = "EST",
        ["EG"] = "EGY",
        ["ER"] = "ERI",
        ["ES"] = "ESP",
        ["ET"] = "ETH",
        ["FI"] = "FIN",
        ["FJ"] = "FJI",
        ["FM"] = "FSM",
        ["FR"] = "FRA",
        ["GA"] = "GAB",
        ["GB"] = "GBR",
        ["GD"] = "GRD",
        ["GE"] = "GEO",
        ["GH"] = "GHA",
        ["GM"] = "GMB",
        ["GN"] = "GIN",
        ["GQ"] = "GNQ",
        ["GR"] = "GRC",
        ["GT"] = "GTM",
        ["GW"] = "GNB",
        ["GY"] = "GUY",
        ["HN"] = "HND",
        ["HR"] = "HRV",
        ["HT"] = "HTI",
        ["HU"] = "HUN",
        ["ID"] = "IDN",
        ["IE"] = "IRL",
        ["IL"] = "ISR",
        ["IN"] = "IND",
        ["IQ"] = "IRQ",
        ["IR"] = "IRN",
        ["IS"] = "ISL",
        ["IT"] = "ITA",
        ["JM"] = "JAM",
        ["JO"] = "JOR",
        ["JP"] = "JPN",
        ["KE"] = "KEN",
        ["KG"] = "KGZ",
        ["KH"] = "KHM",
        ["KI"] = "KIR",
        ["KM"] = "COM",
        ["KN"] = "KNA",
        ["KP"] = "PRK",
        ["KR"] = "KOR",
        ["KW"] = "KWT",
        ["KZ"] = "KAZ",
        ["LA"] = "LAO",
        ["LB"] = "LBN",
        ["LC"] = "LCA",
        ["LI"] = "LIE",
        ["LK"] = "LKA",
        ["LR"] = "LBR",
        ["LS"] = "LSO",
        ["LT"] = "LTU",
        ["LU"] = "LUX",
        ["LV"] = "LVA",
        ["LY"] = "LBY",
        ["MA"] = "MAR",
        ["MC"] = "MCO",
        ["MD"] = "MDA",
        ["ME"] = "MNE",
        ["MG"] = "MDG",
        ["MH"] = "MHL",
        ["MK"] = "MKD",
        ["ML"] = "MLI",
        ["MM"] = "MMR",
        ["MN"] = "MNG",
        ["MR"] = "MRT",
        ["MT"] = "MLT",
        ["MU"] = "MUS",
        ["MV"] = "MDV",
        ["MW"] = "MWI",
        ["MX"] = "MEX",
        ["MY"] = "MYS",
        ["MZ"] = "MOZ",
        ["NA"] = "NAM",
        ["NE"] = "NER",
        ["NG"] = "NGA",
        ["NI"] = "NIC",
        ["NL"] = "NLD",
        ["NO"] = "NOR",
        ["NP"] = "NPL",
        ["NR"] = "NRU",
        ["NZ"] = "NZL",
        ["OM"] = "OMN",
        ["PA"] = "PAN",
        ["PE"] = "PER",
        ["PG"] = "PNG",
        ["PH"] = "PHL",
        ["PK"] = "PAK",
        ["PL"] = "POL",
        ["PT"] = "PRT",
        ["PW"] = "PLW",
        ["PY"] = "PRY",
        ["QA"] = "QAT",
        ["RO"] = "ROU",
        ["RS"] = "SRB",
        ["RU"] = "RUS",
        ["RW"] = "RWA",
        ["SA"] = "SAU",
        ["SB"] = "SLB",
        ["SC"] = "SYC",
        ["SD"] = "SDN",
        ["SE"] = "SWE",
        ["SG"] = "SGP",
        ["SI"] = "SVN",
        ["SK"] = "SVK",
        ["SL"] = "SLE",
        ["SM"] = "SMR",
        ["SN"] = "SEN",
        ["SO"] = "SOM",
        ["SR"] = "SUR",
        ["SS"] = "SSD",
        ["ST"] = "STP",
        ["SV"] = "SLV",
        ["SY"] = "SYR",
        ["SZ"] = "SWZ",
        ["TD"] = "TCD",
        ["TG"] = "TGO",
        ["TH"] = "THA",
        ["TJ"] = "TJK",
        ["TL"] = "TLS",
        ["TM"] = "TKM",
        ["TN"] = "TUN",
        ["TO"] = "TON",
        ["TR"] = "TUR",
        ["TT"] = "TTO",
        ["TV"] = "TUV",
        ["TW"] = "TWN",
        ["TZ"] = "TZA",
        ["UA"] = "UKR",
        ["UG"] = "UGA",
        ["US"] = "USA",
        ["UY"] = "URY",
        ["UZ"] = "UZB",
        ["VC"] = "VCT",
        ["VE"] = "VEN",
        ["VN"] = "VNM",
        ["VU"] = "VUT",
        ["WS"] = "WSM",
        ["YD"] = "YMD",
        ["YE"] = "YEM",
        ["YU"] = "YUG",
        ["ZA"] = "ZAF",
        ["ZM"] = "ZMB",
        ["ZW"] = "ZWE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Afghanistan"] = "AFG",
        ["Albania"] = "ALB",
        ["Algeria"] = "DZA",
        ["Andorra"] = "AND",
        ["Angola"] = "AGO",
        ["Antigua & Barbuda"] = "ATG",
        ["Argentina"] = "ARG",
        ["Armenia"] = "ARM",
        ["Australia"] = "AUS",
        ["Austria"] = "AUT",
        ["Azerbaijan"] = "AZE",
        ["Bahamas"] = "BHS",
        ["Bahrain"] = "BHR",
        ["Bangladesh"] = "BGD",
        ["Barbados"] = "BRB",
        ["Belarus"] = "BLR",
        ["Belgium"] = "BEL",
        ["Belize"] = "BLZ",
        ["Benin"] = "BEN",
        ["Bhutan"] = "BTN",
        ["Bolivia"] = "BOL",
        ["Bosnia & Herzegovina"] = "BIH",
        ["Botswana"] = "BWA",
        ["Brazil"] = "BRA",
        ["Brunei"] = "BRN",
        ["Bulgaria"] = "BGR",
        ["Burkina Faso"] = "BFA",
        ["Burundi"] = "BDI",
        ["Cambodia"] = "KHM",
        ["Cameroon"] = "CMR",
        ["Canada"] = "CAN",
        ["Cape Verde"] = "CPV",
        ["Central African Republic"] = "CAF",
        ["Chad"] = "TCD",
        ["Chile"] = "CHL",
        ["China"] = "CHN",
        ["Colombia"] = "COL",
        ["Comoros"] = "COM",
        ["Congo - Brazzaville"] = "COG",
        ["Congo - Kinshasa"] = "COD",
        ["Costa Rica"] = "CRI",
        ["Croatia"] = "HRV",
        ["Cuba"] = "CUB",
        ["Cyprus"] = "CYP",
        ["Czechia"] = "CZE",
        ["Czechoslovakia"] = "CSK",
        ["Côte d’Ivoire"] = "CIV",
        ["Denmark"] = "DNK",
        ["Djibouti"] = "DJI",
        ["Dominica"] = "DMA",
        ["Dominican Republic"] = "DOM",
        ["Ecuador"] = "ECU",
        ["Egypt"] = "EGY",
        ["El Salvador"] = "SLV",
        ["Equatorial Guinea"] = "GNQ",
        ["Eritrea"] = "ERI",
        ["Estonia"] = "EST",
        ["Eswatini"] = "SWZ",
        ["Ethiopia"] = "ETH",
        ["Federal Republic of Germany"] = "DEU",
        ["Fiji"] = "FJI",
        ["Finland"] = "FIN",
        ["France"] = "FRA",
        ["Gabon"] = "GAB",
        ["Gambia"] = "GMB",
        ["Georgia"] = "GEO",
        ["German Democratic Republic"] = "DDR",
        ["Germany"] = "DEU",
        ["Ghana"] = "GHA",
        ["Greece"] = "GRC",
        ["Grenada"] = "GRD",
        ["Guatemala"] = "GTM",
        ["Guinea"] = "GIN",
        ["Guinea-Bissau"] = "GNB",
        ["Guyana"] = "GUY",
        ["Haiti"] = "HTI",
        ["Honduras"] = "HND",
        ["Hungary"] = "HUN",
        ["Iceland"] = "ISL",
        ["India"] = "IND",
        ["Indonesia"] = "IDN",
        ["Iran"] = "IRN",
        ["Iraq"] = "IRQ",
        ["Ireland"] = "IRL",
        ["Israel"] = "ISR",
        ["Italy"] = "ITA",
        ["Jamaica"] = "JAM",
        ["Japan"] = "JPN",
        ["Jordan"] = "JOR",
        ["Kazakhstan"] = "KAZ",
        ["Kenya"] = "KEN",
        ["Kiribati"] = "KIR",
        ["Kuwait"] = "KWT",
        ["Kyrgyzstan"] = "KGZ",
        ["Laos"] = "LAO",
        ["Latvia"] = "LVA",
        ["Lebanon"] = "LBN",
        ["Lesotho"] = "LSO",
        ["Liberia"] = "LBR",
        ["Libya"] = "LBY",
        ["Liechtenstein"] = "LIE",
        ["Lithuania"] = "LTU",
        ["Luxembourg"] = "LUX",
        ["Madagascar"] = "MDG",
        ["Malawi"] = "MWI",
        ["Malaysia"] = "MYS",
        ["Maldives"] = "MDV",
        ["Mali"] = "MLI",
        ["Malta"] = "MLT",
        ["Marshall Islands"] = "MHL",
        ["Mauritania"] = "MRT",
        ["Mauritius"] = "MUS",
        ["Mexico"] = "MEX",
        ["Micronesia (Federated States of)"] = "FSM",
        ["Moldova"] = "MDA",
        ["Monaco"] = "MCO",
        ["Mongolia"] = "MNG",
        ["Montenegro"] = "MNE",
        ["Morocco"] = "MAR",
        ["Mozambique"] = "MOZ",
        ["Myanmar (Burma)"] = "MMR",
        ["Namibia"] = "NAM",
        ["Nauru"] = "NRU",
        ["Nepal"] = "NPL",
        ["Netherlands"] = "NLD",
        ["New Zealand"] = "NZL",
        ["Nicaragua"] = "NIC",
        ["Niger"] = "NER",
        ["Nigeria"] = "NGA",
        ["North Korea"] = "PRK",
        ["North Macedonia"] = "MKD",
        ["Norway"] = "NOR",
        ["Oman"] = "OMN",
        ["Pakistan"] = "PAK",
        ["Palau"] = "PLW",
        ["Panama"] = "PAN",
        ["Papua New Guinea"] = "PNG",
        ["Paraguay"] = "PRY",
        ["Peru"] = "PER",
        ["Philippines"] = "PHL",
        ["Poland"] = "POL",
        ["Portugal"] = "PRT",
        ["Qatar"] = "QAT",
        ["Romania"] = "ROU",
        ["Russia"] = "RUS",
        ["Rwanda"] = "RWA",
        ["Samoa"] = "WSM",
        ["San Marino"] = "SMR",
        ["Saudi Arabia"] = "SAU",
        ["Senegal"] = "SEN",
        ["Seychelles"] = "SYC",
        ["Sierra Leone"] = "SLE",
        ["Singapore"] = "SGP",
        ["Slovakia"] = "SVK",
        ["Slovenia"] = "SVN",
        ["Solomon Islands"] = "SLB",
        ["Somalia"] = "SOM",
        ["South Africa"] = "ZAF",
        ["South Korea"] = "KOR",
        ["South Sudan"] = "SSD",
        ["Spain"] = "ESP",
        ["Sri Lanka"] = "LKA",
        ["St. Kitts & Nevis"] = "KNA",
        ["St. Lucia"] = "LCA",
        ["St. Vincent & Grenadines"] = "VCT",
        ["Sudan"] = "SDN",
        ["Suriname"] = "SUR",
        ["Sweden"] = "SWE",
        ["Switzerland"] = "CHE",
        ["Syria"] = "SYR",
        ["São Tomé & Príncipe"] = "STP",
        ["Taiwan"] = "CHN",
        ["Tajikistan"] = "TJK",
        ["Tanzania"] = "TZA",
        ["Thailand"] = "THA",
        ["Timor-Leste"] = "TLS",
        ["Togo"] = "TGO",
        ["Tonga"] = "TON",
        ["Trinidad & Tobago"] = "TTO",
        ["Tunisia"] = "TUN",
        ["Turkey"] = "TUR",
        ["Turkmenistan"] = "TKM",
        ["Tuvalu"] = "TUV",
        ["Uganda"] = "UGA",
        ["Ukraine"] = "UKR",
        ["United Arab Emirates"] = "ARE",
        ["United Kingdom"] = "GBR",
        ["United States"] = "USA",
        ["Uruguay"] = "URY",
        ["Uzbekistan"] = "UZB",
        ["Vanuatu"] = "VUT",
        ["Venezuela"] = "VEN",
        ["Vietnam"] = "VNM",
        ["Yemen"] = "YEM",
        ["Yemen Arab Republic"] = "YEM",
        ["Yemen People's Republic"] = "YMD",
        ["Yugoslavia"] = "YUG",
        ["Zambia"] = "ZMB",
        ["Zanzibar"] = "ZAN",
        ["Zimbabwe"] = "ZWE",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps one row's country to the catalogue seat that cast the ballot on that date.</summary>
    /// <param name="name">The <c>country</c> field, e.g. <c>Russia</c>.</param>
    /// <param name="alpha2">The <c>country_code</c> field, e.g. <c>RU</c>; <c>NA</c> or empty when missing.</param>
    /// <param name="date">The date of the roll call.</param>
    /// <param name="code">The seat's code, e.g. <c>SUN</c> for <c>RU</c> in 1960.</param>
    /// <param name="error">Why the row cannot be mapped, when it cannot.</param>
    /// <returns>Whether the row maps to a seat.</returns>
    public static bool TryMap(string? name, string? alpha2, DateOnly date, out CountryCode code, out string? error)
    {
        int day = (date.Year * 10000) + (date.Month * 100) + date.Day;
        name = name?.Trim() ?? string.Empty;
        alpha2 = alpha2?.Trim() ?? string.Empty;
        string? alpha3 = null;
        if (alpha2.Length == 0 || alpha2 == "NA")
        {
            // "NA" is Namibia's code and the data's missing-value marker: decide by name.
            if (!ByName.TryGetValue(name, out alpha3))
            {
                code = default;
                error = "country code '" + alpha2 + "' is missing or ambiguous and the name '" + name + "' is not known (Namibia, Yemen Arab Republic, Federal Republic of Germany and Zanzibar are)";
                return false;
            }
        }
        else if (!ByAlpha2.TryGetValue(alpha2, out alpha3))
        {
            code = default;
            error = "'" + alpha2 + "' is not an ISO 3166-1 alpha-2 code of a United Nations seat";
            return false;
        }

        switch (alpha3)
        {
            case "RUS":
            case "SUN":
                alpha3 = day < SovietSeatEnds ? "SUN" : "RUS";
                break;
            case "TWN":
            case "CHN" when alpha2 == "TW":
                if (day >= ChinaSeatToPrc)
                {
                    code = default;
                    error = "'" + name + "' (" + alpha2 + ") held no seat after A/RES/2758 (XXVI) of 25 October 1971";
                    return false;
                }

                alpha3 = "CHN";
                break;
            case "YUG":
            case "SCG":
            case "SRB":
                if (day < YugoslaviaEnds)
                {
                    alpha3 = "YUG";
                }
                else if (day < SerbiaAndMontenegroFrom)
                {
                    code = default;
                    error = "'" + name + "' (" + alpha2 + ") held no seat in the General Assembly from 22 September 1992 (A/RES/47/1) to 1 November 2000 (A/RES/55/12)";
                    return false;
                }
                else
                {
                    alpha3 = day < SerbiaFrom ? "SCG" : "SRB";
                }

                break;
        }

        code = CountryCode.From(alpha3);
        error = null;
        return true;
    }
}
