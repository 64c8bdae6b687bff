"""People: participants, activists, trainers and applicant contacts, searched as you type."""

from __future__ import annotations

from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register


@register
class PeoplePage(ListPage):
    order = 30
    key = "people"
    icon_name = "mdi6.account-multiple-outline"
    list_name = "people"

    def title(self) -> str:
        return self.tr("People")

    def empty_text(self) -> str:
        return self.tr("No people yet. They arrive with trainings, applications and sync from the head office.")
