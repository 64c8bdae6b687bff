"""The grant agreement, from the template files ``resources/templates/agreement.<lang>.json`` (a copy in the data
folder, ``templates/`` beside the database or in the user's data folder, overrides the shipped one), in Russian,
Kazakh, English, or Russian | Kazakh side by side (``ru+kk``).

Two steps, so the GUI renders off its thread: :func:`agreement_data` reads everything into plain values (and
refuses, listing what is missing in the document's language, when a placeholder the template uses has no data);
:func:`render_agreement` lays it out. The PDF carries no clock and no random id: the same data give the same bytes.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from fieldapp.catalogues import LANGUAGES, DocumentError
from fieldapp.documents import amounts, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.model import Activity
from fieldapp.paths import data_dir, resource
from fieldapp.services import agreements, applications, budget, calls, organisation

TEMPLATE = "agreement"
PRINT_LANGUAGES = ("ru", "kk", "en", "ru+kk")
GAP = 6 * mm  # between the columns of a bilingual agreement
ITEM_WIDTH = 32 * mm  # the budget annex's item column is never narrower than this


def languages_of(lang: str) -> tuple[str, ...]:
    if lang not in PRINT_LANGUAGES:
        raise DocumentError(f"unknown agreement language {lang!r} (use one of {', '.join(PRINT_LANGUAGES)})")
    return tuple(lang.split("+"))


def template_paths(lang: str, database: Path | None, template: str = TEMPLATE) -> list[Path]:
    """Where the template of ``lang`` is looked for, first found wins: beside the database, the data folder, the
    shipped one (``template``: ``agreement``, or ``amendment`` for an additional agreement)."""
    name = f"{template}.{lang}.json"
    found = [database.parent / "templates" / name] if database is not None else []
    return found + [data_dir() / "templates" / name, resource("templates", name)]


def load_template(lang: str, database: Path | None = None, template: str = TEMPLATE) -> dict[str, Any]:
    for path in template_paths(lang, database, template):
        if path.is_file():
            try:
                with open(path, encoding="utf-8") as fh:
                    texts = json.load(fh)
            except (OSError, ValueError) as exc:
                raise DocumentError(f"the {template} template {path} cannot be read: {exc}") from exc
            if not isinstance(texts, dict) or not isinstance(texts.get("sections"), list):
                raise DocumentError(f"the {template} template {path} has no list of sections")
            return texts
    raise DocumentError(f"no {template} template for {lang}")


@dataclass(frozen=True)
class Part:
    """One language's text of the agreement, every placeholder filled."""

    lang: str
    title: str
    subtitle: str
    preamble: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    parties: tuple[str, str, str, str]  # headings grantor, grantee; their details
    parties_title: str
    tranche_title: str
    columns: tuple[str, str, str, str]
    total: str
    conditions: dict[str, str]
    annex_budget: str
    annex_workplan: str
    no_budget: str
    no_activities: str
    page: str
    date: str
    place: str
    draft_mark: str
    representative_word: str
    signatory_position: str


@dataclass(frozen=True)
class AgreementData:
    number: str
    draft: bool
    parts: tuple[Part, ...]
    tranches: tuple[tuple[int, Decimal, str, str], ...]  # number, amount, condition kind, due date
    amount: Decimal
    budget_lines: tuple[tuple[str, str, str, Decimal, Decimal, Decimal, Decimal, Decimal], ...]
    budget_totals: tuple[Decimal, Decimal, Decimal, Decimal]
    activities: tuple[tuple[str, str, str], ...]
    signatory_name: str
    representative: str
    issuer_name: str
    subject: str


def _fields(text: str) -> list[str]:
    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]


class _Filler:
    """Fills placeholders and notes those the data cannot fill (in the order they appear)."""

    def __init__(self, values: dict[str, str | None]) -> None:
        self.values = values
        self.missing: list[str] = []

    def __call__(self, text: str) -> str:
        for name in _fields(text):
            if not self.values.get(name) and name not in self.missing:
                self.missing.append(name)
        return string.Formatter().vformat(text, (), _Defaulted(self.values))


class _Defaulted(dict):  # type: ignore[type-arg]
    def __init__(self, values: dict[str, str | None]) -> None:
        super().__init__({k: v for k, v in values.items() if v})

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _folder(session: Session) -> Path | None:
    """The database's file, beside which a ``templates/`` folder overrides the shipped templates."""
    database = session.get_bind().engine.url.database
    return Path(database) if database else None


def _place(session: Session, agreement: Any, lang: str) -> str | None:
    """Where the agreement is signed: the default place (``agreements.DEFAULT_PLACE``, which every new agreement
    starts with) in the document's language — the template's ``place.default``, «Ақтау қ.» in Kazakh — and a place
    someone typed as they typed it. The default typed in another language is the default too: an officer on a Kazakh
    screen who wrote «Ақтау қ.» over «г. Актау» had «Ақтау қ.» in the Russian agreement (QA 42)."""
    folder = _folder(session)
    typed = " ".join((agreement.place or "").split())
    defaults = {agreements.DEFAULT_PLACE} | {str(load_template(other, folder).get("place.default") or "")
                                              for other in ("ru", "kk", "en")}
    if typed not in defaults - {""}:
        return agreement.place
    return str(load_template(lang, folder).get("place.default") or agreement.place)


def _values(session: Session, agreement: Any, lang: str) -> dict[str, str | None]:
    app = applications.get(session, agreement.application_id)
    call = calls.get(session, app.call_id)
    programme = organisation.programme_of_cycle(session, call.cycle_id)
    head = organisation.letterhead(session, lang, programme)
    issuer = organisation.issuer(session, programme)

    def date(value: Any) -> str | None:
        return format_date(value) or None

    return {
        "number": agreements.number(agreement), "place": _place(session, agreement, lang),
        "issuer": head.name or None, "issuer_bin": head.bin or None, "issuer_address": head.address or None,
        "issuer_iban": issuer.iban if issuer else None, "issuer_bank": issuer.bank if issuer else None,
        "issuer_bic": issuer.bic if issuer else None, "issuer_signatory_name": head.signatory_name or None,
        "issuer_signatory_position": (head.signatory_position or "").lower() if lang != "en" else
        head.signatory_position or None,
        "programme": head.programme or None, "grantee": agreements.grantee_name(session, agreement) or None,
        "grantee_bin": agreement.grantee_bin, "grantee_address": agreement.grantee_address,
        "representative": agreement.representative_name, "representative_position":
            agreement.representative_position, "representative_iin": agreement.representative_iin,
        "representative_document": agreement.representative_document, "iban": agreement.iban,
        "bank": agreement.bank, "bic": agreement.bic, "project": app.title,
        "call": calls.title_in(call, lang), "application": applications.number(app),
        "settlement": calls.place_name(session, app.settlement_id, lang) or None,
        "amount": amounts.money(agreement.amount, lang), "amount_words": amounts.with_words(agreement.amount, lang),
        "starts_on": date(agreement.starts_on), "ends_on": date(agreement.ends_on),
        "akimat_cofunding": amounts.money(agreement.akimat_cofunding, lang),
        "community_inkind": amounts.money(agreement.community_inkind, lang),
        "volunteer_hours": str(agreement.volunteer_hours),
    }


def _volunteer_commitment(texts: dict[str, Any], hours: int, lang: str) -> str:
    """The template's words for the volunteer hours the group commits ("и не менее 240 часов волонтёрского
    труда"), in the grammatical number the count takes; nothing when it commits none."""
    forms = texts.get("volunteer_commitment")
    if hours <= 0 or not isinstance(forms, dict):
        return ""
    if lang == "ru":  # the genitive after «не менее»: 1, 21, 101 часа; 2, 5, 11, 240 часов
        form = "one" if hours % 10 == 1 and hours % 100 != 11 else "other"
    else:
        form = "one" if hours == 1 else "other"
    return str(forms.get(form) or forms.get("other", "")).replace("{volunteer_hours}", str(hours))


def _part(session: Session, agreement: Any, lang: str, database: Path | None, missing: list[str]) -> Part:
    texts = load_template(lang, database)
    values = _values(session, agreement, lang)
    fill = _Filler(values)

    def t(key: str, **extra: str) -> str:
        text = str(texts.get(key, ""))
        if extra:
            text = string.Formatter().vformat(text, (), _Defaulted({**extra}))
        return fill(text)

    kind = agreement.grantee_kind
    year = str((agreement.signed_on or agreement.starts_on or agreement.created_at).year)
    date = format_date(agreement.signed_on) if agreement.signed_on else str(texts.get("date_blank", "")).format(
        year=year)
    optional = {"{volunteer_commitment}": _volunteer_commitment(texts, agreement.volunteer_hours or 0, lang)}

    def clause(text: str) -> str:
        for placeholder, fragment in optional.items():
            text = text.replace(placeholder, fragment)
        return fill(text)

    sections = tuple((fill(str(s.get("title", ""))), tuple(clause(str(c)) for c in s.get("clauses", [])))
                     for s in texts["sections"])
    page = str(texts.get("page", "{page}/{pages}")).replace("{number}", values["number"] or "")
    part = Part(
        lang, t("title"), t("subtitle"), t(f"preamble.{kind}"), sections,
        (t("parties.grantor"), t("parties.grantee"), t("parties.issuer"), t(f"parties.{kind}")),
        t("parties.title"), t("tranches.title"),
        (t("col.no"), t("col.amount"), t("col.condition"), t("col.due")), t("col.total"),
        {c: t(f"cond.{c}") for c in ("advance", "progress", "completion")},
        t("annex.budget"), t("annex.workplan"), t("annex.none"), t("annex.no_activities"), page, date,
        values["place"] or "", t("draft_mark"), t("signer.representative"),
        values["issuer_signatory_position"] or "")
    if not values["place"]:
        fill.missing.append("place")
    for name in fill.missing:
        if name not in missing:
            missing.append(name)
    part_words = {name: str(texts.get(f"field.{name}", name)) for name in missing}
    if missing:
        raise _Missing(missing, part_words, str(texts.get("missing", "{number}: {fields}")), values["number"] or "")
    return part


class _Missing(DocumentError):
    def __init__(self, names: list[str], words: dict[str, str], sentence: str, number: str) -> None:
        self.names = list(names)
        super().__init__(sentence.format(number=number, fields="; ".join(words[n] for n in names)))


def agreement_data(session: Session, agreement_id: str, lang: str = "ru") -> AgreementData:
    """Everything the agreement prints, read now; :class:`DocumentError` lists what is missing (in the first
    language) when the data cannot fill the template."""
    langs = languages_of(lang)
    agreement, rows = as_signed(session, agreement_id)
    app = applications.get(session, agreement.application_id)
    folder = _folder(session)
    gaps = ["tranches"] if not rows or sum((t.amount for t in rows), Decimal("0.00")) != agreement.amount else []
    parts = [_part(session, agreement, code, folder, list(gaps)) for code in langs]
    if gaps:  # every placeholder filled, the schedule alone is wrong
        texts = load_template(langs[0], folder)
        raise _Missing(gaps, {"tranches": str(texts.get("field.tranches", "tranches"))},
                       str(texts.get("missing", "{number}: {fields}")), agreements.number(agreement))
    totals = budget.for_application(session, app)
    lines = budget.lines_of(session, app.id)
    activities = applications.rows_of(session, Activity, app.id)
    call = calls.get(session, app.call_id)
    head = organisation.letterhead(session, langs[0], organisation.programme_of_cycle(session, call.cycle_id))
    return AgreementData(
        agreements.number(agreement), agreement.status == "draft", tuple(parts),
        tuple((t.number, t.amount, t.condition_kind, format_date(t.due_on)) for t in rows), agreement.amount,
        tuple((line.item, line.unit or "", amounts.decimal(line.quantity.normalize(), langs[0]), line.unit_cost,
               cost, line.requested, line.cofunding, line.inkind)
              for line, cost in zip(lines, totals.line_costs, strict=False)),
        (totals.total, totals.requested, totals.cofunding, totals.inkind),
        tuple((a.activity, " – ".join(format_date(d) for d in (a.starts_on, a.ends_on) if d), a.responsible or "")
              for a in activities),
        head.signatory_name, agreement.representative_name or "", head.name, app.title)


def as_signed(session: Session, agreement_id: str) -> tuple[Any, list[Any]]:
    """The agreement and its tranches as they print: a signed agreement that amendments changed prints as it was
    signed (``services/amendments.as_signed``; the amendments print on their own)."""
    from fieldapp.services import amendments

    agreement = agreements.get(session, agreement_id)
    signed = amendments.as_signed(session, agreement) if agreement.status != "draft" else None
    if signed is None:
        return agreement, agreements.tranche_rows(session, agreement.id)
    view = SimpleNamespace(**{c.key: getattr(agreement, c.key) for c in agreement.__table__.columns})
    for name, value in signed.items():
        if name != "tranches":
            setattr(view, name, value)
    return view, [SimpleNamespace(**line) for line in signed["tranches"]]


def missing_fields(session: Session, agreement_id: str, lang: str = "ru") -> list[str]:
    """The names of the data that stop the agreement from printing in ``lang`` (empty when it prints)."""
    try:
        agreement_data(session, agreement_id, lang)
    except _Missing as exc:
        return exc.names
    return []


# -- layout --------------------------------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
    base = pdf.styles()["body"]
    return {
        "title": ParagraphStyle("ag-title", parent=base, fontName=pdf.FONT_BOLD, fontSize=12.5, leading=16,
                                alignment=TA_CENTER),
        "subtitle": ParagraphStyle("ag-sub", parent=base, fontSize=10, leading=13, alignment=TA_CENTER,
                                   spaceAfter=4),
        "mark": ParagraphStyle("ag-mark", parent=base, fontName=pdf.FONT_BOLD, fontSize=9, leading=11,
                               alignment=TA_CENTER, textColor=pdf.MUTED),
        "h": ParagraphStyle("ag-h", parent=base, fontName=pdf.FONT_BOLD, fontSize=10, leading=13, spaceBefore=5,
                            spaceAfter=2),
        "p": ParagraphStyle("ag-p", parent=base, fontSize=9.5, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=2),
        "cell": ParagraphStyle("ag-cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("ag-cell-b", parent=base, fontName=pdf.FONT_BOLD, fontSize=8.5, leading=10.5),
        "money": ParagraphStyle("ag-money", parent=base, fontSize=8.5, leading=10.5, alignment=2),
        "money_bold": ParagraphStyle("ag-money-b", parent=base, fontName=pdf.FONT_BOLD, fontSize=8.5, leading=10.5,
                                     alignment=2),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(pdf.escape(text).replace("\n", "<br/>"), style)


def _grid(rows: list[list[Any]], widths: list[float], header: bool = True, total: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [pdf.TABLE_FONT, ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE))
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), pdf.SHADE))
    table.setStyle(TableStyle(style))
    return table


def _tranche_table(data: AgreementData, part: Part, width: float, s: dict[str, ParagraphStyle]) -> Table:
    """№ | condition | amount | due; the total's label spans the first two columns."""
    lang = part.lang
    money_width = pdf.column_width([amounts.money(data.amount, lang, sign=False)], pdf.FONT_BOLD, 8.5,
                                   least=pdf.longest_word(part.columns[2]) + 6)
    due_width = pdf.column_width(["00.00.0000"], pdf.FONT, 8.5, least=pdf.longest_word(part.columns[3]) + 6)
    widths = [7 * mm, width - 7 * mm - money_width - due_width, money_width, due_width]
    headers = (part.columns[0], part.columns[2], part.columns[1], part.columns[3])
    rows: list[list[Any]] = [[pdf.header_cell(text, widths[i], align=2 if i == 2 else 0)
                              for i, text in enumerate(headers)]]
    for number, amount, kind, due in data.tranches:
        rows.append([_p(str(number), s["cell"]), _p(part.conditions.get(kind, kind), s["cell"]),
                     _p(amounts.money(amount, lang, sign=False), s["money"]), _p(due or "—", s["cell"])])
    rows.append([_p(part.total, s["cell_bold"]), "", _p(amounts.money(data.amount, lang, sign=False),
                                                        s["money_bold"]), ""])
    table = _grid(rows, widths, total=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1))]))
    return table


def _place_and_date(place: str, date: str, width: float, style: ParagraphStyle) -> Table:
    """The line under a document's title: the place of signing on the left, the date on the right. The date keeps
    to one line (a half-page column of a bilingual agreement split «… 2021 г.» onto two); a place that leaves it
    no room goes on a line above it."""
    right = ParagraphStyle("r", parent=style, alignment=2)
    date_width = min(pdf.column_width([date], style.fontName, style.fontSize, padding=2), width)
    if width - date_width >= width / 3:
        line = Table([[_p(place, style), _p(date, right)]], colWidths=[width - date_width, date_width])
    else:
        line = Table([[_p(place, style)], [_p(date, right)]], colWidths=[width])
    line.setStyle(TableStyle([pdf.TABLE_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return line


def _blocks(data: AgreementData, part: Part, width: float, s: dict[str, ParagraphStyle],
            narrow: bool = False) -> list[Any]:
    """The body of one language as blocks that line up across languages (the same count and order); a block is a
    flowable or a list of flowables kept together."""
    if narrow:  # justified text in a half-page column opens wide gaps
        s = {**s, "p": ParagraphStyle("ag-p-left", parent=s["p"], alignment=0)}
    blocks: list[Any] = [_p(part.title, s["title"]), _p(part.subtitle, s["subtitle"])]
    blocks.append(_p(part.draft_mark, s["mark"]) if data.draft else Spacer(1, 1))
    blocks += [_place_and_date(part.place, part.date, width, s["p"]), _p(part.preamble, s["p"])]
    for index, (title, clauses) in enumerate(part.sections):
        # a heading is never left alone at the foot of a page: it is kept with its first clause
        paragraphs = [_p(clause, s["p"]) for clause in clauses]
        blocks.append([_p(title, s["h"])] + paragraphs[:1])
        blocks += paragraphs[1:]
        if index == 1:  # the schedule follows the section on payment
            blocks.append([_p(part.tranche_title, s["h"]), _tranche_table(data, part, width, s)])
    return blocks


def _parties(data: AgreementData, parts: tuple[Part, ...], width: float, s: dict[str, ParagraphStyle]) -> Flowable:
    """Both parties' details and signatures side by side (bilingual headings in a bilingual agreement)."""
    first = parts[0]
    joined = [" / ".join(dict.fromkeys(p.parties[i] for p in parts)) for i in range(2)]
    half = (width - GAP) / 2
    position = " / ".join(dict.fromkeys(p.signatory_position.capitalize() for p in parts if p.signatory_position))
    representative = " / ".join(dict.fromkeys(p.representative_word for p in parts))
    langs = tuple(p.lang for p in parts)  # each caption of the signatures in each language
    # the position on its own line above the signature: a half page leaves the block's position column narrow
    grantor = [Spacer(1, 4 * mm), _p(position, s["cell"]),
               signature_block([Signer("", data.signatory_name)], langs, half, stamp=True, keep=False,
                               size=8.5)]
    grantee = [Spacer(1, 4 * mm), _p(representative, s["cell"]),
               signature_block([Signer("", data.representative)], langs, half, stamp=True, keep=False,
                               size=8.5)]
    table = Table([[_p(joined[0], s["cell_bold"]), "", _p(joined[1], s["cell_bold"])],
                   [_p(first.parties[2], s["cell"]), "", _p(first.parties[3], s["cell"])],
                   [grantor, "", grantee]], colWidths=[half, GAP, half])
    table.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    heading = " / ".join(dict.fromkeys(p.parties_title for p in parts))
    return KeepTogether([_p(heading, s["h"]), table])


def _budget_widths(data: AgreementData, parts: tuple[Part, ...], width: float,
                   words: Callable[[str], str]) -> tuple[list[float], float]:
    """The budget annex's column widths and the amounts' type size: the item column is as wide as its longest word
    (at least ITEM_WIDTH), so items wrap between words; amounts never wrap, so long ones get smaller type."""
    lang = parts[0].lang
    items = [line[0] for line in data.budget_lines]
    item_width = min(max([ITEM_WIDTH] + [pdf.longest_word(i, pdf.FONT, 8.5) + 6 for i in items]), width / 3)
    unit_width = pdf.column_width([line[1] for line in data.budget_lines], pdf.FONT, 8.5, least=11 * mm,
                                  most=20 * mm)
    unit_width = max(unit_width, pdf.longest_word(words("col.unit"), pdf.FONT_BOLD, 6.5) + 6)
    quantity_width = 13 * mm
    money_texts = [amounts.money(v, lang, sign=False) for line in data.budget_lines for v in line[3:]]
    money_texts += [amounts.money(v, lang, sign=False) for v in data.budget_totals]
    room = (width - item_width - unit_width - quantity_width) / 5
    size = 8.5
    while size > 6 and pdf.column_width(money_texts, pdf.FONT_BOLD, size) > room:
        size -= 0.25
    money_width = max(pdf.column_width(money_texts, pdf.FONT_BOLD, size), min(room, 20 * mm))
    fixed = [unit_width, quantity_width] + [money_width] * 5
    return [width - sum(fixed)] + fixed, size


def _annexes(data: AgreementData, parts: tuple[Part, ...], width: float, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    from fieldapp.catalogues import Texts

    lang = parts[0].lang
    word = [Texts(p.lang, "competition") for p in parts]  # the application's budget and work plan columns

    def both(key: str) -> str:
        return " / ".join(dict.fromkeys(t(key) for t in word))

    story: list[Flowable] = [PageBreak()]
    story += [_p(p.annex_budget, s["h"]) for p in parts]
    if data.budget_lines:
        keys: tuple[str, ...] = ("col.item", "col.unit", "col.quantity", "col.unit_cost", "col.cost", "col.grant",
                                 "col.cofunding", "col.inkind")
        widths, size = _budget_widths(data, parts, width, both)
        money = ParagraphStyle(f"ag-money-{size}", parent=s["money"], fontSize=size, leading=max(size * 1.25, 10.5))
        total = ParagraphStyle(f"ag-money-b-{size}", parent=money, fontName=pdf.FONT_BOLD)
        rows: list[list[Any]] = [[pdf.header_cell(both(k), widths[i], align=2 if i >= 2 else 0)
                                  for i, k in enumerate(keys)]]
        for item, unit, quantity, *sums in data.budget_lines:
            rows.append([_p(item, s["cell"]), _p(unit, s["cell"]), _p(quantity, s["money"])]
                        + [_p(amounts.money(v, lang, sign=False), money) for v in sums])
        rows.append([_p(both("budget.total"), s["cell_bold"]), "", "", ""]
                    + [_p(amounts.money(v, lang, sign=False), total) for v in data.budget_totals])
        table = _grid(rows, widths, total=True)
        table.setStyle(TableStyle([("SPAN", (0, -1), (3, -1))]))
        story.append(table)
    else:
        story += [_p(p.no_budget, s["p"]) for p in parts]
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm)]
    story += [_p(p.annex_workplan, s["h"]) for p in parts]
    if data.activities:
        keys = ("col.activity", "col.period", "col.responsible")
        widths = [width * 0.55, 40 * mm, width * 0.45 - 40 * mm]
        rows = [[pdf.header_cell(both(k), widths[i]) for i, k in enumerate(keys)]]
        rows += [[_p(a, s["cell"]), _p(period, s["cell"]), _p(who, s["cell"])] for a, period, who in data.activities]
        story.append(_grid(rows, widths))
    else:
        story += [_p(p.no_activities, s["p"]) for p in parts]
    return story


def render_agreement(data: AgreementData, path: Path | str) -> Path:
    """Lay the agreement out: one language full width, or two side by side."""
    pdf.register_fonts()
    parts = data.parts
    page_label = "   ".join(p.page for p in parts)
    from fieldapp.services.agreement_versions import qr_text

    frame = pdf.PageFrame(pdf.Issuer(data.issuer_name), parts[0].title, None, None, page_label=page_label,
                          kind="letter", left_margin=pdf.BINDING_MARGIN, qr=qr_text(data.number, data))
    width = frame.text_width
    s = _styles()
    if len(parts) == 1:
        story = [KeepTogether(b) if isinstance(b, list) else b for b in _blocks(data, parts[0], width, s)]
    else:
        column = (width - GAP) / len(parts)
        columns = [_blocks(data, part, column, s, narrow=True) for part in parts]
        story = pdf.side_by_side(columns, column, GAP)
    story += [Spacer(1, 6 * mm), _parties(data, parts, width, s)]
    story += _annexes(data, parts, width, s)
    return pdf.build(path, frame, story, subject=data.subject, invariant=True)


def write_agreement(session: Session, agreement_id: str, path: Path | str, lang: str = "ru") -> Path:
    return render_agreement(agreement_data(session, agreement_id, lang), path)


assert set(LANGUAGES) <= set(PRINT_LANGUAGES)
