"""Realistic databases at each scale, built once and cached (they take minutes at ``large``, an hour at ``huge``).

``demo``: the demo database of the seed programme. ``large``: the demo plus 20,000 people, 500 trainings of four
days with 100 registered each (200,000 attendance marks), 5,000 applications and 2,000 site visits, all written
through the ORM so the history holds their operations as a laptop's would. ``huge``: ten times ``large``.
A laptop with N pending operations (people added on one laptop, for sync) is cached the same way.
The cache lives in FieldApp's cache folder under ``bench/``, keyed by the schema and ``BUILDER`` (raise it
whenever a change here makes other databases).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

BATCH = 5000
#: the version of what this module builds: part of the cache's key
BUILDER = 1


@dataclass(frozen=True)
class Scale:
    name: str
    people: int  # added to the demo's
    trainings: int
    sessions: int  # per training
    registered: int  # per training, each marked at every session
    applications: int
    visits: int
    sync_ops: int  # operations pushed and pulled, and carried by bundle
    imported: int  # people in the roster import
    runs: int  # repetitions of the quick figures (medians)


SCALES = {
    "demo": Scale("demo", 0, 0, 0, 0, 0, 0, sync_ops=1_000, imported=200, runs=1),
    "large": Scale("large", 20_000, 500, 4, 100, 5_000, 2_000, sync_ops=100_000, imported=10_000, runs=5),
    "huge": Scale("huge", 200_000, 5_000, 4, 100, 50_000, 20_000, sync_ops=100_000, imported=10_000, runs=5),
}


def cache_folder() -> Path:
    from fieldapp.db.migrations import head_revision
    from fieldapp.paths import cache_dir

    key = hashlib.sha256(f"{head_revision()}/{BUILDER}".encode()).hexdigest()[:12]
    folder = cache_dir() / "bench" / key
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cached(name: str, build: Callable[[Path], None]) -> Path:
    """The cached file ``name``, built by ``build(path)`` under a name of its own and renamed into place."""
    from fieldapp.atomic_files import atomic_path

    path = cache_folder() / name
    if not path.exists():
        with atomic_path(path) as building:  # two runs at once never share a half-built file
            build(building)
    return path


def database(scale: Scale, say: Callable[[str], None] = lambda _text: None) -> Path:
    """The cached database of this scale (built now if missing)."""
    from fieldapp.demo import create_demo

    def build(path: Path) -> None:
        say(f"building the {scale.name} database once (cached afterwards)")
        create_demo(path)
        if scale.people:
            _grow(path, scale, say)

    return _cached(f"{scale.name}.sqlite", build)


def copy_of(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _grow(path: Path, scale: Scale, say: Callable[[str], None]) -> None:
    from fieldapp.db import open_database
    from fieldapp.demo.names import person_name
    from fieldapp.ids import derived_id
    from fieldapp.model import (
        Agreement,
        Application,
        Attendance,
        Cycle,
        GrantCall,
        Locality,
        Person,
        Registration,
        SiteVisit,
        Training,
        TrainingSession,
    )
    from fieldapp.services.trainings import registration_id

    rng = random.Random(2019)
    db = open_database(path)
    with db.reading() as s:
        settlements = list(s.scalars(select(Locality.id).where(Locality.kind == "settlement")))
        cycles = list(s.scalars(select(Cycle.id)))
        calls = list(s.scalars(select(GrantCall.id)))
        agreements = list(s.execute(select(Agreement.id, Application.settlement_id)
                                    .join(Application, Application.id == Agreement.application_id)))
    people: list[str] = []
    for start in range(0, scale.people, BATCH):
        say(f"people {start:,}/{scale.people:,}")
        with db.transaction() as s:
            for n in range(start, min(start + BATCH, scale.people)):
                sex = rng.choice("FFM")
                person = Person(full_name=person_name(rng, sex), sex=sex, birth_year=rng.randint(1950, 2008),
                                settlement_id=rng.choice(settlements), phone=f"+7701{n:07d}")
                s.add(person)
                people.append(person.id)
    per_batch = max(1, BATCH // (scale.sessions * scale.registered + scale.registered))
    for start in range(0, scale.trainings, per_batch):
        say(f"trainings {start:,}/{scale.trainings:,}")
        with db.transaction() as s:
            for n in range(start, min(start + per_batch, scale.trainings)):
                first = dt.datetime(2019, 1, 10, 10) + dt.timedelta(days=n % 700)
                training = Training(cycle_id=rng.choice(cycles), title=f"Школа активистов {n + 1}",
                                    settlement_id=rng.choice(settlements), venue="Дом культуры",
                                    capacity=scale.registered + 10, number=f"B-{n + 1:05d}")
                s.add(training)
                days = [TrainingSession(training_id=training.id, starts_at=first + dt.timedelta(days=d),
                                        ends_at=first + dt.timedelta(days=d, hours=6))
                        for d in range(scale.sessions)]
                s.add_all(days)
                for person_id in rng.sample(people, scale.registered):
                    s.add(Registration(id=registration_id(training.id, person_id), training_id=training.id,
                                       person_id=person_id))
                    for day in days:
                        status = rng.choices(("present", "late", "left_early", "absent"), (85, 7, 3, 5))[0]
                        s.add(Attendance(id=derived_id(day.id, person_id), session_id=day.id,
                                         person_id=person_id, status=status, source="sheet"))
    for start in range(0, scale.applications, BATCH):
        say(f"applications {start:,}/{scale.applications:,}")
        with db.transaction() as s:
            for n in range(start, min(start + BATCH, scale.applications)):
                amount = Decimal(rng.randrange(1_000_000, 5_000_000, 1000))
                s.add(Application(call_id=rng.choice(calls), settlement_id=rng.choice(settlements),
                                  draft_number=f"B-{n + 1:06d}", title=f"Детская площадка {n + 1}",
                                  category="playground", requested_amount=amount, status="submitted",
                                  received_on=dt.date(2019, 12, 1) + dt.timedelta(days=n % 30), channel="paper",
                                  problem="Детям негде играть: площадка разрушена. " * 5))
    for start in range(0, scale.visits, BATCH):
        say(f"site visits {start:,}/{scale.visits:,}")
        with db.transaction() as s:
            for n in range(start, min(start + BATCH, scale.visits)):
                agreement_id, settlement_id = rng.choice(agreements)
                s.add(SiteVisit(agreement_id=agreement_id, settlement_id=settlement_id,
                                visited_on=dt.date(2020, 3, 1) + dt.timedelta(days=n % 300), purpose="monitoring",
                                findings="Работы идут по плану."))
    db.close()


def laptop_with_changes(count: int, say: Callable[[str], None] = lambda _text: None) -> Path:
    """A laptop database (not enrolled) holding ``count`` operations not yet sent: a settlement and people."""

    def build(path: Path) -> None:
        from fieldapp.db import open_database
        from fieldapp.model import Locality, Person

        say(f"building a laptop with {count:,} changes once (cached afterwards)")
        db = open_database(path, create=True)
        with db.transaction() as s:
            village = Locality(kind="settlement", name_ru="Курык")
            s.add(village)
        for start in range(0, count - 1, BATCH):
            with db.transaction() as s:
                for i in range(start, min(start + BATCH, count - 1)):
                    s.add(Person(full_name=f"Участник {i}", settlement_id=village.id, phone=f"+7701{i:07d}"))
        db.close()

    return _cached(f"laptop-{count}.sqlite", build)
