"""What every installation must carry, as ``fieldapp self-test`` checks it: shared by the command's checks
(``fieldapp/cli/selftest.py``) and its Qt half (``fieldapp/ui/selftest.py``), which import this, not each other."""

from __future__ import annotations

KAZAKH_SAMPLE = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі ₸"
PDF_FONT = ("fonts", "DejaVuSans.ttf")
#: interface languages whose compiled translations every installation must carry (English is the source)
REQUIRED_TRANSLATIONS = ("ru", "kk")


class SelfTestFailure(Exception):
    """A check found the installation broken; the message says what is missing."""
