"""The world's countries by their usual English short names (the UN member states and
observers, and common forms such as "Britain", "America", "the Netherlands"). A
country may speak as a body ("India calls for fair trade rules", "Poland said") but is
never a "he" or "she" and holds no office. Lower case; a plain list of facts."""

from __future__ import annotations

COUNTRY_NAMES = frozenset(
    """
afghanistan albania algeria andorra angola antigua argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada
chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon
gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
tunisia turkey turkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
""".split()
) | frozenset(
    (
        "costa rica",
        "czech republic",
        "east timor",
        "el salvador",
        "equatorial guinea",
        "ivory coast",
        "new zealand",
        "north korea",
        "north macedonia",
        "saudi arabia",
        "sierra leone",
        "solomon islands",
        "south africa",
        "south korea",
        "south sudan",
        "sri lanka",
        "the netherlands",
        "united kingdom",
        "united states",
        "vatican city",
        "the uk",
        "the us",
        "uk",
        "us",
        "usa",
        "the united states",
        "the united kingdom",
    )
)

# capitals that speak for their governments ("Minsk has denied any role", "Moscow
# said", "Vilnius insisted"): a body, never a "he" or "she"
CAPITALS = frozenset(
    """
minsk moscow kyiv kiev vilnius warsaw riga tallinn helsinki stockholm oslo copenhagen
berlin paris london brussels vienna prague bratislava budapest bucharest sofia
belgrade zagreb ljubljana sarajevo skopje tirana athens ankara rome madrid lisbon dublin
amsterdam bern luxembourg chisinau tbilisi yerevan baku astana tashkent bishkek
dushanbe ashgabat beijing tokyo seoul pyongyang delhi islamabad kabul tehran baghdad
damascus beirut amman jerusalem cairo riyadh doha washington ottawa havana caracas
brasilia
""".split()
)
