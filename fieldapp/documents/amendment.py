"""An amendment of a grant agreement (дополнительное соглашение / қосымша келісім) as a PDF, from the template files
``resources/templates/amendment.<lang>.json`` (overridden like the agreement's, ``documents/agreement.py``): it
names the agreement, lists each changed clause old → new, the reason, and the parties' signature blocks; in
Russian, Kazakh, English or Russian | Kazakh side by side. The same data give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import DocumentError
from fieldapp.documents import amounts, pdf
from fieldapp.documents.agreement import (
    GAP,
    _Defaulted,
    _Filler,
    _grid,
    _p,
    _place_and_date,
    _styles,
    _values,
    languages_of,
    load_template,
)
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.services import agreements, amendments, applications

TEMPLATE = "amendment"


@dataclass(frozen=True)
class AmendmentPart:
    """One language's text, every placeholder filled."""

    lang: str
    title: str
    subtitle: str
    preamble: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    columns: tuple[str, str, str]
    rows: tuple[tuple[str, str, str], ...]  # clause, previous wording, new wording
    parties_title: str
    parties: tuple[str, str]
    representative_word: str
    signatory_position: str
    page: str
    date: str
    place: str


@dataclass(frozen=True)
class AmendmentData:
    number: str  # the agreement's
    amendment: int
    draft: bool  # not signed yet (its date is left blank, to be written by hand)
    parts: tuple[AmendmentPart, ...]
    signatory_name: str
    representative: str
    issuer_name: str
    subject: str


def _shown(name: str, value: Any, lang: str, texts: dict[str, Any]) -> str:
    """A changed clause's value as the document prints it."""
    if value is None or value == "":
        return str(texts.get("none", "—"))
    if name in amendments.MONEY_FIELDS:
        return amounts.money(Decimal(value), lang)
    if name in amendments.DATE_FIELDS:
        return format_date(dt.date.fromisoformat(value))
    if name == "tranches":
        lines = []
        for tranche in value:
            line = str(texts.get("tranche_line", "{no}. {amount} — {condition}")).format(
                no=tranche["number"], amount=amounts.money(Decimal(tranche["amount"]), lang),
                condition=texts.get(f"cond.{tranche['condition_kind']}", tranche["condition_kind"]))
            if tranche.get("due_on"):
                line += ", " + str(texts.get("due", "{due}")).format(
                    due=format_date(dt.date.fromisoformat(tranche["due_on"])))
            lines.append(line)
        return "\n".join(lines)
    return str(value)


def _part(session: Session, info: amendments.AmendmentInfo, lang: str, database: Path | None) -> AmendmentPart:
    texts = load_template(lang, database, TEMPLATE)
    agreement = amendments.state_before(session, agreements.get(session, info.agreement_id), info.number)
    values: dict[str, str | None] = dict(_values(session, agreement, lang))
    values.update(amendment=str(info.number), reason=info.reason,
                  agreement_date=format_date(agreement.signed_on) or None)
    fill = _Filler(values)

    def t(key: str) -> str:
        return fill(str(texts.get(key, "")))

    sections = tuple((fill(str(s.get("title", ""))), tuple(fill(str(c)) for c in s.get("clauses", [])))
                     for s in texts["sections"])
    rows = tuple((str(texts.get(f"clause.{c.field}", c.field)), _shown(c.field, c.old, lang, texts),
                  _shown(c.field, c.new, lang, texts)) for c in info.changes)
    date = format_date(info.signed_on) if info.signed_on else str(texts.get("date_blank", "")).format(
        year=info.made_on.year)
    page = string.Formatter().vformat(str(texts.get("page", "{page}/{pages}")), (), _Defaulted(
        {"number": values["number"], "amendment": str(info.number), "page": "{page}", "pages": "{pages}"}))
    part = AmendmentPart(
        lang, t("title"), t("subtitle"), t(f"preamble.{agreement.grantee_kind}"), sections,
        (t("col.clause"), t("col.old"), t("col.new")),
        rows, t("parties.title"), (t("parties.grantor"), t("parties.grantee")), t("signer.representative"),
        values.get("issuer_signatory_position") or "", page, date, values.get("place") or "")
    if fill.missing:
        words = "; ".join(str(texts.get(f"field.{name}", name)) for name in fill.missing)
        raise DocumentError(str(texts.get("missing", "{number}: {fields}")).format(
            number=values["number"] or "", amendment=info.number, fields=words))
    return part


def amendment_data(session: Session, amendment_id: str, lang: str = "ru") -> AmendmentData:
    """Everything the amendment prints, read now (:class:`DocumentError` lists what is missing)."""
    langs = languages_of(lang)
    info = amendments.info(session, amendment_id)
    agreement = agreements.get(session, info.agreement_id)
    database = session.get_bind().engine.url.database
    folder = Path(database) if database else None
    parts = tuple(_part(session, info, code, folder) for code in langs)
    before = amendments.state_before(session, agreement, info.number)
    from fieldapp.services import calls, organisation

    app = applications.get(session, agreement.application_id)
    call = calls.get(session, app.call_id)
    head = organisation.letterhead(session, langs[0], organisation.programme_of_cycle(session, call.cycle_id))
    return AmendmentData(agreements.number(agreement), info.number, info.status != "signed", parts,
                         head.signatory_name, before.representative_name or "", head.name, app.title)


# -- layout --------------------------------------------------------------------------------------------------
def _changes_table(part: AmendmentPart, width: float, s: dict[str, ParagraphStyle], narrow: bool = False) -> Table:
    """Clause | previous wording | new wording; in a half-page column the clause spans a row of its own above its
    two wordings, so an amount (999 999 999,99 ₸) keeps to one line."""
    def new_style(new: str) -> ParagraphStyle:
        return s["cell" if "\n" in new else "cell_bold"]

    if not narrow:
        widths = [width * 0.30, width * 0.35, width * 0.35]
        rows: list[list[Any]] = [[pdf.header_cell(text, widths[i]) for i, text in enumerate(part.columns)]]
        rows += [[_p(clause, s["cell"]), _p(old, s["cell"]), _p(new, new_style(new))]
                 for clause, old, new in part.rows]
        return _grid(rows, widths)
    widths = [width / 2, width / 2]
    rows = [[pdf.header_cell(text, widths[i]) for i, text in enumerate(part.columns[1:])]]
    spans = []
    for clause, old, new in part.rows:
        spans.append(len(rows))
        rows += [[_p(clause, s["cell_bold"]), ""], [_p(old, s["cell"]), _p(new, new_style(new))]]
    table = _grid(rows, widths)
    table.setStyle(TableStyle([cmd for row in spans for cmd in (("SPAN", (0, row), (1, row)),
                                                                 ("BACKGROUND", (0, row), (1, row), pdf.SHADE))]))
    return table


def _blocks(data: AmendmentData, part: AmendmentPart, width: float, s: dict[str, ParagraphStyle],
            narrow: bool = False) -> list[Any]:
    if narrow:
        s = {**s, "p": ParagraphStyle("am-p-left", parent=s["p"], alignment=0)}
    blocks: list[Any] = [_p(part.title, s["title"]), _p(part.subtitle, s["subtitle"])]
    blocks.append(Spacer(1, 1))  # an amendment not signed yet is the text the parties sign: its date left blank
    blocks += [_place_and_date(part.place, part.date, width, s["p"]), _p(part.preamble, s["p"])]
    for index, (title, clauses) in enumerate(part.sections):
        blocks.append(_p(title, s["h"]))
        blocks += [_p(clause, s["p"]) for clause in clauses]
        if index == 0:  # the changed clauses follow the first section
            blocks.append(_changes_table(part, width, s, narrow))
    return blocks


def _signatures(data: AmendmentData, parts: tuple[AmendmentPart, ...], width: float,
                s: dict[str, ParagraphStyle]) -> Flowable:
    half = (width - GAP) / 2
    joined = [" / ".join(dict.fromkeys(p.parties[i] for p in parts)) for i in range(2)]
    position = " / ".join(dict.fromkeys(p.signatory_position.capitalize() for p in parts if p.signatory_position))
    representative = " / ".join(dict.fromkeys(p.representative_word for p in parts))
    langs = tuple(p.lang for p in parts)  # each caption of the signatures in each language
    grantor = [_p(position, s["cell"]), signature_block([Signer("", data.signatory_name)], langs, half,
                                                         stamp=True, keep=False, size=8.5)]
    grantee = [_p(representative, s["cell"]), signature_block([Signer("", data.representative)], langs, half,
                                                               stamp=True, keep=False, size=8.5)]
    table = Table([[_p(joined[0], s["cell_bold"]), "", _p(joined[1], s["cell_bold"])], [grantor, "", grantee]],
                  colWidths=[half, GAP, half])
    table.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    heading = " / ".join(dict.fromkeys(p.parties_title for p in parts))
    return KeepTogether([_p(heading, s["h"]), table])


def render_amendment(data: AmendmentData, path: Path | str) -> Path:
    """Lay the amendment out: one language full width, or two side by side (no database: off the GUI thread)."""
    pdf.register_fonts()
    parts = data.parts
    from fieldapp.services.agreement_versions import qr_text

    frame = pdf.PageFrame(pdf.Issuer(data.issuer_name), parts[0].title, None, None,
                          page_label=parts[0].page, kind="letter",
                          left_margin=pdf.BINDING_MARGIN, qr=qr_text(data.number, data, data.amendment))
    width = frame.text_width
    s = _styles()
    if len(parts) == 1:
        story: list[Any] = _blocks(data, parts[0], width, s)
    else:
        column = (width - GAP) / len(parts)
        columns = [_blocks(data, part, column, s, narrow=True) for part in parts]
        story = pdf.side_by_side(columns, column, GAP)
    story += [Spacer(1, 8 * mm), _signatures(data, parts, width, s)]
    return pdf.build(path, frame, story, subject=data.subject, invariant=True)


def write_amendment(session: Session, amendment_id: str, path: Path | str, lang: str = "ru") -> Path:
    return render_amendment(amendment_data(session, amendment_id, lang), path)
