"""A canonical dump of every synced table (rows sorted by id, keys sorted, local-only data left out), so two
replicas compare byte for byte."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.db.history import to_json
from fieldapp.model import Base, synced_tables


def dump(session: Session) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    for name in synced_tables():
        table = Base.metadata.tables[name]
        local = set(getattr(_model(name), "__local_columns__", ()))
        rows = session.execute(select(table).order_by(table.c.id)).mappings()
        result[name] = [{str(k): to_json(v) for k, v in sorted(row.items()) if k not in local} for row in rows]
    return result


def dump_text(session: Session) -> str:
    return json.dumps(dump(session), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None
