"""Country lookup for countries, cities, nationalities and institutions (no spaCy model)."""

from __future__ import annotations

import pytest

from pipeline.nlp import geo


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Syria", "SYR"),
        ("syria", "SYR"),  # case-insensitive
        ("SYRIA", "SYR"),
        ("Syrian Arab Republic", "SYR"),  # pycountry official name
        ("Moscow", "RUS"),  # city (GeoNames)
        ("Latakia", "SYR"),
        ("U.S.", "USA"),
        ("u.s.", "USA"),
        ("US", "USA"),
        ("the United States", "USA"),
        ("Russia's", "RUS"),  # possessive
        ("russia s", "RUS"),  # tokenized lowercase possessive
        ("Kremlin", "RUS"),  # institution metonym
        ("Soviet Union", "SUN"),  # historic country
        ("Turkey", "TUR"),
        ("South Korea", "KOR"),
    ],
)
def test_country_code(name: str, code: str) -> None:
    assert geo.country_code(name) == code


@pytest.mark.parametrize("name", ["us", "police", "army", "", "Hmeymim", "may"])
def test_no_country(name: str) -> None:
    assert geo.country_code(name) is None


def test_cities_can_be_excluded() -> None:
    assert geo.country_code("Moscow", allow_city=False) is None
    assert geo.country_code("Russia", allow_city=False) == "RUS"


def test_kinds() -> None:
    assert geo.is_demonym("Palestinians") and not geo.is_demonym("Palestine")
    assert geo.is_place("Damascus") and geo.is_capital("damascus") and not geo.is_capital("Latakia")


def test_tables_are_cached() -> None:
    assert geo.tables() is geo.tables()
    assert geo.tables().version == "geo.v1.7"


def test_country_names_are_the_country_itself() -> None:
    assert geo.country_name("Russia") == geo.country_name("Russian Federation") == "RUS"
    assert geo.country_name("the U.S.") == "USA"
    assert geo.country_code("Kremlin") == "RUS" and geo.country_name("Kremlin") is None  # an institution
    assert geo.country_code("Gaza") == "PSE" and geo.country_name("Gaza") is None  # a part
    assert geo.country_name("Russian") is None and geo.country_name("Moscow") is None


@pytest.mark.parametrize("code", ["ANC", "TRS", "BJP"])
def test_airport_codes_among_a_citys_alternate_names_are_no_city(code: str) -> None:
    # GeoNames lists Anchorage's, Trieste's and Bragança Paulista's airport codes as alternate
    # names; the same letters name parties (the ANC, the BJP), which must not get a country
    assert geo.country_code(code) is None


def test_cities_keep_their_names_after_the_airport_codes_left() -> None:
    assert (geo.country_code("Anchorage"), geo.country_code("Trieste")) == ("USA", "ITA")


def test_first_level_subdivisions_of_one_country() -> None:
    """ISO 3166-2 states and provinces (pycountry): a state's name beats a foreign town's alternate
    name (GeoNames lists "Borno" for the German town Borna, "Edo" for Tokyo), never a city's own
    name; compass words and names several countries share are no place."""
    assert geo.country_code("Borno") == geo.country_code("Taraba") == geo.country_code("Edo") == "NGA"
    assert geo.country_code("Texas") == "USA" and geo.country_code("Kerala") == "IND"
    assert geo.country_code("Borno", allow_city=False) is None  # a state is no country
    assert geo.country_code("Manchester") == "GBR"  # the city, not the Jamaican parish
    assert geo.country_code("North") is None and geo.country_code("Central") is None


def test_a_subdivision_named_after_a_shared_sea_or_gulf_is_no_place() -> None:
    """"Red Sea" (a Sudanese state) and "Gulf" (a Papua New Guinean province) name waters several
    countries share: "Houthi rebels fired at a ship in the Red Sea" is no Sudanese story (geo v1.2);
    states named after a river of their own stay."""
    assert geo.country_code("Red Sea") is None and geo.country_code("Gulf") is None
    assert geo.country_code("Cross River") == "NGA"


def test_state_abbreviations_of_the_world_factbook_in_capitals_only() -> None:
    """geo v1.3: the World Factbook's abbreviations of states ("PRC", "DPRK", "ROK", "DRC", "CAR")
    name their country when written in capitals; "car" is a car."""
    assert geo.country_code("PRC") == geo.country_name("PRC") == "CHN"
    assert (geo.country_code("DPRK"), geo.country_code("ROK"), geo.country_code("DRC")) == ("PRK", "KOR", "COD")
    assert geo.country_code("CAR") == "CAF" and geo.country_code("car") is None
    assert geo.country_code("prc") is None and not geo.is_demonym("PRC")


def test_continents_and_regions_are_no_city() -> None:
    """geo v1.4: GeoNames gives "Africa" as another name of Mahdia (Tunisia), "Asia" and "Sahel" to
    towns too; "West African states" and "Asia" are no country's."""
    assert geo.country_code("Africa") is None and geo.country_code("Asia") is None
    assert geo.country_code("Sahel") is None
    assert geo.country_code("South Africa") == "ZAF"


def test_the_nouns_of_a_polity_are_no_city() -> None:
    """geo v1.5: "Republic" (Washington), "Empire" and "Commonwealth" are towns too; "the Islamic
    Republic" of a story about Iran was American."""
    assert geo.country_code("Republic") is None and geo.country_code("Empire") is None
    assert geo.country_code("Commonwealth") is None
    assert geo.country_code("Czech Republic") == "CZE" and geo.country_code("Dominican Republic") == "DOM"


def test_shared_nationalities_list_their_states() -> None:
    """geo v1.5: "Korean" is South or North Korean, so no one country's; other words have no list."""
    assert geo.demonym_countries("Korean") == frozenset({"KOR", "PRK"})
    assert geo.country_code("Korean") is None and geo.demonym_countries("Japanese") is None


def test_lao_is_the_demonym_of_laos() -> None:
    """geo v1.6: "Lao" ("the Lao government", "Lao PDR") is Laos's official demonym, as "Laotian" is."""
    assert geo.country_code("Lao") == "LAO" and geo.country_code("Laotian") == "LAO"


def test_epithets_name_their_country() -> None:
    """geo v1.7: "the Jewish state" is Israel, "the Hermit Kingdom" North Korea (news epithets of one country)."""
    assert geo.country_code("Jewish state") == "ISR" and geo.country_code("Hermit Kingdom") == "PRK"
    assert geo.country_code("Jewish") != "ISR"  # the adjective alone names no state
