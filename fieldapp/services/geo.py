"""Coordinates typed by a person (decimal degrees or degrees-minutes-seconds) and the map address of a point."""

from __future__ import annotations

import re

from fieldapp.problems import Invalid

_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_DMS = re.compile(
    r"""^\s*(?P<hemi1>[NSEWСЮВЗ])?\s*(?P<deg>\d+(?:[.,]\d+)?)\s*(?:°|º|d|\s)\s*
        (?:(?P<min>\d+(?:[.,]\d+)?)\s*(?:'|′|’|m)?\s*)?
        (?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|s)?\s*)?
        (?P<hemi2>[NSEWСЮВЗ])?\s*$""", re.VERBOSE | re.IGNORECASE)
_NEGATIVE = {"S", "W", "Ю", "З"}
_LATITUDE_LETTERS = {"N", "S", "С", "Ю"}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _one(part: str) -> tuple[float, str | None]:
    """A single coordinate in degrees and the hemisphere letter it named, if any."""
    part = part.strip()
    if re.fullmatch(_NUMBER, part):
        return _number(part), None
    match = _DMS.match(part)
    if not match:
        raise Invalid("geo.format", f"Not a coordinate: {part!r}", params={"text": part})
    degrees = _number(match["deg"])
    minutes = _number(match["min"]) if match["min"] else 0.0
    seconds = _number(match["sec"]) if match["sec"] else 0.0
    if minutes >= 60 or seconds >= 60:
        raise Invalid("geo.format", f"Minutes and seconds are below 60: {part!r}", params={"text": part})
    letter = (match["hemi1"] or match["hemi2"] or "").upper() or None
    value = degrees + minutes / 60 + seconds / 3600
    return (-value if letter in _NEGATIVE else value), letter


def _split(text: str) -> list[str]:
    text = text.strip()
    if ";" in text:
        return text.split(";")
    if re.fullmatch(rf"\s*{_NUMBER}\s*,\s*{_NUMBER}\s*", text) and text.count(",") == 1:
        return text.split(",")
    if re.fullmatch(rf"\s*{_NUMBER}\s+{_NUMBER}\s*", text):
        return text.split()
    if text.count(",") == 1 and not re.search(r"\d,\d", text):
        return text.split(",")
    # "N43 39.2 E51 10.1": cut before the second hemisphere letter
    match = re.match(r"^([NSEWСЮВЗ][^NSEWСЮВЗ]+?)\s*[,;]?\s*([NSEWСЮВЗ].+)$", text, re.IGNORECASE)
    if match:
        return [match[1], match[2]]
    # "43°39'13"N 51°10'02"E": cut after the first hemisphere letter
    match = re.match(r"^(.*?[NSEWСЮВЗ])\s*[,;]?\s*(\S.*)$", text, re.IGNORECASE)
    if match:
        return [match[1], match[2]]
    if text.count(",") == 3 or text.count(",") == 2:  # decimal commas "43,65, 51,17"
        parts = re.split(r",\s+", text)
        if len(parts) == 2:
            return parts
    raise Invalid("geo.format", f"Not a pair of coordinates: {text!r}", params={"text": text})


def parse_point(text: str) -> tuple[float, float]:
    """Latitude and longitude from "43.6536, 51.1673", "43,6536; 51,1673" or "43°39'13"N 51°10'02"E";
    raises Invalid (``geo.format``, ``geo.range``)."""
    parts = _split(text)
    if len(parts) != 2:
        raise Invalid("geo.format", f"Not a pair of coordinates: {text!r}", params={"text": text})
    (lat, lat_letter), (lon, _lon_letter) = _one(parts[0]), _one(parts[1])
    if lat_letter and lat_letter not in _LATITUDE_LETTERS:  # written longitude first: "51°E 43°N"
        lat, lon = lon, lat
    return check_point(lat, lon)


def check_point(latitude: float, longitude: float) -> tuple[float, float]:
    if not -90 <= latitude <= 90:
        raise Invalid("geo.range", f"Latitude {latitude} is outside -90…90", params={"value": round(latitude, 6)})
    if not -180 <= longitude <= 180:
        raise Invalid("geo.range", f"Longitude {longitude} is outside -180…180",
                      params={"value": round(longitude, 6)})
    return round(latitude, 6), round(longitude, 6)


def format_point(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return f"{latitude:.6f}, {longitude:.6f}"


def map_url(latitude: float, longitude: float) -> str:
    """OpenStreetMap at the point (any browser opens it; a geo: URL needs a map application)."""
    return (f"https://www.openstreetmap.org/?mlat={latitude:.6f}&mlon={longitude:.6f}"
            f"#map=17/{latitude:.6f}/{longitude:.6f}")
