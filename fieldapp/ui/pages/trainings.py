"""Trainings of the programme's cycles with their sessions and participants."""

from __future__ import annotations

from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register


@register
class TrainingsPage(ListPage):
    order = 40
    key = "trainings"
    icon_name = "mdi6.school-outline"
    list_name = "trainings"

    def title(self) -> str:
        return self.tr("Trainings")

    def empty_text(self) -> str:
        return self.tr("No trainings yet. Trainings planned at the head office arrive here with sync.")
