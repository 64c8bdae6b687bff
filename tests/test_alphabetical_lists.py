"""Lists order names by the alphabet of the interface's language, as the printed documents do: in Kazakh every
А… before Ә…, Ғ after Г, Қ after К, І after Ы; in Russian and English Kazakh letters with their Russian
look-alikes (Ә with А). Each name keeps its sort key in each alphabet (``sort_ru``, ``sort_kk``), made by
``text.sort_key`` on every write — a form, an import, a sync merge — and never sent."""

from __future__ import annotations

import re
import shutil
import sqlite3

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldapp.db import open_database
from fieldapp.db.history import schema_version
from fieldapp.imports import roster
from fieldapp.model import Operation, Person
from fieldapp.services import lists, people
from fieldapp.sync.apply import apply_remote, remote_session
from fieldapp.sync.wire import to_wire
from fieldapp.text import KAZAKH_ALPHABET, collation_key, sort_key

RUSSIAN_ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_WORDS = re.compile(r"[\s\-‐–—'’`\".,]+")


def _by_the_alphabet(text: str, lang: str) -> tuple:
    """The order a reader expects, spelt out without the stored key: word by word, letter by letter, each
    letter by its rank in the alphabet (Kazakh's; Russian's after folding Kazakh letters onto it), any other
    character before the letters, by its code point."""
    words = _WORDS.split(text.casefold().replace("ё", "е"))
    if lang == "kk":
        alphabet = KAZAKH_ALPHABET
    else:  # Kazakh letters read as their Russian look-alikes
        words = [word.translate(str.maketrans("әғқңөұүһі", "агкноуухи")) for word in words]
        alphabet = RUSSIAN_ALPHABET
    return tuple(tuple((1, alphabet.index(c)) if c in alphabet else (0, ord(c)) for c in word)
                 for word in words if word)


_LETTERS = KAZAKH_ALPHABET + KAZAKH_ALPHABET.upper() + "abcehkmoptxyzABCEHKOPX019 -."
names = st.text(alphabet=_LETTERS, min_size=0, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(names, min_size=2, max_size=12))
def test_the_stored_key_orders_names_as_the_alphabet_does_in_sqlite_too(found: list[str]) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (n INTEGER, ru TEXT, kk TEXT)")
    connection.executemany("INSERT INTO t VALUES (?, ?, ?)",
                           [(n, sort_key(name, "ru"), sort_key(name, "kk")) for n, name in enumerate(found)])
    for lang in ("ru", "kk"):
        expected = [_by_the_alphabet(name, lang) for name in sorted(found, key=lambda n: _by_the_alphabet(n, lang))]
        in_python = [_by_the_alphabet(name, lang) for name in sorted(found, key=lambda n: sort_key(n, lang))]
        by_documents = [_by_the_alphabet(n, lang) for n in sorted(found, key=lambda n: collation_key(n, lang))]
        in_sqlite = [_by_the_alphabet(found[n], lang)
                     for (n,) in connection.execute(f"SELECT n FROM t ORDER BY {lang}, n")]  # noqa: S608
        assert in_python == expected == by_documents == in_sqlite


def test_latin_names_keep_their_letters_and_come_before_cyrillic_ones() -> None:
    """A search folds Latin look-alikes onto Cyrillic ("Carl" as "Сarl"); an order must not: English titles and
    Latin names sort by the Latin alphabet, before Cyrillic ones, in every language."""
    listed = ["Zara Khan", "Ян", "Carl Ode", "Әлия", "Alice Smith", "Mark Twain", "Bob Lee", "Йода", "Иван",
              "Activists' school: budget", "Activists' school"]
    latin = ["Activists' school", "Activists' school: budget", "Alice Smith", "Bob Lee", "Carl Ode", "Mark Twain",
             "Zara Khan"]
    assert sorted(listed, key=lambda n: sort_key(n, "ru")) == [*latin, "Әлия", "Иван", "Йода", "Ян"]
    assert sorted(listed, key=lambda n: sort_key(n, "en")) == [*latin, "Әлия", "Иван", "Йода", "Ян"]
    assert sorted(listed, key=lambda n: sort_key(n, "kk")) == [*latin, "Әлия", "Иван", "Йода", "Ян"]


def test_kazakh_letters_take_their_places_in_each_alphabet() -> None:
    listed = ["Бақыт Серікова", "Әлия Нұрланқызы", "Алия Сейтова", "Ілияс", "Ысқақов Бек", "Ғани", "Гүлнар",
              "Қасым", "Кузнецов", "Яковлев", "Ёлкин", "Ерлан"]
    assert sorted(listed, key=lambda n: sort_key(n, "kk")) == [
        "Алия Сейтова", "Әлия Нұрланқызы", "Бақыт Серікова", "Гүлнар", "Ғани", "Ёлкин", "Ерлан", "Кузнецов", "Қасым",
        "Ысқақов Бек", "Ілияс", "Яковлев"]
    assert sorted(listed, key=lambda n: sort_key(n, "ru")) == [
        "Әлия Нұрланқызы", "Алия Сейтова", "Бақыт Серікова", "Ғани", "Гүлнар", "Ёлкин", "Ерлан", "Ілияс",
        "Қасым", "Кузнецов", "Ысқақов Бек", "Яковлев"]
    assert sort_key("ӘЛИЯ", "kk") == sort_key("әлия", "kk") and sort_key("Алия", "en") == sort_key("Алия", "ru")


PEOPLE = ["Бақыт Серікова", "Әлия Нұрланқызы", "Алия Сейтова", "Алия Абенова", "Яковлев Иван", "Бақыт Серікова",
          "БАҚЫТ СЕРІКОВА"]


BAQYT = ["Бақыт Серікова", "Бақыт Серікова", "БАҚЫТ СЕРІКОВА"]  # one key: in the order they were added (by id)


def _people(session, lang: str, **order) -> list[str]:
    return [row[1] for row in lists.fetch(session, "people", lang=lang, **order)]


def test_the_people_list_orders_by_the_interface_s_alphabet_and_pages_exactly(empty_db) -> None:
    with empty_db.transaction() as s:
        for name in PEOPLE:
            people.create_person(s, people.PersonInput(full_name=name))
    with empty_db.reading() as s:
        assert _people(s, "kk") == ["Алия Абенова", "Алия Сейтова", "Әлия Нұрланқызы", *BAQYT, "Яковлев Иван"]
        assert _people(s, "ru") == _people(s, "en") == ["Алия Абенова", "Әлия Нұрланқызы", "Алия Сейтова", *BAQYT,
                                                        "Яковлев Иван"]
    with empty_db.transaction() as s:  # renamed: a name that folds onto another's ("Әлия" with "Алия" in Russian)
        person = s.scalars(select(Person).where(Person.full_name == "Алия Абенова")).one()
        people.update_person(s, person.id, people.PersonInput(full_name="Әлия Абенова"))
    with empty_db.reading() as s:
        assert _people(s, "kk") == ["Алия Сейтова", "Әлия Абенова", "Әлия Нұрланқызы", *BAQYT, "Яковлев Иван"]
        assert _people(s, "ru") == ["Әлия Абенова", "Әлия Нұрланқызы", "Алия Сейтова", *BAQYT, "Яковлев Иван"]
        assert _people(s, "kk", sort=0, descending=True)[:4] == ["Яковлев Иван", *BAQYT]  # ties still by id
        for lang in ("ru", "kk"):
            for descending in (False, True):
                whole = lists.fetch(s, "people", lang=lang, sort=0, descending=descending)
                pages: list[tuple] = []
                after = None
                while True:
                    found, after = lists.page(s, "people", limit=2, lang=lang, sort=0, descending=descending,
                                              after=after)
                    if not found:
                        break
                    pages += found
                assert pages == whole


def test_a_person_added_by_a_form_an_import_or_a_sync_merge_has_keys_that_were_never_sent(
        empty_db, empty_template, tmp_path) -> None:
    with empty_db.transaction() as s:
        by_form = people.create_person(s, people.PersonInput(full_name="Әлия Нұрланқызы", organisation="«Өркен» ҚБ"))
    book = openpyxl.Workbook()
    book.active.append(["№", "Ф.И.О.", "Пол", "Год рождения"])
    book.active.append([1, "Ғани Қасымов", "м", 1990])
    book.save(tmp_path / "list.xlsx")
    with empty_db.transaction() as s:
        imported = roster.commit(s, roster.preview(s, tmp_path / "list.xlsx")).added
    with empty_db.reading() as s:
        inserts = {op.row_id: op for op in s.scalars(select(Operation).where(Operation.table_name == "person"))}
        for person_id, name in ((by_form, "Әлия Нұрланқызы"), (imported[0], "Ғани Қасымов")):
            person = s.get(Person, person_id)
            assert (person.sort_ru, person.sort_kk) == (sort_key(name, "ru"), sort_key(name, "kk"))
            assert not {"sort_ru", "sort_kk", "search_key", "organisation_sort_ru", "organisation_sort_kk"} & set(
                inserts[person_id].changes)
        assert (s.get(Person, by_form).organisation_sort_kk, s.get(Person, imported[0]).organisation_sort_kk) == (
            sort_key("«Өркен» ҚБ", "kk"), "")  # none: the empty key, never NULL
        served = to_wire(inserts[by_form], served=True) | {"server_seq": 1}
    assert served["schema_version"] == schema_version()
    shutil.copyfile(empty_template, tmp_path / "other.sqlite")
    other = open_database(tmp_path / "other.sqlite")
    try:
        with remote_session(other) as s:
            assert apply_remote(s, [served])["received"] == 1
        with other.reading() as s:
            merged = s.get(Person, by_form)
            assert merged.sort_kk == sort_key("Әлия Нұрланқызы", "kk") and merged.sort_ru == "алия нурланкызы"
            assert merged.search_key == " алия нурланкызы"
            assert (merged.organisation_sort_ru, merged.organisation_sort_kk) == (
                sort_key("«Өркен» ҚБ", "ru"), sort_key("«Өркен» ҚБ", "kk")) and merged.organisation_sort_ru
            assert "organisation_sort_kk" not in served["changes"]
    finally:
        other.close()


def test_every_name_list_orders_by_the_key(demo_db) -> None:
    """The applications' groups and titles, the trainings', calls' and the projects' titles: each by its
    record's key in the list's alphabet; a place in the other lists and other text by themselves."""
    with demo_db.reading() as s:
        for name, column, lang in (("applications", "group", "kk"), ("applications", "title", "kk"),
                                   ("agreements", "title", "ru"), ("trainings", "title", "kk"),
                                   ("calls", "title", "kk"), ("people", "full_name", "kk")):
            index = [c.key for c in lists.LISTS[name].columns].index(column)
            shown = [row[index + 1] for row in lists.fetch(s, name, sort=index, lang=lang)]
            named = [n for n in shown if n is not None]
            assert named == sorted(named, key=lambda n: sort_key(n, lang)), (name, column)


def test_migration_0021_gives_every_existing_name_its_keys(demo_path) -> None:
    from alembic import command
    from sqlalchemy import text

    from fieldapp.db import Database
    from fieldapp.db.migrations import _config

    old = Database(demo_path)
    command.downgrade(_config(old), "0020")  # the demo's records as a laptop of schema 0020 holds them
    with old.engine.begin() as conn:
        assert "sort_kk" not in {row[1] for row in conn.execute(text("PRAGMA table_info(person)"))}
        conn.execute(text("UPDATE person SET full_name = 'Әлия Нұрланқызы' WHERE id = (SELECT min(id) FROM person)"))
    old.close()
    db = open_database(demo_path)
    try:
        with db.reading() as s:
            for table, name in (("person", "full_name"), ("initiative_group", "name"), ("application", "title"),
                                ("training", "title"), ("grant_call", "title")):
                rows = s.execute(text(f"SELECT {name}, sort_ru, sort_kk FROM {table}")).all()  # noqa: S608
                assert rows and all((ru, kk) == (sort_key(n, "ru"), sort_key(n, "kk")) for n, ru, kk in rows), table
            plan = " ".join(str(row[-1]) for row in s.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM person ORDER BY sort_kk, id LIMIT 50")))
            assert "ix_person_sort_kk" in plan and "TEMP B-TREE" not in plan
            kazakh = _people(s, "kk")
            first_letters = [n[0].upper() for n in kazakh]
            assert first_letters.index("Ә") > max(i for i, c in enumerate(first_letters) if c == "А")
            assert kazakh.index("Әлия Нұрланқызы") < first_letters.index("Б")
    finally:
        db.close()


def test_the_people_export_follows_the_alphabet_of_its_language(empty_db) -> None:
    from fieldapp.exports import tables

    with empty_db.transaction() as s:
        for name in PEOPLE:
            people.create_person(s, people.PersonInput(full_name=name))
    with empty_db.reading() as s:
        for lang, expected in (("kk", ["Алия Абенова", "Алия Сейтова", "Әлия Нұрланқызы", *BAQYT, "Яковлев Иван"]),
                               ("ru", ["Алия Абенова", "Әлия Нұрланқызы", "Алия Сейтова", *BAQYT, "Яковлев Иван"])):
            exported = tables.tables(s, tables.ExportFilter(), lang, only=["people"])[0]
            assert [row[0] for row in exported.rows] == expected, lang



def test_the_pickers_of_people_and_trainers_follow_the_alphabet_too(demo_db) -> None:
    """The training form's people and the Trainings page's trainer filter list names as the People list and the
    printed sheets do (``collation_key``), in each language."""
    from fieldapp.services import choices

    with demo_db.reading() as s:
        for lang in ("kk", "ru"):
            found = [c.name for c in choices.people(s, lang)]
            assert len(found) > 600 and found == sorted(found, key=lambda n: collation_key(n, lang))
            trainers = [c.name for c in choices.trainers(s, lang)]
            assert trainers and trainers == sorted(trainers, key=lambda n: collation_key(n, lang))
        assert [c.name for c in choices.people(s, "kk")] != [c.name for c in choices.people(s, "ru")]


def test_the_settlement_picker_follows_the_alphabet_of_its_language(empty_db) -> None:
    from fieldapp.model import Locality
    from fieldapp.services import choices

    with empty_db.transaction() as s:
        for ru, kk in (("Абиш", "Әбіш"), ("Аксу", "Ақсу"), ("Яблоневка", "Алмалы")):
            s.add(Locality(kind="settlement", name_ru=ru, name_kk=kk))
    with empty_db.reading() as s:
        assert [c.name for c in choices.settlements(s, "kk")] == ["Ақсу", "Алмалы", "Әбіш"]  # Қ before Л, Ә after А
        assert [c.name for c in choices.settlements(s, "ru")] == ["Абиш", "Аксу", "Яблоневка"]


def test_names_kept_without_a_key_follow_the_alphabet_too(demo_db) -> None:
    """Settlements, users and an agreement's grantee keep no sort key: a list orders them by the key made as it
    reads them (``sort_key`` in SQL), its own order and a column the user sorts by alike, and pages still start
    where the one before ended; a person's organisation, kept with its keys since 0022, in the same order."""
    from fieldapp.model import Agreement, Locality, UserProfile

    with demo_db.transaction() as s:
        for ru, kk in (("Ыргыз", "Ырғыз"), ("Аксу", "Ақсу"), ("Абай", "Абай"), ("Иргиз", "Іргиз"), ("Кендала", "Кеңдала"),
                       ("Кызылжар", "Қызылжар")):
            s.add(Locality(kind="region", name_ru=ru, name_kk=kk))
        for name in ("Ғалым Ерланов", "Гүлнар Серікова", "Әсел Нұрова", "Ян Ли"):
            s.add(UserProfile(name=name, role="field_officer"))
        for person, organisation in zip(s.scalars(select(Person).order_by(Person.id).limit(4)),
                                        ("ЖШС «Өркен»", "«Орда» ҚБ", "Ұлан", "Ясли"), strict=True):
            person.organisation = organisation
        for agreement, grantee in zip(s.scalars(select(Agreement).order_by(Agreement.id).limit(3)),
                                      ("Әйел қоғамы", "Ақсай", "Яблоко"), strict=True):
            agreement.grantee_name = grantee
    with demo_db.reading() as s:
        unordered = []
        for name, column in (("localities", "name_ru"), ("localities", "name_kk"), ("users", "name"),
                             ("people", "organisation"), ("agreements", "grantee")):
            index = [c.key for c in lists.LISTS[name].columns].index(column)
            for lang in ("kk", "ru"):
                for descending in (False, True):
                    order = {"sort": index, "descending": descending, "lang": lang}
                    whole = lists.fetch(s, name, **order)
                    shown = [row[index + 1] for row in whole if row[index + 1] is not None]
                    if shown != sorted(shown, key=lambda n: sort_key(n, lang), reverse=descending):
                        unordered.append((column, lang, descending))
                    paged: list[tuple] = []
                    after = None
                    while (found := lists.page(s, name, limit=7, after=after, **order)).rows:
                        paged += found.rows
                        after = found.after
                    assert paged == whole, (name, order)
        assert unordered == []
        kk_regions = [row[2] for row in lists.fetch(s, "localities", lang="kk") if row[3] == "region"]
        assert kk_regions.index("Ақсу") < kk_regions.index("Ырғыз")  # its own order (kind, then the Russian name)
        ru_names = [row[1] for row in lists.fetch(s, "localities", lang="kk") if row[3] == "region"]
        assert ru_names == sorted(ru_names, key=lambda n: sort_key(n, "kk"))
        users = [row[1] for row in lists.fetch(s, "users", lang="kk")]
        assert users.index("Гүлнар Серікова") < users.index("Ғалым Ерланов") < users.index("Ян Ли")
        assert users == sorted(users, key=lambda n: sort_key(n, "kk"))
        users = [row[1] for row in lists.fetch(s, "users", lang="ru")]
        assert users.index("Ғалым Ерланов") < users.index("Гүлнар Серікова") and users.index("Әсел Нұрова") < 2


def _page_plans(session, name: str, **order) -> list[str]:
    """The query plans of a list's first page and the page after it, as SQLite reads them."""
    from sqlalchemy import event

    statements: list[tuple] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        statements.append((statement, parameters))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        first = lists.page(session, name, limit=3, **order)
        lists.page(session, name, limit=3, after=first.after, **order)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    driver = session.connection().connection.driver_connection
    return [" | ".join(str(row[-1]) for row in driver.execute(f"EXPLAIN QUERY PLAN {statement}", parameters))
            for statement, parameters in statements[-2:]]


def test_the_people_list_by_organisation_reads_its_pages_from_the_organisation_s_key(empty_db) -> None:
    """A person's organisation keeps its sort key in each alphabet (``organisation_sort_ru``/``_kk``, since 0022):
    the People list sorted by it reads each page from an index in its order, either way — no key made for every
    row, no sort of the people of one organisation (most have none) — and in the alphabet of its language."""
    organisations = ["ЖШС «Өркен»", "«Орда» ҚБ", None, "Ұлан", "Ясли", None, "Ақсай", "Абай", "«Орда» ҚБ", "Әйел",
                     "", "Иргиз", "Іргіз", None]
    with empty_db.transaction() as s:
        for n, organisation in enumerate(organisations):
            people.create_person(s, people.PersonInput(full_name=f"Адам {n}", organisation=organisation))
    column = [c.key for c in lists.LISTS["people"].columns].index("organisation")
    with empty_db.reading() as s:
        for lang in ("kk", "ru"):
            for descending in (False, True):
                order = {"sort": column, "descending": descending, "lang": lang}
                whole = lists.fetch(s, "people", **order)
                shown = [row[column + 1] or "" for row in whole]
                assert shown == sorted(shown, key=lambda n: sort_key(n, lang), reverse=descending), order
                ids = [row[0] for row in whole if row[column + 1] == "«Орда» ҚБ"]
                assert ids == sorted(ids)  # one organisation's people by id, either way
                paged: list[tuple] = []
                after = None
                while (found := lists.page(s, "people", limit=3, after=after, **order)).rows:
                    paged += found.rows
                    after = found.after
                assert paged == whole, order
                for plan in _page_plans(s, "people", **order):
                    assert f"ix_person_organisation_sort_{lang}" in plan and "TEMP B-TREE" not in plan, (order, plan)
                first, following = _page_plans(s, "people", **order)
                assert "SEARCH person USING INDEX" in following, following  # starts at its bound
        kazakh = [row[column + 1] for row in lists.fetch(s, "people", sort=column, lang="kk")]
        assert kazakh.index("Ақсай") < kazakh.index("Әйел") < kazakh.index("Иргиз") < kazakh.index("Ұлан")
        assert kazakh.index("Ұлан") < kazakh.index("Іргіз") < kazakh.index("Ясли")  # Ұ, then І after Ы
        russian = [row[column + 1] for row in lists.fetch(s, "people", sort=column, lang="ru")]
        assert russian.index("Әйел") < russian.index("Ақсай") and russian.index("Иргиз") < russian.index("Іргіз")


def test_a_descending_page_of_names_starts_at_its_bound_in_the_index(empty_db) -> None:
    """A sort key is never NULL: a page's bound says no "OR … IS NULL" of it, so a descending page of the People
    list starts where the one before ended instead of reading the index from its end again."""
    with empty_db.transaction() as s:
        for name in PEOPLE:
            people.create_person(s, people.PersonInput(full_name=name))
    with empty_db.reading() as s:
        _first, following = _page_plans(s, "people", sort=0, descending=True, lang="kk")
        assert "SEARCH person USING INDEX ix_person_sort_kk (sort_kk<?)" in following, following


def test_migration_0022_gives_every_person_s_organisation_its_keys(demo_path) -> None:
    from alembic import command
    from sqlalchemy import text

    from fieldapp.db import Database
    from fieldapp.db.migrations import _config

    old = Database(demo_path)
    command.downgrade(_config(old), "0021")  # the demo's people as a laptop of schema 0021 holds them
    with old.engine.begin() as conn:
        assert "organisation_sort_kk" not in {row[1] for row in conn.execute(text("PRAGMA table_info(person)"))}
        conn.execute(text("UPDATE person SET organisation = CASE rowid % 3 WHEN 0 THEN 'ЖШС «Өркен»' "
                          "WHEN 1 THEN 'Ақсай ' || rowid END"))
    old.close()
    db = open_database(demo_path)
    try:
        with db.reading() as s:
            rows = s.execute(text("SELECT organisation, organisation_sort_ru, organisation_sort_kk FROM person")).all()
            assert {organisation is None for organisation, _ru, _kk in rows} == {True, False}
            assert all((ru, kk) == (sort_key(organisation, "ru"), sort_key(organisation, "kk"))
                       for organisation, ru, kk in rows)
            indexes = {row[1] for row in s.execute(text("PRAGMA index_list(person)"))}
            assert {"ix_person_organisation_sort_ru", "ix_person_organisation_sort_kk",
                    "ix_person_organisation_sort_ru_desc", "ix_person_organisation_sort_kk_desc"} <= indexes
    finally:
        db.close()


def test_names_in_quotation_marks_sort_among_their_first_letters() -> None:
    """«Орда» ҚБ among the О… names, not before every letter (organisations and projects are often quoted)."""
    names = ["„Таза ауыл“", "Пәк", "«Орда» ҚБ", "Алем", "“Berik” LLP", "Ордабасы"]
    for lang in ("kk", "ru", "en"):
        assert sorted(names, key=lambda n: sort_key(n, lang)) == [
            "“Berik” LLP", "Алем", "«Орда» ҚБ", "Ордабасы", "Пәк", "„Таза ауыл“"], lang


def test_migration_0023_gives_the_names_in_quotation_marks_their_keys_again(demo_path) -> None:
    import importlib

    from alembic import command
    from sqlalchemy import text

    from fieldapp.db import Database
    from fieldapp.db.migrations import _config

    old = Database(demo_path)
    command.downgrade(_config(old), "0022")  # keys made when quotation marks still counted: stale for those names
    with old.engine.begin() as conn:
        conn.execute(text("UPDATE application SET title = '«Таза ауыл» ' || rowid, sort_ru = 'stale', "
                          "sort_kk = 'stale' WHERE rowid % 2 = 0"))
        conn.execute(text("UPDATE person SET organisation = '«Орда» ҚБ', organisation_sort_ru = 'stale', "
                          "organisation_sort_kk = 'stale' WHERE rowid % 2 = 0"))
    old.close()
    db = open_database(demo_path)
    keyed = importlib.import_module("fieldapp.db.migrations.versions.0023_sort_keys_quotes").KEYED
    try:
        with db.reading() as s:
            for table, name, ru, kk in keyed:
                rows = s.execute(text(f"SELECT {name}, {ru}, {kk} FROM {table}")).all()  # noqa: S608
                assert rows and all((r, k) == (sort_key(n, "ru"), sort_key(n, "kk")) for n, r, k in rows if n), name
            quoted = s.execute(text("SELECT count(*) FROM application WHERE title LIKE '«%'")).scalar_one()
            assert quoted > 0
    finally:
        db.close()
