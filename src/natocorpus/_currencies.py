"""The currency lexicon: symbols, words, ISO 4217 codes, qualified dollars.

Private helpers of :mod:`natocorpus._amounts`. Keys are lower case except
where noted; values are ISO 4217 codes, or ``None`` where the word alone
names no single currency ("francs", "pesos").
"""

from __future__ import annotations

#: Currency symbols (one character or a short fixed string).
SYMBOLS: dict[str, str | None] = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₴": "UAH",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₸": "KZT",
    "₿": "BTC",
    "元": "CNY",
    "円": "JPY",
}

#: Letters written straight before ``$`` to say which dollar ("US$", "C$").
DOLLAR_QUALIFIERS: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "usd": "USD",
    "c": "CAD",
    "ca": "CAD",
    "can": "CAD",
    "cad": "CAD",
    "a": "AUD",
    "au": "AUD",
    "aud": "AUD",
    "hk": "HKD",
    "hkd": "HKD",
    "nz": "NZD",
    "nzd": "NZD",
    "s": "SGD",
    "sg": "SGD",
    "sgd": "SGD",
    "nt": "TWD",
    "mx": "MXN",
    "mxn": "MXN",
    "mex": "MXN",
    "r": "BRL",
}

#: Single-letter qualifiers that are also English words: only read when
#: written against the ``$`` ("A$5"), never "a $5 bill".
LOOSE_QUALIFIERS = frozenset({"a", "s", "r"})

#: ISO 4217 codes read in any case ("usd 20", "EUR 100 billion").
ISO_CODES: dict[str, str] = {
    code.lower(): code
    for code in [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "TWD",
        "SEK",
        "NOK",
        "DKK",
        "ISK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "UAH",
        "RUB",
        "INR",
        "KRW",
        "BRL",
        "MXN",
        "ZAR",
        "ILS",
        "AED",
        "SAR",
        "EGP",
        "NGN",
        "KES",
        "PHP",
        "IDR",
        "THB",
        "MYR",
        "VND",
        "KZT",
        "BYN",
        "GEL",
        "MDL",
        "RSD",
        "CLP",
        "ARS",
        "COP",
        "PKR",
        "BDT",
        "XDR",
    ]
}
ISO_CODES["rmb"] = "CNY"
ISO_CODES["btc"] = "BTC"

#: Codes that are also English words: only read in upper case ("TRY 10").
UPPER_ONLY_CODES: dict[str, str] = {"TRY": "TRY", "ALL": "ALL", "CUP": "CUP", "PEN": "PEN"}

#: Currency words, singular and plural.
WORDS: dict[str, str | None] = {
    "dollar": "USD",
    "dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "quid": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "kuai": "CNY",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnya": "UAH",
    "hryvnyas": "UAH",
    "hryvni": "UAH",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "kroner": "NOK",
    "krone": "NOK",
    "kronor": "SEK",
    "krona": "SEK",
    "kronur": "ISK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "lei": "RON",
    "leva": "BGN",
    "lira": "TRY",
    "liras": "TRY",
    "lire": "TRY",
    "rupee": "INR",
    "rupees": "INR",
    "shekel": "ILS",
    "shekels": "ILS",
    "lari": "GEL",
    "tenge": "KZT",
    "franc": None,
    "francs": None,
    "peso": None,
    "pesos": None,
    "dinar": None,
    "dinars": None,
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "peseta": "ESP",
    "pesetas": "ESP",
    "guilder": "NLG",
    "guilders": "NLG",
    "markka": "FIM",
    "markkaa": "FIM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
}

#: Hundredth parts: the amount is divided by 100. The currency is the
#: pound's for pence, unknown for cents (dollar, euro and others have cents).
SUBUNITS: dict[str, str | None] = {
    "cent": None,
    "cents": None,
    "pence": "GBP",
    "penny": "GBP",
    "pennies": "GBP",
    "p": "GBP",
    "kopecks": "RUB",
    "kopeks": "RUB",
    "kopiyok": "UAH",
    "eurocents": "EUR",
}

#: A nationality word before a currency word that changes the code.
QUALIFIED_WORDS: dict[tuple[str, str], str] = {}


def _qualify(adjectives: str, base: str, code: str) -> None:
    for adjective in adjectives.split("|"):
        QUALIFIED_WORDS[(adjective, base)] = code


for _base in ("dollar", "dollars"):
    _qualify("us|u.s.|american|united states", _base, "USD")
    _qualify("canadian", _base, "CAD")
    _qualify("australian|aussie", _base, "AUD")
    _qualify("hong kong", _base, "HKD")
    _qualify("new zealand", _base, "NZD")
    _qualify("singapore", _base, "SGD")
    _qualify("taiwan|taiwanese|new taiwan", _base, "TWD")
    _qualify("zimbabwe|zimbabwean", _base, "ZWL")
for _base in ("franc", "francs"):
    _qualify("swiss", _base, "CHF")
    _qualify("french", _base, "FRF")
    _qualify("belgian", _base, "BEF")
    _qualify("cfa", _base, "XOF")
for _base in ("pound", "pounds"):
    _qualify("british|uk", _base, "GBP")
    _qualify("egyptian", _base, "EGP")
    _qualify("lebanese", _base, "LBP")
    _qualify("syrian", _base, "SYP")
for _base in ("peso", "pesos"):
    _qualify("mexican", _base, "MXN")
    _qualify("argentine|argentinian", _base, "ARS")
    _qualify("chilean", _base, "CLP")
    _qualify("colombian", _base, "COP")
    _qualify("philippine", _base, "PHP")
for _base in ("kroner", "krone"):
    _qualify("norwegian", _base, "NOK")
    _qualify("danish", _base, "DKK")
for _base in ("kronor", "krona"):
    _qualify("swedish", _base, "SEK")
    _qualify("icelandic", _base, "ISK")
for _base in ("crown", "crowns"):
    _qualify("swedish", _base, "SEK")
    _qualify("norwegian", _base, "NOK")
    _qualify("danish", _base, "DKK")
    _qualify("czech", _base, "CZK")
    _qualify("icelandic", _base, "ISK")
for _base in ("dinar", "dinars"):
    _qualify("serbian", _base, "RSD")
    _qualify("iraqi", _base, "IQD")
    _qualify("kuwaiti", _base, "KWD")
    _qualify("jordanian", _base, "JOD")
for _base in ("rupee", "rupees"):
    _qualify("indian", _base, "INR")
    _qualify("pakistani", _base, "PKR")
    _qualify("sri lankan", _base, "LKR")
for _base in ("yuan",):
    _qualify("chinese", _base, "CNY")
for _base in ("yen",):
    _qualify("japanese", _base, "JPY")
for _base in ("lira", "liras"):
    _qualify("turkish", _base, "TRY")
for _base in ("won",):
    _qualify("south korean|korean", _base, "KRW")
for _base in ("rand",):
    _qualify("south african", _base, "ZAR")
for _base in ("real", "reais"):
    _qualify("brazilian", _base, "BRL")
for _base in ("guilder", "guilders"):
    _qualify("dutch", _base, "NLG")
for _base in ("markka",):
    _qualify("finnish", _base, "FIM")
for _base in ("peseta", "pesetas"):
    _qualify("spanish", _base, "ESP")
for _base in ("rouble", "roubles", "ruble", "rubles"):
    _qualify("russian|belarusian", _base, "RUB")
for _base in ("hryvnia", "hryvnias"):
    _qualify("ukrainian", _base, "UAH")
for _base in ("zloty", "zlotys"):
    _qualify("polish", _base, "PLN")
for _base in ("forint",):
    _qualify("hungarian", _base, "HUF")
for _base in ("koruna",):
    _qualify("czech", _base, "CZK")
for _base in ("lei", "leu"):
    _qualify("romanian", _base, "RON")
    _qualify("moldovan", _base, "MDL")

#: The krone family by the country a sentence names ("kr", "kroner").
KRONE_BY_COUNTRY: dict[str, str] = {
    "norway": "NOK",
    "norwegian": "NOK",
    "oslo": "NOK",
    "denmark": "DKK",
    "danish": "DKK",
    "copenhagen": "DKK",
    "sweden": "SEK",
    "swedish": "SEK",
    "stockholm": "SEK",
    "iceland": "ISK",
    "icelandic": "ISK",
    "reykjavik": "ISK",
    "czech": "CZK",
    "czechia": "CZK",
    "prague": "CZK",
}

#: Words of the krone family whose country the context decides.
KRONE_WORDS = frozenset({"kr", "kroner", "krone", "crowns"})
