"""Building trainings and people for the tests in a few lines."""

from __future__ import annotations

import datetime as dt

from fieldapp.services import people, trainings


def add_person(s, name: str, **fields) -> str:
    return people.create_person(s, people.PersonInput(full_name=name, **fields))


def add_training(s, programme, *, days: int = 1, settlement: str = "Форт-Шевченко", title: str = "Как написать проект",
                 start: dt.datetime = dt.datetime(2019, 11, 5, 10, 0), trainer_ids: tuple[str, ...] = ()) -> str:
    sessions = tuple(trainings.SessionInput(start + dt.timedelta(days=i), start + dt.timedelta(days=i, hours=4))
                     for i in range(days))
    return trainings.create_training(s, trainings.TrainingInput(
        cycle_id=programme.cycle_id, title=title, settlement_id=programme.settlements[settlement],
        venue="Дом культуры", trainer_ids=trainer_ids, sessions=sessions))


def first_session(s, training_id: str) -> str:
    return trainings.sessions_of(s, training_id)[0].id


def require_tool(name: str) -> str:
    """An external program a test needs (pdftotext, pdffonts); missing in CI is a failure, locally a skip."""
    import os
    import shutil

    import pytest

    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def register_many(s, programme, training_id: str, names: list[str], **fields) -> list[str]:
    ids = []
    for name in names:
        person_id = add_person(s, name, **fields)
        trainings.register_person(s, training_id, person_id)
        ids.append(person_id)
    return ids
